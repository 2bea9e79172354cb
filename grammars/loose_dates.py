"""Dates the calendar grammar (``dates.py``) does not see: filled-in blanks and glued months.

BNF::

    filled_date ::= day [suffix] fill "day" fill "of" fill month fill [","] fill year
    glued_date  ::= month day [suffix] [","] year          (the month glued to the word before it)
    fill        ::= ("_" | "-" | white space)*             (a form's blank lines, written over)
    month       ::= January | Jan | ... (vocab/months.txt)

"_3rd___ day of __June_____, 1997" (a form filled in by hand), "this 1st day of --- November,
2003", and "AGREEMENTJuly 20, 2018" (text that lost its line breaks). A compiled ``regex`` finds
the candidates; ``parse_loose`` reads one with the grammar. Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pyparsing as pp

from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from . import vocabulary


def _months() -> dict[str, int]:
    return {w.casefold(): i for i, line in enumerate(vocabulary("months"), start=1) for w in line.split()}


MONTHS = _months()
_MONTH_ALT = "|".join(
    f"{w.capitalize()}|{w.upper()}" for w in sorted(MONTHS, key=len, reverse=True)
)
MONTH_RE = rf"(?:{_MONTH_ALT})(?![a-z])\.?"
DAY_RE = r"[0-3]?\d(?:st|nd|rd|th|ST|ND|RD|TH)?(?![0-9])"
YEAR_RE = r"(?:1[89]\d\d|20\d\d)(?![0-9])"
FILL_RE = r"[_\-\s]"

fill = pp.Suppress(pp.Regex(rf"{FILL_RE}*")).set_name("fill")
day = pp.Regex(DAY_RE).set_name("day")
month = pp.Regex(MONTH_RE).set_name("month")
year = pp.Regex(YEAR_RE).set_name("year")
day_of = (pp.CaselessKeyword("day") + fill + pp.CaselessKeyword("of")).set_name("day_of")
comma = pp.Suppress(pp.Opt(","))
filled_date = (
    pp.Suppress(pp.Regex(r"_*")) + day("day") + fill + pp.Suppress(day_of) + fill + month("month") + fill + comma
    + fill + year("year")
).set_name("filled_date")
glued_date = (month("month") + day("day") + comma + year("year")).set_name("glued_date")
loose_date = (filled_date | glued_date).set_name("loose_date").parse_with_tabs()

# candidates: a day before "day of" with blanks or dashes around; a month glued to a letter
# (the lookahead states what the pattern opens with, so the scan skips every other position: 5x faster)
FILLED_CANDIDATE = regex.compile(
    rf"(?=[_0-9])_*+{DAY_RE}{FILL_RE}{{0,20}}+(?i:day){FILL_RE}{{1,20}}+(?i:of){FILL_RE}{{1,120}}+{MONTH_RE}"
    rf"{FILL_RE}{{0,20}}+,?{FILL_RE}{{0,20}}+{YEAR_RE}"
)
GLUED_CANDIDATE = regex.compile(rf"(?<=[A-Za-z]){MONTH_RE}[ \t\xa0]{{0,3}}{DAY_RE},?[ \t\xa0]{{0,3}}{YEAR_RE}")
FILLED_MARK = regex.compile(r"_|-")


class LooseDate(NamedTuple):
    start: int
    end: int
    value: str  # ISO date


def parse_loose(text: str) -> str | None:
    """The ISO date of one candidate, or None (no such day)."""
    try:
        r = loose_date.parse_string(text.replace("\xa0", " "), parse_all=True)
    except pp.ParseException:
        return None
    d = int(regex.match(r"\d+", r["day"]).group())
    m = MONTHS[r["month"].rstrip(".").casefold()]
    try:
        return dt.date(int(r["year"]), m, d).isoformat()
    except ValueError:
        return None


def find_loose(text: str) -> list[LooseDate]:
    """Filled-in and glued dates of a whole document, in order."""
    out: list[LooseDate] = []
    for pattern, filled in ((FILLED_CANDIDATE, True), (GLUED_CANDIDATE, False)):
        for m in pattern.finditer(text):
            if filled and not FILLED_MARK.search(m.group().lstrip("_")):
                continue  # plain "3rd day of June, 1997": the calendar grammar reads it
            value = parse_loose(m.group())
            if value is not None:
                out.append(LooseDate(m.start(), m.end(), value))
    return sorted(out)
