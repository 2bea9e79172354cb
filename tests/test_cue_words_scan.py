"""The cue scans' keyword places found together (``cue_scan.WordScan``: words sharing a head found by one
pattern, in the ``ascii_folded`` copy, block by block) are those of one ``find_all`` per word in the
``caseless`` copy, and ``keyword_starts`` with them gives what it gives without them."""

from __future__ import annotations

from extractor.grammars import contract_terms as ct
from extractor.grammars import cue_scan, find_all
from extractor.grammars import word_positions as wp
from extractor.grammars.text_index import TextIndex
from hypothesis import example, given, settings
from hypothesis import strategies as st

KEYWORD_SETS = (ct.GOVERNING_KEYWORDS, ct.TERM_KEYWORDS, ct.RENEWAL_KEYWORDS)
# the keywords themselves, pieces of them (a head without its rest, a word cut at a block's end) and
# characters whose folded or lower-cased forms differ (long s, dotted I, Kelvin sign, a non-Latin-1 quote)
PIECES = st.sampled_from(
    ["co", "con", "constru", "CONTROLLED", "continu", "Continue", "commenc", "conclu", "int", "interpret",
     "into force", "INTO  FORCE", "ex", "expir", "exten", "Extension", "re", "remain", "renew", "govern",
     "validity", "applicable", "term", "Term", "begin", "effect", " end", "End", "period", "Period\"",
     "period\u201d", "period:", "\u017f", "\u0130", "\u212a", "\u201c", "é", "?", " ", "\n", "x", "t", "e"]
)  # fmt: skip


def plain_places(low: str, words: tuple[str, ...]) -> dict[str, list[int]]:
    return {w: list(find_all(low, w)) for w in words}


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join), st.integers(1, 12))
@example("constructioncontinuedcommencement", 3)
@example("recommence; into force; reinto forcex", 5)
def test_word_scan_places_are_find_all_per_word(text: str, block: int) -> None:
    doc = TextIndex(text)
    low = doc.caseless
    if low is None:
        return
    saved = wp.BLOCK
    wp.BLOCK = block  # tiny blocks: most words straddle a block's end
    try:
        got = ct.CUE_WORDS.places(doc.ascii_folded)
    finally:
        wp.BLOCK = saved
    assert got == plain_places(low, ct.CUE_WORDS.words)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
@example("continue; continued; Continuing; discontinue; period\u201d, Period: \u017fhall")
def test_keyword_starts_with_the_word_scan_are_those_without(text: str) -> None:
    doc = TextIndex(text)
    low = doc.caseless
    if low is None:
        return
    shared: dict[str, list[int]] = {}
    for keywords in KEYWORD_SETS:
        with_scan = cue_scan.keyword_starts(low, keywords, shared, scan=ct.CUE_WORDS, folded=doc.ascii_folded)
        assert with_scan == cue_scan.keyword_starts(low, keywords)
    for word, places in shared.items():  # what the pivots of the term cue read
        assert places == list(find_all(low, word)), word


def test_the_scan_groups_only_words_that_no_other_word_of_their_group_opens() -> None:
    scan = cue_scan.WordScan(("continu", "continue", "constru", "conclu", "term"))
    grouped = {w for _, group, _ in scan.groups for w in group}
    assert "continu" not in grouped and "continue" not in grouped  # one opens the other: found alone
    assert set(scan.words) == {"continu", "continue", "constru", "conclu", "term"}
    text = "continue constru conclusion continuing term"
    assert scan.places(text.encode()) == plain_places(text, scan.words)


CUES = ((ct.TERM_CUE, ct.TERM_KEYWORDS), (ct.GOVERNING_CUE, ct.GOVERNING_KEYWORDS),
        (ct.RENEWAL_CUE, ct.RENEWAL_KEYWORDS))
ODD = st.sampled_from(["\u017f", "\u0130", "\u0130NITIAL", "\u017fhall", "exten\u017fion", "effect\u0130ve",
                       "Term\u0130"])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES | ODD, max_size=60).map("".join), ODD)
@example("The \u0130nitial Term of this Agreement \u017fhall commence; it is governed by", "\u017f")
@example("period\u201d x effect\u0130ve; \u0130nto force; this Agreement shall continue in full force", "\u0130")
def test_a_long_s_or_dotted_i_keeps_the_lowered_program_and_the_pivots(text: str, odd: str) -> None:
    """A text whose ``lowered`` is None (it holds a long s or a dotted I): the cue programs run on its
    ``caseless`` copy, with pivots, and find what the caseless patterns find in the text itself."""
    text = text + odd
    for pattern, keywords in CUES:
        fast = list(ct.cue_matches(pattern, TextIndex(text), keywords))
        plain = list(cue_scan.cue_matches(pattern, TextIndex(text), keywords))  # the pattern on the text
        assert fast == plain, pattern.pattern[:40]
