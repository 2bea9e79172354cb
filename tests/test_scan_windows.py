"""Candidate scans that run a pattern only in windows (near an anchor found by a literal scan) give
exactly the whole-text ``finditer`` matches: hypothesis over text built from the patterns' own pieces."""

from __future__ import annotations

import regex
from extractor.grammars import contract_terms as ct
from extractor.grammars import dates as gd
from extractor.grammars import loose_dates as gl
from extractor.grammars.text_index import TextIndex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import agreement_date as ad
from extractor.stages import title_words as tr

# pieces of filled-in and glued dates, and what stands around them
LOOSE_PIECES = ["_", "___", "-", " ", "\n", "\xa0", ",", "3", "12", "31st", "3rd", "day", "DAY", " of ", "of",
                "June", "JUNE", "Sept.", "May", "x", "A", "AGREEMENT", "1997", "2020", "20201", "19", "9"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LOOSE_PIECES), max_size=60).map("".join))
def test_loose_dates_near_years_equal_whole_text_scan(text: str) -> None:
    ends = gl._year_ends(text)
    for pattern, reach, underscores in ((gl.FILLED_CANDIDATE, gl.FILLED_REACH, True),
                                        (gl.GLUED_CANDIDATE, gl.GLUED_REACH, False)):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in gl.near_years(pattern, text, ends, reach, underscores)] == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*LOOSE_PIECES, "/", "1/2/03", "12/31/", "2019-", "188", "\u0663", "0"]),
                max_size=60).map("".join))
def test_year_spans_shared_by_both_date_scans_give_what_each_scan_finds(text: str) -> None:
    """``dates.year_spans`` made once gives the loose scan's year ends and the calendar candidates that
    each module's own year scan gives."""
    years = gd.year_spans(text)
    assert gl._year_ends(text, years) == gl._year_ends(text)
    assert gl.find_loose(text, years) == gl.find_loose(text)
    assert gd.find_candidates(text, years) == gd.find_candidates(text) == [
        m.span() for m in gd.DATE_CANDIDATE.finditer(text)]


WITNESS_PIECES = ["in", "IN", "In", " ", "  ", "\n", "\t", "witness", "WITNESS", "Witne\u017fs", "whereof", "WHEREFORE",
                  "where", "of", "x", ".", "\u0130n", "wit", "ness"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WITNESS_PIECES), max_size=20).map("".join))
def test_last_testimonium_from_the_folded_copy_is_the_last_match_of_a_whole_text_scan(text: str) -> None:
    got = ad._last_witness(TextIndex(text))
    want = ad._last(ad.WITNESS, text, 0, len(text))
    assert (got and got.span()) == (want and want.span())


def test_filled_date_after_a_long_blank_starts_where_the_blank_starts() -> None:
    text = "made this " + "_" * 500 + "3rd___ day of __June_____, 1997, by"
    found = gl.find_loose(text)
    assert [(d.start, d.value) for d in found] == [(10, "1997-06-03")]


LAW_PIECES = ["Delaware", "New York", "NEW  YORK", "English", "PRC", "the State of", "state", "federal", " ", "\n",
              ",", "law", "laws", "Laws", "lawsuit", "legislation", "x", "of", "China", "People's Republic of China"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LAW_PIECES), max_size=20).map("".join), st.integers(0, 80))
def test_place_law_backward_match_says_whether_a_forward_match_ends_at_the_law_word(text: str, back: int) -> None:
    for law in ct.LAW_WORD.finditer(text):
        lo = max(0, law.start() - back)
        forward = any(m.end() == law.end() for m in ct.PLACE_LAW.finditer(text, lo, law.end()))
        assert (ct.PLACE_LAW_BACK.match(text, lo, law.end()) is not None) == forward


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", " ", "\n", ".", ";", "!", "?", ". ", "x.y", "\xa0"]), max_size=40).map("".join),
       st.data())
def test_sentence_start_is_the_last_break_of_a_forward_scan(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    reach = data.draw(st.integers(1, 50))
    lo = max(0, pos - reach)
    breaks = list(ct.SENTENCE_BREAK.finditer(text, lo, pos))
    assert ct.sentence_bounds(text, pos, reach)[0] == (breaks[-1].end() if breaks else lo)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZbQ \n.-'\u00e9\u00c9\u017f\u0130\u212a1_"), max_size=60), st.integers(0, 70))
def test_title_vocabulary_words_are_the_regex_modules(text: str, limit: int) -> None:
    """title_words reads its vocabulary with the standard library's engine: the words regex finds."""
    assert tr.LOWER_WORD.findall(text, 0, limit) == regex.compile(r"[A-Za-z][a-z]++").findall(text, 0, limit)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZbQ \n.-\u00e9"), max_size=80), st.integers(0, 40), st.integers(0, 40))
def test_title_vocabularies_read_on_from_the_shorter_one(text: str, short: int, more: int) -> None:
    words = tr.Vocabularies(text, short, short + more)
    assert words.long() == tr.vocabulary_of(text, short + more)
    assert words.short() == tr.vocabulary_of(text, short)
    again = tr.Vocabularies(text, short, short + more)
    assert again.short() == tr.vocabulary_of(text, short)
    assert again.long() == tr.vocabulary_of(text, short + more)


OWN_PIECES = ["agreement", "Agreement", "AGREEMENT", "This", "this", "McDonald", "ab", "a", "B", "Bc", "c", " ", "\n",
              ".", "-", "\u00e9", "\u00c9", "\u017f", "\u0130", "\u212a", "1", "_", "agreementThis", "xAgreement"]
OWN_QUERIES = ["agreement", "this", "mc", "donald", "ab", "bc", "a", "c", "xagreement", "agreementthis",
               "greement", "agree", "Agreement", "\u00e9", "is", "ment", "th"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(OWN_PIECES), max_size=40).map("".join), st.data())
def test_own_words_searched_are_the_words_listed(text: str, data: st.DataObject) -> None:
    """``OwnWords`` answers by searching the text (a few places, else as bytes) what the listed words say."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    listed = tr._own_words(text, lo, hi)
    tries = data.draw(st.integers(0, 4))  # 0: every question goes to the byte search
    own = tr.OwnWords(text, lo, hi, tries)
    for word in [*OWN_QUERIES, *sorted(listed)]:
        assert (word in own) == (word in listed), (word, tries)
    assert own.glued() <= listed
