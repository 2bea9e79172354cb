"""``grammars.contract_terms.cue_matches`` (``grammars/cue_scan.py``): its programs, pivots and keyword
scans (which matches it finds, also for a text holding a long s or a dotted I, which ``lowered``
refuses: tests/test_cue_matches_reach.py)."""

from __future__ import annotations

import pytest
from conftest import CORPUS, requires_corpus
from extractor.grammars import contract_terms as ct
from extractor.grammars import cue_scan
from extractor.grammars.text_index import TextIndex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.io.reader import read

CUES = {
    "term": (ct.TERM_CUE, ct.TERM_KEYWORDS),
    "renewal": (ct.RENEWAL_CUE, ct.RENEWAL_KEYWORDS),
    "governing": (ct.GOVERNING_CUE, ct.GOVERNING_KEYWORDS),
}
PIECES = st.sampled_from(
    ["the", "The", "TERM", "term", "Term", " ", "  ", "\n", "of", "this", "shall", "will", "commence", "expire",
     "continue", "Continue", "in full force", "initial", "INITIAL", "renew", "Renewal", "extended", "extension",
     "automatically", "governed", "construed", "applicable law", "validity", ":", ".", "\"", "\u201c", "x",
     "\u017f", "\u0130", "\u0131", "\u212a", "\u0130NITIAL", "renewal\u017f", "\u017fhall", "exten\u017fion",
     "effect\u0130ve", "é", "valid", "be", "is", "effective", "take", "come", "comes", "into", "force", "effect",
     "period", "Period", "means", "mean", "date", "expiration", "termination", "for a", "Contract", "end", "\t"]
)  # fmt: skip


def test_a_window_end_does_not_cut_a_match() -> None:
    text = "extension" + "the" * 8 + "shallcommencecommenceRenewal"
    got = list(ct.cue_matches(ct.RENEWAL_CUE, TextIndex(text), ct.RENEWAL_KEYWORDS))
    assert got == [m.span() for m in ct.RENEWAL_CUE.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
@example('The "Initial Term" means the period')
@example("this Agreement shall\nend on; it comes  into force; Sponsorship Period:")
def test_lowered_programs_match_where_the_cues_match(text: str) -> None:
    """Each cue's program for the lowered copy (the term cue's grouped by first letter) finds the cue's
    matches, in a text that has a lowered copy."""
    low = TextIndex(text).lowered
    if low is None:
        return
    for cue, _ in CUES.values():
        assert [m.span() for m in ct.LOWERED[cue].finditer(low)] == [m.span() for m in cue.finditer(text)]


def test_first_char_program_refuses_an_alternative_it_cannot_group() -> None:
    with pytest.raises(ValueError, match="must open"):
        ct.first_char_program("", ("term", "s?hall"))


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=50).map("".join))
@example("the Agreement shall\nend; be in full  force; comes into\neffect; Initial Sponsorship Period :")
def test_every_term_match_holds_a_pivot(text: str) -> None:
    """The term cue's windows are searched only where a pivot's test holds: every match holds one."""
    low = TextIndex(text).lowered
    if low is None:
        return
    tests = ct.PIVOTS[ct.TERM_CUE]
    for m in ct.LOWERED[ct.TERM_CUE].finditer(low):
        assert any(
            test.match(low, i) for word, test in tests for i in range(m.start(), m.end()) if low.startswith(word, i)
        ), m.group()


@requires_corpus
def test_pivots_skip_only_windows_without_a_match_on_the_corpus() -> None:
    """Every 5th corpus document: the term cue's matches with and without the pivot test."""
    paths = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md")[::5]
    for path in paths:
        doc = TextIndex(read(path).text)
        with_pivots = list(ct.cue_matches(ct.TERM_CUE, doc, ct.TERM_KEYWORDS))
        assert with_pivots == list(ct.cue_matches(ct.TERM_CUE, doc, ct.TERM_KEYWORDS, pivots=False)), path.name


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
@example("continue; continued; Continuing; discontinue")
def test_keywords_read_from_a_word_found_before_are_those_a_scan_finds(text: str) -> None:
    """A stem that starts with a word another cue's scan found ("continue" after "continu") is read from
    that word's places: the same places as its own scan, in a text's shared ``caseless_words``."""
    low = TextIndex(text).caseless
    if low is None:
        return
    shared: dict[str, list[int]] = {}
    cue_scan.keyword_starts(low, ct.TERM_KEYWORDS, shared)
    assert "continu" in shared
    for keywords in (ct.RENEWAL_KEYWORDS, ct.GOVERNING_KEYWORDS, ct.TERM_KEYWORDS):
        assert cue_scan.keyword_starts(low, keywords, shared) == cue_scan.keyword_starts(low, keywords)
    assert shared["continue"] == [i for i in range(len(low)) if low.startswith("continue", i)]
