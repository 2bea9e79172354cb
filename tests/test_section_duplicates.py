"""A top-level number repeated by its neighbour, one of the two without a heading
(``extractor.stages.section_duplicates``): the inner list item, contents line or cross-reference moves
one level down, whichever extraction of the filing it appears in. Snippets are real CUAD / EDGAR text
(abridged: provisions cut short, the numbering and its glue kept)."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import corpus_path

import extractor
from extractor.stages.section_duplicates import stray_text

NB = "\u00a0"

class TopCase(NamedTuple):
    name: str
    text: str
    want: list[str]  # top-level numbers of the body, in order


TOP_CASES = [
    TopCase(
        "roman list items inside a roman section (Manakoa Services)",
        "the parties hereto agree as follows:\n\nI. SERVICES\n\n  A. To identify technology acquisition "
        "opportunities for MKOS from research universities.\n\n  B. In conjunction with the Services, UTEK "
        "agrees to:\n\n  I. Make itself available at the offices of MKOS or at another mutually agreed upon "
        "place.\n\n  II. Make itself available for telephone conferences with the principal officer(s) of "
        "MKOS.\n\n  C. MKOS will have 30-days from receipt of information to determine if they wish to go "
        "forward.\n\nII. INDEPENDENT CONTRACTOR\n\nUTEK shall be an independent contractor.\n\nIII. "
        "COMPENSATION\n\nMKOS shall pay UTEK a fee.",
        ["I.", "II.", "III."],
    ),
    TopCase(
        "both with headings: a drafting error, both kept (Corio)",
        "1.      DEFINITIONS. Terms have the meanings below.\n\n2.      LICENSE. Corio may use the "
        "Software.\n\n3.      DELIVERY OF SOFTWARE. Vendor shall deliver "
        "it.\n\n3.      RELATIONSHIP MANAGERS. The Corio Relationship Manager shall be named.\n\n4.      "
        "RESPONSE TIME. Vendor shall respond within one day.",
        ["1.", "2.", "3.", "3.", "4."],
    ),
    TopCase(
        "a bare table row before the dotted provisions: dropped (Gran Tierra)",
        "TERM OF EXECUTION From January 30, 2012 until July 29, 2012\n\nPoint   #  Type of Point    Name of "
        "Point  Distance  (km)\n\n1 Point of Entrance  Entrance bridle to the srapers tramp in the PK 35+400 of  "
        "OMO 377,3  2 Point of Exit Exit bridle to the main tanks of Tumaco Plant.\n\nthe above the parties "
        "agree:    CLAUSE FIRST  PURPOSE\n\n1. ECOPETROL is the owner of the pipelines of private use "
        "indicated in the Specific Conditions.\n\n2. Currently the Pipelines have Available Capacity for the "
        "shipment of crudes from third parties.\n\n3. The SENDER has crude oils of its own production that "
        "wishes to ship through the Pipelines.\n\n4. The Parties have agreed to enter into this Contract under "
        "the Spot shipping contract modality.",
        ["1.", "2.", "3.", "4."],
    ),
    TopCase(
        "a bare address number does not skip ahead of dotted provisions (MediWound; provisions 1-13 cut short)",
        "".join(f"{i}.{NB}{h.replace(' ', NB)}\n\n{i}.1{NB}The Parties agree as set out.\n\n" for i, h in enumerate((
            "Definitions", "Conditions Precedent", "Grant of Rights", "Financial Provisions",
            "Manufacture of Bromelain SP", "Supply of Bromelain SP", "Liability and Indemnity", "Confidentiality",
            "Duration", "Termination", "Effects of Termination", "Assignment", "Miscellaneous"), 1))
        + f"14.{NB}Notices\n\n14.1{NB}Notices shall be in "
        f"writing.\n\n14.3{NB}CBC's{NB}address{NB}for{NB}service{NB}of{NB}notices{NB}shall{NB}be:-\n\n"
        f"Challenge{NB}Bioproducts{NB}Corporation,{NB}Ltd.\n17{NB}Tou-Kong{NB}12{NB}Rd.,{NB}Tou-Liu{NB}City,"
        f"{NB}Yun-Lin{NB}Hsien,\nTaiwan,{NB}R.O.C.,{NB}(\u201cCBC\u201d)\nFacsimile:{NB}+55-5572-045\n\n"
        f"15.{NB}Governing{NB}Law{NB}and{NB}Disputes\n\n15.1{NB}This{NB}Agreement{NB}is{NB}made{NB}under{NB}the"
        f"{NB}laws{NB}of{NB}the{NB}State{NB}of{NB}New{NB}York.",
        [f"{i}." for i in range(1, 16)],
    ),
    TopCase(
        "only the items of a list a sentence introduces: no provisions (Gridiron endorsement exhibit)",
        "Where the following per Unit conversion shall apply for the term of this Agreement:\n\n a. (1) Bottle "
        "of BlackMP LivingWater = 1 Unit\n\n b. (1) 4oz bottle of BlackMPConcentrate = 30 Units\n\n c. (1) "
        "Bottle of Zezel ProbioticWater = 1 Unit\n\n d. (1) Bottle of Zayin Sports Water = 1 Unit  e. (1) "
        "Bottle Gridiron MVP\u2122 Water= 1 Unit\n\n f. (1) Bottle Gridiron CBD H20 Probiotics\u2122 Water = 1 "
        "Unit\n\n _____________  * The NFLA-NC will donate 15% of the above described proceeds to the NFLA.",
        [],
    ),
    TopCase(
        "list items with headings after the operative words are the provisions (Sibannac)",
        "Now therefore, the parties mutually agree to enter into a strategic alliance under the following "
        "terms and conditions:   1) Duties of Bravatek   Bravatek agrees to serve as a non-exclusive project "
        "sales lead finder for COMPANY.   a. Promote, market and introduce the Products to prospective "
        "clients.   b. Provide a quarterly Pipeline report to COMPANY.\n\n 1\n\n\n\n  2) Duties of COMPANY   "
        "COMPANY agrees to use its best efforts to promote and support project lead finding.\n\n  3) "
        "Compensation   COMPANY shall pay Bravatek a commission.",
        ["1)", "2)", "3)"],
    ),
]


@pytest.mark.parametrize("case", TOP_CASES, ids=[c.name[:50] for c in TOP_CASES])
def test_top_level_numbers(case: TopCase) -> None:
    ex = extractor.parse(case.text.encode(), name="snippet.txt")
    s = ex.sections
    top = s[(s["level"] == 1) & (s["part"] == "body")]
    assert [n.replace(NB, " ").strip() for n in top["number"]] == case.want
    for row in s.itertuples():
        assert ex.original[row.start : row.end] == row.text


class StrayCase(NamedTuple):
    after_number: str  # the text after a top-level number without a heading
    stray: bool


STRAY_CASES = [
    StrayCase(" Any other charges directly related to BNL ' use or benefit", True),
    StrayCase(" Blackwell Science Limited a company registered in England", True),
    StrayCase(" CONFIDENTIALITY; PUBLICITY 46 7.1 Confidentiality 46 7.2", True),  # a contents line
    StrayCase(f"PROPRIETARY{NB}MARKS17{NB}{NB}{NB}{NB}6.1Our{NB}Representations17", True),  # flattened contents
    StrayCase("[***]EUR [***] (€[***])Within [***] ([***]) days of the", True),  # a redacted amount
    StrayCase(' ("Termination without Cause"), below.', True),  # a cross-reference
    StrayCase(" Grant of Endorsement.A.In consideration of the", False),  # a heading that lost its break
    StrayCase(" Termination    A. HDS shall have the right to", False),
    StrayCase(" REPRESENTATIONS AND WARRANTIES; LIMITATIONS OF LIABILITY", False),
    StrayCase("1  TERM: EFFECTIVE DATE  2.01 Term.", False),  # "ARTICLE I1": a misread II
]


@pytest.mark.parametrize("case", STRAY_CASES, ids=[c.after_number[:30] for c in STRAY_CASES])
def test_stray_text(case: StrayCase) -> None:
    assert stray_text(case.after_number, 0) is case.stray


class TwinCase(NamedTuple):
    name: str  # the lined extraction; its flattened twin carries a Part_..__Category__ prefix
    prefix: str
    want: list[str]  # top-level numbers both must give


TWIN_CASES = [
    TwinCase(  # an inner "1. ... 6." list of charges inside section 5
        "BNLFINANCIALCORP_03_30_2007-EX-10.8-OUTSOURCING AGREEMENT.txt", "Part_II__Outsourcing__",
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16"],
    ),
    TwinCase(  # a contents line "ARTICLE 8 REGULATORY MATTERS 29 8.1 ..." left in the body
        "INNOVIVA,INC_08_07_2014-EX-10.1-COLLABORATION AGREEMENT.txt", "Part_II__Collaboration__",
        [f"ARTICLE {n}" for n in range(1, 17)],
    ),
]


def _top_numbers(path: str) -> list[str]:
    s = extractor.parse(corpus_path(path).read_bytes(), name="doc.txt").sections
    top = s[(s["level"] == 1) & (s["part"] == "body")]
    return [" ".join(n.replace(NB, " ").rstrip(" .").split()) for n in top["number"]]


@pytest.mark.parametrize("case", TWIN_CASES, ids=[c.name[:30] for c in TWIN_CASES])
def test_twins_agree(case: TwinCase) -> None:
    lined = _top_numbers(f"cuad/{case.name}")
    assert lined[: len(case.want)] == case.want
    assert _top_numbers(f"cuad/{case.prefix}{case.name}") == lined
