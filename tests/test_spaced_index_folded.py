"""The lower-cased copies made for long texts: ``spaced_index.lower_in_pieces`` is ``str.lower`` (a final
capital sigma, a dotted capital I and the rest, at any piece size), ``text_index.lowered`` is
``grammars.lowered``, and ``SpacedIndex.folded`` (the index of the folded copy, indexed without ``of``'s
checks) is the index ``of`` gives for that copy."""

from __future__ import annotations

import pytest
from extractor.grammars import lowered as plain_lowered
from extractor.grammars import spaced_index, text_index
from extractor.grammars.spaced_index import FAR_WS, SpacedIndex, lower_in_pieces
from extractor.grammars.text_index import TextIndex
from hypothesis import given, settings
from hypothesis import strategies as st

# letters whose lower() depends on their neighbours (capital sigma at a word's end) or is not one ASCII
# letter, blanks beyond Latin-1, case-ignorable marks (U+0301, "'"), line breaks where the pieces end
CHARS = "aAsS\u03a3\u03c3\u0301'.\n \u0130\u0131\u017f\u212a\u00c9\u2003\u3000\u00a0\u1680x"
TEXT = st.text(alphabet=st.sampled_from(CHARS), max_size=60)


@settings(max_examples=400)
@given(TEXT, st.integers(1, 8))
def test_lowered_in_pieces_is_lower(text: str, piece: int) -> None:
    assert lower_in_pieces(text, piece) == text.lower()


@pytest.mark.parametrize("text", ["\u039f\u0394\u039f\u03a3\n\u039f\u0394\u039f\u03a3", "A\u03a3\n\u03a3A", "\u03a3\n"])
def test_a_final_sigma_by_a_line_break(text: str) -> None:
    """Greek words cut into pieces after their line: each word's last capital sigma is still final."""
    assert lower_in_pieces(text, 1) == text.lower()


@settings(max_examples=300)
@given(TEXT)
def test_the_index_lowered_is_the_grammars_one(text: str) -> None:
    assert text_index.lowered(text) == plain_lowered(text)


def _folded_before(text: str) -> SpacedIndex | None:
    """The folded index made the plain way: the folded copy written out, then indexed by ``of``."""
    if not any(c in text for c in ("\u017f", "\u0130", "\u0131", *FAR_WS)):
        return None
    folded = text.replace("\u017f", "s").replace("\u0130", "i").replace("\u0131", "i")
    for c in FAR_WS:
        folded = folded.replace(c, " ")
    return TextIndex(folded).spaced


@settings(max_examples=400)
@given(TEXT)
def test_folded_index_is_the_folded_copys_index(text: str) -> None:
    idx = TextIndex(text)
    got, want = SpacedIndex.folded(text), _folded_before(text)
    assert (got is None) == (want is None)
    if got is not None and want is not None:
        assert (got.text, got.low, got.latin) == (want.text, want.low, want.latin)
    folded = idx.folded_spaced
    if idx.spaced is not None:
        assert folded is None
    else:  # a text the index refuses has its folded index, the plain way's
        assert folded is not None and want is not None
        assert (folded.text, folded.low, folded.latin) == (want.text, want.low, want.latin)


@settings(max_examples=300)
@given(TEXT, st.sampled_from([FAR_WS, "\u0130\u0131\u017f", "aS\u03a3", ""]), st.sampled_from([1, 2, 7, 1 << 16]))
def test_present_and_holds_any_look_up_each_character(text: str, chars: str, block: int) -> None:
    """Block by block (blocks of one character up to the whole text), the same answer as ``in`` per character."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(spaced_index, "SCAN_BLOCK", block)
        assert spaced_index.present(text, chars) == [c for c in chars if c in text]
        assert spaced_index.holds_any(text, chars) == any(c in text for c in chars)


@settings(max_examples=300)
@given(TEXT, st.sampled_from([1, 2, 7, 1 << 16]))
def test_folded_copy_is_the_replaced_text(text: str, block: int) -> None:
    """The copy joined around the odd characters' places (found block by block) is the text with each
    replaced in turn."""
    want = text.replace("\u017f", "s").replace("\u0130", "i").replace("\u0131", "i")
    for c in FAR_WS:
        want = want.replace(c, " ")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(spaced_index, "SCAN_BLOCK", block)
        assert spaced_index.folded_copy(text) == (None if want == text else want)
