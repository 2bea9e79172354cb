"""Layout scans rewritten so their cost per MB stays flat on long documents must find exactly what
the plain scans find: each is compared with its plain version on generated text."""

from __future__ import annotations

import pytest
import regex
from extractor.grammars import page_furniture as g
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import layout, running
from extractor.stages import lines as lines_module
from extractor.stages.layout import quicklinks
from extractor.stages.lines import Scan, split_and_find, split_lines

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


# -- running lines: the passes skip a group nothing near has changed for -----------------------
HEADS = ["ACME CREDIT AGREEMENT", "Confidential Treatment Requested", "Execution Version",
         "Master Supply Agreement - Page #", "Initials: ____ / ____"]
BODY = ["The Borrower shall repay the Loans in full.", "(a) the Lender may assign its rights;",
        "Section 2.1 Commitments.", "ACME CREDIT AGREEMENT", "provided that no Default exists.", ""]


@st.composite
def paged_documents(draw: st.DrawFn) -> str:
    """Pages parted by form feeds, each with some stacked heads and feet (a head's "#" the page's
    number) from a few, and body lines from a few: many groups, some at the edges, some not."""
    pages = []
    for n in range(1, draw(st.integers(2, 9)) + 1):
        top = draw(st.lists(st.sampled_from(HEADS), max_size=2))
        body = draw(st.lists(st.sampled_from(BODY), min_size=1, max_size=6))
        foot = draw(st.lists(st.sampled_from(HEADS), max_size=2))
        pages.append("\n".join(line.replace("#", str(n)) for line in [*top, "", *body, "", *foot]))
    return "\f".join(pages) + "\n"


def plain_passes(sc: Scan, groups: list[tuple[str, list[int]]], bounds: list[int], breaks: bytearray) -> None:
    """Every group left tried again at every pass (the plain version of ``_take_in_passes``)."""
    for _ in range(running.PASSES):
        left = []
        for key, idx in groups:
            side, at = running._common_side(sc, idx, len(bounds) + 1, breaks)
            if side is None or not running._take_sided(sc, key, idx, bounds, side, at):
                left.append((key, idx))
        if len(left) == len(groups):
            break
        groups = left


def passes_state(text: str, passes) -> tuple:
    sc = Scan(text, split_lines(text))
    layout._hard_boundaries(sc)
    layout._page_numbers(sc)
    breaks = running._break_after(sc)
    passes(sc, running._candidate_groups(sc), sorted(sc.boundaries), breaks)
    return sc.furniture, sc.numbers, bytes(sc.skip)


@pytest.mark.parametrize("walk", [1, 2, 5, running.WALK])
@settings(max_examples=150, deadline=None)
@given(text=paged_documents())
def test_passes_take_what_trying_every_group_takes(walk: int, text: str) -> None:
    saved = running.WALK
    running.WALK = walk  # short blocks: groups far apart in lines, the skipped retries matter
    try:
        assert passes_state(text, running._take_in_passes) == passes_state(text, plain_passes)
    finally:
        running.WALK = saved


def test_stacked_heads_are_taken_over_two_passes() -> None:
    words = ["alpha", "beta", "gamma", "delta", "epsilon"]
    pages = [f"ACME CREDIT AGREEMENT\nExecution Version\n\nThe {w} clause binds the Borrower.\n"
             f"More on {w} and its terms.\n" for w in words]
    text = "\f".join(pages)
    furniture, _, _ = passes_state(text, running._take_in_passes)
    taken = sorted({text[s:e].strip() for s, e, kind in furniture if kind == "running"})
    assert taken == ["ACME CREDIT AGREEMENT", "Execution Version"]
    assert passes_state(text, running._take_in_passes) == passes_state(text, plain_passes)


# -- the patterns searched window by window as the lines are split ------------------------------
FOUND_PIECES = ["13", "2", "Source:", " ", "ACME CORP", ",", " 10-K", "4/1/2019", "\n", "\r\n", "\f", "\r",
                "<TABLE>", "</TABLE>", "<S>", "<", "C>", "QuickLinks", "quickLINKS", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FOUND_PIECES), max_size=60).map("".join), st.integers(1, 20))
def test_window_matches_equal_the_whole_texts(text: str, window: int) -> None:
    saved = lines_module.SPLIT_WINDOW
    lines_module.SPLIT_WINDOW = window
    try:
        lines, found = split_and_find(text, layout.MARKUP_PATTERNS)
    finally:
        lines_module.SPLIT_WINDOW = saved
    assert (lines.contents, lines.terms) == (split_lines(text).contents, split_lines(text).terms)
    for pattern in layout.MARKUP_PATTERNS:
        assert [m.span() for m in found[pattern]] == [m.span() for m in pattern.finditer(text)]
        assert [m.groupdict() for m in found[pattern]] == [m.groupdict() for m in pattern.finditer(text)]


def test_a_source_footer_found_in_its_window() -> None:
    text = "the Company.\n13Source: ACME CORP, 10-K, 4/1/2019\nnext page\n<TABLE>\n"
    lines, found = split_and_find(text, layout.MARKUP_PATTERNS)
    assert [m.group("number", "filer", "form", "date") for m in found[g.SOURCE_FOOTER]] == [
        ("13", "ACME CORP", "10-K", "4/1/2019")]
    assert [m.group() for m in found[g.TABLE_MARKUP]] == ["<TABLE>"]
    assert found[g.QUICKLINKS_WORD] == []


def plain_groups(sc: Scan) -> list[tuple[str, list[int]]]:
    """Every sized line not yet furniture grouped by its normalised key, numbered keys first."""
    groups: dict[str, list[int]] = {}
    for i, content in enumerate(sc.lines.contents):
        if running.RUNNING_MIN_CHARS <= len(content) <= 2 * running.RUNNING_MAX_CHARS and i not in sc.furniture_lines:
            key = running._normalise(content)
            if running.RUNNING_MIN_CHARS <= len(key) <= running.RUNNING_MAX_CHARS:
                groups.setdefault(key, []).append(i)
    return [(key, idx) for key, idx in sorted(groups.items(), key=lambda kv: "#" not in kv[0])
            if len(idx) >= 2 and running._kept_key(key)]


@settings(max_examples=200, deadline=None)
@given(text=paged_documents())
def test_candidate_groups_equal_grouping_every_line(text: str) -> None:
    sc = Scan(text, split_lines(text))
    layout._hard_boundaries(sc)
    layout._page_numbers(sc)
    assert running._candidate_groups(sc) == plain_groups(sc)
