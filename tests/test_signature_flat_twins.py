"""Flattened signature blocks (issue 19, twins): the repairs of ``stages/signature_flat.py``, each on real
snippets from ../shared/corpus/cuad, then on both copies of a twin pair: the same signing parties, and
the right ones."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import corpus_path

import extractor
from extractor.stages.signature_flat import glued_forms, page_number_cut, role_after_form_cut, sentence_apart
from extractor.stages.signature_parties import names_above


class Apart(NamedTuple):
    kind: str
    piece: str
    parts: list[str]


APART = [
    # XACCT support agreement: the "IN WITNESS" sentence's colon glued to the role word over the column
    Apart("sentence_then_caps", "bytheir duly authorized representatives:LICENSEE",
          ["bytheir duly authorized representatives:", "LICENSEE"]),
    # TC Pipelines transportation agreement: a notice address after "agreed to:", not a name line
    Apart("short_word", "similarly agreed to:ADMINISTRATIVE MATTERS", ["similarly agreed to:ADMINISTRATIVE MATTERS"]),
    # Inmode manufacturing agreement: what follows is no line in capitals
    Apart("not_caps", "on behalf of:Flextronics (Israel) Ltd.", ["on behalf of:Flextronics (Israel) Ltd."]),
    # a role label is capitalised: left to the role-label rules
    Apart("role_label", "Customer:ELIANCE CORPORATION", ["Customer:ELIANCE CORPORATION"]),
]


@pytest.mark.parametrize("case", APART, ids=[c.kind for c in APART])
def test_sentence_apart(case: Apart) -> None:
    assert sentence_apart(case.piece) == case.parts


class Cut(NamedTuple):
    kind: str
    text: str
    want: str | None


PAGE_NUMBER = [
    # theglobe.com co-branding agreement: the page number run on before the first column's name
    Cut("page_number", "10 THEGLOBE.COM, INC.:", "THEGLOBE.COM, INC.:"),
    # a street address stays an address
    Cut("street", "700 Louisiana St., Suite 700", None),
    Cut("no_form", "1000 PARK AVENUE", None),
    Cut("mixed_case", "12 Main Holdings, Inc.", None),
]


@pytest.mark.parametrize("case", PAGE_NUMBER, ids=[c.kind for c in PAGE_NUMBER])
def test_page_number_cut(case: Cut) -> None:
    assert page_number_cut(case.text) == case.want


ROLE_AFTER = [
    # Soupman franchise agreement: one blank between the name and the column's role word
    Cut("role_after_form", "KIOSK CONCEPTS, INC. MASTER FRANCHISEE", "KIOSK CONCEPTS, INC."),
    Cut("goosehead", "GOOSEHEAD INSURANCE AGENCY, LLC FRANCHISEE", "GOOSEHEAD INSURANCE AGENCY, LLC"),
    # a name going on after its form is kept: no role word ends it
    Cut("name_goes_on", "CREDIT SUISSE AG CAYMAN ISLANDS BRANCH", "CREDIT SUISSE AG CAYMAN ISLANDS BRANCH"),
    Cut("lower_case", "Acme, Inc. Licensee", "Acme, Inc. Licensee"),
    Cut("no_form", "MASTER FRANCHISEE", "MASTER FRANCHISEE"),
]


@pytest.mark.parametrize("case", ROLE_AFTER, ids=[c.kind for c in ROLE_AFTER])
def test_role_after_form_cut(case: Cut) -> None:
    assert role_after_form_cut(case.text) == case.want


class Forms(NamedTuple):
    kind: str
    text: str
    short: str
    want: str


GLUED_FORMS = [
    # Kubient master services agreement (flattened copy): "is by and between KubientInc., with offices"
    Forms("glued_form", 'is by and between KubientInc., with offices ("Kubient")', "Kubient", "Kubient Inc."),
    # the name glued to a word before it is another word
    Forms("glued_before", "the SuperKubientInc. brand", "Kubient", "Kubient"),
    # a lower-case continuation is no form: "Acmeincorporated"
    Forms("lower_case", "Acmeincorporated", "Acme", "Acme"),
]


@pytest.mark.parametrize("case", GLUED_FORMS, ids=[c.kind for c in GLUED_FORMS])
def test_glued_forms(case: Forms) -> None:
    assert glued_forms(case.text, {case.short: case.short})[case.short] == case.want


def test_names_above_sentence_glued_to_role() -> None:
    """XACCT (flattened): the two column heads as the laid-out copy reads them."""
    pre = "representatives:LICENSEE\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0XACCT TECHNOLOGIES, INC."
    assert names_above(pre, 2) == ["LICENSEE", "XACCT TECHNOLOGIES, INC."]


class Twins(NamedTuple):
    kind: str
    laid_out: str  # under ../shared/corpus/cuad
    flattened: str
    parties: set[str]  # the signing parties, normalised as the twins scorer does


TWINS = [
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
