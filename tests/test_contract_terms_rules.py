"""Contract-terms rules by kind of wording, each kind on real snippets of ../shared/corpus (CUAD, contracts-ex10,
edgar-exhibits): what the governing-law reader finds in the sentence, and what it must not take; the term
sentences the expiration date is read from."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest
from extractor.grammars import contract_terms as ct
from test_contract_terms import LawCase, check_governing_law

import extractor

# An aside between "laws" and "of": an exclusion in commas or in parentheses.
ASIDE_CASES = [
    LawCase(  # SYKESHEALTHPLANSERVICESINC ... OUTSOURCING AGREEMENT
        "4.12 GOVERNING LAW. This Agreement shall be governed by and construed in accordance with the laws, other "
        "than choice of law rules, of the state of Florida.",
        "Florida", "Florida",
    ),
    LawCase(  # REGANHOLDINGCORP ... LICENSE AND HOSTING AGREEMENT (PDF text: words glued, no-break spaces)
        "RATHER\xa0THESE\xa0RIGHTS\xa0AND\xa0OBLIGATIONS\xa0SHALL\xa0BE\xa0GOVERNED\xa0BY\xa0THELAWS,\xa0OTHER\xa0THAN"
        "\xa0CHOICE\xa0OF\xa0LAW\xa0RULES,\xa0OF\xa0THE\xa0STATE\xa0OF\xa0GEORGIA.Unauthorized",
        "GEORGIA", "Georgia",
    ),
    LawCase(  # CardlyticsInc ... Maintenance Agreement1
        "35.1 This Agreement shall be governed by the internal laws, and not by the laws regarding conflicts of laws, "
        "of the State of North Carolina. Each Party hereby submits to the exclusive jurisdiction",
        "North Carolina", "North Carolina",
    ),
    LawCase(  # edgar-exhibits BYM_0001193125-07-039915_3
        "17. GOVERNING LAW\n\nThis Agreement shall be governed by the substantive laws (but not the choice of law "
        "rules) of the State of New York.",
        "New York", "New York",
    ),
    LawCase(  # contracts-ex10 severance__318259
        "12. Governing Law. This Agreement shall be governed by, and construed in\naccordance with, the internal laws "
        "(and not the conflicts laws) of the State\nof Texas.",
        "Texas", "Texas",
    ),
    LawCase(  # edgar-raw qwest-kmc-mgs-amendment-1
        "5.  GOVERNING  LAW.  THIS  AMENDMENT  SHALL BE GOVERNED BY AND CONSTRUED IN\nACCORDANCE  WITH THE OTHER "
        "REMAINING TERMS OF THE MGS AGREEMENT AND THE INTERNAL\nLAWS (AS OPPOSED TO CONFLICT OF LAW PROVISIONS) OF THE "
        "STATE OF NEW YORK.",
        "NEW YORK", "New York",
    ),
    # a parenthesis that names no place after it: nothing
    LawCase(
        "shall be governed by the laws (or similar organizational documents) of such Person",
        None, None,
    ),
]

# Several kinds of law before "of": each item of the list may be two words.
LIST_CASES = [
    LawCase(  # CENTRACKINTERNATIONALINC ... WEB SITE HOSTING AGREEMENT
        "This Agreement was entered into in the State of Florida, and its validity, construction, interpretation, and "
        "legal effect shall be governed by the laws and judicial decisions of the State of Florida applicable to "
        "contracts entered into and performed entirely within the State of Florida.",
        "Florida", "Florida",
    ),
    LawCase(  # one-word items still read as before
        "The Agreement shall be governed by the laws, decrees, rules and regulations of China.",
        "China", "People's Republic of China",
    ),
]

# A party's jurisdiction of organisation in a sentence with a weak cue ("Applicable Law", "governed by this
# Agreement") is not the governing law.
ORGANIZED_CASES = [
    LawCase(  # NEONSYSTEMSINC ... DISTRIBUTOR AGREEMENT_New
        "Section 5.1    AUTHORITY.  Licensee represents and warrants that it is a corporation duly organized, validly "
        "existing and in good standing under the laws of the State of Delaware and that it is duly qualified to "
        "transact business and is in good standing in each jurisdiction in which such qualification is required by "
        "applicable law, except where the failure to be so qualified would not have a material adverse effect",
        None, None,
    ),
    LawCase(  # EuromediaHoldingsCorp ... License Agreement
        "(b) Licensor represents, warrants and covenants to Rogers that:     (i) it is validly incorporated under the "
        "laws of The State of Florida, USA     (ii) it has obtained, and shall maintain throughout the Term, all "
        "necessary rights, clearances and authorizations to enter into this Agreement and fully perform its "
        "obligations hereunder in compliance with Applicable Law and, in particular",
        None, None,
    ),
    LawCase(  # Part_II__Distributor__NETGEAR ... (glued "ofDelaware")
        "NETGEAR,\xa0Inc.\xa0(\"NETGEAR\"),\xa0a\xa0wholly\xa0ownedsubsidiary\xa0of\xa0Bay\xa0Networks,\xa0Inc.,"
        "\xa0organized\xa0under\xa0the\xa0laws\xa0of\xa0the\xa0State\xa0ofDelaware,\xa0having\xa0a\xa0place\xa0of"
        "\xa0business\xa0at\xa04401\xa0Great\xa0America\xa0Parkway,\xa0agree\xa0that\xa0the\xa0following\xa0terms"
        "\xa0govern\xa0the\xa0purchase",
        None, None,
    ),
    # the governing clause after a party's organisation in the same sentence still counts
    LawCase(  # construction__350563 (TECO's undertaking)
        "6.8 Governing Law. This Undertaking and the rights and obligations of the\nBeneficiaries and of TECO shall "
        "be governed by and construed in accordance with\nthe law of the State of New York without reference to "
        "principles of conflicts of\nlaw",
        "New York", "New York",
    ),
]

# Text that lost its spaces: "is governedby the laws of".
GLUED_CASES = [
    LawCase(  # Part_II__Distributor__NETGEAR ... DISTRIBUTOR AGREEMENT
        "ENTIRE\xa0AGREEMENT,\xa0GOVERNING\xa0LAWThis\xa0Agreement,\xa0including\xa0its\xa0attachment\xa0and\xa0order"
        "\xa0acknowledgments\xa0under\xa0theAgreement,\xa0constitutes\xa0the\xa0entire\xa0agreement\xa0between"
        "\xa0Distributor\xa0and\xa0NETGEAR\xa0withrespect\xa0to\xa0the\xa0purchase,\xa0resale\xa0and\xa0distribution"
        "\xa0of\xa0the\xa0Products\xa0and\xa0is\xa0governedby\xa0the\xa0laws\xa0of\xa0the\xa0State\xa0of\xa0California"
        "\xa0except\xa0that\xa0body\xa0of\xa0law",
        "California", "California",
    ),
]


# "the applicable legislation of": the cue "applicable law" written with "legislation"
LEGISLATION_CASES = [
    LawCase(  # BORROWMONEYCOM,INC_06_11_2020-EX-10.1-JOINT VENTURE AGREEMENT
        "By this Agreement the Members enter into a joint venture (the \"Venture\") in accordance with the laws of"
        " the State of Florida. The rights and obligations of the Members will be as stated in the applicable"
        " legislation of the State of Florida (the \"Act\") except as otherwise provided here.",
        "Florida", "Florida",
    ),
]


@pytest.mark.parametrize(
    "case", ASIDE_CASES + LIST_CASES + ORGANIZED_CASES + GLUED_CASES + LEGISLATION_CASES, ids=lambda c: c.snippet[:40]
)
def test_governing_law_kinds(case: LawCase) -> None:
    check_governing_law(case)


@pytest.mark.parametrize("case", ORGANIZED_CASES[:3], ids=lambda c: c.snippet[:40])
def test_organized_under_is_what_the_filter_removes(case: LawCase) -> None:
    """Without the organisation filter each of these sentences names a place (the test above can fail)."""
    chunk = case.snippet
    assert ct.places_in(chunk, 0, len(chunk))


class TermCase(NamedTuple):
    source: str  # where the snippet comes from
    text: str
    expiration_date: str | None  # documents.expiration_date


def _expiration(text: str) -> str | None:
    ex = extractor.parse(text.encode(), name="snippet.txt")
    value = ex.documents["expiration_date"].iloc[0]
    return None if pd.isna(value) else str(value)


TERM_CASES = [
    # "shall be valid ... through <date>" right after a "Term of this Agreement." heading
    TermCase(
        "cuad/AlliedEsportsEntertainmentInc_20190815_8-K_EX-10.34_11788308_EX-10.34_Sponsorship Agreement",
        "EVENT SPONSORSHIP AGREEMENT\n\nThis Event Sponsorship Agreement is entered into as of February 1, 2019 by"
        " and between Allied Esports International, Inc. and Bitcoin Inc.\n\n2.11 \"Venue\" means the premises where"
        " events wi ll occur. 3. Term of this Agreement. This Agreement shall be valid for five (5) years from"
        " February 1, 2019 through January 31, 2024 unless this Agreement is terminated earlier pursuant to Section 14"
        " (the \"Term\"). For the purpose of clarity, the second year begins on February 1, 2020.\n",
        "2024-01-31",
    ),
    # 'for a term (the "Term") of 12 months ... and expiring <date>'
    TermCase(
        "cuad/SPHERE3DCORP_06_24_2020-EX-10.12-CONSULTING AGREEMENT",
        "CONSULTING AGREEMENT\n\nThis Consulting Agreement is made as of June 1st, 2020 between Sphere 3D Corp. and"
        " the Consultant.\n\nTERM & TERMINATION. This Agreement is for a term (the \"Term\") of 12 months from the"
        " Effective Date on June 1st 2020 and expiring May 31st 2021.\n\n(a) In the case that the company terminates",
        "2021-05-31",
    ),
]


# "the later of (i) <length> ..., or (ii) <an event>": the length counts, as a date there does ("until the later of")
LATER_OF_CASES = [
    TermCase(
        "cuad/COOLTECHNOLOGIES,INC_10_25_2017-EX-10.71-Strategic Alliance Agreement",
        "Strategic Alliance Agreement This Strategic Alliance Agreement (this \"Agreement\") is entered into as of"
        " the 26t h day of May, 2017 (hereinafter referred to as the effective date of the Agreement), by and between"
        " Cool Technologies Inc.. and VETERAN TECHNOLOGY GROUP, LLC.\n\nARTICLE II. PERIOD OF PERFORMANCE. This"
        " Agreement shall be effective as of the date first set forth above and, shall expire on the later of (i)"
        " five (5) years from the date hereof, or (ii) with respect to any projects identified in any contract for"
        " which VET TECH is billing the client directly, upon the completion of COOL TECH's Services and receipt of"
        " payment by COOL TECH from VET TECH for said services.\n",
        "2022-05-26",
    ),
]


# a period typed for the comma of the end date does not end the term's sentence
TYPO_CASES = [
    TermCase(
        "cuad/PrecheckHealthServicesInc_20200320_8-K_EX-99.2_12070169_EX-99.2_Distributor Agreement",
        "DISTRIBUTOR AGREEMENT\n\nThis Distributor Agreement is made this 19th day of March, 2020 between Precheck"
        " Health Services, Inc. and the Distributor. 10. This Agreement shall be in effect until March 18. 2021,"
        " unless sooner terminated by either party upon (30) days written notice, without cause. 11. In the event"
        " of termination, the Distributor shall be entitled to receive all orders accepted.\n",
        "2021-03-18",
    ),
]


# The verb after "shall"/"will" is a whole word, inflected or not: "will be automatically terminated" is about the
# term, "will endeavor" (a prefix "end") is not.
VERB_CASES = [
    TermCase(
        "cuad/ReynoldsConsumerProductsInc_20191115_S-1_EX-10.18_11896469_EX-10.18_Supply Agreement",
        "MASTER SUPPLY AGREEMENT\n\nMASTER SUPPLY AGREEMENT (the \"Agreement\") dated November 1, 2019 (the"
        " \"Effective Date\") between REYNOLDS CONSUMER PRODUCTS LLC and PACTIV LLC.\n\n11. Dispute Resolution. a."
        " Negotiation. If a Party believes that the other Party has breached this Agreement or if there is a dispute"
        " between the Parties over the interpretation of this Agreement (a \"Dispute\"), the Parties will endeavor to"
        " resolve the Dispute through good faith negotiation for a period of thirty (30) days after a Party notifies"
        " the other Party of the Dispute and before either Party requests mediation or files litigation to resolve"
        " the Dispute.\n",
        None,
    ),
    TermCase(
        "contracts-ex10/employment__1381807_2011-07-05_EMPLOYMENT-AGREEMENT",
        "Employment Agreement\n\nThis Employment Agreement (this \u201cAgreement\u201d) is made and entered into by"
        " and between the following parties on June 28, 2011 in Jiangmen City.\n\n1\n\nTerm\n\n1.1\n\nThis"
        " Agreement shall have a term from July 1, 2011 to June 30, 2012 and will be automatically terminated upon"
        " the expiration of term.\xa0\xa0The probation period shall be three months.\n",
        "2012-06-30",
    ),
]


@pytest.mark.parametrize("case", TERM_CASES + LATER_OF_CASES + TYPO_CASES + VERB_CASES, ids=lambda c: c.source[:50])
def test_expiration_kinds(case: TermCase) -> None:
    assert _expiration(case.text) == case.expiration_date
