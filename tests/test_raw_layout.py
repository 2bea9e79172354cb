"""Page layout of raw EDGAR exhibits as filed in the 1990s and 2000s (issue 18): golden pages and
furniture of real exhibits, text that must stay in the body, a property test that no sentence of
a body is ever taken as furniture, and submissions that hold the same filing twice."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pytest
import regex
from conftest import CORPUS, corpus_path, requires_corpus
from extractor.grammars import page_furniture as g
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor import parse, parse_submission
from extractor.run.batch import parse_many
from extractor.stages.layout import find_layout

SGML_TAG = regex.compile(r"(?im)^[ \t]*</?(?:PAGE|TABLE|CAPTION|S|C|FN|F\d{1,2})>")


def _flat(text: str) -> str:
    return " ".join(text.split())


# -- golden pages and furniture of real raw exhibits --------------------------------------------
class RawCase(NamedTuple):
    rel: str
    numbers: list[str | None]  # the printed number of each page, in order
    kinds: dict[str, int]  # furniture rows per kind, blank lines aside
    exhibit_number: str | None


E = "edgar-exhibits/"
RAW_CASES = [
    # "<PAGE>" followed by 25 spaces, and a tab-indented "\t\t\t\t32" before it
    # (the banner follows three tab-only lines: read where the text's first words are)
    RawCase(E + "AAPL_0000320193-97-000014_1.txt", ["32", "33"], {"banner": 1, "page_number": 2, "page_marker": 2},
            "10.A.26.1"),
    # tab-indented numbers; the ninth page ends with no number, "<PAGE>  " with trailing spaces
    RawCase(E + "AAPL_0000320193-97-000014_2.txt", ["34", "35", "36", "37", "38", "39", "40", "41", None, "42",
                                                   "43", "44", "45", "46"],
            {"banner": 1, "page_number": 13, "page_marker": 14}, "10.A.45"),
    RawCase(E + "AAPL_0000320193-96-000018_6.txt", ["70", "71"], {"banner": 1, "page_number": 2, "page_marker": 2},
            "10.A.37"),
    # <PAGE> markers and no printed numbers at all
    RawCase(E + "AAPL_0000912057-00-023442_2.txt", [None] * 9, {"page_marker": 9}, None),
    # exhibit page numbers "E-1-1" ... "E-1-15" before each <PAGE> (the last page has none after it)
    RawCase(E + "BYM_0000014272-99-000002_1.txt", [f"E-1-{k}" for k in range(1, 16)],
            {"page_number": 15, "page_marker": 14}, None),
    RawCase(E + "BYM_0000014272-97-000008_6.txt", [f"E - 6 - {k}" for k in range(1, 13)],
            {"banner": 1, "page_number": 12, "page_marker": 11}, "10c"),
    RawCase(E + "BYM_0000014272-95-000004_3.txt", ["E-3-1"], {"banner": 1, "page_number": 1}, "10h"),
    RawCase(E + "BYM_0000014272-98-000002_7.txt", ["E-7-1"], {"page_number": 1}, None),
    RawCase(E + "BYM_0000014272-00-000006_1.txt", ["E-10-1", "E-10-2", "E-10-3", "E-10-4"],
            {"page_number": 4, "page_marker": 3}, None),
    # a page break lost before "19": that page and "20" (a footnote under it) keep their numbers in the body
    RawCase(E + "AAPL_0000320193-95-000011_1.txt", [None, "21", "22", "23", "24"],
            {"banner": 1, "page_number": 4, "page_marker": 5}, "10.A.19-1"),
    # "FOIA CONFIDENTIAL TREATMENT" / "REQUESTED BY BMS" above each page number: a two-line running foot,
    # on the first page too (where no page number marks the break)
    RawCase(E + "BYM_0001193125-04-191199_2.txt", ["2", "3", "4", "5", "6", "7"],
            {"banner": 1, "running": 14, "page_number": 6}, "10S"),
    # the legend over two lines at the top, and its first sentence as a running foot
    # (the long form of the foot once more on the last page, between blank lines where no number stands)
    RawCase(E + "BYM_0001193125-09-176788_7.txt", ["2", "3", "4", "5", "6", None],
            {"banner": 1, "legend": 1, "page_number": 5, "running": 6}, "10.7"),
    # the two-line legend is a running foot on all 33 pages, the top of the first one among them
    RawCase(E + "BYM_0001193125-09-176788_10.txt",
            [str(k) for k in range(2, 18)] + ["19", "20", "21", None],
            {"banner": 1, "running": 66, "page_number": 19}, "10.10"),
    RawCase(E + "AAPL_0000912057-02-030796_2.txt", ["2", "3", "4", None], {"quicklinks": 2, "page_number": 3}, None),
    # the HTML printed "E-10-2" on its first page (a stray), then "2" and "5"
    RawCase(E + "BYM_0001193125-05-156446_3.txt", ["E-10-2", "2", "5"], {"banner": 1, "page_number": 3}, "10x"),
    RawCase(E + "AAPL_0001104659-03-017766_2.txt", ["2", "3", "4"], {"banner": 1, "page_number": 3}, "10.A.53"),
    # the HTML lost pages 4 to 7's numbers: those pages join their neighbours
    RawCase(E + "BYM_0001193125-05-214797_3.txt", ["2", "3", "8", "9", "10", "11"],
            {"banner": 1, "page_number": 6}, "10aa"),
    RawCase(E + "BYM_0000014272-14-000165_1.txt", [None], {"banner": 1, "legend": 1}, "10x"),
]


@pytest.mark.parametrize("case", RAW_CASES, ids=lambda c: c.rel.split("/")[-1])
def test_raw_exhibit_pages_and_furniture(case: RawCase) -> None:
    ex = parse(corpus_path(case.rel))
    assert [None if pd.isna(n) else n for n in ex.pages["number"].tolist()] == case.numbers
    kinds = Counter(k for k in ex.furniture["kind"] if k != "blank")
    assert dict(kinds) == case.kinds
    assert ex.meta["exhibit_number"] == case.exhibit_number
    if "legend" in case.kinds or "CONFIDENTIAL TREATMENT" in ex.original[:300]:
        assert ex.meta["legend"]
    body = ex.page_view.text
    assert not SGML_TAG.search(body)
    # furniture is only furniture: every removed line is a kind's own text
    for kind, text in zip(ex.furniture["kind"], ex.furniture["text"]):
        if kind == "page_number":
            assert g.parse_page_number(text) is not None


# -- text that looks like furniture and is not ------------------------------------------------
class BodyCount(NamedTuple):
    rel: str
    text: str
    count: int  # times the text stands in the layout's body (whitespace aside)


BODY_COUNTS = [
    # page-final sentences that differ only in their numbers (issue 18)
    BodyCount(E + "BYM_0000014272-14-000165_1.txt", "that this Section 10.01 shall not provide for any", 1),
    BodyCount(E + "BYM_0000014272-14-000165_1.txt", "that this Section 10.02 shall not provide for any", 1),
    # attachment headings that differ only in a number
    BodyCount(E + "BYM_0001193125-05-214797_1.txt", "SCHEDULE 2", 2),
    BodyCount("contracts-ex10/credit__3370_1996-12-30_CREDIT-AGREEMENT.txt", "EXHIBIT C-2", 1),
    BodyCount("contracts-ex10/employment__58592_2007-02-05_EMPLOYMENT-AGREEMENT---BRUCE-R.-FOSTER.txt",
              "Paragraph 3 (a) of your Employment Agreement is hereby deleted in its entirety", 1),
    # notes repeated page after page: a form, not a running head
    BodyCount("contracts-ex10/credit__67215_1999-04-29_CREDIT-AGREEMENT.txt",
              "As provided in the Second Amended Facility Agreement, this Promissory Note", 4),
    # a letter's closing repeated at the foot of several letters
    BodyCount("contracts-ex10/severance__864264_2001-07-12_SEVERANCE-AGREEMENT.txt", "/s/ Patrick D. Brady", 4),
    # the opening words of covenant articles at the top of their pages
    BodyCount("contracts-ex10/credit__1096479_2001-03-22_CREDIT-AGREEMENT.txt",
              "Borrower covenants and agrees that, so long as any of the Obligations", 3),
    BodyCount("contracts-ex10/construction__1010775_2010-08-06_ENGINEERING-PROCUREMENT-AND-CONSTRUCTION-AGREEMENT.txt",
              "Pursuant to Section 12.3 of the Agreement, Owner", 2),
    BodyCount("edgar-amendments/weingarten-1995-credit-amendment-2.txt",
              "IN WITNESS WHEREOF, the parties hereto have caused this Amendment to", 5),
    # running feet that are furniture: gone but for a copy away from any page break
    BodyCount(E + "BYM_0001193125-04-191199_2.txt", "REQUESTED BY BMS", 0),
    # (of 32 copies, three stand in the text where no page break was seen, a line of text next to them)
    BodyCount(E + "BYM_0001193125-09-176788_14.txt", "* CONFIDENTIAL TREATMENT REQUESTED.", 3),
    BodyCount(E + "BYM_0000014272-99-000002_1.txt", "E-1-3", 0),
    # the legend at the top, both of its lines
    BodyCount(E + "BYM_0001193125-09-176788_10.txt", "SEPARATELY WITH THE SECURITIES AND EXCHANGE COMMISSION", 0),
]


@pytest.mark.parametrize("case", BODY_COUNTS, ids=lambda c: f"{c.rel.split('/')[-1][:40]}:{c.text[:30]}")
def test_body_keeps_what_is_not_furniture(case: BodyCount) -> None:
    ex = parse(corpus_path(case.rel))
    assert _flat(ex.page_view.text).count(_flat(case.text)) == case.count


# -- grammar cases --------------------------------------------------------------------------
class NumberCase(NamedTuple):
    line: str
    number: str | None


NUMBER_CASES = [
    NumberCase("                                     E-1-1", "E-1-1"),  # BYM_0000014272-99-000002_1
    NumberCase("                                  E - 6 - 1", "E - 6 - 1"),  # BYM_0000014272-97-000008_6
    NumberCase("E-10Q-1", "E-10Q-1"),
    NumberCase("A - 1", "A - 1"),  # credit__110101, exhibit pages
    NumberCase("S - 3", "S - 3"),  # credit__72207, signature pages
    NumberCase("1 of 2", "1"),  # credit__1182076
    NumberCase("Page 3 of 12.", "3"),
    NumberCase("Page - 3 -", "3"),
    NumberCase("\t\t\t\t32", "32"),  # AAPL_0000320193-97-000014_1
    NumberCase("Page 3 of 12 pages", None),
    NumberCase("3.1.2", None),
    NumberCase("E-1-1 and E-1-2", None),
]


@pytest.mark.parametrize("case", NUMBER_CASES, ids=lambda c: repr(c.line.strip()))
def test_exhibit_page_number_grammar(case: NumberCase) -> None:
    assert g.parse_page_number(case.line) == case.number


class BannerCase(NamedTuple):
    text: str
    number: str | None
    banner: str | None  # the text taken as the banner


BANNER_CASES = [
    BannerCase("\t\t\t\nEXHIBIT 10.A.26.1\n", "10.A.26.1", "EXHIBIT 10.A.26.1"),  # AAPL_0000320193-97-000014_1
    BannerCase("EXHIBIT 10(iii)(A)(5)\n", "10(iii)(A)(5)", "EXHIBIT 10(iii)(A)(5)"),
    BannerCase("EXHIBIT 10x.\n\n*Confidential", "10x", "EXHIBIT 10x."),  # BYM_0000014272-14-000165_1
    BannerCase("Exhibit 10aa\n", "10aa", "Exhibit 10aa"),  # BYM_0001193125-05-214797_3
    BannerCase("Exhibit 99(k)(5) FORM OF", "99(k)(5)", "Exhibit 99(k)(5)"),  # ArcaUsTreasuryFund (CUAD)
    BannerCase("Exhibit 10.2IN WITNESS", "10.2", "Exhibit 10.2"),  # words glued to the number (CUAD)
    BannerCase("Exhibits 10.9 SERVICES AGREEMENT", "10.9", "Exhibits 10.9"),  # TRANSMONTAIGNE (CUAD)
    BannerCase("EXHIBITION HALL LEASE", None, None),
]


@pytest.mark.parametrize("case", BANNER_CASES, ids=lambda c: c.text.strip()[:24])
def test_exhibit_banner(case: BannerCase) -> None:
    m = g.EXHIBIT_BANNER_START.match(case.text)
    assert (m.group("number") if m else None) == case.number
    assert (case.text[m.end() - len(case.banner) : m.end()] if m and case.banner else None) == case.banner


def test_table_markup_is_furniture_and_the_table_text_stays() -> None:
    # the shape of the 1990s filings (alrenco-1998-credit-amendment-1): tags alone on their lines
    text = ("The Applicable Margin shall be:\n\n<TABLE>\n<CAPTION>\n        Ratio          Margin\n"
            "<S>                   <C>\n   Below 2.0       0.50%<F1>\n   2.0 or more     0.75%\n</TABLE>\n\n"
            "<FN>\n<F1> Before the first test date.\n</FN>\n\nSection 2. Other terms.\n")
    lay = find_layout(text)
    body = lay.view.text
    assert not SGML_TAG.search(body) and "<F1>" not in body
    for words in ("Ratio          Margin", "Below 2.0       0.50%", "2.0 or more     0.75%",
                  "Before the first test date.", "The Applicable Margin shall be:", "Section 2. Other terms."):
        assert words in body
    assert "0.50% \n" in body or "0.50%\n" in body or "0.50% " in body  # the footnote tag became a space
    assert {f.kind for f in lay.furniture} == {"markup"}


# -- the property: no sentence of a body is taken as furniture -------------------------------
WORDS = ["Borrower", "Lender", "shall", "pay", "the", "Agreement", "Section", "above", "fees", "under",
         "Schedule", "interest", "notice", "Company", "each", "month", "day", "of", "Exhibit"]
sentence = st.builds(
    lambda words, n, m, shape: shape.format(w=" ".join(words), n=n, m=m),
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=8),
    st.integers(1, 40), st.integers(1, 12),
    st.sampled_from(["The {w} under Sections {n}.{m} and {n}.{m}, above.", "{w} {n} of the {w}.",
                     "SCHEDULE {n}", "Exhibit {n}-{m} to the {w}", "{w} as of day {n}.",
                     "Section {n}. {w}.", "{w} in Section {n}({m}) and {w}.", "{w}"]),
)
page_break = st.sampled_from(["\n\n<PAGE>\n", "\n\f", "\n\n<PAGE>   \n", "\n\n\n"])


@settings(max_examples=300, deadline=None)
@example(  # an empty page's neighbour line was counted twice as a copy of a glued foot
    pages=[["The Borrower Borrower under Sections 1.1 and 1.1, above.",
            "Section 1. Borrower Borrower Borrower Lender Borrower Borrower."],
           ["The Borrower Borrower under Sections 1.1 and 1.1, above."],
           ["Borrower Borrower Borrower Lender Borrower Borrower 1 of the "
            "Borrower Borrower Borrower Lender Borrower Borrower."],
           ["The Borrower Borrower under Sections 1.1 and 1.1, above."]],
    brk="\n\n<PAGE>\n", numbered=False, header=False, gap="\n")
@example(  # a heading's number before a shared page-final sentence was taken for a sentence's end
    pages=[["The Borrower Borrower under Sections 1.1 and 1.1, above.",
            "Borrower Borrower Borrower Borrower Borrower Lender Borrower Borrower 1 of the "
            "Borrower Borrower Borrower Borrower Borrower Lender Borrower Borrower."],
           ["Section 1. Borrower Borrower Borrower Borrower Borrower Lender Borrower Borrower."],
           ["Section 2. Borrower Borrower Borrower Borrower Borrower Lender Borrower Borrower."]],
    brk="\n\n<PAGE>\n", numbered=False, header=False, gap="\n")
@given(st.lists(st.lists(sentence, min_size=1, max_size=6), min_size=2, max_size=8), page_break,
       st.booleans(), st.booleans(), st.sampled_from(["\n", "\n\n"]))
def test_no_sentence_of_the_body_is_dropped(pages: list[list[str]], brk: str, numbered: bool, header: bool,
                                           gap: str) -> None:
    """Whatever the body's lines (sentences that differ only in their numbers at the foot of each page,
    attachment headings at the top), each line that is not page furniture is in the body."""
    body_lines = []
    seen: set[str] = set()
    parts = []
    for k, lines in enumerate(pages, start=1):
        lines = [s for s in lines if s not in seen]  # a line repeated verbatim at page edges is a running line
        seen.update(lines)
        body_lines += lines
        head = "ACME SUPPLY AGREEMENT\n\n" if header else ""
        foot = f"\n\n{' ' * 30}{k}\n" if numbered else "\n"
        parts.append(head + gap.join(lines) + foot)
    text = "MASTER AGREEMENT\n\n" + brk.join(parts)  # (an "Exhibit 1-1" opening the text is its banner)
    body = _flat(find_layout(text).view.text)
    for line in body_lines:
        if line.strip():
            assert _flat(line) in body, line


# -- submissions holding the same filing twice ------------------------------------------------
def test_a_submission_holding_its_filing_twice_gives_each_document_once(tmp_path: Path) -> None:
    sub = corpus_path("edgar-raw/submission-0000950129-95-001652.txt")
    text = sub.read_text(encoding="latin-1")
    doubled = tmp_path / "doubled.txt"
    doubled.write_text(text + "\n" + text, encoding="latin-1")
    once = parse_submission(sub)
    twice = parse_submission(doubled)
    assert [ex.meta["sequence"] for ex in twice] == [ex.meta["sequence"] for ex in once] == [1, 2]
    for ex in twice:
        diag = ex.diagnostics
        rows = diag[diag["code"] == "repeated_document"]
        assert len(rows) == 1 and rows["stage"].tolist() == ["submission"]
        assert str(len(text) + 1 + ex.meta["submission_start"]) in rows["message"].iloc[0]
    for ex in once:
        assert "repeated_document" not in set(ex.diagnostics["code"])
    result = parse_many([doubled], workers=0, progress=False)
    for name, table in result.tables().items():
        if name == "documents":
            assert table["doc_id"].is_unique and len(table) == 2
    assert sorted(result.tables()["documents"]["doc_id"]) == ["doubled.txt#1", "doubled.txt#2"]


def test_a_sequence_met_twice_with_other_text_keeps_both_under_unique_ids(tmp_path: Path) -> None:
    sub = corpus_path("edgar-raw/submission-0000950129-95-001652.txt")
    text = sub.read_text(encoding="latin-1")
    changed = text.replace("<TEXT>", "<TEXT>\nA changed copy.", 1)
    path = tmp_path / "two-versions.txt"
    path.write_text(text + "\n" + changed, encoding="latin-1")
    docs = parse_many([path], workers=0, progress=False).tables()["documents"]
    assert docs["doc_id"].is_unique and len(docs) == 3  # the changed first document is kept, once


# -- the whole raw corpus ----------------------------------------------------------------------
@requires_corpus
def test_no_sgml_tag_is_left_in_a_raw_body() -> None:
    left = []
    for folder in ("edgar-raw", "edgar-amendments", "edgar-exhibits"):
        for path in sorted((CORPUS / folder).glob("*")):
            if path.name.startswith(("MANIFEST", "README")):
                continue
            for ex in parse_submission(path):
                if SGML_TAG.search(ex.page_view.text):
                    left.append(f"{path.name}#{ex.meta.get('sequence')}")
    assert left == []
