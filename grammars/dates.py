"""Calendar dates as contracts write them.

BNF::

    date          ::= day_of_month | month_day_year | day_month_year | iso_date | numeric_date | month_year
    day_of_month  ::= ["the"] (day [ordinal] | blank) "day of" month [","] year
    month_day_year::= month ["."] (day [ordinal] | blank) ["," | "."] year     ("March 18. 2021": a typo)
    day_month_year::= day [ordinal] month [","] year
    iso_date      ::= yyyy "-" mm "-" dd
    numeric_date  ::= mm "/" dd "/" (yyyy | yy)
    month_year    ::= month [","] year
    month         ::= January | Jan | ... (vocab/months.txt; Title or UPPER case)
    blank         ::= "_"+ | "[" "_"* "]" | spaces before ","

``DATE_CANDIDATE`` (a compiled ``regex``) finds candidate spans in a whole
document; ``parse_date`` runs the grammar, compiled into one pattern (``MATCH``),
on one candidate only, and ``date_value`` reads its results names. Text that lost
its line breaks glues words together ("the 14th day ofMay, 1999"), so the
month may follow "of" with no space. Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

import pyparsing as pp

from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from . import vocabulary
from .compile import compile_grammar


def _months() -> dict[str, int]:
    out: dict[str, int] = {}
    for i, line in enumerate(vocabulary("months"), start=1):
        for word in line.split():
            out[word.casefold()] = i
    return out


MONTHS = _months()
_MONTH_WORDS = sorted(MONTHS, key=lambda w: (-len(w), w))
_MONTH_ALT = "|".join(f"{w.capitalize()}|{w.upper()}" for w in _MONTH_WORDS)
MONTH_RE = rf"(?:{_MONTH_ALT})(?![a-z])\.?"
# "14th", and "14t h" / "1s t" as PDF extraction splits them
DAY_RE = r"(?:[0-3]?\d)(?:\s?(?:s\s?t|n\s?d|r\s?d|t\s?h|ST|ND|RD|TH))?(?![0-9])"
BLANK_RE = r"(?:_{1,15}|\[[ _]{0,12}\]|[ \t]{2,10}(?=,))"
YEAR_RE = r"(?:1[89]\d\d|20\d\d)(?![0-9])"
DIGITS = regex.compile(r"\d+")

# -- terminals -----------------------------------------------------------------
DAY_OF_RE = r"day\s{0,3}of"  # caseless
ISO_RE = r"(?P<year>\d{4})-(?P<mm>\d{2})-(?P<dd>\d{2})"
NUMERIC_RE = r"(?P<mm>\d{1,2})/(?P<dd>\d{1,2})/(?P<yy>\d{4}|\d{2})"

month = pp.Regex(MONTH_RE).set_name("month")
day = pp.Regex(DAY_RE).set_name("day")
blank = pp.Regex(BLANK_RE).set_name("blank")
year = pp.Regex(YEAR_RE).set_name("year")
comma = pp.Suppress(pp.Opt(","))
the = pp.Suppress(pp.Opt(pp.CaselessKeyword("the") | pp.CaselessKeyword("this")))
day_of_words = pp.Regex(rf"(?i){DAY_OF_RE}").set_name("day_of")
day_of = pp.Suppress(day_of_words)

day_of_month = (
    the + (day("day") | blank("blank")) + day_of + month("month") + comma + year("year")
).set_name("day_of_month")
# a period typed for the comma: "until March 18. 2021"
comma_or_period = pp.Suppress(pp.Opt(pp.Regex(r",|\.(?=[ \t\xa0]\s{0,7}(?:1[89]|20)\d\d)"))).set_name("comma_or_period")
month_day_year = (month("month") + (day("day") | blank("blank")) + comma_or_period + year("year")).set_name(
    "month_day_year"
)
day_month_year = (day("day") + month("month") + comma + year("year")).set_name("day_month_year")
iso_date = pp.Regex(ISO_RE).set_name("iso_date")
numeric_date = pp.Regex(NUMERIC_RE).set_name("numeric_date")
month_year = (month("month") + comma + year("year")).set_name("month_year")

date = (
    (day_of_month | month_day_year | day_month_year | iso_date | numeric_date | month_year)
    .set_name("date")
    .parse_with_tabs()
)

# The whole candidate is one date: what ``parse_date`` runs, compiled into one pattern.
date_line = (date + pp.StringEnd()).set_name("date_line").parse_with_tabs()
MATCH = compile_grammar(date_line)


# -- candidate scan over a whole document ----------------------------------------
DATE_CANDIDATE = regex.compile(
    rf"""(?x)
    (?:(?<![A-Za-z])(?:the|this|THE|THIS)\s{{1,3}})?(?:{DAY_RE}|{BLANK_RE})\s{{0,3}}(?i:day)\s{{0,3}}(?i:of)\s{{0,3}}{MONTH_RE}\s{{0,8}},?\s{{0,8}}{YEAR_RE}
    | (?<![A-Za-z]){MONTH_RE}\s{{0,3}}(?:{DAY_RE}|{BLANK_RE})\s{{0,8}}(?:,|\.(?=[ \t\xa0]))?\s{{0,8}}{YEAR_RE}
    | (?<![0-9]){DAY_RE}\s{{1,3}}{MONTH_RE}\s{{0,8}},?\s{{0,8}}{YEAR_RE}
    | (?<![0-9/.-])(?:1[89]|20)\d\d-[01]\d-[0-3]\d(?![0-9-])
    | (?<![0-9/.-])[0-3]?\d/[0-3]?\d/(?:\d{{4}}|\d{{2}})(?![0-9/])
    | (?:(?<![A-Za-z])|(?<=of)){MONTH_RE}\s{{0,8}},?\s{{0,8}}{YEAR_RE}
    """
)


# Every date holds a year (or a d/d/yy triple): find those first (fast), then match around them.
# (plain literals first: a leading look-behind or optional part would be tried at every position)
YEAR_ANCHOR = regex.compile(r"(?:1[89]|20)\d\d|\d/\d{1,2}/\d\d")
# The same pattern matched right to left from the year: ~3x faster than trying it at every window position.
DATE_BACKWARD = regex.compile(DATE_CANDIDATE.pattern, regex.REVERSE)
WINDOW_BEFORE = 70
WINDOW_AFTER = 8
# Every date holds a month name, "-" or "/": a window without one cannot hold a date around its year.
MONTH_OR_SEPARATOR = regex.compile(rf"{_MONTH_ALT}|[-/]")


# YEAR_ANCHOR's alternatives scanned apart, each from a literal (~10x faster than the alternation);
# every start of each is found, then merged as the alternation would pick them.
YEAR_SCANS = (regex.compile(r"20\d\d"), regex.compile(r"1[89]\d\d"))
SLASH_SCAN = regex.compile(r"/\d{1,2}/\d\d")  # YEAR_ANCHOR's "\d/\d{1,2}/\d\d" from its slash
DIGIT = regex.compile(r"\d")


def year_spans(text: str) -> list[tuple[int, int]]:
    r"""Every span of ``(?:1[89]|20)\d\d`` in ``text``, overlapping ones too (not in order): one scan
    from each alternative's literal, made once per document for ``find_candidates`` and
    ``loose_dates.find_loose`` (both look near years)."""
    return [m.span() for p in YEAR_SCANS for m in p.finditer(text, overlapped=True)]


def _year_anchors(text: str, years: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """``YEAR_ANCHOR.finditer`` spans: leftmost first, a year before a d/d/yy at the same start
    (``years``: ``year_spans(text)``, when the caller has them)."""
    found = [(s, 0, e) for s, e in (year_spans(text) if years is None else years)]
    found += [
        (m.start() - 1, 1, m.end())
        for m in SLASH_SCAN.finditer(text, overlapped=True)
        if m.start() > 0 and DIGIT.match(text, m.start() - 1)
    ]
    out: list[tuple[int, int]] = []
    last = 0
    for s, _alt, e in sorted(found):
        if s >= last:
            out.append((s, e))
            last = e
    return out


def find_candidates(text: str, years: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of date candidates in a whole document (``DATE_CANDIDATE`` run only near a year;
    ``years``: ``year_spans(text)``, when the caller has them)."""
    out: list[tuple[int, int]] = []
    last = 0
    for a_start, a_end in _year_anchors(text, years):
        if a_start < last:
            continue
        lo = max(last, a_start - WINDOW_BEFORE)
        hi = min(len(text), a_end + WINDOW_AFTER)
        if not MONTH_OR_SEPARATOR.search(text, lo, hi):
            continue  # most years that are not dates ("Section 2001", "$2,000,000")
        for m in DATE_BACKWARD.finditer(text, lo, hi):
            if m.start() <= a_start and m.end() >= a_end:
                out.append(m.span())
                last = m.end()
                break
            if m.end() < a_end:
                break
    return out


class ParsedDate(NamedTuple):
    value: str | None  # ISO date (day precision), yyyy-mm (month precision), or None
    precision: str  # day | month | year
    blank_day: bool


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _day(s: str) -> int:
    return int(DIGITS.match(s).group())


def date_value(v: Mapping[str, str | None]) -> ParsedDate | None:
    """The date ``date_line``'s results names (``MATCH.values``) describe; None when no real date."""
    mm_text, dd_text, yy = v["mm"], v["dd"], v["yy"]
    if mm_text is not None and dd_text is not None:  # iso_date or numeric_date
        mm, dd = int(mm_text), int(dd_text)
        if yy is not None:
            y = int(yy) if len(yy) == 4 else (2000 + int(yy) if int(yy) < 50 else 1900 + int(yy))
            if mm > 12 >= dd:  # 25/05/2018: day first
                mm, dd = dd, mm
        else:
            y = int(v["year"] or "")
        iso = _iso(y, mm, dd)
        return ParsedDate(iso, "day", False) if iso else None
    y = int(v["year"] or "")
    mo = MONTHS[(v["month"] or "").rstrip(".").casefold()]
    if v["blank"] is not None:
        return ParsedDate(None, "month", True)
    if v["day"] is not None:
        iso = _iso(y, mo, _day(v["day"]))
        return ParsedDate(iso, "day", False) if iso else None
    return ParsedDate(f"{y:04d}-{mo:02d}", "month", False)


@lru_cache(maxsize=8192)  # dates recur within and across documents: 2k distinct of 5k
def parse_date(text: str) -> ParsedDate | None:
    """Parse one candidate (as found by ``DATE_CANDIDATE``); None when it is not a real date."""
    m = MATCH.match(text)
    return None if m is None else date_value(MATCH.values(m))
