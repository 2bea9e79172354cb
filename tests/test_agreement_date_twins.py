"""Agreement dates that two extractions of one CUAD contract must read alike (twin agreement,
extractor/stages/agreement_date.py and the legend's end in extractor/stages/layout.py): one copy keeps
its line breaks, the other lost them (words glued across the break, a wide gap where a line ended).
Each kind of difference has a rule; the cases are real snippets of both copies from ../shared/corpus/cuad."""

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


class Twin(NamedTuple):
    kind: str
    source: str  # the contract both snippets come from
    first: str  # the copy that kept its line breaks
    second: str  # the copy that lost them (the "Part_..." file)
    agreement: str | None  # the agreement date both must give


TWINS = [
    # A dated letter: its date alone on the first line; the flattened copy ends that line with a wide gap.
    Twin(
        "first_line_then_gap",
        "BANGIINC_05_25_2005-EX-10-Premium Managed Hosting Agreement",
        "03/01/05\n\n607-1295 Richards Street   604.684.2255\n\nVancouver, BC V6B1B7   deep@rrt.ca   deep systems"
        "\n\n\n\n"
        "\n\nPremium Managed Hosting Agreement\n\nThis is a managed hosting agreement between AstroNutrition.com and"
        " deep systems.  The effective term is 12 months beginning March 1, 2005 and ending February 28, 2006.\n",
        "\xa0\xa0\xa0\xa003/01/05\xa0\xa0\xa0607-1295\xa0Richards\xa0Street\xa0604.684.2255\xa0\xa0\xa0Vancouver,\xa0BC"
        "\xa0V6B1B7\xa0deep@rrt.ca\xa0deep\xa0systems\xa0\xa0\xa0\xa0Premium\xa0Managed\xa0Hosting\xa0AgreementThis"
        "\xa0is\xa0a\xa0managed\xa0hosting\xa0agreement\xa0between\xa0AstroNutrition.com\xa0and\xa0deep\xa0systems."
        "\xa0The\xa0effectiveterm\xa0is\xa012\xa0months\xa0beginning\xa0March\xa01,\xa02005\xa0and\xa0ending\xa0February"
        "\xa028,\xa02006.\n",
        "2005-03-01",
    ),
    # The title opens its own block after a running head ending in "of" ("Table of Contents"): a blank line,
    # or the break lost ("ContentsINTELLECTUAL"); not "... of Intellectual Property Agreement, dated".
    Twin(
        "break_after_of",
        "GarrettMotionInc_20181001_8-K_EX-2.4_11364532_EX-2.4_Intellectual Property Agreement",
        "Table of Contents\n\nINTELLECTUAL PROPERTY AGREEMENT, dated as of September 27, 2018 (this \"Agreement\"),"
        " by and between HONEYWELL INTERNATIONAL INC., a Delaware corporation (\"Honeywell\"), and GARRETT MOTION"
        " INC., a Delaware corporation (\"SpinCo\").\n\nRECITALS\n\nWHEREAS, in connection with the contemplated"
        " Spin-Off of SpinCo\n",
        "Table of ContentsINTELLECTUAL PROPERTY AGREEMENT, dated as of September 27, 2018 (this \u201cAgreement\u201d),"
        " by and between HONEYWELLINTERNATIONAL INC., a Delaware corporation (\u201cHoneywell\u201d), and GARRETT"
        " MOTION"
        " INC., a Delaware corporation (\u201cSpinCo\u201d).RECITALSWHEREAS, in connection with the contemplated"
        " Spin-Off of SpinCo\n",
        "2018-09-27",
    ),
    # "that certain Reseller Agreement between Salesforce and Reseller dated as of ...": another agreement's
    # date, also where "between" is glued to the first party ("betweenSalesforce").
    Twin(
        "between_glued",
        "SalesforcecomInc_20171122_10-Q_EX-10.1_10961535_EX-10.1_Reseller Agreement",
        "This Form of Sub-Reseller Agreement (this \"Sub-Reseller Agreement\") is made and entered in by and between"
        " salesforce.com, inc., a Delaware corporation having its principal place of business at The Landmark @ One"
        " Market, Suite 300, San Francisco, California 94105 (\"SFDC\" or \"Salesforce\") and the Reseller named"
        " above and amends that certain Reseller Agreement between Salesforce and Reseller dated as of August 1,"
        " 2015, as previously amended (the \"Agreement\").\n",
        "This Form of Sub-Reseller Agreement (this \u201cSub-Reseller Agreement\u201d) is made and entered in by and"
        " between salesforce.com,inc., a Delaware corporation having its principal place of business at The Landmark"
        " @ One Market, Suite 300, San Francisco,California 94105 (\u201cSFDC\u201d or \u201cSalesforce\u201d) and the"
        " Reseller named above and amends that certain Reseller Agreement betweenSalesforce and Reseller dated as"
        " of August 1, 2015, as previously amended (the \u201cAgreement\u201d).\n",
        None,
    ),
    # A bracketed legend ends at its ".]": it must not run on into the title and preamble when no blank
    # line follows it (the preamble, and its date, were cut away with the legend).
    Twin(
        "legend_closing_bracket",
        "LeadersonlineInc_20000427_S-1A_EX-10.8_4991089_EX-10.8_Co-Branding Agreement",
        "EXHIBIT 10.8\n\n   [Certain confidential information has been omitted from this Exhibit 10.8           "
        "  ------------ pursuant to a confidential treatment request filed with the Securities and Exchange"
        " Commission. The omitted information is indicated by the symbol \"***\" at each place in this Exhibit 10.8"
        " where the omitted information appeared in the                    ------------ original.]\n\n           "
        "                  CO-BRANDING AGREEMENT                              ---------------------\n\n    This"
        " Co-Branding Agreement (this \"Agreement\") dated March 15, 2000  (the \"Effective Date\") is entered into"
        " between VerticalNet, Inc., a Pennsylvania corporation having a principal place of business at 700"
        " Dresher Road, Suite 100, Horsham, Pennsylvania, 19044 (\"VerticalNet\"), and LeadersOnline, Inc. a"
        " Delaware corporation.\n",
        "              EXHIBIT 10.8   [Certain confidential information has been omitted from this Exhibit 10.8  "
        "              ------------pursuant to a confidential treatment request filed with the Securities"
        " andExchange Commission. The omitted information is indicated by the symbol \"***\" ateach place in this"
        " Exhibit 10.8 where the omitted information appeared in the                   ------------original.]      "
        "                       CO-BRANDING AGREEMENT                             ---------------------    This"
        " Co-Branding Agreement (this \"Agreement\") dated March 15, 2000  (the\"Effective Date\") is entered into"
        " between VerticalNet, Inc., a Pennsylvaniacorporation having a principal place of business at 700 Dresher"
        " Road, Suite 100,Horsham, Pennsylvania, 19044 (\"VerticalNet\"), and LeadersOnline, Inc. a"
        " Delawarecorporation.\n",
        "2000-03-15",
    ),
]


class ReferenceTwin(NamedTuple):
    kind: str
    first: str
    second: str
    date: str  # the date's text in both copies
    reference: bool  # another document's date (True) or this one's


REFERENCE_TWINS = [
    ReferenceTwin("break_after_of", TWINS[1].first, TWINS[1].second, "September 27, 2018", False),
    ReferenceTwin("between_glued", TWINS[2].first, TWINS[2].second, "August 1,", True),
]


@pytest.mark.parametrize("case", REFERENCE_TWINS, ids=[c.kind for c in REFERENCE_TWINS])
def test_reference_in_both_copies(case: ReferenceTwin) -> None:
    for text in (case.first, case.second):
        assert ad._is_reference(text, text.index(case.date)) is case.reference


@pytest.mark.parametrize("case", TWINS, ids=[c.kind for c in TWINS])
def test_first_copy(case: Twin) -> None:
    assert _agreement(case.first) == case.agreement


@pytest.mark.parametrize("case", TWINS, ids=[c.kind for c in TWINS])
def test_flattened_copy(case: Twin) -> None:
    assert _agreement(case.second) == case.agreement
