"""``signature_keys.written_in`` (a name's words looked for from the end of a stretch backwards) answers
what ``spaced_writings`` (the forward walk, the pattern's finditer) answers: is the name written there."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.stages.signature_keys import spaced_writings, written_in

PIECES = st.sampled_from(["ab", "a", "b", "ba", "c", " ", "  ", "\n", "\xa0", "\t", "x", "\u2003", "abab"])
WORDS = st.lists(st.sampled_from(["a", "ab", "b", "ba", "aba"]), min_size=1, max_size=3)


@settings(max_examples=300)
@given(st.lists(PIECES, max_size=25).map("".join), WORDS, st.integers(0, 12), st.integers(0, 60),
       st.sampled_from([0, 1]))
@example("ababa", ["aba", "ba"], 0, 60, 0)  # the last writing of the head fails, one overlapping it does not
def test_written_in_is_the_forward_walk(text: str, words: list[str], start: int, end: int, least: int) -> None:
    forward = next(spaced_writings(text, words, start, end, least), None) is not None
    gap = r"[\s\xa0]++" if least else r"[\s\xa0]*+"
    pattern = regex.compile(gap.join(map(regex.escape, words)))
    assert forward == (pattern.search(text, start, end) is not None)
    assert written_in(text, words, start, end, least) == forward
