"""The sections stage's speed rewrites give what the code they replaced gave (the old code is the oracle)."""

from __future__ import annotations

import regex
from conftest import CORPUS, requires_corpus
from extractor.grammars import finditer_at
from extractor.grammars import sections as g
from extractor.grammars.text_index import TextIndex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.stages import references, section_gaps, section_numbers, section_readings, sections
from extractor.stages import section_headings as h

NUMBER_PIECES = st.sampled_from(
    ["ARTICLE", "Article", "article", "SECTION", "Sec.", "sec.", "EXHIBIT", "Schedule", "ANNEX", "Appendix",
     "Attachment", "one", "IV", "XII", "CCCLXXXVIII", "ii", "(a)", "(iv)", "1", "1.1", "10.2.3", "12", "A", "b",
     "x", "Foo", ".", ":", "-", "\u2013", ")", "(", " ", "  ", "\t", "\u00a0", "5a", "\u0661", "\u017f",
     "\u212a"]
)  # fmt: skip


def _pyparsing_reads(text: str) -> tuple[str, str, str | None, str | None, int] | None:
    # the grammar as pyparsing parses it: which alternative, its value, keyword, suffix and raw end
    parsed = g.parse_heading_number_end(text)
    if parsed is None:
        return None
    res, end = parsed
    kind = next(k for k in ("paren", "close", "decimal", "article", "section", "attachment", "roman_dot",
                            "letter_dot") if k in res)
    assert sum(k in res for k in ("paren", "close", "decimal", "article", "section", "attachment", "roman_dot",
                                  "letter_dot")) == 1
    keyword, suffix = res.get("keyword"), res.get("suffix")
    return (kind, str(res["value"]), None if keyword is None else str(keyword),
            None if suffix is None else str(suffix), end)


def _compiled_reads(text: str) -> tuple[str, str, str | None, str | None, int] | None:
    got = g.match_heading_number(text)
    return None if got is None else tuple(got)  # type: ignore[return-value]


@settings(max_examples=3000, deadline=None)
@given(st.lists(NUMBER_PIECES, min_size=1, max_size=8).map("".join))
@example("ii) Foo")
@example("CCCLXXXVIII. Foo")
@example("1) x")
@example("Sec. 3 A.")
@example("\u017fection 1")
@example("\u00a01. Foo")
@example("\n1. Foo")
@example("ARTICLE one. Foo")
def test_compiled_heading_number_reads_as_pyparsing(text: str) -> None:
    assert _compiled_reads(text) == _pyparsing_reads(text)


@settings(max_examples=2000, deadline=None)
@given(st.lists(NUMBER_PIECES, min_size=1, max_size=8).map("".join), st.lists(NUMBER_PIECES, max_size=4).map("".join),
       st.lists(NUMBER_PIECES, max_size=4).map("".join))
@example("Sec. 3 A", "", "B")
@example("1.2", "", "345")
@example("ARTICLE one", "", "s")
def test_match_in_context_reads_as_the_slice(text: str, before: str, after: str) -> None:
    # as cand_at reads a candidate: at its position in the text, up to the end of its window
    m = g.heading_number_at(before + text + after, len(before), len(before) + len(text))
    want = g.match_heading_number(text)
    assert (None if m is None else g.heading_number_of(m)) == want
    if m is not None and want is not None:
        assert m.lastgroup == want.kind  # the alternative's group closes last
        # the cache key: the same alternative and text matched, followed by anything, reads the same
        again = g.heading_number_at(m.group() + after)
        if again is not None and again.group() == m.group() and again.lastgroup == m.lastgroup:
            assert g.heading_number_of(again) == want


def _number_as_pyparsing(head: str) -> tuple[tuple, str, str] | None:
    # what cand_at took before it read numbers through the compiled grammar: pyparsing on the head
    parsed = g.parse_heading_number(head.replace("\u00a0", " "))
    if parsed is None:
        return None
    res, length = parsed
    got = _pyparsing_reads(head.replace("\u00a0", " "))
    assert got is not None
    readings, core = section_readings._readings(g.HeadingNumber(*got))
    return (readings, core, head[:length]) if readings else None


@requires_corpus
def test_candidates_read_corpus_numbers_as_pyparsing() -> None:
    # every place the scans find in a sample of real documents, through cand_at and through pyparsing
    files = sorted(p for p in CORPUS.rglob("*.txt") if p.name != "README.md")
    seen: set[str] = set()
    parsed = 0
    for path in files[::20]:
        text = path.read_text(encoding="utf-8", errors="replace")
        for code in sections._hit_codes(TextIndex(text)):
            pos = code >> 1
            head = text[pos : min(h.line_end(text, pos), pos + sections.HEAD_CHARS)]
            if head in seen or (pos > 0 and text[pos - 1] in "\"\u201c'"):
                continue
            seen.add(head)
            found = sections.cand_at(text, pos, bool(code & 1))
            got = None if found is None else (found[0].readings, found[0].label_core, found[0].number)
            assert got == _number_as_pyparsing(head), head
            parsed += got is not None
    assert parsed >= 500  # real candidates: most of them parse


TOC_PIECES = st.sampled_from(
    ["Section", "SECTION", "Article", "ARTICLE", "Sect", "ion", "a", "Z", "1", "12", "123", "1234", " ", "\t",
     "\u00a0", ".", "\n"]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(TOC_PIECES, max_size=40).map("".join), st.integers(0, 290))
@example("Terms 3 Section 4", 0)
def test_toc_run_is_the_search(rest: str, pad: int) -> None:
    rest = "x" * pad + rest  # the window's edge falls anywhere
    assert g.toc_run(rest) == (g.TOC_RUN.search(rest, 0, g.TOC_RUN_WINDOW) is not None)


@settings(max_examples=2000, deadline=None)
@given(st.text(st.sampled_from("aZI1\u0661 \t\u00a0\u2003\x1c\n.-"), max_size=12))
def test_ends_with_item_is_the_search(s: str) -> None:
    assert h.ends_with_item(s) == (h.ENDS_WITH_ITEM.search(s) is not None)


def _is_heading_as_written(s: str, strict: bool) -> bool:
    words = h.WORD.findall(s)
    if not words:
        return False
    if h.all_caps(s):
        return True
    if strict and len(words) > 12:
        return False
    return all(w[0].isupper() or w.lower() in h.SMALL_WORDS for w in words) and words[0][0].isupper()


HEADING_PIECES = st.sampled_from(
    ["TERM", "Term", "term", "of", "and", "AND", "1", "2.", " ", "-", "\u00c9T\u00c9", "\u00e9t\u00e9", "\u2019s",
     "\u0391", "\u03b1", "'", "(a)", "A", "I"]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(HEADING_PIECES, max_size=16).map("".join), st.booleans())
def test_is_heading_is_the_test_as_written(s: str, strict: bool) -> None:
    assert h.is_heading(s, strict) == _is_heading_as_written(s, strict)


PAGE_PIECES = st.sampled_from(
    [".", ";", ")", "\u201d", " ", "  ", " " * 29, "\t", "\u00a0", "-", "- ", "3", "12", "1234", "-3-", "- 12 -",
     "1.", "(a)", "Foo", "A.", "\n", "x"]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(PAGE_PIECES, max_size=30).map("".join))
@example(".  -25-  1. Foo")
@example("." + " " * 60 + "-2-  A. Foo")
@example("." + " " * 61 + "-2-  A. Foo")
def test_page_number_scan_is_the_finditer_scan(text: str) -> None:
    want = [m.span() for m in g.PAGE_NUMBER_START.finditer(text)]
    assert [m.span() for m in finditer_at(g.PAGE_NUMBER_START, text, g._page_number_starts(text))] == want


@settings(max_examples=1500, deadline=None)
@given(st.lists(PAGE_PIECES, max_size=30).map("".join))
@example("  -2-  ")
@example("x   - 12 -   y")
def test_page_dashes_are_the_dash_scan(text: str) -> None:
    assert g._page_dashes(text) == [m.start() for m in g._PAGE_DASH.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.tuples(st.integers(), st.integers(), st.text(max_size=5), st.text(max_size=5), st.text(max_size=5),
                 st.none() | st.text(max_size=5), st.integers(1, 9), st.none() | st.text(max_size=5),
                 st.none() | st.integers(), st.none() | st.integers(), st.booleans(), st.text(max_size=5)))
def test_section_rows_are_the_dataclass_rows(values: tuple) -> None:
    fast, built = sections._section(*values), sections.Section(*values)
    assert fast == built and repr(fast) == repr(built) and vars(fast) == vars(built)
    assert list(vars(fast)) == list(vars(built)) and not hasattr(sections.Section, "__post_init__")


LINE_PIECES = st.sampled_from(
    ["\n", "\r\n", " ", "    ", " " * 59, "\t", "\u00a0", "1.", "2.1", "(a)", "a)", "IV.", "A.", "ARTICLE 1",
     "Section 2", "\u017fection 3", "the", "Foo", "\u0661.", ".", ")"]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(LINE_PIECES, max_size=30).map("".join))
def test_possessive_line_start_scan_is_the_written_scan(text: str) -> None:
    written = regex.compile(r"(?m)\n[ \t\u00a0]{0,60}(?P<tok>" + g._TOKEN + r")")
    assert [m.span() for m in g.LINE_STARTS[0].finditer(text)] == [m.span() for m in written.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.tuples(st.integers(), st.integers(), st.text(max_size=5), st.text(max_size=5), st.none() | st.booleans(),
                 st.none() | st.text(max_size=5)))  # fmt: skip
def test_reference_rows_are_the_dataclass_rows(values: tuple) -> None:
    fast, built = references._reference(*values), references.Reference(*values)
    assert fast == built and repr(fast) == repr(built) and list(vars(fast).items()) == list(vars(built).items())
    assert not hasattr(references.Reference, "__post_init__")


GLUED_ARTICLE_PIECES = st.sampled_from(
    ["ARTICLE", "Article", "article", "ArTiClE", "art", "icle", "\u0130", "\u0131", "\u017f", "\u212a", "1", "12",
     "IV", "X", ".", ":", ")", " ", "  ", "\t", "\u00a0", "a", "Foo", "THE", "\n", "SECTION", "Section", "\u017fection",
     "sec", "tion"]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(GLUED_ARTICLE_PIECES, max_size=24).map("".join))
@example(". Article 1 THE")
@example("x article IV. FOO Article 2 AB")
@example("\u017f. Section 2 Foo. article 1 THE")
def test_glued_scans_are_the_finditer_scans(text: str) -> None:
    want = [m.span("tok") for p in g.GLUED for m in p.finditer(text)]
    assert [m.span("tok") for m in g.glued_matches(TextIndex(text))] == want


ITEM_PIECES = st.sampled_from(
    ["1", "2.1", "(a)", "(to)", "A", "IV", " ", "  ", "\t", ",", "&", "and", "or", "to", "through", "tor", "band",
     "\u00a0", "\n"]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(ITEM_PIECES, max_size=12).map("".join))
@example("2(to)")
def test_items_are_the_split(items: str) -> None:
    assert references._items(items) == references.ITEM_SPLIT.split(items)


DOTTED_PIECES = st.sampled_from(
    ["1", "4", "14", "41", "4.", "14.", "4.0", ".", "  ", " ", "\t", "\u00a0", "x", "\u0664", "394."]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(DOTTED_PIECES, max_size=16).map("".join), st.sampled_from([1, 4, 14, 41, 394]),
       st.integers(0, 6), st.integers(0, 40), st.sampled_from(["3.", "12.", "1.1."]))
@example("  394. Division", 4, 0, 40, "3.")
def test_dotted_number_finds_what_its_pattern_finds(text: str, n: int, lo: int, hi: int, template: str) -> None:
    literal = section_numbers.dotted(template, "decimal", n)
    pat = section_numbers.number_pattern(template, "decimal", n, False)
    assert literal is not None and pat is not None
    got = [m.span() for m in section_numbers.dotted_matches(text, literal, lo, hi)]
    assert got == [m.span() for m in pat.finditer(text, lo, hi, overlapped=False)]


KEYWORD_PIECES = st.sampled_from(
    ["Section", "SECTION", "sub", "section", "\u017fection", "ARTICLE", "Article", " ", "  ", "   ", "    ", "\t",
     "\u00a0", "-", "\u2013", "4", "14", "41", "4.0", ".", "\u0664", "x", "I"]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(KEYWORD_PIECES, max_size=14).map("".join), st.sampled_from([1, 4, 14, 41]), st.integers(0, 4),
       st.integers(0, 40), st.sampled_from(["Section 3.", "SECTION 2", "ARTICLE 1", "Article 2.0", "Section 1.00"]))
@example("Section - 4. Foo", 4, 0, 40, "Section 3.")
@example("Section 41", 4, 0, 40, "Section 3.")
def test_keyword_number_finds_what_its_pattern_finds(text: str, n: int, lo: int, hi: int, template: str) -> None:
    numbered = section_numbers.keyword_number(template)
    style = "article" if template.lower().startswith("article") else "section"
    pat = section_numbers.number_pattern(template, style, n, False)
    assert numbered is not None and pat is not None
    got = [m.span() for m in numbered.finditer(text, lo, hi) if m.group("n") == str(n)]
    assert got == [m.span() for m in pat.finditer(text, lo, hi, overlapped=False)]


BARE_PIECES = st.sampled_from(
    ["1", "2", "12", "123", "1.", "\n", "\n  ", "  ", " ", "\t", "\u00a0", "Definitions", "Term", "x", "a.", "b;",
     ":", "\u0661", "Ab"]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(BARE_PIECES, max_size=30).map("".join), st.sampled_from([1, 2, 12]), st.integers(0, 30),
       st.integers(0, 200), st.sampled_from([0, 1, 4000]))
@example("\n1 Definitions\n2 Term", 2, 0, 19, 0)
def test_bare_numbers_are_the_window_scan(text: str, n: int, lo: int, hi: int, window: int) -> None:
    # the whole-text scan (window 0: every stretch is long) finds what a scan of the stretch finds
    finder = section_gaps.GapFinder(text, sections.cand_at, sections.made_cand, [])
    old = section_gaps.BARE_WINDOW
    section_gaps.BARE_WINDOW = window
    try:
        got = [m.span() for m in finder._bare_numbers(str(n), lo, hi)]
    finally:
        section_gaps.BARE_WINDOW = old
    assert got == [m.span() for m in section_gaps.BARE_NUMBER.finditer(text, lo, hi) if m.group() == str(n)]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["3.", "12.", "2.0", "4.00.", "IV.", "XII", "ARTICLE IV", "Article 2", "SECTION 4.",
                        "section 3.0", "Article XI."]),
       st.sampled_from(["decimal", "roman_dot", "article", "section"]), st.integers(1, 40), st.booleans(),
       st.booleans())
def test_pattern_is_the_template_s_own(template: str, style: str, n: int, known: bool, after_digit: bool) -> None:
    # the pattern compiled for the template's shape is the one built from the template itself
    m = section_numbers.TEMPLATE.match(template)
    assert m is not None
    kw, value, zeros, dot = m.groups()
    num = str(n) if value.isdigit() else section_numbers._roman(n)
    cont = "".join(ch for ch in "IVXLC" if not known and not value.isdigit()
                   and section_numbers._canonical_roman(num + ch))
    boundary = r"(?!\d)" if value.isdigit() else r"(?![a-z" + cont + r"])"
    blank = section_numbers.BLANK
    if kw:
        want: str | None = section_numbers._keyword_prefix(kw) + num + boundary + regex.escape(zeros or "") + r"\.?"
    elif style == "roman_dot":
        want = r"(?<![A-Za-z])" + num + r"\."
    elif not dot and not zeros:
        want = None
    else:
        tail = regex.escape(zeros or "") + (r"\." if dot else r"(?![.\d])")
        if after_digit:
            before = r"(?<=\d)" if known else r"(?<=(?<![\d.,])\d{1,20}+)"
            want = before + num + tail + r"(?!\d)" if dot else None
        else:
            want = (r"(?:(?<!\d)|(?<=" + blank + r"{2}\d{1,3}))" + section_numbers._NOT_AFTER_KEYWORD + num + tail
                    + r"(?!\d)")
    got = section_numbers.number_pattern(template, style, n, known, after_digit)
    if want is None:
        assert got is None
    elif kw:
        # the keyword is read caselessly: the pattern of its lower-case spelling
        assert got is not None and got.pattern == want.replace(kw, kw.lower(), 1)
    else:
        assert got is not None and got.pattern == want


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.one_of(DOTTED_PIECES, KEYWORD_PIECES), max_size=20).map("".join), st.sampled_from([1, 4, 14, 41]),
       st.integers(0, 6), st.integers(0, 60), st.sampled_from(["3.", "12.", "Section 3.", "SECTION 2", "ARTICLE 1"]),
       st.booleans())
@example("Section 41", 4, 0, 9, "Section 3.", False)
@example("  394. Division 4. x 4.", 4, 0, 40, "3.", True)
def test_whole_text_places_are_the_stretch_scans(text: str, n: int, lo: int, hi: int, template: str,
                                                  last: bool) -> None:
    # a long stretch read from the whole text's places (window 0: every stretch is long) gives the
    # stretch's own matches, in the order asked for
    style = "article" if template.startswith("ARTICLE") else "section" if template[0] == "S" else "decimal"
    finder = section_gaps.GapFinder(text, sections.cand_at, sections.made_cand, [])
    want = [m.span() for m in finder._matches(template, style, n, lo, hi, False, last)]
    old = section_gaps.BARE_WINDOW
    section_gaps.BARE_WINDOW = 0
    try:
        got = [m.span() for m in finder._matches(template, style, n, lo, hi, False, last)]
    finally:
        section_gaps.BARE_WINDOW = old
    assert got == want
    pat = section_numbers.number_pattern(template, style, n, False)
    assert pat is not None
    forward = [m.span() for m in pat.finditer(text, lo, hi, overlapped=False)]
    assert want == (forward[::-1] if last else forward)


CONTENTS_PIECES = st.sampled_from(
    ["CONTENTS", "Contents", "contents", "TABLE OF", "Table of", " ", "  ", "\t", "\u00a0", "\n", "\r\n", "Page",
     "(continued)", "(cont'd)", "x", "1", "\u017f", "\u212a", "\u00e9", "con", "tents"]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(CONTENTS_PIECES, max_size=20).map("".join), st.integers(0, 80))
@example("x\nTABLE OF CONTENTS\nPage", 40)
@example("Contents x\n  contents (continued) ", 40)
def test_contents_heading_is_the_search(text: str, end: int) -> None:
    want = g.CONTENTS_HEADING.search(text, 0, end)
    got = g.contents_heading(TextIndex(text), end)
    assert (got and got.span()) == (want and want.span())
