"""Compiled grammars read as pyparsing reads: every grammar module's ``MATCH`` against its root's own
``parse_string`` (or ``scan_string``) on generated near-misses and on real corpus snippets, and the
compiler itself, element by element, with the elements it refuses."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cache
from typing import NamedTuple

import pyparsing as pp
import pytest
from conftest import CORPUS, requires_corpus
from extractor.grammars import dates as gd
from extractor.grammars import durations as gu
from extractor.grammars import parties as gp
from extractor.grammars import signature as gs
from extractor.grammars import terms as gt
from extractor.grammars.compile import CompiledGrammar, GrammarCompileError, _upper_tables, compile_grammar
from extractor.grammars.text_index import TextIndex
from hypothesis import given, settings
from hypothesis import strategies as st

Reading = tuple[int, dict[str, object]] | None


@cache
def _located(root: pp.ParserElement) -> pp.ParserElement:
    return pp.Located(root).parse_with_tabs()  # parses as root does, and gives the end


def pyparsing_reads(c: CompiledGrammar, text: str) -> Reading:
    """(end, every results name's value) as pyparsing parses ``text`` (its first scan match for a
    scanning grammar), or None where it fails."""
    if c.scan:
        found = next(iter(c.element.scan_string(text, max_matches=1)), None)
        if found is None:
            return None
        tokens, _start, end = found
    else:
        try:
            r = _located(c.element).parse_string(text)
        except pp.ParseException:
            return None
        tokens, end = r[1], r[2]
    return min(end, len(text)), {n: tokens.get(n) for n in c.names}  # StringEnd reports len + 1


def compiled_reads(c: CompiledGrammar, text: str) -> Reading:
    m = c.search(text) if c.scan else c.match(text)
    return None if m is None else (m.end(), dict(c.values(m)))


# -- every compiled grammar ----------------------------------------------------------------------

_WS = ["", " ", "  ", "\t", "\n", "\x0c", "\xa0", "\r\n", "\x1c", "\u2028"]


def _slots(*slots: list[str]) -> st.SearchStrategy[str]:
    """A text of one piece per slot (each sometimes empty or wrong) with whitespace between: most
    texts come close to a match."""
    pieces = st.tuples(*(st.sampled_from(s) for s in slots))
    seps = st.lists(st.sampled_from(_WS), min_size=len(slots) + 1, max_size=len(slots) + 1)
    return st.builds(lambda p, s: s[0] + "".join(a + b for a, b in zip(p, s[1:])), pieces, seps)


def _pieces(pieces: list[str], size: int = 10) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces + _WS), max_size=size).map("".join)


_DATES = _slots(
    ["", "the", "This", "th\u0131s", "thi\u017f", "thee", "THE_", "x", "the$"],
    ["", "14th", "1s t", "31", "1", "02", "___", "[ ]", "44", "March", "Sept.", "2001-02-03", "12/31/2000", "6/21/99",
     "25/05/08", "\u0661"],
    ["", "day of", "Day  of", "dayof", "day", "DAY\tOF"],
    ["", "March", "MAY", "Sept.", "Jan", "Mayo", "1", "14th", "1 st", "ofMay"],
    ["", ",", ",,"],
    ["2000", "1999", "99", "20001", "2100", "", "2000x"],
    ["", "", ".", "x", "-"],
) | _pieces(["March", "MAY", "Sept.", "the", "This", "14th", "1", "31", "2000", "99", "-", "/", ",", "day", "of",
             "_____", "[ ]", "2001-02-03", "12/31/2000", "x", "thIs", "th\u0131s", "Jan", "20011", "0 8", "ofMay"])
_DURATIONS = _slots(
    ["", "fifty", "One", "twenty-TWO", "one hundred and twenty", "fiftyx", "51", "1,000", "12345", "3", "("],
    ["", "(51)", "( 3 )", "(1,000)", "(x)", "(", "51"],
    ["", "-", "--"],
    ["", "business", "Calendar", "fiscal", "businessy"],
    ["day", "days", "Months", "YEAR", "yearly", "hour", "weeks", "\u212a", "dAy\u017f", "s", ""],
    ["", "", ".", "x", "-"],
)
_TERMS = st.builds(
    lambda a, b: a + b,
    st.sampled_from(['"', "\u201c", ' \n"', "", "\t\u201c"]),
    _pieces(['"', "\u201c", "\u201d", ",", ".", "(", ")", "A", "Qwest", "b", "x" * 40, "X" * 79, " " * 30, ',"', '."',
             "\r"], 12),
)
_FIELDS = _pieces(["By", "by", "BY", "Name", "Printed Name", "Print  name", "Its", "(Signature)", "Title", "Date",
                   "Witness", "Per", "Byron", ":", "\r", "\x0b", "___", "_", "--", "-", "...", ".", "/s/", "/S/",
                   "s/", "/", "John", "Doe,", "x", "\u00e9", "K", "x" * 150]) | st.text(max_size=40)
_DESCRIPTORS = _slots(
    ["", "x", "(", "an", "A"],
    ["", "a", "an", "A ", "An", "aPennsylvania"],
    ["", "Delaware", "DELAWARE", "New  York", "Texas", "Ohio", "x"],
    ["", "corporation", "limited liability company", "company", "corp", "corporationx"],
    ["", "duly", "and", ";", "(", '"', "x y"],
    ["", "organized under the laws of", "incorporated in the state of", "formed under the law of the",
     "organised under the laws of the State of", "existing"],
    ["", "Delaware", "New York", "the Commonwealth of", "Nevada", "x"],
) | _pieces(["a", "an", "A", "Delaware", "DELAWARE", "New  York", "corporation", "limited liability company",
             "organized", "duly incorporated", "under the laws of", "the State of", "and", "(", '"', ";", "x", "e",
             "formed", "Texas"], 14)


def _sample(text: str, limit: int = 6000) -> str:
    return text[:limit]


def _date_snippets(text: str) -> Iterator[str]:
    for s, e in gd.find_candidates(text):
        yield text[s:e]
        yield text[s : e + 1]  # and a near miss
        yield text[max(0, s - 4) : e]


def _duration_snippets(text: str) -> Iterator[str]:
    for s, e in gu.find_candidates(TextIndex(text)):
        yield text[s:e]
        yield text[max(0, s - 3) : e + 2]


def _term_snippets(text: str) -> Iterator[str]:
    for p in gt.TERM_PAREN.finditer(text):
        for q in gt.OPEN_QUOTE.finditer(text, p.start(), p.end()):
            yield text[q.start() : p.end()]


def _field_snippets(text: str) -> Iterator[str]:
    labels = gs.find_labels(text)
    for m, nxt in zip(labels, labels[1:] + [None]):
        end = min(nxt.start() if nxt is not None else len(text), m.start() + 200)
        line_end = gs.LINE_END.search(text, m.start(), end)
        piece = text[m.start() : line_end.start() if line_end else end]
        yield piece
        yield piece.replace("\xa0", " ").strip(gs.WS + "\r\n")


_DESCRIPTOR_START = re.compile(r"(?i)\b(?:an?\s|organi[sz]ed|incorporated)")


def _descriptor_snippets(text: str) -> Iterator[str]:
    for m in _DESCRIPTOR_START.finditer(_sample(text, 4000)):
        yield text[max(0, m.start() - 60) : m.start() + 160]


class Grammar(NamedTuple):
    name: str
    compiled: CompiledGrammar
    texts: st.SearchStrategy[str]  # generated texts, mostly near misses
    snippets: Callable[[str], Iterator[str]]  # real texts from one corpus document


GRAMMARS = [
    Grammar("dates", gd.MATCH, _DATES, _date_snippets),
    Grammar("durations", gu.MATCH, _DURATIONS, _duration_snippets),
    Grammar("terms", gt.MATCH, _TERMS, _term_snippets),
    Grammar("signature_fields", gs.MATCH, _FIELDS, _field_snippets),
    Grammar("party_descriptors", gp.MATCH, _DESCRIPTORS, _descriptor_snippets),
]


@pytest.mark.parametrize("grammar", GRAMMARS, ids=[g.name for g in GRAMMARS])
@settings(max_examples=600, deadline=None)
@given(data=st.data())
def test_compiled_grammar_reads_as_pyparsing(grammar: Grammar, data: st.DataObject) -> None:
    text = data.draw(grammar.texts)
    assert compiled_reads(grammar.compiled, text) == pyparsing_reads(grammar.compiled, text)


def _corpus_documents(step: int = 25) -> list[str]:
    files = sorted(p for p in CORPUS.rglob("*.txt") if p.name != "README.md")
    return [p.read_text(encoding="utf-8", errors="replace") for p in files[::step]]


@requires_corpus
@pytest.mark.parametrize("grammar", GRAMMARS, ids=[g.name for g in GRAMMARS])
def test_compiled_grammar_reads_corpus_snippets_as_pyparsing(grammar: Grammar) -> None:
    seen: set[str] = set()
    parsed = 0
    for doc in _corpus_documents():
        for text in grammar.snippets(doc):
            if text in seen or len(seen) >= 1500:
                continue
            seen.add(text)
            got = compiled_reads(grammar.compiled, text)
            assert got == pyparsing_reads(grammar.compiled, text), text
            parsed += got is not None
    assert parsed >= 20  # the snippets are real candidates: many of them parse


# -- the compiler, element by element ------------------------------------------------------------


class Element(NamedTuple):
    name: str
    build: Callable[[], pp.ParserElement]
    texts: list[str]


def _words() -> pp.ParserElement:
    w = pp.Word(pp.alphas)("w")
    return w + pp.Word(pp.nums, max=2)("n")


ELEMENTS = [
    Element("literal", lambda: pp.Literal("ab")("x") + pp.Literal("c"), ["ab c", "abc", " ab", "a", "abd"]),
    Element("keyword", lambda: pp.Keyword("if")("k") + pp.Word(pp.alphas), ["if x", "ifx", "if$ x", "if(", " if y"]),
    Element("keyword_ident_chars", lambda: pp.Keyword("if", ident_chars="x") + pp.Literal("y"),
            ["ify", "if y", "ifxy", "if_y"]),
    Element("caseless_keyword", lambda: pp.CaselessKeyword("this") + pp.Regex("[a-z]+")("w"),
            ["THIS x", "th\u0131s x", "thi\u017f x", "this1 x", "thisx", "TH\u0130S x", "This\u0131 x",
             "\u0131this x"]),
    Element("caseless_literal", lambda: pp.CaselessLiteral("kit") + pp.Literal("!"),
            ["KIT!", "\u212ait!", "ki\u0165!", "kI T!", "k\u0131t!"]),
    Element("regex_flags_groups", lambda: pp.Regex(r"(?i)(?P<a>x+)-(?P<b>y)?")("whole") + pp.Regex("z", re.I),
            ["xX-y Z", "x- z", "x-yz", "-y z"]),
    Element("word_regex", _words, ["abc 12", "abc 123", "abc", "ab1", " a  9"]),
    Element("word_with_space", lambda: pp.Word("a b", max=3)("w") + pp.Literal(";"), ["a b;", "a b a;", "b;", " ab;"]),
    Element("word_as_keyword", lambda: pp.Literal("(") + pp.Word(pp.alphas, as_keyword=True, exact=2) + ")",
            ["(ab)", "(abc)", "( ab )"]),
    Element("and_whitespace", lambda: pp.Literal("a") + pp.Literal("b").set_whitespace_chars("-"),
            ["ab", "a-b", "a b", "a--b", "a -b"]),
    Element("leave_whitespace", lambda: pp.Literal("a") + pp.Literal("b").leave_whitespace(), ["ab", "a b"]),
    Element("match_first_order", lambda: (pp.Literal("a") | pp.Literal("ab"))("m") + pp.Opt("b"), ["ab", "abb", "b"]),
    Element("opt_possessive", lambda: pp.Opt(pp.Regex("a+")) + pp.Literal("a"), ["aa", "a", "b", "a a"]),
    Element("repetitions", lambda: pp.Literal("<") + pp.ZeroOrMore("a") + pp.OneOrMore("b", max=2) + ">",
            ["<b>", "<a a bb>", "<bbb>", "<>", "< a b >"]),
    Element("group_suppress", lambda: pp.Group(pp.Literal("a") + pp.Suppress(pp.Regex("(?P<h>b)"))) + "c",
            ["abc", "a b c", "ac"]),
    Element("names_used_twice", lambda: (pp.Regex("a")("x") + pp.Opt(pp.Regex("b")("x"))) | pp.Regex("(?P<x>c)d"),
            ["ab", "a", "cd", "c"]),
    Element("string_end", lambda: pp.Word(pp.nums) + pp.StringEnd(), ["12", "12 ", "12\n", "12 x", "1\xa0"]),
]


@pytest.mark.parametrize("case", ELEMENTS, ids=[e.name for e in ELEMENTS])
def test_each_element_compiles_to_what_pyparsing_reads(case: Element) -> None:
    c = compile_grammar(case.build().parse_with_tabs())
    for text in case.texts:
        assert compiled_reads(c, text) == pyparsing_reads(c, text), text
    assert any(compiled_reads(c, t) is not None for t in case.texts)
    assert any(compiled_reads(c, t) is None for t in case.texts)


@pytest.mark.parametrize("case", ELEMENTS, ids=[e.name for e in ELEMENTS])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_each_element_on_generated_texts(case: Element, data: st.DataObject) -> None:
    c = compile_grammar(case.build().parse_with_tabs())
    alphabet = sorted(set("".join(case.texts)) | {" ", "\t", "\n"})
    text = data.draw(st.text(alphabet=alphabet, max_size=10))
    assert compiled_reads(c, text) == pyparsing_reads(c, text)


def test_scan_finds_the_first_match_of_scan_string() -> None:
    c = compile_grammar((pp.Literal("a") + pp.Opt(pp.Word(pp.nums))("n")).parse_with_tabs(), scan=True)
    for text in ["xx a1", "a", "b a 22 a3", "", "ba"]:
        assert compiled_reads(c, text) == pyparsing_reads(c, text)
    with pytest.raises(TypeError):
        compile_grammar(pp.Literal("a").parse_with_tabs()).search("a")


def _marked() -> pp.ParserElement:
    both = (pp.Regex("a")("x") + pp.Opt(pp.Literal("b")))("pair")
    empty = (pp.Literal("<") + pp.Suppress(pp.Regex("[.]*")))("suppressed")  # assigned with no tokens
    return (both | empty | pp.Regex("(?P<x>c)")("single")).parse_with_tabs()


@pytest.mark.parametrize("text", ["ab", "a", " a b", "<", "<..", "c", "b", "", "ca"])
def test_marks_say_whether_pyparsing_assigned_a_name(text: str) -> None:
    c = compile_grammar(_marked(), marks=("pair", "suppressed"))
    assert compiled_reads(c, text) == pyparsing_reads(c, text)
    m = c.match(text)
    try:
        tokens = _marked().parse_string(text)
    except pp.ParseException:
        assert m is None
        return
    assert m is not None
    for name in ("pair", "suppressed", "single", "x"):
        assert c.has(m, name) == (name in tokens), name


def test_a_mark_on_an_element_that_is_not_an_and_is_refused() -> None:
    with pytest.raises(GrammarCompileError, match="a mark, on an element that is not an And"):
        compile_grammar((pp.Regex("a")("m") + pp.Literal("b")).parse_with_tabs(), marks=("m",))


class Refusal(NamedTuple):
    name: str
    build: Callable[[], pp.ParserElement]
    message: str


REFUSALS = [
    Refusal("or", lambda: pp.Literal("a") ^ pp.Literal("ab"), "Or has no exact translation"),
    Refusal("located", lambda: pp.Located(pp.Literal("a")), "Located has no exact translation"),
    Refusal("combine", lambda: pp.Combine(pp.Literal("a") + "b"), "Combine has no exact translation"),
    Refusal("parse_action", lambda: pp.Literal("a").add_parse_action(lambda t: t), "parse actions"),
    Refusal("opt_default", lambda: pp.Opt(pp.Literal("a"), default="z"), "default value"),
    Refusal("string_end_inside", lambda: (pp.Literal("a") + pp.StringEnd()) | pp.Literal("b"), "StringEnd only"),
    Refusal("back_reference", lambda: pp.Regex(r"(a)\1"), "back references"),
    Refusal("named_and", lambda: (pp.Literal("a") + "b")("both"), "not its text"),
    Refusal("named_caseless", lambda: pp.CaselessKeyword("a")("k"), "not its text"),
    Refusal("name_inside_itself", lambda: pp.Regex("(?P<x>a)b")("x"), "also used inside it"),
    Refusal("names_in_repetition", lambda: pp.ZeroOrMore(pp.Literal("a")("x")), "inside a repetition"),
    Refusal("ignored", lambda: pp.Literal("a").ignore(pp.Literal("#")), "ignored expressions"),
    Refusal("upper_changes_length", lambda: pp.CaselessKeyword("stra\u00dfe"), "changes its length"),
    Refusal("upper_of_one_is_two", lambda: pp.CaselessLiteral("ss"), "upper-cases to several"),
    Refusal("verbose", lambda: pp.Regex("(?x) a"), "flags"),
]


@pytest.mark.parametrize("case", REFUSALS, ids=[r.name for r in REFUSALS])
def test_untranslatable_elements_are_refused(case: Refusal) -> None:
    with pytest.raises(GrammarCompileError, match=re.escape(case.message)):
        compile_grammar(case.build().parse_with_tabs())


def test_a_root_that_expands_tabs_is_refused() -> None:
    with pytest.raises(GrammarCompileError, match="parse_with_tabs"):
        compile_grammar(pp.Literal("a"))


def test_case_tables_hold_what_a_loop_over_every_code_point_finds() -> None:
    # the tables are read plane by plane, skipping spans that upper() leaves alone: they must hold
    # exactly what asking every code point finds (``inverse`` in code point order)
    inverse: dict[str, str] = {}
    long: set[str] = set()
    for i in range(sys.maxunicode + 1):
        c = chr(i)
        u = c.upper()
        if len(u) > 1:
            long.add(u)
        elif u != c:
            inverse[u] = inverse.get(u, "") + c
    assert _upper_tables() == (inverse, frozenset(long))
    assert "\u0131" in inverse["I"] and "\u017f" in inverse["S"]  # dotless i, long s
