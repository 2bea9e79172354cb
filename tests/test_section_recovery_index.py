"""``section_gaps.GapFinder`` reads long stretches from whole-text scans kept per number (keyword numbers,
bare numbers, filled as far as asked): what it finds is what a scan of the stretch finds, forward and
last first, whatever was asked before."""

from __future__ import annotations

from extractor.grammars.text_index import TextIndex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.stages import section_gaps, section_numbers, sections

KEYWORD_PIECES = st.sampled_from(
    ["Section", "SECTION", "section", "\u017fection", "ARTICLE", "Article", " ", "  ", "\t", "\u00a0", "-",
     "\u2013", "4", "14", "41", "1", "4.0", ".", "\u0664", "x", "I", "\n"]
)  # fmt: skip
TEMPLATES = st.sampled_from(["Section 3.", "SECTION 2", "ARTICLE 1", "Article 2.0", "Section 1.00"])


def _finder(text: str, indexed: bool = False) -> section_gaps.GapFinder:
    doc = TextIndex(text) if indexed else None
    return section_gaps.GapFinder(text, sections.cand_at, sections.made_cand, [], doc)


@settings(max_examples=1500, deadline=None)
@given(st.lists(KEYWORD_PIECES, max_size=24).map("".join), TEMPLATES,
       st.lists(st.tuples(st.sampled_from([1, 4, 14, 41]), st.integers(0, 60), st.integers(0, 90), st.booleans()),
                min_size=1, max_size=4), st.booleans())
@example("Section 41 Section 4 Section 14", "Section 3.", [(4, 0, 19, False), (4, 0, 30, True)], True)
@example("ARTICLE 14.", "ARTICLE 1", [(1, 0, 9, True), (14, 0, 11, False)], False)
@example("\u017fection 4 ART\u0130CLE 4", "ARTICLE 1", [(4, 0, 30, False)], True)
def test_keyword_numbers_are_the_stretch_scan(text: str, template: str, looks: list[tuple[int, int, int, bool]],
                                              indexed: bool) -> None:
    """Also with the text's index (the scan tried only where it finds the keyword) and with the pattern
    shared by the keyword's other writings ("Section 3." and "SECTION 2")."""
    numbered = section_numbers.keyword_number(template)
    assert numbered is not None
    finder = _finder(text, indexed)
    for n, lo, hi, last in looks:
        want = [m.span() for m in numbered.finditer(text, lo, hi) if m.group("n") == str(n)]
        got = [m.span() for m in finder._numbered_in(numbered, str(n), lo, hi, last, template)]
        assert got == (want[::-1] if last else want)


BARE_PIECES = st.sampled_from(
    ["1", "2", "12", "123", "1.", "\n", "\n  ", "  ", " ", "\t", "\u00a0", "Definitions", "Term", "x", "a.", "b;",
     ":", "\u0661", "Ab"]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(BARE_PIECES, max_size=30).map("".join),
       st.lists(st.tuples(st.sampled_from([1, 2, 12]), st.integers(0, 60), st.integers(0, 200)), min_size=1,
                max_size=4))
@example("\n1 Definitions\n2 Term\n12 Foo", [(2, 0, 10), (12, 0, 40), (1, 0, 5)])
def test_bare_numbers_filled_as_asked_are_the_stretch_scan(text: str, looks: list[tuple[int, int, int]]) -> None:
    # window 0: every stretch is read from the whole-text scan, filled as far as each look needs
    finder = _finder(text)
    old = section_gaps.BARE_WINDOW
    section_gaps.BARE_WINDOW = 0
    try:
        for n, lo, hi in looks:
            got = [m.span() for m in finder._bare_numbers(str(n), lo, hi)]
            want = [m.span() for m in section_gaps.BARE_NUMBER.finditer(text, lo, hi) if m.group() == str(n)]
            assert got == want
    finally:
        section_gaps.BARE_WINDOW = old
