"""Signature parties that two extractions of one CUAD contract must agree on (issue 19): one copy keeps
the layout, the other glued its pieces together ("LICENSORLICENSEEHERTZ ..., LLCHERTZ ..."). The
names above the lines are read the same from both. Rows: the text above the side-by-side ``By:``
lines as each copy writes it (real snippets from ../shared/corpus/cuad) and the names both must give;
then whole documents, both copies, and the set of parties their signature tables must hold."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest
import regex
from conftest import corpus_path
from extractor.grammars import signature as g
from hypothesis import given
from hypothesis import strategies as st

import extractor
from extractor.stages.signature_flat import GLUED_FORM, glued_forms
from extractor.stages.signature_glued import glued_suffixes, reread_names, unglued
from extractor.stages.signature_parties import name_lines, names_above
from extractor.stages.signature_wrapped import unwrapped_lines


class Above(NamedTuple):
    kind: str
    text: str  # the text above k side-by-side "By:" lines
    names: list[str | None]


ABOVE = [
    Above("roles_suffix_descriptor_glued",
          "LICENSORLICENSEEHERTZ INVESTMENT GROUP, LLCHERTZ GROUP REALTY TRUST, INC.a Delaware limited liability "
          "companya Maryland corporation", ["HERTZ INVESTMENT GROUP, LLC", "HERTZ GROUP REALTY TRUST, INC."]),
    Above("roles_suffix_descriptor_spaced",
          "LICENSOR LICENSEE HERTZ INVESTMENT GROUP, LLC HERTZ GROUP REALTY TRUST, INC. a Delaware limited "
          "liability company a Maryland corporation ",
          ["HERTZ INVESTMENT GROUP, LLC", "HERTZ GROUP REALTY TRUST, INC."]),
    Above("labels_and_commas_glued",
          "COMPANY:DISTRIBUTOR:SMART RX SYSTEMS, INC.,A3 DEVELOPMENT GROUP, LLC,a Florida corporationa Texas "
          "limited liability company", ["SMART RX SYSTEMS, INC.", "A3 DEVELOPMENT GROUP, LLC"]),
    Above("registration_number_and_roles_glued",
          ", the Parties have caused this Agreement to be duly executed for and on behalf of:Flextronics (Israel) "
          "Ltd.INVASIX LTD 514073618ContractorCustomer", ["Flextronics (Israel) Ltd.", "INVASIX LTD"]),
    Above("registration_number_and_roles_spaced",
          ", the Parties have caused this Agreement to be duly executed for and on behalf of: Flextronics (Israel) "
          "Ltd. INVASIX LTD 514073618 Contractor Customer ", ["Flextronics (Israel) Ltd.", "INVASIX LTD"]),
    Above("acting_through_glued",
          "Commnet Wireless, LLCAT&T Mobility LLCBy AT&T Services, Inc.,its authorized representative",
          ["Commnet Wireless, LLC", "AT&T Mobility LLC"]),
    Above("acting_through_spaced",
          "Commnet Wireless, LLC AT&T Mobility LLC By AT&T Services, Inc., its authorized representative\n\n",
          ["Commnet Wireless, LLC", "AT&T Mobility LLC"]),
    Above("role_glued_at_end",
          ", STAAR and Distributor have caused their duly authorized representatives to execute this Distributorship"
          "Agreement on this __ day of ____, 20___.STAAR SURGICAL AGDISTRIBUTOR", ["STAAR SURGICAL AG", None]),
    Above("blank_fill_in_after_role", "\n\nDistributor: ____________________ InnerScope Hearing Technologies, Inc. ",
          ["InnerScope Hearing Technologies, Inc."]),
    Above("blank_date_glued", "Dated: .Erchonia Medical Corporation.", ["Erchonia Medical Corporation."]),
    Above("also_signs_for_glued",
          "PREMIER NUTRITION CORPORATIONSTREMICKS HERITAGE FOODS, LLCAnd as and for Jasper Products, LLC",
          ["PREMIER NUTRITION CORPORATION", "STREMICKS HERITAGE FOODS, LLC"]),
    Above("also_signs_for_spaced",
          "PREMIER NUTRITION CORPORATION STREMICKS HERITAGE FOODS, LLC And as and for Jasper Products, LLC\n\n",
          ["PREMIER NUTRITION CORPORATION", "STREMICKS HERITAGE FOODS, LLC"]),
    # a notice address glued over the lines: a heading is no name, the first reading stands
    Above("address_no_name",
          "or other means similarly agreed to:ADMINISTRATIVE MATTERSGreat Lakes Gas Transmission Limited "
          "PartnershipCommercial Services700 Louisiana St., Suite 700Houston, TX 77002-2700Attn:AGREED TO ",
          [None, None]),
]


@pytest.mark.parametrize("case", ABOVE, ids=[c.kind for c in ABOVE])
def test_names_reread(case: Above) -> None:
    k = len(case.names)
    assert reread_names(case.text, k, names_above(case.text, k)) == case.names


def test_glued_suffixes() -> None:
    text = 'entered into by 5069 and the AmericanDiabetes Association, Inc. ("Association"), a not-for-profit'
    got = glued_suffixes(text, {"American Diabetes Association": "American Diabetes Association", "Acme": "Acme"})
    assert got == {"American Diabetes Association": "American Diabetes Association, Inc.", "Acme": "Acme"}


def test_unglued_keeps_spaced_names() -> None:
    text = "PREMIER NUTRITION CORPORATION STREMICKS HERITAGE FOODS, LLC"
    assert unglued(text) == text


class Twin(NamedTuple):
    kind: str
    name: str  # the document's name; the twin carries a "Part_..__Category__" prefix
    part: str
    parties: set[str]


TWINS = [
    Twin("roles_suffix_descriptor", "HertzGroupRealtyTrustInc_20190920_S-11A_EX-10.8_11816941_EX-10.8_Trademark "
         "License Agreement.txt", "Part_I__License_Agreements__",
         {"hertz investment group llc", "hertz group realty trust inc"}),
    Twin("acting_through", "AtnInternationalInc_20191108_10-Q_EX-10.1_11878541_EX-10.1_Maintenance Agreement.txt",
         "Part_I__Maintenance__", {"commnet wireless llc", "at&t mobility llc"}),
]


TWINS += [
    # two names each wrapped in its column and read one column after the other, the signer typed under "/s/"
    Twin("stacked_wrapped_names", "CybergyHoldingsInc_20140520_10-Q_EX-10.27_8605784_EX-10.27_Affiliate Agreement.txt",
         "Part_I__Affiliate_Agreements__", {"birch first investments inc", "mount knowledge holdings inc"}),
    # "GOLFERS INCORPORATED:   /s/ A   WITNESS: /s/ B   By: A": the witness beside the line is read first
    Twin("witness_beside_signature", "PerformanceSportsBrandsInc_20110909_S-1_EX-10.10_7220214_EX-10.10_Endorsement "
         "Agreement.txt", "Part_I__Endorsement__", {"", "golfers incorporated"}),
    # "FRANCHISEEMEMBER / By:By:Name:Name:": two role words over a blank form glued into one, no party
    Twin("glued_roles_over_blank_form", "PfHospitalityGroupInc_20150923_10-12G_EX-10.1_9266710_EX-10.1_Franchise "
         "Agreement3.txt", "Part_I__Franchise__", set()),
    # "Erchonia Medical Corporation. By ___ Its ___ / Distributor: ____ InnerScope ..., Inc. By ___": a form
    Twin("blank_form_two_parties", "InnerscopeHearingTechnologiesInc_20181109_8-K_EX-10.6_11419704_EX-10.6_"
         "Distributor Agreement.txt", "Part_I__Distributor__",
         {"erchonia medical corporation", "innerscope hearing technologies inc"}),
    # "American Diabetes Association Freeze Tag, Inc. / By: By:": two names, the first completed from the
    # preamble, glued there in one copy ("the AmericanDiabetes Association, Inc.")
    Twin("association_then_name", "FreezeTagInc_20180411_8-K_EX-10.1_11139603_EX-10.1_Sponsorship Agreement.txt",
         "Part_I__Sponsorship__", {"american diabetes association inc", "freeze tag inc"}),
    Twin("also_signs_for", "BellringBrandsInc_20190920_S-1_EX-10.12_11817081_EX-10.12_Manufacturing Agreement3.txt",
         "Part_I__Manufacturing__", {"premier nutrition corporation", "stremicks heritage foods llc"}),
]


def test_unwrapped_lines() -> None:
    pre = ("COMPANY\n\nMA\n\nBIRCH FIRST\nINVESTMENTS INC.\nA US Virgin Islands corporation\n\nMOUNT KNOWLEDGE\n"
           "HOLDINGS INC.\nA Nevada corporation\n\n")
    assert unwrapped_lines(pre, name_lines(pre)) == [
        "COMPANY", "MA", "BIRCH FIRST INVESTMENTS INC.", "MOUNT KNOWLEDGE HOLDINGS INC."]


def _norm(value: object) -> str:
    if value is None or pd.isna(value):
        return ""
    return " ".join(str(value).replace(",", " ").replace(".", " ").split()).casefold()


@pytest.mark.parametrize("case", TWINS, ids=[c.kind for c in TWINS])
def test_twins_agree(case: Twin) -> None:
    for rel in (f"cuad/{case.name}", f"cuad/{case.part}{case.name}"):
        sig = extractor.parse(corpus_path(rel)).signatures
        assert {_norm(p) for p in sig["party"]} == case.parties, rel


# Pieces of a flattened signature page: a short name's words, blanks, commas and the forms after it
PIECES = st.sampled_from(["Acme", "Acme", "Co", "Acme Co", "Inc.", "INC", "Corp", "LLC", "Ltd.", "x", ".", ",", " ",
                          "  ", "\t", "\xa0", "\n", "é", "_"])


@given(st.lists(PIECES, max_size=14).map("".join), st.sampled_from(["Acme Co", "Acme", "Co Acme", "Acme Acme"]))
def test_glued_lookups_are_one_pattern_each(text: str, name: str) -> None:
    """``glued_suffixes`` and ``glued_forms`` (the name's writings, then the form after each) find what one
    search for the name and its form finds."""
    words = r"[ \t\xa0]*+".join(regex.escape(w) for w in name.split())
    want = dict.fromkeys([name], name)
    if len(name.split()) > 1 and (m := regex.search(rf"(?<![\w.]){words}(?={g.FORM_SUFFIX})", text)) is not None:
        want[name] = name + text[m.end() : regex.compile(g.FORM_SUFFIX).match(text, m.end()).end()]
    assert glued_suffixes(text, {name: name}) == want
    m = regex.search(rf"(?<![\w.]){words}(,?)[ \t\xa0]*+(?=[A-Z])({GLUED_FORM.pattern})", text)
    assert glued_forms(text, {name: name}) == {name: name if m is None else f"{name}{m.group(1)} {m.group(2)}"}
