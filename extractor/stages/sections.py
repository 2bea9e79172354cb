"""Stage 9: the numbered section tree and cross-references.

Candidates are found by compiled ``regex`` scans of the body (a number at the start of a
line, or one that lost its line break), parsed by ``grammars.sections``, and then nested
with an outline stack: a number continues the sequence of a style already open (a sibling,
popping everything below it), or opens a new style one level deeper when it is the first
of its sequence (``1``, ``a``, ``i``, ``A``, ``x.1``). A number that fits neither is running
text ("the 14 or 16", "2.5 million") and is not a heading. ``(i)`` is a letter when it
follows ``(h)`` and a roman numeral otherwise; the same for ``(v)``, ``(x)`` and friends.
When a style appears that printers put above the ones open (``ARTICLE`` above ``1.1``
above ``(a)``), the deeper ones are closed first. Cross-references are found by
``references.find_references``.

Speed: the number grammar runs compiled into one pattern (``grammars.sections.heading_number_at``)
and its readings are worked out once per distinct number (``section_readings.number``); the scans open with literals
where they can.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import sections as g
from ..grammars.text_index import TextIndex
from ..model.offsets import TextView
from ..model.records import Diagnostic, Span
from .layout import Layout
from .references import Reference, find_references
from .references import reference_label as reference_label  # re-exported: amendments, tests
from .references import roman_value as roman_value
from .section_candidates import RANK as RANK  # re-exported: the styles' order
from .section_candidates import Accepted as _Accepted
from .section_candidates import Cand as _Cand
from .section_candidates import Reading as _Reading
from .section_contents import contents_region
from .section_duplicates import (
    demote_lone_item,
    demote_strays,
    demote_unheaded_duplicates,
    digits_dot,
    digits_only,
    drop_bare_duplicates,
)
from .section_follows import heading_follows
from .section_headings import KW_STYLES, heading, is_heading
from .section_headings import line_end as _line_end
from .section_page_ends import off_page_ends
from .section_readings import number as _number
from .section_recovery import recover
from .signatures import SignatureResult


@dataclass(frozen=True)
class Section(Span):
    number: str
    label: str
    heading: str | None = None
    level: int = 1
    parent: str | None = None
    heading_start: int | None = None
    heading_end: int | None = None
    duplicate: bool = False
    # "body", "contents" (a table of contents), or the label of the attachment holding the row ("Exhibit A")
    part: str = "body"


def _section(start: int, end: int, text: str, number: str, label: str, heading: str | None, level: int,
             parent: str | None, heading_start: int | None, heading_end: int | None, duplicate: bool,
             part: str) -> Section:
    """``Section(...)`` with its fields set at once: the frozen dataclass's ``__init__`` makes an
    ``object.__setattr__`` call per field, a third of the time for ~56k rows per corpus. Section
    has no ``__post_init__`` (tests check that the two give equal rows)."""
    row = object.__new__(Section)
    row.__dict__.update(start=start, end=end, text=text, number=number, label=label, heading=heading, level=level,
                        parent=parent, heading_start=heading_start, heading_end=heading_end, duplicate=duplicate,
                        part=part)
    return row


@dataclass(frozen=True)
class SectionResult:
    sections: tuple[Section, ...] = ()
    references: tuple[Reference, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    # the text the sections were read from (the body without signature blocks), and the (start, end)
    # of each section in it, parallel to ``sections``
    view: TextView | None = field(default=None, repr=False)
    view_spans: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    text_index: TextIndex | None = field(default=None, repr=False)  # of view.text, for the amendments' scans


MAX_GAP = 2  # a line-start heading may skip this many numbers (6.0 followed by 8.0)
HEAD_CHARS = 40  # the grammar reads a candidate's number within this many characters of its line
_QUOTES = frozenset("\"\u201c'")
_number_at = g.HEADING_NUMBER.pattern.match  # g.heading_number_at(text, pos, endpos), without the call


def _hit_codes(doc: TextIndex) -> list[int]:
    """``2 * position + at_line_start`` of every place a number may open a heading, sorted: ints
    sort faster than (position, flag) tuples, in the same order, and the collector does not track them."""
    first = g.FIRST_LINE.match(doc.text)
    hits = [first.start("tok") * 2 + 1] if first else []
    hits += [m.start("tok") * 2 + 1 for m in g.line_start_matches(doc.text)]
    hits += [m.start("tok") * 2 for m in g.glued_matches(doc)]
    hits.sort()
    return hits


def _candidates(doc: TextIndex, toc: list[_Cand] | None = None) -> list[_Cand]:
    """The numbers that may open a heading, in text order. Those rejected only as table-of-contents
    lines are appended to ``toc`` when it is given (the contents block is listed apart).

    What is asked of the text once here rather than at each of its ~150k places over a corpus: whether
    it holds a "\r" or a no-break space at all, and where a contents run's keyword may stand
    (``g.toc_keyword_starts``: a line without one is not read as a contents run)."""
    text = doc.text
    has_cr = "\r" in text
    has_nbsp = "\u00a0" in text
    keywords = g.toc_keyword_starts(doc)
    out: list[_Cand] = []
    last = -1
    for code in _hit_codes(doc):
        pos = code >> 1
        if pos == last:
            continue  # sorted: a place found twice is read as the first of its hits (not at a line start)
        last = pos
        found = cand_at(text, pos, code & 1 == 1, has_cr, has_nbsp, keywords)
        if found is not None:
            if found[1]:
                out.append(found[0])
            elif found[1] is None and toc is not None:
                toc.append(found[0])
    return out


def cand_at(text: str, pos: int, strong: bool, has_cr: bool = True, has_nbsp: bool = True,
            keywords: list[int] | None = None) -> tuple[_Cand, bool | None] | None:
    """The candidate whose number opens at ``pos`` and whether it is plausible (``_plausible``), or None
    when no heading number opens there. ``has_cr``/``has_nbsp`` False: the text holds no "\r" / no
    no-break space (not looked for); ``keywords`` as for ``_plausible``."""
    if pos and text[pos - 1] in _QUOTES:
        return None  # a quoted provision (new text inside an amendment)
    line_end = _line_end(text, pos, has_cr)
    stop = line_end if line_end < pos + HEAD_CHARS else pos + HEAD_CHARS
    if not has_nbsp or text.find("\u00a0", pos, stop) < 0:
        m = _number_at(text, pos, stop)
    else:
        # a no-break space between keyword and number ("SECTION\u00a01.", HTML-converted text) reads as
        # a space: the grammar's elements skip only " " and "\t" (one character for one: offsets hold)
        m = g.heading_number_at(text[pos:stop].replace("\u00a0", " "))
    if m is None:
        return None
    readings, core, length = _number(m)
    if not readings:
        return None
    cand = _Cand(pos, pos + length, text[pos : pos + length], readings, strong, core, line_end)
    return cand, _plausible(text, cand, line_end, keywords)


def made_cand(text: str, start: int, end: int, style: str, n: int) -> _Cand:
    """A candidate of ``style`` ("article", "section", "decimal", "roman_dot") and value ``n`` at
    ``text[start:end]``, made without the grammar (``section_recovery`` found it by its value)."""
    depth = 1 if style in ("section", "decimal") else 0
    core = f"Article {n}" if style == "article" else str(n)
    return _Cand(start, end, text[start:end], (_Reading(style, depth, (n,)),), False, core, _line_end(text, start))


def _rstrip_end(text: str, stop: int, floor: int) -> int:
    """Position after the last non-blank character before ``stop`` (not before ``floor``)."""
    k = stop
    while k > floor and text[k - 1].isspace():
        k -= 1
    return k


# "3.12(b)) will be applied": a reference that a line break left at the start of a line
WIDE_GAP = regex.compile(r"[ \t\u00a0]{4,}")
REF_TAIL_AFTER = regex.compile(r"\([0-9a-z]{1,4}\)(?:[);,]|[ \t\u00a0]*[a-z])")
SENTENCE_WORDS = regex.compile(r"[a-z]{3,}[ \t\u00a0,]+[a-z]{2,}[ \t\u00a0,]+[a-z]{3,}")
LOWER_WORDS = regex.compile(r"[a-z]{3,}[ \t\u00a0]+[a-z]{3,}")
# "Section 1 (Definitions), Section 3 (Payments) ...": a list of references that a line break left at a line start
REF_LIST_AFTER = regex.compile(r"\([^()\r\n]{1,80}+\)[ \t\u00a0]*+[,;]")
GLUED_TITLE_END = regex.compile(r"\d|(?<=[a-z])(?=[A-Z])")  # "Services1.0Description", "ServicesIBM will"
SENTENCE_GAP_END = regex.compile(r"[.!?][\"\u201d]?[ \t\u00a0]{3,}+$")  # not 'EXHIBIT "A"     SCHEDULE OF'



def _gap_opens(before: str) -> bool:
    """Does a number after ``before`` (its line up to it) open the line: nothing but blanks before it,
    or the end of a sentence and a wide gap (a lost line break)?"""
    sentence = SENTENCE_GAP_END.search(before) is not None and " " in before.strip()  # not "a.   "
    return not before.strip() or sentence


BEFORE_WINDOW = 200  # characters of a line looked at before a number, when they decide ``_gap_opens``


def _gap_opens_longer(tail: str) -> bool | None:
    """``_gap_opens`` of any longer text ending with ``tail`` (holding no line break), or None when
    ``tail`` does not decide it."""
    if len(tail.rstrip(" \t\u00a0")) < 2 or not tail.strip():
        return None  # a sentence's end, or the text's first non-blank, may lie before the tail
    m = SENTENCE_GAP_END.search(tail)  # its blanks end the tail, its mark and quote are in it
    if m is None:
        return False  # a non-blank before the number, no sentence's end
    # a sentence if a space follows a non-blank before the sentence's mark: one in the tail decides it
    return True if " " in tail[: m.start()].lstrip() else None


def _opens_line(text: str, start: int) -> bool:
    """``_gap_opens`` of the text from ``start``'s line start, reading at most BEFORE_WINDOW characters
    back when they decide it (a text that lost its line breaks is one long line)."""
    lo = max(0, start - BEFORE_WINDOW)
    nl = text.rfind("\n", lo, start)
    if nl < 0 and lo > 0:
        decided = _gap_opens_longer(text[lo:start])
        if decided is not None:
            return decided
        nl = text.rfind("\n", 0, lo)
    return _gap_opens(text[nl + 1 : start])


def _plausible(text: str, c: _Cand, line_end: int, keywords: list[int] | None = None) -> bool | None:
    """Reject numbers that read as running text (False) or as a table-of-contents entry (None).
    ``keywords``: where in ``text`` a contents run's keyword may stand (``g.toc_keyword_starts``),
    when known: a line without one is no run (``g.toc_run`` is not asked)."""
    tok_end = c.tok_end
    rest = text[tok_end:line_end]
    after = rest.lstrip(" \t\u00a0")
    style = c.readings[0].style
    # a page number at the end of a short line that is not a sentence (the cheap test first)
    toc_end = len(rest) <= 300 and g.toc_end(rest[-40:]) and not SENTENCE_WORDS.search(rest)
    if keywords is None:
        run = not toc_end and g.toc_run(rest)
    else:
        i = bisect_left(keywords, tok_end)
        run = (not toc_end and i < len(keywords) and keywords[i] < tok_end + g.TOC_RUN_WINDOW
               and keywords[i] < line_end and g.toc_run(rest))
    if (toc_end or run) and not rest.rstrip().endswith("."):
        return None if c.strong else False
    if style in KW_STYLES:
        # "Section 14.1 of the Agreement is amended" is a reference, not a heading.
        if after[:1].islower() or after.startswith(("of ", "to ", "in ")) or REF_LIST_AFTER.match(after):
            return False
        if c.strong and g.wrapped_reference(text, c.start):
            return False  # "in the form attached as\nExhibit 1.": a reference the line wrap moved
        if style == "attachment":
            if "." in c.label_core or rest[:1].isalnum():
                return False  # "EXHIBIT 10.1", "Exhibit 10.A.51": the filing's exhibit number
            if not _opens_line(text, c.start):
                # "(i)   Exhibit I – Form of ...": an item of a list of exhibits; but after the end of a
                # sentence and a wide gap the line break was lost ("... COMMISSION.   Exhibit A - Description")
                return False
            # a title, not a sentence: no run of lower-case words unless in title case ("Certificate of
            # Analysis and Certificate of Compliance")
            title = rest.strip(" \t\u00a0-\u2013\u2014:.")
            if len(title) > 80:
                # text that lost its line breaks: the title runs on into what followed it ("Attachment A –
                # Services1.0DescriptionIBM will provide")
                title = GLUED_TITLE_END.split(rest, 1)[0].strip(" \t\u00a0-\u2013\u2014:.")
                return c.strong and 0 < len(title) <= 80 and is_heading(title, strict=True)
            return c.strong and len(title) <= 80 and (not LOWER_WORDS.search(rest) or is_heading(title, strict=True))
        return True
    if style in ("decimal",):
        if "." not in c.number and c.strong and g.STREET_LINE.match(text, c.start, line_end):
            return False  # "1 Infinite Loop": a letterhead's street address
        if "." not in c.number and rest[:1] not in ("", " ", "\t", "\u00a0"):
            return False  # a bare number glued to what follows: a page number ("2May 3, 2016"), "6A."
        if not after:
            return c.strong and c.number.endswith(".")
        if after[0].islower() or after[0] in ",;%":
            return False
        if after[0].isdigit() or REF_TAIL_AFTER.match(after):
            return False
        if "." not in c.number and WIDE_GAP.match(rest):
            return False  # "2          Running Header": a page number in a column layout
        return True
    if style.startswith("close"):
        return c.strong and bool(after)
    if style.startswith("paren"):
        return c.strong or bool(after[:1].isupper() or after[:1] == "[")
    # letter / roman with a dot: a line start followed by a capital word
    return c.strong and bool(after[:1].isupper() or after[:1] in '"\u201c(')


def _successor(prev: tuple[int, ...], cur: tuple[int, ...], gap: int) -> str | None:
    """'next', 'duplicate' or None: does ``cur`` continue ``prev`` in the same style?"""
    if len(prev) != len(cur):
        return None
    if prev[:-1] == cur[:-1]:
        d = cur[-1] - prev[-1]
        if d == 0:
            return "duplicate"
        if 1 <= d <= 1 + gap:
            return "next"
        return None
    if len(cur) >= 2 and cur[:-2] == prev[:-2] and 1 <= cur[-2] - prev[-2] <= 1 + gap and cur[-1] in (0, 1):
        return "next"
    return None


def _first(r: _Reading, stack: list[_Reading]) -> bool:
    """Is ``r`` the first of a new sequence under the open stack?"""
    if r.style == "attachment":
        return True
    if r.style in ("section", "decimal") and r.depth >= 2:
        for o in reversed(stack):
            if o.style in ("section", "decimal", "article") and o.depth < r.depth:
                return o.values == r.values[: len(o.values)] or (o.style == "article" and r.values[0] == o.values[0])
        return r.values[-1] in (0, 1)
    return r.values[-1] == 1


def _nest(cands: list[_Cand], text: str = "") -> list[_Accepted]:
    # the open readings, and parallel to them the index in ``out`` of each (two lists rather than
    # one object per accepted row: 56k fewer objects for the collector over the corpus)
    stack: list[_Reading] = []
    owners: list[int] = []
    out: list[_Accepted] = []
    tops: dict[tuple[str, int], list[int]] = {}  # style -> start positions of its top-level entries
    first_index: dict[int, int] = {}  # start position -> index in out
    labels_seen: set[str] = set()  # attachment labels already accepted
    root_headed = False  # the open top-level row has a heading ("1) Duties of Bravatek")
    dotted_tops = bare_tops = 0  # top-level rows numbered "N." and "N"
    for c in cands:
        choice = _choose(c, stack, text, root_headed, dotted_tops >= DOTTED_HABIT * (bare_tops + 1))
        if choice is None:
            cut_pos = _restart(c, stack, tops)
            if cut_pos is None:
                continue
            cut = first_index[cut_pos]
            del out[cut:]
            stack = []
            owners = []
            tops = {}
            for a in out:
                if a.level == 1:
                    tops.setdefault(a.reading.key, []).append(a.cand.start)
            labels_seen = {acc_label(a) for a in out if a.reading.style == "attachment"}
            root_headed = False
            dotted_tops = sum(1 for a in out if a.level == 1 and digits_dot(a.cand.number))
            bare_tops = sum(1 for a in out if a.level == 1 and digits_only(a.cand.number))
            choice = _choose(c, stack, text)
            if choice is None:
                continue
        r, k, duplicate = choice
        if r.style == "attachment":
            if not out or c.label_core in labels_seen:
                continue  # before the body (a cover page), or a running header repeating the open one
            stack.clear()
            owners.clear()
        elif k is not None:
            del stack[k:]
            del owners[k:]
        else:
            while stack and stack[-1].rank >= r.rank:
                stack.pop()
                owners.pop()
        parent = owners[-1] if owners else None
        out.append(_Accepted(c, r, len(stack) + 1, parent, duplicate))
        stack.append(r)
        owners.append(len(out) - 1)
        first_index[c.start] = len(out) - 1
        if len(stack) == 1:
            dotted_tops += digits_dot(c.number)
            bare_tops += digits_only(c.number)
            tops.setdefault(r.key, []).append(c.start)
            root_headed = bool(text) and r.style not in KW_STYLES and heading_follows(text, c.tok_end)
        if r.style == "attachment":
            labels_seen.add(c.label_core)
    return out


def acc_label(a: _Accepted) -> str:
    return a.cand.label_core


def _restart(c: _Cand, stack: list[_Reading], tops: dict[tuple[str, int], list[int]]) -> int | None:
    """A top-level number restarting at 1 after a run of short entries: those were a table of
    contents. ``tops`` lists, per style, the accepted top-level entries. Returns the index of the
    first entry to drop."""
    if not stack:
        return None
    root = stack[0]
    for r in c.readings:
        if r.key != root.key or r.values[-1] not in (0, 1) or len(r.values) != len(root.values):
            continue
        firsts = tops.get(root.key, [])
        if len(firsts) < 2:
            return None
        return firsts[0] if (c.start - firsts[-1] + firsts[-1] - firsts[0]) / len(firsts) < 400 else None
    return None


DOTTED_HABIT = 3  # this many top-level "N." per bare "N" (and one more): the dot is the document's habit
NESTED_NEVER = (*KW_STYLES, "decimal")  # styles that a heading in another style never holds


def _choose(c: _Cand, stack: list[_Reading], text: str = "", root_headed: bool = False,
            dotted_habit: bool = False) -> tuple[_Reading, int | None, bool] | None:
    """The reading that continues an open sequence, else one that starts a new one. A repeated number
    is believed at the start of a line, or followed by a heading (text that lost its line breaks).
    ``root_headed``: the open top-level row has a heading; a list that starts under it without one stays
    under it, whatever the styles' usual order ("1) Duties of Bravatek" over "a. Promote ...").
    ``dotted_habit``: the top-level numbers so far are all dotted ("1." ... "14."); a bare number then
    never skips ahead at the top level ("17 Tou-Kong 12 Rd.", an address, after "14.")."""
    gap = MAX_GAP if c.strong else 1
    for r in c.readings:
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].key == r.key:
                how = _successor(stack[k].values, r.values, gap)
                if (how == "next" and dotted_habit and k == 0 and r.values[-1] - stack[k].values[-1] > 1
                        and digits_only(c.number)):
                    break
                if how == "next":
                    return r, k, False
                if how == "duplicate" and (c.strong or (text and heading_follows(text, c.tok_end))):
                    return r, k, True
                break
    for r in c.readings:
        if any(o.key == r.key for o in stack) and r.style != "attachment":
            # The style is open: a restart at 1 is only believable below a higher style.
            if not any(o.rank < r.rank for o in stack) or r.values[-1] != 1:
                continue
            # restart under a new parent: only if the parent changed since the style was last used
            last = max(i for i, o in enumerate(stack) if o.key == r.key)
            if not any(o.rank < r.rank for o in stack[last + 1 :]):
                continue
        j = len(stack)  # the stack with the entries ranked at or below r closed
        while j and stack[j - 1].rank >= r.rank:
            j -= 1
        if not _first(r, stack[:j]):
            continue
        if (j == 0 and root_headed and r.style not in NESTED_NEVER and _first(r, stack)
                and not heading_follows(text, c.tok_end)):
            return r, len(stack), False  # a list in the provision, not a new top level
        return r, None, False
    return None


def _label(acc: list[_Accepted], i: int) -> str:
    a = acc[i]
    st = a.reading.style
    core = a.cand.label_core
    if st in ("article", "attachment", "section", "decimal") or a.parent is None:
        return core
    parent = _label(acc, a.parent)
    if st.startswith(("paren", "close")):
        return f"{parent}({core})"
    return f"{parent}.{core}"


def _stops(acc: list[_Accepted], body_end: int) -> list[int]:
    """Where each provision ends: the start of the next one at its level or above (one pass)."""
    stops = [body_end] * len(acc)
    open_: list[int] = []
    for i, a in enumerate(acc):
        while open_ and acc[open_[-1]].level >= a.level:
            stops[open_.pop()] = a.cand.start
        open_.append(i)
    return stops


def _heads(acc: list[_Accepted], end: int, text: str) -> list[tuple[int, int] | None]:
    """The heading of each row, before the next row (the last: before ``end``)."""
    out = []
    for i, a in enumerate(acc):
        c = a.cand
        nxt = acc[i + 1].cand.start if i + 1 < len(acc) else end
        out.append(heading(text, c.start, c.tok_end, c.line_end, c.readings[0].style, nxt))
    return out


def _parts(acc: list[_Accepted]) -> list[str]:
    """The part of each row: "body" up to the first top-level attachment, then that attachment's label."""
    part = "body"
    out = []
    for a in acc:
        if a.level == 1 and a.reading.style == "attachment":
            part = a.cand.label_core
        out.append(part)
    return out


def find_sections(layout: Layout, signatures: SignatureResult, body: TextIndex) -> SectionResult:
    """The numbered section tree of the body, its cross-references and drafting-error diagnostics.
    ``body`` indexes ``layout.view.text``; the body without signature blocks gets an index of its own."""
    view = layout.view.restrict(signatures.block_spans) if signatures.block_spans else layout.view
    text = view.text
    unsigned = body if view is layout.view else TextIndex(text)
    original = layout.original
    toc: list[_Cand] = []
    cands = off_page_ends(list(_candidates(unsigned, toc)), view, layout)
    found = recover(text, cands, cand_at, made_cand, unsigned)
    if found:
        cands = sorted([*cands, *found], key=lambda c: c.start)
    body_end = _rstrip_end(text, len(text), 0)
    region = contents_region(text, cands, toc, unsigned)
    groups: list[tuple[list[_Accepted], int, list[str]]] = []  # (rows, where they end, their parts)
    if region is not None:
        lo, hi = region
        listed = _nest(sorted((c for c in (*cands, *toc) if lo <= c.start < hi), key=lambda c: c.start))
        groups.append((listed, _rstrip_end(text, hi, lo), ["contents"] * len(listed)))
        cands = [c for c in cands if not lo <= c.start < hi]
    acc = _nest(cands, text)
    demote_strays(acc)
    demote_lone_item(acc, text)
    drop_bare_duplicates(acc)
    body_heads = _heads(acc, body_end, text)
    demote_unheaded_duplicates(acc, text, body_end, body_heads)
    groups.append((acc, body_end, _parts(acc)))
    if region is not None and groups[0][0] and acc and acc[0].cand.start < groups[0][0][0].cand.start:
        groups.reverse()  # numbered lines before the contents (a cover page): keep text order
    rows: list[_Accepted] = []
    labels: list[str] = []
    parents: list[str | None] = []
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    heads: list[tuple[int, int] | None] = []
    for group, end, group_parts in groups:
        group_labels = [_label(group, i) for i in range(len(group))]
        stops = _stops(group, end)
        heads += body_heads if group is acc else _heads(group, end, text)
        for i, a in enumerate(group):
            c = a.cand
            spans.append((c.start, max(_rstrip_end(text, stops[i], c.tok_end), c.tok_end)))
            parents.append(group_labels[a.parent] if a.parent is not None else None)
        rows += group
        labels += group_labels
        parts += group_parts
    # every original span in one batch each (cheaper than a view.span call per row)
    where = view.spans(spans)
    head_where = iter(view.spans([h for h in heads if h is not None]))
    sections: list[Section] = []
    for i, a in enumerate(rows):
        s, e = where[i]
        hs, he = next(head_where) if heads[i] is not None else (None, None)
        sections.append(
            _section(
                s,
                e,
                original[s:e],
                a.cand.number,
                labels[i],
                original[hs:he] if hs is not None else None,
                a.level,
                parents[i],
                hs,
                he,
                a.duplicate,
                parts[i],
            )
        )
    dups = [i for i, a in enumerate(rows) if a.duplicate and parts[i] != "contents"]
    diags = [
        Diagnostic(ts, te, original[ts:te], "sections", "duplicate_number",
                   f"{labels[i]} repeats the number of the sibling before it; both kept")
        for i, (ts, te) in zip(dups, view.spans([(rows[i].cand.start, rows[i].cand.tok_end) for i in dups]))
    ]  # fmt: skip
    starts = {a.cand.start for a in rows}
    body_labels = {lab for lab, part in zip(labels, parts, strict=True) if part != "contents"}
    refs = tuple(find_references(view, starts, body_labels, unsigned))
    return SectionResult(tuple(sections), refs, tuple(diags), view, tuple(spans), unsigned)
