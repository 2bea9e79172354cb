"""``_bare_runs`` finds stars by ``str.find`` (both star characters, each one's next position kept) and
steps over bracket markers: its runs must be exactly those of the plain pattern scan, the runs inside
markers dropped, whichever of "*" and U+2217 the text holds and however rare either is."""

from __future__ import annotations

from extractor.grammars import redaction as g
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages.redactions import _bare_runs, _brackets, _star_finder


def _plain_runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Every ``STAR_RUN`` match, trailing blanks trimmed, those inside a marker span dropped."""
    out = []
    for m in g.STAR_RUN.finditer(text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in " \t\xa0":
            e -= 1
        if not any(a <= s and e <= b for a, b in spans):
            out.append((s, e, g.star_count(text[s:e])))
    return out


# stars of both kinds, alone and in runs (a run of 41 ends one run and starts another), blanks, markers,
# broken markers, and filler so that one kind may stand far from the next
PIECES = ["*", "\u2217", "**", "\u2217\u2217\u2217", "* \u2217 *", " ", "\t", "\xa0", "\n", "a", "word " * 5,
          "[", "]", "{", "}", "[***]", "{\u2217\u2217}", "[TEXT DELETED]", "[ * * ]", "*" * 41, "\u2217" * 41,
          "[***", "**]", "x" * 50]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_bare_runs_are_the_pattern_scans_outside_markers(pieces: list[str]) -> None:
    text = "".join(pieces)
    brackets = _brackets(text)
    assert _bare_runs(text, brackets) == _plain_runs(text, [(c.start, c.end) for c in brackets])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["*", "\u2217", "a", " ", "xyz" * 7]), max_size=30),
       st.lists(st.integers(0, 3), min_size=1, max_size=20))
def test_star_finder_gives_the_next_star_for_rising_positions(pieces: list[str], steps: list[int]) -> None:
    text = "".join(pieces)
    find = _star_finder(text)
    pos = 0
    for step in steps:  # positions that never decrease, as ``_bare_runs`` asks them
        pos += step
        expected = next((i for i in range(pos, len(text)) if text[i] in g.STAR_CHARS), -1)
        assert find(pos) == expected
