"""Twin copies of one contract (CUAD ships many twice: once as laid out, once with its line breaks
lost, words glued where a line ended) must give the same parties. Table-driven, on real snippets of
both copies from ../shared/corpus/cuad."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from extractor.grammars.text_index import TextIndex

from extractor.stages.party_names import respace_all, respaced


class Glued(NamedTuple):
    name: str  # as the flattened copy's preamble gives it
    text: str  # where that copy writes the name elsewhere (a real snippet)
    want: str


GLUED = [
    # an all-capitals word glued ("JOB RACING"), spaced in the notices
    Glued("ALEX JOBRACING, INC.", "If to AJR:       Alex Job Racing, Inc.       ", "ALEX JOB RACING, INC."),
    # the name's glued word written alone elsewhere: whole words only
    Glued("RICKSMITH ENTERPRISES", 'check drawn to the order of "Rick Smith" and', "RICK SMITH ENTERPRISES"),
    # glued to an entity suffix with dots
    Glued(
        "SAGEMS.A., Departement MORPHO Systemes",
        "                    SAGEM S.A., DEPARTEMENT MORPHO SYSTEMES",
        "SAGEM S.A., Departement MORPHO Systemes",
    ),
    # one letter stands alone: "B C Marketing" (but no letter-spaced heading, below)
    Glued("B CMarketing Concepts Inc.", "COMPANY:Reed\u2019s, Inc.B C Marketing Concepts Inc., dba",
          "B C Marketing Concepts Inc."),
    Glued("PREMIERNUTRITION CORPORATION", "P R E M I E R N U T R I T I O N CORPORATION",
          "PREMIERNUTRITION CORPORATION"),
    # a word in capitals alone is not split by a longer word that holds it
    Glued("RICKSMITH ENTERPRISES", "RICKSMITHSON", "RICKSMITH ENTERPRISES"),
]


@pytest.mark.parametrize("case", GLUED, ids=[f"{c.name}-{i}" for i, c in enumerate(GLUED)])
def test_glued_name_spaced_as_the_document_writes_it(case: Glued) -> None:
    assert respaced(case.name, TextIndex(case.text)) == case.want


class Spaced(NamedTuple):
    name: str
    body: str  # the view's text (furniture removed)
    original: str  # the whole text (furniture kept)
    want: str


SPACED = [
    # the only spaced writing is the page furniture ("Source: ..."), which the body no longer holds
    Spaced(
        "mPhaseTechnologies Inc.",
        '7974 ("Lucent") and mPhaseTechnologies Inc., a New Jersey corporation',
        "hts against such thirdSource: MPHASE TECHNOLOGIES INC, 10-K, 9/11/2003",
        "mPhase Technologies Inc.",
    ),
    Spaced(
        "The QuantumGroup Inc.",
        "Corporation (\u201cIBM\u201d) and The QuantumGroup Inc., (\u201cCustomer\u201d),",
        "Page 2 of 36Source: QUANTUM GROUP INC /FL, 8-K, 1/20/2009",
        "The Quantum Group Inc.",
    ),
    # glue no copy shows spaced: capitals glued to a lower-case entity word, an acronym to a word
    Spaced("XIMAGEcorporation", "MORPHO) and XIMAGEcorporation whose address", "", "XIMAGE corporation"),
    Spaced("PSSMerger Corp.", 'by and among PSS, PSSMerger Corp. ("Merger Corp.")', "", "PSS Merger Corp."),
    # two capitals are no acronym to split off: "JPMorgan" stays whole
    Spaced("JPMorgan Chase Bank, N.A.", "JPMorgan Chase Bank, N.A., a national banking association", "",
           "JPMorgan Chase Bank, N.A."),
]


@pytest.mark.parametrize("case", SPACED, ids=[c.name for c in SPACED])
def test_glued_name_spaced_from_the_original_or_by_rule(case: Spaced) -> None:
    assert respace_all([case.name], TextIndex(case.body), case.original) == [case.want]
