"""The governing-law cue's windows are searched only where one of its pivot words stands and its test
holds (``contract_terms.GOVERNING_PIVOTS``): every match of the cue holds one, so the scan finds the
same matches with and without them."""

from __future__ import annotations

from conftest import CORPUS, requires_corpus
from extractor.grammars import contract_terms as ct
from extractor.grammars.text_index import TextIndex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.io.reader import read

PIECES = st.sampled_from(
    ["govern", "Governed", "governs", "government", "constru", "construed", "Construction", "constructive",
     "interpret", "interpreted", "Interpretation", "interpreting", "validity", "validityx", "controlled",
     "controlled by", "CONTROLLED\nBY", "applicable", "applicable law", "Applicable  Laws", "choice", "of",
     "choice of law", "proper", "proper law", "law", "laws", " ", "\n", ",", ".", "\u017f", "\u0130", "é", "x",
     "this Agreement", "the State of Delaware"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=50).map("".join))
@example("applicable law; choice of law; proper\nlaw; controlled by; governs")
def test_every_governing_match_holds_a_pivot(text: str) -> None:
    low = TextIndex(text).lowered
    if low is None:
        return
    tests = ct.PIVOTS[ct.GOVERNING_CUE]
    for m in ct.LOWERED[ct.GOVERNING_CUE].finditer(low):
        assert any(
            test.match(low, i) for word, test in tests for i in range(m.start(), m.end()) if low.startswith(word, i)
        ), m.group()


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=80).map("".join))
@example("applicable" + " x" * 40 + " choice of law" + " x" * 30 + " governmental")
def test_governing_matches_with_pivots_are_those_without(text: str) -> None:
    with_pivots = list(ct.cue_matches(ct.GOVERNING_CUE, TextIndex(text), ct.GOVERNING_KEYWORDS))
    without = list(ct.cue_matches(ct.GOVERNING_CUE, TextIndex(text), ct.GOVERNING_KEYWORDS, pivots=False))
    assert with_pivots == without


@requires_corpus
def test_governing_pivots_skip_only_windows_without_a_match_on_the_corpus() -> None:
    """Every 5th corpus document: the governing cue's matches with and without the pivot test."""
    paths = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md")[::5]
    for path in paths:
        text = read(path).text
        with_pivots = list(ct.cue_matches(ct.GOVERNING_CUE, TextIndex(text), ct.GOVERNING_KEYWORDS))
        without = list(ct.cue_matches(ct.GOVERNING_CUE, TextIndex(text), ct.GOVERNING_KEYWORDS, pivots=False))
        assert with_pivots == without, path.name
