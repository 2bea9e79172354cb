"""The squeezed index (grammars/spaced_index.py) finds what the respacing readers' patterns find: each reader's
look-up through the index equals its pattern's scan, on generated texts full of blanks, commas, case and the
characters whose caseless match ``lower()`` does not tell (where the index steps aside)."""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import pytest
import regex
from extractor.grammars import find_all
from extractor.grammars.spaced_index import WS, count_all
from extractor.grammars.text_index import TextIndex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import party_names as pn
from extractor.stages import signature_respace as sp

ALPHABET = st.sampled_from(list("abkAB K,.\n\t?") + ["\xa0", "\x85", "\x1c", "\u212a", "\u4e00", "\xe9", "    "])
# where (?i) and lower() disagree, a blank beyond Latin-1: with one of these in the text the index steps aside
ODD = st.sampled_from(["", "", "", "", "\u017f", "\u0131", "\u0130", "\u2003"])
NOISE = st.lists(ALPHABET, max_size=8).map("".join)
GAPS = st.sampled_from(
    ["", "", "", "", "", "", " ", "  ", "   ", "   ", "    ", "\n", ",", ", ", ",   ", ",    ", "\xa0", "\t", "\x1c"])
SEPARATORS = st.sampled_from([" ", ", ", ",", "", "\n", ",   ", ",    ", "  ", "    ", "\x1c"])
NAME_CHARS = st.sampled_from(list("abkABK,."))
LOOKED_UP = ["abkab", "AbKabab", "BAKABAB", "abK,", "ab", "K", "Ka,"]


def _written(data: st.DataObject, *pieces: str) -> str:
    """A text holding ``pieces`` (a word and its neighbour) one to three times, apart by a drawn separator,
    each with blanks (or commas) drawn between its characters now and then and in a case drawn, among noise;
    with one character where (?i) and lower() disagree now and then."""
    parts = []
    for _ in range(data.draw(st.integers(1, 3))):
        lead, tail = data.draw(st.sampled_from(["", "", "a", "K"])), data.draw(st.sampled_from(["", "", "b", "\u212a"]))
        written = []
        for piece in pieces:
            piece = piece.upper() if data.draw(st.booleans()) else piece
            written.append("".join(c + data.draw(st.one_of(st.just(""), GAPS)) for c in piece).rstrip())
        parts += [data.draw(NOISE), lead + data.draw(SEPARATORS).join(written) + tail]
    return " ".join([*parts, data.draw(NOISE), data.draw(ODD)])


def _scanned(doc: TextIndex) -> TextIndex:
    """The same text with the index out of the way: the readers scan with their patterns."""
    object.__setattr__(doc, "spaced", None)  # a cached_property's slot, set before first use
    return doc


def test_blanks_are_the_patterns_blanks() -> None:
    pattern = regex.compile(r"[\s\xa0]")
    assert WS == {chr(c) for c in range(0x3001) if pattern.match(chr(c))}


@settings(max_examples=200)
@given(st.data(), st.one_of(st.sampled_from(LOOKED_UP), st.lists(NAME_CHARS, min_size=1, max_size=6).map("".join)),
       st.booleans())
def test_signature_writings_are_the_patterns(data: st.DataObject, chars: str, bounded: bool) -> None:
    text = _written(data, chars)
    want = [m.group() for m in sp._pattern(chars, bounded).finditer(text)]
    assert list(sp._writings(TextIndex(text), chars, bounded)) == want


WORDS = st.lists(st.sampled_from(["ab", "AbKabab", "a.b", "BAKABAB", "k", "Ka,", "abkab"]), min_size=1, max_size=3)


@settings(max_examples=200)
@given(st.data(), WORDS)
def test_party_name_writings_are_the_patterns(data: st.DataObject, words: list[str]) -> None:
    tw = tuple(words)
    text = _written(data, *words)
    want = list(pn._name_writings(tw, _scanned(TextIndex(text))))
    assert list(pn._name_writings(tw, TextIndex(text))) == want


@settings(max_examples=200)
@given(st.data(), st.sampled_from(["", "ab", "K"]), st.sampled_from(["AbKabab", "BAKABAB"]), st.booleans())
def test_party_word_writings_are_the_patterns(data: st.DataObject, neighbour: str, word: str, after: bool) -> None:
    before, aft = ("", neighbour) if after else (neighbour, "")
    text = _written(data, *(w for w in (before, word, aft) if w))
    want = list(pn._word_writings(before, word, aft, _scanned(TextIndex(text))))
    assert list(pn._word_writings(before, word, aft, TextIndex(text))) == want


@settings(max_examples=200)
@given(st.data(), WORDS)
def test_a_name_never_spaced_is_not_looked_up(data: st.DataObject, words: list[str]) -> None:
    """Where ``_may_space_more`` says no, the pattern's scan finds no writing in more pieces than the name."""
    tw = tuple(words)
    text = _written(data, *words)
    found = list(pn._name_writings(tw, _scanned(TextIndex(text))))
    if not pn._may_space_more(tw, TextIndex(text)):
        assert all(len(w.split()) <= len(tw) for w in found)


@settings(max_examples=200)
@given(st.data(), st.sampled_from(["", "ab", "K"]), st.sampled_from(["AbKabab", "BAKABAB"]), st.booleans())
def test_a_word_never_spaced_is_not_looked_up(data: st.DataObject, neighbour: str, word: str, after: bool) -> None:
    """Where ``_may_split`` says no, the pattern's scan finds no writing of the word with a blank inside."""
    before, aft = ("", neighbour) if after else (neighbour, "")
    text = _written(data, *(w for w in (before, word, aft) if w))
    found = list(pn._word_writings(before, word, aft, _scanned(TextIndex(text))))
    if not pn._may_split(before, word, aft, TextIndex(text)):
        assert all(len(w.split()) == 1 for w in found)


class Case(NamedTuple):
    text: str
    chars: str
    bounded: bool
    found: list[str]


CASES = [  # real writings (flattened signature pages): the spaced one, the glued one, one across a line
    Case("KubientInc. ... Kubient Inc. ... KUBIENT\nINC.", "KubientInc.", False,
         ["KubientInc.", "Kubient Inc.", "KUBIENT\nINC."]),
    Case("Palmer Square Capital\xa0Management LLC", "CAPITALMANAGEMENT", False, ["Capital\xa0Management"]),
    Case("xKubientInc", "KubientInc", False, ["KubientInc"]),  # no word boundary: the patterns have none
    # a word alone, on one line: blanks and tabs, not a line break; not inside a longer word
    Case("LATIN\tAMERICA, LATIN\nAMERICA, LATINAMERICAN, Latin America", "LATINAMERICA", True,
         ["LATIN\tAMERICA", "Latin America"]),
]


@pytest.mark.parametrize("case", CASES)
def test_writings_of_real_names(case: Case) -> None:
    assert list(sp._writings(TextIndex(case.text), case.chars, case.bounded)) == case.found
    assert [m.group() for m in sp._pattern(case.chars, case.bounded).finditer(case.text)] == case.found


@given(st.lists(st.one_of(ALPHABET, ODD, st.sampled_from(["Z", "\xc9", "\u212a", "q"])), max_size=40).map("".join))
def test_word_counts_are_the_patterns(text: str) -> None:
    """respaced_words' count of the text's words from the Latin-1 copy equals the count of WORD's finds."""
    assert sp._word_counts(TextIndex(text)) == Counter(map(str.lower, sp.WORD.findall(text)))


@given(st.lists(st.one_of(ALPHABET, ODD, st.sampled_from(["Z", "\xc9", "\u212a", "q", "abk", "ab"])),
                max_size=40).map("".join),
       st.sampled_from(["ab", "abk", "k", "b", "abab", "\xe9"]))
def test_more_than_once_is_the_count(text: str, word: str) -> None:
    """WordCounts' look-up of one word by its positions agrees with the count of every word of the text."""
    assert sp.WordCounts(TextIndex(text)).more_than_once(word) == (sp._word_counts(TextIndex(text)).get(word, 0) > 1)


@given(st.lists(st.one_of(ALPHABET, st.just("   " * 50), st.just("x" * 130)), max_size=40).map("".join))
def test_the_index_maps_back_to_the_text(text: str) -> None:
    """Every character of the squeezed copy is the text's next non-blank character, across blocks."""
    index = TextIndex(text).spaced
    assert index is not None
    assert [index.position(j) for j in range(len(index.chars))] == [i for i, c in enumerate(text) if c not in WS]



@given(st.lists(st.sampled_from([b"a", b"b", b"ab", b" "]), max_size=30).map(b"".join),
       st.lists(st.sampled_from([b"a", b"b", b"ab"]), min_size=1, max_size=4).map(b"".join))
def test_count_all_counts_overlapping_occurrences(hay: bytes, word: bytes) -> None:
    """``count_all`` (bytes.count where occurrences cannot overlap) is the count of every occurrence."""
    assert count_all(hay, word) == sum(1 for _ in find_all(hay, word))


ODD_NAME = st.lists(st.sampled_from(list("isISk")), min_size=1, max_size=5).map("".join)
# what a name letter may be written as: itself, its other case, or a character (?i) matches it with
ODD_LETTER = {"i": ["i", "I", "\u0130"], "I": ["I", "i", "\u0131"], "s": ["s", "S", "\u017f"],
              "S": ["S", "s", "\u017f"], "k": ["k", "K", "\u212a"]}
ODD_NOISE = st.lists(st.sampled_from(list("isIk ,.\n") + ["\u0130", "\u0131", "\u017f", "  ", "\u2003"]),
                     max_size=6).map("".join)


@settings(max_examples=300)
@given(st.data(), ODD_NAME, st.booleans())
def test_signature_writings_where_lower_is_not_caseless(data: st.DataObject, chars: str, bounded: bool) -> None:
    """A text holding a character that (?i) matches but lower() does not tell ("\u0130", "\u0131", "\u017f"):
    the look-up through the folded index, each place confirmed by the pattern, finds what the scan finds."""
    parts = []
    for _ in range(data.draw(st.integers(1, 3))):
        written = "".join(data.draw(st.sampled_from(ODD_LETTER[c])) + data.draw(st.sampled_from(["", "", " ", ","]))
                          for c in chars)
        parts += [data.draw(ODD_NOISE), written]
    text = "".join([*parts, data.draw(ODD_NOISE), data.draw(st.sampled_from(["\u0130", "\u0131", "\u017f"]))])
    want = [m.group() for m in sp._pattern(chars, bounded).finditer(text)]
    assert list(sp._writings(TextIndex(text), chars, bounded)) == want


GATE_NOISE = st.lists(st.sampled_from(["ab", "k", "AB", " ", "  ", "\n", ",", "\xa0", "\xe9", "\u212a", "\u4e00", "x"]),
                      max_size=10).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.data(), st.sampled_from(["abab", "abkab", "bab", "kabab"]))
def test_original_gate_is_the_whole_index(data: st.DataObject, key: str) -> None:
    """The original's look-up through the body (its verbatim ranges) and the windows around the rest
    tells what the whole original's spaced index tells, whatever was cut out, replaced or put in: a
    text holding the key written with blanks drawn between its letters, cut at drawn places."""
    from extractor.model.offsets import Piece, TextView
    from extractor.stages.parties import verbatim_ranges

    written = "".join(c + data.draw(st.sampled_from(["", "", " ", "\n  ", "\xa0"])) for c in key).rstrip()
    original = data.draw(GATE_NOISE) + written + data.draw(GATE_NOISE)
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(original)), max_size=6))) | {0, len(original)})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        kind = data.draw(st.sampled_from(["exact", "exact", "gone", "blank", "put"]))
        if kind == "exact":
            pieces.append(Piece(a, b))
        elif kind == "blank":
            pieces.append(Piece(a, b, data.draw(st.sampled_from([" ", "\n"]))))
        elif kind == "put":  # text put in before an exact piece
            pieces += [Piece(a, a, data.draw(st.sampled_from([" ", "x"]))), Piece(a, b)]
    view = TextView.build(original, pieces)
    verbatim = verbatim_ranges(view)
    assert verbatim is not None
    whole = TextIndex(original).spaced
    gate = pn.OriginalGate(original, TextIndex(view.text), verbatim)
    if whole is None or not gate.usable:
        return
    assert gate.spaced_somewhere(key) == whole.spaced_somewhere(key)
    name = data.draw(st.sampled_from(["AbKabab", "BAKABAB Inc.", "ab AbKabab"]))
    if gate.never_spaced(name):
        assert pn.respaced(name, TextIndex(original)) == name
