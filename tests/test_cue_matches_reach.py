"""What ``cue_scan.cue_matches`` finds: the matches of ``pattern.finditer(text)`` that lie in a keyword's
window (``before`` characters before a keyword's place to ``after`` past it, at a word's end) up to the
first that ends past the keyword, and no other. A match in no window (no keyword in reach: "choice of
law", "shall\\nend", "be in force") is not found, by design: on the corpus finding those too changes no output table."""

from __future__ import annotations

from typing import NamedTuple

import pytest
import regex
from conftest import CORPUS, requires_corpus
from extractor.grammars import contract_terms as ct
from extractor.grammars import cue_scan
from extractor.grammars.text_index import TextIndex
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_cue_matches import CUES, PIECES

from extractor.io.reader import read

BEFORE, AFTER = 80, 60  # ``ct.cue_matches``' defaults


def in_reach(pattern: regex.Pattern[str], text: str, keywords: tuple[str, ...]) -> list[tuple[int, int]]:
    """The plain scan's matches that the windows reach, the plain way: the keywords' places by a
    ``startswith`` at each place of the text's ``caseless`` copy (without one: every match), and in each
    keyword's window (``before`` characters before it to ``after`` past it) the plain scan's matches in
    order, from the end of the last one taken, until one ends past the keyword."""
    low = TextIndex(text).caseless
    plain = [m.span() for m in pattern.finditer(text)]
    if low is None:
        return plain
    starts = sorted({i for k in keywords for i in range(len(low)) if low.startswith(k, i)})
    out: list[tuple[int, int]] = []
    last = 0
    for i, end in zip(starts, cue_scan._window_ends(text, starts, AFTER)):
        for s, e in plain:
            if i < last:
                break
            if s >= max(last, i - BEFORE) and e <= end:
                out.append((s, e))
                last = e
    return out


@pytest.mark.parametrize("cue", sorted(CUES))
@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
@example("The \u0130nitial Term of this Agreement shall commence")
@example("This Agreement is effect\u0130ve")  # its only keyword holds the dotted I
@example("an exten\u017fion of it")  # and here the long s
@example("\u017fhall automatically continue; this Agreement is governed by")
@example("choice of law" + " " * 69 + "governed by")  # 82 characters before its keyword: out of reach
@example("choice of law" + " " * 66 + "governed by")  # 79: in reach
@example("This Agreement shall\nend on the date; it shall be in force; choice of law")
@example("The term of this Agreement" + " x" * 60 + " shall\nend, " + "y " * 50 + "Initial Term")
def test_cue_matches_are_the_matches_in_reach(cue: str, text: str) -> None:
    pattern, keywords = CUES[cue]
    assert list(ct.cue_matches(pattern, TextIndex(text), keywords)) == in_reach(pattern, text, keywords)


class Unreached(NamedTuple):
    cue: str
    snippet: str  # real corpus text: its cue match holds no keyword, and none stands in reach


UNREACHED = [
    # cuad KNOWLABS intellectual property agreement
    Unreached("governing", "conflict of laws provisions)  which shall be deemed to be the      proper law thereof."),
    # contracts-ex10 target-price EPC agreement (its sentence's "governed" stands further back)
    Unreached("governing", "to any choice\nof law rules thereof, which may direct the application"),
    # edgar-amendments construction credit amendment (an interest period's end, the line broken before "end")
    Unreached("term", "such Semi-annual Payment Date shall\nend on such Semi-annual Payment Date with respect to"),
    # contracts-ex10 credit agreement
    Unreached("term", "such other law or regulation as may be in force from time to time in respect of the pay"),
]


@pytest.mark.parametrize("row", UNREACHED, ids=lambda r: r.snippet[:30])
def test_a_match_with_no_keyword_in_reach_is_not_found(row: Unreached) -> None:
    pattern, keywords = CUES[row.cue]
    assert [m.span() for m in pattern.finditer(row.snippet)], "the plain scan finds a match"
    assert list(ct.cue_matches(pattern, TextIndex(row.snippet), keywords)) == []


@requires_corpus
def test_cue_matches_are_the_matches_in_reach_on_the_corpus() -> None:
    """Every 7th corpus document: each cue finds every match in a keyword's window (a match the windows
    lose though a keyword stands in reach, or one found that the plain scan does not find, fails it)."""
    paths = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix == ".txt")[::7]
    for path in paths:
        text = read(path).text
        for cue, (pattern, keywords) in CUES.items():
            got = list(ct.cue_matches(pattern, TextIndex(text), keywords))
            assert got == in_reach(pattern, text, keywords), (path.name, cue)
