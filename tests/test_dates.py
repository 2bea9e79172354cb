"""Dates and durations: the grammars on real snippets, then roles on real documents."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest
import regex
from conftest import corpus_path
from extractor.grammars import dates as gd
from extractor.grammars import durations as gu
from extractor.grammars.text_index import TextIndex
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor


class DateCase(NamedTuple):
    snippet: str  # copied from the corpus
    text: str  # the date found in it
    value: str | None
    precision: str
    blank_day: bool


DATE_CASES = [
    DateCase("dated as of December 31, 2000, by and among", "December 31, 2000", "2000-12-31", "day", False),
    DateCase(
        "Agreement  II,  dated as of March 31,  2000 ( the", "March 31,  2000", "2000-03-31", "day", False
    ),
    DateCase(
        "as of the 1st day of January, 1999, by and",
        "the 1st day of January, 1999",
        "1999-01-01",
        "day",
        False,
    ),
    DateCase(
        "made this 5th day of December, 2007, between",
        "this 5th day of December, 2007",
        "2007-12-05",
        "day",
        False,
    ),
    DateCase(
        "entered into as of the 14th day ofMay, 1999 (",
        "the 14th day ofMay, 1999",
        "1999-05-14",
        "day",
        False,
    ),
    DateCase("entered into as of September ___, 2019 (", "September ___, 2019", None, "month", True),
    DateCase("made this ____ day of March, 2018, by", "this ____ day of March, 2018", None, "month", True),
    DateCase("entered into on May 25th, 2018 by and", "May 25th, 2018", "2018-05-25", "day", False),
    # PDF extraction splits the ordinal or glues "dayof"
    DateCase(
        "entered\xa0into\xa0on the 14t h day of April, 2015 (the",
        "the 14t h day of April, 2015",
        "2015-04-14",
        "day",
        False,
    ),
    DateCase(
        '("Telnet") as of the 1s t day of June, 2004.',
        "the 1s t day of June, 2004",
        "2004-06-01",
        "day",
        False,
    ),
    DateCase(
        "entered into this 6th dayof April, 1999 by", "this 6th dayof April, 1999", "1999-04-06", "day", False
    ),
    DateCase("entered into on April 15 , 2010 (", "April 15 , 2010", "2010-04-15", "day", False),
    DateCase("effective as of1 August 2019, by and", "1 August 2019", "2019-08-01", "day", False),
    DateCase("dated 31 March 2009 between", "31 March 2009", "2009-03-31", "day", False),
    DateCase("Effective Date: Sept. 27, 2018", "Sept. 27, 2018", "2018-09-27", "day", False),
    DateCase("Date: Nov. 02, 2019", "Nov. 02, 2019", "2019-11-02", "day", False),
    DateCase("Date25/05/2008", "25/05/2008", "2008-05-25", "day", False),
    DateCase("signed 6/21/99 by", "6/21/99", "1999-06-21", "day", False),
    DateCase("on 2007-09-28 the", "2007-09-28", "2007-09-28", "day", False),
    DateCase("since September 2004 the", "September 2004", "2004-09", "month", False),
    DateCase("DECEMBER 31, 2000", "DECEMBER 31, 2000", "2000-12-31", "day", False),
]


@pytest.mark.parametrize("case", DATE_CASES, ids=[c.text for c in DATE_CASES])
def test_date_grammar(case: DateCase) -> None:
    spans = gd.find_candidates(case.snippet)
    assert [case.snippet[s:e] for s, e in spans] == [case.text]
    parsed = gd.parse_date(case.text)
    assert parsed == gd.ParsedDate(case.value, case.precision, case.blank_day)


@pytest.mark.parametrize(
    "text", ["Section 2000 of", "$2,000", "February 30, 2001", "13/13/2001", "1940 Act", "may 2000 be"]
)
def test_not_dates(text: str) -> None:
    assert all(gd.parse_date(text[s:e]) is None for s, e in gd.find_candidates(text))


def test_candidates_match_the_whole_document_scan() -> None:
    text = corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt").read_text(encoding="utf-8")
    assert gd.find_candidates(text) == [m.span() for m in gd.DATE_CANDIDATE.finditer(text)]


class DurationCase(NamedTuple):
    snippet: str
    text: str
    quantity: float
    unit: str


DURATION_CASES = [
    DurationCase("ending  fifty-one  (51) months after", "fifty-one  (51) months", 51, "month"),
    DurationCase('"forty-two  (42)  months" in', "forty-two  (42)  months", 42, "month"),
    DurationCase("no later than 30 days  prior to", "30 days", 30, "day"),
    DurationCase("within five (5) business days after", "five (5) business days", 5, "day"),
    DurationCase("one hundred twenty (120) days prior", "one hundred twenty (120) days", 120, "day"),
    DurationCase("within sixty (60) calendar days of", "sixty (60) calendar days", 60, "day"),
    DurationCase("a thirty-day period", "thirty-day", 30, "day"),
    DurationCase("for twenty-four (24) months following", "twenty-four (24) months", 24, "month"),
    DurationCase("term of one (1) year from", "one (1) year", 1, "year"),
]


@pytest.mark.parametrize("case", DURATION_CASES, ids=[c.text for c in DURATION_CASES])
def test_duration_grammar(case: DurationCase) -> None:
    spans = gu.find_candidates(TextIndex(case.snippet))
    assert [case.snippet[s:e] for s, e in spans] == [case.text]
    assert gu.parse_duration(case.text) == gu.ParsedDuration(case.quantity, case.unit)


def test_number_words() -> None:
    assert [
        gu.words_value(w) for w in ("fifty-one", "one hundred twenty", "twenty four", "zero", "lots")
    ] == [
        51,
        120,
        24,
        0,
        None,
    ]


@pytest.fixture(scope="module")
def qwest() -> extractor.Exhibit:
    return extractor.parse(corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt"))


def test_qwest_date_roles(qwest: extractor.Exhibit) -> None:
    d = qwest.dates
    assert d[d.role == "agreement"].value.tolist() == ["2000-12-31"]
    assert d[d.role == "amended_agreement"].value.tolist() == ["2000-03-31"]
    assert set(d[d.role == "term"].value) == {"2000-11-01", "2000-07-29"}
    assert all(qwest.original[r.start : r.end] == r.text for r in d.itertuples())


def test_qwest_durations(qwest: extractor.Exhibit) -> None:
    du = qwest.durations
    got = sorted(zip(du.quantity.tolist(), du.unit.tolist(), du.anchor_date.fillna("").tolist(), strict=True))
    # 51 months twice with an anchor date; the replacement text repeats "fifty-one (51) months" once more,
    # next to the old "forty-two (42) months"; 30 days before the expiration of the term.
    assert got == [
        (30.0, "day", ""),
        (42.0, "month", ""),
        (51.0, "month", ""),
        (51.0, "month", "2000-07-29"),
        (51.0, "month", "2000-11-01"),
    ]
    thirty = du[du.quantity == 30].iloc[0]
    assert thirty.anchor_text.startswith("prior to the expiration")
    assert all(qwest.original[r.start : r.end] == r.text for r in du.itertuples())


def test_blank_day_agreement_date() -> None:
    ex = extractor.parse(
        corpus_path(
            "cuad/HertzGroupRealtyTrustInc_20190920_S-11A_EX-10.8_11816941_EX-10.8_Trademark License Agreement.txt"  # noqa: E501
        )
    )
    row = ex.dates[ex.dates.role == "agreement"].iloc[0]
    assert (row.text, pd.isna(row.value), bool(row.blank_day), row.precision) == (
        "September ___, 2019",
        True,
        True,
        "month",
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="dDaAyYsSwWeEkK\u212a\u0130\u017fmonthquarterhr \n-?\u00c0\u4e00\U0001d400", max_size=80))
def test_unit_spans_match_the_unit_anchor_scan(text: str) -> None:
    """The unit words found by str.find in the lower-cased copy are UNIT_ANCHOR's matches."""
    assert gu._unit_spans(TextIndex(text)) == [m.span() for m in gu.UNIT_ANCHOR.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="aAkKsSiI?\u212a\u0130\u017f\u00c0\u00e0\u4e00\U0001d400 .-", max_size=40),
    st.text(alphabet="aAkKsSiI .-", min_size=1, max_size=3),
)
def test_ascii_lowered_finds_what_the_caseless_pattern_finds(text: str, word: str) -> None:
    """A caseless ASCII word is found in the bytes copy where (?i)word matches, as in lowered(text)."""
    from extractor.grammars import lowered
    from extractor.grammars.ascii_lowered import _make, ascii_lowered

    low = _make(text)
    assert (low is None) == (lowered(text) is None)
    assert ascii_lowered(text) == low
    if low is None:
        return
    assert len(low) == len(text)
    w = word.lower().encode("ascii")
    got = [i for i in range(len(text)) if low.startswith(w, i)]
    pattern = regex.compile("(?i)" + regex.escape(word))
    assert got == [m.start() for m in pattern.finditer(text, overlapped=True)]
    assert got == [i for i in range(len(text)) if lowered(text).startswith(word.lower(), i)]


_UNIT_PIECES = ["30", "1,000", "thirty", "ONE", "Ten", "(30)", "( 5 )", "business", "Calendar", "day", "days",
                "Day\u017f",
                "weeK", "wee\u212a", "months", "monthly", "year", "quarters", "hour", "s", "x", "the", "each", " ",
                "  ", "-", "\n", "\xa0", ",", ".", "'", "\u0663", "and", "twenty-one"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_UNIT_PIECES), max_size=10))
def test_duration_backward_is_the_candidate_reversed(pieces: list[str]) -> None:
    # the quantity-end check first finds, at both ends tried for each unit word, what the plain
    # pattern matched right to left finds
    plain = regex.compile(gu.DURATION_CANDIDATE.pattern, regex.REVERSE)
    text = "".join(pieces)
    for us, ue in gu._unit_spans(TextIndex(text)):
        for lo in (0, max(0, us - gu.WINDOW_BEFORE), us):
            for hi in (ue, min(len(text), ue + 1)):
                got, want = gu.DURATION_BACKWARD.match(text, lo, hi), plain.match(text, lo, hi)
                assert (got and got.span()) == (want and want.span())


_SENTENCE_PIECES = ["The term", " ", "expires", ".", ";", "!", "?", "\n", "\n\n", "\n \t\n", "\r\n", "\r\n\r\n",
                    "\n\n\n",
                    "\xa0", "\t", "x" * 50, "June 1, 2000", "a.b", ". "]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=16), st.integers(0, 400))
def test_sentence_start_is_the_forward_scan(pieces: list[str], back: int) -> None:
    # the right-to-left shortcut gives the end of the forward scan's last break
    from extractor.stages.dates import SENTENCE_BREAK, _sentence_start

    text = "".join(pieces) + "June 1, 2000"
    s = len(text) - 12
    lo = max(0, s - back)
    before = list(SENTENCE_BREAK.finditer(text, lo, s))
    assert _sentence_start(text, lo, s) == (before[-1].end() if before else lo)
