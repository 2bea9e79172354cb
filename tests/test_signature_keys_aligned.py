"""``signature_keys.key_starts`` for keys long enough to be found from the words at aligned places only
(seven bytes and more: four-byte words; fifteen and more: eight-byte words) finds each key where repeated
``bytes.find`` does: every occurrence, overlapping ones too, in order, near the text's both ends."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_signature_scans import _finds

from extractor.stages import signature_keys as sk

# few letters: many overlapping and near-miss occurrences of periodic keys, at every offset to a word
PIECES = st.sampled_from([b"a", b"b", b"ab", b"aab", b"abababab", b"abba", b"\x00", b"\xff", b"c"])
SQUEEZED = st.lists(PIECES, max_size=80).map(b"".join)
LONG_KEYS = st.lists(
    st.lists(st.sampled_from([b"a", b"b", b"ab", b"c", b"\xff"]), min_size=4, max_size=24).map(b"".join).filter(
        lambda k: len(k) >= 7) | st.sampled_from(
        [b"abababab", b"ababababa", b"aaaaaaaaaaaaaaa", b"abababababababab", b"aabaabaabaabaab", b"abbaabbaabbaabba"]),
    max_size=10)


@settings(max_examples=400, deadline=None)
@given(SQUEEZED, LONG_KEYS, st.sampled_from([1, 3, 1 << 16]), st.sampled_from([2, 16]))
def test_aligned_words_find_each_keys_finds(chars: bytes, keys: list[bytes], chunk: int, bits: int) -> None:
    """Words at multiples of four or eight, hashed (a small table: collisions), then confirmed: the same
    positions as a ``find`` per key, across chunk ends."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sk, "CHUNK", chunk)
        mp.setattr(sk, "HASH_BITS", bits)
        assert sk.key_starts(chars, keys) == {k: _finds(chars, k) for k in keys}


class Case:
    """A real squeezed signature line and names of both lengths, at every shift of the text."""

    chars = b"inwitnesswhereofkubientinc.by:/s/paulroberts,ceoalphacapitalmanagementllcby:/s/jodoe"
    keys = [b"kubientinc.", b"alphacapitalmanagementllc", b"capitalmanagement", b"jodoe", b"zzzzzzzzzzzzzzzz"]


@pytest.mark.parametrize("shift", range(9))
def test_real_names_at_every_offset(shift: int) -> None:
    """Each name is found whatever its place modulo the word size (the text shifted by 0-8 bytes)."""
    chars = b"x" * shift + Case.chars
    got = sk.key_starts(chars, Case.keys)
    assert got == {k: _finds(chars, k) for k in Case.keys}
    assert got[b"kubientinc."] == [shift + 16]
