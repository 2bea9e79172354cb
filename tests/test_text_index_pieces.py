"""``TextIndex``'s copies made piece by piece (``text_index.ascii_lowered``, ``caseless_in_pieces``) must be
exactly the copies made in one go from the whole text, whatever the piece size and wherever the characters
whose lower-casing is not a plain one-to-one map fall: a capital sigma (lower() reads its neighbours) at a
piece's edge, the Kelvin sign (a text holding one is lower-cased before its encoding), U+0130 (lower()
writes two characters), U+017F, and the letters beyond Latin-1 whose lower() is in Latin-1."""

from __future__ import annotations

from extractor.grammars import ascii_lowered as whole_module
from extractor.grammars import text_index as ti
from extractor.grammars.spaced_index import lower_in_pieces
from hypothesis import given, settings
from hypothesis import strategies as st

# U+0178, U+1E9E, U+212B lower to Latin-1 letters; U+10400 is beyond the BMP; "\n" ends a caseless piece
CHARS = ["\u017f", "\u0130", "\u212a", "\u212b", "\u0178", "\u1e9e", "\u03a3", "\u03c3", "\u0131", "\u201c",
         "\u00c9", "\u00e9", "\U00010400", "A", "s", "I", "i", "K", "?", " ", "'", "\n", "x"]
TEXTS = st.lists(st.sampled_from(CHARS), max_size=80).map("".join)


def _with_pieces(piece: int, fn, text: str):  # noqa: ANN001, ANN202 - runs fn with tiny pieces
    saved = ti.FOLD_PIECE
    ti.FOLD_PIECE = piece  # tiny pieces: odd characters at every piece's edge
    try:
        return fn(text)
    finally:
        ti.FOLD_PIECE = saved


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(1, 9))
def test_ascii_lowered_in_pieces_equals_the_whole_text_copy(text: str, piece: int) -> None:
    assert _with_pieces(piece, ti.ascii_lowered, text) == whole_module.ascii_lowered(text)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(1, 9))
def test_caseless_in_pieces_equals_the_whole_text_copy(text: str, piece: int) -> None:
    written = text.replace("\u017f", "s").replace("\u0130", "i")
    got = _with_pieces(piece, ti.caseless_in_pieces, text)
    assert got == written.lower()
    assert got == lower_in_pieces(written)
    assert len(got) == len(text)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_the_index_copies_are_the_whole_text_copies(text: str) -> None:
    idx = ti.TextIndex(text)
    assert idx.ascii_lowered == whole_module.ascii_lowered(text)
    written = idx.s_i_written
    assert written == text.replace("\u017f", "s").replace("\u0130", "i")
    low = text.lower()
    assert idx.caseless == (low if "\u017f" not in text and len(low) == len(text) else written.lower())


def test_a_kelvin_sign_in_one_piece_lower_cases_latin1_capitals_in_every_piece() -> None:
    text = "\u00c9TAT " * 30000 + "5 \u212a\n"  # the capitals lie in pieces without the sign
    got = ti.ascii_lowered(text)
    assert got == whole_module.ascii_lowered(text)
    assert got is not None and got.startswith("\u00e9tat ".encode("latin-1"))
