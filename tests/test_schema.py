"""One declared schema: record fields are the column names; every real row round-trips its offsets."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from conftest import CORPUS, requires_corpus

import extractor
from extractor.model import records, schema
from extractor.stages import amendments, dates, parties, redactions, sections, signatures, terms

RECORDS = {
    "pages": records.Page,
    "furniture": records.Furniture,
    "diagnostics": records.Diagnostic,
    "redactions": redactions.Redaction,
    "signatures": signatures.Signature,
    "parties": parties.Party,
    "dates": dates.DateMention,
    "durations": dates.Duration,
    "defined_terms": terms.DefinedTerm,
    "sections": sections.Section,
    "references": sections.Reference,
    "amendments": amendments.Amendment,
}


@pytest.mark.parametrize("table", sorted(RECORDS))
def test_record_fields_are_columns(table: str) -> None:
    fields = [f.name for f in dataclasses.fields(RECORDS[table])]
    assert sorted(fields) == sorted(schema.TABLES[table])


def test_frame_rejects_unknown_fields() -> None:
    with pytest.raises(KeyError):
        schema.frame("pages", [{"start": 0, "end": 1, "text": "x", "page": 1, "colour": "red"}])


@requires_corpus
def test_every_row_of_every_table_roundtrips_on_real_documents() -> None:
    paths = sorted((CORPUS / "cuad").glob("*.txt"))[::40] + sorted((CORPUS / "edgar-raw").glob("*.txt"))
    assert len(paths) >= 20
    for p in paths:
        for ex in extractor.parse_submission(p):
            for name, df in ex.tables().items():
                if "text" not in df.columns:
                    continue
                for row in df.itertuples():
                    assert ex.original[row.start : row.end] == row.text, (p.name, name, row.start)
                for col, start, end in _inner_spans(name):
                    for text, a, b in zip(df[col], df[start], df[end]):
                        if a is not pd.NA:
                            assert ex.original[a:b] == text, (p.name, name, col, a)


def _inner_spans(table: str) -> list[tuple[str, str, str]]:
    """(text column, start column, end column) of every inner offset pair of a table: the pair's
    own ``X_text`` column where the ``X`` column holds a normalised value (a page's number, a term)."""
    cols = schema.TABLES[table]
    out = []
    for start in (c for c in cols if c.endswith("_start") and c != "submission_start"):
        stem = start.removesuffix("_start")
        out.append((f"{stem}_text" if f"{stem}_text" in cols else stem, start, f"{stem}_end"))
    return out


@pytest.mark.parametrize("table", sorted(RECORDS))
def test_every_inner_offset_pair_has_its_text_column(table: str) -> None:
    for text, _start, _end in _inner_spans(table):
        assert text in schema.TABLES[table]
