"""The signature stage's document-wide look-ups find what one pattern per name finds: ``followed_by``
(a short name's first writing with a corporate form after it), by a search per name and by one scan for
the forms, equals the scan of each name's own pattern on generated flattened signature pages; the
respacing look-ups (``signature_respace._writings``) from the folded copy's index equal their pattern."""

from __future__ import annotations

import pytest
import regex
from extractor.grammars.text_index import TextIndex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import signature_flat as sf
from extractor.stages import signature_keys as sk
from extractor.stages import signature_respace as sp
from extractor.stages.signature_glued import FORM_AFTER

# A flattened signature page's pieces: names' words, blanks, commas, the forms (also the ones written
# inside others: "LP" in "LLP", "AG" before "GmbH") and characters a word boundary or case may trip on
PIECES = st.sampled_from(
    ["Acme", "Acme", "Co", "Acme Co", "Bay", "Inc.", "Inc", "INC", "Corp.", "LLC", "LLP", "LP", "L.P.", "PLC",
     "AGmbH", "GmbH", "N.V.", "CORPORATION", "Ltd.", "x", ".", ",", " ", "  ", "\t", "\xa0", "\n", "é", "_",
     "\u0130", "\u017f", "\u212a"])
NAMES = ["Acme Co", "Acme", "Co Acme", "Acme Acme", "Co", "Bay Acme", "Acme L", "Co,", "x Bay", "AcmeCo"]
BLANKS = st.sampled_from(["", "", " ", "  ", "\t", "\xa0", "\n"])
FORMS = st.sampled_from(["Inc.", "Inc", "INC", "LLC", "LLP", "LP", "PLC", "GmbH", "N.V.", "Corporation", "Incx"])
# a name written with a form after it: words apart by blanks (or glued), a comma now and then
WRITING = st.tuples(st.sampled_from(NAMES), BLANKS, st.sampled_from(["", ","]), BLANKS, FORMS).map(
    lambda t: t[0].replace(" ", t[1]) + "".join(t[2:]))
TEXT = st.lists(st.one_of(PIECES, WRITING, WRITING), max_size=12).map("".join)


def _first_by_pattern(text: str, name: str, form: regex.Pattern[str]) -> tuple[int, str] | None:
    """The plain way: each writing of the name by its own pattern, in order, the first a form follows."""
    words = r"[ \t\xa0]*+".join(regex.escape(w) for w in name.split())
    for m in regex.finditer(rf"(?<![\w.]){words}", text, overlapped=True):
        f = form.match(text, m.end())
        if f is not None:
            return m.end(), f.group()
    return None


@pytest.mark.parametrize("form", [sf.FORM_GLUED_AFTER, FORM_AFTER], ids=["glued", "spaced"])
@pytest.mark.parametrize("scan", [False, True], ids=["per-name", "one-scan"])
@settings(max_examples=300)
@given(text=TEXT, names=st.lists(st.sampled_from(NAMES), min_size=4, max_size=10, unique=True))
def test_followed_by_is_each_names_pattern(form: regex.Pattern[str], scan: bool, text: str, names: list[str]) -> None:
    with pytest.MonkeyPatch.context() as mp:  # the scan for the forms, however few the names
        mp.setattr(sf, "FIND_NAMES", -1 if scan else 100)
        got = {n: (end, m.group()) for n, (end, m) in sf.followed_by(text, names, form).items()}
    want = {n: w for n in names if (w := _first_by_pattern(text, n, form)) is not None}
    assert got == want


# Pieces of a text holding the characters whose caseless match lower() does not tell (U+0130, U+0131,
# U+017F) or blanks beyond Latin-1 (U+2003, U+3000, U+200A): the index is then its folded copy's; inside
# and beside the writings of a name with "i" and "s"
ODD_PIECES = st.sampled_from(
    ["Sims", "SIMS", "sims", "S i m s", "Si ms", "\u017fims", "S\u0131ms", "S\u0130MS", "Sim\u017f", "\u0130", "\u0131",
     "\u017f", "x", "Ks", "\u212as", " ", "  ", "\t", "\n", "\xa0", ",", "\u2003", "\xe9", "S\u3000ims", "\u200a"])


@settings(max_examples=300)
@given(st.lists(ODD_PIECES, min_size=1, max_size=14).map("".join),
       st.sampled_from(["Sims", "SiMS", "ims", "ks", "msi"]), st.booleans())
def test_folded_writings_are_the_patterns(text: str, chars: str, bounded: bool) -> None:
    """``_writings`` from the folded copy's index (a writing holding or beside a folded character confirmed
    by the pattern) finds what the pattern's scan finds."""
    want = [m.group() for m in sp._pattern(chars, bounded).finditer(text)]
    assert list(sp._writings(TextIndex(text), chars, bounded)) == want


def _finds(chars: bytes, key: bytes) -> list[int]:
    out, j = [], chars.find(key)
    while j >= 0:
        out.append(j)
        j = chars.find(key, j + 1)
    return out


# squeezed texts of few letters (many overlapping and near-miss occurrences); keys shorter and longer than
# the eight bytes read at once
SQUEEZED = st.lists(st.sampled_from([b"a", b"b", b"ab", b"aab", b"abababab", b"\x00", b"\xff", b"?"]), max_size=60)
KEYS = st.lists(st.binary(min_size=1, max_size=12).filter(lambda b: b"\x00" not in b) | st.sampled_from(
    [b"a", b"ab", b"ba", b"aab", b"abababab", b"ababababa", b"bababababab", b"aaaaaaaa"]), max_size=8)


@settings(max_examples=300, deadline=None)
@given(SQUEEZED.map(b"".join), KEYS, st.sampled_from([4, 16]))
def test_key_starts_are_each_keys_finds(chars: bytes, keys: list[bytes], chunk: int) -> None:
    """One pass for many keys (hashed heads, in chunks) finds each key where repeated ``bytes.find`` does."""
    with pytest.MonkeyPatch.context() as mp:  # chunks and a hash table small enough to cross and collide
        mp.setattr(sk, "CHUNK", chunk)
        mp.setattr(sk, "HASH_BITS", 3)
        assert sk.key_starts(chars, keys) == {k: _finds(chars, k) for k in keys}


@settings(max_examples=100, deadline=None)
@given(st.lists(ODD_PIECES | st.sampled_from(["SimsCo", "Sims Co", "S imsCo", "xSIMSco", "SimsCO"]),
                max_size=20).map("".join))
def test_respaced_in_one_pass_is_per_name(text: str) -> None:
    """``respaced`` with every name's occurrences from one pass equals its look-ups name by name."""
    names = ["SimsCo", "SIMSCo", "simsCo", "MsCo", "imsCo"]
    want = sp.respaced(text, names)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sp, "many_keys", lambda keys, chars: True)
        assert sp.respaced(text, names) == want


SPACED_TEXT = st.lists(st.sampled_from(
    ["Jo", "Doe", "JoDoe", "Jo Doe", "o o o", "Jo Jo Doe", "o", "D", " ", "  ", "\n", "\t", "\xa0", "\u2003", "\x1c",
     ",", "x"]),
    max_size=16).map("".join)
SPACED_NAMES = [["Jo"], ["Jo", "Doe"], ["Doe", "Jo"], ["o", "o"], ["Jo", "Jo", "Doe"], ["D", "o"]]


@settings(max_examples=300)
@given(SPACED_TEXT, st.sampled_from(SPACED_NAMES), st.integers(0, 6), st.integers(0, 40), st.sampled_from([0, 1]))
def test_spaced_writings_are_the_pattern(text: str, words: list[str], start: int, end: int, least: int) -> None:
    """A name's words with any blanks between them, found by ``str.find`` and a walk, where its pattern finds them."""
    gap = r"[\s\xa0]*+" if least == 0 else r"[\s\xa0]+"
    pattern = regex.compile(gap.join(regex.escape(w) for w in words))
    want = [m.span() for m in pattern.finditer(text, start, end)]
    assert list(sk.spaced_writings(text, words, start, end, least)) == want
