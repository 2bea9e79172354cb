"""Signature blocks in text that lost its line breaks (issue 19: the twin CUAD extractions of one
contract must name the same signing parties). One copy keeps the lines; the other runs the next
party's name into the field before it ("Title:Reynolds Consumer Products Inc.By:"), glues it to an
officer word ("CEOVALEANT") or writes it after a role label ("Promoter: Fruit of Life Productions LLC").
Each rule is checked on its own (real snippets from ../shared/corpus/cuad), then on both documents
of a twin pair: the same parties, and the right ones."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import corpus_path

import extractor
from extractor.stages.signature_fields import next_party_start
from extractor.stages.signature_parties import clean_party


class NextParty(NamedTuple):
    kind: str
    value: str  # a field's value as the field grammar read it
    whole: bool  # a title or date field: the whole value may be the next party's name
    tail: bool  # a "By:" line: a name in capitals after the value counts, glued or not
    party: str | None  # where the next party's name starts (its text), None: no name in the value


NEXT_PARTY = [
    # Reynolds service agreement: an empty "Title:" line, then the next party's name
    NextParty("whole_value", "Reynolds Consumer Products Inc.", True, False, "Reynolds Consumer Products Inc."),
    # Verizon ABS servicing agreement: the name with its capacity
    NextParty("whole_value", "VERIZON OWNER TRUST 2020-A,as Issuer", True, False,
              "VERIZON OWNER TRUST 2020-A,as Issuer"),
    # Dova promotion agreement: the officer word glued to the name in capitals
    NextParty("glued_officer", "CEOVALEANT PHARMACEUTICALS NORTH AMERICA LLC", True, False,
              "VALEANT PHARMACEUTICALS NORTH AMERICA LLC"),
    # Gpaq service agreement (laid-out copy): the same after a title
    NextParty("glued_officer", "President & CEOCONSTELLATION NEWENERGY, INC.", True, False,
              "CONSTELLATION NEWENERGY, INC."),
    # CC Real Estate marketing agreement: a name opening with capitals and digits glued to the title
    NextParty("glued_caps", "Senior Vice President and Director of Distribution ServicesS2K FINANCIAL LLC", True,
              False, "S2K FINANCIAL LLC"),
    # PC Quote co-branding agreement: the signing line between the title and the name
    NextParty("signing_line", "VP--------------------A. B. WATLEY, INC.", True, False, "A. B. WATLEY, INC."),
    # Eco Science sponsorship agreement and Gpaq service agreement: a role label before the name
    NextParty("role_label", "4/01/2018Promoter: Fruit of Life Productions LLC:", True, False,
              "Promoter: Fruit of Life Productions LLC:"),
    NextParty("role_label",
              "Chief Financial Officer PFHOF: NATIONAL FOOTBALL MUSEUM, INC., D/B/A PRO FOOTBALL HALL OF FAME", True,
              False, "PFHOF: NATIONAL FOOTBALL MUSEUM, INC., D/B/A PRO FOOTBALL HALL OF FAME"),
    # Ideanomics content licence: "Chairman & CEO  LICENSEE: ..." (a role label starts at a word)
    NextParty("role_label", "Chairman & CEO LICENSEE: YOU ON DEMAND HOLDINGS, INC.", True, False,
              "LICENSEE: YOU ON DEMAND HOLDINGS, INC."),
    # Coral Gold consulting agreement: a "Per:" line signed in quotes, then the next name in capitals
    NextParty("entity_tail", '"Ronald Andrews" Authorized Signatory INTERMARK CAPITAL CORP.', False, True,
              "INTERMARK CAPITAL CORP."),
    # Springbank joint filing agreement: on a title line that name is left to the title's own reading
    NextParty("none", "Managing Member MPM ONCOLOGY IMPACT MANAGEMENT LP MPM ONCOLOGY IMPACT MANAGEMENT GP LLC",
              True, False, None),
    # no name: a title, a signer, a title naming its company, a name's corporate forms only
    NextParty("none", "Vice President, Supplier Services", True, False, None),
    NextParty("none", "Jane Doe", False, True, None),
    NextParty("none", "Managing Member of Acme Holdings LLC", True, False, None),
    NextParty("none", "President and CEO BLOOM BURTON & CO. LTD.", True, False, None),
    NextParty("none", "Reynolds Consumer Products Inc.", False, True, None),  # a signed value is the signer's
]


@pytest.mark.parametrize("case", NEXT_PARTY, ids=[f"{c.kind}-{c.value[:24]}" for c in NEXT_PARTY])
def test_next_party_start(case: NextParty) -> None:
    k = next_party_start(case.value, case.whole, case.tail)
    assert (None if k is None else case.value[k:]) == case.party


class Twins(NamedTuple):
    kind: str
    laid_out: str  # under ../shared/corpus/cuad
    flattened: str
    parties: set[str]  # the signing parties, normalised as the twins scorer does


TWINS = [
    Twins(
        "whole_value",
        "ReynoldsConsumerProductsInc_20200121_S-1A_EX-10.22_11948918_EX-10.22_Service Agreement.txt",
        "Part_I__Service__ReynoldsConsumerProductsInc_20200121_S-1A_EX-10.22_11948918_EX-10.22_Service Agreement.txt",
        {"reynolds group holdings inc", "reynolds consumer products inc"},
    ),
    Twins(
        "glued_officer",
        "DovaPharmaceuticalsInc_20181108_10-Q_EX-10.2_11414857_EX-10.2_Promotion Agreement.txt",
        "Part_I__Promotion__DovaPharmaceuticalsInc_20181108_10-Q_EX-10.2_11414857_EX-10.2_Promotion Agreement.txt",
        {"dova pharmaceuticals inc", "valeant pharmaceuticals north america llc"},
    ),
    Twins(
        "glued_caps_and_quoted_role",
        "CcRealEstateIncomeFundadv_20181205_POS 8C_EX-99.(H)(3)_11447739_EX-99.(H)(3)_Marketing Agreement.txt",
        "Part_I__Marketing__CcRealEstateIncomeFundadv_20181205_POS 8C_EX-99.(H)(3)_11447739_EX-99.(H)(3)_"
        "Marketing Agreement.txt",
        {"alps distributors inc", "s2k financial llc"},
    ),
    Twins(
        "signing_line",
        "PcquoteComInc_19990721_S-1A_EX-10.11_6377149_EX-10.11_Co-Branding Agreement3.txt",
        "Part_I__Co_Branding__PcquoteComInc_19990721_S-1A_EX-10.11_6377149_EX-10.11_Co-Branding Agreement3.txt",
        {"pc quote inc", "a b watley inc"},
    ),
    Twins(
        "role_label",
        "EcoScienceSolutionsInc_20180406_8-K_EX-10.1_11135398_EX-10.1_Sponsorship Agreement.txt",
        "Part_I__Sponsorship__EcoScienceSolutionsInc_20180406_8-K_EX-10.1_11135398_EX-10.1_Sponsorship Agreement.txt",
        {"eco science solutions inc", "fruit of life productions llc"},
    ),
    Twins(
        "name_before_next_by",  # one blank between the name and "By:": a signatory under another, no columns
        "IntegrityFunds_20200121_485BPOS_EX-99.E UNDR CONTR_11948727_EX-99.E UNDR CONTR_Service Agreement.txt",
        "Part_I__Service__IntegrityFunds_20200121_485BPOS_EX-99.E UNDR CONTR_11948727_EX-99.E UNDR CONTR_"
        "Service Agreement.txt",
        {"integrity short term government fund", "integrity funds distributor llc"},
    ),
    # a word glued where a line broke, written apart elsewhere in the text ("LATINAMERICA", "SOFTWAREDEVELOPERS")
    Twins(
        "glued_word",
        "PLAYAHOTELS_RESORTSNV_03_14_2017-EX-10.22-STRATEGIC ALLIANCE AGREEMENT (Hyatt Ziva Cancun).txt",
        "Part_I__Strategic Alliance__PLAYAHOTELS_RESORTSNV_03_14_2017-EX-10.22-STRATEGIC ALLIANCE AGREEMENT "
        "(Hyatt Ziva Cancun).txt",
        {"hyatt franchising latin america l l c", "playa hotels & resorts b v"},
    ),
    Twins(
        "glued_word_and_glued_by",
        "PelicanDeliversInc_20200211_S-1_EX-10.3_11975895_EX-10.3_Development Agreement1.txt",
        "Part_I__Development__PelicanDeliversInc_20200211_S-1_EX-10.3_11975895_EX-10.3_Development Agreement1.txt",
        {"seattle software developers inc", "pelican delivers inc"},
    ),
    Twins(
        "entity_tail",
        "CORALGOLDRESOURCES,LTD_05_28_2020-EX-4.1-CONSULTING AGREEMENT.txt",
        "Part_II__Consulting Agreements__CORALGOLDRESOURCES,LTD_05_28_2020-EX-4.1-CONSULTING AGREEMENT.txt",
        {"coral gold resources ltd", "intermark capital corp"},
    ),
]

# pairs read alike by signature_flat's rules (names glued, role words, descriptors, page numbers)
TWINS += [
    Twins(
        "glued_form",
        "KUBIENT,INC_07_02_2020-EX-10.14-MASTER SERVICES AGREEMENT_Part1.txt",
        "Part_II__Service__KUBIENT,INC_07_02_2020-EX-10.14-MASTER SERVICES AGREEMENT_Part1.txt",
        {"kubient inc"},
    ),
    Twins(
        "page_number",
        "TheglobeComInc_19990503_S-1A_EX-10.20_5416126_EX-10.20_Co-Branding Agreement.txt",
        "Part_I__Co_Branding__TheglobeComInc_19990503_S-1A_EX-10.20_5416126_EX-10.20_Co-Branding Agreement.txt",
        {"theglobe com inc", "the boxlot company"},
    ),
    Twins(
        "bare_signature_glued_to_name",
        "SPHERE3DCORP_06_24_2020-EX-10.12-CONSULTING AGREEMENT.txt",
        "Part_II__Consulting Agreements__SPHERE3DCORP_06_24_2020-EX-10.12-CONSULTING AGREEMENT.txt",
        {"sphere 3d corp", "groupe parameus corp"},
    ),
    Twins(
        "descriptor_and_title_holding_the_next_name",
        "MorganStanleyDirectLendingFund_20191119_10-12GA_EX-10.5_11898508_EX-10.5_Trademark License Agreement.txt",
        "Part_I__License_Agreements__MorganStanleyDirectLendingFund_20191119_10-12GA_EX-10.5_11898508_EX-10.5_"
        "Trademark License Agreement.txt",
        {"morgan stanley direct lending fund", "morgan stanley investment management inc"},
    ),
    Twins(
        "name_before_by",  # the second signatory's "Name:" / "Title:" written before its "By:"
        "LejuHoldingsLtd_20140121_DRS (on F-1)_EX-10.26_8473102_EX-10.26_Content License Agreement2.txt",
        "Part_I__License_Agreements__LejuHoldingsLtd_20140121_DRS (on F-1)_EX-10.26_8473102_EX-10.26_"
        "Content License Agreement2.txt",
        {"beijing sina internet information service co ltd", "shanghai sina leju information technology co ltd"},
    ),
    Twins(
        "date_holds_name",
        "WEBHELPCOMINC_03_22_2000-EX-10.8-HOSTING AGREEMENT.txt",
        "Part_II__Hosting__WEBHELPCOMINC_03_22_2000-EX-10.8-HOSTING AGREEMENT.txt",
        {"eliance corporation", "egain communications corporation"},
    ),
    Twins(
        "caption_lead",
        "SoupmanInc_20150814_8-K_EX-10.1_9230148_EX-10.1_Franchise Agreement4.txt",
        "Part_I__Franchise__SoupmanInc_20150814_8-K_EX-10.1_9230148_EX-10.1_Franchise Agreement4.txt",
        {"kiosk concepts inc", "the grilled cheese truck inc"},
    ),
    Twins(
        "sentence_then_entity",
        "VEONEER,INC_02_21_2020-EX-10.11-JOINT VENTURE AGREEMENT.txt",
        "Part_I__Joint Venture__VEONEER,INC_02_21_2020-EX-10.11-JOINT VENTURE AGREEMENT.txt",
        {"veoneer ab", "veoneer us inc", "nissin kogyo co ltd", "veoneer nissin brake systems japan co ltd",
         "veoneer nissin brake systems zhongshan co ltd"},
    ),
    Twins(
        "closer_split_and_glued_words",
        "FreezeTagInc_20180411_8-K_EX-10.1_11139603_EX-10.1_Sponsorship Agreement.txt",
        "Part_I__Sponsorship__FreezeTagInc_20180411_8-K_EX-10.1_11139603_EX-10.1_Sponsorship Agreement.txt",
        {"american diabetes association inc", "freeze tag inc"},
    ),
    Twins(
        "acceptance_after_title",
        "EuromediaHoldingsCorp_20070215_10SB12G_EX-10.B(01)_525118_EX-10.B(01)_Content License Agreement.txt",
        "Part_I__License_Agreements__EuromediaHoldingsCorp_20070215_10SB12G_EX-10.B(01)_525118_EX-10.B(01)_"
        "Content License Agreement.txt",
        {"rogers cable communications inc"},
    ),
    Twins(
        "quoted_roles",
        "AlliedEsportsEntertainmentInc_20190815_8-K_EX-10.34_11788308_EX-10.34_Sponsorship Agreement.txt",
        "Part_I__Sponsorship__AlliedEsportsEntertainmentInc_20190815_8-K_EX-10.34_11788308_EX-10.34_"
        "Sponsorship Agreement.txt",
        {"newegg inc", "allied esports international inc"},
    ),
    Twins(
        "glued_role_words_and_descriptors",
        "HertzGroupRealtyTrustInc_20190920_S-11A_EX-10.8_11816941_EX-10.8_Trademark License Agreement.txt",
        "Part_I__License_Agreements__HertzGroupRealtyTrustInc_20190920_S-11A_EX-10.8_11816941_EX-10.8_"
        "Trademark License Agreement.txt",
        {"hertz investment group llc", "hertz group realty trust inc"},
    ),
    Twins(
        "quoted_role_after_value",
        "DRIVENDELIVERIES,INC_05_22_2020-EX-10.4-CONSULTING AGREEMENT.txt",
        "Part_II__Consulting Agreements__DRIVENDELIVERIES,INC_05_22_2020-EX-10.4-CONSULTING AGREEMENT.txt",
        {"driven deliveries inc", "truckthat llc"},
    ),
    Twins(
        "comma_and_descriptor_glued",
        "SmartRxSystemsInc_20180914_1-A_EX1A-6 MAT CTRCT_11351705_EX1A-6 MAT CTRCT_Distributor Agreement.txt",
        "Part_I__Distributor__SmartRxSystemsInc_20180914_1-A_EX1A-6 MAT CTRCT_11351705_EX1A-6 MAT CTRCT_"
        "Distributor Agreement.txt",
        {"smart rx systems inc", "a3 development group llc"},
    ),
    Twins(
        "role_after_form",
        "SoupmanInc_20150814_8-K_EX-10.1_9230148_EX-10.1_Franchise Agreement1.txt",
        "Part_I__Franchise__SoupmanInc_20150814_8-K_EX-10.1_9230148_EX-10.1_Franchise Agreement1.txt",
        {"kiosk concepts inc", "the grilled cheese truck inc"},
    ),
]


def _parties(rel: str) -> set[str]:
    sig = extractor.parse(corpus_path("cuad/" + rel)).signatures
    return {" ".join("".join(c if c.isalnum() or c == "&" else " " for c in str(p)).split()).casefold()
            for p in sig["party"].dropna()}


@pytest.mark.parametrize("case", TWINS, ids=[c.kind for c in TWINS])
def test_twins_name_the_same_right_parties(case: Twins) -> None:
    assert _parties(case.laid_out) == case.parties
    assert _parties(case.flattened) == case.parties


class Glued(NamedTuple):
    kind: str
    rel: str  # a flattened copy under ../shared/corpus/cuad
    present: set[str]  # parties its signature table holds (normalised)
    absent: set[str]  # and must not hold


GLUED = [
    # a role label glued to the name at its colon: "NETWORK:TRIBUNE BROADCASTING COMPANYTHE TUBE MUSIC NETWORK, INC."
    Glued(
        "colon_role",
        "Part_I__Affiliate_Agreements__TubeMediaCorp_20060310_8-K_EX-10.1_513921_EX-10.1_Affiliate Agreement.txt",
        {"tribune broadcasting company", "the tube music network inc"},
        {"network tribune broadcasting company"},
    ),
    # "...is:Delivery Date:": a sentence glued to a label's first word at a colon gives no party
    Glued(
        "colon_sentence",
        "Part_I__Maintenance__CardlyticsInc_20180112_S-1_EX-10.16_11002987_EX-10.16_Maintenance Agreement2.txt",
        set(),
        {"delivery"},
    ),
]


@pytest.mark.parametrize("case", GLUED, ids=[c.kind for c in GLUED])
def test_glued_party_names(case: Glued) -> None:
    got = _parties(case.rel)
    assert case.present <= got
    assert not case.absent & got


class Spelled(NamedTuple):
    rel: str
    party: str  # a party written as the document writes it throughout: not split


SPELLED = [
    Spelled("contracts-ex10/software_license__859368_1997-05-09_MASTER-SOFTWARE-LICENSE-BTWN-COMPANY-FOCUSSOFT.txt",
            "FocusSoft, Inc."),
]


@pytest.mark.parametrize("case", SPELLED, ids=[c.party for c in SPELLED])
def test_brand_spelling_kept(case: Spelled) -> None:
    assert case.party in set(extractor.parse(corpus_path(case.rel)).signatures["party"].dropna())


class Lead(NamedTuple):
    line: str  # the line above a "By:" (CUAD twins)
    party: str | None


LEAD = [
    # Federated services agreement: an acceptance's date before the name
    Lead("Accepted and agreed to this January 1, 2004 FEDERATED ADVISORY SERVICES COMPANY",
         "FEDERATED ADVISORY SERVICES COMPANY"),
    # NMF trademark licence, laid out and flattened ("AGREEMENTNEW")
    Lead("ACKNOWLEDGED AND AGREED TO AS OF THE EFFECTIVE DATE OF THIS AGREEMENT NEW MOUNTAIN FINANCE ADVISERS BDC, "
         "L.L.C.", "NEW MOUNTAIN FINANCE ADVISERS BDC, L.L.C."),
    Lead("ACKNOWLEDGED AND AGREED TOAS OF THE EFFECTIVE DATE OF THIS AGREEMENTNEW MOUNTAIN FINANCE ADVISERS BDC, "
         "L.L.C.", "NEW MOUNTAIN FINANCE ADVISERS BDC, L.L.C."),
    # Bravatek reseller agreement (flattened): the column's role header run onto the name
    Lead("RESELLER Bravatek Solutions, Inc.", "Bravatek Solutions, Inc."),
    # Novo joint venture agreement (one blank for each line break): the article's heading before the name;
    # IMPCO joint venture agreement (flattened): a list mark
    Lead("ARTICLE 26 - AFFIRMATION AND EXECUTION Novo Integrated Sciences Inc.", "Novo Integrated Sciences Inc."),
    Lead("B2. SOPAN INVESTMENT & AGRO FARMS PVT. LTD.", "SOPAN INVESTMENT & AGRO FARMS PVT. LTD."),
    Lead("A. B. WATLEY, INC.", "A. B. WATLEY, INC."),
    # kept: a role word that is the name's own first word, a name in capitals
    Lead("PARTNER Communications Company Ltd.", "PARTNER Communications Company Ltd."),
    Lead("OWNER TRUST 2020-A", "OWNER TRUST 2020-A"),
    Lead("The Date Company, Inc.", "The Date Company, Inc."),
    # GluMobile content licence (twin): an ampersand spaced on one side only, spaced on both
    Lead("TWENTIETH CENTURY FOX LICENSING &MERCHANDISING", "TWENTIETH CENTURY FOX LICENSING & MERCHANDISING"),
    Lead("AT&T MOBILITY LLC", "AT&T MOBILITY LLC"),
    # text that names nobody (party_noise): an acceptance line, a form's blanks, the page's furniture
    Lead("CONFIRMED AND ACCEPTED,", None),
    Lead("Name of Master Reseller (if applicable):____________ Approved", None),
    Lead("Google Confidential", "Google"),
    Lead("CARBOGEN AMCIS AG by its", "CARBOGEN AMCIS AG"),  # Paratek (twin): over "authorized signatory:"
]


@pytest.mark.parametrize("case", LEAD, ids=[c.line[:30] for c in LEAD])
def test_words_run_on_before_the_name(case: Lead) -> None:
    assert clean_party(case.line) == case.party


class CapsGlue(NamedTuple):
    text: str  # the document's text, shortened: the glued name and the words written alone elsewhere
    name: str
    spaced: str


CAPS_GLUE = [
    # Profound Medical supply agreement (Part_II__ twin): two columns' names flattened into one line
    CapsGlue("Philips Medical Systems Nederland B.V. and Profound Medical Inc. ... PHILIPS MEDICAL SYSTEMSPROFOUND",
             "PHILIPS MEDICAL SYSTEMSPROFOUND MEDICAL INC.", "PHILIPS MEDICAL SYSTEMS PROFOUND MEDICAL INC."),
    # Virtuoso Surgical licence (Part_I__ twin)
    CapsGlue("The Johns Hopkins University and Virtuoso Surgical, Inc. ... THE JOHNS HOPKINS UNIVERSITYVIRTUOSO",
             "THE JOHNS HOPKINS UNIVERSITYVIRTUOSO SURGICAL, INC.",
             "THE JOHNS HOPKINS UNIVERSITY VIRTUOSO SURGICAL, INC."),
    # Gridiron BioNutrients supply agreement (Part_II__ twin): two capitalised words glued ("BioNutrients", written
    # so throughout, stays)
    CapsGlue("EWSD 1, LLC d/b/a Shi Farms ... Gridiron BioNutrients, Inc. ... BioNutrients ... Shi FarmsGridiron",
             "d/b/a Shi FarmsGridiron BioNutrients, Inc.", "d/b/a Shi Farms Gridiron BioNutrients, Inc."),
    # kept: a word the text writes glued more than once (a brand), or no half written alone
    CapsGlue("MOBILEVISION Ltd. and MOBILEVISION COMMUNICATIONS", "MOBILEVISION COMMUNICATIONS LTD.",
             "MOBILEVISION COMMUNICATIONS LTD."),
    CapsGlue("ZYXWVUTSRQPO Inc.", "ZYXWVUTSRQPO INC.", "ZYXWVUTSRQPO INC."),
]


@pytest.mark.parametrize("case", CAPS_GLUE, ids=[c.name[:30] for c in CAPS_GLUE])
def test_words_in_capitals_glued_at_a_lost_line_break_are_split(case: CapsGlue) -> None:
    from extractor.stages.signature_respace import respaced_words

    assert respaced_words(case.text, [case.name]).get(case.name, case.name) == case.spaced
