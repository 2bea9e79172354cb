"""``TextIndex.ascii_folded`` of a text holding U+017F or U+0130 is made piece by piece
(``folded_in_pieces``): it must be exactly the copy made in one go from the whole text with those
letters written "s" and "i", whatever the piece size and wherever the odd characters fall."""

from __future__ import annotations

from extractor.grammars import text_index as ti
from extractor.grammars.ascii_lowered import ascii_lowered
from hypothesis import given, settings
from hypothesis import strategies as st

# the characters whose handling differs: the two folded letters, the Kelvin sign (lower() gives "k"),
# capital sigma (lower() reads its neighbours), beyond Latin-1, Latin-1 capitals, ASCII
CHARS = ["\u017f", "\u0130", "\u212a", "\u03a3", "\u03c3", "\u201c", "\u00c9", "\u00e9", "A", "s", "I",
         "i", "K", " ", "\n", "\u0131", "x"]


def _whole(text: str) -> bytes:
    got = ascii_lowered(text.replace("\u017f", "s").replace("\u0130", "i"))
    assert got is not None
    return got


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CHARS), max_size=80).map("".join), st.integers(1, 9))
def test_folded_in_pieces_equals_the_whole_text_copy(text: str, piece: int) -> None:
    saved = ti.FOLD_PIECE
    ti.FOLD_PIECE = piece  # tiny pieces: odd characters at every piece's edge
    try:
        assert ti.folded_in_pieces(text) == _whole(text)
    finally:
        ti.FOLD_PIECE = saved


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(CHARS), max_size=80).map("".join))
def test_ascii_folded_is_the_folded_copy(text: str) -> None:
    low = ti.TextIndex(text).ascii_folded
    assert low == _whole(text)
    assert len(low) == len(text)


def test_a_single_odd_letter_sends_the_text_to_the_folded_copy() -> None:
    text = "Section 2.1 \u201cISTANBUL\u201d " * 5000 + "\u0130stanbul, \u017fection 3"
    doc = ti.TextIndex(text)
    assert doc.ascii_lowered is None
    assert doc.ascii_folded.endswith(b"istanbul, section 3")
    assert doc.ascii_folded == _whole(text)
