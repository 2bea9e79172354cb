"""``title_words._own_words`` (the pattern over each distinct run of ASCII letters) gives the words the
pattern finds in the stretch itself: hypothesis over text built from letters, marks and wide characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import title_words as tw


def _own_words_plain(text: str, lo: int, hi: int) -> set[str]:
    """``_own_words`` as the pattern reads the stretch itself."""
    return set(map(str.lower, set(tw.LOWER_WORD.findall(text, lo, hi))))


PIECES = ["agreement", "Agreement", "AGREEMENT", "McDonald", "ab", "a", "B", "Bc", "xY", " ", "\n", "\t", ".", "-",
          "'", "1", "_", "\u00e9", "\u00c9", "\u00df", "\u017f", "\u0130", "\u212a", "\u2019", "\u4e00", "\ud800",
          "\xa0", "\u2003", "agreementThis", "ABCdef", "caf\u00e9x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=50).map("".join), st.data())
def test_own_words_equal_the_patterns_words(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert tw._own_words(text, lo, hi) == _own_words_plain(text, lo, hi)


@given(st.text(max_size=80))
def test_own_words_of_any_text(text: str) -> None:
    assert tw._own_words(text, 0, len(text)) == _own_words_plain(text, 0, len(text))
