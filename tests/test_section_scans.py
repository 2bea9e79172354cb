"""The section stage's rewritten scans give exactly what the plain ones give: the line-start and wide-gap
scans in the standard ``re`` engine against the ``regex`` patterns they copy, on text built from the pieces
headings are made of and from the characters where the engines could differ (blanks, case folding)."""

from __future__ import annotations

import sys

import regex
from conftest import SAMPLES
from extractor.grammars import sections as g
from extractor.grammars.text_index import TextIndex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.model.offsets import TextView
from extractor.stages import references, sections

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


CAND_PIECES = st.sampled_from(
    ["1.", "2.1", "3", "10.2.3.", "(a)", "a)", "IV.", "A.", "ARTICLE 1", "ARTICLE IV", "Article", "Section 2.1",
     "SECTION 3 A.", "Exhibit A", "EXHIBIT 10.1", "Schedule 1", "Sec", "tion", ".", ";", ":", ")", "\"", "\u201c",
     "\u201d", " ", "   ", "\t", "\u00a0", "\n", "\r\n", "\r", "-3-", "....", "Page 4", "12", "iv", "Foo", "Bar",
     "the", "of", "Definitions", "INSURANCE", "1 Infinite Loop", "Term", "shall be paid", "Z", "x" * 45]
)  # fmt: skip


def _plain_candidates(text: str) -> tuple[list, list]:
    """The stage's candidates as read before its loop was written out: ``cand_at`` at every place the
    scans find."""
    doc = TextIndex(text)
    out, toc = [], []
    last = -1
    for code in sections._hit_codes(doc):
        pos = code >> 1
        if pos == last:
            continue
        last = pos
        found = sections.cand_at(text, pos, code & 1 == 1)
        if found is not None:
            if found[1]:
                out.append(found[0])
            elif found[1] is None:
                toc.append(found[0])
    return out, toc


@settings(max_examples=600, deadline=None)
@given(st.lists(CAND_PIECES, max_size=50).map("".join))
@example("1. Foo\nUSAGE AND DEFINITIONS 1 Section 1.1 Usage\n2. Bar 3\n")
@example("\n1.1\u00a0Foo Article 3 Section\n(a) ARTICLE\r\n2. x")
def test_candidates_are_cand_at_at_every_hit(text: str) -> None:
    toc: list = []
    assert (sections._candidates(TextIndex(text), toc), toc) == _plain_candidates(text)


def test_candidates_on_the_samples() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        toc: list = []
        assert (sections._candidates(TextIndex(text), toc), toc) == _plain_candidates(text)


def _plain_references(view: TextView, starts: set[int], labels: set[str]) -> list[tuple]:
    """The references as read before their items were kept per distinct match: each match's items split,
    found and labelled where it stands."""
    text = view.text
    out = []
    for m in g.iter_references(TextIndex(text)):
        if m.start() in starts:
            continue
        kw = m.group("kw")
        tail = g.REF_TAIL.match(text, m.end())
        internal, target = None, None
        if tail is not None and tail.group("doc"):
            doc = " ".join(tail.group("doc").split())
            internal, target = (True, None) if doc.lower().startswith("this ") else (
                False, references.DOC_ARTICLE.sub("", doc))
        elif tail is not None and tail.group("here"):
            internal = True
        pos = m.start("items")
        for part in references.ITEM_SPLIT.split(m.group("items")):
            k = text.find(part, pos, m.end("items")) if part else -1
            if k < 0:
                continue
            pos = k + len(part)
            label = references.reference_label(kw, part)
            inside = internal if internal is not None else (True if label in labels else None)
            s, e = view.span(k, k + len(part.rstrip(". ")))
            out.append((s, e, view.original[s:e], label, inside, target))
    return out


REF_PIECES = st.sampled_from(
    ["Section", "Sections", "section", "SECTION", "subsection", "Article", "ARTICLE", "Exhibit", "Exhibits",
     "Schedule", "Annex", "Appendix", "Appendices", "paragraph", "clause", "Sec.", "\u00a7", "\u00a7\u00a7",
     " ", "  ", "\n", "\t", "\u00a0", "1", "2.1", "3.2(a)", "(b)", "(iv)", "IV", "A", "B-1", "9 b.", ",", ", ",
     " and ", " or ", " through ", " to ", " & ", ".", " of this Agreement", " of the Distributor Agreement",
     " hereof", " below", " of the Plan No. 2", "Foo", "the", "x"]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(REF_PIECES, max_size=40).map("".join), st.sets(st.integers(0, 200), max_size=5),
       st.sets(st.sampled_from(["1", "2.1", "3.2(a)", "Article 4", "Exhibit A"]), max_size=3))
@example("Sections 2.1 and 3.2(a) of this Agreement; Section 2.1 hereof; Section 2.1 of the Plan", set(), {"2.1"})
def test_references_are_read_per_match(text: str, starts: set[int], labels: set[str]) -> None:
    view = TextView.identity(text)
    got = [(r.start, r.end, r.text, r.label, r.internal, r.target_document)
           for r in references.find_references(view, starts, labels, TextIndex(text))]
    assert got == _plain_references(view, starts, labels)
