"""The table of contents: where it stands, so that its entries are listed apart (``part`` =
``contents``) and the section tree is built from the body that repeats them.

A contents block opens at a "TABLE OF CONTENTS" / "CONTENTS" heading, or, without one, at the first
of a run of entries that end with a page number or dot leaders; it closes where the body repeats its
first entry at the start of a line ("ARTICLE I" listed, then "ARTICLE I" over the real article).
Without that repeat there is no block: the entries may be the body's own numbered headings.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import sections as g
from ..grammars.text_index import TextIndex
from .section_candidates import Cand

MIN_ENTRIES = 3  # a contents block lists at least this many entries
LISTING_SHARE = 0.25 # at least this share of the block's lines end with a page number
MIN_TOC_LINES = 3  # without a heading, this many entries ending with a page number open the block
CONTENTS_WORDS = regex.compile(r"(?i)\btable[ \t\u00a0]++of[ \t\u00a0]++contents\b")
CONTENTS_LOOKBACK = 200  # how far before the first contents line its heading may stand


def _key(c: Cand) -> tuple[str, int, str]:
    r = c.readings[0]
    return (r.style, r.depth, c.label_core)


def contents_region(text: str, body: Sequence[Cand], toc: Sequence[Cand],
                    doc: TextIndex | None = None) -> tuple[int, int] | None:
    """(start, end) of the table of contents in ``text`` (indexed by ``doc`` when given), or None. ``body``
    holds the plausible heading numbers, ``toc`` those rejected as contents lines (page number at the end),
    both in text order."""
    half = len(text) // 2
    m = g.CONTENTS_HEADING.search(text, 0, half) if doc is None else g.contents_heading(doc, half)
    if m is not None:
        start = m.start()
    elif len(toc) >= MIN_TOC_LINES and toc[0].start < half:
        start = toc[0].start
        # "TABLE OF CONTENTS Page ARTICLE I DEFINITIONS": a heading sharing its line with the first entries
        near = CONTENTS_WORDS.search(text, max(0, start - CONTENTS_LOOKBACK), start)
        if near is not None:
            start = near.start()
    else:
        return _flat_contents(text, body)
    entries = sorted((c for c in (*body, *toc) if c.start >= start), key=lambda c: c.start)
    first = next((c for c in entries if c.strong), None)
    if first is None:
        return None
    want = _key(first)
    toc_starts = {c.start for c in toc}
    for i, c in enumerate(entries):
        if c.start <= first.start or not c.strong or c.start in toc_starts or _key(c) != want:
            continue
        listed = [e for e in entries[:i] if e.start > first.start]
        if len(listed) + 1 < MIN_ENTRIES:
            return None
        end = _body_start(entries[: i + 1], toc_starts, first)
        return (start, end) if _listing(text, start, end) else None
    return _flat_contents(text, body)


# a contents entry that lost its line break: its heading, then its page number, then the next entry
# ("1. DEFINITIONS 1 2. GOVERNANCE 10 2.1 Joint Steering Committee 10 2.2 ...")
FLAT_ENTRY = regex.compile(r"[ \t\u00a0]*+[^\d\r\n.]{2,100}?[ \t\u00a0]\d{1,3}+(?=[ \t\u00a0\r\n]|$)")
FLAT_HEADING = regex.compile(r"(?i)\btable[ \t\u00a0]++of[ \t\u00a0]++contents\b(?:[ \t\u00a0]++page\b)?")


def _flat_contents(text: str, body: Sequence[Cand]) -> tuple[int, int] | None:
    """A table of contents flattened into running text ("TABLE OF CONTENTS Page 1. DEFINITIONS 1 2.
    GOVERNANCE 10 2.1 Joint Steering Committee 10 ..."): after the heading, numbers each followed by a
    heading and its page number (an article's own line may have none: "ARTICLE II. STRATEGIC ALLIANCE.
    2.1 Strategic Alliance 6"); the block ends after the last page number, and the body must repeat
    the first entry after it."""
    m = FLAT_HEADING.search(text, 0, len(text) // 2)
    if m is None:
        return None
    after = [c for c in body if c.start >= m.end()]
    if not after or after[0].start - m.end() > CONTENTS_LOOKBACK:
        return None
    end = 0
    listed = misses = 0
    for i, c in enumerate(after):
        nxt = after[i + 1].start if i + 1 < len(after) else len(text)
        # (the next entry may be no candidate: "1.1   Certain Definitions   2   1.2   Interpretations   5")
        e = FLAT_ENTRY.match(text, c.tok_end, min(nxt, c.tok_end + 120))
        if e is not None:
            listed += 1
            misses = 0
            end = e.end()
            continue
        misses += 1
        if misses > 1:
            break
    if listed < MIN_TOC_LINES:
        return None
    first = _key(after[0])
    if not any(_key(c) == first for c in after if c.start >= end):
        return None
    return m.start(), end


def _body_start(entries: Sequence[Cand], toc_starts: set[int], first: Cand) -> int:
    """Where the body opens: at the repeat of the first entry (the last of ``entries``), or before it at
    a higher heading after the last contents line ("SECTION 1. DEFINITIONS" over a repeated "1.1.")."""
    repeat = entries[-1]
    last_toc = max((e.start for e in entries if e.start in toc_starts), default=first.start)
    rank = _rank(first)
    for e in entries[:-1]:
        if e.start <= last_toc or not e.strong or e.start in toc_starts:
            continue
        if _rank(e) < rank:
            return e.start
        if _key(e)[:2] == _key(first)[:2] and e.readings[0].values <= first.readings[0].values:
            return e.start  # the numbering starts again (ARTICLE I, when ARTICLE II was the first entry seen)
    return repeat.start


RANKS = {"article": 0.0, "section": 0.5}


def _rank(c: Cand) -> float:
    """Article above Section above a bare number (deeper numbers lower still)."""
    r = c.readings[0]
    return RANKS.get(r.style, 1.0) + r.depth


def _listing(text: str, start: int, end: int) -> bool:
    """Do most lines of ``text[start:end]`` end like contents lines (a page number, dot leaders)?"""
    lines = [ln for ln in text[start:end].splitlines() if ln.strip()]
    # "ARTICLE 1 DEFINITIONS....... 1", or the page number in a cell of its own (converted HTML tables)
    ending = sum(1 for ln in lines if g.toc_end(ln[-40:]) or g.PAGE_CELL.fullmatch(ln))
    return bool(lines) and ending >= LISTING_SHARE * len(lines)
