"""Calendar-date rules by kind of writing (grammars/dates.py) on real snippets of ../shared/corpus: a period typed
for the comma between day and year."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from extractor.grammars import dates as gd


class DateCase(NamedTuple):
    snippet: str  # copied from the corpus
    written: list[str]  # the dates found, as written
    values: list[str | None]  # their ISO values


PERIOD_CASES = [
    DateCase(  # cuad/PrecheckHealthServicesInc_20200320_8-K_EX-99.2 Distributor Agreement
        "10. This Agreement shall be in effect until March 18. 2021, unless sooner terminated by either party",
        ["March 18. 2021"], ["2021-03-18"],
    ),
    DateCase(  # cuad/SigaTechnologiesInc_20190603_8-K_EX-10.1 (a patent table)
        "containing the polymorphsFebruary 26, 2019March 23. 2031CA 2866037Canada",
        ["March 23. 2031"], ["2031-03-23"],  # (the date glued to a word before it is not read)
    ),
    # a period that ends a sentence before a number is no date's comma
    DateCase("as set forth in Section 5. 2019 Plan awards vest", [], []),
    DateCase("effective May 5.2019 x", [], []),
]


@pytest.mark.parametrize("case", PERIOD_CASES, ids=lambda c: c.snippet[:40])
def test_period_for_comma(case: DateCase) -> None:
    spans = gd.find_candidates(case.snippet)
    written = [case.snippet[a:b] for a, b in spans]
    parsed = [gd.parse_date(w) for w in written]
    assert written == case.written
    assert [p.value if p is not None else None for p in parsed] == case.values
