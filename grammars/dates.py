"""Calendar dates as contracts write them.

BNF::

    date          ::= day_of_month | month_day_year | day_month_year | iso_date | numeric_date | month_year
    day_of_month  ::= ["the"] (day [ordinal] | blank) "day of" month [","] year
    month_day_year::= month ["."] (day [ordinal] | blank) [","] year
    day_month_year::= day [ordinal] month [","] year
    iso_date      ::= yyyy "-" mm "-" dd
    numeric_date  ::= mm "/" dd "/" (yyyy | yy)
    month_year    ::= month [","] year
    month         ::= January | Jan | ... (vocab/months.txt; Title or UPPER case)
    blank         ::= "_"+ | "[" "_"* "]" | spaces before ","

``DATE_CANDIDATE`` (a compiled ``regex``) finds candidate spans in a whole
document; ``parse_date`` runs the grammar on one candidate only. Text that lost
its line breaks glues words together ("the 14th day ofMay, 1999"), so the
month may follow "of" with no space. Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import NamedTuple

import pyparsing as pp
import regex

from . import vocabulary


def _months() -> dict[str, int]:
    out: dict[str, int] = {}
    for i, line in enumerate(vocabulary("months"), start=1):
        for word in line.split():
            out[word.casefold()] = i
    return out


MONTHS = _months()
_MONTH_WORDS = sorted(MONTHS, key=len, reverse=True)
_MONTH_ALT = "|".join(f"{w.capitalize()}|{w.upper()}" for w in _MONTH_WORDS)
MONTH_RE = rf"(?:{_MONTH_ALT})(?![a-z])\.?"
# "14th", and "14t h" / "1s t" as PDF extraction splits them
DAY_RE = r"(?:[0-3]?\d)(?:\s?(?:s\s?t|n\s?d|r\s?d|t\s?h|ST|ND|RD|TH))?(?![0-9])"
BLANK_RE = r"(?:_{1,15}|\[[ _]{0,12}\]|[ \t]{2,10}(?=,))"
YEAR_RE = r"(?:1[89]\d\d|20\d\d)(?![0-9])"
DIGITS = regex.compile(r"\d+")

# -- terminals -----------------------------------------------------------------
DAY_OF_RE = r"day\s{0,3}of"  # caseless


def _iso_re(p: str = "") -> str:
    return rf"(?P<{p}year>\d{{4}})-(?P<{p}mm>\d{{2}})-(?P<{p}dd>\d{{2}})"


def _numeric_re(p: str = "") -> str:
    return rf"(?P<{p}mm>\d{{1,2}})/(?P<{p}dd>\d{{1,2}})/(?P<{p}yy>\d{{4}}|\d{{2}})"


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
month_day_year = (month("month") + (day("day") | blank("blank")) + comma + year("year")).set_name(
    "month_day_year"
)
day_month_year = (day("day") + month("month") + comma + year("year")).set_name("day_month_year")
iso_date = pp.Regex(_iso_re()).set_name("iso_date")
numeric_date = pp.Regex(_numeric_re()).set_name("numeric_date")
month_year = (month("month") + comma + year("year")).set_name("month_year")

date = (
    (day_of_month | month_day_year | day_month_year | iso_date | numeric_date | month_year)
    .set_name("date")
    .parse_with_tabs()
)

# ``date`` (parsed to the end of the text) as one terminal whose token is the match: one pyparsing call
# instead of ~30 (2k distinct candidates, each parsed once). Each terminal is an atomic group, as
# pyparsing never backtracks into a terminal it matched, and so is each ordered choice (the first
# alternative that matches wins); whitespace is skipped before each part as pyparsing skips it (the
# same characters, possessively). A caseless keyword is its letters by what ``str.upper`` maps to them
# ("\u0131" is an "I"), not followed by what maps to a keyword character. Groups are named
# <alternative>_<field>. Tested against ``date``.
_SKIP = "[" + "".join(f"\\x{ord(c):02x}" for c in sorted(date.whiteChars)) + "]*+"
assert all(
    e.whiteChars == date.whiteChars
    for e in (day_of_month, month_day_year, day_month_year, month_year, month, day, blank, year, day_of_words)
)
_NOT_KEYWORD_CHAR = r"(?![0-9A-Za-z_$\u0131\u017f])"  # what upper-cases to one of Keyword.DEFAULT_KEYWORD_CHARS
_THE_OR_THIS = rf"(?:[Tt][Hh][Ee]{_NOT_KEYWORD_CHAR}|[Tt][Hh][Ii\u0131][Ss\u017f]{_NOT_KEYWORD_CHAR})?"


def _seq(*parts: str) -> str:
    return "".join(f"{_SKIP}(?>{p})" for p in parts)


def _fields(a: str) -> dict[str, str]:
    return {
        "month": rf"(?P<{a}_month>{MONTH_RE})",
        "day_or_blank": rf"(?P<{a}_day>{DAY_RE})|(?P<{a}_blank>{BLANK_RE})",
        "day": rf"(?P<{a}_day>{DAY_RE})",
        "year": rf"(?P<{a}_year>{YEAR_RE})",
    }


_dom = _fields("day_of_month")
_mdy = _fields("month_day_year")
_dmy = _fields("day_month_year")
_my = _fields("month_year")
_ALTERNATIVES = {
    "day_of_month": _seq(_THE_OR_THIS, _dom["day_or_blank"], f"(?i:{DAY_OF_RE})", _dom["month"], ",?", _dom["year"]),
    "month_day_year": _seq(_mdy["month"], _mdy["day_or_blank"], ",?", _mdy["year"]),
    "day_month_year": _seq(_dmy["day"], _dmy["month"], ",?", _dmy["year"]),
    "iso_date": _seq(_iso_re("iso_date_")),
    "numeric_date": _seq(_numeric_re("numeric_date_")),
    "month_year": _seq(_my["month"], ",?", _my["year"]),
}
date_match = (
    pp.Regex(
        _SKIP + "(?>" + "|".join(f"(?P<{a}>{p})" for a, p in _ALTERNATIVES.items()) + rf"){_SKIP}\Z",
        as_match=True,
    )
    .set_name("date")
    .parse_with_tabs()
)


# -- candidate scan over a whole document ----------------------------------------
DATE_CANDIDATE = regex.compile(
    rf"""(?x)
    (?:(?<![A-Za-z])(?:the|this|THE|THIS)\s{{1,3}})?(?:{DAY_RE}|{BLANK_RE})\s{{0,3}}(?i:day)\s{{0,3}}(?i:of)\s{{0,3}}{MONTH_RE}\s{{0,8}},?\s{{0,8}}{YEAR_RE}
    | (?<![A-Za-z]){MONTH_RE}\s{{0,3}}(?:{DAY_RE}|{BLANK_RE})\s{{0,8}},?\s{{0,8}}{YEAR_RE}
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


def _year_anchors(text: str) -> list[tuple[int, int]]:
    """``YEAR_ANCHOR.finditer`` spans: leftmost first, a year before a d/d/yy at the same start."""
    found = [(m.start(), 0, m.end()) for p in YEAR_SCANS for m in p.finditer(text, overlapped=True)]
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


def find_candidates(text: str) -> list[tuple[int, int]]:
    """Spans of date candidates in a whole document (``DATE_CANDIDATE`` run only near a year)."""
    out: list[tuple[int, int]] = []
    last = 0
    for a_start, a_end in _year_anchors(text):
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


@lru_cache(maxsize=8192)  # dates recur within and across documents: 2k distinct of 5k
def parse_date(text: str) -> ParsedDate | None:
    """Parse one candidate (as found by ``DATE_CANDIDATE``); None when it is not a real date."""
    try:
        m = date_match.parse_string(text)[0]
    except pp.ParseException:
        return None
    a = m.lastgroup  # the alternative: its group closes after its fields'
    if a in ("iso_date", "numeric_date"):
        mm, dd = int(m[f"{a}_mm"]), int(m[f"{a}_dd"])
        if a == "numeric_date":
            yy = m["numeric_date_yy"]
            y = int(yy) if len(yy) == 4 else (2000 + int(yy) if int(yy) < 50 else 1900 + int(yy))
            if mm > 12 >= dd:  # 25/05/2018: day first
                mm, dd = dd, mm
        else:
            y = int(m["iso_date_year"])
        v = _iso(y, mm, dd)
        return ParsedDate(v, "day", False) if v else None
    y = int(m[f"{a}_year"])
    mo = MONTHS[m[f"{a}_month"].rstrip(".").casefold()]
    if a in ("day_of_month", "month_day_year") and m[f"{a}_blank"] is not None:
        return ParsedDate(None, "month", True)
    if a != "month_year" and m[f"{a}_day"] is not None:
        v = _iso(y, mo, _day(m[f"{a}_day"]))
        return ParsedDate(v, "day", False) if v else None
    return ParsedDate(f"{y:04d}-{mo:02d}", "month", False)
