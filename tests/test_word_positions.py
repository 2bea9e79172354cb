"""``word_positions`` reads the text block by block; the positions must be exactly those of one
``find_all`` per word, whatever the block size, including words that straddle a block's end."""

from __future__ import annotations

import pytest
from extractor.grammars import find_all
from extractor.grammars import word_positions as wp
from hypothesis import given, settings
from hypothesis import strategies as st

PIECES = ["day", "days", "ay", "a", "y", " ", "\n", "year", "term", "ter", "m", "x"]
WORDS = ["day", "ay", "aya", "days", "term", "erm", "y", "year", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join), st.lists(st.sampled_from(WORDS), max_size=5),
       st.integers(1, 9))
def test_positions_equal_find_all_per_word(text: str, words: list[str], block: int) -> None:
    saved = wp.BLOCK
    wp.BLOCK = block  # tiny blocks: most words straddle a block's end
    try:
        for t, ws in ((text, words), (text.encode(), [w.encode() for w in words])):
            assert wp.word_positions(t, ws) == [list(find_all(t, w)) for w in ws]
    finally:
        wp.BLOCK = saved


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("daydayday", "dayday", [0]),  # a literal pattern's finditer: the second "dayday" overlaps the first
    ("aaaa", "aa", [0, 2]),
    ("a day, a day", "day", [2, 9]),
])
def test_spaced_keeps_non_overlapping_matches_from_the_left(text: str, word: str, expected: list[int]) -> None:
    assert wp.spaced(wp.word_positions(text, [word])[0], len(word)) == expected
