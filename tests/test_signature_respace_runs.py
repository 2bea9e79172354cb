"""Names beyond ASCII looked up with the others in one pass (``signature_respace._starts_at_once``: the
places of each one's longest ASCII run in the squeezed index found with the ASCII names' keys): the
writings ``_pattern_writings`` gives from them are its writings from a ``find`` per name, and ``respaced``
is the same either way, on generated texts with the names written in any case and spacing."""

from __future__ import annotations

import pytest
from extractor.grammars.text_index import TextIndex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import signature_respace as sp

ALPHABET = st.sampled_from(
    list("vesaVESAkK.r R,\n\t?") + ["\xa0", "\xc0", "\xe0", "\u212a", "\u017f", "\u0130", "\u0131", "\u2003",
                                   "\u4e00", "   "])
# names beyond ASCII (a run of at least four ASCII characters, or none) and ASCII ones with a glue point
NAMES = ["VESA\xc0R.L.", "vesa\u4e00KasCo", "\xc0vesaK", "Kess\xc0VesaCo", "VesaCo", "KessVesa", "ves\xe0Co"]
GAPS = st.sampled_from(["", "", "", " ", "\n", "\xa0", "\t", "\u2003", "  "])


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Noise with the names written in it now and then, in a drawn case with drawn blanks between their
    characters."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        parts.append("".join(draw(st.lists(ALPHABET, max_size=8))))
        name = draw(st.sampled_from(NAMES))
        written = name.upper() if draw(st.booleans()) else name
        parts.append("".join(c + draw(GAPS) for c in written).rstrip())
    parts.append("".join(draw(st.lists(ALPHABET, max_size=8))))
    return draw(st.sampled_from(["", " "])).join(parts)


@settings(max_examples=300, deadline=None)
@given(texts())
def test_runs_found_at_once_give_the_same_writings(text: str) -> None:
    doc = TextIndex(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sp, "many_keys", lambda keys, chars: True)
        starts, runs = sp._starts_at_once(doc, set(NAMES))
    if doc.spaced is None and doc.folded_spaced is None:
        return
    # every name beyond ASCII with a run of four has its longest run's places ("ves\xe0Co" has none)
    assert set(runs) == {"vesa", "kasco", "vesak", "vesaco"}
    for name in NAMES:
        run = sp._ascii_run(name)
        if run is None or name.isascii():
            continue
        run_at = runs[run.group().lower()]
        for bounded in (False, True):
            assert list(sp._pattern_writings(doc, name, bounded, run_at)) == list(
                sp._pattern_writings(doc, name, bounded))


@settings(max_examples=200, deadline=None)
@given(texts())
def test_respaced_in_one_pass_is_per_name(text: str) -> None:
    want = sp.respaced(text, NAMES)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sp, "many_keys", lambda keys, chars: True)
        assert sp.respaced(text, NAMES) == want
