"""The section stage's rewritten scans give exactly what the plain ones give: the line-start and wide-gap
scans in the standard ``re`` engine against the ``regex`` patterns they copy, on text built from the pieces
headings are made of and from the characters where the engines could differ (blanks, case folding)."""

from __future__ import annotations

import sys

import regex
from extractor.grammars import sections as g
from hypothesis import example, given, settings
from hypothesis import strategies as st

PIECES = st.sampled_from(
    ["1.", "2.1", "10.2.3.", "(a)", "a)", "IV.", "A.", "ARTICLE 1", "Section", "SECTION 2.1", "sec. 3", "Exhibit A",
     "art\u0131cle 2", "\u017fection 4", "ATTACHMENT\u00a01", ".", ";", ")", "\u201d", " ", "   ", "\t", "\u00a0",
     "\n", "-3-", "Foo", "the", "Z", "\u0661\u0662"]
)  # fmt: skip


def _plain(text: str) -> list[tuple[int, int]]:
    """The spans the ``regex`` patterns give, one after another, as ``line_start_matches`` yields them."""
    return [m.span() for p in g.line_start_scans(text) for m in p.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
@example("x.   1. Foo\n  2. Bar.\t\t(a) Baz")
@example("\nart\u0131cle 1\nARTICLE 2")  # a dotless i: only ``re`` reads it as "i"
def test_line_start_matches_are_the_regex_matches(text: str) -> None:
    assert [m.span() for m in g.line_start_matches(text)] == _plain(text)
    assert [m.span("tok") for m in g.line_start_matches(text)] == [
        m.span("tok") for p in g.line_start_scans(text) for m in p.finditer(text)]


def test_the_engines_fold_the_keywords_letters_alike_but_for_the_dotless_i() -> None:
    # why a text holding U+0131 is scanned by ``regex``: no other character folds apart
    import re

    letters = sorted(set("articlesectionscheduleexhibitappendixannexattachment"))
    apart = set()
    for w in letters:
        ours, theirs = re.compile("(?i:" + w + ")"), regex.compile("(?i:" + w + ")")
        for cp in range(sys.maxunicode + 1):
            ch = chr(cp)
            if (ours.fullmatch(ch) is None) != (theirs.fullmatch(ch) is None):
                apart.add(ch)
    assert apart == {g._RE_FOLDS_APART}
