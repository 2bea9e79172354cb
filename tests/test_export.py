"""The batch writers work from column lists without pandas; their bytes must equal pandas' own."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.io import sources
from extractor.model import schema
from extractor.output import chunks, export
from extractor.run import batch

# text with everything CSV quoting cares about: commas, quotes, CR, LF, formula starts, non-ASCII
cell_text = st.text(alphabet=st.sampled_from(list('ab ,"\r\n=+-@\t\xa0é')), max_size=12)
maybe_text = st.one_of(st.none(), cell_text)
maybe_int = st.one_of(st.none(), st.integers(-10**6, 10**12))
maybe_bool = st.one_of(st.none(), st.booleans())
maybe_float = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False, width=64))


def _rows(draw: st.DrawFn, n: int, name: str) -> schema.Columns:
    strategies = {schema.S: maybe_text, schema.I: maybe_int, schema.B: maybe_bool, schema.F: maybe_float}
    cols: schema.Columns = {"doc_id": [draw(cell_text) for _ in range(n)]}
    for col, dtype in schema.TABLES[name].items():
        cols[col] = [draw(strategies[dtype]) for _ in range(n)]
    return cols


@st.composite
def tables(draw: st.DrawFn) -> tuple[str, schema.Columns]:
    name = draw(st.sampled_from(["durations", "signatures", "sections", "documents"]))
    return name, _rows(draw, draw(st.integers(0, 6)), name)


@settings(max_examples=150, deadline=None)
@given(table=tables(), safe=st.booleans())
def test_csv_from_columns_is_byte_identical_to_pandas(tmp_path_factory: pytest.TempPathFactory,
                                                      table: tuple[str, schema.Columns], safe: bool) -> None:
    name, cols = table
    path = tmp_path_factory.mktemp("csv") / f"{name}.csv"
    export.write_csv_columns(name, cols, path, safe=safe)
    df = schema.from_columns(name, cols)
    expected = (export.neutralise(df) if safe else df).to_csv(index=False, lineterminator="\n")
    if "\r" in expected:
        # pandas leaves a lone "\r" unquoted; we quote it: the same bytes but for those quotes
        assert path.read_bytes().replace(b'"', b"") == expected.encode("utf-8").replace(b'"', b"")
    else:
        assert path.read_bytes() == expected.encode("utf-8")
    # and the file reads back as the same rows, whatever reader: "\r" never splits a row
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 1 + schema.n_rows(cols)
    assert pd.read_csv(path, dtype=str, keep_default_na=False).shape[0] == schema.n_rows(cols)


def test_a_small_write_batch_is_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Several write slices per table (a real sample) give the same file as one pandas write."""
    monkeypatch.setattr(export, "CSV_ROWS_PER_WRITE", 3)
    res = batch.run_job(sources.Job("x.txt", "samples/xpresspa-calm-marketing-agreement.txt"))
    for name in ("sections", "pages", "defined_terms"):
        assert schema.n_rows(res.columns[name]) > 3
        export.write_csv_columns(name, res.columns[name], tmp_path / "t.csv")
        expected = res.frame(name).to_csv(index=False, lineterminator="\n")
        assert (tmp_path / "t.csv").read_text(encoding="utf-8") == expected


def test_jsonl_rows_match_the_frames(tmp_path: Path) -> None:
    res = batch.run_job(sources.Job("q.txt", "samples/qwest-kmc-mgs-amendment-1.txt"))
    docs, errors = export.jsonl_lines(res.columns, [])
    assert errors == [] and len(docs) == 1
    rec = json.loads(docs[0])
    assert rec["doc_id"] == "q.txt" and rec["documents"]["title"] == res.frame("documents")["title"][0]
    for name in schema.EXHIBIT_TABLES:
        want = res.frame(name).drop(columns="doc_id")
        want = want.astype(object).where(want.notna(), None).to_dict(orient="records")
        assert rec[name] == want, name
    assert rec["redactions"], "the sample has redactions: the comparison must not be vacuous"


def test_empty_columns_keep_every_declared_column(tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    export.write_csv_columns("dates", schema.columns("dates", [], doc_id="x"), path)
    assert path.read_text() == ",".join(["doc_id", *schema.TABLES["dates"]]) + "\n"
    assert list(pd.read_csv(path).columns) == ["doc_id", *schema.TABLES["dates"]]


def test_a_chunk_is_committed_once_its_input_bytes_reach_the_limit(tmp_path: Path) -> None:
    """Memory is bounded by input bytes too: a few large inputs must not fill one chunk."""
    jobs = list(sources.expand(["samples"]))
    results = [batch.run_job(j) for j in jobs]
    limit = min(r.n_bytes for r in results)
    writer = chunks.ChunkWriter(tmp_path / "out", chunk_docs=1000, chunk_rows=10**9, chunk_bytes=limit)
    for r in results:
        writer.add(r)
        assert writer.n_bytes == 0  # each input reached the limit, so each add committed a chunk
    writer.close(keep_parts=True)
    committed = sorted((tmp_path / "out" / export.PARTS_DIR).glob("chunk-*"))
    assert len(committed) == len(results) > 1
    keys = [json.loads(line)[0] for c in committed for line in (c / chunks.INPUTS).read_text().splitlines()]
    assert sorted(keys) == sorted(j.key for j in jobs)


def _batch_csv(tmp: Path, results: list[batch.JobResult]) -> dict[str, bytes]:
    writer = chunks.ChunkWriter(tmp, "csv", chunk_docs=2)
    for res in results:
        writer.add(res)
    return {p.name: p.read_bytes() for p in writer.close()}


def test_rows_rendered_in_the_worker_write_the_same_csv(tmp_path: Path) -> None:
    """Options(render="csv") sends CSV bytes instead of column lists; the tables are the same bytes."""
    jobs = [sources.Job(p.name, str(p)) for p in sorted(Path("samples").glob("*.txt"))][:4]
    jobs.append(sources.Job("empty.txt", str(tmp_path / "empty.txt")))
    (tmp_path / "empty.txt").write_bytes(b"")  # an errors row in both runs
    plain = [batch.run_job(j) for j in jobs]
    rendered = [batch.run_job(j, batch.Options(render="csv")) for j in jobs]
    assert all(r.csv and not r.columns for r in rendered if not r.errors)
    assert rendered[0].n_rows == {n: schema.n_rows(c) for n, c in plain[0].columns.items()}
    got = _batch_csv(tmp_path / "rendered", rendered)
    assert got == _batch_csv(tmp_path / "plain", plain)
    assert got["errors.csv"].count(b"\n") == 2 and got["sections.csv"].count(b"\n") > 100


def test_a_rendered_result_is_refused_by_other_formats(tmp_path: Path) -> None:
    res = batch.run_job(sources.Job("q.txt", "samples/qwest-kmc-mgs-amendment-1.txt"), batch.Options(render="csv"))
    with pytest.raises(ValueError, match="CSV-rendered"):
        chunks.ChunkWriter(tmp_path, "jsonl").add(res)


@pytest.mark.parametrize("kernel_copy", [True, False])
def test_chunks_are_appended_whole_with_or_without_kernel_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               kernel_copy: bool) -> None:
    if not kernel_copy:
        monkeypatch.delattr(export.os, "copy_file_range", raising=False)
    parts = []
    for i in range(3):
        p = tmp_path / f"part{i}.csv"
        p.write_bytes(b"header\n" + bytes(range(256)) * (1000 + i) + b"end\n")
        parts.append(p)
    out = tmp_path / "out.csv"
    with out.open("wb") as dst:
        dst.write(b"H\n")
        for p in parts:
            with p.open("rb") as src:
                src.readline()
                export.append_file(src, dst)
        dst.write(b"tail\n")
    assert out.read_bytes() == b"H\n" + b"".join(p.read_bytes()[7:] for p in parts) + b"tail\n"
