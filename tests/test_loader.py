"""Typed outputs on disk (issue 15): ``extractor.read_output`` gives the declared dtypes back from
CSV, Parquet and JSONL; Parquet alone carries them to a plain ``pd.read_parquet``; the JSON Schema
has a description for every column."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest
from conftest import SAMPLES

import extractor
from extractor.model import descriptions, schema
from extractor.output import cli

# a defined term "NA" (pandas' default reading turns it into a missing value) and a month-precision date
NA_TERM = (b'LICENSE AGREEMENT\n\nThis License Agreement is made as of May 1, 1984 between Alpha Inc., a Delaware '
           b'corporation ("Alpha"), and North American Bank ("NA").\n\n1. Term. The term begins in April 1984.\n')


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("in")
    for f in SAMPLES.glob("*.txt"):
        shutil.copy(f, src)
    (src / "na-term.txt").write_bytes(NA_TERM)
    (src / "formula.txt").write_bytes(b'=HYPERLINK("x")\n\nAGREEMENT\n\nThis Agreement is made.\n')
    return src


def _run(inputs: Path, out: Path, *args: str) -> Path:
    assert cli.main(["batch", str(inputs), "--out", str(out), "--workers", "0", "--quiet", *args]) == 0
    return out


@pytest.fixture(scope="module")
def csv_tables(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    return extractor.read_output(_run(inputs, tmp_path_factory.mktemp("csv") / "out"))


def test_csv_read_back_has_the_declared_dtypes_and_exact_values(csv_tables: dict[str, pd.DataFrame]) -> None:
    assert list(csv_tables) == [*schema.TABLES, *schema.RUN_TABLES]
    for name, df in csv_tables.items():
        first = {} if name in schema.RUN_TABLES else {"doc_id": "string"}
        assert list(df.columns) == [*first, *schema.declared(name)], name
        assert {c: str(t) for c, t in df.dtypes.items()} == {**first, **schema.declared(name)}, name
    docs = csv_tables["documents"].set_index("doc_id")
    assert docs.loc["submission-0000950129-95-001652.txt#1", "cik"] == "0000810271"  # leading zeros kept
    assert docs.loc["submission-0000950129-95-001652.txt#1", "filing_date"] == "1995-12-28"  # ISO
    terms = csv_tables["defined_terms"]
    assert "NA" in set(terms.loc[terms["doc_id"] == "na-term.txt", "term"])  # a string, not a missing value
    dates = csv_tables["dates"].query("doc_id == 'na-term.txt'")
    assert dates[["value", "precision"]].values.tolist() == [["1984-05-01", "day"], ["1984-04", "month"]]


def test_the_same_tables_in_memory(inputs: Path, csv_tables: dict[str, pd.DataFrame]) -> None:
    mem = extractor.parse_many([inputs], workers=0, progress=False)
    for name in schema.TABLES:
        pdt.assert_frame_equal(csv_tables[name], mem.tables()[name], obj=name)


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_parquet_and_jsonl_read_back_equal_to_csv(inputs: Path, tmp_path: Path, fmt: str,
                                                  csv_tables: dict[str, pd.DataFrame]) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    got = extractor.read_output(_run(inputs, tmp_path / "out", "--format", fmt))
    for name in schema.TABLES:
        pdt.assert_frame_equal(got[name], csv_tables[name], obj=name)


def test_plain_read_parquet_gives_the_declared_dtypes(inputs: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    out = _run(inputs, tmp_path / "out", "--format", "parquet")
    for name in ("documents", "signatures", "dates"):
        df = pd.read_parquet(out / f"{name}.parquet")  # no dtype_backend: the file says its types
        assert {c: str(t) for c, t in df.dtypes.items()} == {"doc_id": "string", **schema.TABLES[name]}, name


def test_excel_safe_output_reads_back_exact_with_excel_safe(inputs: Path, tmp_path: Path,
                                                            csv_tables: dict[str, pd.DataFrame]) -> None:
    out = _run(inputs, tmp_path / "out", "--excel-safe")
    raw = pd.read_csv(out / "pages.csv", dtype=str, lineterminator="\n")
    assert raw["text"].str.startswith("'=HYPERLINK").any()  # neutralised in this form only
    got = extractor.read_output(out, excel_safe=True)
    for name in schema.TABLES:
        pdt.assert_frame_equal(got[name], csv_tables[name], obj=name)


def test_default_csv_keeps_text_equal_to_the_original_span(inputs: Path, csv_tables: dict[str, pd.DataFrame]) -> None:
    furniture = csv_tables["furniture"]
    neon = furniture[furniture["doc_id"] == "neon-distributor-agreement-amendment-1.txt"]
    original = (inputs / "neon-distributor-agreement-amendment-1.txt").read_text(encoding="utf-8")
    assert len(neon) and all(original[s:e] == t for s, e, t in neon[["start", "end", "text"]].itertuples(index=False))


def test_a_missing_or_empty_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(extractor.InputError):
        extractor.read_output(tmp_path / "absent")
    with pytest.raises(extractor.InputError):
        extractor.read_output(tmp_path)


def test_every_declared_column_has_a_description() -> None:
    written = [*schema.TABLES, *schema.RUN_TABLES]
    missing = [f"{t}.{c}" for t in written for c in schema.declared(t)
               if not (descriptions.COLUMNS.get(t, {}).get(c) or c in descriptions.SPAN)]
    assert not missing, f"add a description to extractor/model/descriptions.py for: {missing}"
    stale = [f"{t}.{c}" for t, cols in descriptions.COLUMNS.items() for c in cols if c not in schema.declared(t)]
    assert not stale
    assert set(descriptions.TABLE_DESCRIPTIONS) == set(written)


def test_schema_command_prints_a_valid_json_schema_that_rows_satisfy(capsys: pytest.CaptureFixture[str],
                                                                     csv_tables: dict[str, pd.DataFrame]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    assert cli.main(["schema"]) == 0
    doc = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(doc)
    for name, df in csv_tables.items():
        props = doc["$defs"][name]["properties"]
        assert list(props) == [*([] if name in schema.RUN_TABLES else ["doc_id"]), *schema.declared(name)]
        assert all(p["description"] for p in props.values())
        validator = jsonschema.Draft202012Validator(doc["$defs"][name])
        for row in df.head(20).astype(object).where(df.head(20).notna(), None).to_dict("records"):
            validator.validate({k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()})


def test_parquet_files_declare_arrow_types_other_readers_use(inputs: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = _run(inputs, tmp_path / "out", "--format", "parquet")
    arrow = {schema.S: "string", schema.I: "int64", schema.B: "bool", schema.F: "double"}
    for name in schema.TABLES:
        got = pq.read_schema(out / f"{name}.parquet")  # what Polars and DuckDB see
        declared = {"doc_id": schema.S, **schema.TABLES[name]}
        assert {f.name: str(f.type) for f in got} == {c: arrow[t] for c, t in declared.items()}, name
        assert all(f.nullable for f in got)
