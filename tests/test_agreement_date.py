"""The agreement date (role ``agreement`` on the dates table), the filled-in and glued dates of
grammars/loose_dates.py, and exhibit numbers of raw EDGAR banners: table-driven on real snippets."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import corpus_path
from extractor.grammars.loose_dates import find_loose
from extractor.grammars.page_furniture import EXHIBIT_BANNER_START, exhibit_banner

import extractor


def _agreement(text: str) -> str | None:
    ex = extractor.parse(text.encode(), name="snippet.txt")
    dates = ex.columns("dates")
    values = [v for v, r in zip(dates["value"], dates["role"], strict=True) if r == "agreement"]
    assert len(values) <= 1  # one agreement date at most
    return values[0] if values else None


class DateCase(NamedTuple):
    source: str  # where the snippet comes from
    text: str
    agreement: str | None


SIGNATURE_ONLY = [
    DateCase(
        "cuad/ATENTOSA_07_06_2020-EX-99.1-JOINT FILING AGREEMENT (a 'Dated:' line above the signatures)",
        "Exhibit 99.1\n\nJOINT FILING AGREEMENT\n\nThe undersigned hereby agree that the statement on Schedule 13D"
        " is filed on behalf of each of them. Nothing herein shall be deemed an admission that the below-named"
        " parties are a group or have acted as a group.\n\nDated: July 6, 2020\n\nHPS INVESTMENT PARTNERS, LLC\n\n"
        "By: /s/ Faith Rosenfeld\nName: Faith Rosenfeld\n",
        "2020-07-06",
    ),
    DateCase(
        "cuad/BLUEFLYINC_03_27_2002-EX-10.27-e-business Hosting Agreement (the last signer's date wins)",
        "e-business Hosting Agreement\n\nThis Agreement replaces and supersedes any other prior agreements.\n\n"
        "Agreed and Accepted:\n\nBluefly Inc.                                     International Business Machines"
        "\n\nBy: /s/ Patrick C. Barry                         By: /s/ Maura Lynch Gray\n\n"
        "Patrick C. Barry         1/9/02                  Maura Lynch Gray        1/14/02\n"
        "-------------------------------                  -------------------------------\n"
        "Name (type or print)      Date                   Name (type or print)    Date\n",
        "2002-01-14",
    ),
    DateCase(
        "cuad/RMRGROUPINC_01_22_2020-EX-99.1-JOINT FILING AGREEMENT (a '(Date)' caption)",
        "Exhibit 99.1 JOINT FILING AGREEMENT The undersigned hereby agree that the Schedule 13G/A with respect to"
        " the shares of The RMR Group Inc., dated as of December 31, 2019, is filed on behalf of each of us."
        " January 22, 2020 (Date) ABP TRUST /s/ Adam D. Portnoy (Signature)\n",
        "2020-01-22",
    ),
    DateCase(
        "cuad/KIROMICBIOPHARMA,INC_04_08_2020-EX-10.28-JOINT VENTURE AGREEMENT (place and date under the testimonium)",
        "JOINT VENTURE AGREEMENT\n\n1. The parties agree to form a joint venture.\n\nIN WITNESS WHEREOF, the parties"
        " have signed these articles by their respective officers thereunto duly authorized.\n\nRome/Houston,"
        " 2 April 2020 Kiromic Biopharma Inc. Molipharma s.r.l.\n",
        "2020-04-02",
    ),
]

HEAD_DATES = [
    DateCase(
        "cuad/BLUEHILLSBANCORP,INC_05_20_2014-EX-1.1-AGENCY AGREEMENT (the date under the title)",
        "Subscription Price $10.00 Per Share\n\nAGENCY AGREEMENT\n\nMay 14, 2014\n\nKeefe, Bruyette & Woods, Inc.\n"
        "Ladies and Gentlemen:\n\nBlue Hills Bancorp, Inc. ... as of February 28, 2013 (\"Eligible Account"
        ' Holders").\n',
        "2014-05-14",
    ),
    DateCase(
        "cuad/DYNAMEXINC_06_06_1996-EX-10.4-TRANSPORTATION SERVICES AGREEMENT (the opening sentence)",
        "MARKETING AND TRANSPORTATION SERVICES AGREEMENT\n\n  THIS AGREEMENT made in duplicate this 20 day of"
        " November, 1995.\n\nB E T W E E N:\n\n           DYNAMEX INC.\n",
        "1995-11-20",
    ),
    DateCase(
        "cuad/BANGIINC_05_25_2005-EX-10-Premium Managed Hosting Agreement (a dated letter)",
        "03/01/05\n\n607-1295 Richards Street   604.684.2255\n\nPremium Managed Hosting Agreement\n\nThis is a"
        " managed hosting agreement between AstroNutrition.com and deep systems.  The effective term is 12 months"
        " beginning March 1, 2005 and ending February 28, 2006.\n",
        "2005-03-01",
    ),
    DateCase(
        "cuad/UAGHINC_04_14_2004-EX-10.18-MAINTENANCE AGREEMENT (the title printed twice)",
        "MAINTENANCE AGREEMENT   MAINTENANCE AGREEMENT (this \"Agreement\"), dated as of July 23, 2003, made by"
        ' Universal Access, Inc. (the "Provider") and UAXS Global Holdings Inc. (the "Company").\n',
        "2003-07-23",
    ),
]

NOT_THE_AMENDED_AGREEMENTS = [
    DateCase(
        "cuad/GluMobileInc_20070319_S-1A_EX-10.09_436630_EX-10.09_Content License Agreement4",
        "AMENDMENT NO. 3\n\nDated as of February 19, 2007\n\nReference is hereby made to that certain fully executed"
        " Wireless Content License Agreement Number 12965 dated as of December 16, 2004, as amended November 11,"
        ' 2005 and March 27, 2006 (the "Agreement"), between Fox Mobile Entertainment, Inc. ("Fox") and Glu'
        ' Mobile Inc. ("Licensee").\n\nThe parties agree to modify the Agreement as follows:\n',
        "2007-02-19",
    ),
    DateCase(
        "cuad/MOVADOGROUPINC_04_30_2003-EX-10.28-ENDORSEMENT AGREEMENT (another document's date in the recitals)",
        "ENDORSEMENT AGREEMENT\n\nWHEREAS, the Company made a loan to Executive in the amount of $5,186,860, being"
        " represented by a Demand Note, dated December 5, 1995, between the Company and the Executive;\n\n"
        "IN WITNESS WHEREOF, the parties hereto have executed this Agreement as of this 4th day of April, 2003.\n",
        "2003-04-04",
    ),
]

MONTH_ONLY = [
    DateCase(
        "cuad/MARSHALLHOLDINGSINTERNATIONAL,INC_04_14_2004-EX-10.15-ENDORSEMENT AGREEMENT (a day over a blank)",
        "ENDORSEMENT AGREEMENT\n\nThis Endorsement Agreement is made and entered into this 1st day of          "
        "                                          \n--- November, 2003 by and between Bruce Jenner"
        ' ("Jenner") and Marshall Holdings International, Inc. ("Marshall").\n',
        "2003-11-01",
    ),
]


@pytest.mark.parametrize(
    "case",
    SIGNATURE_ONLY + HEAD_DATES + NOT_THE_AMENDED_AGREEMENTS + MONTH_ONLY,
    ids=lambda c: c.source[:70],
)
def test_agreement_date(case: DateCase) -> None:
    assert _agreement(case.text) == case.agreement


class LooseCase(NamedTuple):
    source: str
    text: str
    value: str | None


LOOSE = [
    LooseCase("edgar-exhibits (issue 18): filled in over blanks", "_3rd___ day of __June_____, 1997", "1997-06-03"),
    LooseCase("cuad/MARSHALLHOLDINGS...: dashes before the month", "1st day of     \n--- November, 2003", "2003-11-01"),
    LooseCase("cuad/KIROMIC..._05_11_2020 (flattened): a glued month", "AGREEMENTJuly 20, 2018", "2018-07-20"),
    LooseCase("a plain date is the calendar grammar's", "the 3rd day of June, 1997", None),
    LooseCase("no such day", "this 31st day of _February_, 1997", None),
    LooseCase("blanks left empty", "this ____ day of ________, 1997", None),
]


@pytest.mark.parametrize("case", LOOSE, ids=lambda c: c.source[:60])
def test_loose_dates(case: LooseCase) -> None:
    found = find_loose(case.text)
    assert [d.value for d in found] == ([case.value] if case.value else [])
    for d in found:
        assert case.text[d.start : d.end].strip()


def test_filled_date_gets_a_value_in_the_dates_table() -> None:
    text = (
        "EMPLOYMENT AGREEMENT\n\nTHIS AGREEMENT is made this _3rd___ day of __June_____, 1997, by and between"
        ' Apple Computer, Inc. ("Apple") and John Doe ("Executive").\n'
    )
    ex = extractor.parse(text.encode(), name="snippet.txt")
    d = ex.columns("dates")
    assert "1997-06-03" in list(d["value"])
    i = list(d["value"]).index("1997-06-03")
    assert ex.original[d["start"][i] : d["end"][i]] == d["text"][i]


class ExhibitCase(NamedTuple):
    source: str
    first_line: str
    number: str | None


EXHIBITS = [
    ExhibitCase("edgar-exhibits/AAPL_0000320193-97-000014_1.txt", "EXHIBIT 10.A.26.1", "10.A.26.1"),
    ExhibitCase("edgar-exhibits (issue 18)", "Exhibit 10.A.26", "10.A.26"),
    ExhibitCase("edgar-exhibits/AAPL_0000320193-95-000011_1.txt", "EXHIBIT 10.A.19-1", "10.A.19-1"),
    ExhibitCase("edgar-exhibits (issue 18): a BMS exhibit", "EXHIBIT 10(iii)(A)(5)", "10(iii)(A)(5)"),
    ExhibitCase("cuad/ArcaUsTreasuryFund_20200207_N-2_EX-99.K5", "Exhibit 99(k)(5) FORM OF", "99(k)(5)"),
    ExhibitCase("cuad/MFAFINANCIAL,INC_07_06_2020-EX-99.D", "EXHIBIT D JOINT FILING AGREEMENT", "D"),
    ExhibitCase("a word after the number is no part of it", "Exhibit 10.1 SUPPLY AGREEMENT", "10.1"),
]


@pytest.mark.parametrize("case", EXHIBITS, ids=lambda c: c.first_line)
def test_exhibit_number(case: ExhibitCase) -> None:
    m = EXHIBIT_BANNER_START.match("\n" + case.first_line + "\n")
    assert (m.group("number") if m else None) == case.number
    assert exhibit_banner.parse_string(case.first_line)["exhibit_number"] == case.number
    text = "\t\t\n\n" + case.first_line + "\n\nThis Agreement is made by and between A and B.\n"
    ex = extractor.parse(text.encode(), name="x.txt")
    assert ex.header["exhibit_number"] == case.number


def test_exhibit_number_on_a_raw_exhibit() -> None:
    ex = extractor.parse(corpus_path("edgar-exhibits/AAPL_0000320193-97-000014_1.txt"))
    assert ex.header["exhibit_number"] == "10.A.26.1"
