"""Whole EDGAR submission files split into their documents, with header fields."""

from __future__ import annotations

import pytest
from conftest import corpus_path

import extractor
from extractor.io.submission import sequence_number, split_submission


def test_split_header_and_documents() -> None:
    p = corpus_path("edgar-raw/submission-0000950129-95-001652.txt")  # PEM envelope before <SEC-DOCUMENT>
    exhibits = extractor.parse_submission(p)
    assert [e.meta["type"] for e in exhibits] == ["24F-2NT", "EX-99.11"]
    meta = exhibits[1].meta
    assert meta["accession_number"] == "0000950129-95-001652"
    assert meta["form_type"] == "24F-2NT" and meta["filing_date"] == "1995-12-28"  # ISO, like every date
    assert meta["cik"] == "0000810271" and meta["filer_name"] == "COMMON SENSE TRUST"
    assert meta["description"] == "OPINION OF SULLIVAN & WORCESTER" and meta["sequence"] == 2
    raw = p.read_text(encoding="utf-8")
    for ex in exhibits:  # each document's original text is its <TEXT> content, placed in the file
        assert raw[ex.meta["submission_start"] : ex.meta["submission_end"]] == ex.original
        assert "<TEXT>" not in ex.original and "</DOCUMENT>" not in ex.original


def test_page_marker_with_number() -> None:
    """'<PAGE>   2' names the page it opens."""
    ex = extractor.parse_submission(corpus_path("edgar-raw/submission-0000950129-95-001652.txt"))[0]
    assert "2" in ex.pages["number"].dropna().tolist()
    assert "<PAGE>" not in ex.body


@pytest.mark.parametrize("types, expect", [(("EX-*",), ["EX-99"]), (("S-3*",), ["S-3/A"]), (None, ["S-3/A", "EX-99"])])
def test_type_filter(types: tuple[str, ...] | None, expect: list[str]) -> None:
    p = corpus_path("edgar-raw/submission-0000899681-95-000096.txt")
    assert [e.meta["type"] for e in extractor.parse_submission(p, types=types)] == expect


def test_split_counts_every_document() -> None:
    p = corpus_path("edgar-raw/submission-0001213900-25-032135.txt")
    text = p.read_text(encoding="utf-8")
    sub = split_submission(text)
    assert len(sub.documents) == text.count("<DOCUMENT>")
    assert sub.header["cik"] and sub.documents[1].type == "EX-99.1"


def test_plain_exhibit_is_one_document() -> None:
    exhibits = extractor.parse_submission(corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt"))
    assert len(exhibits) == 1 and exhibits[0].meta.get("type") is None


@pytest.mark.parametrize(("seq", "want"), [
    ("1", 1), (" 12 ", 12), ("999999999", 999999999),
    ("7" * 50, None),  # a fuzzed submission's <SEQUENCE>: more digits than a table's Int64 holds
    ("\u00b2", None),  # a digit str.isdigit() accepts and int() refuses
    ("", None), ("1a", None),
])
def test_sequence_number(seq: str, want: int | None) -> None:
    assert sequence_number(seq) == want
