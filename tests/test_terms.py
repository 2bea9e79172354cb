"""Defined terms: the quoted-term grammar on real snippets, definitions on a real document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import pytest
import regex
from conftest import corpus_path
from extractor.grammars import terms as g
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor.stages.terms import _refers_to, _refers_to_scan


class TermCase(NamedTuple):
    snippet: str  # a parenthesis from the corpus
    terms: list[str]


CASES = [
    TermCase('("QWEST")', ["QWEST"]),
    TermCase('( the "MGS\nAGREEMENT")', ["MGS\nAGREEMENT"]),
    TermCase('("Licensee" and together with Licensor, the "Parties")', ["Licensee", "Parties"]),
    TermCase(
        "(the \u201cCompany\u201d and together with Buyer the \u201cBuyer Entities\u201d)",
        ["Company", "Buyer Entities"],
    ),
    TermCase('(hereinafter referred to as "CRO")', ["CRO"]),
    TermCase('(the "Product," as further defined in the Agreement)', ["Product"]),
    TermCase('(each a "Party" and collectively the "Parties")', ["Party", "Parties"]),
    TermCase('(the "eGain System")', ["eGain System"]),
    TermCase('(the "term")', []),  # not capitalised: not a defined term
]


@pytest.mark.parametrize("case", CASES, ids=[c.snippet[:30] for c in CASES])
def test_quoted_terms(case: TermCase) -> None:
    got = g.quoted_terms(case.snippet, 0, len(case.snippet))
    assert [t for t, _, _ in got] == case.terms
    assert all(case.snippet[s:e] == t for t, s, e in got)


def test_qwest_defined_terms() -> None:
    ex = extractor.parse(corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt"))
    t = ex.defined_terms
    by_term = {r.term: r for r in t.itertuples()}
    assert {
        "AMENDMENT",
        "QWEST",
        "QCI",
        "KMC",
        "MGS AGREEMENT",
        "QWEST COMMUNICATIONS INTERNATIONAL INC.",
        "Qwest",
    } <= set(by_term)
    assert by_term["QWEST"].refers_to == "Qwest Communications Corporation, a Delaware corporation"
    assert by_term["MGS AGREEMENT"].refers_to.endswith(
        "Amended and Restated Media Gateway Services Agreement II, dated as of March 31, 2000"
    )
    means = by_term["QWEST COMMUNICATIONS INTERNATIONAL INC."]
    assert " ".join(means.text.split()).startswith(
        '"QWEST COMMUNICATIONS INTERNATIONAL INC." shall mean a Delaware'
    )
    assert str(means.refers_to) == "<NA>"
    for r in t.itertuples():
        assert ex.original[r.start : r.end] == r.text
        assert " ".join(ex.original[r.term_start : r.term_end].split()) == r.term


# the pattern as first written: the oracle for the scan that tries it only where a match can start
TERM_MEANS_ORACLE = regex.compile(
    r"[\"\u201c](?P<term>[^\"\u201c\u201d()\n]{1,80}?)[,.]?[\"\u201d]\s{0,3}(?i:(?:shall\s{1,3}mean|means|"
    r"shall\s{1,3}have\s{1,3}the\s{1,3}meaning|has\s{1,3}the\s{1,3}meaning|shall\s{1,3}refer\s{1,3}to|"
    r"refers\s{1,3}to|(?:is|shall\s{1,3}be)\s{1,3}defined\s{1,3}as|shall\s{1,3}include|includes)(?![a-z]))"
)


def _means_spans(matches: Iterator[regex.Match[str]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(m.span(), m.span("term")) for m in matches]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='"\u201c\u201dAb ,.\nmeans hall', max_size=80))
def test_term_means_from_its_quotes_is_its_scan(text: str) -> None:
    """TERM_MEANS tried only before the close quotes of a verb finds what its own scan finds."""
    assert _means_spans(g.means_matches(text)) == _means_spans(TERM_MEANS_ORACLE.finditer(text))


_MEANS_PIECES = ['"', "\u201c", "\u201d", ",", ".", "(", ")", " ", "  ", "\t", "\n", "\xa0", "Term", "A", "b",
                 "x" * 39, "X" * 40, " means", "MEANS", " shall  have the\tmeaning", "has the meaning", " includes",
                 " is defined as", "shall be  defined   as", "shall refer to", "refers to", "meansx", "shall mean",
                 "\u017fhall mean", '" means', '", means']


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_MEANS_PIECES), max_size=14))
def test_means_matches_are_the_pattern_scan(pieces: list[str]) -> None:
    # terms of 79 to 82 characters, verbs glued or spaced, quotes inside terms: what TERM_MEANS finds
    text = "".join(pieces)
    assert _means_spans(g.means_matches(text)) == _means_spans(TERM_MEANS_ORACLE.finditer(text))
    assert g.TERM_MEANS.pattern == TERM_MEANS_ORACLE.pattern


_PHRASE_PIECES = ["Qwest Corp", "QWEST", ", ", "a Delaware corporation", "dated", " as amended", "2000",
                  ".", "a.", "). ", "!", "?", ";", ":", "[", "]", "\n", "\n\n", "\n \n\n", "\r\n", " ",
                  "\t", "by and between ", "that certain ", "x" * 40, "(", ")"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PHRASE_PIECES), max_size=30))
def test_refers_to_is_the_forward_scan(pieces: list[str]) -> None:
    # the right-to-left shortcut must give what every boundary of the 300 characters gives
    text = "".join(pieces) + '("Term")'
    pos = len(text) - 8
    assert _refers_to(text, pos) == _refers_to_scan(text, pos)



@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(['"', "\u201c", "\u201d", ""]), st.integers(0, 84), st.sampled_from(["", ",", ".", ";"]),
       st.sampled_from(['"', "\u201d", "\u201c"]), st.sampled_from(["", " ", "   ", "    ", "\n"]),
       st.sampled_from(["means", "Shall Mean", "shall have  the meaning", "is\tdefined as", "includes", "meant"]),
       st.sampled_from(["", "x", " ", '"A" means']))
def test_means_matches_at_the_term_length_limit(opening: str, n: int, mark: str, closing: str, gap: str,
                                                verb: str, tail: str) -> None:
    text = 'ab "' + opening + "T" * n + mark + closing + gap + verb + tail
    assert _means_spans(g.means_matches(text)) == _means_spans(TERM_MEANS_ORACLE.finditer(text))
