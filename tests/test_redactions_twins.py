"""Redaction markers that two extractions of one CUAD contract must count alike (twin agreement):
one copy keeps the layout, the other lost line breaks or spaces (a running legend glued after a gap,
an ornament pulled up onto the last line of a paragraph, a run glued to the next word). Each kind of
difference has a rule; the cases are real snippets of both copies from ../shared/corpus/cuad, and
the end-to-end rows check that both copies of a contract give the same number of markers."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import corpus_path

import extractor
from extractor.stages.layout import find_layout
from extractor.stages.redactions import find_redactions


class Twin(NamedTuple):
    kind: str
    first: str  # one extraction's text
    second: str  # the other extraction's text of the same passage
    markers: list[str]  # the markers both must find, in order


TWINS = [
    # A legend sentence that runs on (its full stop glued to the page number, the page's blank lines
    # lost) must not hide the markers after it: only its opener and mentions are legend.
    Twin(
        "legend_runs_on",
        "(A) Until such time as ***** percent (*****%) of an Individual Property Guarantee for a Ma",
        "eProperties\xa0/\xa0Sorrent,\xa0Inc.\xa0/\xa0Final\xa0PLZ\xa0*****\xa0The\xa0omitted\xa0portions\xa0of\xa0this"
        "\xa0exhibit\xa0have\xa0been\xa0filed\xa0with\xa0the\xa0Securities\xa0and\xa0Exchange\xa0Commission\xa0pursuant"
        "\xa0to\xa0a\xa0request\xa0for\xa0confidentialtreatment\xa0under\xa0Rule\xa0406\xa0promulgated\xa0under\xa0the"
        "\xa0Securities\xa0Act\xa0of\xa01933.-10-Source: GLU MOBILE INC, S-1/A, 3/19/2007\x0c\xa0(ii)\xa0Targeted"
        "\xa0Releases:(A)\xa0Until\xa0such\xa0time\xa0as\xa0*****\xa0percent\xa0(*****%)\xa0",
        ["*****", "*****"],
    ),
    # A running legend that shows its own marker ("OMISSIONS ARE DESIGNATED [***]") glued after a
    # gap on the same line: the marker before it is a gap, not the legend's key.
    Twin(
        "legend_names_its_marker",
        "as otherwise agreed by CARDAX.         (b) [***]   CERTAIN PORTIONS OF THIS EXHIBIT HAVE BEEN OMITTED "
        "PURSUANT TO A REQUEST FOR CONFIDENTIAL TREATMENT UNDER RULE 24B-2 UNDER THE SECURITIES EXCHANGE ACT OF "
        "1934. OMISSIONS ARE DESIGNATED [***]. A COMPLETE VERSION OF THIS EXHIBIT HAS BEEN FILED SEPARATELY WITH "
        "THE SECURITIES AND EXCHANGE COMMISSION. 5\n\n\n\n\n\n    2.4 Joint Responsibilities.\n\n",
        "as\xa0otherwise\xa0agreed\xa0by\nCARDAX.\n\n(b)\n\n[***]\n\nCERTAIN\xa0PORTIONS\xa0OF\xa0THIS\xa0EXHIBIT\xa0HAVE"
        "\xa0BEEN\xa0OMITTED\xa0PURSUANT\xa0TO\xa0A\xa0REQUEST\xa0FOR\nCONFIDENTIAL\xa0TREATMENT\xa0UNDER\xa0RULE\xa024B-2"
        "\xa0UNDER\xa0THE\xa0SECURITIES\xa0EXCHANGE\xa0ACT\xa0OF\n1934.\xa0OMISSIONS\xa0ARE\xa0DESIGNATED\xa0[***].\xa0A"
        "\xa0COMPLETE\xa0VERSION\xa0OF\xa0THIS\xa0EXHIBIT\xa0HAS\xa0BEEN\nFILED\xa0SEPARATELY\xa0WITH\xa0THE\xa0SECURITIES"
        "\xa0AND\xa0EXCHANGE\xa0COMMISSION.\n5\n\n",
        ["[***]"],
    ),
    # An ornament closing the document, pulled up onto the paragraph's last line after its full stop.
    Twin(
        "ornament_after_stop",
        "otherwise in compliance with the applicable securities laws.     ***\n\n10\n\n",
        "otherwise in compliance with the applicable securities laws. \n\n*** \n\n10\n\n",
        [],
    ),
    # A run after a word and a wide table gap is inside a sentence, glued to the next word or not.
    Twin(
        "run_glued_mid_sentence",
        "10th monthly anniversary of Launch Date                      ***- ------------------------------------"
        "11th monthly anniversary of Launch Date                      ***- ------------------------------------"
        "Each monthly anniversary thereafter (excluding the           ***final monthly anniversary (e.g., the "
        "last day of thecontract))- ----------------------",
        "10th monthly anniversary of Launch Date                      *** - ------------------------------------ "
        "11th monthly anniversary of Launch Date                      *** - ------------------------------------ "
        "Each monthly anniversary thereafter (excluding the           *** final monthly anniversary (e.g., the "
        "last day of the contract)) - -------------------",
        ["***", "***", "***"],
    ),
    # A footnote definition glued to the full stop of the sentence before it is still a definition.
    Twin(
        "definition_after_stop",
        'receive after the month of August. ***"Direct Deals" shall refer to any sort of sponsorship',
        'receive after the month of August.***"Direct Deals" shall refer to any sort of sponsorship',
        [],
    ),
    # A run glued on both sides (a schedule's whole text cut, its line breaks lost) is a gap when the
    # legend names that marker ('denoted with "***"'): the mention is the document's evidence (the
    # contract between the legend and the schedule cut).
    Twin(
        "legend_names_glued_marker",
        'Exhibit 10.1\n\nRedactions with respect to certain portions hereof denoted with "***"\n\n'
        "COLLABORATION AGREEMENT\n\nThis Collaboration Agreement\n\n"
        "Title: CEO 12\n\n\n\n\n\nExhibit A: Research Plan\n\n***\n\n13",
        "Exhibit 10.1Redactions with respect to certain portions hereof denoted with \u201c***\u201dCOLLABORATION "
        "AGREEMENTThis Collaboration Agreement"
        "Title: CEO12\x0cExhibit A: Research Plan***13\x0c",
        ["***"],
    ),
    # A legend at the top keyed by a run of stars: the whole run is the legend's, not a gap.
    Twin(
        "star_run_keys_top_legend",
        "Exhibit 10.09\n\n***** CONFIDENTIAL TREATMENT REQUESTED\n\nAgreement Number 12965\n\n"
        "WIRELESS CONTENT LICENSE AGREEMENT\n\nThis ",
        "\xa0Exhibit\xa010.09*****\xa0CONFIDENTIAL\xa0TREATMENT\xa0REQUESTEDAgreement\xa0Number\xa012965WIRELESS"
        "\xa0CONTENT\xa0LICENSE\xa0AGREEMENTThis\xa0License",
        [],
    ),
]


@pytest.mark.parametrize("case", TWINS, ids=[c.kind for c in TWINS])
def test_both_extractions_find_the_same_markers(case: Twin) -> None:
    for text in (case.first, case.second):
        found = find_redactions(find_layout(text))
        assert [r.text for r in found.redactions] == case.markers, text[:60]
        for r in found.redactions:
            assert text[r.start : r.end] == r.text


def test_legend_named_after_a_gap_is_still_the_legend() -> None:
    found = find_redactions(find_layout(TWINS[1].first))
    assert found.legend is not None and found.legend.startswith("CERTAIN PORTIONS OF THIS EXHIBIT")


def test_star_keyed_top_legend_takes_the_whole_run() -> None:
    layout = find_layout(next(c for c in TWINS if c.kind == "star_run_keys_top_legend").first)
    assert layout.legend == "***** CONFIDENTIAL TREATMENT REQUESTED"


class Pair(NamedTuple):
    first: str
    second: str


PAIRS = [
    Pair("cuad/BizzingoInc_20120322_8-K_EX-10.17_7504499_EX-10.17_Endorsement Agreement.txt",
         "cuad/Part_I__Endorsement__BizzingoInc_20120322_8-K_EX-10.17_7504499_EX-10.17_Endorsement Agreement.txt"),
    Pair("cuad/CARDAX,INC_08_19_2014-EX-10.1-COLLABORATION AGREEMENT.txt",
         "cuad/Part_III__Collaboration__CARDAX,INC_08_19_2014-EX-10.1-COLLABORATION AGREEMENT.txt"),
    Pair("cuad/GluMobileInc_20070319_S-1A_EX-10.09_436630_EX-10.09_Content License Agreement1.txt",
         "cuad/Part_I__License_Agreements__GluMobileInc_20070319_S-1A_EX-10.09_436630_EX-10.09_Content License "
         "Agreement1.txt"),
    Pair("cuad/TheglobeComInc_19990503_S-1A_EX-10.20_5416126_EX-10.20_Co-Branding Agreement.txt",
         "cuad/Part_I__Co_Branding__TheglobeComInc_19990503_S-1A_EX-10.20_5416126_EX-10.20_Co-Branding Agreement.txt"),
    Pair("cuad/ANIXABIOSCIENCESINC_06_09_2020-EX-10.1-COLLABORATION AGREEMENT.txt",
         "cuad/Part_III__Collaboration__ANIXABIOSCIENCESINC_06_09_2020-EX-10.1-COLLABORATION AGREEMENT.txt"),
    Pair("cuad/BloomEnergyCorp_20180321_DRSA (on S-1)_EX-10_11240356_EX-10_Maintenance Agreement.txt",
         "cuad/Part_I__Maintenance__BloomEnergyCorp_20180321_DRSA (on S-1)_EX-10_11240356_EX-10_Maintenance "
         "Agreement.txt"),
]


@pytest.mark.parametrize("pair", PAIRS, ids=[p.first[5:30] for p in PAIRS])
def test_twins_count_the_same_markers(pair: Pair) -> None:
    a = extractor.parse(corpus_path(pair.first)).redactions
    b = extractor.parse(corpus_path(pair.second)).redactions
    assert len(a) == len(b)
    assert list(a["kind"]) == list(b["kind"])
