"""Streaming output: chunks committed atomically, --resume, and the csv / parquet / jsonl formats."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest
from conftest import CORPUS, requires_corpus

from extractor.io import sources
from extractor.model import schema
from extractor.output import chunks, cli
from extractor.run import batch
from extractor.run.batch import Options

RAW = CORPUS / "edgar-raw"


@pytest.fixture(scope="module")
def single() -> batch.CorpusResult:
    if not RAW.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    return batch.parse_many([RAW], workers=0, progress=False)


def read_csv_table(out: Path, name: str) -> pd.DataFrame:
    df = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False, na_values=[""])
    return schema.conform(name, df.astype(object).where(df.notna(), None).astype("string"))


def as_csv_strings(df: pd.DataFrame) -> pd.DataFrame:
    return df.astype("string").fillna("").reset_index(drop=True)


def stream(out: Path, *, fmt: str = "csv", resume: bool = False, stop_after: int | None = None,
           chunk_docs: int = 2) -> chunks.ChunkWriter:
    """Run the batch into ``out``; with ``stop_after``, stop like an interrupted run (no close)."""
    writer = chunks.ChunkWriter(out, fmt, resume=resume, chunk_docs=chunk_docs, safe=False)
    for i, res in enumerate(batch.results(sources.expand([RAW]), Options(), workers=0,
                                          skip=frozenset(writer.done))):
        if stop_after is not None and i == stop_after:
            return writer
        writer.add(res)
    writer.close()
    return writer


@requires_corpus
def test_interrupted_run_then_resume_holds_each_document_once(tmp_path: Path, single) -> None:
    out = tmp_path / "out"
    stream(out, stop_after=5)  # 5 inputs done: two chunks of 2 committed, one input still buffered
    assert not list(out.glob("*.csv")), "an interrupted first run publishes no table"
    resumed = chunks.ChunkWriter(out, "csv", resume=True)
    assert len(resumed.done) == 4
    resumed.release()  # one writer per folder: this one only looked
    writer = stream(out, resume=True)
    assert len(writer.done) == len(list(sources.expand([RAW])))
    for name in schema.TABLES:
        got = read_csv_table(out, name)
        pdt.assert_frame_equal(as_csv_strings(got), as_csv_strings(single.tables()[name]), obj=name)
    assert read_csv_table(out, "documents")["doc_id"].is_unique


@requires_corpus
def test_an_interrupted_rerun_leaves_the_previous_tables_whole(tmp_path: Path, single) -> None:
    out = tmp_path / "out"
    stream(out)
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    assert not (out / ".parts").exists(), "a finished run removes its chunks"
    (out / ".parts" / ".tmp-chunk-000009-x").mkdir(parents=True)  # a chunk being written when killed
    stream(out, stop_after=3)  # a fresh run, interrupted
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == before
    assert not list((out / ".parts").glob(".tmp-*"))


@requires_corpus
def test_cli_resume_on_a_finished_run_changes_nothing(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert cli.main(["batch", str(RAW), "--out", str(out), "--workers", "0", "--keep-parts"]) == 0
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    capsys.readouterr()
    assert cli.main(["batch", str(RAW), "--out", str(out), "--workers", "0", "--resume", "--keep-parts"]) == 0
    assert "0 files, 0 documents, 0 errors, 8 already done" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == before


@requires_corpus
def test_resume_refuses_another_format(tmp_path: Path) -> None:
    stream(tmp_path, stop_after=2)
    with pytest.raises(Exception, match="holds a csv batch"):
        chunks.ChunkWriter(tmp_path, "jsonl", resume=True)


@requires_corpus
def test_parquet_tables_equal_the_in_memory_tables(tmp_path: Path, single) -> None:
    pytest.importorskip("pyarrow")
    stream(tmp_path, fmt="parquet")
    for name in schema.TABLES:
        got = pd.read_parquet(tmp_path / f"{name}.parquet")
        assert list(got.columns) == ["doc_id", *schema.TABLES[name]], name
        pdt.assert_frame_equal(schema.conform(name, got), single.tables()[name], obj=name)


@requires_corpus
def test_jsonl_has_one_line_per_document_with_its_tables(tmp_path: Path, single) -> None:
    stream(tmp_path, fmt="jsonl")
    lines = [json.loads(x) for x in (tmp_path / "exhibits.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [d["doc_id"] for d in lines] == single.documents["doc_id"].tolist()
    for name in ("pages", "furniture", "sections"):
        n_rows = sum(len(d[name]) for d in lines)
        assert n_rows == len(single.tables()[name]), name
    first = lines[0]
    pages = single.pages[single.pages["doc_id"] == first["doc_id"]]
    assert [p["text"] for p in first["pages"]] == pages["text"].tolist()
    assert (tmp_path / "errors.jsonl").read_text() == ""


@requires_corpus
def test_csv_formula_cells_are_neutralised_only_with_excel_safe(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("=HYPERLINK(\"x\")\n\nAGREEMENT\n\nThis Agreement is made.\n")
    assert cli.main(["batch", str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--quiet", "--excel-safe"]) == 0
    pages = pd.read_csv(tmp_path / "o" / "pages.csv", dtype=str)
    assert pages["text"].str.startswith("'=HYPERLINK").all()
    assert cli.main(["batch", str(tmp_path / "in"), "--out", str(tmp_path / "exact"), "--quiet"]) == 0
    pages = pd.read_csv(tmp_path / "exact" / "pages.csv", dtype=str)
    assert pages["text"].str.startswith("=HYPERLINK").all()  # the default CSV is exact
