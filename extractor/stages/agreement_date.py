"""Which date of a document is its agreement date (the ``agreement`` role of the dates table).

Tried in order, the first that gives a date wins:

1. the preamble: its first date that is not the amended agreement's nor another document's
   ("... a Demand Note, dated December 5, 1995" names a note, not this agreement);
2. a cover line before the preamble: "Dated as of April 2, 2020";
3. the title's own line or sentence: "AGENCY AGREEMENT / May 14, 2014", "MAINTENANCE AGREEMENT
   (this "Agreement"), dated as of July 23, 2003";
4. the opening sentence: "THIS AGREEMENT made in duplicate this 20 day of November, 1995", or a
   date alone on the document's first line (a dated letter: "03/01/05");
5. the testimonium: "IN WITNESS WHEREOF, ... executed this Agreement as of this 4th day of April, 2003";
6. the execution dates: a labelled "Dated:" / "Date:" line, "January 22, 2020 (Date)", or a date in a
   signature block; the latest of them (an agreement is made when the last party signs: "executed as
   of the last date below");
7. a "dated / made / entered into as of" date near the top.

Positions are in the layout view unless named ``orig``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..grammars import dates as gd
from ..grammars import loose_dates as gl
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.text_index import TextIndex
from .header import Header

TOP_CHARS = 4000
TITLE_GAP = 300  # how far after the title its date may stand
WITNESS_CHARS = 250  # how far after "IN WITNESS WHEREOF" its own date may stand
SIGNATURE_PAGE_CHARS = 400  # the signature page after the last testimonium
DATED_BEFORE = regex.compile(
    r"(?i)(?:dated|made|entered\s{1,3}into|executed|effective)(?:\s{1,3}(?:and\s{1,3})?(?:effective|entered\s{1,3}into))?"
    r"(?:\s{1,3}(?:as\s{1,3}of|on|this|of))?\s{0,3}$"
)
# another document named just before a date: "... Demand Note, dated", "Agreement Number 12965 dated as of"
REFERENCE_BEFORE = regex.compile(
    r"(?i)(?:agreement|note|lease|plan|contract|license|indenture|amendment)(?:\s{1,3}(?:no\.|number|#)\s{0,3}[\w-]{1,12})?"
    r"(?:,?\s{0,3}(?:by\s{1,3}and\s{1,3})?between\s{0,3}(?:[^.;()]|\.(?!\s{1,3}[A-Z][a-z])|\([^()]{0,40}\)){1,160}?)?"
    r"\s{0,3}(?P<paren>\([^()]{0,80}\)\s{0,3})?,?\s{0,3}(?:dated|effective|executed)(?:\s{1,3}as\s{1,3}of|\s{1,3}on)?\s{0,3}$"
)
AMENDED_ON = regex.compile(
    r"(?i)as\s{1,3}(?:previously\s{1,3}|heretofore\s{1,3})?amended(?:\s{1,3}(?:on|as\s{1,3}of|through|by))?\s{0,3}"
    r"(?:[\w ,]{3,40}?(?:,|\s{1,3}and)\s{1,3})?$"
)
# ... named after an article or a preposition: "a Demand Note", "the Split Dollar Agreement", "under the"
OTHER_BEFORE = regex.compile(
    r"(?i)\b(?:a|an|the|that|certain|said|such|its|their|any|under|to|of|with)\s{1,3}"
    r"(?:(?:(?-i:[A-Z0-9])[\w&.,'\u2019-]{0,30}|and)\s{1,3}){0,8}$"
)
# a blank line, or a lower-case word run into a word in capitals (a line break lost in extraction)
PARAGRAPH_BREAK = regex.compile(r"\n[ \t\xa0\r]*+\n|[a-z]{2}[A-Z]{2}")
# between the title and its date: nothing, a parenthetical alias, a verb of making
TITLE_TO_DATE = regex.compile(
    r"(?i)[\s,:\-]*+(?:\([^()]{0,80}\)[\s,]*+)?(?:(?:is\s{1,3})?(?:dated|made|entered\s{1,3}into|executed)"
    r"(?:\s{1,3}and\s{1,3}(?:entered\s{1,3}into|effective))?(?:\s{1,3}(?:as\s{1,3}of|on|this))?)?[\s,:]*+"
    # or the cover's party lines first: "... AGREEMENT by and between X and Y Dated as of September 27, 2018"
    r"|(?i)\s*+(?:by\s{1,3}and\s{1,3})?(?:between|among)\b[^;]{0,300}?(?<![a-z])dated(?:\s{1,3}as\s{1,3}of)?[\s:]*+"
)
DEFINED_EFFECTIVE = regex.compile(
    r"(?i)[\"\u201c]effective\s{1,3}date[\"\u201d]\s{0,3}(?:shall\s{1,3}mean|means|is|:)\s{0,3}(?:the\s{1,3}date\s{1,3}of\s{1,3})?$"
)
EXHIBIT_LABEL = regex.compile(r"(?i)(?:ex(?:hibit)?\.?\s{0,3}[\w.()-]{1,12})?")
LINE_END = regex.compile(r"[ \t\xa0]*(?:\r?\n|$)")
WIDE_GAP = regex.compile(r"[ \t\xa0]{3}")
OPENING = regex.compile(r"(?:THIS|This)\s")
MAKING = regex.compile(r"(?i)\b(?:made|entered|dated|executed|effective)\b")
SENTENCE_BREAK = regex.compile(r"[.;!?](?=\s)|\n[ \t]*\r?\n")
# "IN WITNESS WHEREOF", and "... shall hold a copy respectively in witness thereof."
WITNESS = regex.compile(r"(?i)in\s{1,3}witness\s{1,3}(?:where(?:of|fore)|thereof)")
WITNESS_STOP = regex.compile(r"[.;:]")  # the date must stand in the testimonium's own sentence
# "Date: 9/29/04", "OperationsDATE: 9/24/04" (glued), "Dated: July 6, 2020"; not "Effective Date:"
DATE_LABEL_BEFORE = regex.compile(r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))(?i:dated?)\s{0,3}:?\s{0,3}$")
OTHER_DATE_LABEL = regex.compile(r"(?i)(?:effective|commencement|termination|expiration|closing|start|end|due)\s{0,3}$")
# a caption after the date: "January 22, 2020 (Date)", "04/25/2018 Date Date"
DATE_LABEL_AFTER = regex.compile(r"\s{0,40}\(?(?i:date)\)?(?![a-z])")
# a signature on the date's line ("/s/ Yannick Tessier   9/9/97"), a "Date" caption under it
SIGNED_NEAR = regex.compile(r"/s/|\\s\\")
# a signing line "Place, date" (the place of signing, as European contracts write it) with the signatures under it
PLACE_BEFORE = regex.compile(r"(?m)^[ \t]*+(?-i:[A-Z])[\w.-]{1,30}(?:[ /-](?-i:[A-Z])[\w.-]{1,30}){0,2},[ \t]{1,3}$")
SIGNED_AFTER_CHARS = 120
DATE_CAPTION = regex.compile(r"(?:(?<=\n)|(?<=\s\s)|(?<=-))[ \t]*Date[ \t]*(?=\r?\n|\s\s|$)")


def _is_reference(text: str, s: int) -> bool:
    """The date belongs to another document named just before it (not "this Agreement, dated"),
    or to its amendments ("..., as amended November 11, 2005 and March 27, 2006")."""
    if AMENDED_ON.search(text, max(0, s - 120), s):
        return True
    m = REFERENCE_BEFORE.search(text, max(0, s - 200), s)
    if m is None:
        return False
    if m.group("paren") and "this" in m.group("paren").casefold():
        return False  # MAINTENANCE AGREEMENT (this "Agreement"), dated as of ...
    other = OTHER_BEFORE.search(text, max(0, m.start() - 250), m.start())
    # "Table of Contents / (blank line) / INTELLECTUAL PROPERTY AGREEMENT, dated", "Table of ContentsINTELLECTUAL
    # ...": a paragraph break (or a line break lost) after the article's word, the title opens a block of its own
    return other is not None and PARAGRAPH_BREAK.search(text, other.start(), m.start()) is None


def _last(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> regex.Match[str] | None:
    return next(iter(reversed(list(pattern.finditer(text, lo, hi)))), None)


def _sentence_start(text: str, s: int) -> int:
    lo = max(0, s - 300)
    last = _last(SENTENCE_BREAK, text, lo, s)
    return last.end() if last is not None else lo


Found = Sequence[tuple[int, int, gd.ParsedDate]]


def _preamble(text: str, found: Found, header: Header, free: list[int]) -> int | None:
    ps, pe = header.preamble_start_view, header.preamble_end_view
    if ps is None or pe is None:
        return None
    for i in free:
        s = found[i][0]
        if ps <= s < pe and not _is_reference(text, s):
            return i
    for i in free:
        s = found[i][0]
        if s < ps and DATED_BEFORE.search(text, max(0, s - 40), s) and not _is_reference(text, s):
            return i  # a cover page: "Dated as of April 2, 2020"
    return None


def _under_title(
    original: str, orig_spans: Sequence[tuple[int, int]], header: Header, free: list[int]
) -> int | None:
    """A date on the title's line or in its sentence, or standing just above it ("May 3, 2016 /
    NON-EXCLUSIVE LICENSE AGREEMENT"). The title may be printed twice ("MAINTENANCE AGREEMENT
    MAINTENANCE AGREEMENT (this "Agreement"), dated as of ...")."""
    start, end = header.title_start, header.title_end
    if start is None or end is None:
        return None
    title = " ".join(original[start:end].split()).casefold()
    for i in free:
        os_, oe = orig_spans[i]
        if oe <= start and start - oe <= TITLE_GAP and not original[oe:start].strip():
            return i
        if not end <= os_ <= end + TITLE_GAP:
            continue
        gap_start = end
        again = original[end : end + len(title) + 20].lstrip()
        if " ".join(again.split()).casefold().startswith(title):
            gap_start = end + (len(original[end : end + len(title) + 20]) - len(again))
            gap_start = original.casefold().find(title.split()[-1], gap_start) + len(title.split()[-1])
        if TITLE_TO_DATE.fullmatch(original, gap_start, os_):
            return i
    return None


def _opening(text: str, found: Found, free: list[int]) -> int | None:
    for i in free:
        s = found[i][0]
        if s > TOP_CHARS:
            break
        a = _sentence_start(text, s)
        lead = text[a:s].lstrip()
        if OPENING.match(lead) and MAKING.search(lead):
            return i
    return None


def _first_line(text: str, found: Found, free: list[int]) -> int | None:
    """A date that opens the document on a line of its own (a dated letter or memorandum: "03/01/05")."""
    if not free:
        return None
    i = free[0]
    s, e = found[i][0], found[i][1]
    if EXHIBIT_LABEL.fullmatch(text[:s].strip()) and (LINE_END.match(text, e) or WIDE_GAP.match(text, e)):
        return i  # a wide gap: the line break of a copy that lost its line breaks ("03/01/05   607-1295 ...")
    return None


def _witness(text: str, found: Found, free: list[int]) -> int | None:
    for i in free:
        s = found[i][0]
        w = _last(WITNESS, text, max(0, s - WITNESS_CHARS), s)
        if w is not None and not WITNESS_STOP.search(text, w.end(), s):
            return i  # the testimonium's own date: "... executed this Agreement this 14th day of ..."
    return None


def _latest(found: Found, picks: list[int]) -> int | None:
    dated = [i for i in picks if found[i][2].value and found[i][2].precision == "day"]
    return max(dated, key=lambda i: (found[i][2].value, -i)) if dated else None


def _labelled(text: str, found: Found, i: int) -> bool:
    s, e = found[i][0], found[i][1]
    if PLACE_BEFORE.search(text, max(0, s - 60), s) and LINE_END.match(text, e) and SIGNED_NEAR.search(
        text, e, min(len(text), e + SIGNED_AFTER_CHARS)
    ):
        return True  # "Hamburg, November 19t h, 2012" on its own line above "/s/ Thomas Kassberg"
    label = DATE_LABEL_BEFORE.search(text, max(0, s - 12), s)
    if label is not None and not OTHER_DATE_LABEL.search(text, max(0, label.start() - 16), label.start()):
        return True
    if DATE_LABEL_AFTER.match(text, e) is not None:
        return True
    signed = _last(SIGNED_NEAR, text, max(0, s - 200), s)
    if signed is not None and "\n\n" not in text[signed.end() : s]:
        return True
    return DATE_CAPTION.search(text, e, min(len(text), e + 150)) is not None


def _last_witness(doc: TextIndex) -> regex.Match[str] | None:
    """``_last(WITNESS, doc.text, 0, len(doc.text))``, tried only where "witness" stands in the folded
    copy, from the last one back (a caseless scan of the whole text cost a fifth of the stage). Two
    matches never overlap and "in" stands 1 to 3 blanks before "witness": one start per occurrence."""
    text, low = doc.text, doc.ascii_folded
    k = len(low)
    while (k := low.rfind(b"witness", 0, k)) >= 0:
        for j in range(k - 3, max(-1, k - 6), -1):
            m = WITNESS.match(text, j)
            if m is not None:
                return m
    return None


def _executed(doc: TextIndex, found: Found, in_block: Sequence[bool], free: list[int]) -> int | None:
    """The latest execution date: labelled ("Date:", "(Date)"), standing in a signature block, or on
    the signature page (after the testimonium: "... duly authorized. Rome/Houston, 2 April 2020")."""
    text = doc.text
    witness = _last_witness(doc)
    page = (witness.end(), witness.end() + SIGNATURE_PAGE_CHARS) if witness else (0, 0)
    return _latest(
        found,
        [
            i
            for i in free
            if (in_block[i] or _labelled(text, found, i) or page[0] <= found[i][0] < page[1])
            and not _is_reference(text, found[i][0])
        ],
    )


def _defined_effective(text: str, found: Found, free: list[int]) -> int | None:
    """Last resort: the date the agreement defines as its Effective Date ("Effective Date" shall mean ...)."""
    for i in free:
        s = found[i][0]
        if DEFINED_EFFECTIVE.search(text, max(0, s - 60), s):
            return i
    return None


def _top_dated(text: str, found: Found, free: list[int]) -> int | None:
    for i in free:
        s = found[i][0]
        if s > TOP_CHARS:
            break
        if DATED_BEFORE.search(text, max(0, s - 40), s) and not _is_reference(text, s):
            return i
    return None


def agreement_index(
    doc: TextIndex,
    original: str,
    found: Found,
    orig_spans: Sequence[tuple[int, int]],
    in_block: Sequence[bool],
    header: Header,
    amended: set[int],
) -> int | None:
    """Index into ``found`` of the agreement date, or None (``doc`` indexes the layout view's text)."""
    text = doc.text
    blank_ok = [i for i in range(len(found)) if i not in amended]  # "dated as of September ___, 2019"
    free = [i for i in blank_ok if found[i][2].value]
    far = header.preamble_start_view is not None and header.preamble_start_view > TOP_CHARS
    title_first = (lambda: _under_title(original, orig_spans, header, free)) if far else (lambda: None)
    for pick in (
        title_first,  # a preamble found far down (in a schedule) comes after the title's own date
        lambda: _preamble(text, found, header, blank_ok),
        lambda: _under_title(original, orig_spans, header, free),
        lambda: _opening(text, found, free),
        lambda: _first_line(text, found, free),
        lambda: _witness(text, found, free),
        lambda: _executed(doc, found, in_block, free),
        lambda: _top_dated(text, found, blank_ok),
        lambda: _defined_effective(text, found, free),
    ):
        i = pick()
        if i is not None:
            return i
    return None


def with_loose_dates(
    text: str, found: list[tuple[int, int, gd.ParsedDate]], years: list[tuple[int, int]] | None = None
) -> list[tuple[int, int, gd.ParsedDate]]:
    """``found`` with the filled-in and glued dates the calendar grammar missed ("_3rd___ day of
    __June_____, 1997", "AGREEMENTJuly 20, 2018"); one replaces a month-only reading of its own
    tail ("1st day of --- November, 2003" read as "November, 2003"). ``years``: ``gd.year_spans(text)``."""
    loose = gl.find_loose(text, years)
    if not loose:
        return found
    out = list(found)
    alive = [True] * len(out)
    # the rows a loose date overlaps, found by bisecting the rows' starts within the longest row's
    # reach (a pass over every row per loose date grew with the document squared); the loose dates
    # taken come in order of start (find_loose sorts them), so their starts stay sorted as appended
    order = sorted(range(len(out)), key=lambda k: out[k][0])
    starts = [out[k][0] for k in order]
    taken: list[int] = []  # indexes into ``out`` of the loose dates taken
    taken_starts: list[int] = []
    reach = max((f[1] - f[0] for f in (*out, *loose)), default=0)
    for ls, le, value in loose:
        near = order[bisect_right(starts, ls - reach) : bisect_left(starts, le)]
        near += taken[bisect_right(taken_starts, ls - reach) : bisect_left(taken_starts, le)]
        over = [k for k in near if alive[k] and ls < out[k][1]]
        if any(out[k][2].precision == "day" and out[k][2].value for k in over):
            continue
        for k in over:
            alive[k] = False
        taken.append(len(out))
        taken_starts.append(ls)
        out.append((ls, le, gd.ParsedDate(value, "day", False)))
        alive.append(True)
    return sorted((f for f, keep in zip(out, alive, strict=True) if keep), key=lambda f: f[0])
