"""One scan for the forms of a text serves both look-ups of its names (``signature_flat.FormPlaces``):
``signature_parties.suffix_starts`` gives from those places exactly the matches ``SUFFIX_WORD.finditer``
finds, and ``with_suffixes`` and ``followed_by`` find the same with the shared places as with their own
scans, on generated texts full of forms written inside others ("LP" in "LLP", "Corp." in "Corporation")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import signature_flat as sf
from extractor.stages import signature_parties as sp

PIECES = st.sampled_from(
    ["Acme", "Acme Co", "Bay", "Inc.", "Inc", "INC", "INC.", "Incx", "Corp.", "CORP.", "Corporation", "CORPORATION",
     "Corporationx", "LLC", "L.L.C.", "LLP", "LP", "L.P.", "LPx", "Ltd.", "LIMITED", "Limited", "PLC", "plc", "AG",
     "AGmbH", "GmbH", "N.V.", "B.V.", "S.A.", "x", ".", ",", " ", "  ", "\t", "\xa0", "\n", "\xe9"])
TEXT = st.lists(PIECES, max_size=24).map("".join)
NAMES = ["Acme Co", "Acme", "Bay", "Bay Acme", "Acme L", "x Bay", "AcmeCo", "Co", "Acme Acme", "Co Acme"]


@settings(max_examples=400)
@given(TEXT)
def test_suffix_starts_are_the_suffix_words_matches(text: str) -> None:
    assert list(sp.suffix_starts(text, sf.FormPlaces(text)())) == [m.start() for m in sp.SUFFIX_WORD.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(TEXT, st.lists(st.sampled_from(NAMES), min_size=1, max_size=10, unique=True))
def test_with_suffixes_from_shared_places(text: str, names: list[str]) -> None:
    with pytest.MonkeyPatch.context() as mp:  # the scan for the suffixes, however few the names
        mp.setattr(sp, "FIND_BUDGET", 0)
        want = sp.with_suffixes(text, names)
        assert sp.with_suffixes(text, names, sf.FormPlaces(text)) == want


@pytest.mark.parametrize("form", [sf.FORM_GLUED_AFTER, sp.FORM_SUFFIX_AT], ids=["glued", "spaced"])
@settings(max_examples=200, deadline=None)
@given(text=TEXT, names=st.lists(st.sampled_from(NAMES), min_size=1, max_size=10, unique=True))
def test_followed_by_from_shared_places(form, text: str, names: list[str]) -> None:  # noqa: ANN001
    places = sf.FormPlaces(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sf, "FIND_NAMES", -1)
        want = {n: (end, m.span()) for n, (end, m) in sf.followed_by(text, names, form).items()}
        assert {n: (end, m.span()) for n, (end, m) in sf.followed_by(text, names, form, places).items()} == want
        assert places() is places()  # scanned once
