"""The section stage's keyword scans read the ``ascii_folded`` copy (``TextIndex.folded_positions``), which
exists also for a text holding U+017F or U+0130 (no ``ascii_lowered`` copy): they give exactly what the
plain ``regex`` scans give, with those letters in the text and without them."""

from __future__ import annotations

from extractor.grammars import sections as g
from extractor.grammars.text_index import TextIndex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.stages import sections

PIECES = st.sampled_from(
    ["Section", "section", "SECTION", "sec.", "Sec", "tion", "\u017fection", "\u017fECTION", "ART\u0130CLE",
     "art\u0130cle", "art\u0131cle", "Article", "ARTICLE", "subsection", "Sub", "Exhibit", "EXH\u0130B\u0130T",
     "Schedule", "Annex", "Appendix", "Appendices", "attachment", "paragraph", "clause", "\u00a7", "\u00a7\u00a7",
     "\u0130", "\u017f", "\u212a", "contents", "CONTENTS", "TABLE OF CONTENTS", "table of \u017fcontents", "Page",
     "1", "2.1", "3.2(a)", "(b)", "IV", "A", " and ", " to ", ",", ".", ":", ";", ")", " ", "   ", "\t", "\u00a0",
     "\n", "\r\n", "Foo", "DEFINITIONS", "the", "x"]
)  # fmt: skip


def _spans(matches) -> list[tuple[int, int]]:  # noqa: ANN001 - regex or re matches
    return [m.span() for m in matches]


@settings(max_examples=600, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
@example("\u0130 Section 2.1 and \u017fection 3; see ART\u0130CLE IV. of this Agreement")
@example("x.  ARTICLE 1. Definitions \u017fECTION 2. Term. Section 3. Foo")
def test_keyword_scans_are_the_regex_scans(text: str) -> None:
    doc = TextIndex(text)
    assert _spans(g.iter_references(doc)) == _spans(g.REFERENCE.finditer(text))
    assert _spans(g.glued_matches(doc)) == _spans(m for p in g.GLUED for m in p.finditer(text))
    for end in (len(text), len(text) // 2):
        got, want = g.contents_heading(doc, end), g.CONTENTS_HEADING.search(text, 0, end)
        assert (got and got.span()) == (want and want.span())


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
@example("\u0130\n1. Foo Section 3 ARTICLE 4 Bar 12\n2. USAGE 1 Section 1.1 Usage\n")
def test_candidates_read_the_contents_keywords_as_toc_run_does(text: str) -> None:
    """``_candidates`` asks ``toc_run`` only near a keyword of ``toc_keyword_starts``: the same candidates as
    ``cand_at`` asking it everywhere (no keyword list), also without an ``ascii_lowered`` copy."""
    doc = TextIndex(text)
    toc: list = []
    got = sections._candidates(doc, toc)
    plain, plain_toc = [], []
    last = -1
    for code in sections._hit_codes(TextIndex(text)):
        pos = code >> 1
        if pos == last:
            continue
        last = pos
        found = sections.cand_at(text, pos, code & 1 == 1)
        if found is not None and found[1]:
            plain.append(found[0])
        elif found is not None and found[1] is None:
            plain_toc.append(found[0])
    assert (got, toc) == (plain, plain_toc)


def test_folded_positions_need_no_ascii_lowered_copy() -> None:
    doc = TextIndex("\u0130 Section 1; \u017fection 2; ARTICLE 3")
    assert doc.ascii_lowered is None
    assert doc.folded_positions(b"sec") == [2, 13]
    assert doc.folded_positions(b"article") == [24]
    plain = TextIndex("I Section 1")
    assert plain.folded_positions(b"sec") is plain.ascii_positions(b"sec")  # one list where the copies are one
