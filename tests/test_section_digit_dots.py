"""Looks over long stretches read "n." from ``section_numbers.DigitDots`` (one scan of the text, made as far
as asked) and keyword numbers from the index's keyword places: what they find must be what a scan of the
stretch finds (``dotted_lazily``, the pattern's own ``finditer``), forward and last first, whatever was
asked before and however the text writes its digits (runs longer than the index keeps, zeros, digits
outside ASCII)."""

from __future__ import annotations

import pytest
from extractor.grammars.text_index import TextIndex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.stages import section_gaps, section_numbers, sections

DIGIT_PIECES = st.sampled_from(
    ["1", "2", "12", "21", "0", "01", "10", "1001", "31", "12345", ".", "..", " ", "  ", "\t", "\u00a0", "\n", "x",
     "Section ", "sec. ", "\u0661", ",", "Term", "A"]
)  # fmt: skip
NUMBERS = st.sampled_from([1, 2, 12, 21, 10, 1001, 31, 12345])


def _finder(text: str) -> section_gaps.GapFinder:
    return section_gaps.GapFinder(text, sections.cand_at, sections.made_cand, [], TextIndex(text))


@pytest.fixture(autouse=True)
def _every_stretch_long(monkeypatch: pytest.MonkeyPatch) -> None:
    # every stretch read from the index, filled as far as each look needs
    monkeypatch.setattr(section_gaps, "LONG_STRETCH", 0)


@settings(max_examples=1500, deadline=None)
@given(st.lists(DIGIT_PIECES, max_size=30).map("".join),
       st.lists(st.tuples(NUMBERS, st.integers(0, 80), st.integers(0, 120), st.booleans()), min_size=1, max_size=5))
@example("x21. 1. 12.1.", [(1, 0, 13, False), (21, 0, 4, True), (12, 3, 13, True)])
@example("  21.  1001.01.", [(1, 0, 16, False), (1001, 0, 12, True), (1, 0, 4, False)])
@example("12345. 2345.", [(12345, 0, 12, False), (2345, 0, 12, False)])
def test_digit_dots_are_the_stretch_scan(text: str, looks: list[tuple[int, int, int, bool]]) -> None:
    """``dotted_indexed`` against ``dotted_lazily`` (str.find over the stretch), and the glued-to-digits
    pattern ("350-521227.") tried at the index's places against its ``finditer``."""
    finder = _finder(text)
    for n, lo, hi, last in looks:
        literal = f"{n}."
        want = [m.span() for m in section_numbers.dotted_lazily(text, literal, lo, hi, last)]
        if len(literal) <= section_numbers.INDEXED_DIGITS + 1:
            got = [m.span() for m in section_numbers.dotted_indexed(finder.dots, literal, lo, hi, last)]
            assert got == want
        for known in (False, True):
            pat = section_numbers.number_pattern("3.", "decimal", n, known, True)
            assert pat is not None
            plain = [m.span() for m in pat.finditer(text, lo, hi, overlapped=False)]
            assert [m.span() for m in finder._glued_matches(pat, "3.", "decimal", n, lo, hi)] == plain


KEYWORD_PIECES = st.sampled_from(
    ["Section", "SECTION", "section", "\u017fection", "sec", "ARTICLE", "Article", "ART\u0130CLE", " ", "  ", "-",
     "\u2013", "IV", "I", "V", "X", "II", "4", "4.0", ".", "x", "\n", "A"]
)  # fmt: skip
KEYWORD_TEMPLATES = st.sampled_from(["ARTICLE IV", "Article II.", "Section 4.0", "SECTION 3.00", "ARTICLE 1"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(KEYWORD_PIECES, max_size=24).map("".join), KEYWORD_TEMPLATES,
       st.lists(st.tuples(st.sampled_from([1, 2, 4, 5]), st.integers(0, 60), st.integers(0, 90), st.booleans()),
                min_size=1, max_size=4))
@example("ARTICLE IV ARTICLE IVX article iv", "ARTICLE IV", [(4, 0, 40, False), (4, 0, 40, True)])
@example("\u017fection 4.0 SECTION 4.00", "Section 4.0", [(4, 0, 30, False)])
def test_keyword_patterns_are_the_stretch_scan(text: str, template: str,
                                               looks: list[tuple[int, int, int, bool]]) -> None:
    """A keyword template's pattern tried only at the index's keyword places, against its ``finditer``."""
    finder = _finder(text)
    style = "article" if template.lower().startswith("article") else "section"
    for n, lo, hi, known in looks:
        pat = section_numbers.number_pattern(template, style, n, known)
        assert pat is not None
        want = [m.span() for m in pat.finditer(text, lo, hi, overlapped=False)]
        assert [m.span() for m in finder._pattern_matches(pat, template, lo, hi)] == want
