"""Amendment operations, on real amending instructions from EDGAR and CUAD."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest
import regex
from conftest import GOLDEN, corpus_path
from extractor.grammars import amendments as ga
from extractor.grammars.amendments import parse_qualifier
from extractor.grammars.text_index import TextIndex
from golden_util import check_golden
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor.stages import amendment_ops
from extractor.stages.amendments import target_label


def _parse(text: str) -> extractor.Exhibit:
    return extractor.parse(text.encode(), name="snippet.txt")


def _val(v: object) -> object:
    return None if v is None or v is pd.NA else v


class OpCase(NamedTuple):
    name: str
    text: str  # an amending instruction copied from the corpus
    ops: list[tuple[str, str]]  # (target, action) of each row
    old: list[str | None]
    new_start: list[str | None]  # how each new text begins
    location: dict[str, object]  # expected location columns of the first row


OP_CASES = [
    OpCase(
        "qwest 2(b): redacted words in the fourteenth line",
        '          (b)  SECTION 3 A. is  hereby  amended  by  deleting  the words  "[TEXT\n     DELETED]" '
        'in the '
        'fourteenth line therein and  substituting the words "[TEXT\n     DELETED]" therefore.\n',
        [("SECTION 3 A.", "substitute")],
        ["[TEXT\n     DELETED]"],
        ["[TEXT"],
        {"line": 14, "location": "in the fourteenth line", "old_redacted": True, "new_redacted": True},
    ),
    OpCase(
        "qwest 2(c): two operations in one item",
        "          (c) SECTION 7.A is hereby  amended by deleting the first two sentences\n     and  "
        "substituting "
        'the words  "This  Agreement  shall have an initial  term\n     commencing on the  Effective  '
        'Date." In '
        'addition,  SECTION 7 A. is hereby amended by deleting the\n     words  "forty-two  (42)" in the '
        'eleventh '
        'line therein and  substituting the\n     words "fifty-one (51)" therefore.\n',
        [("SECTION 7.A", "substitute"), ("SECTION 7 A.", "substitute")],
        [None, "forty-two  (42)"],
        ["This  Agreement", "fifty-one (51)"],
        {"sentences": "1,2", "line": None},
    ),
    OpCase(
        "qwest 2(d): each of the second and fourth sentences",
        "          (d)  APPENDIX  A TO  SCHEDULE  1,  PARAGRAPH  2 is hereby  amended  by\n     deleting  "
        "all "
        'references  to "[TEXT  DELETED]"  in each of the  second and\n     fourth  sentences  therein and  '
        'substituting  the words "[TEXT DELETED]" in\n     each of the second and fourth sentences '
        'therefore.\n',
        [("APPENDIX A TO SCHEDULE 1, PARAGRAPH 2", "substitute")],
        ["[TEXT  DELETED]"],
        ["[TEXT DELETED]"],
        {"sentences": "2,4", "location": "in each of the second and fourth sentences"},
    ),
    OpCase(
        "NEON 4: delete a subsection thereof, and restate another",
        "     4.   AMENDMENT OF TERMINATION PROVISIONS.  The provisions of Section 14.2 are amended by "
        "deleting "
        "in its entirety subsection (b) thereof and by amending Section 14.2(a)(2) to read in its entirety "
        "as "
        "follows:\n\n          (2)  Immediately upon written notice if the other party defaults.\n",
        [("Section 14.2(b)", "delete"), ("Section 14.2(a)(2)", "restate")],
        [None, None],
        [None, "(2)  Immediately upon written notice"],
        {},
    ),
    OpCase(
        "NEON 8: the Agreement amended by adding two new sections",
        "     8.   ADDITION OF RIGHT OF FIRST REFUSAL.  The Distributor Agreement is hereby amended by "
        "adding "
        "thereto a new Section 15.11 and a new Section 15.12, which shall read in their entirety as "
        "follows:  "
        "Section 15.11  Right of First Refusal.  If, at any time, Licensor shall have received a bona fide "
        "offer.\n",
        [("Section 15.11 and Section 15.12", "insert")],
        [None],
        ["Section 15.11  Right of First Refusal."],
        {},
    ),
    OpCase(
        "ADMA 7(a): new words before 'instead of' the old ones",
        "(a) The liability cap set forth under section 6.5 is hereby amended to adapt to the provisions of "
        "this "
        'Amendment #3 and is therefore set at "[***]" instead of "[***]".',
        [("section 6.5", "substitute")],
        ["[***]"],
        ["[***]"],
        {"old_redacted": True, "new_redacted": True},
    ),
    OpCase(
        "ADMA 2: provisions of an earlier amendment deleted",
        '2. The supply terms set forth in Section 1 of Amendment #2 (the "Prior Supply Terms") are hereby '
        'deleted '
        "in their entirety. In their place, the Parties agree to the following (and Section 2.1 of the "
        "Agreement "
        "is hereby amended as needed to implement the following): Sanofi Pasteur agrees to purchase Batches.",
        [("Section 1 of Amendment #2", "delete")],
        [None],
        [None],
        {},
    ),
    OpCase(
        "Federated: a section of an exhibit named by its title, restated",
        "1. Amendment to Exhibit A to Services Agreement. Solely with respect to Accounts that are not "
        "investment "
        "companies registeredunder the 1940 Act, the section of Exhibit A to the Services Agreement entitled "
        "\u201cAdministration and Risk Management\u201d shall be, andhereby is, deleted in its entirety and "
        "replaced with the following:\u201c2. Administration and Risk Management. Employees of Federated "
        "Advisory "
        "Services Company provide support.\u201d",
        [("Exhibit A, Administration and Risk Management", "restate")],
        [None],
        ["2. Administration and Risk"],
        {},
    ),
    OpCase(
        "Cerus: the penultimate sentence replaced",
        "The penultimate sentence in Section 1.3 shall be deleted in its entirety and replaced with the "
        "following: "
        '"In no event shall any Purchase Order require delivery of more than [*] units."',
        [("Section 1.3", "substitute")],
        [None],
        ["In no event shall"],
        {"sentences": "-2"},
    ),
    OpCase(
        "Bellring: a term replaced in the second complete sentence",
        'f. Section 2(m) of the Agreement is amended so that the term "Units" appearing in the second '
        'complete '
        'sentence is replaced with the term "Tetra Units".',
        [("Section 2(m)", "substitute")],
        ["Units"],
        ["Tetra Units"],
        {"sentences": "2"},
    ),
    OpCase(
        "ZONDWIND: shall be, and hereby is, amended by deleting a date and inserting another",
        '(a) Section 6.1 of the Agreement shall be, and hereby is, amended by deleting the date "September '
        '30, '
        '2003" where it appears therein, and inserting in its place the date "July 20, 2006".',
        [("Section 6.1", "substitute")],
        ["September 30, 2003"],
        ["July 20, 2006"],
        {},
    ),
    OpCase(
        "GOOSEHEAD: deleted in its entirety and the following substituted: restate",
        "1. Section 27.1 of the Franchise Agreement is deleted in its entirety and the following Section "
        "27.1 is "
        "substituted in lieu thereof:\n\n27.1 This Agreement takes effect upon its acceptance and execution "
        "by "
        "Franchisor.\n",
        [("Section 27.1", "restate")],
        [None],
        ["27.1 This Agreement takes effect"],
        {},
    ),
    OpCase(
        "qwest 2(a): the Definitions amended to include a definition",
        '          (a) The Definitions are hereby amended to include the following:\n\n          "QWEST  '
        'COMMUNICATIONS  INTERNATIONAL  INC."  shall  mean  a  Delaware\ncorporation.\n',
        [("The Definitions", "add_definition")],
        [None],
        ['"QWEST  COMMUNICATIONS'],
        {},
    ),
    OpCase(
        "Cerus: references to a word replaced throughout a section",
        '2. References in Section 1.5.1 of the Agreement to "Exhibit D" shall be amended to include '
        '"Exhibit D-1," '
        "as applicable.",
        [("Section 1.5.1", "replace_all")],
        ["Exhibit D"],
        ["Exhibit D-1,"],
        {},
    ),
    # -- not instructions ----------------------------------------------------------------------
    OpCase(
        "Bellring: 'as may be amended' is not an instruction",
        "(a) Heritage shall produce the products described on Schedule A attached hereto, as may be amended "
        "by "
        "the Parties from time to time.",
        [],
        [],
        [],
        {},
    ),
    OpCase(
        "QIWI: an interpretation clause about references is not an instruction",
        "(c) references to any statutory provision, rule or law shall include references to such statutory "
        "provision, rule or law as it may, after the date of this Agreement, from time to time be amended, "
        "supplemented or re-enacted.",
        [],
        [],
        [],
        {},
    ),
    OpCase(
        "West: a rule about replacing goods is not an instruction",
        "Defective or nonconforming Product shall be replaced by Seller without additional charge, or in "
        "lieu "
        "thereof, at Seller's option, Seller shall refund the price.",
        [],
        [],
        [],
        {},
    ),
    OpCase(
        "HOSPITALITY: amended to provide that ... has no concrete edit",
        "2. Subsection 17.8 is amended to provide that no release language set forth in the Franchise "
        "Agreement "
        "shall relieve us of any liability.",
        [],
        [],
        [],
        {},
    ),
    OpCase(
        "a condition naming a section is not an instruction",
        "(c) If any of the conditions specified in Section 8 shall not have been fulfilled when and as "
        "required "
        "by this Agreement, this Agreement and all obligations of the Agent hereunder may be canceled.",
        [],
        [],
        [],
        {},
    ),
]


@pytest.mark.parametrize("case", OP_CASES, ids=[c.name for c in OP_CASES])
def test_amendment_operations(case: OpCase) -> None:
    ex = _parse(case.text)
    a = ex.amendments
    assert list(zip(a["target"], a["action"], strict=True)) == case.ops
    assert [_val(v) for v in a["old_text"]] == case.old
    assert [
        None if _val(v) is None else v[: len(w or "")]
        for v, w in zip(a["new_text"], case.new_start, strict=True)
    ] == case.new_start
    for col, want in case.location.items():
        assert _val(a[col].iloc[0]) == want, col
    for r in a.itertuples():
        assert ex.original[r.start : r.end] == r.text
        if _val(r.old_text) is not None:
            assert ex.original[r.old_start : r.old_end] == r.old_text
        if _val(r.new_text) is not None:
            assert ex.original[r.new_start : r.new_end] == r.new_text


class QualifierCase(NamedTuple):
    text: str
    unit: str
    numbers: list[int]


QUALIFIER_CASES = [
    QualifierCase("the first two sentences and substituting", "sentence", [1, 2]),
    QualifierCase("in the fourteenth line therein", "line", [14]),
    QualifierCase("in each of the  second and\n     fourth  sentences", "sentence", [2, 4]),
    QualifierCase("The last sentence of Section 6.5", "sentence", [-1]),
    QualifierCase("The penultimate sentence in Section 1.3", "sentence", [-2]),
    QualifierCase("the second complete sentence", "sentence", [2]),
    QualifierCase("The first paragraph of Section 4", "paragraph", [1]),
]


@pytest.mark.parametrize("case", QUALIFIER_CASES, ids=[c.text[:30] for c in QUALIFIER_CASES])
def test_location_qualifier(case: QualifierCase) -> None:
    got = parse_qualifier(case.text)
    assert got is not None
    assert got[:2] == (case.unit, case.numbers)


@pytest.mark.parametrize(
    "target,label",
    [
        ("SECTION 7 A.", "7.A"),
        ("SECTION 7.A", "7.A"),
        ("SCHEDULE 1, PARAGRAPH 4", "Schedule 1, Paragraph 4"),
        ("APPENDIX A TO SCHEDULE 1, PARAGRAPH 2", "Appendix A to Schedule 1, Paragraph 2"),
        ("Section 14.2(a)(2)", "14.2(a)(2)"),
        ("Sections 3.1 and 3.2", "3.1"),
    ],
)
def test_target_label(target: str, label: str) -> None:
    assert target_label(target) == label


def test_qwest_amendment_has_the_operations_the_issue_lists() -> None:
    ex = extractor.parse(corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt"))
    a = ex.amendments
    got = list(zip(a["target_label"], a["action"], a["section"], strict=True))
    assert got == [
        ("The Definitions", "add_definition", "2(a)"),
        ("3.A", "substitute", "2(b)"),
        ("7.A", "substitute", "2(c)"),
        ("7.A", "substitute", "2(c)"),
        ("Schedule 1, Paragraph 4", "substitute", "2(c)"),
        ("Appendix A to Schedule 1, Paragraph 2", "substitute", "2(d)"),
        ("Appendix A to Schedule 1", "insert", "2(e)"),
    ]
    assert list(a["old_redacted"].fillna(False)) == [False, True, False, False, False, True, False]
    assert a["new_text"].iloc[3] == "fifty-one (51)"
    assert a["new_text"].iloc[6].startswith("5.  Qwest  shall be  entitled")
    assert a["new_text"].iloc[6].endswith("KMC.")
    assert "QWEST  COMMUNICATIONS  INTERNATIONAL  INC." in a["new_text"].iloc[0]


GOLDEN_DOCS = [
    "edgar-raw/qwest-kmc-mgs-amendment-1.txt",
    "cuad/ADMA BioManufacturing, LLC -  Amendment 3 to Manufacturing Agreement.txt",
    "cuad/NEONSYSTEMSINC_03_01_1999-EX-10.5-DISTRIBUTOR AGREEMENT_Amendment.txt",
    "cuad/Part_II__Service__FEDERATEDGOVERNMENTINCOMESECURITIESINC_04_28_2020-EX-99.SERV AGREE-SERVICES "
    "AGREEMENT_AMENDMENT.txt",
    "cuad/BIOAMBERINC_04_10_2013-EX-10.34-DEVELOPMENT AGREEMENT - First Amendment.txt",
    "cuad/Part_II__Development__BIOAMBERINC_04_10_2013-EX-10.34-DEVELOPMENT AGREEMENT - First Amendment.txt",
    "cuad/Cerus Corporation - FIRST AMEND TO SUPPLY AND MANUFACTURING AGREEMENT.txt",
    "cuad/GluMobileInc_20070319_S-1A_EX-10.09_436630_EX-10.09_Content License Agreement2.txt",
    "cuad/GluMobileInc_20070319_S-1A_EX-10.09_436630_EX-10.09_Content License Agreement4.txt",
    "cuad/BellringBrandsInc_20190920_S-1_EX-10.12_11817081_EX-10.12_Manufacturing Agreement3.txt",
    "cuad/Part_I__Distributor__ScansourceInc_20190822_10-K_EX-10.39_11793959_EX-10.39_Distributor "
    "Agreement.txt",
    "cuad/RevolutionMedicinesInc_20200117_S-1_EX-10.1_11948417_EX-10.1_Development Agreement.txt",
    "cuad/Sonos, Inc. - Manufacturing Agreement.txt",
    "cuad/VIVINT SOLAR, INC. - NON-COMPETITION AGREEMENT.txt",
    "cuad/ZONDWINDSYSTEMPARTNERSLTDSERIES85-B_04_03_2006-EX-10-MANAGEMENT AND MAINTENANCE AGREEMENT.txt",
    "cuad/PcquoteComInc_19990721_S-1A_EX-10.11_6377149_EX-10.11_Co-Branding Agreement3.txt",
]


@pytest.mark.parametrize("rel", GOLDEN_DOCS, ids=[r.split("/")[-1][:40] for r in GOLDEN_DOCS])
def test_golden_amendments(rel: str, update_golden: bool) -> None:
    ex = extractor.parse(corpus_path(rel))
    df = ex.amendments
    assert len(df) > 0
    for r in df.itertuples():
        assert ex.original[r.start : r.end] == r.text
    name = rel.split("/")[-1].rsplit(".", 1)[0].replace(" ", "_").replace(",", "")[:110]
    check_golden(df, "amendments", GOLDEN / "amendments" / f"{name}.csv", update_golden)


COPULA_PIECES = ["is", "IS", "Are", "shall", "be", "Be", "will", " ", "  ", "\n", "\t", ",", "and", "hereby",
                 "HEREBY", "further", "also", "amended", "AMENDED", "Deleted", "x", "this", "amendedx", "restated",
                 "replaced", "stricken", "ſ", "K", "é", "İ", "\u00a0",
                 "struck", "cancelled", "canceled", "added", "ed", "d", "amend", "inserted", "supplemented"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(COPULA_PIECES), st.sampled_from(["", " "])), max_size=16))
def test_copula_scan_near_verbs_finds_what_the_whole_scan_finds(pieces: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in pieces)
    assert [m.span() for m in ga.copula_verbs(TextIndex(text))] == [m.span() for m in ga.COPULA_VERB.finditer(text)]


VERB_PIECES = ["ed", "e", "d", "a", "dd", "amend", "delet", "add", "cancel", "l", "struck", "x", " ", "restat",
               "replac", "modifi", "supplement", "remov", "substitut", "revis", "insert", "stricken", "s"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(VERB_PIECES), max_size=12))
def test_verb_scan_finds_what_a_find_per_verb_finds(pieces: list[str]) -> None:
    low = "".join(pieces)
    want = sorted((i, v) for v in ga.VERBS for i in ga.find_all(low, v))
    assert sorted(ga._verb_starts(low)) == want
    assert sorted(ga._verb_starts(low.encode("latin-1"))) == want  # an ascii_lowered copy


def test_copula_scan_near_verbs_on_real_amendments() -> None:
    for name in ("edgar-raw/qwest-kmc-mgs-amendment-1.txt",
                 "cuad/NEONSYSTEMSINC_03_01_1999-EX-10.5-DISTRIBUTOR AGREEMENT_Amendment.txt"):
        text = corpus_path(name).read_text(encoding="utf-8", errors="replace")
        want = [m.span() for m in ga.COPULA_VERB.finditer(text)]
        assert want and [m.span() for m in ga.copula_verbs(TextIndex(text))] == want


IMPERATIVE_PIECES = ["Delete", "Adds", "Add", "Address", "Replace", "replace", "amend", "Amend", "Remove", "Strike",
                     "The", "following", "The following", "(a)", "1.", "b)", "(iv)", "abcde.", "x", ".", ":", ";",
                     " ", "  ", "\t", "\n", "\r\n", "Section", "sections", "Item", "Exhibit", "2.1", "of the"]
ACTIVE_PIECES = ["hereby", "HEREBY", "further", "Further", "agree", "agrees", "agreed", "that they shall", "to",
                 "amend", "Amend", "delete", "replace", "restate", "K", "\u212a", "\u017f", " ", "\n", ",", "x",
                 "agreement", "AGREED", "\u0130", "\xa0"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(IMPERATIVE_PIECES), max_size=16))
def test_imperative_scan_at_openings_finds_what_the_whole_scan_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in ga.imperative_verbs(text)] == [m.span() for m in ga.IMPERATIVE_VERB.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ACTIVE_PIECES), st.sampled_from(["", " "])), max_size=14))
def test_active_scan_at_its_first_words_finds_what_the_whole_scan_finds(pieces: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in pieces)
    assert [m.span() for m in ga.active_verbs(TextIndex(text))] == [m.span() for m in ga.ACTIVE_VERB.finditer(text)]


def test_verb_scans_at_candidates_on_real_amendments() -> None:
    for name in ("cuad/MANUFACTURERSSERVICESLTD_06_05_2000-EX-10.14-OUTSOURCING AGREEMENT.txt",
                 "cuad/BellringBrandsInc_20190920_S-1_EX-10.12_11817081_EX-10.12_Manufacturing Agreement2.txt",
                 "edgar-raw/qwest-kmc-mgs-amendment-1.txt"):
        text = corpus_path(name).read_text(encoding="utf-8", errors="replace")
        want = [m.span() for m in ga.IMPERATIVE_VERB.finditer(text)]
        assert [m.span() for m in ga.imperative_verbs(text)] == want
        want = [m.span() for m in ga.ACTIVE_VERB.finditer(text)]
        assert [m.span() for m in ga.active_verbs(TextIndex(text))] == want


QUOTE_PARAGRAPH = regex.compile(r"([.;,]?)[ \t\u00a0]*\r?\n[ \t\u00a0]*\r?\n")


def _predicate_end_by_char(text: str, pos: int, limit: int) -> int:
    """The rules of _predicate_end, every character stepped over."""
    straight = False
    curly = 0
    i = pos
    stop = min(limit, pos + amendment_ops.PREDICATE_MAX)

    def closes_sentence(i: int) -> bool:  # '... initial term." In addition'
        return i > 0 and text[i - 1] in ".!?" and regex.match(r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?[A-Z][a-z]",
                                                              text[i + 1 :]) is not None

    while i < stop:
        ch = text[i]
        if ch == '"':
            straight = not straight
            if not straight and not curly and (q := QUOTE_PARAGRAPH.match(text[i + 1 :])):
                return i + 1 + len(q.group(1))
            if not straight and not curly and closes_sentence(i):
                return i + 1
        elif ch == "\u201c":
            curly += 1
        elif ch == "\u201d":
            curly = max(0, curly - 1)
            if not straight and not curly and (q := QUOTE_PARAGRAPH.match(text[i + 1 :])):
                return i + 1 + len(q.group(1))
            if not straight and not curly and closes_sentence(i):
                return i + 1
        elif not straight and not curly:
            if ch == ":":
                if not regex.match(r"[ \t]\(?[a-z0-9]{1,3}\),", text[i + 1 :]):  # "Scope of Services: b), ..."
                    return i + 1
            elif ch == ";" and regex.match(r"\s+and\b", text[i + 1 : i + 8]):
                pass
            elif ch in ".;" and (i + 1 >= len(text) or text[i + 1] in " \t\r\n\u00a0"):
                # a single letter or digit before the stop ("item 3. of") ends the sentence only before a capital
                initial = ch == "." and i >= 1 and text[i - 1].isascii() and text[i - 1].isalnum() and (
                    i < 2 or not (text[i - 2].isalnum() or text[i - 2] == "_"))
                if not initial or amendment_ops._sentence_follows(text, i + 1):
                    return i + 1
        i += 1
    return stop


PREDICATE_PIECES = ['"', "\u201c", "\u201d", ":", ";", ".", " ", "\n", "\u00a0", "and", "andrew", "A", "b", "1",
                    "Inc", "(", "x y", "\t", "b),", "Ab", "!"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PREDICATE_PIECES), max_size=20), st.integers(0, 30), st.integers(0, 90))
def test_predicate_end_jumps_as_the_char_loop_steps(pieces: list[str], pos: int, limit: int) -> None:
    text = "".join(pieces)
    pos, limit = min(pos, len(text)), min(limit, len(text))  # as called: the limit is the text's end
    assert amendment_ops._predicate_end(text, pos, limit) == _predicate_end_by_char(text, pos, limit)


def test_outermost_section_end_is_the_largest_end_of_the_sections_holding_a_position() -> None:
    from extractor.model.records import NestedSpans

    ex = extractor.parse(corpus_path("edgar-amendments/borg-warner-security-1995-credit-amendment-2-consent.txt"))
    spans = [(int(a), int(b)) for a, b in zip(ex.sections["start"], ex.sections["end"], strict=True)]
    index = NestedSpans(spans, list(ex.sections["level"]))
    assert len(spans) > 10
    for pos in range(0, len(ex.original), 97):
        want = max((b for a, b in spans if a <= pos < b), default=-1)
        assert amendment_ops._outermost_end(index, pos, -1) == want


QUALIFIER_PIECES = ["the", "The", "THE", "in", "In", "each", "of", "all", "first", "second", "third", "last",
                    "penultimate", "fourteenth", "two", "three", "complete", "sentence", "sentences", "line", "lines",
                    "paragraph", "clause", "and", ",", " ", "  ", "\t", "\n", "x", "thereof"]


def _scan_qualifier(text: str) -> tuple[str, list[int], int] | None:
    """The reading parse_qualifier had: the first match of a scan, taken only when it starts the text."""
    for tokens, start, end in ga.qualifier.scan_string(text, max_matches=1):
        if start != 0:
            return None
        unit_word = str(tokens["unit"]).lower().rstrip("s")
        nums = [ga.ORDINALS[str(o).lower()] for o in tokens["ordinals"]]
        if "count" in tokens and len(nums) == 1 and nums[0] > 0:
            nums = list(range(nums[0], nums[0] + ga.COUNT_WORDS[str(tokens["count"]).lower()]))
        return unit_word, nums, end
    return None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(QUALIFIER_PIECES), max_size=14).map(" ".join),
       st.lists(st.sampled_from(QUALIFIER_PIECES), max_size=6).map("".join))
def test_qualifier_parsed_at_the_start_is_the_scans_first_match_there(spaced: str, glued: str) -> None:
    for text in (spaced, glued, glued + spaced):
        assert parse_qualifier(text) == _scan_qualifier(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["further", "FURTHER", "furt\u0125er", "Furthe\u0280", "fur", "ther", " ", "\n", "\xa0",
                                 " " * 300, "x", "agree", "\u017f", "\u0130"]), max_size=12).map("".join),
       st.integers(0, 2000))
def test_further_before_an_agree_is_the_backward_match_from_the_start(text: str, cut: int) -> None:
    i = min(cut, len(text))
    want = ga.FURTHER_BEFORE.match(text, 0, i)
    assert ga._further_before(text, TextIndex(text).ascii_folded, i) == (want.start() if want else None)
