"""Read a batch output folder back with the declared dtypes: ``extractor.read_output(DIR)``.

``pd.read_csv`` on its own guesses: ``cik`` ``0000912057`` becomes the float 912057.0, nullable
ints become float64, booleans object, and a defined term "NA" becomes missing. The loader reads
every cell as text (only the empty cell is missing, rows end at ``\\n`` so a lone CR inside a cell
is data) and casts each column to its declared dtype (``extractor/model/schema.py``). Parquet
carries its types; JSONL (``exhibits.jsonl`` + ``errors.jsonl``) is unfolded into the same tables.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import schema
from ..model.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

    from .links import LinkFacts

EXCEL_PREFIXES = ("'=", "'+", "'-", "'@", "'\t", "'\r")


def read_output(out_dir: str | Path, *, tables: list[str] | None = None,
                excel_safe: bool = False) -> dict[str, pd.DataFrame]:
    """Every table of a ``sec-exhibits batch`` output folder (CSV, Parquet or JSONL), by name, with
    ``doc_id`` first and the declared dtypes (``string``, ``Int64``, ``boolean``, ``Float64``).

    Only the tables and columns present are returned (``--tables``, ``--no-text`` runs write fewer).
    ``tables`` picks some; ``excel_safe=True`` undoes the ``'`` that ``--excel-safe`` put before
    cells opening like a formula (the default CSV is exact and needs nothing undone)."""
    out = Path(out_dir)
    if not out.is_dir():
        raise InputError("not a folder of batch output", document=str(out))
    if (out / ".publishing.json").exists():  # chunks.JOURNAL (not imported: the loader needs no writer)
        raise InputError("a batch stopped while publishing its tables here: run it again with --resume "
                         "to finish (the tables may mix two runs until then)", document=str(out))
    names = [n for n in schema.TABLES if tables is None or n in tables]
    if (out / "exhibits.jsonl").is_file():
        found = _read_jsonl(out, names)
    else:
        found = {}
        for name in names:
            if (out / f"{name}.csv").is_file():
                found[name] = _read_csv(out / f"{name}.csv", name, excel_safe)
            elif (out / f"{name}.parquet").is_file():
                found[name] = _read_parquet(out / f"{name}.parquet", name)
    if not found:
        raise InputError("no batch output tables (<table>.csv, <table>.parquet or exhibits.jsonl) in this folder",
                         document=str(out))
    for name in schema.RUN_TABLES:  # links: one file for the whole run, in the folder's format
        if tables is not None and name not in tables:
            continue
        if (out / f"{name}.csv").is_file():
            found[name] = _read_csv(out / f"{name}.csv", name, excel_safe)
        elif (out / f"{name}.parquet").is_file():
            found[name] = _read_parquet(out / f"{name}.parquet", name)
        elif (out / f"{name}.jsonl").is_file():
            text = (out / f"{name}.jsonl").read_text(encoding="utf-8")
            found[name] = schema.frame(name, [json.loads(x) for x in text.splitlines() if x.strip()])
    return found


def link_facts(fmt: str, files: dict[str, Path], excel_safe: bool = False) -> LinkFacts:
    """What ``links`` compares, read from the documents, parties and dates a batch has just built
    (``files``: output file name -> the temporary file holding it) row by row, without pandas: the
    parent of a batch holds the few facts links compares, never the tables (a 10x corpus has ~1M
    date rows) nor pandas (~130 MB)."""
    from .links import INPUTS, LinkFacts

    facts = LinkFacts()
    adds: dict[str, Callable[..., None]] = {"documents": facts.add_document, "parties": facts.add_party,
                                            "dates": facts.add_date}
    ints = {n: [c == "start" for c in cols] for n, cols in INPUTS.items()}
    if fmt == "jsonl":
        with files["exhibits.jsonl"].open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                doc_id = rec["doc_id"]
                for name, cols in INPUTS.items():
                    rows = [rec["documents"]] if name == "documents" else rec.get(name) or ()
                    for row in rows:
                        adds[name](doc_id, *(_cell(row.get(c), i) for c, i in zip(cols[1:], ints[name][1:])))
        return facts
    for name, cols in INPUTS.items():
        for row in (_parquet_rows if fmt == "parquet" else _csv_rows)(files[f"{name}.{fmt}"], cols, excel_safe):
            adds[name](*(_cell(v, i) for v, i in zip(row, ints[name])))
    return facts


def _cell(v: Any, integer: bool) -> Any:
    """A cell as the declared dtype holds it: text for strings, an int for an offset, None if missing."""
    if v is None:
        return None
    if integer:
        return int(v)
    return v if isinstance(v, str) else str(v)


def _parquet_rows(path: Path, cols: tuple[str, ...], excel_safe: bool) -> Iterator[tuple[Any, ...]]:
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(columns=list(cols), batch_size=50_000):
        yield from zip(*(batch.column(c).to_pylist() for c in cols), strict=True)


@contextmanager
def _long_fields() -> Iterator[None]:
    """Let ``csv`` read fields of any length (a page's text), only while the block runs."""
    previous = csv.field_size_limit(sys.maxsize)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _csv_rows(path: Path, cols: tuple[str, ...], excel_safe: bool) -> Iterator[tuple[str | None, ...]]:
    """The cells of ``cols`` in each row of a batch CSV (rows end at ``\\n``; a field holding a CR,
    a line break, a quote or a comma is quoted, so a lone CR is data). With ``excel_safe`` the ``'``
    that ``--excel-safe`` put before a string cell opening like a formula is undone."""
    with path.open(encoding="utf-8", newline="") as fh, _long_fields():
        reader = csv.reader(fh)
        header = next(reader, None)
        if header is None:
            return
        at = [header.index(c) for c in cols]
        for row in reader:
            cells = [row[i] for i in at]
            if excel_safe:
                cells = [v[1:] if v.startswith(EXCEL_PREFIXES) and c != "start" else v
                         for c, v in zip(cols, cells, strict=True)]
            yield tuple(v or None for v in cells)  # only the empty cell is missing


def _typed(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """The columns present, in declared order, with their declared dtypes."""
    present = [c for c in ("doc_id", *schema.declared(name)) if c in df.columns]
    return schema.conform(name, df)[present]


def _read_csv(path: Path, name: str, excel_safe: bool, usecols: list[str] | None = None,
              roles: tuple[str, ...] | None = None) -> pd.DataFrame:
    """``roles``: keep only the rows whose ``role`` is one of them, filtered chunk by chunk (peak memory)."""
    import pandas as pd

    opts: dict[str, Any] = dict(dtype=str, keep_default_na=False, na_values=[""], lineterminator="\n", usecols=usecols)
    if roles is None:
        raw = pd.read_csv(path, **opts)
    else:
        chunks = [c[c["role"].isin(roles)] for c in pd.read_csv(path, chunksize=100_000, **opts)]
        raw = pd.concat(chunks, ignore_index=True) if chunks else pd.read_csv(path, **opts)
    df = raw.astype(object).where(raw.notna(), None)
    if excel_safe:
        for col in df.columns:
            if schema.declared(name).get(col, schema.S) == schema.S:
                df[col] = df[col].map(lambda v: v[1:] if isinstance(v, str) and v.startswith(EXCEL_PREFIXES) else v)
    return _typed(name, df)


def _read_parquet(path: Path, name: str) -> pd.DataFrame:
    import pandas as pd

    return _typed(name, pd.read_parquet(path, dtype_backend="numpy_nullable"))


def _read_jsonl(out: Path, names: list[str], exhibits: Path | None = None) -> dict[str, pd.DataFrame]:
    import pandas as pd

    cols: dict[str, schema.Columns] = {}
    with (exhibits or out / "exhibits.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            doc_id = rec["doc_id"]
            for name in names:
                if name == "errors":
                    continue
                rows = [rec["documents"]] if name == "documents" else rec.get(name)
                if not rows:  # no rows here, or a table this run did not write (--tables)
                    continue
                schema.extend(cols, name, _columns(name, rows, doc_id))
    found: dict[str, pd.DataFrame] = {}
    for name in names:
        if name == "errors":
            continue
        table = cols.get(name)
        if table is None:  # no document has a row: an empty table with every declared column
            found[name] = schema.frame(name, doc_id=True)
            continue
        found[name] = _typed(name, pd.DataFrame({c: pd.array(v, dtype=object) for c, v in table.items()}))
    errors = out / "errors.jsonl"
    if "errors" in names and errors.is_file():
        rows = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines() if x.strip()]
        found["errors"] = schema.frame("errors", rows, doc_id=True)
    return found


def _columns(name: str, rows: list[dict], doc_id: str) -> schema.Columns:
    """One document's rows as column lists: only the keys its rows have (``--no-text``), doc_id first."""
    keys = [c for c in schema.TABLES[name] if c in rows[0]]
    return {"doc_id": [doc_id] * len(rows), **{c: [r.get(c) for r in rows] for c in keys}}
