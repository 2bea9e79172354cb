"""A title's qualifier after its last kind word (stages/title_runs.py ``TAIL_LEADS``), on real heads.

A title may go on past its kind word with a short qualifier that closes its run: "PLAN OF MERGER"
(an "of" tail, read before), "SEVERANCE AGREEMENT AND GENERAL RELEASE", "NON COMPETITION AGREEMENT
AND RIGHT OF FIRST OFFER" (an "and" tail), "Cooperation Agreement on Mobile Game Business" (an "on"
tail). The tail is kept only when it ends the run within a few words; a long run after the kind
word (names, an address, a cover page) is no qualifier, and the title ends at its kind word.

Party names printed on lines of their own above the title are a cover block, not part of the title;
names that run on into the title on its own line are ("X, LLC and Y CORPORATION MANUFACTURING AGREEMENT").
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from extractor.stages.title_runs import best_title, preamble_name


class TailCase(NamedTuple):
    source: str  # the corpus document the head is copied from
    head: str
    title: str | None


AND_TAILS = [
    TailCase(
        "cuad/WESTERN COPPER - NON-COMPETITION AGREEMENT",
        "NON COMPETITION AGREEMENT AND RIGHT OF FIRST OFFER\n\nTHIS AGREEMENT is dated May 3,2006.\n\nBETWEEN:",
        "NON COMPETITION AGREEMENT AND RIGHT OF FIRST OFFER",
    ),
    TailCase(
        "contracts-ex10/severance__102198_2004-03-16_SEVERANCE-AGREEMENT.txt",
        "Exhibit 10.2\nSEVERANCE AGREEMENT AND GENERAL RELEASE\nThis Severance Agreement and General Release (the"
        ' "Agreement") is\nmade effective as of November 1, 2003, between Competitive',
        "SEVERANCE AGREEMENT AND GENERAL RELEASE",
    ),
    TailCase(
        "contracts-ex10/severance__352541_2005-02-09_SEVERANCE-AGREEMENT.txt (the tail on its own line)",
        "SEVERANCE AGREEMENT AND\nRELEASE\n\n\n\nThis\nSEVERANCE AGREEMENT AND RELEASE (\u201cAgreement\u201d)"
        " is entered into by and between",
        "SEVERANCE AGREEMENT AND RELEASE",
    ),
    TailCase(
        "contracts-ex10/severance__1031911_2002-04-15_SEVERANCE-AGREEMENT.txt",
        "TEMPORARY EMPLOYMENT AGREEMENT,\nSETTLEMENT AGREEMENT\nAND GENERAL RELEASE\nThis Temporary Employment"
        ' Agreement,  Settlement Agreement and  General\nRelease  ("Agreement") is made by and between',
        "TEMPORARY EMPLOYMENT AGREEMENT, SETTLEMENT AGREEMENT AND GENERAL RELEASE",
    ),
]

ON_TAILS = [
    TailCase(
        "cuad/IDREAMSKYTECHNOLOGYLTD_07_03_2014-EX-10.39-Cooperation Agreement on Mobile Game Business",
        "Cooperation Agreement on Mobile Game Business\n\nThis Cooperation Agreement on Mobile Game Business (this"
        ' "Agreement") is entered into',
        "Cooperation Agreement on Mobile Game Business",
    ),
]

NOT_A_TAIL = [
    TailCase(
        # the run after the kind word is a whole cover line (9 words and a label): the title ends at its kind word
        "cuad/Part_I__Outsourcing__ImperialGardenResortInc_20161028_DRS (on F-1)_EX-10.13 (flattened)",
        "\xa0Exhibit\xa010.13\xa0Outsourcing\xa0Contract\xa0on\xa0Development\xa0of\xa0Miaoli\xa0Royal\xa0Resort"
        "\xa0Hotel\xa0Planning\xa0Unit:\xa0Chang\xa0Chen-Bin\xa0Architects\xa0Office",
        "Outsourcing Contract",
    ),
    TailCase(
        # the run goes on past the qualifier into a company name: more than a tail, so no tail
        "contracts-ex10/severance__898684_2008-03-31_SEVERANCE-AGREEMENT.txt",
        "EXHIBIT 10.25\n\nSEVERANCE AGREEMENT AND GENERAL RELEASE\n\nFINLAY FINE JEWELRY CORPORATION, its parent"
        " corporation, affiliates",
        "SEVERANCE AGREEMENT",
    ),
    TailCase(
        "contracts-ex10/employment__1051067_1999-11-15 (a date line after the kind word)",
        "EXHIBIT 10.16\nExecutive Employment Agreement & General Release, dated August 23, 1999,\nbetween the Company",
        "Executive Employment Agreement",
    ),
]


@pytest.mark.parametrize("case", AND_TAILS + ON_TAILS + NOT_A_TAIL, ids=lambda c: c.source[:70])
def test_title_tail_after_the_kind_word(case: TailCase) -> None:
    run = best_title(case.head, 0, len(case.head))
    assert (run.title if run else None) == case.title
    if run is not None:  # the span ends with the title's last word
        assert case.head[run.start : run.end].split()[-1] == case.title.split()[-1]


class NameCase(NamedTuple):
    source: str
    head: str
    name: list[str]


PREAMBLE_NAMES = [
    NameCase(
        "contracts-ex10/employment__1051067_1999-11-15_EXECUTIVE-EMPLOYMENT-AGREEMENT-DATED-8-23-99.txt",
        'THIS Employment Agreement and General Release (this "Agreement") is entered into\nby Max Toghraie',
        ["employment", "agreement", "and", "general", "release"],
    ),
    NameCase(
        "cuad/IDREAMSKYTECHNOLOGYLTD_07_03_2014-EX-10.39-Cooperation Agreement on Mobile Game Business",
        'This Cooperation Agreement on Mobile Game Business (this "Agreement") is entered into',
        ["cooperation", "agreement", "on", "mobile", "game", "business"],
    ),
]


@pytest.mark.parametrize("case", PREAMBLE_NAMES, ids=lambda c: c.source[:70])
def test_preamble_name_keeps_the_tail(case: NameCase) -> None:
    # the preamble's name of the document picks the title candidate with the same words
    assert preamble_name(case.head, 0) == case.name


NAMES_ABOVE = [
    TailCase(
        # both parties printed on lines of their own above the title: a cover block, not the title
        "cuad/PACIRA PHARMACEUTICALS, INC. - A_R STRATEGIC LICENSING, DISTRIBUTION AND MARKETING AGREEMENT",
        "DATED: OCTOBER 15, 2009\n\nPACIRA PHARMACEUTICALS, INC.\n\nand\n\nEKR THERAPEUTICS, INC.        AMENDED AND"
        " RESTATED   STRATEGIC LICENSING, DISTRIBUTION AND MARKETING AGREEMENT\n\n\n\n\n\nTHIS AMENDED AND RESTATED",
        "AMENDED AND RESTATED STRATEGIC LICENSING, DISTRIBUTION AND MARKETING AGREEMENT",
    ),
    TailCase(
        "cuad/WASTE2ENERGYHOLDINGS,INC_06_03_2010-EX-10.2-STRATEGIC ALLIANCE AGREEMENT",
        "Exhibit 10.2    SHBV (HONG KONG) LTD.     and     WASTE2ENERGY GROUP HOLDINGS PLC\n\n   STRATEGIC ALLIANCE"
        " AGREEMENT\n\n   1\n\n        THIS AGREEMENT IS MADE ON THE 19  DAY OF MAY , 2010",
        "STRATEGIC ALLIANCE AGREEMENT",
    ),
    TailCase(
        # the names run on into the title on one line: a title naming both parties keeps them
        "cuad/BellringBrandsInc_20190920_S-1_EX-10.12_11817081_EX-10.12_Manufacturing Agreement1",
        "STREMICK HERITAGE FOODS, LLC and PREMIER NUTRITION CORPORATION MANUFACTURING AGREEMENT\n\nTHIS"
        ' MANUFACTURING AGREEMENT (the "Agreement") is made this first day of July, 2017',
        "STREMICK HERITAGE FOODS, LLC and PREMIER NUTRITION CORPORATION MANUFACTURING AGREEMENT",
    ),
]


@pytest.mark.parametrize("case", NAMES_ABOVE, ids=lambda c: c.source[:70])
def test_party_names_above_the_title(case: TailCase) -> None:
    run = best_title(case.head, 0, len(case.head))
    assert (run.title if run else None) == case.title
