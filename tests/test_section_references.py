"""Cross-references on real EDGAR and CUAD text: labels, internal or another document's, the reference
scans (equal to the finditer scans they replaced), label normalisation and references wrapped to a
line start."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import SAMPLES
from extractor.grammars import sections as g
from extractor.grammars.text_index import TextIndex
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor.stages.sections import reference_label, roman_value


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
