"""Layout scans rewritten so their cost per MB stays flat on long documents must find exactly what
the plain scans find: each is compared with its plain version on generated text."""

from __future__ import annotations

from extractor.grammars import page_furniture as g
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages.layout import quicklinks

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
