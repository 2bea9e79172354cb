"""The Latin-1 lower-cased copy of the signature respacing: ``latin_lowered`` encodes and lower-cases
the text piece by piece, ``_latin`` takes the index's copy or writes "?" back into its folded one. The
bytes must be those of the whole text encoded and lower-cased at once, whatever the piece size and
wherever a piece cuts (characters beyond Latin-1, U+017F, U+0130, the Kelvin sign, Latin-1 capitals)."""

from __future__ import annotations

from extractor.grammars.text_index import TextIndex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages.signature_respace import _latin, latin_lowered

CHARS = ["A", "z", "Q", " ", "\n", "\u00c9", "\u00e9", "\u017f", "\u0130", "\u212a", "\u2019", "\U0001f600",
         "\ud800", "?", "ALPHA ", "beta"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CHARS), max_size=40).map("".join), st.integers(1, 9))
def test_pieces_give_the_whole_texts_bytes(text: str, piece: int) -> None:
    assert latin_lowered(text, piece) == text.encode("latin-1", "replace").lower()
    assert latin_lowered(text) == text.encode("latin-1", "replace").lower()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CHARS), max_size=40).map("".join))
def test_latin_copy_is_the_whole_texts_encoding(text: str) -> None:
    # from the index's own copy, its folded copy with "?" written back, or one made in pieces
    assert _latin(TextIndex(text)) == text.encode("latin-1", "replace").lower()
