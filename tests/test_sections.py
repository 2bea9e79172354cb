"""The numbered section tree and cross-references, on real EDGAR and CUAD text."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pyparsing as pp
import pytest
from conftest import GOLDEN, SAMPLES, corpus_path
from extractor.grammars import sections as g
from extractor.grammars.text_index import TextIndex
from golden_util import check_golden
from hypothesis import example, given, settings
from hypothesis import strategies as st

import extractor
from extractor.stages import section_headings, sections
from extractor.stages.sections import reference_label, roman_value


# -- the number grammar -------------------------------------------------------------------------
class NumberCase(NamedTuple):
    text: str  # a heading line as printed in the corpus
    name: str  # which alternative of heading_number parsed it
    value: str
    length: int  # characters the number spans


NUMBER_CASES = [
    NumberCase("ARTICLE IV ACCOUNTS, COLLECTIONS AND APPLICATION OF FUNDS", "article", "IV", 10),
    NumberCase("ARTICLE 1. BACKGROUND AND DEFINITIONS", "article", "1", 10),
    NumberCase("Article XII. Miscellaneous", "article", "XII", 12),
    NumberCase("SECTION 3 A. is  hereby  amended", "section", "3", 12),
    NumberCase("Section 1.01 Defined Terms.", "section", "1.01", 12),
    NumberCase("1.  DEFINITIONS.  Capitalized terms", "decimal", "1", 2),
    NumberCase("1.1 Licensor has adopted, is using", "decimal", "1.1", 3),
    NumberCase("1.1.1 \u201cAccount\u201d is any \u201caccount\u201d", "decimal", "1.1.1", 5),
    NumberCase("1.0Services", "decimal", "1.0", 3),
    NumberCase("(c) SECTION 7.A is hereby  amended", "paren", "c", 3),
    NumberCase("(iv) upon the occurrence", "paren", "iv", 4),
    NumberCase("(A) an arbitrator withdraws", "paren", "A", 3),
    NumberCase("(2) Immediately upon written notice", "paren", "2", 3),
    NumberCase("EXHIBIT A", "attachment", "A", 9),
    NumberCase("Schedule 1", "attachment", "1", 10),
    NumberCase("APPENDIX A", "attachment", "A", 10),
]


@pytest.mark.parametrize("case", NUMBER_CASES, ids=[c.text[:24] for c in NUMBER_CASES])
def test_heading_number_grammar(case: NumberCase) -> None:
    parsed = g.parse_heading_number(case.text)
    assert parsed is not None
    res, length = parsed
    assert case.name in res
    assert str(res["value"]) == case.value
    assert length == case.length


NUMBER_PIECES = st.sampled_from(
    ["ARTICLE", "Article", "SECTION", "Sec.", "EXHIBIT", "Schedule", "one", "IV", "XII", "ii", "(a)", "(iv)",
     "1", "1.1", "10.2.3", "A", "b", "Foo", ".", ":", "-", "\u2013", ")", "(", " ", "  ", "\t", "\u00a0", "5a",
     "\u0661", "\u017f"]
)  # fmt: skip


# heading_number tries its alternatives numbers first; the order they were written in must agree
WRITTEN_ORDER = pp.Located(
    (
        g.article("article") | g.section("section") | g.attachment("attachment") | g.paren_item("paren")
        | g.close_item("close") | g.roman_dot("roman_dot") | g.letter_dot("letter_dot") | g.decimal("decimal")
    ).set_whitespace_chars(" \t\u00a0")
).parse_with_tabs()  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(NUMBER_PIECES, min_size=1, max_size=10).map("".join))
@example("1) Foo")
@example("I. Foo")
@example("ii) Foo")
@example("Section 3 A.")
def test_heading_number_order_of_alternatives(text: str) -> None:
    text = text.lstrip(" \t\u00a0")[:40]
    try:
        want = WRITTEN_ORDER.parse_string(text)
    except pp.ParseException:
        want = None
    got = g.parse_heading_number_end(text)
    assert (got is None) == (want is None or want[0] != 0)
    if got is not None and want is not None:
        assert (got[0].dump(), got[1]) == (want[1].dump(), want[2])


# The candidate scans were rewritten to run faster; these are the patterns as first written.
_B, _P = r"[ \t\u00a0]", r"[.:;!?\"\u201d)\]]"
_DOTTED = r"\d{1,3}(?:\.\d{1,3}){1,3}\.?"
_KWS = r"(?<!(?i:section|sections|article|paragraph|clause|schedule|exhibit|\u00a7)" + _B + r"{0,2})"
WRITTEN_SCANS = [(p, True) for p in (
    r"(?m)^" + _B + r"{0,60}(?P<tok>" + g._TOKEN + r")",
    _P + _B + r"{3,62}(?P<tok>" + g._TOKEN + r")",
    _P + _B + r"{2,60}-[ \t]?\d{1,3}[ \t]?-" + _B + r"{2,62}(?P<tok>" + g._TOKEN + r")",
)] + [(p, False) for p in (
    r"(?<=(?<![\d.,])\d{4,5}\.)(?P<tok>\d{1,2}\.)(?=" + _B + r"{1,6}[A-Z][a-z])",
    r"(?<=[A-Z]{3})(?P<tok>\d{1,2}\.)(?=" + _B + r"{1,6}[A-Z]{2})",
    r"(?<!\d)" + _P + _B + r"{0,3}(?P<tok>\d{1,3}\.(?!\d)|" + _DOTTED + r")(?=" + _B + r"{0,3}[A-Z\"\u201c\[(])",
    _P + _B + r"{1,3}(?P<tok>\([a-z0-9]{1,4}\))(?=" + _B + r"{1,3}[A-Z\[])",
    r"(?<=[A-Za-z)\]]|^)(?P<tok>" + _DOTTED + r")(?=[A-Z][a-z]|" + _B + r"{1,3}[A-Z][a-z])",
    r"(?<=[A-Z]{2}" + _B + r"{1,3})" + _KWS + r"(?P<tok>" + _DOTTED + r")(?=" + _B + r"{1,3}[A-Z])",
    r"(?<=" + _P + _B + r"{0,3})(?P<tok>(?i:article)" + _B + r"{1,3}(?:\d{1,2}(?!\d)"
    r"|[IVXLC]{1,6}(?![IVXLC]))\.?)(?=" + _B + r"{0,3}[A-Z][A-Za-z])",  # after a sentence: title case will do
    r"(?<=[a-z]" + _B + r"{1,3})(?P<tok>(?i:article)" + _B + r"{1,3}(?:\d{1,2}(?!\d)"
    r"|[IVXLC]{1,6}(?![IVXLC]))\.?)(?=" + _B + r"{0,3}[A-Z]{2})",  # the whole number: "Article III (other" is none
    r"(?<=" + _P + _B + r"{0,3})(?P<tok>(?i:section)" + _B + r"{1,3}\d{1,3}(?!\d)(?:\.\d{1,3}(?!\d)){0,2}\.?)"
    r"(?=" + _B + r"{0,3}[A-Z][A-Za-z])",
)]
WRITTEN_PATTERNS = [(__import__("regex").compile(p), strong) for p, strong in WRITTEN_SCANS]
SCAN_PIECES = st.sampled_from(
    ["1.", "2.1", "10.2.3.", "12345.", "(a)", "a)", "IV.", "A.", "ARTICLE 1", "Section", "SECTION 2.1", ".", ";",
     ")", "\u201d", " ", "   ", "\t", "\u00a0", "\n", "-3-", "Foo", "ABC", "Bar", "the", "Z"]
)  # fmt: skip


def _hits(text: str) -> list[tuple[int, bool]]:
    # (position, at a line start) of every place the stage's scans find, in text order
    return [(code >> 1, bool(code & 1)) for code in sections._hit_codes(TextIndex(text))]


def _written_hits(text: str) -> list[tuple[int, bool]]:
    return sorted((m.start("tok"), strong) for pat, strong in WRITTEN_PATTERNS for m in pat.finditer(text))


@settings(max_examples=800, deadline=None)
@given(st.lists(SCAN_PIECES, max_size=40).map("".join))
def test_candidate_scans_find_what_they_were_written_to(text: str) -> None:
    assert _hits(text) == _written_hits(text)


def test_candidate_scans_on_the_samples() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _hits(text) == _written_hits(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(SCAN_PIECES, max_size=40).map("".join))
@example("1.   2. Foo.    (a) Bar")
@example("as follows:\u00a0 (a) The; (b)) (c) A")
def test_line_start_matches_are_the_finditer_matches(text: str) -> None:
    # the wide-gap scan tried only at marks before three spaces gives every match finditer gives
    want = [m.span() for p in g.line_start_scans(text) for m in p.finditer(text)]
    assert [m.span() for m in g.line_start_matches(text)] == want
    # and the glued "(a)" scan tried only at marks before blanks and "("
    assert [m.span() for m in g.glued_matches(TextIndex(text))] == [m.span() for p in g.GLUED for m in p.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from("a.: \t\u00a0Z1"), max_size=30), st.integers(0, 5), st.integers(0, 35))
def test_sentence_end_is_the_search(line: str, pos: int, stop: int) -> None:
    # a stretch with no line break, as _heading searches it
    m = section_headings.SENTENCE_END.search(line, pos, stop)
    assert section_headings.sentence_end(line, pos, min(stop, len(line))) == (m.start() if m else -1)


# -- whole snippets: which numbers become headings, at which level ------------------------------
class TreeCase(NamedTuple):
    name: str
    text: str  # real text copied from the corpus
    want: list[tuple[str, int]]  # (number as printed, level) of every section, in order


QWEST = """     1.  DEFINITIONS.  Capitalized terms not otherwise defined herein shall have
the meanings ascribed to them in the MGS Agreement.

     2.  AMENDMENT TO THE MGS AGREEMENT. Effective as of the date hereof the MGS
Agreement shall be and hereby is amended as follows:

          (a) The Definitions are hereby amended to include the following:

          (b)  SECTION 3 A. is  hereby  amended  by  deleting  the words  "[TEXT
     DELETED]" in the fourteenth line therein and  substituting the words "[TEXT
     DELETED]" therefore.

          (c) SECTION 7.A is hereby  amended by deleting the first two sentences
     and  substituting the words  "This  Agreement  shall have an initial  term
     commencing on the  Effective  Date and ending  fifty-one  (51) months after
     November 1, 2000 unless earlier terminated  pursuant to Section 9 b.,10, 14
     or 16. Each of the MGS Circuits listed in the Implementation Schedule shall
     have a term that is  fifty-one  (51)  months  after July 29, 2000."

          (c)  SCHEDULE 1,  PARAGRAPH 4 is hereby  amended by deleting the words
     "forty-two  (42)  months" in the fifth line  therein and  substituting  the
     words "fifty-one (51) months" therefore.

          (e) APPENDIX A TO SCHEDULE 1 is hereby amended to add paragraph number
     5 which shall state:

          "5.  Qwest  shall be  entitled  to  receive  a  credit  equal to [TEXT
               DELETED] of any payments or credits.

     3.  REPRESENTATIONS AND WARRANTIES.  Qwest, QCI and KMC hereby respectively
represent and warrant as follows:
"""

TREE_CASES = [
    TreeCase(
        "qwest: lettered items, a duplicate (c), a quoted '5.', numbers in running text",
        QWEST,
        [("1.", 1), ("2.", 1), ("(a)", 2), ("(b)", 2), ("(c)", 2), ("(c)", 2), ("(e)", 2), ("3.", 1)],
    ),
    TreeCase(
        "PAXMEDICA: PDF text with lost line breaks",
        "(hereinafter referred to as \u201cClient\u201d).1.0Services1.1.Client requires CRO to carry out "
        "Clinical "
        "Research Services in South Africa (\u201cServices\u201d). CRO will carry out the tasks "
        "agreed.1.2.This "
        "Agreement forms the basis for a working relationship between Client and CRO.2.0Payment2.1Client "
        "will pay "
        "CRO for satisfactory performance of the Services. The budget is 2.5 million rand in total.",
        [("1.0", 1), ("1.1.", 2), ("1.2.", 2), ("2.0", 1), ("2.1", 2)],
    ),
    TreeCase(
        "Hertz: ARTICLE and decimals run together in one line",
        "and the Parties agree as follows: ARTICLE 1. BACKGROUND AND DEFINITIONS 1.1 Licensor has adopted, "
        "is "
        "using, and is the owner of the Licensed Mark (as defined in Article 1.6) in the United States. 1.2 "
        "Licensee is a real estate investment trust. ARTICLE 2. LICENSE GRANT AND CONDITIONS OF LICENSED "
        "USE 2.1 "
        "Licensor hereby grants Licensed Users a nonexclusive license.",
        [("ARTICLE 1.", 1), ("1.1", 2), ("1.2", 2), ("ARTICLE 2.", 1), ("2.1", 2)],
    ),
    TreeCase(
        "Phasebio: ARTICLE glued to its heading",
        "the Parties agree as follows:ARTICLE 1DEFINITIONS1.1 Defined Terms. Initially capitalized terms "
        "will "
        "have the meanings below.ARTICLE 2 THE CLINICAL TRIALS2.1 The Protocols.2.1.1 The Protocols. The "
        "Parties agree.",
        [("ARTICLE 1", 1), ("1.1", 2), ("ARTICLE 2", 1), ("2.1", 2), ("2.1.1", 3)],
    ),
    TreeCase(
        "AFSALA: (h) then (i) is a letter; (i) opening a list is roman",
        "                  (a) The  Company  has been duly  incorporated.\n\n"
        "                  (b) The  Association is a member of the Federal Home Loan Bank.\n\n"
        "                  (c) The Company and the  Association  have good title:\n\n"
        "                      (i) to all assets owned by them; and\n\n"
        "                      (ii) to all real property.\n\n"
        "                  (d) The Company shall not have sustained any loss.\n\n"
        "                  (e) E.\n\n                  (f) F.\n\n                  (g) G.\n\n"
        "                  (h) At the Closing  Date,  Capital  Resources  shall receive a letter.\n\n"
        "                  (i) The Company and the  Association  shall not have sustained any loss.\n",
        [
            ("(a)", 1),
            ("(b)", 1),
            ("(c)", 1),
            ("(i)", 2),
            ("(ii)", 2),
            ("(d)", 1),
            ("(e)", 1),
            ("(f)", 1),
            ("(g)", 1),
            ("(h)", 1),
            ("(i)", 1),
        ],
    ),
    TreeCase(
        "numbers in running text, even at the start of a wrapped line, are not headings",
        "     November 1, 2000 unless earlier terminated  pursuant to Section 9 b.,10, 14\n"
        "     or 16. Each of the MGS Circuits listed in the Implementation Schedule shall\n"
        "     have a term that is fifty-one (51) months after July 29, 2000, and the first six (6) months "
        "of\n"
        "Calendar Year 2019, is less than $22.5 million, and with regard to each Annual Supplement the fee "
        "of\n"
        "2.5 million shall apply, and the 14\n"
        "16. Each of the parties shall comply.\n",
        [],
    ),
    TreeCase(
        "table of contents entries are not the body's sections",
        "TABLE OF CONTENTS\n\nARTICLE 1 DEFINITIONS 1\nARTICLE 2 SERVICES 4\nARTICLE 13 MISCELLANEOUS 68\n\n"
        'ARTICLE 1\nDEFINITIONS\n\n1.1 "Affiliate" means any entity.\n\nARTICLE 2\nSERVICES\n\n'
        "2.1 Services. Vendor shall perform.\n",
        [("ARTICLE 1", 1), ("1.1", 2), ("ARTICLE 2", 1), ("2.1", 2)],
    ),
]


@pytest.mark.parametrize("case", TREE_CASES, ids=[c.name for c in TREE_CASES])
def test_section_tree(case: TreeCase) -> None:
    ex = extractor.parse(case.text.encode(), name="snippet.txt")
    body = ex.sections[ex.sections["part"] != "contents"]
    got = list(zip(body["number"], body["level"].astype(int), strict=True))
    assert got == case.want
    for row in ex.sections.itertuples():
        assert ex.original[row.start : row.end] == row.text


def test_duplicate_number_is_kept_and_reported() -> None:
    ex = extractor.parse(QWEST.encode(), name="snippet.txt")
    dup = ex.sections[ex.sections["duplicate"]]
    assert list(dup["label"]) == ["2(c)"]
    assert list(ex.diagnostics["code"]) == ["duplicate_number"]
    assert ex.diagnostics["text"].iloc[0] == "(c)"


def test_headings_parents_and_extent() -> None:
    ex = extractor.parse(QWEST.encode(), name="snippet.txt")
    s = ex.sections.set_index("number", drop=False)
    first = ex.sections.iloc[0]
    assert first["heading"] == "DEFINITIONS"
    assert ex.original[first["heading_start"] : first["heading_end"]] == "DEFINITIONS"
    assert list(ex.sections["parent"].fillna("-")) == ["-", "-", "2", "2", "2", "2", "2", "-"]
    # a provision runs to its next sibling or ancestor: section 2 ends where 3 begins
    two = s.loc["2."]
    three = s.loc["3."]
    assert two["end"] <= three["start"]
    assert ex.original[two["start"] : two["end"]].rstrip().endswith("credits.")


# -- cross-references ---------------------------------------------------------------------------
class RefCase(NamedTuple):
    text: str
    labels: list[str]
    internal: list[bool | None]
    target_document: list[str | None]


REF_CASES = [
    RefCase(
        "unless earlier terminated  pursuant to Section 9 b.,10, 14\n     or 16. Each of the MGS",
        ["9.b", "10", "14", "16"],
        [None] * 4,
        [None] * 4,
    ),
    RefCase(
        "Sections 3.1 and 3.2 of the Distributor Agreement are hereby amended",
        ["3.1", "3.2"],
        [False, False],
        ["Distributor Agreement"] * 2,
    ),
    RefCase("as set forth in Section 14.2(a)(2) of this Agreement", ["14.2(a)(2)"], [True], [None]),
    RefCase(
        "the Licensed Mark (as defined in Article 1.6) in the United States", ["Article 1.6"], [None], [None]
    ),
    RefCase("Section 7.A is hereby amended", ["7.A"], [None], [None]),
    RefCase(
        'The supply terms set forth in Section 1 of Amendment #2 (the "Prior Supply Terms") are hereby '
        'deleted',
        ["1"],
        [False],
        ["Amendment #2"],
    ),
    RefCase("set forth in Exhibit A attached hereto", ["Exhibit A"], [None], [None]),
]


@pytest.mark.parametrize("case", REF_CASES, ids=[c.text[:30] for c in REF_CASES])
def test_references(case: RefCase) -> None:
    ex = extractor.parse(case.text.encode(), name="snippet.txt")
    refs = ex.references
    assert list(refs["label"]) == case.labels
    assert [
        None if v is None or v is __import__("pandas").NA else bool(v) for v in refs["internal"]
    ] == case.internal
    assert [
        None if v is __import__("pandas").NA else v for v in refs["target_document"]
    ] == case.target_document
    for row in refs.itertuples():
        assert ex.original[row.start : row.end] == row.text


REF_WORDS = st.sampled_from(
    ["Section", "SECTIONS", "sEcTiOn", "subsection", "Subparagraph", "Sec.", "\u00a7", "\u00a7\u00a7", "Article",
     "Annexes", "Appendices", "exhibit", "Attachments", "Clause", "\u017fection", "\u0130", "x", "3.1", "IV",
     "(a)", "A", "and", "or", ",", " ", "\n", "of this Agreement", "hereof", "\u212a", "\u4e00", "?", "\u00e9"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(REF_WORDS, max_size=30).map("".join))
def test_reference_scan_is_the_finditer_scan(text: str) -> None:
    assert [m.span() for m in g.iter_references(TextIndex(text))] == [m.span() for m in g.REFERENCE.finditer(text)]


def test_reference_scan_on_the_samples() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert [m.span() for m in g.iter_references(TextIndex(text))] == [m.span() for m in g.REFERENCE.finditer(text)]


KEYWORD_STEMS = ("article", "section", "subsection", "paragraph", "subparagraph", "clause", "schedule", "exhibit",
                 "appendi", "annex", "attachment", "sec.", "\u00a7")  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(REF_WORDS, max_size=30).map("".join))
def test_reference_starts_hold_every_keyword_stem(text: str) -> None:
    # ten str.find passes find every position a stem of the keywords stands at
    low = text.lower()
    want = {k for stem in KEYWORD_STEMS for k in range(len(low)) if low.startswith(stem, k)}
    assert want <= set(g.reference_starts(low))


@settings(max_examples=300, deadline=None)
@given(st.lists(REF_WORDS, max_size=30).map("".join), st.booleans())
def test_shared_keyword_positions_change_no_scan(text: str, references_first: bool) -> None:
    # the heading and reference scans of one TextIndex share its keyword positions (ascii_positions), in
    # either order, and find what each finds on an index of its own
    doc = TextIndex(text)
    if references_first:
        refs = [m.span() for m in g.iter_references(doc)]
        glued = [m.span() for m in g.glued_matches(doc)]
    else:
        glued = [m.span() for m in g.glued_matches(doc)]
        refs = [m.span() for m in g.iter_references(doc)]
    assert refs == [m.span() for m in g.REFERENCE.finditer(text)]
    assert glued == [m.span() for p in g.GLUED for m in p.finditer(text)]
    low = doc.ascii_lowered
    if low is not None:
        assert g._index_reference_starts(doc, low) == g.reference_starts(low)
        for word in (b"article", b"sec", b"\xa7"):
            assert doc.ascii_positions(word) == [k for k in range(len(low)) if low.startswith(word, k)]
    else:
        assert doc.ascii_positions(b"sec") is None


def test_reference_label_normalisation() -> None:
    assert reference_label("SECTION", "7 A.") == "7.A"
    assert reference_label("Article", "IV") == "Article 4"
    assert reference_label("Schedule", "1") == "Schedule 1"
    assert roman_value("xiv") == 14


# -- real documents: the example and golden tables --------------------------------------
def test_qwest_sections_on_the_raw_filing() -> None:
    ex = extractor.parse(corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt"))
    top = ex.sections[ex.sections["level"] == 1]
    assert list(top["label"]) == ["1", "2", "3", "4", "5", "6", "7"]
    assert list(top["heading"])[:2] == ["DEFINITIONS", "AMENDMENT TO THE MGS AGREEMENT"]
    assert ex.sections["duplicate"].sum() == 1


GOLDEN_DOCS = [
    "cuad/CANOPETROLEUM,INC_12_13_2007-EX-10.1-Sponsorship Agreement.txt",
    "cuad/WEBHELPCOMINC_03_22_2000-EX-10.8-HOSTING AGREEMENT.txt",
    "cuad/TICKETSCOMINC_06_22_1999-EX-10.22-SPONSORSHIP AGREEMENT.txt",
    "cuad/Part_II__Service__PAXMEDICA,INC_07_02_2020-EX-10.12-Master Service Agreement.txt",
    "cuad/HertzGroupRealtyTrustInc_20190920_S-11A_EX-10.8_11816941_EX-10.8_Trademark License Agreement.txt",
    "cuad/AFSALABANCORPINC_08_01_1996-EX-1.1-AGENCY AGREEMENT.txt",
    "cuad/HarpoonTherapeuticsInc_20200312_10-K_EX-10.18_12051356_EX-10.18_Development Agreement.txt",
    "cuad/VerizonAbsLlc_20200123_8-K_EX-10.4_11952335_EX-10.4_Service Agreement.txt",
    "cuad/Array BioPharma Inc. - LICENSE, DEVELOPMENT AND COMMERCIALIZATION AGREEMENT.txt",
    "cuad/RevolutionMedicinesInc_20200117_S-1_EX-10.1_11948417_EX-10.1_Development Agreement.txt",
    "edgar-raw/qwest-kmc-mgs-amendment-1.txt",
]

COLUMNS = [
    "start",
    "end",
    "number",
    "label",
    "heading",
    "level",
    "parent",
    "heading_start",
    "heading_end",
    "duplicate",
]


@pytest.mark.parametrize("rel", GOLDEN_DOCS, ids=[r.split("/")[-1][:40] for r in GOLDEN_DOCS])
def test_golden_sections(rel: str, update_golden: bool) -> None:
    ex = extractor.parse(corpus_path(rel))
    df = ex.sections
    assert all(ex.original[s:e] == t for s, e, t in zip(df["start"], df["end"], df["text"], strict=True))
    name = rel.split("/")[-1].rsplit(".", 1)[0].replace(" ", "_").replace(",", "")[:110]
    # the provision text is checked above against the offsets; the golden file keeps the rest
    out = df.copy()
    out["text"] = out["text"].str.slice(0, 60)
    check_golden(out, "sections", GOLDEN / "sections" / f"{name}.csv", update_golden)
    assert set(COLUMNS) <= set(df.columns)


def test_sections_stop_before_signature_blocks() -> None:
    from extractor.stages.layout import find_layout
    from extractor.stages.sections import find_sections
    from extractor.stages.signatures import SignatureResult

    original = corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt").read_text(encoding="utf-8")
    layout = find_layout(original)
    block = original.index("KMC Telecom V Inc.\n\nBy:")
    without = find_sections(layout, SignatureResult((), ()), TextIndex(layout.view.text))
    with_block = find_sections(layout, SignatureResult((), ((block, len(original)),)), TextIndex(layout.view.text))
    assert without.sections[-1].end > block
    assert with_block.sections[-1].end < block
    assert with_block.sections[-1].text.endswith("year first above written.")


# CUAD holds many contracts twice: a tidy extraction and one that lost its line breaks (page
# numbers flattened between provisions, non-breaking spaces, headings glued together).
PAIRS = [
    "TRICITYBANKSHARESCORP_05_15_1998-EX-10-OUTSOURCING AGREEMENT.txt",
    "AFSALABANCORPINC_08_01_1996-EX-1.1-AGENCY AGREEMENT.txt",
    "GULFSOUTHMEDICALSUPPLYINC_12_24_1997-EX-4-AFFILIATE AGREEMENT.txt",
    "BANUESTRAFINANCIALCORP_09_08_2006-EX-10.16-AGENCY AGREEMENT.txt",
]


@pytest.mark.parametrize("name", PAIRS, ids=[n[:30] for n in PAIRS])
def test_both_extractions_give_the_same_top_level(name: str) -> None:
    plain = corpus_path(f"cuad/{name}")
    flat = [p for p in plain.parent.glob(f"Part_*__{name}")]
    if not flat:
        pytest.skip(f"no second extraction of {name}")

    def top(path: Path) -> list[str]:
        s = extractor.parse(path).sections
        s = s[(s["level"] == 1) & ~s["number"].str.match(r"(?i)exhibit|schedule|appendix|annex|attachment")]
        return list(s["label"])

    got = top(flat[0])
    assert len(got) >= 5
    assert got == top(plain)


class TabCase(NamedTuple):
    text: str
    want: list[tuple[str, str, str | None]]  # (number, label, heading) of every section


TAB_CASES = [
    # a tab after the number: its end was counted in expanded columns and ran into the heading
    TabCase("AGREEMENT\n\nARTICLE\tI\tDEFINITIONS\n\n1.1\tFoo. Text.\n",
            [("ARTICLE\tI", "Article 1", "DEFINITIONS"), ("1.1", "1.1", "Foo")]),
    TabCase("AGREEMENT\n\n1.\tDefinitions. The terms apply.\n\n2.\tTerm. The term is one year.\n",
            [("1.", "1", "Definitions"), ("2.", "2", "Term")]),
    # "Sec. 1.1": the number after the keyword's "." is the keyword's own, not a glued heading beside it
    TabCase("AGREEMENT\n\nSec. 1.1 Foo Bar.\nThe parties agree.\n\nSec. 1.2 Baz.\nMore text here.\n",
            [("Sec. 1.1", "1.1", "Foo Bar"), ("Sec. 1.2", "1.2", "Baz")]),
    TabCase("AGREEMENT\n\nSec.\t1.1 Foo Bar.\nThe parties agree.\n\nSec.\t1.2 Baz.\nMore text here.\n",
            [("Sec.\t1.1", "1.1", "Foo Bar"), ("Sec.\t1.2", "1.2", "Baz")]),
]


@pytest.mark.parametrize("case", TAB_CASES, ids=[repr(c.text[11:30]) for c in TAB_CASES])
def test_numbers_before_a_tab_and_after_sec(case: TabCase) -> None:
    ex = extractor.parse(case.text.encode(), name="snippet.txt")
    s = ex.sections
    got = [(n, lab, None if pd.isna(h) else h) for n, lab, h in zip(s["number"], s["label"], s["heading"])]
    assert got == case.want
    for row in s.itertuples():
        assert ex.original[row.start : row.end] == row.text


# -- parts: the contents, the body, the attachments ---------------------------------------------
class PartCase(NamedTuple):
    name: str
    text: str  # real text copied from the corpus (shortened)
    want: list[tuple[str, int, str]]  # (number as printed, level, part) of every section, in order


PIPELINE_TOC = (  # contracts-ex10/construction__1019756 (fixed width, dot leaders)
    "TABLE OF CONTENTS\nPage\n<S>          <C>                                          <C>\n"
    "ARTICLE 1   DEFINITIONS................................... 1\n\n"
    "ARTICLE 2   CONSTRUCTION OF THE PIPELINE SYSTEM........... 3\n"
    "2.1 General Contractor........................ 3\n"
    "2.2 Property and Permits...................... 3\n\n"
    "Participation Agreement (as such terms are hereinafter defined), Owner and\n"
    "Operator hereby agree as follows:\n\nARTICLE 1\nDEFINITIONS\n\n"
    "For purposes of this Agreement, the following terms are defined as\nfollows:\n\n"
    "ARTICLE 2\nCONSTRUCTION OF THE PIPELINE SYSTEM\n\n"
    "2.1 General Contractor. Owner hereby designates Operator as the\n"
    "general contractor for the construction of the Pipeline.\n\n"
    "2.2 Property and Permits. Operator shall acquire, on behalf of Owner,\n"
    "the Property and all permits from Government Authorities.\n"
)
CELLS_TOC = (  # contracts-ex10/credit__1332815 (HTML table: the page number in a cell of its own)
    "TABLE OF CONTENTS\n\n\n\n\n\nPage\n1.1.\n\nDefined Terms\n1\n\n\n1.2.\n\nOther Definitional Provisions\n19\n"
    "\n\n2.1.\n\nLoan Commitments\n20\n\n\n2.2.\n\nProcedure for Borrowings\n20\n\n\n"
    "The parties hereto hereby agree as follows:\n\n\n\nSECTION 1. DEFINITIONS\n\n\n\n\n"
    "1.1. Defined Terms. As used in this Agreement, the following terms shall have the\n"
    "following meanings:\n\n1.2. Other Definitional Provisions. Unless otherwise specified therein.\n\n"
    "SECTION 2. AMOUNT AND TERMS OF COMMITMENTS\n\n2.1. Loan Commitments. Subject to the terms.\n\n"
    "2.2. Procedure for Borrowings. The Borrower may borrow.\n"
)
PART_CASES = [
    PartCase(
        "contents with dot leaders listed apart, the tree from the body",
        PIPELINE_TOC,
        [("ARTICLE 1", 1, "contents"), ("ARTICLE 2", 1, "contents"), ("2.1", 2, "contents"), ("2.2", 2, "contents"),
         ("ARTICLE 1", 1, "body"), ("ARTICLE 2", 1, "body"), ("2.1", 2, "body"), ("2.2", 2, "body")],
    ),
    PartCase(
        "contents in table cells; the body opens at the heading above the repeated entry",
        CELLS_TOC,
        [("1.1.", 1, "contents"), ("1.2.", 1, "contents"), ("2.1.", 1, "contents"), ("2.2.", 1, "contents"),
         ("SECTION 1.", 1, "body"), ("1.1.", 2, "body"), ("1.2.", 2, "body"), ("SECTION 2.", 1, "body"),
         ("2.1.", 2, "body"), ("2.2.", 2, "body")],
    ),
    PartCase(
        "a reference wrapped to the start of a line is no attachment",  # contracts-ex10/credit__1000453
        "ARTICLE I\n\n\nDEFINITIONS; CONSTRUCTION\n\n1.01. Certain Definitions.  In addition to other words\n\n"
        "\"Letter Agreement\" shall mean the letter agreement, dated as of May 15,\n1997, among Decorative Home,\n"
        "certain of its accounts, a copy of which Letter Agreement is attached hereto as\nExhibit F.\n\n"
        "\"Lien\" shall mean any mortgage, deed of trust, pledge, lien, claim.\n\n"
        "ARTICLE II\n\n\nTHE TERM LOAN\n\n2.01. Term Loan. Each Lender agrees.\n",
        [("ARTICLE I", 1, "body"), ("1.01.", 2, "body"), ("ARTICLE II", 1, "body"), ("2.01.", 2, "body")],
    ),
    PartCase(
        "a letterhead's street address is no section",  # edgar-exhibits/AAPL_0000320193-95-000011_2
        "June 9, 1995\nMr. \"Name\"\n1 Infinite Loop\nCupertino, California 95014\n\n"
        "           1.    Term of Employment Under the Agreement.  The term of  your\n"
        "employment  under  this Agreement shall commence on the Change  in  Control\nDate.\n\n"
        "           2.   Employment During the Term.  During the Term, the following\n"
        "terms and conditions shall apply to your employment with the Company:\n",
        [("1.", 1, "body"), ("2.", 1, "body")],
    ),
    PartCase(
        "an attachment and what it holds are the attachment's part",  # contracts-ex10/credit__1000453, shortened
        "1. Term. The term of this Agreement is one year.\n\n2. Fees. The fees are set out in Exhibit A.\n\n"
        "EXHIBIT A\n\nFEES\n\n1. Monthly Fee. The monthly fee is $100.\n\n2. Late Fee. None.\n",
        [("1.", 1, "body"), ("2.", 1, "body"), ("EXHIBIT A", 1, "Exhibit A"), ("1.", 2, "Exhibit A"),
         ("2.", 2, "Exhibit A")],
    ),
    PartCase(
        "keyword headings glued after a sentence, with no-break spaces",  # CUAD Alliance Bancorp (one-line twin)
        "information\u00a0with\u00a0respect\u00a0to\u00a0the\u00a0Bank,\u00a0the\u00a0Company,\u00a0the\u00a0MHCs"
        "\u00a0and\u00a0the\u00a0Common\u00a0Stock.SECTION\u00a01.\u00a0REPRESENTATIONS\u00a0AND\u00a0WARRANTIES.(a)"
        "\u00a0The\u00a0Company\u00a0represents.\u00a0Any\u00a0certificate\u00a0signed\u00a0by\u00a0counsel\u00a0"
        "shall\u00a0be\u00a0deemed\u00a0a\u00a0representation\u00a0as\u00a0tothe\u00a0matters\u00a0covered\u00a0"
        "thereby.SECTION\u00a02.\u00a0APPOINTMENT\u00a0OF\u00a0SANDLER\u00a0O\u2019NEILL;\u00a0CLOSING.\u00a0On"
        "\u00a0the\u00a0basis\u00a0of\u00a0therepresentations.",
        [("SECTION\u00a01.", 1, "body"), ("SECTION\u00a02.", 1, "body")],
    ),
    PartCase(
        "a list of exhibits inside a provision holds no attachment",  # contracts-ex10/construction__1167880
        "ARTICLE I\nGENERAL MATTERS\nSection\u00a01.01. Exhibits. The following exhibits are attached:\n"
        "(s)\t\u00a0\u00a0\tExhibit S \u2013 Geotechnical Engineering and Subsurface Data\n"
        "(t)\t\u00a0\u00a0\tExhibit T \u2013 Form of Letter of Credit\n\n\n\n"
        "ARTICLE II\nRETENTION OF CONTRACTOR\nSection\u00a02.01. Retention of Contractor. Owner retains.\n",
        # "Exhibit T" would have closed ARTICLE I; "Section\u00a01.01." reads as "Section 1.01."
        [("ARTICLE I", 1, "body"), ("Section\u00a01.01.", 2, "body"), ("ARTICLE II", 1, "body"),
         ("Section\u00a02.01.", 2, "body")],
    ),
]


@pytest.mark.parametrize("case", PART_CASES, ids=[c.name for c in PART_CASES])
def test_section_parts(case: PartCase) -> None:
    ex = extractor.parse(case.text.encode(), name="snippet.txt")
    s = ex.sections
    got = list(zip(s["number"], s["level"].astype(int), s["part"], strict=True))
    assert got == case.want
    for row in s.itertuples():
        assert ex.original[row.start : row.end] == row.text
    # contents rows never stand in for the body's: a reference resolves to the body's section
    if "contents" in set(s["part"]):
        assert s[s["part"] == "contents"]["end"].max() <= s[s["part"] != "contents"]["start"].min()


@pytest.mark.parametrize(
    ("text", "keyword", "want"),
    [
        ("a copy of which Letter Agreement is attached hereto as\nExhibit F.", "Exhibit", True),
        ("conditions precedent specified in\n   Article III;", "Article", True),
        ("agree as follows:\n\nARTICLE I", "ARTICLE", False),
        ("by the Plan of Development.\n\nARTICLE 2", "ARTICLE", False),
        ("the parties hereto\nagree as follows:\nARTICLE I", "ARTICLE", False),
    ],
)
def test_wrapped_reference(text: str, keyword: str, want: bool) -> None:
    assert g.wrapped_reference(text, text.index(keyword)) is want
