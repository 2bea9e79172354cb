"""Names beyond ASCII in the respacing look-ups (extractor/stages/signature_respace.py): their pattern is
tried only where the squeezed index holds the name's longest ASCII run, and finds exactly what a scan of
the whole text with it finds, on generated texts full of blanks, case, Latin-1 and wider letters and the
characters whose caseless match ``lower()`` does not tell."""

from __future__ import annotations

from extractor.grammars.text_index import TextIndex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import signature_respace as sp

# the letters of the names below in both cases, blanks of every kind, and the characters (?i) matches
# to an ASCII letter that lower() does not tell ("\u017f", "\u0130", "\u0131", the Kelvin sign)
ALPHABET = st.sampled_from(
    list("vesaVESAkK.r R,\n\t?") + ["\xa0", "\x85", "\x1c", "\xc0", "\xe0", "\u212a", "\u017f", "\u0130",
                                   "\u0131", "\u2003", "\u4e00", "   "])
NAMES = ["VESA\xc0R.L.", "vesa\u4e00kas", "\xc0vesak", "ves\xe0", "\xe0", "Kess\xc0vesa"]
GAPS = st.sampled_from(["", "", "", " ", "\n", "\xa0", "\t", "\u2003", "  "])


def _text(data: st.DataObject, name: str) -> str:
    """Noise with ``name`` written in it now and then, in a drawn case with drawn blanks between its
    characters (its non-ASCII letters sometimes in the other case)."""
    parts = []
    for _ in range(data.draw(st.integers(0, 3))):
        parts.append("".join(data.draw(st.lists(ALPHABET, max_size=10))))
        written = name.upper() if data.draw(st.booleans()) else name
        parts.append("".join(c + data.draw(GAPS) for c in written).rstrip())
    parts.append("".join(data.draw(st.lists(ALPHABET, max_size=10))))
    return data.draw(st.sampled_from(["", " "])).join(parts)


@settings(max_examples=300)
@given(st.data(), st.sampled_from(NAMES), st.booleans())
def test_pattern_writings_are_the_scans(data: st.DataObject, name: str, bounded: bool) -> None:
    text = _text(data, name)
    found = list(sp._pattern_writings(TextIndex(text), name, bounded))
    assert found == [m.group() for m in sp._pattern(name, bounded).finditer(text)]


# texts with no exact Latin-1 copy in the index (U+017F, U+0130) or one whose Kelvin sign is a "k" there:
# WordCounts then finds a word's places in a copy of its own
WORD_TEXT = st.lists(st.sampled_from(["ab", "abk", "k", "b", "A", " ", "?", "\xe9", "\u4e00", "\u017f", "\u0130",
                                      "\u212a", "\u0131"]), max_size=30).map("".join)
NO_COPY = st.sampled_from(["\u017f", "\u0130", "\u212a"])


@given(WORD_TEXT, NO_COPY, WORD_TEXT, st.sampled_from(["ab", "abk", "k", "b", "abab", "kab"]))
def test_more_than_once_without_the_index_copy(before: str, odd: str, after: str, word: str) -> None:
    text = before + odd + after
    expected = sum(1 for w in sp.WORD.findall(text) if w.lower() == word) > 1
    assert sp.WordCounts(TextIndex(text)).more_than_once(word) == expected
