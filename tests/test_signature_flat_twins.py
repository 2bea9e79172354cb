"""Flattened signature blocks (issue 19, twins): the repairs of ``stages/signature_flat.py``, each on real
snippets from ../shared/corpus/cuad, then on both copies of a twin pair: the same signing parties, and
the right ones."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from extractor.stages.signature_flat import (
    acceptance_start,
    caption_lead_cut,
    closer_split,
    date_glued_name,
    date_holds_name,
    descriptor_cut,
    descriptor_unglued,
    glued_forms,
    glued_role_cut,
    page_number_cut,
    quoted_role_start,
    quoted_roles_cut,
    role_after_form_cut,
    roles_after_office,
    sentence_apart,
)
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
    # Veoneer joint venture agreement: a name ending in its form after the sentence
    Apart("sentence_then_entity", "set forth in this Amendment:Veoneer Nissin Brake Systems Japan Co., Ltd.",
          ["set forth in this Amendment:", "Veoneer Nissin Brake Systems Japan Co., Ltd."]),
    # PF Hospitality franchise agreement: two columns' names glued after "(if applicable):"
    Apart("bracket_then_columns", "3. Site Selection Area (if applicable):Pizza Fusion Holdings, Inc.Franchisee",
          ["3. Site Selection Area (if applicable):", "Pizza Fusion Holdings, Inc.Franchisee"]),
    # an acknowledgement's text before a plain word: no name line
    Apart("not_a_name", "the undersigned hereby agrees:Delivery Date", ["the undersigned hereby agrees:Delivery Date"]),
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
    # Freeze Tag sponsorship agreement (flattened): the name's words glued in the preamble
    Forms("glued_words", 'and the AmericanDiabetes Association, Inc. ("Association")', "American Diabetes Association",
          "American Diabetes Association, Inc."),
]


@pytest.mark.parametrize("case", GLUED_FORMS, ids=[c.kind for c in GLUED_FORMS])
def test_glued_forms(case: Forms) -> None:
    assert glued_forms(case.text, {case.short: case.short})[case.short] == case.want


CAPTION_LEAD = [
    # Soupman franchise addendum: the witness caption over its column, one blank before the party's name
    Cut("attest", "ATTEST KIOSK CONCEPTS, INC.:", "KIOSK CONCEPTS, INC.:"),
    Cut("witness_colon", "WITNESS: HDS LLC", "WITNESS: HDS LLC"),  # a witness column: read by signatures
    Cut("no_form", "ATTEST JOHN SMITH", "ATTEST JOHN SMITH"),
    Cut("in_witness", "IN WITNESS WHEREOF", "IN WITNESS WHEREOF"),
]


@pytest.mark.parametrize("case", CAPTION_LEAD, ids=[c.kind for c in CAPTION_LEAD])
def test_caption_lead_cut(case: Cut) -> None:
    assert caption_lead_cut(case.text) == case.want


DESCRIPTOR = [
    # Morgan Stanley Direct Lending Fund trademark licence: the descriptor on the line under the name,
    # spaced in one copy and glued in the other
    Cut("spaced", "MORGAN STANLEY INVESTMENT MANAGEMENT INC. a Delaware corporation",
        "MORGAN STANLEY INVESTMENT MANAGEMENT INC."),
    Cut("glued_after_form", "MORGAN STANLEY INVESTMENT MANAGEMENT INC.a Delaware corporation",
        "MORGAN STANLEY INVESTMENT MANAGEMENT INC."),
    Cut("glued_after_caps", "MORGAN STANLEY DIRECT LENDING FUNDa Delaware corporation",
        "MORGAN STANLEY DIRECT LENDING FUND"),
    Cut("no_descriptor", "Panama Canal Railway Company", "Panama Canal Railway Company"),
]


@pytest.mark.parametrize("case", DESCRIPTOR, ids=[c.kind for c in DESCRIPTOR])
def test_descriptor_cut(case: Cut) -> None:
    assert descriptor_cut(case.text) == case.want


def test_descriptor_unglued_glued_role_words() -> None:
    """Hertz trademark licence (flattened): the role words over the columns and the descriptors under them
    glued on; the two names as the laid-out copy reads them."""
    pre = ("first above written.LICENSORLICENSEEHERTZ INVESTMENT GROUP, LLCHERTZ GROUP REALTY TRUST, INC.a Delaware "
           "limited liability companya Maryland corporation")
    assert "LICENSOR LICENSEE HERTZ INVESTMENT" in descriptor_unglued(pre)
    assert "company a Maryland corporation" in descriptor_unglued(pre)
    assert names_above(pre, 2) == ["HERTZ INVESTMENT GROUP, LLC", "HERTZ GROUP REALTY TRUST, INC."]
    # one role word is a name's own first word, not a run of column heads: left as it is
    assert descriptor_unglued("DISTRIBUTORSHIP HOLDINGS INC.") == "DISTRIBUTORSHIP HOLDINGS INC."
    # a word ending in "a" is no glued descriptor ("Georgia Power company")
    assert descriptor_unglued("Georgia Power company") == "Georgia Power company"


def test_descriptor_unglued_comma_glued_to_next_name() -> None:
    """Smart Rx distributor agreement (flattened): two columns' names and descriptors on one line."""
    pre = ("respects.COMPANY:DISTRIBUTOR:SMART RX SYSTEMS, INC.,A3 DEVELOPMENT GROUP, LLC,a Florida corporationa Texas "
           "limited liability company")
    assert names_above(pre, 2) == ["SMART RX SYSTEMS, INC.", "A3 DEVELOPMENT GROUP, LLC"]


def test_descriptor_unglued_keeps_the_name_whole() -> None:
    pre = "first written above.MORGAN STANLEY DIRECT LENDING FUNDa Delaware corporation"
    assert descriptor_unglued(pre) == "first written above.MORGAN STANLEY DIRECT LENDING FUND a Delaware corporation"
    assert names_above(pre, 1) == ["MORGAN STANLEY DIRECT LENDING FUND"]


class DateValue(NamedTuple):
    kind: str
    value: str
    name: str | None  # the next party's name read out of the value


DATE_VALUES = [
    # ScanSource distributor agreement (flattened): the date, then the next party's name glued on
    DateValue("numeric", "26/2/19SCANSOURCE BRASIL DISTRIBUIDORA DE TECHNOLOGIASLTDA.",
              "SCANSOURCE BRASIL DISTRIBUIDORA DE TECHNOLOGIASLTDA."),
    DateValue("month", "May 7, 2019XPLORE TECHNOLOGIES CORPORATION", "XPLORE TECHNOLOGIES CORPORATION"),
    DateValue("date_only", "26/2/19", None),
    DateValue("one_word", "5/1/2018ACME", None),
]


@pytest.mark.parametrize("case", DATE_VALUES, ids=[c.kind for c in DATE_VALUES])
def test_date_glued_name(case: DateValue) -> None:
    k = date_glued_name(case.value)
    assert (None if k is None else case.value[k:]) == case.name


@pytest.mark.parametrize(
    ("value", "holds"),
    [
        # WebHelp hosting agreement (flattened): the blank date line, then the next party's name
        ("eGain Communications Corporation:", True),
        ("January 5, 2000", False),
        ("Corporation", False),
        ("As of the Effective Date", False),
    ],
)
def test_date_holds_name(value: str, holds: bool) -> None:
    assert date_holds_name(value) is holds


@pytest.mark.parametrize(
    ("line", "k", "heads"),
    [
        # PaxMedica master service agreement: the column heads after the invoicing address's "Att:" line
        ("Purinix Pharmaceuticals LLC [***] Att: Chief Executive Officer CRO Client", 2, ["CRO", "Client"]),
        ("Chief Executive Officer CRO Client", 1, None),
        ("Vice President Acme Holdings", 2, None),  # not heads: a name after the title
        ("ACME CORP Licensor Licensee", 2, None),  # no officer word before them
    ],
)
def test_roles_after_office(line: str, k: int, heads: list[str] | None) -> None:
    assert roles_after_office(line, k) == heads


@pytest.mark.parametrize(
    ("line", "k", "names"),
    [
        # Freeze Tag sponsorship agreement: the two parties on one line over two "By:" lines
        ("American Diabetes Association Freeze Tag, Inc.", 2, ["American Diabetes Association", "Freeze Tag, Inc."]),
        ("American Diabetes AssociationFreeze Tag, Inc.", 2, ["American Diabetes Association", "Freeze Tag, Inc."]),
        ("American Diabetes Association Freeze Tag, Inc.", 1, None),
        ("The Boxlot Company", 2, None),  # one name
        ("Ohio Valley Electric Corporation", 2, None),
    ],
)
def test_closer_split(line: str, k: int, names: list[str] | None) -> None:
    assert closer_split(line, k) == names


GLUED_ROLE = [
    # Global Technologies Group content licence (flattened): the column's role word glued to the name
    Cut("glued_role", "DISTRIBUTORMOBILEVISION COMMUNICATIONS LTD.", "MOBILEVISION COMMUNICATIONS LTD."),
    Cut("plural_is_a_word", "SUPPLIERS UNITED INC.", "SUPPLIERS UNITED INC."),
    Cut("name_word", "PARTNERRE HOLDINGS LTD.", "PARTNERRE HOLDINGS LTD."),  # "partner" may open a name
    Cut("no_form", "DISTRIBUTORMOBILEVISION NETWORK", "DISTRIBUTORMOBILEVISION NETWORK"),
]


QUOTED_ROLES = [
    # Allied Esports sponsorship agreement: the columns' quoted role names over the names, spaced or glued
    Cut("spaced", 'Effective Date. "Newegg" "Allied" Newegg Inc.', "Newegg Inc."),
    Cut("glued", "Effective Date.\u201cNewegg\u201d\u201cAllied\u201dNewegg Inc.", "Newegg Inc."),
    Cut("no_form", '"Newegg" "Allied" Newegg', '"Newegg" "Allied" Newegg'),
    Cut("alias_after", 'Newegg Inc. ("Newegg")', 'Newegg Inc. ("Newegg")'),
]


@pytest.mark.parametrize("case", QUOTED_ROLES, ids=[c.kind for c in QUOTED_ROLES])
def test_quoted_roles_cut(case: Cut) -> None:
    assert quoted_roles_cut(case.text) == case.want


@pytest.mark.parametrize(
    ("value", "rest"),
    [
        # Driven Deliveries consulting agreement: the "By:" line runs on into the next party's role and name
        ('Brian Hayek BRIAN HAYEK, President "Consultant" TruckThat LLC', '"Consultant" TruckThat LLC'),
        ("Brian Hayek, President\u201cConsultant\u201dTruckThat LLC", "\u201cConsultant\u201dTruckThat LLC"),
        ('"Consultant" TruckThat LLC', None),  # the whole value: left to the whole-value rules
        ('Jo Doe "Jo" Smith', None),  # a nickname, no name after it
    ],
)
def test_quoted_role_start(value: str, rest: str | None) -> None:
    k = quoted_role_start(value)
    assert (None if k is None else value[k:]) == rest


@pytest.mark.parametrize("case", GLUED_ROLE, ids=[c.kind for c in GLUED_ROLE])
def test_glued_role_cut(case: Cut) -> None:
    assert glued_role_cut(case.text) == case.want


@pytest.mark.parametrize(
    ("value", "title"),
    [
        # Euromedia content licence (flattened): the acceptance line after two blanks, not a line break
        ("Vice-President, General Manager, Television  ACCEPTED and AGREED TO this ______ day of ____________, 2006.",
         "Vice-President, General Manager, Television  "),
        ("President and CEO", None),
        ("Agreed Upon Procedures Manager", None),  # not in capitals: a word of the title
        # GWG orderly marketing agreement, NMF trademark licence: the acceptance goes on to a party's name
        ("Notice Information Address: Email: AGREED AND ACCEPTED as of the day of , . GWG HOLDINGS, INC.", None),
        ("ACKNOWLEDGED AND AGREED TO AS OF THE EFFECTIVE DATE NEW MOUNTAIN FINANCE ADVISERS BDC, L.L.C.", None),
    ],
)
def test_acceptance_start(value: str, title: str | None) -> None:
    k = acceptance_start(value)
    assert (None if k is None else value[:k]) == title


def test_names_above_sentence_glued_to_role() -> None:
    """XACCT (flattened): the two column heads as the laid-out copy reads them."""
    pre = "to be executed bytheir duly authorized representatives:LICENSEE" + "\xa0" * 8 + "XACCT TECHNOLOGIES, INC."
    assert names_above(pre, 2) == ["LICENSEE", "XACCT TECHNOLOGIES, INC."]
