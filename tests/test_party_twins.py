"""Twin copies of one contract (CUAD ships many twice: once as laid out, once with its line breaks
lost, words glued where a line ended) must give the same parties. Table-driven, on real snippets of
both copies from ../shared/corpus/cuad."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import corpus_path
from extractor.grammars.text_index import TextIndex

import extractor
from extractor.stages.party_names import respace_all, respaced, signature_party_name


class Glued(NamedTuple):
    name: str  # as the flattened copy's preamble gives it
    text: str  # where that copy writes the name elsewhere (a real snippet)
    want: str


GLUED = [
    # an all-capitals word glued ("JOB RACING"), spaced in the notices
    Glued("ALEX JOBRACING, INC.", "If to AJR:       Alex Job Racing, Inc.       ", "ALEX JOB RACING, INC."),
    # the name's glued word written alone elsewhere: whole words only
    Glued("RICKSMITH ENTERPRISES", 'check drawn to the order of "Rick Smith" and', "RICK SMITH ENTERPRISES"),
    # glued to an entity suffix with dots
    Glued(
        "SAGEMS.A., Departement MORPHO Systemes",
        "                    SAGEM S.A., DEPARTEMENT MORPHO SYSTEMES",
        "SAGEM S.A., Departement MORPHO Systemes",
    ),
    # one letter stands alone: "B C Marketing" (but no letter-spaced heading, below)
    Glued("B CMarketing Concepts Inc.", "COMPANY:Reed\u2019s, Inc.B C Marketing Concepts Inc., dba",
          "B C Marketing Concepts Inc."),
    Glued("PREMIERNUTRITION CORPORATION", "P R E M I E R N U T R I T I O N CORPORATION",
          "PREMIERNUTRITION CORPORATION"),
    # a word in capitals alone is not split by a longer word that holds it
    Glued("RICKSMITH ENTERPRISES", "RICKSMITHSON", "RICKSMITH ENTERPRISES"),
]


@pytest.mark.parametrize("case", GLUED, ids=[f"{c.name}-{i}" for i, c in enumerate(GLUED)])
def test_glued_name_spaced_as_the_document_writes_it(case: Glued) -> None:
    assert respaced(case.name, TextIndex(case.text)) == case.want


class Spaced(NamedTuple):
    name: str
    body: str  # the view's text (furniture removed)
    original: str  # the whole text (furniture kept)
    want: str


SPACED = [
    # the only spaced writing is the page furniture ("Source: ..."), which the body no longer holds
    Spaced(
        "mPhaseTechnologies Inc.",
        '7974 ("Lucent") and mPhaseTechnologies Inc., a New Jersey corporation',
        "hts against such thirdSource: MPHASE TECHNOLOGIES INC, 10-K, 9/11/2003",
        "mPhase Technologies Inc.",
    ),
    Spaced(
        "The QuantumGroup Inc.",
        "Corporation (\u201cIBM\u201d) and The QuantumGroup Inc., (\u201cCustomer\u201d),",
        "Page 2 of 36Source: QUANTUM GROUP INC /FL, 8-K, 1/20/2009",
        "The Quantum Group Inc.",
    ),
    # glue no copy shows spaced: capitals glued to a lower-case entity word, an acronym to a word
    Spaced("XIMAGEcorporation", "MORPHO) and XIMAGEcorporation whose address", "", "XIMAGE corporation"),
    Spaced("PSSMerger Corp.", 'by and among PSS, PSSMerger Corp. ("Merger Corp.")', "", "PSS Merger Corp."),
    # two capitals are no acronym to split off: "JPMorgan" stays whole
    Spaced("JPMorgan Chase Bank, N.A.", "JPMorgan Chase Bank, N.A., a national banking association", "",
           "JPMorgan Chase Bank, N.A."),
]


@pytest.mark.parametrize("case", SPACED, ids=[c.name for c in SPACED])
def test_glued_name_spaced_from_the_original_or_by_rule(case: Spaced) -> None:
    assert respace_all([case.name], TextIndex(case.body), case.original) == [case.want]


class Twins(NamedTuple):
    laid_out: str  # the copy as laid out (cuad/)
    flattened: str  # the same filing with its line breaks lost
    parties: list[str]  # both give these names, in order


def _cuad(stem: str, part: str = "") -> str:
    return f"cuad/{part}{stem}.txt"


TWINS = [
    # glued words in a name, spaced from the document's own writing or by rule
    Twins(
        _cuad("GULFSOUTHMEDICALSUPPLYINC_12_24_1997-EX-4-AFFILIATE AGREEMENT"),
        _cuad("GULFSOUTHMEDICALSUPPLYINC_12_24_1997-EX-4-AFFILIATE AGREEMENT", "Part_III__Affiliate Agreement__"),
        ["Physician Sales & Service, Inc.", "PSS Merger Corp.", "Gulf South Medical Supply, Inc."],
    ),
    Twins(
        _cuad("HALITRON,INC_03_01_2005-EX-10.15-SPONSORSHIP AND DEVELOPMENT AGREEMENT"),
        _cuad("HALITRON,INC_03_01_2005-EX-10.15-SPONSORSHIP AND DEVELOPMENT AGREEMENT", "Part_II__Sponsorship__"),
        ["TEKNIK DIGITAL ARTS INC.", "RICK SMITH ENTERPRISES"],
    ),
    Twins(
        _cuad("MphaseTechnologiesInc_20030911_10-K_EX-10.15_1560667_EX-10.15_Co-Branding Agreement"),
        _cuad("MphaseTechnologiesInc_20030911_10-K_EX-10.15_1560667_EX-10.15_Co-Branding Agreement",
              "Part_I__Co_Branding__"),
        ["Lucent Technologies Inc.", "mPhase Technologies Inc."],
    ),
    # "the TOWN OF VINTON" / "theTOWN OF VINTON": the article is no part of the name
    Twins(
        _cuad("RgcResourcesInc_20151216_8-K_EX-10.3_9372751_EX-10.3_Franchise Agreement"),
        _cuad("RgcResourcesInc_20151216_8-K_EX-10.3_9372751_EX-10.3_Franchise Agreement", "Part_I__Franchise__"),
        ["TOWN OF VINTON, VIRGINIA", "ROANOKE GAS COMPANY"],
    ),
    # a salutation glued to the first name ("Ladies and Gentlemen:Greater Delaware ...")
    Twins(
        _cuad("ALLIANCEBANCORPINCOFPENNSYLVANIA_10_18_2006-EX-1.2-AGENCY AGREEMENT"),
        _cuad("ALLIANCEBANCORPINCOFPENNSYLVANIA_10_18_2006-EX-1.2-AGENCY AGREEMENT", "Part_III__Agency Agreements__"),
        ["Greater Delaware Valley Holdings, A Mutual Company", "Alliance Mutual Holding Company",
         "Alliance Bancorp, Inc. of Pennsylvania", "Greater Delaware Valley Savings Bank d/b/a Alliance Bank"],
    ),
    # the parties after a salutation, one of them "together with" the first
    Twins(
        _cuad("BLUEROCKRESIDENTIALGROWTHREIT,INC_06_01_2016-EX-1.1-AGENCY AGREEMENT"),
        _cuad("BLUEROCKRESIDENTIALGROWTHREIT,INC_06_01_2016-EX-1.1-AGENCY AGREEMENT",
              "Part_III__Agency Agreements__"),
        ["Bluerock Residential Growth REIT, Inc.", "Bluerock Residential Holdings, L.P.", "BRG Manager, LLC"],
    ),
    # a signer's office read as a piece of the list is no party
    Twins(
        _cuad("IMPCOTECHNOLOGIESINC_04_15_2003-EX-10.65-JOINT VENTURE AGREEMENT"),
        _cuad("IMPCOTECHNOLOGIESINC_04_15_2003-EX-10.65-JOINT VENTURE AGREEMENT", "Part_I__Joint Venture__"),
        ["IMPCO Technologies Inc.", "MINDA INDUSTRIES LIMITED", "Mr. Nirmal K. MINDA"],
    ),
]


@pytest.mark.parametrize("case", TWINS, ids=[c.laid_out[5:40] for c in TWINS])
def test_both_copies_give_the_same_parties(case: Twins) -> None:
    for rel in (case.laid_out, case.flattened):
        ex = extractor.parse(corpus_path(rel))
        assert list(ex.parties["name"]) == case.parties, rel
        assert all(ex.original[r.start : r.end] == r.text for r in ex.parties.itertuples())


@pytest.mark.parametrize(
    ("party", "want"),
    [
        # a role in capitals before the name (a signature column's heading glued to it)
        ("RESELLER Bravatek Solutions, Inc.", ("Bravatek Solutions, Inc.", "Reseller")),
        # all in capitals, the first word may be the name's own ("AGENCY RENT-A-CAR"): kept
        ("AGENCY RENT-A-CAR, INC.", ("AGENCY RENT-A-CAR, INC.", None)),
        # two signature columns' role headings glued where the line break was lost: no name
        ("FRANCHISEEMEMBER", None),
    ],
)
def test_signature_party_after_a_role(party: str, want: tuple[str, str | None] | None) -> None:
    assert signature_party_name(party) == want


GLUED_TWINS = [
    # a sentence-case heading glued to the first name in capitals
    Twins(
        _cuad("FerroglobePlc_20150624_F-4A_EX-10.20_9154746_EX-10.20_Outsourcing Agreement"),
        _cuad("FerroglobePlc_20150624_F-4A_EX-10.20_9154746_EX-10.20_Outsourcing Agreement", "Part_I__Outsourcing__"),
        ["SILICON SMELTERS Pty Ltd", "ESPACIO INFORMATION TECHNOLOGY SA"],
    ),
    # '("Principal")AndPreCheck Health Services': "And" glued to the alias and the next name
    Twins(
        _cuad("PrecheckHealthServicesInc_20200320_8-K_EX-99.2_12070169_EX-99.2_Distributor Agreement"),
        _cuad("PrecheckHealthServicesInc_20200320_8-K_EX-99.2_12070169_EX-99.2_Distributor Agreement",
              "Part_I__Distributor__"),
        ["Co Diagnostics Inc", "PreCheck Health Services Inc"],
    ),
    # "... TX 75069 and the American Diabetes Association, Inc.": the article stays with the name
    Twins(
        _cuad("FreezeTagInc_20180411_8-K_EX-10.1_11139603_EX-10.1_Sponsorship Agreement"),
        _cuad("FreezeTagInc_20180411_8-K_EX-10.1_11139603_EX-10.1_Sponsorship Agreement", "Part_I__Sponsorship__"),
        ["Freeze Tag Inc", "American Diabetes Association Inc"],
    ),
    # "shallcreate": a verb glued where a line ended is no name
    Twins(
        _cuad("GOCALLINC_03_30_2000-EX-10.7-Promotion Agreement"),
        _cuad("GOCALLINC_03_30_2000-EX-10.7-Promotion Agreement", "Part_II__Promotion__"),
        ["Go Call Inc", "PageMaster Corporation"],
    ),
    # a legend in capitals with no full stop runs on into the preamble: the view keeps the preamble
    Twins(
        _cuad("VertexEnergyInc_20200113_8-K_EX-10.1_11943624_EX-10.1_Marketing Agreement"),
        _cuad("VertexEnergyInc_20200113_8-K_EX-10.1_11943624_EX-10.1_Marketing Agreement", "Part_I__Marketing__"),
        ["Bunker One USA Inc", "Vertex Energy Operating LLC"],
    ),
    Twins(
        _cuad("CardlyticsInc_20180112_S-1_EX-10.16_11002987_EX-10.16_Maintenance Agreement4"),
        _cuad("CardlyticsInc_20180112_S-1_EX-10.16_11002987_EX-10.16_Maintenance Agreement4",
              "Part_I__Maintenance__"),
        ["Bank of America N A", "Cardlytics"],
    ),
    # "NJ. 08054.   AND: Food For Athletes, Inc.": no sentence ends before "AND:"
    Twins(
        _cuad("GridironBionutrientsInc_20171206_8-K_EX-10.2_10972556_EX-10.2_Endorsement Agreement"),
        _cuad("GridironBionutrientsInc_20171206_8-K_EX-10.2_10972556_EX-10.2_Endorsement Agreement",
              "Part_I__Endorsement__"),
        ["National Football League Alumni Northern California Chapter", "National Football League Alumni Inc",
         "Food For Athletes Inc"],
    ),
    # "... Hong Kong.AND:Mr. Zheng Qing, ...": "AND:" after a full stop separates
    Twins(
        _cuad("VgrabCommunicationsInc_20200129_10-K_EX-10.33_11958828_EX-10.33_Development Agreement"),
        _cuad("VgrabCommunicationsInc_20200129_10-K_EX-10.33_11958828_EX-10.33_Development Agreement",
              "Part_I__Development__"),
        ["VGrab Asia Ltd", "Mr Zheng Qing Mr Gu Xianwin", "Ms Chen Weijie"],
    ),
    # "JOINT VENTURE AGREEMENTCollectible Concepts Group, Inc. ("CCGI") and ... by this Agreementassociate"
    Twins(
        _cuad("ACCELERATEDTECHNOLOGIESHOLDINGCORP_04_24_2003-EX-10.13-JOINT VENTURE AGREEMENT"),
        _cuad("ACCELERATEDTECHNOLOGIESHOLDINGCORP_04_24_2003-EX-10.13-JOINT VENTURE AGREEMENT",
              "Part_I__Joint Venture__"),
        ["Collectible Concepts Group Inc", "Pivotal Self Service Tech Inc"],
    ),
    # "PREAMBLEJSC NOC KazakhOil, hereinafter referred to as the "Company", ... JSCKarakudukmunay"
    Twins(
        _cuad("CHAPARRALRESOURCESINC_03_30_2000-EX-10.66-TRANSPORTATION CONTRACT"),
        _cuad("CHAPARRALRESOURCESINC_03_30_2000-EX-10.66-TRANSPORTATION CONTRACT", "Part_II__Transportation__"),
        ["JSC NOC KazakhOil", "JSC Karakudukmunay"],
    ),
    # "Distributorship agreementbetweenSignature Orthopaedics Pty LtdAndCPM Medical Consultants LLC"
    Twins(
        _cuad("FuseMedicalInc_20190321_10-K_EX-10.43_11575454_EX-10.43_Distributor Agreement"),
        _cuad("FuseMedicalInc_20190321_10-K_EX-10.43_11575454_EX-10.43_Distributor Agreement",
              "Part_I__Distributor__"),
        ["Signature Orthopaedics Pty Ltd", "CPM Medical Consultants LLC"],
    ),
    # "\u201cAgreement\u201dbetweenNLS-1 Pharma AGAlter Postplatz 26370 ... \u201cNLS\u201dandEurofarma ... S.A.Avenida"
    Twins(
        _cuad("NlsPharmaceuticsLtd_20200228_F-1_EX-10.14_12029046_EX-10.14_Development Agreement"),
        _cuad("NlsPharmaceuticsLtd_20200228_F-1_EX-10.14_12029046_EX-10.14_Development Agreement",
              "Part_I__Development__"),
        ["NLS 1 Pharma AG", "Eurofarma Laborat\u00f3rios S A"],
    ),
    # "Port Vila. Vanuatu ('the Manufacturer') of one part AND: AGAPE ATP ...": the list goes on after a stop
    Twins(
        _cuad("AgapeAtpCorp_20191202_10-KA_EX-10.1_11911128_EX-10.1_Supply Agreement"),
        _cuad("AgapeAtpCorp_20191202_10-KA_EX-10.1_11911128_EX-10.1_Supply Agreement", "Part_I__Supply__"),
        ["ORGANIC PREPARATIONS INC", "AGAPE ATP INTERNATIONAL HOLDING LIMITED"],
    ),
    # "Ladies and Gentlemen:El Banco Financial Corporation, a Georgia corporation (the "Company")"
    Twins(
        _cuad("BANUESTRAFINANCIALCORP_09_08_2006-EX-10.16-AGENCY AGREEMENT"),
        _cuad("BANUESTRAFINANCIALCORP_09_08_2006-EX-10.16-AGENCY AGREEMENT", "Part_III__Agency Agreements__"),
        ["El Banco Financial Corporation"],
    ),
]


def _words(name: str) -> str:
    return " ".join("".join(c if c.isalnum() or c == "&" else " " for c in name).split())


@pytest.mark.parametrize("case", GLUED_TWINS, ids=[c.laid_out[5:40] for c in GLUED_TWINS])
def test_both_copies_give_the_same_words(case: Twins) -> None:
    """As the twins scorer compares them: the names' words (the copies quote and punctuate differently)."""
    for rel in (case.laid_out, case.flattened):
        ex = extractor.parse(corpus_path(rel))
        assert [_words(n) for n in ex.parties["name"]] == case.parties, rel


@pytest.mark.parametrize(
    ("rel", "legend"),
    [
        (
            _cuad("VertexEnergyInc_20200113_8-K_EX-10.1_11943624_EX-10.1_Marketing Agreement"),
            "CERTAIN IDENTIFIED INFORMATION HAS BEEN EXCLUDED FROM THE EXHIBIT BECAUSE IT IS BOTH (i) NOT MATERIAL,"
            " AND (ii) WOULD LIKELY CAUSE COMPETITIVE HARM TO THE COMPANY IF PUBLICLY DISCLOSED",
        ),
        (
            _cuad("CardlyticsInc_20180112_S-1_EX-10.16_11002987_EX-10.16_Maintenance Agreement4",
                  "Part_I__Maintenance__"),
            "[***] = CONFIDENTIAL TREATMENT REQUESTED",
        ),
    ],
)
def test_legend_in_capitals_ends_at_its_last_legend_word(rel: str, legend: str) -> None:
    ex = extractor.parse(corpus_path(rel))
    assert ex.documents["legend"].iloc[0] == legend
    assert "between Bunker One" in ex.body or "between Bank of America" in ex.body
