"""Parties of documents with no party list (a plan's sponsor, the entity the text defines, a letter's
addressee), a "between" list the header missed, names split at AND or glued where line breaks were
lost, and signature-block "parties" that are no names: table-driven, on real documents and snippets."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import corpus_path
from extractor.grammars.text_index import TextIndex
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor.stages import party_fallbacks as fb
from extractor.stages.party_names import respaced, signature_party_name


def _na(v: object) -> object:
    return None if v is None or str(v) == "<NA>" else v


class DocCase(NamedTuple):
    doc: str
    parties: list[tuple[str, str | None, str | None, str]]  # (name, alias, role, source)


DOCS = [
    # A plan: its sponsor is the company on the line above the title.
    DocCase(
        "edgar-exhibits/AAPL_0000320193-96-000002_1.txt",
        [("APPLE COMPUTER, INC.", None, "sponsor", "text")],
    ),
    # A plan whose sponsor's name is broken over two lines ("OSHKOSH TRUCK / CORPORATION").
    DocCase(
        "contracts-ex10/retirement__775158_2004-11-19_EXECUTIVE-RETIREMENT-PLAN.txt",
        [("OSHKOSH TRUCK CORPORATION", None, "sponsor", "text")],
    ),
    # A plan named by a sponsor with no entity suffix ("TENNESSEE / VALLEY AUTHORITY / SUPPLEMENTAL ...").
    DocCase(
        "contracts-ex10/retirement__1376986_2009-01-06_SUPPLEMENTAL-EXECUTIVE-RETIREMENT-PLAN.txt",
        [("TENNESSEE VALLEY AUTHORITY", None, "sponsor", "text")],
    ),
    # An award agreement: 'BRISTOL-MYERS SQUIBB COMPANY, a Delaware corporation (the "Company"), has granted'.
    DocCase(
        "edgar-exhibits/BYM_0001193125-12-215050_1.txt",
        [("BRISTOL-MYERS SQUIBB COMPANY", "Company", "Company", "text")],
    ),
    # A letter agreement: the writer defined in its first sentence, the addressee above "Dear Mr. Jones:".
    DocCase(
        "contracts-ex10/employment__1095073_2008-12-04_EX-10.1-EMPLOYMENT-AGREEMENT.txt",
        [
            ("Everest Global Services, Inc.", "Company", "Company", "text"),
            ("Ralph E. Jones III", None, None, "text"),
        ],
    ),
    # "You and Universal City Development Partners, Ltd. d/b/a "Universal Orlando" (hereinafter referred to as
    # "UO" or the "Company") ... agree": a paragraph opening with the parties, read as the party list.
    DocCase(
        "contracts-ex10/employment__1262450_2007-01-25_EMPLOYMENT-AGREEMENT.txt",
        [("Universal City Development Partners, Ltd.", "UO", None, "preamble")],
    ),
    # An award "UNDER THE BRISTOL-MYERS SQUIBB COMPANY / 2002 STOCK INCENTIVE PLAN": the plan's company.
    DocCase("edgar-exhibits/BYM_0001193125-06-052456_6.txt", [("BRISTOL-MYERS SQUIBB COMPANY", None, None, "text")]),
    # "FINLAY FINE JEWELRY CORPORATION, its parent corporation, ... (collectively "Finlay") and EDWARD J. STEIN".
    DocCase(
        "contracts-ex10/severance__898684_2008-03-31_SEVERANCE-AGREEMENT.txt",
        [("FINLAY FINE JEWELRY CORPORATION", None, None, "text")],
    ),
    # "between Galacticomm and Horst Entertainment Inc." with no "This Agreement is made" before it.
    DocCase(
        "cuad/GALACTICOMMTECHNOLOGIESINC_11_07_1997-EX-10.46-WEB HOSTING AGREEMENT.txt",
        [("Galacticomm", None, None, "preamble"), ("Horst Entertainment Inc.", None, None, "preamble")],
    ),
    # "... between LEO PHARMA A/S of Industriparken 55, DK-2750 Ballerup, Denmark (...) --- and GALEN ...".
    DocCase(
        "cuad/WARNERCHILCOTTPLC_12_31_2003-EX-4.36-DEVELOPMENT AGREEMENT.txt",
        [("LEO PHARMA A/S", "LEO", None, "preamble"), ("GALEN (CHEMICALS) LIMITED", "GALEN", None, "preamble")],
    ),
    # "by and between: 1. BT WIRELESS LIMITED, ... ("BT Wireless"); and 2. GEOWORKS UK LIMITED, ...": numbered pieces.
    DocCase(
        "contracts-ex10/software_license__922285_2001-08-14_SOFTWARE-LICENSING-AGREEMENT.txt",
        [
            ("BT WIRELESS LIMITED", "BT Wireless", None, "preamble"),
            ("GEOWORKS UK LIMITED", "Geoworks", None, "preamble"),
        ],
    ),
    # "Borrower (Party A): Jilin Hengchang ... Co. LTD. Address: ...": the label's role is the party's role.
    DocCase(
        "contracts-ex10/construction__1497644_2011-11-21_LINE-OF-CREDIT-CONTRACT-DATED-MARCH-28-2011-BETWEEN-"
        "HENGCHANG-AGRICULTURE-AND-CHINA-CONSTRUCTION-BANK.txt",
        [
            ("Jilin Hengchang Agricultural Development Co. LTD.", "Party A", "Borrower", "preamble"),
            ("China Construction Bank Co. LTD, Jilin Siping Sub-branch", "Party B", "Lender", "preamble"),
        ],
    ),
    # "Party A (Employer): CHINA GROWTH CORPORATION\uff0ca company incorporated ...": a full-width comma.
    DocCase(
        "contracts-ex10/employment__1381807_2011-07-05_EMPLOYMENT-AGREEMENT.txt",
        [("CHINA GROWTH CORPORATION", "Party A", None, "preamble"), ("Tin Nang (Chris) Lui", "Party B", None,
                                                                     "preamble")],
    ),
    # A capitalised name holding "AND", defined after it: one party, not two.
    DocCase(
        "cuad/CERES,INC_01_25_2012-EX-10.20-Collaboration Agreement.txt",
        [
            ("INSTITUTE OF GRASSLAND AND ENVIRONMENTAL RESEARCH", "IGER", None, "preamble"),
            ("CERES, INC.", "CERES", None, "preamble"),
        ],
    ),
    # "LOUISVILLE GAS AND ELECTRIC COMPANY, a Kentucky Corporation, hereinafter "Shipper"": the role too.
    DocCase(
        "cuad/KENTUCKYUTILITIESCO_03_25_2003-EX-10.65-TRANSPORTATION AGREEMENT.txt",
        [
            ("TENNESSEE GAS PIPELINE COMPANY", "Transporter", "Transporter", "preamble"),
            ("LOUISVILLE GAS AND ELECTRIC COMPANY", "Shipper", "Shipper", "preamble"),
        ],
    ),
    # The twin whose text lost its line breaks: "AitanZacharin" spaced as the signature block writes it.
    DocCase(
        "cuad/Part_II__Consulting Agreements__SLINGERBAGINC_05_27_2020-EX-10.7-CONSULTING AGREEMENT.txt",
        [("Slinger Bag Inc.", "Company", "Company", "preamble"), ("Aitan Zacharin", "Consultant", "Consultant",
                                                                  "preamble")],
    ),
]


@pytest.mark.parametrize("case", DOCS, ids=[c.doc.split("/")[-1][:40] for c in DOCS])
def test_parties_without_a_party_list(case: DocCase) -> None:
    ex = extractor.parse(corpus_path(case.doc))
    got = [(r.name, _na(r.alias), _na(r.role), r.source) for r in ex.parties.itertuples()]
    assert got == case.parties
    assert all(ex.original[r.start : r.end] == r.text for r in ex.parties.itertuples())


class RespaceCase(NamedTuple):
    name: str
    text: str  # where the document writes the name elsewhere (real snippets)
    want: str


RESPACE = [
    RespaceCase("AitanZacharin", "Title:Agreed and accepted:Aitan Zacharin9Annex A", "Aitan Zacharin"),
    RespaceCase("BLOOM ENERGYCORPORATION", "To Operator:Bloom Energy Corporation1299 Orleans Drive",
                "BLOOM ENERGY CORPORATION"),
    RespaceCase("PREMIERNUTRITION CORPORATION", "as follows, to read:Premier Nutrition Corporation",
                "PREMIER NUTRITION CORPORATION"),
    # Only beside a word of the name: the other words may be written differently there.
    RespaceCase(
        "Stremicks HeritageFoods, LLC",
        "HERITAGE:Chief Financial OfficerStremicks Heritage Foods, LLC4002 Westminster",
        "Stremicks Heritage Foods, LLC",
    ),
    # A phrase elsewhere that is not beside the name's own neighbour splits nothing.
    RespaceCase(
        "FuelCell Energy, Inc.",
        "to evaluate and develop Molten Carbonate Fuel Cells (MCFCs) to reduce carbon dioxide emissions",
        "FuelCell Energy, Inc.",
    ),
]


@pytest.mark.parametrize("case", RESPACE, ids=[c.name for c in RESPACE])
def test_glued_names_are_spaced_as_the_document_writes_them(case: RespaceCase) -> None:
    assert respaced(case.name, TextIndex(case.text)) == case.want


@pytest.mark.parametrize(
    ("party", "want"),
    [
        ("AGREED TO", None),
        ("THE FOREGOING IS UNDERSTOOD AND AGREED TO", None),
        ("LESSEE", None),
        ("FRANCHISEE MEMBER", None),
        ("Biberach, February 13, 2012", None),
        ("Intrexon Corporation (46122T102) Dated", None),
        ("Name of Master Reseller (if applicable):____________ Approved", None),
        ("OF AMERICA", None),
        ("Inspection", None),
        ("BY ECOPETROL S.A.", ("ECOPETROL S.A.", None)),
        ("Goosehead Insurance Agency, LLC Franchisor", ("Goosehead Insurance Agency, LLC", "Franchisor")),
        ("MASTER FRANCHISEE:THE GRILLED CHEESE TRUCK, INC.", ("THE GRILLED CHEESE TRUCK, INC.", "Franchisee")),
        ("MICOA", ("MICOA", None)),
    ],
)
def test_signature_block_parties_that_are_no_names(party: str, want: tuple[str, str | None] | None) -> None:
    assert signature_party_name(party) == want


class LetterCase(NamedTuple):
    text: str  # the head of a letter agreement, as in the corpus
    addressee: str | None


LETTERS = [
    LetterCase("November 21, 2008\nRalph E. Jones III\n180 Westledge Road\nRe: Employment Agreement\nDear Mr. Jones:\n",
               "Ralph E. Jones III"),
    LetterCase("August 5, 2002\nMr. Stephen M. Mengert\n9865 Autry Falls Drive\nAlpharetta, GA.  30022\nDear Steve:\n",
               "Stephen M. Mengert"),
    LetterCase("March 19, 1999\nTo:      Stefan Sieber\nSubject: Assignment in the United States\nDear Stefan,\n",
               "Stefan Sieber"),
    LetterCase(
        "January 23, 2006\nPERSONAL AND CONFIDENTIAL\nMr. John H. Weber\n5112 Rockridge Road\nDear John:\n",
        "John H. Weber",
    ),
    LetterCase("January 26, 1999\nDear John:\nOn behalf of ArthroCare Corporation (the \"Company\")", None),
]


@pytest.mark.parametrize("case", LETTERS, ids=[c.text.split("\n")[1][:20] for c in LETTERS])
def test_letter_addressee(case: LetterCase) -> None:
    found = fb.addressee(case.text)
    assert (found.name if found else None) == case.addressee
    if found:
        assert case.text[found.start : found.end].endswith(found.name.split()[-1])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('On behalf of ArthroCare Corporation (the "Company"), I am pleased', ("ArthroCare Corporation", "Company")),
        ('employment with PRG-Schultz USA, Inc. ("PRGS") as Executive', ("PRG-Schultz USA, Inc.", "PRGS")),
        ('Plan (herein called the "Plan") of Apple Computer, Inc. (herein called the "Company").',
         ("Apple Computer, Inc.", "Company")),
        ("as Chief Financial Officer of Heidrick & Struggles International, Inc. (the \"Company\")",
         ("Heidrick & Struggles International, Inc.", "Company")),
        ('This restricted stock unit award (the "Award") is granted under and governed by', None),
        ('the Board of Directors of Apple (the "Board")', None),
        # quotes misplaced in raw filings (AAPL_0000320193-96-000011_3, BYM_0000014272-00-000006_1)
        ('employee of Apple Computer,\nInc.  (the"  Company"). Capitalized', ("Apple Computer, Inc.", "Company")),
        ('for Bristol-Myers\nSquibb Company ("the Company") and', ("Bristol-Myers Squibb Company", "Company")),
    ],
)
def test_defined_entities(text: str, want: tuple[str, str] | None) -> None:
    found = fb.defined_entities(text)
    assert ((found[0].name, found[0].alias) if found else None) == want


_BEHALF_PIECES = ["For", "for", "FOR", "and", "AND", "on", "On", "behalf", "BEHALF", "of", "ACME Ltd", "signed",
                  " ", "  ", "\n", "\t", "\xa0", "\u2003", "\u212a", "x", ":"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BEHALF_PIECES), max_size=24).map("".join))
def test_signatories_read_only_where_for_and_on_behalf_stands(text: str) -> None:
    """The look-up skipped when no "behalf" follows "for and on" finds what the scan of every line finds."""
    assert fb.signatories(text, TextIndex(text).ascii_lowered) == fb.signatories(text)


def test_signatories_of_an_execution_line() -> None:
    text = "Signed for and on behalf of\n   ABS Telecom plc      by its director\nFOR AND ON BEHALF OF Wellcome plc"
    low = TextIndex(text).ascii_lowered
    assert [f.name for f in fb.signatories(text, low)] == ["ABS Telecom plc", "Wellcome plc"]
