"""Signature blocks: label and field grammar cases, block parsing on real corpus snippets (clean
lines, flattened lines, two flattened columns, nested "By:" entities), and the qwest document."""

from __future__ import annotations

import zlib
from typing import NamedTuple

import pytest
from conftest import GOLDEN, corpus_path
from extractor.grammars import signature as g
from golden_util import check_golden
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor.stages import signature_parties
from extractor.stages.layout import find_layout
from extractor.stages.signatures import find_signatures


class Labels(NamedTuple):
    text: str
    labels: list[str]


LABELS = [
    Labels("By:  /S/ YASH RANA", ["By"]),
    Labels("By:_____________________________", ["By"]),
    Labels("By /s/ Jane Doe", ["By"]),
    Labels("Printed Name: R.C. Boyd  Title: President", ["Printed Name", "Title"]),
    # flattened text: title-case labels glued to the word before them
    Labels("By: /s/ John B. Fisher By: /s/ J. Christopher DonahueName: John B. Fisher", ["By", "By", "Name"]),
    Labels("COMPANYBy: /s/ G. Andrew BonnewellTitle: Vice President", ["By", "Title"]),
    Labels("CROClientSignature/s/ Michael Derby", ["Signature"]),
    # glued in the other case than the word before, or a "/s/" after it (Bellring, Ehave: CUAD, flattened)
    Labels("STREMICKS HERITAGE FOODS, LLCBY:/s/ Darcy DavenportBY:/s/ Sam Stremick", ["BY", "BY"]),
    Labels("COMPANION HEALTHCARE TECHNOLOGIES CORPper:/s/ Prateek Dwivediper:/s/ Scott Woodrow", ["per", "per"]),
    Labels("Title: PresidentDATE: 1/8/18", ["Title", "DATE"]),
    # not labels: "by" inside a word, or without a colon, mark or signing line after it
    Labels("the standby: letter of credit", []),
    Labels("NEARBY: facilities", []),
    Labels("SECURITY DEPOSIT NEARBY: ____ feet", []),
    Labels("executed by the parties and dated as of the date", []),
]


@pytest.mark.parametrize("case", LABELS, ids=[c.text[:30] for c in LABELS])
def test_labels(case: Labels) -> None:
    assert [m.group("label") for m in g.find_labels(case.text)] == case.labels


class Field(NamedTuple):
    text: str
    value: str | None
    signed: bool
    blank: bool


FIELDS = [
    Field("By:  /S/ YASH RANA", "YASH RANA", True, False),
    Field("By:_____________________________", None, False, True),
    Field("Title:  ASSOCIATE GENERAL COUNSEL", "ASSOCIATE GENERAL COUNSEL", False, False),
    Field("By:/s/ Vincent Hingot", "Vincent Hingot", True, False),
    Field("Name:/s/", None, True, False),
    Field("Date: 22 Dec. 2017", "22 Dec. 2017", False, False),
    Field("Signature:______________________", None, False, True),
]


@pytest.mark.parametrize("case", FIELDS, ids=[c.text[:24] for c in FIELDS])
def test_field_grammar(case: Field) -> None:
    got = g.parse_field(case.text)
    assert (got["value"], got["signed"], got["blank"]) == (case.value, case.signed, case.blank)


class Block(NamedTuple):
    name: str
    text: str  # copied from a corpus document
    rows: list[tuple[str | None, str | None, bool]]  # (party, signer, signed)


BLOCKS = [
    Block(
        "flattened_two_columns",  # FEDERATED services agreement amendment (CUAD)
        "IN WITNESS WHEREOF, the parties hereto, through their duly authorized officers, have executed this "
        "Amendment as of thedate first above written.FEDERATED INVESTMENT MANAGEMENT FEDERATED ADVISORY "
        "SERVICES "
        "COMPANYCOMPANYBy: /s/ John B. Fisher By: /s/ J. Christopher DonahueName: John B. Fisher Name: J. "
        "Christopher DonahueTitle: President Title: Chairman\x0c",
        [
            ("FEDERATED INVESTMENT MANAGEMENT COMPANY", "John B. Fisher", True),
            ("FEDERATED ADVISORY SERVICES COMPANY", "J. Christopher Donahue", True),
        ],
    ),
    Block(
        "flattened_sequential",  # FEDERATED services agreement: title glued to the next party
        "IN WITNESS WHEREOF, the parties hereto, through their duly authorized officers, have executed this "
        "Agreement as of theeffective date first above written.FEDERATED INVESTMENT MANAGEMENT COMPANYBy: "
        "/s/ G. "
        "Andrew BonnewellName: G. Andrew BonnewellTitle: Vice PresidentFEDERATED ADVISORY SERVICES "
        "COMPANYBy: /s/ "
        "Keith M. SchappertName: Keith M. SchappertTitle: President\x0cEXHIBIT ADESCRIPTION OF SERVICEST",
        [
            ("FEDERATED INVESTMENT MANAGEMENT COMPANY", "G. Andrew Bonnewell", True),
            ("FEDERATED ADVISORY SERVICES COMPANY", "Keith M. Schappert", True),
        ],
    ),
    Block(
        "wide_gaps",  # Cano Petroleum sponsorship agreement
        ".\n\n3\n\n    R. C. BOYD ENTERPRISES, LLC        By:   /s/ R.C. Boyd\n\nPrinted Name: R.C. Boyd  "
        "Title: "
        "President        CANO PETROLEUM, INC.        By:   /s/ Jeff Johnson\n\nPrinted name: Jeff Johnson  "
        "Title: CEO\n\n\n\n\n",
        [("R. C. BOYD ENTERPRISES, LLC", "R.C. Boyd", True), ("CANO PETROLEUM, INC.", "Jeff Johnson", True)],
    ),
    Block(
        "columns_with_tax_ids",  # Integrity Media co-branding agreement: a third By: under one column
        "IN WITNESS WHEREOF, the parties have signed below.\n\nINTEGRITY INCORPORATED                      "
        "TIME "
        "LIFE, INC. Tax ID#63-0952549                           Tax ID#                                      "
        "    "
        "          -----------------------------\n\nBy: /s/ Jerry W. Weimer                     By: /s/ Mark "
        "Stevens     -----------------------------------         --------------------------------     Jerry "
        "W. "
        "Weimer, Ex. Vice President         Mark Stevens, President     Chief Operating Officer\n\nBy: /s/ "
        "Don "
        "Mayes     -----",
        [("INTEGRITY INCORPORATED", "Jerry W. Weimer", True), ("TIME LIFE, INC.", "Mark Stevens", True),
         (None, "Don Mayes", True)],
    ),
    Block(
        "entity_signing_by_its_partner",  # Moelis strategic alliance agreement
        "\n\n\n\n\n\n                        MOELIS & COMPANY HOLDINGS LP\n\n\n\n\n\n\n\n            By: "
        "Moelis & "
        "Company Holdings GP LLC\n\n\n\n\n\n\n\nIts: General "
        "Partner\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nBy:\n\n\n\n\n\n"
        "\n\nName: Kenneth D. Moelis\n\n\n\n\n\n\n\nTitle: Chief Executive Officer\n\n\n\n\n\n\n\n           "
        " "
        "MOELIS & COMPANY HOLDINGS GP LLC\n\n\n\n\n\n\n\n\n\nBy:\n\n\n\n\n\n\n\nName: Kenneth D. "
        "Moelis\n\n\n\n\n\n"
        "\n\nTitle: Chief Executive Off",
        [("MOELIS & COMPANY HOLDINGS LP", "Kenneth D. Moelis", False),
         ("MOELIS & COMPANY HOLDINGS GP LLC", "Kenneth D. Moelis", False)],
    ),
    Block(
        "role_labels_and_name_slash_s",  # eGain hosting agreement: no By:, "Name:/s/" with no name
        "Customer: Eliance Corporation\n\nName:/s/                                 Title:                    "
        " "
        "         ___________________________               _________\n\nSignature:______________________    "
        " "
        "    Date:__________\n\neGain Communications Corporation:\n\nName:/s/                                "
        " "
        "Title:                              ___________________________               "
        "_________\n\nSignature:"
        "______________________         Date:__________",
        [("Eliance Corporation", None, True), ("eGain Communications Corporation", None, True)],
    ),
    Block(
        "witness_column_beside_the_party",  # Pharmagen endorsement agreement: two columns flattened
        "IN WITNESS WHEREOF, the parties hereto have executed this Agreement on the day and date first above "
        'written.    WITNESS: Healthcare Distribution Specialists LLC ("HDS")    By: /s/ Linda Lee By: /s/ '
        "Mackie A. Barch       Date: February 17, 2012 Title: CEO           WITNESS: Paul Silas "
        '("Celebrity")    By: /s/ Carolyn Silas By: /s/ Paul Silas       Date: March 8, 2012',
        [(None, "Linda Lee", True), ("Healthcare Distribution Specialists LLC", "Mackie A. Barch", True),
         (None, "Carolyn Silas", True), ("Paul Silas", "Paul Silas", True)],
    ),
    Block(
        "witness_signing_beside_the_party",  # NeoMedia distributor agreement
        "IN WITNESS WHEREOF, PPG SHANGHAI and DISTRIBUTOR have executed this Distributor Agreement effective "
        "the day, month, and year first above written.\n\nWitness:                                 PPG Paints "
        "Trading (Shanghai) Co., Ltd.\n\n\n\n\n\n/s/ Ju dian                              By: /s/ Yuen Kit "
        "Yeg, Pauline ----------------------------\n                 Name: Yuen Kit Yeg, Pauline\n",
        [(None, "Ju dian", True), ("PPG Paints Trading (Shanghai) Co., Ltd.", "Yuen Kit Yeg, Pauline", True)],
    ),
    Block(
        "aliases_end_the_column_names",  # ScanSource distributor agreement
        "duly authorized to execute this Agreement.\n\nScanSource,Inc. (\"Distributor\") Cisco Systems, Inc. "
        '("Cisco") By: /s/ Jeffrey E. Yelton By: /s/ Frank A. Calderon Name: Jeffrey E. Yelton Name: Frank A '
        ". Calderon Title: VP Merchandising Title: VP, WW Sales Finance\n\nDate: 1/19/07 Date: January 22, 2007",
        [("ScanSource,Inc.", "Jeffrey E. Yelton", True), ("Cisco Systems, Inc.", "Frank A . Calderon", True)],
    ),
    Block(
        "second_officer_of_the_same_entity",  # Ceres collaboration agreement
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\nCERES, INC.\n\n"
        "By:  /s/ Richard Hamilton\n\n      Name: Richard Hamilton       Title: President and Chief Executive "
        "Officer\n\nBy:   /s/ Richard Flavell\n\nName: Richard Flavell, CBE, FRS              Title: Chief "
        "Scientific Officer\n\n",
        [("CERES, INC.", "Richard Hamilton", True), ("CERES, INC.", "Richard Flavell, CBE, FRS", True)],
    ),
    Block(
        "person_signing_alone_after_an_entity",  # elf Beauty cooperation agreement: no title, no party
        "Cibelli Research & Management, LLC\n\nBy: /s/ Mario D. Cibell Name: Mario D. Cibelli Title: Managing "
        "Member\n\nBy: /s/ Mario D. Cibell Name: Mario D. Cibelli\n\n[Signature Page to Cooperation Agreement]",
        [("Cibelli Research & Management, LLC", "Mario D. Cibelli", True), (None, "Mario D. Cibelli", True)],
    ),
    Block(
        "signature_captions_in_two_flattened_columns",  # Hertz trademark licence: a form, no /s/
        "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the day and year "
        "first above written. LICENSOR LICENSEE HERTZ INVESTMENT GROUP, LLC HERTZ GROUP REALTY TRUST, INC. a "
        "Delaware limited liability company a Maryland corporation (Signature) (Signature) John D. Forbess, "
        "Executive VP/Secretary John D. Forbess, Executive VP/Secretary\n\n",
        [("HERTZ INVESTMENT GROUP, LLC", "John D. Forbess", False),
         ("HERTZ GROUP REALTY TRUST, INC.", "John D. Forbess", False)],
    ),
    Block(
        "entity_acting_for_the_party_without_its",  # Meet Group cooperation agreement
        "HARVEST SMALL CAP PARTNERS MASTER, LTD. By: Harvest Capital Strategies LLC Investment Manager   By: /s/ "
        "Jeffrey B. Osher  Name: Jeffrey B. Osher Title: Managing Director   HARVEST SMALL CAP PARTNERS, L.P. "
        "By: Harvest Capital Strategies LLC Investment Manager   By: /s/ Jeffrey B. Osher  Name: Jeffrey B. "
        "Osher Title: Managing Director\n",
        [("HARVEST SMALL CAP PARTNERS MASTER, LTD.", "Jeffrey B. Osher", True),
         ("HARVEST SMALL CAP PARTNERS, L.P.", "Jeffrey B. Osher", True)],
    ),
    Block(
        "one_entity_over_two_officers",  # Domini sponsorship agreement
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
        "                                           DOMINI ADVISOR TRUST\n\n"
        "                                           By: /s/ Amy L. Domini          By: /s/ Carole M. Laible\n",
        # both officers sign for the one trust named over their lines
        [("DOMINI ADVISOR TRUST", "Amy L. Domini", True), ("DOMINI ADVISOR TRUST", "Carole M. Laible", True)],
    ),
    Block(
        "dated_lines_and_parties_one_under_another",  # GoCall promotion agreement
        "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the date set "
        "forth below.\n\n                                                GO CALL, Inc.\n\n        Dated:  3/13/99"
        "                         By:  /s/ Michael Ruge                -------------------\n"
        "                                                      Michael Ruge\n\n"
        "                                                PAGEMASTER CORPORATION\n\n        Dated:  3/13/99"
        "                         By:  /s/ Marc B. Resnick                -------------------\n",
        [("GO CALL, Inc.", "Michael Ruge", True), ("PAGEMASTER CORPORATION", "Marc B. Resnick", True)],
    ),
    Block(
        "blank_lines_one_under_another",  # Sparkling Spring software licence: "Per:" lines, no colons after
        "         Dated the ____ day of May, 2000.\n\n                                        GARMAN ROUTING "
        "SYSTEMS, INC.\n\n                                        Per: ___________________________________\n\n"
        "                                        SPARKLING SPRING WATER GROUP LIMITED\n\n\n\n\n\n"
        "                                        Per: ___________________________________\n\n",
        [("GARMAN ROUTING SYSTEMS, INC.", None, False), ("SPARKLING SPRING WATER GROUP LIMITED", None, False)],
    ),
    Block(
        "individuals_in_capitals_one_under_another",  # OneMain joint filing agreement
        "GEORGE G. HICKS\n\nBy: /s/ George G. Hicks\n\nILFRYN CARSTAIRS\n\nBy: /s/ Ilfryn Carstairs\n\n",
        [("GEORGE G. HICKS", "George G. Hicks", True), ("ILFRYN CARSTAIRS", "Ilfryn Carstairs", True)],
    ),
    Block(
        "name_on_two_lines",  # Afsala Bancorp agency agreement
        "                                        Very truly yours,\n\n                                        AFSALA "
        "BANCORP, INC.\n\n                                        By: ________________________________\n"
        "                                                  John M. Lisicki, President and\n\n"
        "                                        AMSTERDAM FEDERAL SAVINGS AND\n"
        "                                        LOAN ASSOCIATION\n\n"
        "                                        By:  ________________________________\n"
        "                                                  John M. Lisicki, President and\n",
        [("AFSALA BANCORP, INC.", None, False), ("AMSTERDAM FEDERAL SAVINGS AND LOAN ASSOCIATION", None, False)],
    ),
    Block(
        "next_party_run_into_a_title",  # PFS Funds services agreement: a party, not a second officer
        "PFS Funds By: /s/ Jeffrey R. Provence Print Name: Jeffrey R. Provence Title: Trustee, Secretary and "
        "Treasurer Potomac Fund Management, Inc. By: /s/ Manish Khatta Print Name: Manish Khatta Title: President",
        [("PFS Funds", "Jeffrey R. Provence", True), ("Potomac Fund Management, Inc.", "Manish Khatta", True)],
    ),
    Block(
        "next_party_glued_to_a_title",  # Veoneer joint venture agreement (PDF text)
        "Veoneer ABBy: /s/ Mats BackmanName: Mats BackmanTitle: DirectorBy: /s/ Amelie WendelsName: Amelie "
        "WendelsTitle: DirectorVeoneer US, Inc.By: /s/ Eric R. SwansonName: Eric R. SwansonTitle: President & "
        "SecretaryNissin Kogyo Co., Ltd.By: /s/ Yasushi KawaguchiName: Yasushi KawaguchiTitle: Representative "
        "Director, President",
        [("Veoneer AB", "Mats Backman", True), ("Veoneer AB", "Amelie Wendels", True),
         ("Veoneer US, Inc.", "Eric R. Swanson", True), ("Nissin Kogyo Co., Ltd.", "Yasushi Kawaguchi", True)],
    ),
    Block(
        "blank_form",  # Eton Pharmaceuticals: unsigned form, the next party glued after "Title:"
        "CONFIDENTIAL IN WITNESS WHEREOF, the Parties hereto have executed this Agreement as of the date "
        "first "
        "above written, to be effective upon the Effective Date. ETON PHARMACEUTICALS, INC. By: Name: Title: "
        "AUCTA PHARMACEUTICALS, INC. By: Name: ",
        [("ETON PHARMACEUTICALS, INC.", None, False), ("AUCTA PHARMACEUTICALS, INC.", None, False)],
    ),
    Block(
        "flattened_columns_suffix_glued",  # Aduro Biotech consulting agreement (CUAD, the one-line twin)
        "This Agreement may be executed in anynumber of counterparts, and each such counterpart shall be "
        "deemed to be an original instrument, but all such counterparts together shall constitute butone "
        "agreement.ADURO BIOTECH, INC.CONSULTANTBy:/s/ Stephen T. IsaacsBy:/s/ Andrea van ElsasName:Stephen T. "
        "IsaacsName:Andrea van ElsasTitle:President and Chief Executive OfficerTitle:Chief Scientific Officer",
        [("ADURO BIOTECH, INC.", "Stephen T. Isaacs", True), ("CONSULTANT", "Andrea van Elsas", True)],
    ),
    Block(
        "conformed_between_underscores_no_colon",  # edgar-exhibits/AAPL_0000320193-96-000002_5
        "expressly provided herein.\n\n                                   APPLE COMPUTER, INC.\n\n\n"
        "Date   1/18/96                     By _/s/ Edward B. Stead_____________\n"
        "                                      Edward B. Stead\n"
        "                                      Vice President and General Counsel\n",
        [("APPLE COMPUTER, INC.", "Edward B. Stead", True)],
    ),
    Block(
        "individual_accepts_under_the_company",  # edgar-exhibits/AAPL_0000320193-96-000011_4
        "                                   Sincerely,\n\n"
        "                                   APPLE COMPUTER, INC.\n\n\n\n"
        "                                   By_/s/ G.F. Amelio__\n                                       Name:\n"
        "                                       Title:\n\n\nAgreed to as of this 4th day of March, 1996.\n\n\n\n"
        "_/s/ F.D. Anserson___\nFred D. Anderson, Jr.\n",
        [("APPLE COMPUTER, INC.", "G.F. Amelio", True), (None, "F.D. Anserson", True)],
    ),
    Block(
        "agreed_to_and_accepted_is_no_party",  # edgar-exhibits/BYM_0000014272-01-500006_2 (converted HTML)
        "Please acknowledge your understanding of and agreement to the provisions of this Consulting Agreement "
        "by signing below.\n\nVery truly yours,\n\nBy /s/ Charles G. Tharp\n\nCharles G. Tharp\n\n"
        "Senior Vice President\n\nHuman Resources\n\nAGREED TO AND ACCEPTED:\n\nBy /s/ Kenneth E. Weg\n\n__\n\n"
        "KENNETH E. WEG\n\n12/18/00\n\nDATE\n",
        [(None, "Charles G. Tharp", True), (None, "Kenneth E. Weg", True)],
    ),
    Block(
        "bank_name_and_capacity_over_lines",  # edgar-exhibits/BYM_0001193125-12-326074_7 (credit agreement)
        "Bristol-Myers Squibb Credit Agreement July 2012\nWELLS FARGO BANK, NATIONAL\n"
        "ASSOCIATION, as Documentation Agent and as a\nLender\nBy:        /s/ Monique Gasque       Name:       "
        "Monique Gasque       Title:       Vice President\n\nBristol-Myers Squibb Credit Agreement July 2012\n"
        "CREDIT SUISSE AG, CAYMAN ISLANDS\nBRANCH, as a Lender\nBy:        /s/ Ari Bruger       Name:       Ari "
        "Bruger       Title:       Vice President\n",
        [("WELLS FARGO BANK, NATIONAL ASSOCIATION", "Monique Gasque", True),
         ("CREDIT SUISSE AG, CAYMAN ISLANDS BRANCH", "Ari Bruger", True)],
    ),
    Block(
        "agent_capacity_line_is_no_party",  # edgar-exhibits/BYM_0001193125-11-263809_1
        "Bristol-Myers Squibb Credit Agreement September 2011\nTHE ROYAL BANK OF SCOTLAND PLC, as\n"
        "Documentation Agent and as a Lender\nBy:        /s/ William McGinty       Name:       William McGinty"
        "       Title:       Director\n",
        [("THE ROYAL BANK OF SCOTLAND PLC", "William McGinty", True)],
    ),
    Block(
        "bank_with_branch_over_two_officers",  # edgar-exhibits/BYM_0001193125-05-214797_1
        "THE ROYAL BANK OF SCOTLAND plc\nBy:        /s/ IAIN STEWART\nName:       Iain Stewart\n"
        "Title:       Senior Vice President\n\nDEUTSCHE BANK AG, LONDON BRANCH\n"
        "By:        /s/ MICHAEL STARMER-SMITH       By:        /s/ ANDREAS BUBENZER\n"
        "Name:       Michael Starmer-Smith       Name:       Andreas Bubenzer\n",
        [("THE ROYAL BANK OF SCOTLAND plc", "Iain Stewart", True),
         ("DEUTSCHE BANK AG, LONDON BRANCH", "Michael Starmer-Smith", True),
         ("DEUTSCHE BANK AG, LONDON BRANCH", "Andreas Bubenzer", True)],
    ),
    Block(
        "approved_as_to_form_is_no_party",  # edgar-exhibits/AAPL_0000320193-96-000002_6
        "I have read, understand, and agree to the foregoing:\n\n\n\n"
        "                                   By _/s/ Joseph A. Graziano________\n"
        "              Date   12/19/95                    Joseph A. Graziano\n\n\nAPPROVED AS TO FORM:\n\n\n\n\n"
        "                                   By _____________________________\n"
        "          Date                          Greg Gallo, Esq.\n",
        [(None, "Joseph A. Graziano", True)],
    ),
    Block(
        "word_of_a_date_label_is_no_party",  # LOYALTYPOINT reseller agreement: a destruction form
        "Total number of CARDS________________________________________\n\n"
        "Destruction Date:____________________________________________\n\n"
        "Aggregate total denomination of Cards:_______________________\n\n\n\n\n\n"
        "Client Authorized Signature:_________________________________\n\n"
        "Printed Name:________________________________________________\n\n"
        "Title:_______________________________________________________\n\n21\n\nEXHIBIT 2\n",
        [],  # the form's "Date:" field is a blank to fill in, no signature
    ),
    Block(
        "name_run_on_after_an_address",  # GpaqAcquisitionHoldings license agreement (CUAD), flattened paragraph
        "NATIONAL FOOTBALL MUSEUM, INC. By: C. David Baker President Date: Address: 2121 George Halas Drive NW "
        "Canton, Ohio 44708 HOF VILLAGE MEDIA GROUP, LLC By: Name: Title: Date: Address: 1826 Clearview Avenue NW "
        "Canton, Ohio 44708 [Media License Agreement]\n",
        [("NATIONAL FOOTBALL MUSEUM, INC.", "C. David Baker President", False),
         ("HOF VILLAGE MEDIA GROUP, LLC", None, False)],
    ),
    Block(
        "name_glued_after_a_section_reference",  # Part_I__ twin of the same agreement: line breaks lost
        "For the purpose of acknowledging and agreeing to theterms set forth in Section 4.5:HOF VILLAGE, LLCBy:"
        "Name:Title:Date:Address:1826 Clearview Avenue NWCanton, Ohio 44708[Media License Agreement]",
        [("HOF VILLAGE, LLC", None, False)],
    ),
    Block(
        "flattened_by_its_and_a_date_glued_to_the_next_name",  # Part_I__ twin of Paratek's outsourcing agreement
        "IN WITNESS WHEREOF, each of the Parties hereto has caused this Agreement to be executed by its duly "
        "authorized officer as of the dates setforth below. CUSTOMERby its authorized signatory:/s/ William M. "
        "HaskelName: William M. HaskelTitle: Sr. Vice PresidentDate: January 9, 2017CARBOGEN AMCIS AG by its "
        "authorized signatory:/s/ Silke ErbeckName: Silke ErbeckTitle: Senior Head of Commercial ProductsDate: "
        "10.Jan.2017\n",
        [("CUSTOMER", "William M. Haskel", True), ("CARBOGEN AMCIS AG", "Silke Erbeck", True)],
    ),
]


@pytest.mark.parametrize("case", BLOCKS, ids=[c.name for c in BLOCKS])
def test_blocks(case: Block) -> None:
    lay = find_layout(case.text)
    res = find_signatures(lay)
    assert [(s.party, s.signer, s.signed) for s in res.signatures] == case.rows
    for s in res.signatures:
        assert case.text[s.start : s.end] == s.text


def test_qwest_three_rows_and_block_stripped_from_body() -> None:
    ex = extractor.parse(corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt"))
    sig = ex.signatures
    got = list(
        zip(sig["party"], sig["signed"], sig["signer"].fillna(""), sig["title"].fillna(""), strict=True)
    )
    officer = "ASSOCIATE GENERAL COUNSEL AND ASSISTANT SECRETARY"
    assert got == [
        ("KMC Telecom V Inc.", False, "", ""),
        ("Qwest Communications Corporation", True, "YASH RANA", officer),
        ("Qwest Communications International Inc.", True, "YASH RANA", officer),
    ]
    assert set(sig["block"]) == {1} and set(sig["kind"]) == {"party"} and set(sig["page"]) == {4}
    for row in sig.itertuples():
        assert ex.original[row.start : row.end] == row.text
    assert "IN WITNESS WHEREOF" in ex.body  # the clause stays; the block goes
    assert "YASH RANA" not in ex.body and "KMC Telecom V Inc.\n\nBy:" not in ex.body
    assert "YASH RANA" not in ex.body_marked


def test_acknowledged_block_kind() -> None:
    path = corpus_path(
        "cuad/Part_II__Service__FEDERATEDGOVERNMENTINCOMESECURITIESINC_04_28_2020-EX-99.SERV AGREE-SERVICES "
        "AGREEMENT_POWEROF.txt"
    )
    sig = extractor.parse(path).signatures
    assert list(sig["kind"]) == ["party", "acknowledged"]
    assert list(sig["party"]) == [
        "FEDERATED INVESTMENT MANAGEMENT COMPANY",
        "FEDERATED ADVISORY SERVICES COMPANY",
    ]


# -- golden tables on real documents: several signature layouts ------------------------------------
FED = (
    "cuad/Part_II__Service__FEDERATEDGOVERNMENTINCOMESECURITIESINC_04_28_2020-EX-99.SERV AGREE-"
    "SERVICES AGREEMENT"
)
SIGNATURE_GOLDEN = [
    "edgar-raw/qwest-kmc-mgs-amendment-1.txt",  # clean lines, one block left blank
    "cuad/ADMA BioManufacturing, LLC -  Amendment 3 to Manufacturing Agreement.txt",  # with Date:
    "cuad/CANOPETROLEUM,INC_12_13_2007-EX-10.1-Sponsorship Agreement.txt",  # wide gaps, Printed Name:
    "cuad/NEONSYSTEMSINC_03_01_1999-EX-10.5-DISTRIBUTOR AGREEMENT_Amendment.txt",  # joinder: a second block
    f"{FED}_AMENDMENT.txt",  # two columns flattened into one line
    f"{FED}.txt",  # flattened, title glued to the next party
    f"{FED}_POWEROF.txt",  # "Accepted and agreed" block
    "cuad/Part_II__Service__PAXMEDICA,INC_07_02_2020-EX-10.12-Master Service Agreement.txt",  # no colons
    "cuad/WEBHELPCOMINC_03_22_2000-EX-10.8-HOSTING AGREEMENT.txt",  # role labels, Name:/s/
    "cuad/MOELIS_CO_03_24_2014-EX-10.19-STRATEGIC ALLIANCE AGREEMENT.txt",  # By: GP LLC / Its: / By:
    "cuad/IntegrityMediaInc_20010329_10-K405_EX-10.17_2373875_EX-10.17_Co-Branding Agreement.txt",  # columns
    "cuad/INGEVITYCORP_05_16_2016-EX-10.5-INTELLECTUAL PROPERTY AGREEMENT.txt",  # long officer titles
    "cuad/EtonPharmaceuticalsInc_20191114_10-Q_EX-10.1_11893941_EX-10.1_Development Agreement.txt",  # blank
    "cuad/BIOAMBERINC_04_10_2013-EX-10.34-DEVELOPMENT AGREEMENT - First Amendment.txt",  # Date: lines
    "cuad/ELFBEAUTY,INC_07_02_2020-EX-10.1-COOPERATION AGREEMENT.txt",  # several entities per side
    "cuad/HertzGroupRealtyTrustInc_20190920_S-11A_EX-10.8_11816941_EX-10.8_Trademark License Agreement.txt",
    "cuad/TRUENORTHENERGYCORP_02_08_2007-EX-10.1-DEVELOPMENT AGREEMENT.txt",  # witnesses, notary certificates
    "cuad/PharmagenInc_20120803_8-KA_EX-10.1_7693204_EX-10.1_Endorsement Agreement.txt",  # witness columns
    "cuad/MEETGROUP,INC_06_29_2017-EX-10.1-COOPERATION AGREEMENT.txt",  # "By: X LLC Investment Manager"
]


def golden_name(rel: str) -> str:
    """A short, safe, unique file name for a corpus document's golden CSV."""
    stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in stem)
    return f"{safe[:60]}_{zlib.crc32(rel.encode()):08x}.csv"


@pytest.mark.parametrize("rel", SIGNATURE_GOLDEN, ids=[golden_name(r)[:40] for r in SIGNATURE_GOLDEN])
def test_signatures_golden(rel: str, update_golden: bool) -> None:
    ex = extractor.parse(corpus_path(rel))
    check_golden(ex.signatures, "signatures", GOLDEN / "signatures" / golden_name(rel), update_golden)


def test_party_written_under_the_signature_lines() -> None:
    # Tickets.com sponsorship agreement: conformed signatures, "Representative of X" under the lines
    text = (
        "mployee-employer relationship is created by this Agreement. MP3.com intends to, and does, bind its "
        "successors and assigns to the terms of this Agreement.\n\n/s/ Greg Flores             "
        "                 /s/ Adam Epstein - -----------------------------------          "
        "----------------------------------- "
        "Representative of MP3.com                    Representative of Tickets.com, Inc.\n"
    )
    ex = extractor.parse(text)
    assert list(zip(ex.signatures["party"], ex.signatures["signer"], strict=True)) == [
        ("MP3.com", "Greg Flores"),
        ("Tickets.com, Inc.", "Adam Epstein"),
    ]
    assert "/s/ Greg Flores" not in ex.body and "bind its successors" in ex.body


def test_block_with_no_signatory_found_stays_in_the_body() -> None:
    # Bangi premium managed hosting agreement: names and companies under the lines, no labels
    text = (
        "Subversion Change Management System - Trac Issue Tracking System and Project Knowledge Base\n\n"
        "/s/ Ryan Thompson\n\n/s/ Chester Ku   Ryan Thompson, Deep Systems\n\nChester Ku, Astro Nutrition\n\n"
    )
    ex = extractor.parse(text)
    assert len(ex.signatures) == 0
    assert "/s/ Chester Ku" in ex.body


def test_witness_line_is_its_own_row() -> None:
    # Atmos Energy transportation service agreement
    pad = " " * 38
    text = (
        f' as of May 20, 1992.\n\n{pad}"TRANSPORTER"\n\n{pad}ARKANSAS WESTERN PIPELINE COMPANY{pad}an '
        f"Arkansas Corporation\n\n{pad}By /s/ [ILLEGIBLE]{pad}{'-' * 39}{pad}President\n\n"
        f"WITNESS: /s/ [ILLEGIBLE]          {'-' * 24}\n\n"
    )
    sig = find_signatures(find_layout(text)).signatures
    assert [(s.kind, s.party, s.signed) for s in sig] == [
        ("party", "ARKANSAS WESTERN PIPELINE COMPANY", True),
        ("witness", None, True),
    ]


def test_party_after_executed_as_a_deed_by() -> None:
    # Bicycle Therapeutics service agreement (English deed)
    text = (
        "THIS AGREEMENT has been executed and delivered as a deed by or on behalf of the parties on the date "
        "written at the top of page 1.\n\nExecuted as a Deed by BICYCLETX LIMITED acting by a director:\n\n"
        "/s/ Kevin Lee (Director) in the presence of: /s/ Phil Jeffrey Witness Name: Phil Jeffrey Witness "
        "Address:\n\n20\n\n"
    )
    sig = find_signatures(find_layout(text)).signatures
    assert [(s.party, s.signed) for s in sig] == [("BICYCLETX LIMITED", True)]


def test_notary_signs_for_no_party() -> None:
    # True North Energy development agreement: the acknowledgment after the signature page
    text = (
        "did say that he is Attorney-in-Fact for BP AMERICA PRODUCTION COMPANY, and that said instrument was "
        "signed on behalf of said corporation.   Given under my hand and seal this 7t h day of February, 2007"
        "       My Commission Expires: /s/ Teresa L. Bowerman\n\nNotary Public, State of Texas\n\n      "
        "Teresa L. Bowerman\n\n(NOTARY SEAL OF TERESA L. BOWERMAN) Name (Typed or Printed)\n"
    )
    sig = find_signatures(find_layout(text)).signatures
    assert [(s.kind, s.party, s.signer, s.signed) for s in sig] == [("notary", None, "Teresa L. Bowerman", True)]


def test_empty_witness_line_is_no_row() -> None:
    # Prolong sponsorship agreement: "ATTEST:" over a blank line, beside the party's block
    text = (
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\nPROLONG INTERNATIONAL CORPORATION\n\n"
        "By: /s/ Elton Alderman\n\nTitle: President\n\nATTEST:                         \n\n"
    )
    sig = find_signatures(find_layout(text)).signatures
    assert [(s.kind, s.party) for s in sig] == [("party", "PROLONG INTERNATIONAL CORPORATION")]


def test_short_party_takes_its_full_name_from_the_text() -> None:
    # Tickets.com sponsorship agreement: "MP3.com, Inc." in the preamble, "MP3.com" under the line
    text = (
        "This Sponsorship Agreement is made between MP3.com, Inc. and Tickets.com, Inc.\n\n/s/ Greg Flores     "
        "                         /s/ Adam Epstein - -----------------------------------          "
        "----------------------------------- "
        "Representative of MP3.com                    Representative of Tickets.com, Inc.\n"
    )
    sig = find_signatures(find_layout(text)).signatures
    assert [s.party for s in sig] == ["MP3.com, Inc.", "Tickets.com, Inc."]


def test_name_typed_twice_then_title_and_seal() -> None:
    # CCA Industries outsourcing agreement; Verso IP agreement's notary ("(SEAL)" after the name)
    cca = 'CCA INDUSTRIES, INC. "Company"\n\nBy: /s/ Richard Kornhauser Richard Kornhauser, President & CEO\n\n'
    verso = (
        "on behalf of said corporation.\n\n\n\n  /s/ Jason A. Minio (SEAL)       Jason A. Minio Notary Public "
        "Commonwealth of Massachusetts My Commission Expires November 1, 2013\n\n\n\nSTATE OF Georgia:\n"
    )
    rows = [s for t in (cca, verso) for s in find_signatures(find_layout(t)).signatures]
    got = [(s.kind, s.party, s.signer, s.title) for s in rows]
    assert got == [
        ("party", "CCA INDUSTRIES, INC.", "Richard Kornhauser", "President & CEO"),
        ("notary", None, "Jason A. Minio", None),
    ]


def test_each_column_keeps_its_own_signature_line() -> None:
    # OAsys Mobile outsourcing agreement: "SIGNATURE: /s/ A  SIGNATURE: /s/ B" over "PRINT NAME:" columns
    path = corpus_path("cuad/OASYSMOBILE,INC_07_05_2001-EX-10.17-OUTSOURCING AGREEMENT.txt")
    sig = extractor.parse(path).signatures
    got = list(zip(sig["party"].fillna(""), sig["signer"].fillna(""), sig["signed"], strict=True))
    assert ("HIGH SPEED NET SOLUTIONS, INC.", "Andrew Fox", True) in got
    assert ("E.PIPHANY, INC.", "Karen Richardson", True) in got


# -- find_labels' scans are the whole-text scans they replaced -------------------
def _find_labels_scan(text: str) -> list[tuple[tuple[int, int], str | None]]:
    """The former find_labels: FIELD_LABEL and SIGN_MARK tried at every position."""
    hits = {m.start(): m for m in g.FIELD_LABEL.finditer(text) if g.label_ok(text, m)}
    for m in g.CAPTION_LABEL.finditer(text):
        hits.setdefault(m.start(), m)
    for mark in g.SIGN_MARK.finditer(text):
        lo = max(0, mark.start() - 24)
        m = g.BARE_LABEL.search(text, lo, mark.start())
        if m is not None and m.start() not in hits and g.label_ok(text, m):
            hits[m.start()] = m
        elif m is None and mark.group()[0] == "/" and not g.LABEL_BEFORE.search(text, lo, mark.start()):
            hits.setdefault(mark.start(), g.NO_LABEL.match(text, mark.start()))
    return [(hits[k].span(), hits[k].group("label")) for k in sorted(hits)]


LABEL_PIECES = st.sampled_from(
    ["By", "by", "BY", "Name", "Printed", "Authorized Signatory", "Title", "its", "Date", "Per", "WITNESS",
     "attest", "(Signature)", ":", " :", "   :", "\xa0", " ", "\t", "\n", "/s/", "/S/", "s/", "_", "___",
     "x", "Jo Doe", "standby", "\u212a", "\u017f", "1"]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(LABEL_PIECES, max_size=24).map("".join))
def test_find_labels_matches_the_whole_text_scans(text: str) -> None:
    assert [(m.span(), m.group("label")) for m in g.find_labels(text)] == _find_labels_scan(text)


def _value_end_scan(text: str, pos: int, stop: int) -> int:
    """The former _value_end: VALUE_STOP tried from the value's second character."""
    start = g.VALUE_START.match(text, pos, stop).end()
    if start >= stop:
        return stop
    m = g.VALUE_STOP.search(text, start + 1, stop)
    if m is None:
        return stop
    if m.group("gap") is not None and g.FILLER.fullmatch(text, m.start(), stop):
        return stop
    return m.start()


VALUE_PIECES = st.sampled_from(
    ["Jo", "DOE", "aB", "Name", "Title", "By", "President", "Accepted", " ", "   ", "\t", "\xa0", "_", ".", ":", "x",
     "Q", "Inc.", "CFO", "CONSULTANT", "LICENSEE:", "2017", "9"]
)


class Chunks(NamedTuple):
    text: str  # the text above a block's first label, flattened
    chunks: list[str]


CHUNKS = [
    # Reeds development agreement (Part_I__ twin)
    Chunks("REED\u2019S:COMPANY:Reed\u2019s, Inc.", ["REED\u2019S:", "COMPANY:", "Reed\u2019s, Inc."]),
    Chunks("NETWORK:TRIBUNE BROADCASTING", ["NETWORK:", "TRIBUNE BROADCASTING"]),
    Chunks("set forth in Section 4.5:HOF VILLAGE, LLC", ["set forth in Section 4.5:", "HOF VILLAGE, LLC"]),  # Gpaq
]


@pytest.mark.parametrize("case", CHUNKS, ids=[c.text[:24] for c in CHUNKS])
def test_role_labels_and_names_glued_at_a_colon_fall_apart(case: Chunks) -> None:
    assert [c for c in g.split_chunks(case.text) if c] == case.chunks


class ValueEnd(NamedTuple):
    text: str  # a field's text from its label on, as flattened twins write it
    value: str  # what the label's value keeps


VALUE_ENDS = [
    ValueEnd("Title:CFOCONSULTANT:/s/ Alan Crane", "CFO"),  # PANDION consulting agreement (Part_II__ twin)
    ValueEnd("Date: January 9, 2017CARBOGEN AMCIS AG by its", "January 9, 2017"),  # Paratek (Part_I__ twin)
    ValueEnd("Title: CEO  ", "CEO  "),
]


@pytest.mark.parametrize("case", VALUE_ENDS, ids=[c.text[:24] for c in VALUE_ENDS])
def test_value_stops_where_the_next_column_or_name_is_glued(case: ValueEnd) -> None:
    from extractor.stages.signature_fields import label_end, value_end

    start = label_end(case.text, 0)
    assert case.text[start : value_end(case.text, start, len(case.text))].strip(" :") == case.value.strip()


@settings(max_examples=600, deadline=None)
@given(st.lists(VALUE_PIECES, max_size=16).map("".join), st.integers(0, 8))
def test_value_end_hint_matches_the_full_scan(text: str, pos: int) -> None:
    from extractor.stages.signature_fields import value_end

    pos = min(pos, len(text))
    assert value_end(text, pos, len(text)) == _value_end_scan(text, pos, len(text))


CHUNK_CHARS = "aZBq1 \t\xa0\r\n\f.!?:;\")\u201d,&'-("


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=CHUNK_CHARS, max_size=40) | st.lists(st.sampled_from(
    ["ACME", "INC.", "Inc.", "President", "CEO", "By", "   ", "  ", " ", "\n", '("HDS")', "written.", "x:", "12", "AB",
     "Cd", "\u201d)", "\xa0", "\u0661"]), max_size=12).map("".join))
def test_split_chunks_splits_as_chunk_split(s: str) -> None:
    assert g.split_chunks(s) == g.CHUNK_SPLIT.split(s)


def _with_suffix_one(text: str, name: str) -> str:
    """The first "name, Inc." in ``text`` not glued to a word before it, else ``name``: one
    search per name, as the stage did before it scanned once for all names."""
    pos = text.find(name)
    while pos >= 0:
        if pos == 0 or not signature_parties.NAME_CHAR.match(text[pos - 1]):
            m = signature_parties.FORM_SUFFIX_AT.match(text, pos + len(name))
            if m is not None:
                return text[pos : m.end()]
        pos = text.find(name, pos + 1)
    return name


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Acme", "Acme Corp", "MP3.com", "com", "Beta", "Bank", "Acme Bank"]),
                min_size=1, max_size=12),
       st.lists(st.sampled_from(["Acme", "Acme Corp", "MP3.com", "xAcme", ", Inc.", " Inc", ", LLC", " ", ".",
                                 "Bank", ", N.A.", "\n", "Beta", "com"]), max_size=30),
       st.lists(st.sampled_from(["Acme", "MP3.com", "Bank", "Acme Corp", "Gamma"]), max_size=4))
def test_with_suffixes_is_one_search_per_name(pieces: list[str], more: list[str], names: list[str]) -> None:
    """Both paths: a search per name (small texts) and one scan of the suffixes (large ones)."""
    text = "".join(pieces + more)
    want = {n: _with_suffix_one(text, n) for n in names}
    assert signature_parties.with_suffixes(text, names) == want
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(signature_parties, "FIND_BUDGET", 0)
        assert signature_parties.with_suffixes(text, names) == want


def test_individual_acceptance_is_an_acknowledged_row() -> None:
    """edgar-exhibits/AAPL_0000320193-96-000018_1: the employee signs a bare "/s/" under "Agreed to"."""
    text = (
        "\t\t\tSincerely,\n\n\t\t\tAPPLE COMPUTER, INC.\n\n\n\t\t\tBy_/s/ Fred D. Anderson\t\t\n"
        "\t\t\t         Fred D. Anderson\n\t\t\t\t\n\nAgreed to as of this 18th day of June, 1996.\n\n\n"
        "/s/ Robert M. Calderoni\t\t\n     Robert M. Calderoni\n"
    )
    rows = find_signatures(find_layout(text)).signatures
    assert [(s.kind, s.party, s.signer) for s in rows] == [
        ("party", "APPLE COMPUTER, INC.", "Fred D. Anderson"),
        ("acknowledged", None, "Robert M. Calderoni"),
    ]


class TitleCase(NamedTuple):
    name: str
    text: str  # copied from a corpus document
    titles: list[str]


TITLE_CASES = [
    TitleCase(
        "two_columns_each_title_wrapped",  # edgar-amendments/idex-1994-second-ar-credit-amendment-2
        "BAND-IT-IDEX, INC.                  VIKING PUMP, INC.\n\n"
        "By:___________________________      By:___________________________\n\n"
        "Name:  Wayne P. Sayatovic           Name:  Wayne P. Sayatovic\n\n"
        "Title: Vice President & Chief       Title: Vice President & Chief Financial\n"
        "Financial Officer                   Officer\n",
        ["Vice President & Chief Financial Officer", "Vice President & Chief Financial Officer"],
    ),
    TitleCase(
        "whole_title_then_the_next_lender",  # contracts-ex10: a credit agreement's lender pages
        "$50,000,000             $50,000,000                         WACHOVIA BANK OF GEORGIA, N.A.\n\n\n"
        "By /s/ Terence A. Snellings\nTitle:  Senior Vice President\n"
        "$25,000,000                0                                THE BANK OF NEW YORK\n\n\n"
        "By /s/ Edward F. Ryan, Jr.\nTitle:  Senior Vice President\n",
        ["Senior Vice President", "Senior Vice President"],
    ),
]


@pytest.mark.parametrize("case", TITLE_CASES, ids=[c.name for c in TITLE_CASES])
def test_titles_wrapped_to_the_next_line(case: TitleCase) -> None:
    rows = find_signatures(find_layout(case.text)).signatures
    assert [s.title for s in rows] == case.titles
    for s in rows:
        assert case.text[s.start : s.end] == s.text
