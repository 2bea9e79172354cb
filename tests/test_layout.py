"""Page layout on real EDGAR text: golden pages/furniture/body, and grammar cases."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest
import regex
from conftest import GOLDEN, corpus_path
from extractor.grammars import page_furniture as g
from golden_util import check_golden, check_golden_text
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import parse
from extractor.model import schema
from extractor.stages import affixes, layout, running
from extractor.stages.layout import find_layout
from extractor.stages.lines import Lines, Scan, line_of, skippable, split_lines
from extractor.stages.page_assembly import _has_text, blank_around, merged

GOLDEN_DOCS = [
    "edgar-raw/qwest-kmc-mgs-amendment-1.txt",
    "cuad/ADMA BioManufacturing, LLC -  Amendment 3 to Manufacturing Agreement.txt",
    "cuad/CANOPETROLEUM,INC_12_13_2007-EX-10.1-Sponsorship Agreement.txt",
    "cuad/HertzGroupRealtyTrustInc_20190920_S-11A_EX-10.8_11816941_EX-10.8_Trademark License Agreement.txt",
    "cuad/NEONSYSTEMSINC_03_01_1999-EX-10.5-DISTRIBUTOR AGREEMENT_Amendment.txt",
    "cuad/Part_II__Service__PAXMEDICA,INC_07_02_2020-EX-10.12-Master Service Agreement.txt",
    "cuad/TICKETSCOMINC_06_22_1999-EX-10.22-SPONSORSHIP AGREEMENT.txt",
    "cuad/XpresspaGroupInc_20190401_10-K_EX-10.28_11599457_EX-10.28_Marketing Agreement.txt",
    "cuad/Part_I__Marketing__XpresspaGroupInc_20190401_10-K_EX-10.28_11599457_EX-10.28_Marketing Agreement.txt",
    "cuad/ArcaUsTreasuryFund_20200207_N-2_EX-99.K5_11971930_EX-99.K5_Development Agreement.txt",
    "cuad/Apollo Endosurgery - Manufacturing and Supply Agreement.txt",
    "cuad/Part_III__Agency Agreements__BLUEHILLSBANCORP,INC_05_20_2014-EX-1.1-AGENCY AGREEMENT.txt",
    "cuad/WEBHELPCOMINC_03_22_2000-EX-10.8-HOSTING AGREEMENT.txt",
]


def _slug(rel: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in rel.split("/", 1)[1])[:80]


@pytest.mark.parametrize("rel", GOLDEN_DOCS, ids=_slug)
def test_layout_golden(rel: str, update_golden: bool) -> None:
    ex = parse(corpus_path(rel))
    base = GOLDEN / "layout" / _slug(rel)
    check_golden(ex.pages, "pages", base.with_suffix(".pages.csv"), update_golden)
    check_golden(ex.furniture, "furniture", base.with_suffix(".furniture.csv"), update_golden)
    # the layout stage's body (signature blocks are stripped later, by their own stage)
    check_golden_text(find_layout(ex.original).view.text, base.with_suffix(".body.txt"), update_golden)


def test_qwest_pages_and_printed_numbers() -> None:
    ex = parse(corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt"))
    assert len(ex.pages) == 4
    assert ex.pages["number"].tolist()[1:] == ["2", "3", "4"]
    assert ex.pages["number"].isna().tolist()[0]
    assert "<PAGE>" not in ex.body
    assert "CERTAIN PORTIONS OF THIS EXHIBIT HAVE BEEN OMITTED" not in ex.body
    assert "solely to an\n     earlier date" in ex.body  # the page break between them is gone
    assert ex.meta["exhibit_number"] == "10.1"


def test_cuad_glued_footer_and_page_number() -> None:
    """'...sales taxes.Source: XPRESSPA ...' and '...signagethroughout the Term;2Source: ...' on one line."""
    ex = parse(corpus_path(GOLDEN_DOCS[8]))
    assert "Source:" not in ex.body
    assert ex.pages["number"].tolist()[1:5] == ["2", "3", "4", "5"]
    assert "sales taxes.\n2.02. In addition" in ex.body  # a line break stands where the footer was
    footers = ex.furniture[ex.furniture["kind"] == "source_footer"]["text"].tolist()
    assert footers[1] == "2Source: XPRESSPA GROUP, INC., 10-K, 4/1/2019"
    # the two extractions of one contract give the same pages
    twin = parse(corpus_path(GOLDEN_DOCS[7]))
    assert twin.pages["number"].tolist()[1:5] == ["2", "3", "4", "5"]


def test_list_items_that_look_like_page_numbers_stay() -> None:
    """'1.', '2.' ... lines of a schedule are body text: no page break stands beside them."""
    ex = parse(corpus_path(GOLDEN_DOCS[10]))  # Apollo: "-15-" page numbers, then "1. a. i. ii." lists
    numbers = ex.furniture[ex.furniture["kind"] == "page_number"]["text"].str.strip().tolist()
    assert "-15-" in numbers and "2. a. b. c." not in numbers
    assert "2. a. b. c." in ex.body and "3.\n" in ex.body


def test_years_are_not_page_numbers() -> None:
    """Stand-alone years in a budget table (CERES) sit near page breaks but are not page numbers."""
    ex = parse(corpus_path("cuad/CERES,INC_01_25_2012-EX-10.20-Collaboration Agreement.txt"))
    numbers = ex.furniture[ex.furniture["kind"] == "page_number"]["text"].str.strip().tolist()
    assert numbers and "2010" not in numbers and "2011" not in numbers
    assert all(ex.original[r.start : r.end] == r.text for r in ex.furniture.itertuples())


class NumberCase(NamedTuple):
    line: str
    number: str | None


NUMBER_CASES = [
    NumberCase("                                       2", "2"),  # qwest, centred
    NumberCase("-15-", "15"),  # Apollo Endosurgery
    NumberCase("- 2 -", "2"),
    NumberCase("Page 2 of 10", "2"),
    NumberCase("[3]", "3"),
    NumberCase("  iv", "iv"),
    NumberCase("A-1", "A-1"),
    NumberCase("2.", None),  # a list item
    NumberCase("1. a. i. ii.", None),  # Apollo schedule
    NumberCase("2 years", None),
    NumberCase("$315,907,470", None),  # submission-0000950129-95-001652
    NumberCase("[Form follows.]", None),  # NEON
    NumberCase("(a)", None),
    NumberCase("2010", None),  # a year standing alone in a table (CERES)
]


@pytest.mark.parametrize("case", NUMBER_CASES, ids=lambda c: repr(c.line.strip()))
def test_page_number_grammar(case: NumberCase) -> None:
    assert g.parse_page_number(case.line) == case.number


class MarkerCase(NamedTuple):
    line: str
    ok: bool
    number: str | None


MARKER_CASES = [
    MarkerCase("<PAGE>", True, None),
    MarkerCase("<PAGE>   2", True, "2"),  # submission-0000950129-95-001652
    MarkerCase("<page>", True, None),
    MarkerCase("<PAGE> and more text", False, None),
    MarkerCase("<TABLE>", False, None),
]


@pytest.mark.parametrize("case", MARKER_CASES, ids=lambda c: c.line)
def test_page_marker_grammar(case: MarkerCase) -> None:
    assert g.parse_page_marker(case.line) == (case.ok, case.number)


def test_tabs_keep_offsets() -> None:
    text = "EXHIBIT 10.1\n\n1.\tTerm.\tThe term is\ttwo years.\n\n\t\t2\n<PAGE>\n\t3.\tMore text here.\n"
    lay = find_layout(text)
    for f in lay.furniture:
        assert text[f.start : f.end] == f.text
    assert [p.number for p in lay.pages] == ["2", None]
    assert "\tThe term is\ttwo years." in lay.view.text


def test_empty_tables_keep_columns() -> None:
    ex = parse("A short agreement with no pages, parties or dates at all.")
    for name, df in ex.tables().items():
        want = list(schema.TABLES[name])
        assert list(df.columns) == want, name
        for col, dtype in schema.TABLES[name].items():
            assert str(df[col].dtype) == dtype, (name, col)


# -- the column scans are the per-line loops they replaced ---------------------
def _split_lines_loop(text: str) -> list[tuple[int, int, int, str, bool]]:
    """The former split_lines: one pattern split, then a loop over the lines."""
    parts = regex.split(r"(\r\n|\r|\n|\f)", text)
    out, pos = [], 0
    for k in range(0, len(parts) - 1, 2):
        content, term = parts[k], parts[k + 1]
        out.append((pos, pos + len(content), pos + len(content) + len(term), term, not content.strip(" \t\xa0")))
        pos += len(content) + len(term)
    if parts[-1]:
        last = parts[-1]
        out.append((pos, pos + len(last), pos + len(last), "", not last.strip(" \t\xa0")))
    return out


LINE_TEXT = st.text(alphabet="ab1 \t\xa0\r\n\f\v<#\u2003\u0663K", max_size=40)


@settings(max_examples=400, deadline=None)
@given(LINE_TEXT)
def test_split_lines_columns_match_the_loop(text: str) -> None:
    lines = split_lines(text)
    assert [tuple(ln) for ln in lines] == _split_lines_loop(text)
    assert [lines[i] for i in range(len(lines))] == list(lines)
    assert list(lines.contents) == [text[ln.start : ln.end] for ln in lines]
    assert all(line_of_pos(text, lines, p) for p in range(len(text)))


def line_of_pos(text: str, lines: Lines, pos: int) -> bool:
    i = line_of(Scan(text, lines), pos)
    return lines.starts[i] <= pos < max(lines.stops[i], lines.starts[i] + 1)


@settings(max_examples=400, deadline=None)
@given(LINE_TEXT)
def test_marker_or_feed_lines_are_every_such_line(text: str) -> None:
    lines = split_lines(text)
    want = [i for i, ln in enumerate(lines)
            if (len(text[ln.start : ln.end].rstrip()) <= 30 and "<" in text[ln.start : ln.end])
            or ln.terminator == "\f"]
    assert layout._marker_or_feed_lines(text, lines) == want


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=40) | st.text(alphabet="aB1 \t#\u00df\u212a\u0663\xa0\u00e9\ufb01\u0130\u2003", max_size=40))
def test_rough_key_is_a_function_of_the_normalised_key(text: str) -> None:
    # equal normalised keys then give equal rough keys: only rough repeats need normalising
    want = running._normalise(text).replace("#", "").replace(" ", "").encode("ascii", "ignore")
    assert running._rough_key(text) == want
    contents = split_lines(text).contents  # the column of segments: line contents
    assert running._rough_keys(text, contents) == list(map(running._rough_key, contents))


def test_folds_to_ascii_is_every_non_ascii_character_folding_to_ascii() -> None:
    every = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    want = {c for c in every if any(x.isascii() for x in c.casefold())}
    assert set(running.FOLDS_TO_ASCII.findall(every)) == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab 1.", min_size=0, max_size=140), min_size=2, max_size=5), st.booleans(),
       st.text(alphabet="ab 1.", min_size=10, max_size=90) | st.text(alphabet="ab1", min_size=60, max_size=70))
def test_window_common_probe_matches_the_whole_windows(bodies: list[str], suffix: bool, affix: str) -> None:
    # windows sharing a (long) affix, as running heads and feet glued to body text do
    parts = [b + affix if suffix else affix + b for b in bodies]
    text = "".join(parts)
    spans, pos = [], 0
    for p in parts:
        spans.append((pos, pos + len(p)))
        pos += len(p)
    windows = [affixes._digits_to_zero(text[s:e]) for s, e in spans]
    n, idx = affixes._best_common(windows, suffix)
    got_n, got_idx, first = affixes._window_common(text, spans, suffix)
    assert (got_n, got_idx) == (n, idx)
    trim = affixes._trim_footer if suffix else affixes._trim_header
    assert trim(first, got_n) == trim(windows[idx[0]] if idx else "", n)


def test_rough_key_drops_exactly_what_normalising_merges() -> None:
    # no character that is kept folds to a digit, a space or '#' (casefold is one character at a time)
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    kept = "".join(running.DIGITS.sub("", every).split()).replace("#", "")
    folded = kept.casefold()
    assert folded == "".join(running.DIGITS.sub("", folded).split()).replace("#", "")


LEGEND_PIECES = st.sampled_from(
    ["Certain portions of this exhibit have been omitted", "CONFIDENTIAL TREATMENT HAS BEEN REQUESTED",
     "[***] indicates", "portions of this agreement have been redacted", "certain", "the ", "p", "[", "\n", "  ",
     "* CONFIDENTIAL TREATMENT REQUESTED.", "FOIA ", "*", "f",
     "x" * 90, "\u00e9"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(LEGEND_PIECES, max_size=12).map("".join), st.integers(0, 5))
def test_legend_start_is_the_search_within_reach(text: str, pos: int) -> None:
    m = g.LEGEND_START.search(text, pos, min(len(text), pos + layout.TOP_CHARS))
    want = m.start() if m is not None and m.start() - pos <= layout.LEGEND_MAX_OFFSET else None
    got = layout._legend_start(text, pos)
    assert (got if got is not None and got - pos <= layout.LEGEND_MAX_OFFSET else None) == want


def _common_loop(strings: list[str], suffix: bool) -> int:
    """The former common affix: every string's character compared at each position."""
    if not strings:
        return 0
    n, shortest = 0, min(len(s) for s in strings)
    while n < shortest and len({s[-1 - n] if suffix else s[n] for s in strings}) == 1:
        n += 1
    return n


def _best_common_loop(strings: list[str], suffix: bool) -> tuple[int, list[int]]:
    if len(strings) < affixes.AFFIX_COPIES:
        return 0, []
    options = [list(range(len(strings))), list(range(1, len(strings))), list(range(len(strings) - 1))]
    # the largest set of windows whose first AFFIX_MIN characters (from the affix's side) are equal
    opening = [(s[::-1] if suffix else s)[: affixes.AFFIX_MIN] for s in strings]
    best = max(([i for i in range(len(strings)) if opening[i] == o] for o in opening), key=len)
    if affixes.AFFIX_COPIES <= len(best) < len(strings) - 1 and 2 * len(best) >= len(strings):
        options.append(best)
    for idx in options:
        n = _common_loop([strings[i] for i in idx], suffix)
        if n >= affixes.AFFIX_MIN:
            return n, idx
    return 0, []


AFFIX_TEXT = st.text(alphabet="ab0 .\u00e9\U0001f600", max_size=30)


@settings(max_examples=400, deadline=None)
@given(st.lists(AFFIX_TEXT, max_size=6), AFFIX_TEXT, st.booleans())
def test_best_common_is_the_per_position_comparison(bodies: list[str], affix: str, suffix: bool) -> None:
    # least and greatest string share exactly the prefix all share
    strings = [b + affix if suffix else affix + b for b in bodies]
    assert affixes._best_common(strings, suffix) == _best_common_loop(strings, suffix)
    assert affixes._common_prefix(strings) == _common_loop(strings, False)


def _trim_footer_slice(window: str, n: int) -> int:
    """The former _trim_footer: the pattern searched in a copy of the window's tail."""
    if n <= 0:
        return 0
    start = len(window) - n
    if start > 0 and window[start - 1].isalnum() and window[start].isalnum():
        m = regex.search(r"[^\w]", window[start:])
        return 0 if m is None else n - m.end()
    return n


def _trim_header_slice(window: str, n: int) -> int:
    last = 0
    for m in regex.finditer(r"[A-Za-z)][.!?][\s\"\u201d]*", window[:n]):
        last = m.end()
    return last


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aB1 .!)\"\u201d\n\u00e9", max_size=40), st.integers(-2, 45))
def test_trims_search_in_place_as_in_a_copy(window: str, n: int) -> None:
    n = min(n, len(window))  # affix lengths never exceed the window
    assert affixes._trim_footer(window, n) == _trim_footer_slice(window, n)
    assert affixes._trim_header(window, n) == _trim_header_slice(window, n)


def test_legend_first_characters_match_only_themselves() -> None:
    # the legend pattern can start only at these: no other code point matches them caselessly
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    starts = {m.group() for m in regex.finditer(r"(?i)[cpf\[*]", every)}
    assert starts == set(layout.LEGEND_FIRST_CHARS)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=40) | st.text(alphabet="a1 9\u0663\u00e9#", max_size=40))
def test_digits_to_zero_is_the_pattern(text: str) -> None:
    assert affixes._digits_to_zero(text) == running.DIGITS.sub(lambda m: "0" * len(m.group()), text)


PAGE_LINES = st.lists(st.sampled_from(["- 3 -", "Page 2 of 9", "  12  ", "iv", "[7]", "A-1", "2.", "x" * 17,
                                       "  Page 4" + " " * 12, "\u2003 5 \u2003", "", " ", "\t3", "1 2"]),
                      max_size=12).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(PAGE_LINES, st.sets(st.integers(0, 12)))
def test_page_number_candidates_are_the_parsed_lines(text: str, furniture: set[int]) -> None:
    # the former loop: every short, non-blank line that is not furniture, parsed
    sc = Scan(text, split_lines(text), furniture_lines=furniture)
    want = []
    for i, ln in enumerate(sc.lines):
        if ln.end - ln.start <= 80 and not ln.is_blank and i not in furniture:
            num = g.parse_page_number(text[ln.start : ln.end])
            if num is not None:
                want.append((i, num))
    assert layout._page_number_candidates(sc) == want


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab\n\f", max_size=60), st.lists(st.integers(0, 70), max_size=10))
def test_page_indices_are_the_page_index_of_each(text: str, positions: list[int]) -> None:
    pages = find_layout(text).pages
    starts = [p.start for p in pages]
    want = [layout._page_index(starts, pages, pos) for pos in positions]
    assert layout._page_indices(starts, pages, positions) == want


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\n\f\xa0\u2003\x1cab", max_size=30), st.integers(-1, 32), st.integers(-1, 32))
def test_has_text_is_strip(text: str, a: int, b: int) -> None:
    a, b = max(0, a), max(0, b)  # pieces never start before the text
    assert _has_text(text, a, b) == bool(text[a:b].strip())


def _blank_around_lines(sc: Scan, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The former blank_around: one span per blank line."""
    lines, extra = sc.lines, []
    for s, e in spans:
        first, last = lines.index_of_start(s), lines.index_of_stop(e)
        if first is None or last is None:
            continue
        i = first - 1
        while i >= 0 and lines.blanks[i]:
            extra.append((lines.starts[i], lines.stops[i]))
            i -= 1
        j = last + 1
        while j < len(lines) and lines.blanks[j]:
            extra.append((lines.starts[j], lines.stops[j]))
            j += 1
    return extra


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="a \n\f", max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6))
def test_blank_runs_merge_to_the_blank_lines(text: str, spans: list[tuple[int, int]]) -> None:
    sc = Scan(text, split_lines(text))
    assert merged(blank_around(sc, spans)) == merged(_blank_around_lines(sc, spans))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a1\u0663 \n", max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)),
                                                              max_size=6))
def test_zeroed_windows_are_each_window_zeroed(text: str, spans: list[tuple[int, int]]) -> None:
    want = [affixes._digits_to_zero(text[s:e]) for s, e in spans]
    assert affixes._zeroed_windows(text, spans) == want


@pytest.mark.parametrize("sample", ["qwest-kmc-mgs-amendment-1.txt", "xpresspa-calm-marketing-agreement.txt"])
def test_cr_only_line_breaks_are_line_breaks(sample: str) -> None:
    """Text from old Mac tools breaks lines with a lone CR: it lost every section (18 -> 0 on the
    Qwest amendment). Each table must have the rows of the same text with LF breaks."""
    raw = (Path(__file__).resolve().parent.parent / "samples" / sample).read_bytes().replace(b"\r\n", b"\n")
    lf, cr = parse(raw), parse(raw.replace(b"\n", b"\r"))
    for name, df in lf.tables().items():
        got = cr.tables()[name]
        cols = [c for c in ("start", "end", "number", "name", "value", "action") if c in df.columns]
        assert got[cols].equals(df[cols]), name
    assert len(lf.sections) > 10
    assert "\r" not in cr.body and cr.body.split() == lf.body.split()


# Never lose text: a "Source: <FILER>, <form>, <date>" footer cut removes that line only (with a page number
# glued before it), even where the footer sits glued inside a sentence ("shipment.Source: ..., 3/20/202012.In").
SOURCE_FOOTER_DOCS = [
    "cuad/Part_I__Endorsement__PharmagenInc_20120803_8-KA_EX-10.1_7693204_EX-10.1_Endorsement Agreement.txt",
    "cuad/PharmagenInc_20120803_8-KA_EX-10.1_7693204_EX-10.1_Endorsement Agreement.txt",
    "cuad/Part_I__Distributor__PrecheckHealthServicesInc_20200320_8-K_EX-99.2_12070169_EX-99.2_Distributor "
    "Agreement.txt",
    "cuad/HealthcentralCom_19991108_S-1A_EX-10.27_6623292_EX-10.27_Co-Branding Agreement.txt",
]
SOURCE_FOOTER = regex.compile(r"\s*(?:\d{1,4}\s*)?Source:[^\n]*?,\s*[\w/ .-]+,\s*\d{1,2}/\d{1,2}/\d{4}\s*")


@pytest.mark.parametrize("rel", SOURCE_FOOTER_DOCS, ids=lambda r: r.split("/")[-1][:40])
def test_source_footer_cut_loses_no_text(rel: str) -> None:
    original = parse(corpus_path(rel)).original
    lay = find_layout(original)
    covered = bytearray(len(original))
    for f in lay.furniture:
        covered[f.start : f.end] = b"\x01" * (f.end - f.start)
        if f.kind == "source_footer":
            assert SOURCE_FOOTER.fullmatch(f.text), f.text
    at = 0  # every character the body leaves out is furniture or space
    for piece in lay.view.pieces:
        gaps = [(at, piece.orig_start)] + ([(piece.orig_start, piece.orig_end)] if not piece.exact else [])
        for a, b in gaps:
            lost = [ch for i, ch in enumerate(original[a:b], a) if not covered[i] and not ch.isspace()]
            assert not lost, original[a:b]
        at = max(at, piece.orig_end)
    assert not original[at:].strip() or all(covered[at:])
    # every sentence of the original that holds no furniture is whole in the body ("23. Choice of Law. ... of the
    # State of Georgia.", the clause the governing-law reader needs)
    words = " ".join(lay.view.text.split())
    printed = [(f.start, f.end) for f in lay.furniture if f.text.strip()]
    found = [" ".join(m.group().split()) for m in regex.finditer(r"[^.]{40,600}\.(?=\s)", original)
             if not any(a < m.end() and m.start() < b for a, b in printed)]
    assert len(found) > 10 and [x for x in found if x not in words] == []


class LegendLine(NamedTuple):
    text: str  # a legend that opens a one-line paragraph, as CUAD prints it (real snippets)
    legend_ends_with: str


LEGEND_LINES = [
    # the legend runs on into the title and preamble on one line: the preamble is text, not furniture
    LegendLine(
        "CONFIDENTIAL TREATMENT HAS BEEN REQUESTED AS TO CERTAIN PORTIONS OF THIS DOCUMENT. EACH SUCH "
        "PORTION,  WHICH HAS BEEN OMITTED HEREIN AND REPLACED WITH AN ASTERISK [*], HAS BEEN FILED "
        "SEPARATELY WITH THE  SECURITIES AND EXCHANGE COMMISSION.     PROMOTION AND DISTRIBUTION "
        "AGREEMENT     This Promotion and Distribution Agreement including all exhibits (collectively "
        'referred to as the "Agreement"), effective as of 1 August 2011, is made by and between '
        'Whitesmoke Inc., ("Distributor"), and Google Inc ("Google").\n\n1. DEFINITIONS\n',
        "SECURITIES AND EXCHANGE COMMISSION.",
    ),
    LegendLine(
        'CERTAIN CONFIDENTIAL PORTIONS OF THIS EXHIBIT HAVE BEEN OMITTED AND REPLACED WITH "[***]". '
        "SUCH IDENTIFIED INFORMATION HAS BEEN EXCLUDED FROM THIS EXHIBIT BECAUSE IT IS (I) NOT MATERIAL "
        "AND (II) WOULD LIKELY CAUSE COMPETITIVE HARM TO THE COMPANY IF DISCLOSED. Execution Version "
        "Network Build and Maintenance Agreement Between Commnet Wireless, LLC And AT&T Mobility LLC\n\n",
        "COMPANY IF DISCLOSED.",
    ),
    # a stop after an abbreviation ends no sentence: the paragraph stays one legend
    LegendLine(
        "***Text Omitted and Filed Separately\nwith the Securities and Exchange Commission.\n"
        "Confidential Treatment Requested\nUnder 17 C.F.R. Sections 200.80(b)(4)\nand Rule 406 of the\n"
        "Securities Act of 1933,\nas amended.\n\nCollaboration Agreement, BII/ XENCOR\n",
        "Securities Act of 1933,\nas amended.",
    ),
    # a legend of several sentences that each speak of omissions stays whole
    LegendLine(
        "[*] = CERTAIN CONFIDENTIAL INFORMATION CONTAINED IN THIS DOCUMENT, MARKED BY BRACKETS, HAS BEEN "
        "OMITTED AND FILED SEPARATELY WITH THE SECURITIES AND EXCHANGE COMMISSION PURSUANT TO RULE 24b-2 "
        "OF THE SECURITIES EXCHANGE ACT OF 1934, AS AMENDED.\n\nAGREEMENT\n",
        "AS AMENDED.",
    ),
]


@pytest.mark.parametrize("case", LEGEND_LINES, ids=lambda c: c.legend_ends_with[-24:])
def test_legend_paragraph_keeps_the_text_after_it(case: LegendLine) -> None:
    lay = find_layout(case.text)
    assert lay.legend is not None and lay.legend.endswith(" ".join(case.legend_ends_with.split()))
    # what follows the legend stays in the view
    rest = case.text[case.text.index(case.legend_ends_with) + len(case.legend_ends_with) :].split()
    assert " ".join(lay.view.text.split()).endswith(" ".join(rest))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([0, 1, 9, 10, 11, 80, 400, 800, 801, 2000]), max_size=30))
def test_running_sized_is_the_length_range(lengths: list[int]) -> None:
    text = "".join("x" * n + "\n" for n in lengths)
    want = [i for i, n in enumerate(lengths) if running.RUNNING_MIN_CHARS <= n <= 2 * running.RUNNING_MAX_CHARS]
    assert list(running._running_sized(split_lines(text))) == want


@settings(max_examples=300, deadline=None)
@given(st.integers(2, 60), st.integers(1, 80))
def test_common_side_need_is_the_fewest_sided(n: int, n_pages: int) -> None:
    # _common_side stops walking a side once more than n - need copies miss its edge: need must be
    # the fewest copies at the edge that make a side, and every count from there on makes it
    need = running._fewest_sided(n, n_pages)
    assert [running._sided(k, n, n_pages) for k in range(n + 1)] == [k >= need for k in range(n + 1)]


EDGE_TEXT = st.lists(st.sampled_from(["Acme Corp. Confidential", "Page 3", "", "  ", "body text here", "\f",
                                      "<PAGE> 2", "- 4 -", "(a) item", "x"]), max_size=40).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(EDGE_TEXT, st.data())
def test_edge_lines_are_the_lines_of_edge_rank(text: str, data: st.DataObject) -> None:
    sc = Scan(text, split_lines(text))
    layout._hard_boundaries(sc)
    n = len(sc.lines)
    if n:
        sc.add_lines(data.draw(st.sets(st.integers(0, n - 1), max_size=5)))
    breaks = running._break_after(sc)
    want = {i for i in range(n) if not skippable(sc, i)
            and any(running._edge_rank(sc, i, step, breaks) is not None for step in (+1, -1))}
    assert set(running._edge_lines(sc, breaks)) == want
