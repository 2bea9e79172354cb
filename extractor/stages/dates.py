"""Stage 7: dates and durations.

Every date in the body is a row (``grammars/dates.py`` finds and reads them).
Its role comes from where it stands:

- ``amended_agreement``: the date of the agreement being amended (the header
  stage found it: "... Agreement II, dated as of March 31, 2000"; or, in an
  amendment's preamble, a date right after "<Agreement> dated");
- ``agreement``: the first other date of the preamble ("dated as of", "made as
  of", "entered into on"); without one, a "Dated as of" line before it (a cover
  page) or a "dated/made/entered into as of" date near the top;
- ``signature``: inside a signature block;
- ``effective``: "effective as of <date>" or "<date> (the "Effective Date")";
- ``term``: in a sentence about the term (term, expire, terminate, renew, commence);
- ``other``: anything else.

Durations ("fifty-one (51) months after November 1, 2000", "30 days prior to
the expiration") give a number (words or digits), a unit, and the anchor
("after November 1, 2000") with its date when one follows. Nothing here reads
the clock.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..grammars import dates as gd
from ..grammars import durations as gu
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.text_index import TextIndex
from ..model.records import Span
from .agreement_date import agreement_index, with_loose_dates
from .header import Header
from .layout import Layout
from .signatures import SignatureResult

TOP_CHARS = 4000
AMENDED_BEFORE = regex.compile(
    r"(?i)(?:agreement|lease|plan|contract|note)(?:\s{1,3}[IVX]{1,4}|\s{1,3}(?:no\.|number|#)\s{0,3}[\w-]{1,12})?\s{0,3}(?:\([^()]{0,80}\)\s{0,3})?,?\s{0,3}"
    r"(?:dated|effective)(?:\s{1,3}as\s{1,3}of|\s{1,3}on)?\s{0,3}$"
)
DATED_BEFORE = regex.compile(
    r"(?i)(?:dated|made|entered\s{1,3}into|executed|effective)(?:\s{1,3}(?:and\s{1,3})?(?:effective|entered\s{1,3}into))?"
    r"(?:\s{1,3}(?:as\s{1,3}of|on|this|of))?\s{0,3}$"
)
EFFECTIVE_BEFORE = regex.compile(
    r"(?i)effective(?:\s{1,3}(?:as\s{1,3}of|on|date\s{0,3}(?:is|of|:)?))?\s{0,3}$"
)
EFFECTIVE_AFTER = regex.compile(
    r"(?i)^\s{0,3},?\s{0,3}\(\s{0,3}(?:the\s{1,3})?[\"\u201c][^\"\u201d]{0,40}effective"
)
TERM_WORDS = regex.compile(r"(?i)\b(?:term|expir\w{0,6}|terminat\w{0,6}|renew\w{0,4}|commenc\w{0,5})\b")
SENTENCE_BREAK = regex.compile(r"[.;!?](?=\s)|\n[ \t]*\r?\n")
SENTENCE_BREAK_BACK = regex.compile(SENTENCE_BREAK.pattern, regex.REVERSE)
ANCHOR_PHRASE = regex.compile(r"[^,.;:()]{1,80}(?<=\w)(?=\W)")


@dataclass(frozen=True)
class DateMention(Span):
    value: str | None = None
    precision: str | None = None
    role: str | None = None
    blank_day: bool | None = None


@dataclass(frozen=True)
class Duration(Span):
    quantity: float | None = None
    unit: str | None = None
    anchor_text: str | None = None
    anchor_date: str | None = None


def _sentence(text: str, s: int, e: int) -> str:
    lo = max(0, s - 300)
    a = _sentence_start(text, lo, s)
    m = SENTENCE_BREAK.search(text, e, min(len(text), e + 300))
    return text[a : m.start() if m else min(len(text), e + 300)]


def _sentence_start(text: str, lo: int, s: int) -> int:
    """End of the last ``SENTENCE_BREAK`` of a forward scan of text[lo:s] (lo without one). The break
    ending rightmost, searched right to left, is that one when it is a single mark (a blank line
    found from the right may be one found from the left shifted: "\n\n\n"): no scan of 300 characters."""
    last = SENTENCE_BREAK_BACK.search(text, lo, s)
    if last is None:
        return lo
    if last.end() - last.start() == 1:
        return last.end()
    before = list(SENTENCE_BREAK.finditer(text, lo, s))
    return before[-1].end()


class _Blocks:
    """Is a position inside a signature block? Merged spans and a bisect: a test of every block
    for every date grew with blocks x dates on long exhibits."""

    def __init__(self, blocks: tuple[tuple[int, int], ...]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(blocks):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]


def _role(text: str, s: int, e: int, in_block: bool) -> str:
    if in_block:
        return "signature"
    if EFFECTIVE_BEFORE.search(text, max(0, s - 40), s) or EFFECTIVE_AFTER.match(text[e : e + 80]):
        return "effective"
    if TERM_WORDS.search(_sentence(text, s, e)):
        return "term"
    return "other"


def _dates(layout: Layout, header: Header, signatures: SignatureResult, body: TextIndex) -> list[DateMention]:
    text = body.text
    years = gd.year_spans(text)  # both date scans look near years: found once
    found = []
    for s, e in gd.find_candidates(text, years):
        parsed = gd.parse_date(text[s:e].replace("\xa0", " "))
        if parsed is not None:
            found.append((s, e, parsed))
    found = with_loose_dates(text, found, years)
    is_amendment = bool(header.kind and "amend" in header.kind)
    amended = set()
    for i, (s, e, _p) in enumerate(found):
        if header.amended_date_view == (s, e):
            amended.add(i)
        elif is_amendment and header.preamble_start_view is not None and header.preamble_end_view is not None:
            if header.preamble_start_view <= s < header.preamble_end_view and AMENDED_BEFORE.search(
                text, max(0, s - 160), s
            ):
                amended.add(i)
    if header.preamble_start_view is not None and header.preamble_end_view is not None:
        inside = [
            i
            for i, (s, _e, _p) in enumerate(found)
            if header.preamble_start_view <= s < header.preamble_end_view
        ]
        outside = header.amended_date_view is not None and not (
            header.preamble_start_view <= header.amended_date_view[0] < header.preamble_end_view
        )
        if inside and all(i in amended for i in inside) and outside:
            amended -= set(inside)  # the preamble's only date is the amendment's own date
    blocks = _Blocks(signatures.block_spans)
    rows = []
    # one call for all, column-wise (cheaper than a span() each, and than ``spans`` of pairs)
    starts, ends = layout.view.span_columns([f[0] for f in found], [f[1] for f in found])
    where = list(zip(starts, ends))
    in_block = [os_ in blocks for os_ in starts]
    agreement = agreement_index(body, layout.original, found, where, in_block, header, amended)
    for i, ((s, e, p), (os_, oe)) in enumerate(zip(found, where, strict=True)):
        if i in amended:
            role = "amended_agreement"
        elif i == agreement:
            role = "agreement"
        else:
            role = _role(text, s, e, os_ in blocks)
        rows.append(DateMention(os_, oe, layout.original[os_:oe], p.value, p.precision, role, p.blank_day))
    return rows


def _durations(layout: Layout, body: TextIndex) -> list[Duration]:
    text = body.text
    found = []
    for ms, me in gu.find_candidates(body):
        parsed = gu.parse_duration(text[ms:me].replace("\xa0", " "))
        if parsed is None:
            continue
        end, anchor_text, anchor_date = me, None, None
        rel = gu.RELATION_AFTER.match(text, me)
        if rel is not None and rel.group("relation").casefold() != "of":
            d = gd.DATE_CANDIDATE.match(text, rel.end())
            parsed_date = gd.parse_date(d.group().replace("\xa0", " ")) if d else None
            if d is not None and parsed_date is not None:
                end = d.end()
                anchor_text = " ".join(text[rel.start() : d.end()].split())
                anchor_date = parsed_date.value
            else:
                phrase = ANCHOR_PHRASE.match(text, rel.end())
                stop = phrase.end() if phrase else rel.end()
                anchor_text = " ".join(text[rel.start() : stop].split()) or None
        found.append((ms, end, parsed, anchor_text, anchor_date))
    rows = []
    # one call for all, column-wise (cheaper than a span() each, and than ``spans`` of pairs)
    starts, ends = layout.view.span_columns([f[0] for f in found], [f[1] for f in found])
    for (_s, _e, parsed, anchor_text, anchor_date), os_, oe in zip(found, starts, ends, strict=True):
        rows.append(
            Duration(os_, oe, layout.original[os_:oe], parsed.quantity, parsed.unit, anchor_text, anchor_date)
        )
    return rows


def find_dates(
    layout: Layout, header: Header, signatures: SignatureResult, body: TextIndex
) -> tuple[tuple[DateMention, ...], tuple[Duration, ...]]:
    """The date and duration mentions of the body (``body`` indexes ``layout.view.text``)."""
    return tuple(_dates(layout, header, signatures, body)), tuple(_durations(layout, body))
