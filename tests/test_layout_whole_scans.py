"""Layout scans rewritten so their cost per MB stays flat on long documents must find exactly what
the plain scans find: each is compared with its plain version on generated text."""

from __future__ import annotations

import regex
from extractor.grammars import page_furniture as g
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import lines as lines_module
from extractor.stages.layout import quicklinks
from extractor.stages.lines import split_lines

# pieces of QuickLinks lines, their case variants (the Kelvin sign folds to "k"), and what breaks them
QUICK_PIECES = ["QuickLinks", "quicklinks", "QUICKLINKS", "Quic\u212alinks", "QuickLink", "s", " ", "\t", "\n",
                "\r", "\r\n", "\f", "--", " -- ", "Click here to rapidly navigate through this document", "x", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(QUICK_PIECES), max_size=40).map("".join))
def test_quicklinks_equal_the_pattern_searched(text: str) -> None:
    assert [m.span() for m in quicklinks(text)] == [m.span() for m in g.QUICKLINKS.finditer(text)]


def test_quicklinks_lines_of_a_real_converter_page() -> None:
    text = ("Table of Contents\n\nQuickLinks -- Click here to rapidly navigate through this document\n"
            "EXHIBIT 10.1\n  QuickLinks  \nsee QuickLinks\nQuickLinks")
    assert [m.group() for m in quicklinks(text)] == [
        "QuickLinks -- Click here to rapidly navigate through this document", "  QuickLinks  ", "QuickLinks"]


def plain_split(text: str) -> tuple[list[str], list[str]]:
    """Lines and terminators as one split of the whole text makes them (the plain version)."""
    parts = regex.split(r"(\r\n|\r|\n|\f)", text)
    contents, terms = parts[::2], [*parts[1::2], ""]
    if not contents[-1]:
        contents.pop()
        terms.pop()
    return contents, terms


LINE_PIECES = ["a", "b c", " ", "\t", "\xa0", "\u2003", "\n", "\n", "\r", "\r\n", "\f", "\f\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=50).map("".join), st.integers(1, 12), st.booleans())
def test_split_in_windows_equals_one_split(text: str, window: int, no_cr: bool) -> None:
    if no_cr:
        text = text.replace("\r", "")  # the str.split path
    saved = lines_module.SPLIT_WINDOW
    lines_module.SPLIT_WINDOW = window  # tiny windows: many cuts, at every kind of terminator
    try:
        lines = split_lines(text)
    finally:
        lines_module.SPLIT_WINDOW = saved
    contents, terms = plain_split(text)
    assert (list(lines.contents), list(lines.terms)) == (contents, terms)
    assert lines.lengths == tuple(map(len, contents))
    assert lines.blanks == bytes(not c.strip(" \t\xa0") for c in contents)
    assert "".join(map(str.__add__, contents, terms)) == text
