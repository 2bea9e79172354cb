"""Signature parties that two extractions of one CUAD contract must read alike (issue 19, twin
agreement): one copy keeps the layout, the other lost its line breaks (words glued, columns run
together). Each kind of difference has a rule; the cases are real snippets from ../shared/corpus/cuad,
and the end-to-end rows check that both copies of a contract give the same set of parties."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest
from conftest import corpus_path

import extractor
from extractor.stages.signature_columns import own_name_above
from extractor.stages.signature_fields import find_fields, next_party_start, parse_fields
from extractor.stages.signature_names import brand_columns, dba_continues, written_before
from extractor.stages.signature_parties import clean_party, name_lines, names_above, split_columns


class Lines(NamedTuple):
    kind: str
    text: str  # the text above the signatories
    lines: list[str]


LINES = [
    # a trade name wrapped after "DBA": one name; the next column's name (ending in its form) stays apart
    Lines("dba_wrapped", "STALLINGS CAPITAL GROUP CONSULTANTS, LTD., DBA BOB \nSTALLINGS RACING\n\nGAINSCO, INC.\n\n",
          ["STALLINGS CAPITAL GROUP CONSULTANTS, LTD., DBA BOB STALLINGS RACING", "GAINSCO, INC."]),
    # the trade name on its own line under the legal name
    Lines("dba_line", "\n\n\n\nGreater Delaware Valley Savings Bank\n\nd/b/a Alliance Bank\n\n",
          ["Greater Delaware Valley Savings Bank d/b/a Alliance Bank"]),
    # a legal name and its trade name split by the column gap: one name each
    Lines("dba_two_columns",
          "RMF EMPIRE, INC.  DBA WEST COAST CUSTOMS   Bosch International  DBA XLI Technologies, Inc.",
          ["RMF EMPIRE, INC. DBA WEST COAST CUSTOMS", "Bosch International DBA XLI Technologies, Inc."]),
    # no trade name: two stacked names stay two
    Lines("no_dba", "ACME HOLDINGS\n\nBETA CORP.\n", ["ACME HOLDINGS", "BETA CORP."]),
]


@pytest.mark.parametrize("case", LINES, ids=[c.kind for c in LINES])
def test_name_lines(case: Lines) -> None:
    assert name_lines(case.text) == case.lines


class Clean(NamedTuple):
    kind: str
    text: str
    party: str | None


CLEAN = [
    # the column labels in quotes run together before the name, spaced and glued
    Clean("quoted_labels_spaced", '"Newegg" "Allied" Newegg Inc.', "Newegg Inc."),
    Clean("quoted_labels_glued", "\u201cNewegg\u201d\u201cAllied\u201dNewegg Inc.", "Newegg Inc."),
    # the previous signer's name and title, then the next party's label and name, glued
    Clean("label_after_title", "BRIAN HAYEK, President\u201cConsultant\u201dTruckThat LLC", "TruckThat LLC"),
    # a quoted word inside a name with no form after it: kept
    Clean("quoted_inside", 'ACME "Blue" Widgets', 'ACME "Blue" Widgets'),
    # the column's role word in capitals glued to the name (flattened), not a word that merely starts so
    Clean("glued_role", "DISTRIBUTORMOBILEVISION\xa0COMMUNICATIONS\xa0LTD.", "MOBILEVISION COMMUNICATIONS LTD."),
    Clean("role_like_word", "DISTRIBUTORSHIP HOLDINGS LTD.", "DISTRIBUTORSHIP HOLDINGS LTD."),
]


class Cut(NamedTuple):
    kind: str
    text: str  # a signature block as the corpus writes it
    title: str | None  # the value left to the "Title:" field before the acceptance


CUTS = [
    # flattened: the acceptance line run on after the officer's title
    Cut("title_then_acceptance",
        "Per:\xa0Name:\xa0David\xa0PurdyTitle:\xa0Vice-President,\xa0General\xa0Manager,\xa0Television"
        "\xa0\xa0ACCEPTED\xa0and\xa0AGREED\xa0TO\xa0this\xa0______\xa0day\xa0of\xa0____________,\xa02006.\xa0\xa0Per:",
        "Vice-President, General Manager, Television"),
    # no office before the phrase: a form's captions, left whole
    Cut("captions_then_acceptance",
        "By: Name: Title: Notice Information Address: Telephone: Facsimile: Email: AGREED AND "
        "ACCEPTED as of the day of , . GWG HOLDINGS, INC. By:", None),
]


@pytest.mark.parametrize("case", CUTS, ids=[c.kind for c in CUTS])
def test_acceptance_cut(case: Cut) -> None:
    fields = find_fields(case.text)
    parse_fields(case.text, fields)
    titles = [f for f in fields if f.name == "title"]
    assert titles
    if case.title is None:
        assert "ACCEPTED" in case.text[titles[0].start : titles[0].end]
    else:
        assert titles[0].value == case.title
        assert "ACCEPTED" not in case.text[titles[0].start : titles[0].end]


@pytest.mark.parametrize("case", CLEAN, ids=[c.kind for c in CLEAN])
def test_clean_party(case: Clean) -> None:
    assert clean_party(case.text) == case.party


class Split(NamedTuple):
    kind: str
    text: str
    k: int
    parts: list[str] | None


SPLIT = [
    # "LTD" without its dot glued to the next column's name
    Split("ltd_glued", "GLOBAL TECHNOLOGIES, LTDTIMOTHY CABRERA", 2, ["GLOBAL TECHNOLOGIES, LTD", "TIMOTHY CABRERA"]),
    # the same two names spaced (the other copy)
    Split("ltd_spaced", "GLOBAL TECHNOLOGIES, LTD TIMOTHY CABRERA", 2, ["GLOBAL TECHNOLOGIES, LTD", "TIMOTHY CABRERA"]),
    # a Brazilian "LTDA" is one form, not "LTD" and a name
    Split("ltda", "TECNOLOGIAS LTDA ACME CORP.", 2, ["TECNOLOGIAS LTDA", "ACME CORP."]),
]


@pytest.mark.parametrize("case", SPLIT, ids=[c.kind for c in SPLIT])
def test_split_columns(case: Split) -> None:
    assert split_columns(case.text, case.k) == case.parts


class Brands(NamedTuple):
    kind: str
    text: str
    k: int
    names: list[str | None]


BRANDS = [
    # two one-word brand names over two "/s/" lines: spaced here, split at the case change when glued
    Brands("brands_spaced", "IBio CC-Pharming", 2, ["IBio", "CC-Pharming"]),
    Brands("brands_glued", "IBioCC-Pharming", 2, ["IBio", "CC-Pharming"]),
    # plain words are no brands: not split
    Brands("plain_words", "Acme Widgets", 2, [None, None]),
]


@pytest.mark.parametrize("case", BRANDS, ids=[c.kind for c in BRANDS])
def test_brand_columns(case: Brands) -> None:
    assert names_above(case.text, case.k) == case.names


def test_brand_columns_needs_one_word_a_column() -> None:
    assert brand_columns("IBio CC-Pharming PepsiCo", 2) is None


class Dba(NamedTuple):
    kind: str
    above: str
    line: str
    formed: bool
    joins: bool


DBA = [
    Dba("open_dba", "STALLINGS CAPITAL GROUP CONSULTANTS, LTD., DBA BOB", "STALLINGS RACING", False, True),
    Dba("next_name_formed", "STALLINGS CAPITAL GROUP CONSULTANTS, LTD., DBA BOB STALLINGS RACING", "GAINSCO, INC.",
        True, False),
    Dba("dba_leads", "Greater Delaware Valley Savings Bank", "d/b/a Alliance Bank", False, True),
    Dba("no_dba", "ACME HOLDINGS", "BETA GROUP", False, False),
]


@pytest.mark.parametrize("case", DBA, ids=[c.kind for c in DBA])
def test_dba_continues(case: Dba) -> None:
    assert dba_continues(case.above, case.line, case.formed) is case.joins


class Value(NamedTuple):
    kind: str
    value: str
    start: int | None  # where the next party's name (with its label) starts in the value


VALUES = [
    # flattened: "By: /s/ Brian Hayek BRIAN HAYEK, President "Consultant" TruckThat LLC By:"
    Value("quoted_label_then_name", 'Brian Hayek BRIAN HAYEK, President "Consultant" TruckThat LLC', 35),
    # a quoted word with no entity after it
    Value("quoted_no_entity", 'Brian Hayek, President "Consultant"', None),
]


@pytest.mark.parametrize("case", VALUES, ids=[c.kind for c in VALUES])
def test_next_party_start(case: Value) -> None:
    assert next_party_start(case.value, whole=False, tail=True) == case.start


PREAMBLE = ("by and between Greater\xa0Delaware Valley Savings Bank d/b/a Alliance Bank and AllianceMutual\xa0Holding"
            "Company, ...")


@pytest.mark.parametrize(("value", "found"), [
    ("Greater Delaware Valley Savings Bank  d/b/a Alliance Bank", True),  # spaced otherwise
    ("Alliance Mutual Holding Company", True),  # glued in the preamble, a lost line break
    ("Vice President", False),  # too short to tell
    ("Greater Delaware Valley Holdings Company", False),  # not written there
])
def test_written_before(value: str, found: bool) -> None:
    assert written_before(PREAMBLE, value, len(PREAMBLE)) is found


class Own(NamedTuple):
    kind: str
    text: str  # from the end of one "/s/" to the start of the next
    signer: str | None
    own: bool


OWN = [
    Own("name_line_above", "\nSignature\n\nVP BioTDC \nTitle\n\n4/16/10\nDate\n\nBIOAMBER S.A.S.\n\n   ",
        "Jack Staboch", True),
    Own("acceptance_glued", "-----Thomas C. Payne, M.D.Secretary/TreasurerACCEPTED AND AGREED TO:STRATTON, CHEESEMAN &"
        " WALSH, INC.", "Thomas C. Payne, M.D.", True),
    # the line typed under the previous signer's own "/s/": a name below a signature, not above
    Own("typed_under_previous", "\n\nAnthony K. Chan Chief Executive Officer American Champion Media, Inc.\n\n",
        "Anthony K. Chan", False),
    # "/s/    JOHN MCSORLEY": the name typed again under the line, a title and the entity (names below)
    Own("typed_block_under_previous", "    JOHN MCSORLEY\n\n\nJohn McSorley\nVice President of Human Resources\n"
        "NVIDIA Corporation, Inc.\n\n\n\n\n\n\n", None, False),
    # a label, a page later
    Own("label_above", "\n\n    Authorized Representative:    ", "Keung Chui", False),
    # side by side on one line: columns
    Own("one_line", "       ", "Jack Staboch", False),
]


@pytest.mark.parametrize("case", OWN, ids=[c.kind for c in OWN])
def test_own_name_above(case: Own) -> None:
    assert own_name_above(case.text, 0, len(case.text), case.signer) is case.own


class Twin(NamedTuple):
    kind: str
    name: str  # the CUAD file name without its "Part_..__Category__" prefix
    prefix: str
    party: str  # a party both copies must name (normalised words)


CUAD = "cuad/"
TWINS = [
    Twin("dba_wrapped", "GAINSCOINC_01_21_2010-EX-10.41-SPONSORSHIP AGREEMENT.txt", "Part_II__Sponsorship__",
         "stallings capital group consultants ltd dba bob stallings racing"),
    Twin("quoted_labels",
         "AlliedEsportsEntertainmentInc_20190815_8-K_EX-10.34_11788308_EX-10.34_Sponsorship Agreement.txt",
         "Part_I__Sponsorship__", "newegg inc"),
    Twin("quoted_label_after_title", "DRIVENDELIVERIES,INC_05_22_2020-EX-10.4-CONSULTING AGREEMENT.txt",
         "Part_II__Consulting Agreements__", "truckthat llc"),
    Twin("ltd_glued", "GLOBALTECHNOLOGIESLTD_06_08_2020-EX-10.16-CONSULTING AGREEMENT.txt",
         "Part_II__Consulting Agreements__", "timothy cabrera"),
    Twin("title_holds_next_party", "ALLIANCEBANCORPINCOFPENNSYLVANIA_10_18_2006-EX-1.2-AGENCY AGREEMENT.txt",
         "Part_III__Agency Agreements__", "alliance mutual holding company"),
    Twin("signed_under_own_name", "BIOAMBERINC_04_10_2013-EX-10.34-DEVELOPMENT AGREEMENT (1).txt",
         "Part_II__Development__", "bioamber s a s"),
    Twin("acceptance_glued", "AMERICANPHYSICIANSCAPITALINC_03_31_2003-EX-10.26-AGENCY AGREEMENT.txt",
         "Part_III__Agency Agreements__", "stratton cheeseman & walsh inc"),
    Twin("date_glued_to_next_name",
         "GlobalTechnologiesGroupInc_20050928_10KSB_EX-10.9_4148808_EX-10.9_Content License Agreement.txt",
         "Part_I__License_Agreements__", "global music international inc d b a independent music network imntv"),
    Twin("sentence_then_lower_case_name", "IbioInc_20200313_8-K_EX-10.1_12052678_EX-10.1_Development Agreement.txt",
         "Part_I__Development__", "beijing cc pharming ltd"),
]


def _parties(rel: str) -> set[str]:
    sig = extractor.parse(corpus_path(rel)).signatures
    return {" ".join("".join(c if c.isalnum() or c == "&" else " " for c in str(p)).split()).casefold()
            for p in sig["party"] if not pd.isna(p)}


@pytest.mark.parametrize("case", TWINS, ids=[c.kind for c in TWINS])
def test_twins_agree(case: Twin) -> None:
    laid_out, flattened = _parties(CUAD + case.name), _parties(CUAD + case.prefix + case.name)
    assert case.party in laid_out
    assert laid_out == flattened
