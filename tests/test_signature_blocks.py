"""Signature blocks parsed from real corpus snippets: (party, signer, signed) of every row, for clean lines,
flattened lines, two flattened columns, nested "By:" entities, forms and lines that are no party."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from extractor.stages.layout import find_layout
from extractor.stages.signatures import find_signatures


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
