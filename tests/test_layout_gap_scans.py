"""Scans that look at the text between two offsets in place of slicing it (issue 17: on a long
document the slices copied most of the text): each equals the plain slice-and-test it replaced."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import redactions
from extractor.stages.layout import STRIPPED_CHAR


def test_stripped_char_is_what_str_strip_keeps() -> None:
    # every code point: the pattern finds it exactly where ``str.strip`` leaves it
    differ = [c for c in map(chr, range(sys.maxunicode + 1))
              if not 0xD800 <= ord(c) < 0xE000 and bool(c.strip()) != (STRIPPED_CHAR.search(c) is not None)]
    assert differ == []


GAP_TEXT = st.text(alphabet=st.sampled_from(["a", " ", "\t", "\n", "\x1c", "\x85", "\u2003", "\xa0", "\f"]),
                   max_size=40)


@settings(max_examples=300, deadline=None)
@given(GAP_TEXT, st.integers(-5, 45), st.integers(-5, 45))
def test_stripped_char_search_equals_the_slice_strip(text: str, a: int, b: int) -> None:
    a, b = max(0, a), max(0, b)
    assert (STRIPPED_CHAR.search(text, a, b) is None) == (not text[a:b].strip())


def _plain_emphasis_pairs(text: str, runs: list[tuple[int, int, int]]) -> set[tuple[int, int]]:
    """``_emphasis_pairs`` as first written: the gap between two runs sliced before its length is tested."""
    pairs: set[tuple[int, int]] = set()
    for i, (s, e, _n) in enumerate(runs):
        for s2, e2, _n2 in runs[i + 1 : i + 4]:
            between = text[e:s2]
            if s2 - e > 200 or "\n" in between:
                break
            opens = redactions._glued(text, e) and not redactions._glued(text, s - 1)
            glued = opens and redactions._glued(text, s2 - 1) and not redactions._glued(text, e2)
            spaced = s2 - e <= 60 and text[s:e] == text[s2:e2] and redactions.g.ORNAMENT_PHRASE.search(between)
            if glued or spaced:
                pairs.update({(s, e), (s2, e2)})
                break
    return pairs


EMPHASIS_TEXT = st.lists(st.sampled_from(["***", "* * *", "*****", "SIGNATURE PAGE FOLLOWS", "Signature Page Follows",
                                          " ", "\n", "x" * 70, "word", "$", "%"]), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(EMPHASIS_TEXT)
def test_emphasis_pairs_equal_the_plain_pairs(text: str) -> None:
    runs = [r for r in redactions._bare_runs(text, []) if redactions.MIN_BARE - 1 <= r[2] <= redactions.MAX_BARE]
    assert redactions._emphasis_pairs(text, runs) == _plain_emphasis_pairs(text, runs)
