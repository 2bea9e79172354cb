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
