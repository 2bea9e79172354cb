"""Stage 3: confidential-treatment redaction markers.

Bracketed markers (``[TEXT DELETED]``, ``[***]``, ``[Redacted - Commercially Sensitive]``,
``{*****}``) and bare asterisk runs (``$*** per unit``, ``*****%``) are found in the body
(``layout.view``), so a marker broken by a page break is one marker. Candidates come from a
compiled ``regex`` scan; only those are parsed with the grammar in ``grammars/redaction.py``,
whose docstring states the rule that separates a bare-asterisk marker from a footnote star,
emphasis, an ornament line, or the legend that explains the markers.

A legend ("[***] Confidential treatment has been requested for redacted portion") is recorded
as the document's legend, never as a redaction. ``RedactionResult.marked`` is the body with
every marker shown as ``[REDACTED]``.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from heapq import merge
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from ..grammars import find_all, finditer_at
from ..grammars import redaction as g
from ..model.offsets import TextView
from ..model.records import Span
from .layout import Layout

if TYPE_CHECKING:
    pass

TOKEN = "[REDACTED]"
MIN_BARE, MAX_BARE = 3, 10
LINE_LOOK = 300
ORNAMENT_GAP = 3  # blanks between a sentence's stop and a run that closes the line: an ornament
LEGEND_PREFIX_WORDS = 10
LEGEND_LOOK = 400  # how far a legend after a marker may name that marker itself


@dataclass(frozen=True)
class Redaction(Span):
    kind: str
    page: int | None = None
    section: str | None = None


@dataclass(frozen=True)
class RedactionResult:
    redactions: tuple[Redaction, ...]
    view: TextView = field(repr=False)  # the body the markers were found in
    legend: str | None = None

    @property
    def marks(self) -> tuple[tuple[int, int, str], ...]:
        """Each marker's original span and the token that stands for it in ``marked``."""
        return tuple((r.start, r.end, TOKEN) for r in self.redactions)

    @cached_property
    def marked(self) -> TextView:
        """The body with each marker shown as [REDACTED] (built on first use: a batch never needs it)."""
        return self.view.replace(self.marks)


class _Candidate(NamedTuple):  # a tuple: tens of thousands a corpus, a frozen dataclass is slow to build
    start: int  # view offsets
    end: int
    kind: str
    stars: int
    bracketed: bool


def _legend_sentence(text: str, start: int) -> tuple[int, str]:
    """End (view offset) and normalised text of the legend sentence that opens at ``start``."""
    m = g.LEGEND_END.search(text, start + 1, min(len(text), start + 600))
    end = m.end() if m is not None else min(len(text), start + 600)
    return end, " ".join(text[start:end].split())


def _sentence_before(text: str, pos: int) -> str:
    lo = max(0, pos - 300)
    window = text[lo:pos]
    last = None
    for m in g.SENTENCE_START.finditer(window):
        last = m
    return window[last.end() :] if last is not None else window


def _may_mention(text: str, start: int) -> bool:
    """False where ``MENTION_BEFORE`` cannot match the 60 characters before ``start``: the last of
    them that is no blank, quote or "(" cannot end a mention phrase (most markers: a look at a
    character or two instead of trying the whole alternation)."""
    j, lo = start - 1, max(0, start - 60)
    while j >= lo and (text[j].isspace() or text[j] in g.MENTION_SKIP):
        j -= 1
    return j >= lo and text[j] in g.MENTION_LAST


def _may_open_legend(text: str, end: int) -> bool:
    """False where ``LEGEND_AFTER`` cannot match at ``end``: past its lead (at most 9 blanks and
    dashes) the next character cannot open a legend phrase. Where the lead holds "=", "-" or ":",
    the scan stops there (they may open one)."""
    j, lim = end, min(len(text), end + 10)
    while j < lim and text[j] in g.LEGEND_LEAD:
        j += 1
    return j < len(text) and text[j] in g.LEGEND_FIRST


def _is_mention(text: str, start: int, end: int) -> bool:
    """A marker named inside a legend ('as indicated by "[***]"'), not a gap."""
    if _may_mention(text, start) and g.MENTION_BEFORE.search(text[max(0, start - 60) : start]):
        return True
    # the quote after first: it is a match at one place, and mostly fails at once
    if g.QUOTE_AFTER.match(text, end) is None or g.QUOTE_BEFORE.search(text[max(0, start - 60) : start]) is None:
        return False
    return g.LEGEND_WORDS.search(_sentence_before(text, start)) is not None


def _bracket_starts(text: str) -> Iterator[int]:
    """Every '[' and '{', in order: where a bracket candidate can start."""
    if "{" not in text:
        return find_all(text, "[")
    return merge(find_all(text, "["), find_all(text, "{"))


def _brackets(text: str) -> list[_Candidate]:
    out = []
    for m in finditer_at(g.BRACKET_CANDIDATE, text, _bracket_starts(text)):
        parsed = g.parse_bracket(m.group())
        if parsed is not None:
            kind, stars = parsed
            out.append(_Candidate(m.start(), m.end(), kind, stars, True))
    return out


def _star_finder(text: str) -> Callable[[int], int]:
    """``find(pos)``: the first star ("*" or U+2217) at or after ``pos``, or -1, for positions that never
    decrease. Each character's next position is kept and found again only once passed: U+2217 is rare,
    and one in a long document must not send every run to a pattern scan (nor be looked for again at
    every "*", a sweep to the next one each time)."""
    if "\u2217" not in text:
        return functools.partial(text.find, "*")
    ahead = {c: text.find(c) for c in g.STAR_CHARS}

    def find(pos: int) -> int:
        best = -1
        for c, j in ahead.items():
            if 0 <= j < pos:
                j = ahead[c] = text.find(c, pos)
            if j >= 0 and (best < 0 or j < best):
                best = j
        return best

    return find


def _bare_runs(text: str, brackets: list[_Candidate]) -> list[tuple[int, int, int]]:
    """Star runs (start, end without trailing blanks, stars) outside the bracket markers."""
    # Stars found by str.find, and a bracket marker stepped over whole. A run never crosses a marker's
    # edge ('[', '{', ']', '}' are no stars or blanks), so the runs inside one, which the pattern scan
    # (STAR_RUN.finditer) finds and drops, are skipped; the runs outside are the same.
    out = []
    find = _star_finder(text)
    spans = [(c.start, c.end) for c in brackets]  # in order, not overlapping
    k, n = 0, len(spans)
    i = find(0)
    while i >= 0:
        while k < n and spans[k][1] <= i:
            k += 1
        if k < n and spans[k][0] <= i:
            i = find(spans[k][1])
            continue
        m = g.STAR_RUN.match(text, i)
        if m is None:  # a star right after a run of 40
            i = find(i + 1)
            continue
        e = m.end()
        i = find(e)
        while e > m.start() and text[e - 1] in " \t\xa0":
            e -= 1
        out.append((m.start(), e, g.star_count(text[m.start() : e])))
    return out


def _glued(text: str, pos: int) -> bool:
    return 0 <= pos < len(text) and text[pos].isalnum()


@dataclass
class Classified:
    """Every candidate of one text, kept as a marker or dropped with the reason (for tests and tuning)."""

    kept: list[_Candidate]
    dropped: list[tuple[int, int, str]]
    legends: list[str]


def classify(text: str, top_legend: str | None = None, keyed: bool = True) -> Classified:
    """Markers in ``text`` (a body view). ``top_legend``: the CT legend the layout found at the top;
    ``keyed``: that legend opens with a marker ("[***] = ..."). When it does not, a marker followed
    by a repeat of that legend (a running legend glued after the last words of a page) is a gap."""
    out = Classified([], [], [])
    has_legend = bool(top_legend)
    repeat = _words(top_legend or "")[:LEGEND_PREFIX_WORDS]

    def drop(s: int, e: int, why: str) -> None:
        out.dropped.append((s, e, why))

    def legend_at(s: int, e: int) -> bool:
        if (
            _may_open_legend(text, e)
            and g.LEGEND_AFTER.match(text, e)
            and not (repeat and not keyed and _words(text[e : e + 300])[: len(repeat)] == repeat)
        ):
            if _names_own_marker(text, s, e):  # a gap, then the legend: keep both
                out.legends.append(_legend_sentence(text, e)[1])
                return False
            out.legends.append(_legend_sentence(text, s)[1])
            return True
        return False

    brackets = _brackets(text)
    for c in brackets:
        if legend_at(c.start, c.end):
            drop(c.start, c.end, "legend")
        elif _is_mention(text, c.start, c.end):
            drop(c.start, c.end, "mention")
        else:
            out.kept.append(c)

    plain: list[tuple[int, int, int]] = []
    runs = _bare_runs(text, brackets)
    emphasis = _emphasis_pairs(text, [r for r in runs if MIN_BARE - 1 <= r[2] <= MAX_BARE])
    for s, e, n in runs:
        if (s, e) in emphasis:
            drop(s, e, "emphasis")
        elif not (MIN_BARE <= n <= MAX_BARE):
            drop(s, e, "footnote_star" if n < MIN_BARE else "rule")
        elif legend_at(s, e):
            drop(s, e, "legend")
        elif _is_mention(text, s, e):
            drop(s, e, "mention")
        elif _footnote_definition(text, s, e):
            drop(s, e, "footnote_def")  # '***"Direct Deals" shall refer to ...' under a table
        else:
            plain.append((s, e, n))

    # Document-level evidence for the ambiguous bare runs: a legend, bracket markers, or at
    # least two runs set off by spaces in running text.
    clean = [
        (s, e, n)
        for s, e, n in plain
        if not _glued(text, s - 1) and not _glued(text, e) and _mid_line(text, s, e)
    ]
    lengths = Counter(n for *_, n in clean) + Counter(c.stars for c in out.kept if c.stars)
    mentions = [g.star_count(text[s:e]) for s, e, why in out.dropped if why == "mention"]
    lengths.update(n for n in mentions if n)  # the legend names the marker ('denoted with "***"')
    mentioned = bool(mentions)
    evidence = has_legend or mentioned or bool(out.legends or out.kept) or len(clean) >= 2
    for s, e, n in plain:
        if g.KEY_AFTER.match(text, e) and not _glued(text, s - 1):
            drop(s, e, "footnote_key")  # "*, **, *** : for Crude"
        elif (_glued(text, s - 1) or _glued(text, e)) and not (evidence and lengths[n]):
            drop(s, e, "footnote_ref")  # "Deals***", unless the document uses this marker
        elif not _mid_line(text, s, e) and not evidence:
            drop(s, e, "ornament")  # a line of stars between sections
        else:
            out.kept.append(_Candidate(s, e, "asterisks", n, False))
    out.kept.sort(key=lambda c: c.start)
    return out


def _names_own_marker(text: str, s: int, e: int) -> bool:
    """The legend after the marker names the marker itself ("[***]   CERTAIN PORTIONS ... OMITTED ...
    OMISSIONS ARE DESIGNATED [***]."): a running legend glued after a gap (its line break lost), not
    a legend keyed by the marker. "[***] = ..." is a key whatever follows."""
    marker = text[s:e]
    p = text.find(marker, e, e + LEGEND_LOOK)
    return (
        p >= 0
        and not text[e : e + 8].lstrip(" \t\xa0").startswith(("=", ":"))
        and _is_mention(text, p, p + len(marker))
    )


def _footnote_definition(text: str, s: int, e: int) -> bool:
    """A run opening a sentence and glued to the quoted term or word it explains."""
    if e >= len(text) or not (
        text[e].isalpha() or (text[e] in '"\u201c' and e + 1 < len(text) and text[e + 1].isalpha())
    ):
        return False
    # opening a sentence: at the start, or after a line break or a full stop and blanks only (a run
    # after a word and a wide gap, "(excluding the      ***final", is inside a sentence)
    i = s - 1
    while i >= 0 and text[i] in " \t\xa0":
        i -= 1
    return i < 0 or text[i] in "\n\r\f.!?"


def _words(s: str) -> list[str]:
    return [w for w in g.WORD.findall(s.casefold())]


def _legend_keyed(layout: Layout) -> bool:
    """Whether the top legend opens with (or follows) a marker: "[***] = Confidential ..."."""
    for f in layout.furniture:
        if f.kind == "legend":
            before = layout.original[max(0, f.start - 8) : f.start] + f.text[:8]
            return bool(g.STAR.search(before))
    return True


def find_redactions(layout: Layout) -> RedactionResult:
    found = classify(layout.view.text, layout.legend, _legend_keyed(layout))
    rows: tuple[Redaction, ...] = ()
    if found.kept:  # column-wise: tens of thousands of markers in some documents
        # column by column (``zip(*rows)`` makes an iterator a row, all alive at once for the collector)
        view_starts, view_ends, kinds = (list(map(itemgetter(k), found.kept)) for k in range(3))
        starts, ends = layout.view.span_columns(view_starts, view_ends)
        texts = map(layout.original.__getitem__, map(slice, starts, ends))
        rows = tuple(map(Redaction, starts, ends, texts, kinds, layout.pages_at(starts), [None] * len(starts)))
    legend = layout.legend or (found.legends[0] if found.legends else None)
    return RedactionResult(rows, layout.view, legend)


def _mid_line(text: str, s: int, e: int) -> bool:
    """True unless the run is alone on its line (looking at most LINE_LOOK characters each way).
    A run that closes its line after a sentence's full stop and a gap of ORNAMENT_GAP blanks or more
    (``securities laws.     ***``) counts as alone: the line break before the ornament was lost."""
    for i in range(e, min(len(text), e + LINE_LOOK)):
        if text[i] in "\n\f":
            break
        if not text[i].isspace():
            return True
    for i in range(s - 1, max(-1, s - 1 - LINE_LOOK), -1):
        if text[i] in "\n\f":
            break
        if not text[i].isspace():
            return not (text[i] in ".!?" and s - 1 - i >= ORNAMENT_GAP)
    return False


def _emphasis_pairs(text: str, runs: list[tuple[int, int, int]]) -> set[tuple[int, int]]:
    """Runs that decorate a phrase rather than stand for one: ``*****SIGNATURE PAGE FOLLOWS***``
    (an opening run glued to the word after it, closed on the same line by a run glued to the word
    before it) and ``* * * Signature Page Follows * * *`` (runs around a page-layout phrase)."""
    pairs: set[tuple[int, int]] = set()
    for i, (s, e, _n) in enumerate(runs):
        for s2, e2, _n2 in runs[i + 1 : i + 4]:
            # the gap is measured before it is sliced: the runs of a long document lie far apart,
            # and slicing every gap copied the document several times over
            if s2 - e > 200 or text.find("\n", e, s2) >= 0:
                break
            between = text[e:s2]
            opens = _glued(text, e) and not _glued(text, s - 1)
            glued = opens and _glued(text, s2 - 1) and not _glued(text, e2)
            spaced = s2 - e <= 60 and text[s:e] == text[s2:e2] and g.ORNAMENT_PHRASE.search(between)
            if glued or spaced:
                pairs.update({(s, e), (s2, e2)})
                break
    return pairs

