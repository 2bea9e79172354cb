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
from collections.abc import Iterator
from typing import NamedTuple

import pyparsing as pp

from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from . import vocabulary


def _months() -> dict[str, int]:
    return {w.casefold(): i for i, line in enumerate(vocabulary("months"), start=1) for w in line.split()}


MONTHS = _months()
_MONTH_ALT = "|".join(
    f"{w.capitalize()}|{w.upper()}" for w in sorted(MONTHS, key=lambda w: (-len(w), w))
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

# Both candidates end with a year: they are searched only just before each year, found by two scans
# from a literal (~10x faster than either pattern's scan of the whole text). The longest stretch each
# can span before its year's end (a filled date's leading underscores aside):
_MONTH_CHARS = max(map(len, MONTHS)) + 1  # "September."
_DAY_CHARS = 4  # "31st"
GLUED_REACH = _MONTH_CHARS + 3 + _DAY_CHARS + 1 + 3 + 4
FILLED_REACH = _DAY_CHARS + 20 + 3 + 20 + 2 + 120 + _MONTH_CHARS + 20 + 1 + 20 + 4
YEAR_SCANS = (regex.compile(r"20\d\d(?![0-9])"), regex.compile(r"1[89]\d\d(?![0-9])"))  # YEAR_RE's two
NOT_UNDERSCORE = regex.compile(r"[^_]")
NOT_UNDERSCORE_BACK = regex.compile(r"[^_]", regex.REVERSE)  # searched right to left: the last one first


def _year_ends(text: str, years: list[tuple[int, int]] | None = None) -> list[int]:
    r"""Where every YEAR_RE match ends, in order (two matches never overlap: a year is followed by no digit).
    ``years``: every span of ``(?:1[89]|20)\d\d``, overlapping ones too (``dates.year_spans``), when the
    caller has them: the matches are those followed by no digit."""
    if years is None:
        return sorted(m.end() for p in YEAR_SCANS for m in p.finditer(text))
    return sorted(e for _s, e in years if not "0" <= text[e : e + 1] <= "9")


def near_years(pattern: regex.Pattern[str], text: str, ends: list[int], reach: int,
               underscores: bool = False) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match ends with a YEAR_RE match and starts
    at most ``reach`` characters before its end (``underscores``: the pattern opens with a possessive
    ``_*+``, and a match may also start where a run of "_" reaching that far begins). Each window ends
    one character past its year, so the year's look-ahead sees the text as the whole-text scan does;
    a match spans no other year, so none is found early or overlapping."""
    last = 0
    run = (0, 0)  # text[run[0]:run[1]] is underscores and run[0] starts their run (windows move right)
    for e in ends:
        lo = max(last, e - reach)
        if underscores and lo > last and text[lo - 1] == "_":
            # the match may begin where the run of underscores holding lo - 1 begins (or at ``last``)
            if not run[0] < lo <= run[1]:
                if run[1] > run[0] and NOT_UNDERSCORE.search(text, run[1], lo) is None:
                    run = (run[0], lo)  # the known run goes on up to lo
                else:
                    stop = NOT_UNDERSCORE_BACK.search(text, 0, lo)
                    run = (stop.end() if stop is not None else 0, lo)
            lo = max(last, run[0])
        hi = min(len(text), e + 1)
        if underscores and text.startswith("_", lo):
            # every start inside a run of underscores reads on to its end alike: one try stands for all
            # of them (a search would try each, reading the rest of the run every time)
            m = pattern.match(text, lo, hi)
            if m is None:
                after = NOT_UNDERSCORE.search(text, lo, hi)
                m = pattern.search(text, after.start(), hi) if after is not None else None
        else:
            m = pattern.search(text, lo, hi)
        if m is not None:
            yield m
            last = m.end()


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


def find_loose(text: str, years: list[tuple[int, int]] | None = None) -> list[LooseDate]:
    """Filled-in and glued dates of a whole document, in order (``years``: as ``_year_ends`` takes them)."""
    out: list[LooseDate] = []
    ends = _year_ends(text, years)
    for pattern, filled in ((FILLED_CANDIDATE, True), (GLUED_CANDIDATE, False)):
        scan = near_years(pattern, text, ends, FILLED_REACH if filled else GLUED_REACH, underscores=filled)
        for m in scan:
            if filled and not FILLED_MARK.search(m.group().lstrip("_")):
                continue  # plain "3rd day of June, 1997": the calendar grammar reads it
            value = parse_loose(m.group())
            if value is not None:
                out.append(LooseDate(m.start(), m.end(), value))
    return sorted(out)
