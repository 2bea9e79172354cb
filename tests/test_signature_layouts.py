"""Signature pages by kind of layout, on real corpus documents: who signs for which party when the
names are stacked above the signatories, run into one line, glued, written in columns that wrap,
or followed by capacities, descriptors and letter closings. Each row names a document, the
(signer, party) pairs its signature table must hold and the parties it must not hold. Documents of
both CUAD extractions of one contract (laid out and flattened) give the same parties."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import corpus_path

import extractor
from extractor.stages.signature_columns import column_names
from extractor.stages.signature_parties import names_above
from extractor.stages.signature_respace import respaced


class Layout(NamedTuple):
    kind: str
    rel: str  # under ../shared/corpus
    pairs: list[tuple[str | None, str | None]]  # (signer, party) rows the table holds
    absent: tuple[str, ...] = ()  # parties it must not hold


CUAD = "cuad/"
LAYOUTS = [
    # two columns laid out one after the other: both names first, then each signatory
    Layout(
        "stacked_names",
        CUAD + "Part_II__Collaboration__INNOVIVA,INC_08_07_2014-EX-10.1-COLLABORATION AGREEMENT.txt",
        [("Rick E Winningham", "THERAVANCE, INC."), ("Jean-Pierre Garnier", "GLAXO GROUP LIMITED")],
    ),
    Layout(
        "stacked_names",
        CUAD + "Part_III__Collaboration__BIOCEPTINC_08_19_2013-EX-10-COLLABORATION AGREEMENT.txt",
        [("Michael Dunn", "BIOCEPT, INC."), ("David J. Daly", "LIFE TECHNOLOGIES CORPORATION")],
    ),
    # the two names run into one line (cut after a company form), role labels over them
    Layout(
        "stacked_names_one_line",
        CUAD + "Part_I__Sponsorship__ArcGroupInc_20171211_8-K_EX-10.1_10976103_EX-10.1_Sponsorship Agreement.txt",
        [("Scott Massey", "JACKSONVILLE JAGUARS, LLC")],
        ("CLUB", "JACKSONVILLE JAGUARS, LLC The ARC Group, Inc."),
    ),
    Layout(
        "stacked_names_one_line",
        CUAD + "Part_I__Development__ConformisInc_20191101_10-Q_EX-10.6_11861402_EX-10.6_Development Agreement.txt",
        [("Spencer Stiles", "HOWMEDICA OSTEONICS CORP."), ("Mark A. Augusti", "CONFORMIS, INC.")],
    ),
    # "/s/ David G. Watumull <line> By: <line> Name: ...": the signature over the blank By: line
    Layout(
        "signature_over_blank_by",
        CUAD + "Part_III__Collaboration__CARDAX,INC_08_19_2014-EX-10.1-COLLABORATION AGREEMENT.txt",
        [("Amit Patel", "CAPSUGEL US, LLC"), ("David G. Watumull", "CARDAX, INC.")],
    ),
    # words glued where a line broke, spaced as the document spells the name elsewhere
    Layout(
        "glued_name",
        CUAD + "Part_I__License_Agreements__PalmerSquareCapitalBdcInc_20200116_10-12GA_EX-10.6_11949289_EX-10.6_"
        "Trademark License Agreement.txt",
        [("Jeffrey D. Fox", "PALMER SQUARE CAPITAL MANAGEMENT LLC")],
    ),
    Layout(
        "glued_name",
        CUAD + "Part_I__Development__FuelcellEnergyInc_20191106_8-K_EX-10.1_11868007_EX-10.1_Development Agreement.txt",
        [("Vijay Swarup", "EXXONMOBIL RESEARCH AND ENGINEERING COMPANY")],
        ("Very truly yours,EXXONMOBIL RESEARCH AND ENGINEERINGCOMPANY",),
    ),
    # a label glued to the word before it in capitals, a "/s/" after it: the block is found
    Layout(
        "glued_label",
        CUAD + "Part_I__Manufacturing__BellringBrandsInc_20190920_S-1_EX-10.12_11817081_EX-10.12_"
        "Manufacturing Agreement1.txt",
        [("Darcy Davenport", "PREMIER NUTRITION CORPORATION"), ("Sam Stremick", "STREMICKS HERITAGE FOODS, LLC")],
    ),
    # descriptors under or after the name
    Layout(
        "descriptor",
        CUAD + "CybergyHoldingsInc_20140520_10-Q_EX-10.27_8605784_EX-10.27_Affiliate Agreement.txt",
        [("Pier S. Bjorklund", "BIRCH FIRST INVESTMENTS INC."), ("James D. Beatty", "MOUNT KNOWLEDGE HOLDINGS INC.")],
    ),
    Layout(
        "descriptor",
        CUAD + "Part_I__Non_Compete_Non_Solicit__VIVINT SOLAR, INC. - NON-COMPETITION AGREEMENT.txt",
        [("David Bywater", "VIVINT SOLAR, INC."), ("Alex J. Dunn", "VIVINT, INC.")],
    ),
    Layout(
        "descriptor",
        CUAD + "Part_II__Service__CUROGROUPHOLDINGSCORP_05_04_2020-EX-10.3-SERVICING AGREEMENT.txt",
        [("Donald F. Gayhardt Jr.", "CURO RECEIVABLES FINANCE II, LLC")],
    ),
    # letter closings glued before the name
    Layout(
        "letter_closing",
        CUAD + "Part_I__Development__RevolutionMedicinesInc_20200117_S-1_EX-10.1_11948417_EX-10.1_"
        "Development Agreement.txt",
        [("Douglas J. McCormack", "Aventis, Inc.")],
        ("Sincerely,Aventis, Inc.",),
    ),
    Layout(
        "letter_closing",
        CUAD + "Part_I__Distributor__ZogenixInc_20190509_10-Q_EX-10.2_11663313_EX-10.2_Distributor Agreement.txt",
        [("Shigenobu Maekawa", "NIPPON SHINYAKU COMPANY, LTD.")],
        ("Yours faithfully,[____________________]Authorized Representative",),
    ),
    # line breaks flattened to blanks: the name between two By: lines starts a new signatory
    Layout(
        "flattened_line_breaks",
        CUAD + "Part_III__Agency Agreements__AFSALABANCORPINC_08_01_1996-EX-1.1-AGENCY AGREEMENT.txt",
        [
            ("John M. Lisicki", "AFSALA BANCORP, INC."),
            ("John M. Lisicki", "AMSTERDAM FEDERAL SAVINGS AND LOAN ASSOCIATION"),
        ],
    ),
    Layout(
        "flattened_line_breaks",
        CUAD + "Part_II__Promotion__GOCALLINC_03_30_2000-EX-10.7-Promotion Agreement.txt",
        [("Michael Ruge", "GO CALL, Inc."), ("Marc B. Resnick", "PAGEMASTER CORPORATION")],
    ),
    # a date beside the name ("Dated: July 26, 2013") is no party
    Layout(
        "date_beside",
        CUAD + "MusclepharmCorp_20170208_10-KA_EX-10.38_9893581_EX-10.38_Co-Branding Agreement.txt",
        [("Arnold Schwarzenegger", "Fitness Publications, Inc.")],
        ("July 26, 2013",),
    ),
    Layout(
        "date_beside",
        "contracts-ex10/credit__18230_2004-09-29_CREDIT-AGREEMENT.txt",
        [("James B. Buda", "CATERPILLAR INC.")],
    ),
    # two columns whose names wrap: read column by column (issue 18: crossed, cut to a line)
    Layout(
        "columns",
        "edgar-amendments/todd-ao-1997-credit-amendment-5.txt",
        [(None, "BANK OF AMERICA NATIONAL TRUST AND SAVINGS ASSOCIATION")],
        ("AND SAVINGS ASSOCIATION",),
    ),
    Layout(
        "columns",
        "contracts-ex10/employment__12779_2012-02-14_EMPLOYMENT-AGREEMENT-EFFECTIVE-JANUARY-1-2012.txt",
        [("Michael J. Flynn", "BLUE RIDGE REAL ESTATE COMPANY AND BIG BOULDER CORPORATION")],
    ),
    Layout(
        "columns",
        "contracts-ex10/software_license__947798_1998-04-01_SOFTWARE-LICENSING-AGREEMENT-W-EVANS-SUTHERLAND.txt",
        [("Charles R. Maule", "EVANS & SUTHERLAND COMPUTER CORPORATION"), ("Keith Uhlin", "ACCELGRAPHICS, INC.")],
    ),
    Layout(
        "columns",  # the employee accepts on the left; the right column signs for Aetna
        "contracts-ex10/employment__1013761_2000-08-04_EMPLOYMENT-AGREEMENT.txt",
        [("William H. Donaldson", None), ("Elease E. Wright", "Aetna Inc.")],
        ("May 25, 2000",),
    ),
    # the previous signer's name typed under the line, an acceptance line: no party
    Layout(
        "not_a_party",
        "contracts-ex10/employment__1093903_2009-09-09_EMPLOYMENT-AGREEMENT-BETWEEN-SHANGHAI-AOHONG-CHEMICAL-CO.-LTD.-"
        "AND-AIHUA-HU-DATED-JUNE-27-2007.txt",
        [("Dore Perler", "Shanghai Aohong Chemical Co. Ltd"), ("Aihua Hu", None)],
        ("Dore Perler", "June 27, 2007"),
    ),
    Layout(
        "not_a_party",
        "contracts-ex10/employment__1142596_2005-12-07_EMPLOYMENT-AGREEMENT-BETWEEN-US-AND-JASON-M.-HANNON.txt",
        [("Alexis V. Lukianov", "NUVASIVE, INC."), ("Jason Hannon", None)],
        ("As Accepted and Agreed",),
    ),
    # a name written in lower case is a name
    Layout(
        "lower_case_name",
        CUAD + "MphaseTechnologiesInc_20030911_10-K_EX-10.15_1560667_EX-10.15_Co-Branding Agreement.txt",
        [("D. Laurence Padilla", "Lucent Technologies Inc."), ("Ron Durando", "mPhase, Inc.")],
    ),
    # a bank's capacity wrapped to the next line (issue 18: the capacity line taken as the party)
    Layout("capacity", "edgar-exhibits/BYM_0001193125-11-263809_1.txt", [("Robert LaPorte", "BANK OF AMERICA, N.A.")]),
    Layout(
        "capacity",
        "contracts-ex10/credit__715957_2006-01-13_CREDIT-AGREEMENT.txt",
        [("Michael J. DeFarge", "JPMORGAN CHASE BANK, N.A.")],
    ),
    Layout(
        "capacity",
        "contracts-ex10/credit__1045309_1998-08-14_CREDIT-AGREEMENT.txt",
        [(None, "NATIONSBANK, N.A."), (None, "BANK OF AMERICA NATIONAL TRUST AND SAVINGS ASSOCIATION")],
        ("Documentation Agent and as a Bank", "AND SAVINGS ASSOCIATION"),
    ),
    # initials by a date on every page ("CONTRACTOR INITIALS & DATE: /S/ SNR 8/7/07") are no signature blocks
    Layout(
        "initials_footer",
        "contracts-ex10/construction__1178336_2007-11-13_ENGINEERING-PROCUREMENT-AND-CONSTRUCTION-MANAGEMENT-"
        "AGREEMENT.txt",
        [("Lou J. Pucher", "STONE & WEBSTER. INC."), ("Dustin Shindo", "HOKU MATERIALS. INC.")],
        ("CONTRACTOR INITIALS &", "OWNER INITIALS &"),
    ),
    # issue 18 items that held before: an acceptance block under a letter agreement
    Layout(
        "accepted_and_agreed",
        "edgar-exhibits/AAPL_0001104659-06-084286_1.txt",
        [("Danielle Lambert", "APPLE COMPUTER, INC."), ("Jon Rubinstein", "J. R. Ruby Consulting Corp")],
    ),
]


@pytest.mark.parametrize("case", LAYOUTS, ids=[f"{c.kind}-{c.rel.split('/')[-1][:30]}" for c in LAYOUTS])
def test_signature_layouts(case: Layout) -> None:
    sig = extractor.parse(corpus_path(case.rel)).signatures
    got = [(s if isinstance(s, str) and s else None, p if isinstance(p, str) and p else None)
           for s, p in zip(sig["signer"], sig["party"], strict=True)]
    for pair in case.pairs:
        assert pair in got
    assert not set(case.absent) & {p for _, p in got}


class Twins(NamedTuple):
    kind: str
    laid_out: str
    flattened: str


TWINS = [
    Twins(
        "stacked_names",
        "BIOCEPTINC_08_19_2013-EX-10-COLLABORATION AGREEMENT.txt",
        "Part_III__Collaboration__BIOCEPTINC_08_19_2013-EX-10-COLLABORATION AGREEMENT.txt",
    ),
    Twins(
        "flattened_line_breaks",
        "AFSALABANCORPINC_08_01_1996-EX-1.1-AGENCY AGREEMENT.txt",
        "Part_III__Agency Agreements__AFSALABANCORPINC_08_01_1996-EX-1.1-AGENCY AGREEMENT.txt",
    ),
    Twins(
        "glued_name",
        "PalmerSquareCapitalBdcInc_20200116_10-12GA_EX-10.6_11949289_EX-10.6_Trademark License Agreement.txt",
        "Part_I__License_Agreements__PalmerSquareCapitalBdcInc_20200116_10-12GA_EX-10.6_11949289_EX-10.6_"
        "Trademark License Agreement.txt",
    ),
    Twins(
        "stacked_names_one_line",
        "ConformisInc_20191101_10-Q_EX-10.6_11861402_EX-10.6_Development Agreement.txt",
        "Part_I__Development__ConformisInc_20191101_10-Q_EX-10.6_11861402_EX-10.6_Development Agreement.txt",
    ),
    # labels glued to the word before them in capitals ("LLCBY:/s/") or lower case ("CORPper:/s/")
    Twins(
        "glued_label",
        "BellringBrandsInc_20190920_S-1_EX-10.12_11817081_EX-10.12_Manufacturing Agreement1.txt",
        "Part_I__Manufacturing__BellringBrandsInc_20190920_S-1_EX-10.12_11817081_EX-10.12_Manufacturing Agreement1.txt",
    ),
    Twins(
        "glued_label",
        "EhaveInc_20190515_20-F_EX-4.44_11678816_EX-4.44_License Agreement_ Reseller Agreement.txt",
        "Part_I__Reseller__EhaveInc_20190515_20-F_EX-4.44_11678816_EX-4.44_License Agreement_ Reseller Agreement.txt",
    ),
]


def _parties(rel: str) -> set[str]:
    sig = extractor.parse(corpus_path(CUAD + rel)).signatures
    return {" ".join(str(p).replace(",", " ").replace(".", " ").split()).casefold() for p in sig["party"].dropna()}


@pytest.mark.parametrize("case", TWINS, ids=[c.kind for c in TWINS])
def test_both_extractions_give_the_same_parties(case: Twins) -> None:
    assert _parties(case.laid_out) == _parties(case.flattened)


class Respaced(NamedTuple):
    text: str  # a name glued in a signature block, and the same name written elsewhere
    name: str
    expected: str | None  # None: the name is kept as it is


RESPACED = [
    # Palmer Square trademark licence: glued in the flattened block, spaced in the preamble (twice)
    Respaced(
        "Palmer Square Capital Management LLC ... Palmer Square Capital Management LLC ... PALMER SQUARE "
        "CAPITALMANAGEMENT LLC",
        "PALMER SQUARE CAPITALMANAGEMENT LLC",
        "PALMER SQUARE CAPITAL MANAGEMENT LLC",
    ),
    # Healthcare Integrated Technologies: the brand is written "IndeLiving"; one line wrap is no spelling
    Respaced(
        "IndeLiving Holdings, Inc. ... IndeLiving Holdings, Inc. ... Inde\nLiving Holdings, Inc.",
        "IndeLiving Holdings, Inc.",
        None,
    ),
]


@pytest.mark.parametrize("case", RESPACED, ids=[c.name[:24] for c in RESPACED])
def test_respaced(case: Respaced) -> None:
    assert respaced(case.text, [case.name]).get(case.name) == case.expected


class Columns(NamedTuple):
    text: str  # the lines above two side-by-side By: labels, then the labels' line (copied from the corpus)
    expected: list[str | None]


COLUMNS = [
    # Evans & Sutherland software licence: the left name wraps below the right one
    Columns(
        "EVANS & SUTHERLAND COMPUTER              ACCELGRAPHICS, INC.\n\nCORPORATION\n\n"
        "BY: /S/CR Maule____________________      BY: /S/ Keith Uhlin___________________\n",
        ["EVANS & SUTHERLAND COMPUTER CORPORATION", "ACCELGRAPHICS, INC."],
    ),
    # Santa Fe / PPL Shipyard construction contract: a wrapped name, then role captions in both columns
    Columns(
        "SANTA FE INTERNATIONAL                 PPL SHIPYARD PTE. LTD.\nCORPORATION\n"
        "(BUYER)                                       (BUILDER)\n\nBy:                                    By:\n",
        ["SANTA FE INTERNATIONAL CORPORATION", "PPL SHIPYARD PTE. LTD."],
    ),
]


@pytest.mark.parametrize("case", COLUMNS, ids=[c.expected[1] or "" for c in COLUMNS])
def test_column_names(case: Columns) -> None:
    text = case.text
    labels = text.rindex("\n", 0, len(text) - 1) + 1
    anchors = [labels, text.upper().index("BY:", labels + 3)]
    rows = names_above(text[:labels], 2)
    assert rows != case.expected  # read line by line, the columns cross or a name is cut
    assert column_names(text, 0, labels, anchors, rows) == case.expected
