"""Heading numbers: the number grammar on heading lines from the corpus, the order of its alternatives,
and the candidate scans that find numbers to try (equal to the patterns as first written)."""

from __future__ import annotations

from typing import NamedTuple

import pyparsing as pp
import pytest
from conftest import SAMPLES
from extractor.grammars import sections as g
from extractor.grammars.text_index import TextIndex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.stages import sections


# -- the number grammar -------------------------------------------------------------------------
class NumberCase(NamedTuple):
    text: str  # a heading line as printed in the corpus
    name: str  # which alternative of heading_number parsed it
    value: str
    length: int  # characters the number spans


NUMBER_CASES = [
    NumberCase("ARTICLE IV ACCOUNTS, COLLECTIONS AND APPLICATION OF FUNDS", "article", "IV", 10),
    NumberCase("ARTICLE 1. BACKGROUND AND DEFINITIONS", "article", "1", 10),
    NumberCase("Article XII. Miscellaneous", "article", "XII", 12),
    NumberCase("SECTION 3 A. is  hereby  amended", "section", "3", 12),
    NumberCase("Section 1.01 Defined Terms.", "section", "1.01", 12),
    NumberCase("1.  DEFINITIONS.  Capitalized terms", "decimal", "1", 2),
    NumberCase("1.1 Licensor has adopted, is using", "decimal", "1.1", 3),
    NumberCase("1.1.1 \u201cAccount\u201d is any \u201caccount\u201d", "decimal", "1.1.1", 5),
    NumberCase("1.0Services", "decimal", "1.0", 3),
    NumberCase("(c) SECTION 7.A is hereby  amended", "paren", "c", 3),
    NumberCase("(iv) upon the occurrence", "paren", "iv", 4),
    NumberCase("(A) an arbitrator withdraws", "paren", "A", 3),
    NumberCase("(2) Immediately upon written notice", "paren", "2", 3),
    NumberCase("EXHIBIT A", "attachment", "A", 9),
    NumberCase("Schedule 1", "attachment", "1", 10),
    NumberCase("APPENDIX A", "attachment", "A", 10),
]


@pytest.mark.parametrize("case", NUMBER_CASES, ids=[c.text[:24] for c in NUMBER_CASES])
def test_heading_number_grammar(case: NumberCase) -> None:
    parsed = g.parse_heading_number(case.text)
    assert parsed is not None
    res, length = parsed
    assert case.name in res
    assert str(res["value"]) == case.value
    assert length == case.length


NUMBER_PIECES = st.sampled_from(
    ["ARTICLE", "Article", "SECTION", "Sec.", "EXHIBIT", "Schedule", "one", "IV", "XII", "ii", "(a)", "(iv)",
     "1", "1.1", "10.2.3", "A", "b", "Foo", ".", ":", "-", "\u2013", ")", "(", " ", "  ", "\t", "\u00a0", "5a",
     "\u0661", "\u017f"]
)  # fmt: skip


# heading_number tries its alternatives numbers first; the order they were written in must agree
WRITTEN_ORDER = pp.Located(
    (
        g.article("article") | g.section("section") | g.attachment("attachment") | g.paren_item("paren")
        | g.close_item("close") | g.roman_dot("roman_dot") | g.letter_dot("letter_dot") | g.decimal("decimal")
    ).set_whitespace_chars(" \t\u00a0")
).parse_with_tabs()  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(NUMBER_PIECES, min_size=1, max_size=10).map("".join))
@example("1) Foo")
@example("I. Foo")
@example("ii) Foo")
@example("Section 3 A.")
def test_heading_number_order_of_alternatives(text: str) -> None:
    text = text.lstrip(" \t\u00a0")[:40]
    try:
        want = WRITTEN_ORDER.parse_string(text)
    except pp.ParseException:
        want = None
    got = g.parse_heading_number_end(text)
    assert (got is None) == (want is None or want[0] != 0)
    if got is not None and want is not None:
        assert (got[0].dump(), got[1]) == (want[1].dump(), want[2])


# The candidate scans were rewritten to run faster; these are the patterns as first written.
_B, _P = r"[ \t\u00a0]", r"[.:;!?\"\u201d)\]]"
_DOTTED = r"\d{1,3}(?:\.\d{1,3}){1,3}\.?"
_KWS = r"(?<!(?i:section|sections|article|paragraph|clause|schedule|exhibit|\u00a7)" + _B + r"{0,2})"
WRITTEN_SCANS = [(p, True) for p in (
    r"(?m)^" + _B + r"{0,60}(?P<tok>" + g._TOKEN + r")",
    _P + _B + r"{3,62}(?P<tok>" + g._TOKEN + r")",
    _P + _B + r"{2,60}-[ \t]?\d{1,3}[ \t]?-" + _B + r"{2,62}(?P<tok>" + g._TOKEN + r")",
)] + [(p, False) for p in (
    r"(?<=(?<![\d.,])\d{4,5}\.)(?P<tok>\d{1,2}\.)(?=" + _B + r"{1,6}[A-Z][a-z])",
    r"(?<=[A-Z]{3})(?P<tok>\d{1,2}\.)(?=" + _B + r"{1,6}[A-Z]{2})",
    r"(?<!\d)" + _P + _B + r"{0,3}(?P<tok>\d{1,3}\.(?!\d)|" + _DOTTED + r")(?=" + _B + r"{0,3}[A-Z\"\u201c\[(])",
    _P + _B + r"{1,3}(?P<tok>\([a-z0-9]{1,4}\))(?=" + _B + r"{1,3}[A-Z\[])",
    r"(?<=[A-Za-z)\]]|^)(?P<tok>" + _DOTTED + r")(?=[A-Z][a-z]|" + _B + r"{1,3}[A-Z][a-z])",
    r"(?<=[A-Z]{2}" + _B + r"{1,3})" + _KWS + r"(?P<tok>" + _DOTTED + r")(?=" + _B + r"{1,3}[A-Z])",
    r"(?<=" + _P + _B + r"{0,3})(?P<tok>(?i:article)" + _B + r"{1,3}(?:\d{1,2}(?!\d)"
    r"|[IVXLC]{1,6}(?![IVXLC]))\.?)(?=" + _B + r"{0,3}[A-Z][A-Za-z])",  # after a sentence: title case will do
    r"(?<=[a-z]" + _B + r"{1,3})(?P<tok>(?i:article)" + _B + r"{1,3}(?:\d{1,2}(?!\d)"
    r"|[IVXLC]{1,6}(?![IVXLC]))\.?)(?=" + _B + r"{0,3}[A-Z]{2})",  # the whole number: "Article III (other" is none
    r"(?<=" + _P + _B + r"{0,3})(?P<tok>(?i:section)" + _B + r"{1,3}\d{1,3}(?!\d)(?:\.\d{1,3}(?!\d)){0,2}\.?)"
    r"(?=" + _B + r"{0,3}[A-Z][A-Za-z])",
)]
WRITTEN_PATTERNS = [(__import__("regex").compile(p), strong) for p, strong in WRITTEN_SCANS]
SCAN_PIECES = st.sampled_from(
    ["1.", "2.1", "10.2.3.", "12345.", "(a)", "a)", "IV.", "A.", "ARTICLE 1", "Section", "SECTION 2.1", ".", ";",
     ")", "\u201d", " ", "   ", "\t", "\u00a0", "\n", "-3-", "Foo", "ABC", "Bar", "the", "Z"]
)  # fmt: skip


def _hits(text: str) -> list[tuple[int, bool]]:
    # (position, at a line start) of every place the stage's scans find, in text order
    return [(code >> 1, bool(code & 1)) for code in sections._hit_codes(TextIndex(text))]


def _written_hits(text: str) -> list[tuple[int, bool]]:
    return sorted((m.start("tok"), strong) for pat, strong in WRITTEN_PATTERNS for m in pat.finditer(text))


@settings(max_examples=800, deadline=None)
@given(st.lists(SCAN_PIECES, max_size=40).map("".join))
def test_candidate_scans_find_what_they_were_written_to(text: str) -> None:
    assert _hits(text) == _written_hits(text)


def test_candidate_scans_on_the_samples() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _hits(text) == _written_hits(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(SCAN_PIECES, max_size=40).map("".join))
@example("1.   2. Foo.    (a) Bar")
@example("as follows:\u00a0 (a) The; (b)) (c) A")
def test_line_start_matches_are_the_finditer_matches(text: str) -> None:
    # the wide-gap scan tried only at marks before three spaces gives every match finditer gives
    want = [m.span() for p in g.line_start_scans(text) for m in p.finditer(text)]
    assert [m.span() for m in g.line_start_matches(text)] == want
    # and the glued "(a)" scan tried only at marks before blanks and "("
    assert [m.span() for m in g.glued_matches(TextIndex(text))] == [m.span() for p in g.GLUED for m in p.finditer(text)]
