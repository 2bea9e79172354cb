"""Redaction markers: grammar cases and the bare-asterisk rule on real corpus snippets, the stage on
real documents (offsets, page, marked body), and a stress input that must finish."""

from __future__ import annotations

import random
import re
from typing import NamedTuple

import pytest
import regex
from conftest import GOLDEN, corpus_path
from extractor.grammars import finditer_from, vocabulary
from extractor.grammars import redaction as g
from extractor.grammars.text_index import TextIndex
from golden_util import check_golden, golden_name
from hypothesis import given, settings
from hypothesis import strategies as st
from test_redactions_star_scan import _plain_runs

import extractor
from extractor.stages.layout import find_layout
from extractor.stages.redactions import (
    TOKEN,
    _bare_runs,
    _brackets,
    _may_mention,
    _may_open_legend,
    classify,
    find_redactions,
)
from extractor.stages.signatures import find_signatures


class Bracket(NamedTuple):
    text: str
    kind: str | None  # None: not a marker


BRACKETS = [
    Bracket("[TEXT DELETED]", "text_deleted"),
    Bracket("[TEXT  DELETED]", "text_deleted"),
    Bracket("[TEXT\n     DELETED]", "text_deleted"),  # qwest: broken across a line
    Bracket("[Confidential Treatment Requested]", "ct_requested"),
    Bracket("[REDACTED]", "redacted"),
    Bracket("[Redacted – Commercially Sensitive – Indemnification Details]", "redacted"),
    Bracket("[Redacted - Personal Information]", "redacted"),
    Bracket("[DELETED]", "text_deleted"),
    Bracket("[*** 2 pages omitted]", "omitted"),
    Bracket("[***]", "asterisks"),
    Bracket("[*]", "asterisks"),
    Bracket("[ * ]", "asterisks"),
    Bracket("[* * *]", "asterisks"),
    Bracket("[**]", "asterisks"),
    Bracket("[*****]", "asterisks"),
    Bracket("[…***…]", "asterisks"),
    Bracket("[...***...]", "asterisks"),
    Bracket("{*****}", "asterisks"),
    Bracket("[ *∗ ]", "asterisks"),
    # drafting and converter notes, placeholders, headings: not confidential-treatment gaps
    Bracket("[Intentionally Omitted]", None),
    Bracket("[GRAPHIC OMITTED]", None),
    Bracket("[Omitted: Agreement no longer in effect]", None),
    Bracket("[SIGNATURE PAGE FOLLOWS]", None),
    Bracket("[Confidential Information]", None),
    Bracket("[CONFIDENTIALITY]", None),
    Bracket("[●]", None),
    Bracket("[ ]", None),
]


@pytest.mark.parametrize("case", BRACKETS, ids=[c.text for c in BRACKETS])
def test_bracket_grammar(case: Bracket) -> None:
    got = g.parse_bracket(case.text)
    assert (got[0] if got else None) == case.kind


class Bare(NamedTuple):
    name: str
    text: str  # copied from a corpus document
    markers: list[str]  # the marker texts kept, in order
    dropped: str | None = None  # the reason recorded for (at least one) dropped run


BARE = [
    Bare(
        "dollar_and_count",  # HealthcareIntegratedTechnologies reseller agreement
        "Price $*** per Product unit + $*** for shipment and tax (subject to any tax changes) MOQ *** "
        "units\n",
        ["***", "***", "***"],
    ),
    Bare(
        "email_redacted",  # ELF Beauty cooperation agreement: two e-mail addresses cut out
        "Attention: General Counsel Email: ***\n\nwith a copy (which shall not constitute notice) to:\n\n"
        "Latham & Watkins LLP 140 Scott Drive Menlo Park, CA 94025 Attention: Mario Cibelli Email: ***\n",
        ["***", "***"],
    ),
    Bare(
        "footnote_star",
        "   Discount     Distributor   Discount*  Volume Discounts - Tier # 1  ",
        [],
        "footnote_star",
    ),
    Bare(
        "footnote_double_star",
        "  U.S.$10 Million   Initiation of Phase IIa**\n\n  U.S.$10 Million   Initiation of Phase IIb**\n\n",
        [],
        "footnote_star",
    ),
    Bare(
        "leading_double_star",
        "ensed Products within the Contract Territory payable to the **NFL Alumni Northern California "
        "Chapter.",
        [],
        "footnote_star",
    ),
    Bare(
        "footnote_reference_after_word",  # KUBIENT: table footnote references, no legend anywhere
        "90% 10%** 50% 50% Video $ 30,000.00 100% 0 % 50% 50% Direct Deals*** Undertone 100% 0 % 50% 50% "
        "Native**** $ 100,000.00 ",
        [],
        "footnote_ref",
    ),
    Bare("footnote_key_list", "n 1\n\n     *, **, *** : for Crude\n\n\n\n  51", [], "footnote_key"),
    Bare(
        "ornament_line",  # Goosehead franchise agreement: stars closing the text before the signatures
        "ffect any claims arising after the date of this Agreement.\n\n*****\n\nPage 59 of 80\n\n\n\n\n\nIN "
        "WITNESS",
        [],
        "ornament",
    ),
    Bare(
        "emphasis",  # SightLife: "*****SIGNATURE PAGE FOLLOWS***", with a marker elsewhere on the page
        "the rate of [***] per unit. nstitute one and the same instrument.   *****SIGNATURE PAGE FOLLOWS***  "
        "",
        ["[***]"],
        "emphasis",
    ),
    Bare(
        "legend_footnote",  # MediWound: the legend opens with the marker it explains
        "010\n\n***\xa0Confidential\xa0treatment\xa0has\xa0been\xa0requested\xa0for\xa0redacted\xa0portions\xa0of"
        "\xa0this\xa0exhibit.\xa0This\xa0copy\xa0omits\xa0the\xa0information\xa0subject\xa0to\xa0the\xa0"
        "confidentiality\nrequest.\xa0Omissions\xa0are\xa0designated\xa0as\xa0[***].\xa0A\xa0complete",
        [],
        "legend",
    ),
    Bare(
        "bracket_legend_footnote",  # Tickets.com: "[***] Confidential treatment has been requested ..."
        "account.\n\n[***] Confidential treatment has been requested for redacted portion. The confidential "
        "red",
        [],
        "legend",
    ),
    Bare(
        "mention_in_legend",  # ADMA: the marker quoted inside the repeated legend
        'tial treatment has been requested with respect to portions of this agreement as indicated by '
        '"[***]" '
        "and such confidential portions have been deleted and filed separately with the Securities",
        [],
        "mention",
    ),
]


@pytest.mark.parametrize("case", BARE, ids=[c.name for c in BARE])
def test_marker_rule(case: Bare) -> None:
    found = classify(case.text)
    assert [case.text[c.start : c.end] for c in found.kept] == case.markers
    if case.dropped:
        assert case.dropped in {why for *_, why in found.dropped}


def test_legend_footnote_is_recorded_as_legend() -> None:
    found = classify(BARE[-2].text)
    assert found.legends == ["[***] Confidential treatment has been requested for redacted portion."]


def test_ornament_line_counts_when_the_document_explains_its_markers() -> None:
    text = BARE[7].text
    assert classify(text).kept == []
    kept = classify(text, top_legend="Certain portions denoted with *** have been omitted.", keyed=False).kept
    assert [text[c.start : c.end] for c in kept] == ["*****"]


def test_qwest_markers_offsets_pages_and_marked_body() -> None:
    ex = extractor.parse(corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt"))
    red = ex.redactions
    assert len(red) == 8 and set(red["kind"]) == {"text_deleted"}
    for row in red.itertuples():
        assert ex.original[row.start : row.end] == row.text
    assert "[TEXT\n     DELETED]" in set(red["text"])  # one marker broken across a line
    assert list(red["page"]) == [1, 1, 2, 2, 2, 2, 2, 2]
    assert ex.body_marked.count(TOKEN) == 8
    assert "DELETED" not in ex.body_marked
    i = ex.body_marked.index(TOKEN)
    s, e = ex.marked.span(i, i + len(TOKEN))
    assert ex.original[s:e] == red["text"].iloc[0]
    assert red["section"].tolist() == ["2(b)", "2(b)", "2(d)", "2(d)", "2(e)", "2(e)", "2(e)", "2(e)"]


def test_legend_at_top_is_not_a_redaction() -> None:
    path = corpus_path("cuad/ADMA BioManufacturing, LLC -  Amendment 3 to Manufacturing Agreement.txt")
    ex = extractor.parse(path)
    assert len(ex.redactions) == 27  # 33 bracket markers, 6 of them inside the repeated legend
    assert ex.meta["legend"].startswith("Confidential treatment has been requested")


def test_marker_split_by_a_page_break_is_one_marker() -> None:
    text = (
        "shall pay within [TEXT\n\n                                   2\n<PAGE>\n\n     DELETED] days of the "
        "end.\n"
        "[TEXT DELETED] and more words here to fill the page.\n"
    )
    lay = find_layout(text)
    res = find_redactions(lay)
    assert [r.kind for r in res.redactions] == ["text_deleted", "text_deleted"]
    first = res.redactions[0]
    assert first.text.startswith("[TEXT") and first.text.endswith("DELETED]") and "<PAGE>" in first.text
    assert res.marked.text.count(TOKEN) == 2


def _stress(size: int = 1_000_000) -> str:
    pieces = [
        "*" * 60, "***", "* * *", "[***]", "[", "[TEXT   ", "\n     DELETED]", "{*****", "By: /s/ Jane Doe",
        "By:_____________", "By:", "Name: Jane Doe", "Title:", "ACME CORPORATION", " ", "   ", "\n", "word",
        '"[***]"', "*** Confidential treatment has been requested",
    ]
    rnd = random.Random(3)
    out, n = [], 0
    while n < size:
        p = rnd.choice(pieces)
        out.append(p)
        n += len(p)
    return "".join(out)


@pytest.mark.parametrize("lines", [True, False], ids=["lines", "one_line"])
def test_one_megabyte_of_markers_and_by_lines_completes(lines: bool) -> None:
    """No catastrophic backtracking: both stages finish on 1 MB of adversarial text (timed in
    benchmarks/redactions_signatures.py, not here)."""
    text = _stress() if lines else _stress().replace("\n", " ")
    lay = find_layout(text)
    red = find_redactions(lay)
    sigs = find_signatures(lay)
    assert red.redactions and all(text[r.start : r.end] == r.text for r in red.redactions)
    assert sigs.signatures and all(text[s.start : s.end] == s.text for s in sigs.signatures)


# -- golden tables on real documents, chosen for variety -------------------------------------------
REDACTION_GOLDEN = [
    "edgar-raw/qwest-kmc-mgs-amendment-1.txt",  # [TEXT DELETED], double spaces, one broken across a line
    # the legend repeated on every page, quoting its marker
    "cuad/ADMA BioManufacturing, LLC -  Amendment 3 to Manufacturing Agreement.txt",
    "cuad/TICKETSCOMINC_06_22_1999-EX-10.22-SPONSORSHIP AGREEMENT.txt",  # $[***], legend footnote
    "cuad/Part_II__Service__PAXMEDICA,INC_07_02_2020-EX-10.12-Master Service Agreement.txt",  # glued [***]
    "cuad/CARDAX,INC_08_19_2014-EX-10.1-COLLABORATION AGREEMENT.txt",  # "OMISSIONS ARE DESIGNATED [***]"
    "cuad/GluMobileInc_20070319_S-1A_EX-10.09_436630_EX-10.09_Content License Agreement3.txt",  # bare *****
    "cuad/ACCURAYINC_09_01_2010-EX-10.31-DISTRIBUTOR AGREEMENT.txt",  # {*****}, footnote star
    "cuad/HealthcareIntegratedTechnologiesInc_20190812_8-K_EX-10.1_11776966_EX-10.1_Reseller Agreement.txt",
    "cuad/KUBIENT,INC_07_02_2020-EX-10.14-MASTER SERVICES AGREEMENT_Part2.txt",  # footnote references only
    "cuad/ELFBEAUTY,INC_07_02_2020-EX-10.1-COOPERATION AGREEMENT.txt",  # "Email: ***"
    "cuad/ANIXABIOSCIENCESINC_06_09_2020-EX-10.1-COLLABORATION AGREEMENT.txt",  # a whole exhibit as ***
    "cuad/SightLife Surgical, Inc. - STRATEGIC SALES _ MARKETING AGREEMENT.txt",  # emphasis, no markers
    "cuad/GOOSEHEADINSURANCE,INC_04_02_2018-EX-10.6-Franchise Agreement.txt",  # ornament lines, no markers
    "cuad/PhotronicsInc_20171219_10-QA_EX-10.28_10982650_EX-10.28_Outsourcing Agreement.txt",  # *** footnote
    "cuad/PROFOUNDMEDICALCORP_08_29_2019-EX-4.5-SUPPLY AGREEMENT.txt",  # [Redacted - Commercially Sensitive]
    "cuad/ParatekPharmaceuticalsInc_20170505_10-KA_EX-10.29_10323872_EX-10.29_Outsourcing Agreement.txt",
    "cuad/AudibleInc_20001113_10-Q_EX-10.32_2599586_EX-10.32_Co-Branding Agreement_ Marketing Agreement_ "
    "Investment Distribution Agreement.txt",  # ***Confidential Information legend at page breaks
]


@pytest.mark.parametrize("rel", REDACTION_GOLDEN, ids=[golden_name(r)[:40] for r in REDACTION_GOLDEN])
def test_redactions_golden(rel: str, update_golden: bool) -> None:
    ex = extractor.parse(corpus_path(rel))
    check_golden(ex.redactions, "redactions", GOLDEN / "redactions" / golden_name(rel), update_golden)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["[", "]", "{", "}", "*", "\u2217", " ", "a", "***", "[TEXT DELETED]", "[*]",
                                 "* * *", "\n", "[REDACTED]", "{*****}"]), max_size=30))
def test_the_literal_led_scan_finds_what_the_pattern_scan_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    for pattern, firsts in ((g.BRACKET_CANDIDATE, "[{"), (g.STAR_RUN, "*\u2217")):
        assert [m.span() for m in finditer_from(pattern, text, firsts)] == [m.span() for m in pattern.finditer(text)]


_MENTION_PIECES = ["indicated by", "denoted with", "the symbol", "asterisks", "shown as", "in place of",
                   "Designated", "are designated as", "INDICATED  BY", "the ", '"', "'", "\u201c", "(", " ",
                   "\xa0", "\n", "x", "S", "\u017f", "by", "with", "of", "denotes"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MENTION_PIECES), max_size=12))
def test_reverse_before_patterns_match_as_forward(pieces: list[str]) -> None:
    # MENTION_BEFORE and QUOTE_BEFORE run right to left; whether they match must be the forward answer
    before = "".join(pieces)[-60:]
    for p in (g.MENTION_BEFORE, g.QUOTE_BEFORE):
        forward = regex.compile(p.pattern, p.flags & ~regex.REVERSE)
        assert (p.search(before) is not None) == (forward.search(before) is not None)


def _bare_runs_scan(text: str, brackets: list) -> list[tuple[int, int, int]]:
    """The former _bare_runs: every star run found by the pattern scan, those inside markers dropped."""
    return _plain_runs(text, [(c.start, c.end) for c in brackets])


_RUN_PIECES = ["[", "]", "{", "}", "*", "\u2217", " ", "\t", "a", "***", "[TEXT DELETED]", "[*]", "* * *", "\n",
               "[REDACTED]", "{*****}", "[ * * ]", "*" * 41, "[***", "**]"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=30))
def test_bare_runs_step_over_markers_as_the_scan_drops_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    brackets = _brackets(text)
    assert [(c.start, c.end) for c in brackets] == [m.span() for m in g.BRACKET_CANDIDATE.finditer(text)
                                                    if g.parse_bracket(m.group()) is not None]
    assert _bare_runs(text, brackets) == _bare_runs_scan(text, brackets)


def test_mention_prefilter_sets_cover_the_pattern() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    # every blank the pattern skips is one the prefilter skips
    assert all(c.isspace() for c in regex.findall(r"[\s\xa0]", every))
    # the last letters in any case are exactly MENTION_LAST
    assert set(regex.findall(r"(?i)[yhlksfed]", every)) == g.MENTION_LAST


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_mention_phrase_ends_in_a_mention_last_letter(data: st.DataObject) -> None:
    # a phrase added to the vocabulary with another last letter must extend MENTION_LAST
    fragment = data.draw(st.sampled_from(vocabulary("redaction_mention")))
    phrase = data.draw(st.from_regex(re.compile(fragment, re.IGNORECASE), fullmatch=True))
    assert phrase[-1] in g.MENTION_LAST
    assert "e" in g.MENTION_LAST  # "the" between the phrase and the marker


_PREFILTER_PIECES = [*_MENTION_PIECES, "[***]", "$", "price", "and", "K", "\u212a", "\u2018", ")", "*"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PREFILTER_PIECES), max_size=14), st.integers(0, 80))
def test_mention_prefilter_never_hides_a_match(pieces: list[str], cut: int) -> None:
    text = "".join(pieces)
    start = min(cut, len(text))
    if g.MENTION_BEFORE.search(text[max(0, start - 60) : start]):
        assert _may_mention(text, start)


def test_legend_prefilter_sets_cover_the_pattern() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert set(regex.findall(r"(?i)(?:c|m|t|i|p|o|d|r)", every)) | set("=-:") == g.LEGEND_FIRST


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_legend_phrase_opens_with_a_legend_first_character(data: st.DataObject) -> None:
    # a phrase added to the vocabulary with another first character must extend LEGEND_FIRST
    fragment = data.draw(st.sampled_from(vocabulary("redaction_legend")))
    phrase = data.draw(st.from_regex(re.compile(fragment, re.IGNORECASE), fullmatch=True))
    assert phrase[0] in g.LEGEND_FIRST and phrase[0] not in g.LEGEND_LEAD


_LEGEND_PIECES = ["[***]", " ", "\t", "\xa0", "=", "-", ":", "\u2013", "Confidential treatment", "omitted",
                  "indicates", "Denotes", "portions of this", "x", "the omitted text", "\u0130ndicates", "\n", "*"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LEGEND_PIECES), max_size=14), st.integers(0, 60))
def test_legend_prefilter_never_hides_a_match(pieces: list[str], at: int) -> None:
    text = "".join(pieces)
    end = min(at, len(text))
    if g.LEGEND_AFTER.match(text, end):
        assert _may_open_legend(text, end)


def test_section_labels_keep_every_other_field() -> None:
    """with_sections builds its rows field by field: they must equal dataclasses.replace's."""
    import dataclasses

    from extractor.stages.layout import find_layout
    from extractor.stages.redactions import find_redactions
    from extractor.stages.sections import find_sections
    from extractor.stages.signatures import find_signatures
    from extractor.stages.tables import with_sections

    text = corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt").read_text(encoding="utf-8", errors="replace")
    layout = find_layout(text)
    reds = find_redactions(layout).redactions
    secs = find_sections(layout, find_signatures(layout), TextIndex(layout.view.text)).sections
    got = with_sections(reds, secs)
    labelled = [r for r in got if r.section is not None]
    assert labelled, "the sample's redactions sit in sections: the check must not be vacuous"
    assert got == tuple(dataclasses.replace(r, section=w.section) for r, w in zip(reds, got))
