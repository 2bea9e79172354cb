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
# U+017F: the index is then its folded copy's), inside and beside the writings of a name with "i" and "s"
ODD_PIECES = st.sampled_from(
    ["Sims", "SIMS", "sims", "S i m s", "Si ms", "\u017fims", "S\u0131ms", "S\u0130MS", "Sim\u017f", "\u0130", "\u0131",
     "\u017f", "x", "Ks", "\u212as", " ", "  ", "\t", "\n", "\xa0", ",", "\u2003", "\xe9"])


@settings(max_examples=300)
@given(st.lists(ODD_PIECES, min_size=1, max_size=14).map("".join),
       st.sampled_from(["Sims", "SiMS", "ims", "ks", "msi"]), st.booleans())
def test_folded_writings_are_the_patterns(text: str, chars: str, bounded: bool) -> None:
    """``_writings`` from the folded copy's index (a writing holding or beside a folded character confirmed
    by the pattern) finds what the pattern's scan finds."""
    want = [m.group() for m in sp._pattern(chars, bounded).finditer(text)]
    assert list(sp._writings(TextIndex(text), chars, bounded)) == want
