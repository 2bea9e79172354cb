"""Agreement-date rules by kind of wording (extractor/stages/agreement_date.py), each kind on real snippets of
../shared/corpus: another agreement named with its parties' aliases before "dated", the testimonium
written "in witness thereof", and a "Place, date" signing line above the signatures."""

from __future__ import annotations

from typing import NamedTuple

import pytest

import extractor
from extractor.stages import agreement_date as ad


def _agreement(text: str) -> str | None:
    ex = extractor.parse(text.encode(), name="snippet.txt")
    dates = ex.columns("dates")
    values = [v for v, r in zip(dates["value"], dates["role"], strict=True) if r == "agreement"]
    return values[0] if values else None


class DateCase(NamedTuple):
    source: str  # where the snippet comes from
    text: str
    agreement: str | None


# Another agreement named with its parties (and their aliases) before "dated": a reference, not this
# document's date; the signatures' date is.
REFERENCE_CASES = [
    DateCase(
        "cuad/CardlyticsInc_20180112_S-1_EX-10.16_11002987_EX-10.16_Maintenance Agreement3",
        "Supplier Telephone:  888.798.5802  Addendum Effective Date  March 3, 2011\n\nThis Schedule (\"Schedule\") is"
        " made as of the effective date set forth above to that Software License, Customization, and Maintenance"
        " Agreement, by and between Cardlytics, Inc. (\"Supplier\") and Bank of America, N. A, (\"Bank of America\"),"
        " dated November 5, 2010, as amended (\"SLCMA\"). Each capitalized term used but not defined herein shall"
        " have the meaning assigned in the SLCMA.\n\nThe attached Schedule [A] is hereby incorporated into the SLCMA"
        " describing the Offer Placement System Software for use by Bank of America.\n\nTHE FOREGOING IS UNDERSTOOD"
        " AND AGREED TO BY:   Cardlytics, Inc. (\"Supplier\")   Bank of America, N.A. (\"Bank of America\")\n\nBy:"
        "  /s/ Scott Grimes  By:  /s/ Chandra Torrence\n\nName: Scott Grimes  Name: Chandra Torrence\n\nTitle:  Chief"
        " Executive Officer  Title:  V.P., Sourcing Manager\n\nDate:  3/4/11  Date:  3/3/11    1.\n",
        "2011-03-04",
    ),
    DateCase(
        "edgar-exhibits/BYM_0001193125-09-089584_2 (a letter ending an agreement; its own date is the 'Dated:' line)",
        "Re: Termination of Aircraft Time Sharing Agreement\n\nDear Jim:\n\nReference is hereby made to the Amended and"
        " Restated Aircraft Time Sharing Agreement dated June 12, 2008, by and between you and Bristol-Myers Squibb"
        " Company. This letter confirms that the agreement is terminated.\n\nBRISTOL-MYERS SQUIBB COMPANY\n\nBy: /s/"
        " Sandra Leung\n      Name: Sandra Leung              Title: Senior Vice President and General Counsel\nThe"
        " foregoing accurately reflects our understanding that the Amended and Restated Aircraft Time Sharing"
        " Agreement dated June 12, 2008 is hereby terminated.\nDated: April 21, 2009               /s/ James M."
        " Cornelius\n",
        "2009-04-21",
    ),
]

# "in witness thereof": the date on the signature page after it.
WITNESS_CASES = [
    DateCase(
        "cuad/ImperialGardenResortInc_20161028_DRS (on F-1)_EX-10.13_9963189_EX-10.13_Outsourcing Agreement",
        "Outsourcing Contract on Development of Miaoli Royal Resort Hotel   The Covenanter: The HUANG JIA Country"
        " CLUB and Recreation Inc. (hereinafter referred to as Party A) and the Covenanter: Chang Chen- Bin Architects"
        " Office (hereinafter referred to as Party B) hereby agree to establish the following terms.\n\n"
        "Article XII. The Contract shall be made in duplicate and Party A and Party B shall hold a copy respectively in"
        " witness thereof.   Covenanters Party A: The HUANG JIA Country CLUB and Recreation Inc. Address: Floor 4, No."
        " 106, Zhouzi Street, Neihu District, Taipei City Tel: 02-26582502   Party B:Chang Chen-Bin Architects Office"
        " Unified No: 95822673 Address: No. 1, Floor 10, No. 575, Jinhwa Road, Bei District, Taichung City Tel:"
        " 04-22373588 Fax: 04-22373388   October 29, 2015\n\n",
        "2015-10-29",
    ),
]


# "Place, date" on its own line above the signatures: the date the parties signed on (no date in the preamble).
PLACE_DATE_CASES = [
    DateCase(
        "cuad/ULTRAGENYXPHARMACEUTICALINC_12_23_2013-EX-10.9-SUPPLY AGREEMENT",
        "SUPPLY AGREEMENT\n\nbetween\n\nCREMER OLEO GmbH & Co KG, Glockengiesserwall 3, 20095 Hamburg,\n\nGermany\n\n"
        "and\n\nUltragenyx Pharmaceutical Inc, 60 Leveroni Court, Suite 200, Novato, California 94949\n\n7) This"
        " Agreement may be executed in counterparts by original signature, facsimile or PDF files, each of which shall"
        " be deemed an original, but all of which together shall constitute one and the same instrument.\n\n5\n\n\n\n"
        "\n\nHamburg, November 19t h, 2012\n\n  /s/ Thomas Kassberg   /s/ Dr. R. Stephan Ultragenyx Pharmaceutical"
        " Inc\n\n\n\nCREMER OLEO GmbH & Co KG\n",
        "2012-11-19",
    ),
]


@pytest.mark.parametrize("case", REFERENCE_CASES + WITNESS_CASES + PLACE_DATE_CASES, ids=lambda c: c.source[:50])
def test_agreement_date_kinds(case: DateCase) -> None:
    assert _agreement(case.text) == case.agreement


class ReferenceCase(NamedTuple):
    text: str  # ends just before a date
    reference: bool  # the date belongs to another document


REFERENCE_BEFORE_CASES = [
    # the parties' list holds aliases in parentheses and an abbreviation's period ("N. A,")
    ReferenceCase(
        "made as of the effective date set forth above to that Software License, Customization, and Maintenance"
        " Agreement, by and between Cardlytics, Inc. (\"Supplier\") and Bank of America, N. A, (\"Bank of America\"),"
        " dated ",
        True,
    ),
    # the other extraction of the same document: quotes curled, "Agreement,by" glued
    ReferenceCase(
        "to that Software License, Customization, and Maintenance Agreement,by and between Cardlytics, Inc."
        " (\u201cSupplier\u201d) and Bank of America, N. A, (\u201cBank of America\u201d), dated ",
        True,
    ),
    # this document's own preamble is no reference ("THIS" is not an article naming another document)
    ReferenceCase(
        "THIS SUPPLY AGREEMENT, by and between Acme, Inc. (\"Acme\") and Beta Corp. (\"Beta\"), dated ",
        False,
    ),
    # a sentence ends inside the parties' list: no reference across it
    ReferenceCase(
        "to the Master Agreement between the parties. The Company (\"Acme\") hereby agrees, effective ",
        False,
    ),
]


@pytest.mark.parametrize("case", REFERENCE_BEFORE_CASES, ids=lambda c: c.text[:40])
def test_is_reference(case: ReferenceCase) -> None:
    assert ad._is_reference(case.text, len(case.text)) is case.reference


class PlaceLineCase(NamedTuple):
    before: str  # the text before a date, up to it
    place_line: bool  # the date's line opens with a place and a comma only


PLACE_LINE_CASES = [
    PlaceLineCase("any of which shall be deemed an original.\n\n5\n\n\n\n\n\nHamburg, ", True),
    PlaceLineCase("LOGITECH EUROPE S.A.\t\xa0\xa0\t\t\xa0\xa0\tPlace and date\n\nFremont, ", True),
    PlaceLineCase("Rome/Houston, ", True),
    # a sentence's words, an address's number: no place line
    PlaceLineCase("supersedes the Confidentiality Agreement of the parties,\n", False),
    PlaceLineCase("the Confidentiality Agreement between the parties dated ", False),
    PlaceLineCase("12500 San Pedro, ", False),
]


@pytest.mark.parametrize("case", PLACE_LINE_CASES, ids=lambda c: c.before[-30:])
def test_place_line(case: PlaceLineCase) -> None:
    found = ad.PLACE_BEFORE.search(case.before, max(0, len(case.before) - 60), len(case.before))
    assert (found is not None) is case.place_line
