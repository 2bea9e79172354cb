"""Output stage: write tables atomically (a temporary file, then a rename).

A batch streams column lists (``schema.Columns``) from the workers into chunks; CSV, Parquet
(pyarrow) and JSONL are written straight from those lists, so the parent process of a batch
never needs pandas for CSV or JSONL. The CSV bytes are what ``DataFrame.to_csv`` writes.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from ..model import schema
from ..model.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

# Spreadsheets run cells that begin with these as formulas (a TAB or CR before "=" too: a
# spreadsheet strips them); a leading ' neutralises them. Only with --excel-safe: the default CSV is exact.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _file_mode() -> int:
    """The mode an ordinary new file gets (mkstemp's temporary files are 0600)."""
    mask = os.umask(0o22)
    os.umask(mask)
    return 0o666 & ~mask


def publish(tmp: Path, target: Path) -> None:
    """Give a finished temporary file the usual permissions and rename it over ``target``."""
    os.chmod(tmp, _file_mode())
    os.replace(tmp, target)


def atomic_write_text(path: Path, data: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        publish(Path(tmp), path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def neutralise(df: pd.DataFrame) -> pd.DataFrame:
    """Prefix string cells that a spreadsheet would run as a formula with a single quote."""
    out = df.copy()
    for col in out.columns:
        if str(out[col].dtype) == "string":
            s = out[col]
            mask = s.str.startswith(FORMULA_START).fillna(False)
            if mask.any():
                out.loc[mask, col] = "'" + s[mask]
    return out


def write_csv(df: pd.DataFrame, path: Path, *, safe: bool = False) -> None:
    """A DataFrame as CSV, through the same cell formatter as the batch (``DataFrame.to_csv``
    leaves a lone "\r" unquoted, and a CR-only exhibit's rows then read back split)."""
    kinds = {"string": schema.S, "Int64": schema.I, "boolean": schema.B, "float64": schema.F}
    cells = [_csv_cells(kinds.get(str(df[c].dtype), schema.S),
                        [None if v is None or type(v).__name__ == "NAType" or v != v else v for v in df[c].tolist()],
                        safe)
             for c in df.columns]
    rows = [",".join(_csv_strings(list(map(str, df.columns)), False))] + [",".join(r) for r in zip(*cells)]
    atomic_write_text(path, "\n".join(rows) + "\n")


def write_tables(tables: dict[str, pd.DataFrame], out: Path, *, safe: bool = False) -> list[Path]:
    written = []
    for name, df in tables.items():
        p = out / f"{name}.csv"
        write_csv(df, p, safe=safe)
        written.append(p)
    return written


def to_jsonable(value: Any) -> Any:
    # pandas' NA is known by its type's name: this module does not import pandas (batch parents)
    if value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType":
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _cell(kind: str, value: Any) -> Any:
    """A cell as its declared dtype holds it (what the DataFrame would give: an int in a Float64
    column is a float, anything in a string column its ``str``), missing values as None."""
    value = to_jsonable(value)
    if value is None:
        return None
    if kind == schema.S:
        return value if isinstance(value, str) else str(value)
    if kind == schema.I:
        return int(value)
    if kind == schema.F:
        return float(value)
    return bool(value)


def records(name: str, cols: schema.Columns) -> list[dict[str, Any]]:
    """One table's rows as JSON-ready records, from its column lists (no DataFrame: ``parse --json``
    does not import pandas)."""
    kinds = schema.TABLES[name]
    cells = [[_cell(kinds[c], v) for v in cols[c]] for c in kinds]
    return [dict(zip(kinds, row)) for row in zip(*cells)]


def exhibit_json(ex: Any) -> str:
    doc = {
        "meta": {k: to_jsonable(v) for k, v in ex.meta.items()},
        "body": ex.body,
        "tables": {name: records(name, ex.columns(name)) for name in ["documents", *schema.EXHIBIT_TABLES]},
    }
    return json.dumps(doc, ensure_ascii=False, indent=1)


# -- streaming batch output ---------------------------------------------------------------------
FORMATS = ("csv", "parquet", "jsonl")
PARTS_DIR = ".parts"  # committed chunks (kept for --resume); delete it to reclaim the space
CHUNK_DOCS = 100
CHUNK_ROWS = 25_000
CHUNK_BYTES = 4_000_000  # input bytes per chunk: the tables hold ~4x their input as text


def arrow_schema(name: str, drop: Iterable[str] = ()):
    """The pyarrow schema of a table (``doc_id`` first), from ``schema.TABLES``: every column nullable,
    so Polars and DuckDB read strings, nullable ints and booleans; its pandas metadata names the
    declared dtypes, so ``pd.read_parquet`` gives ``string``/``Int64``/``boolean`` without options."""
    import pyarrow as pa

    kinds = {"string": pa.string(), "Int64": pa.int64(), "boolean": pa.bool_(), "Float64": pa.float64()}
    first = {} if name in schema.RUN_TABLES else {"doc_id": "string"}  # links: no doc_id column
    cols = {c: t for c, t in {**first, **schema.declared(name)}.items() if c not in drop}
    return pa.schema([pa.field(c, kinds[t], nullable=True) for c, t in cols.items()],
                     metadata=_pandas_metadata(name, tuple(cols)))


@cache
def _pandas_metadata(name: str, cols: tuple[str, ...]) -> dict[bytes, bytes]:
    import pyarrow as pa

    empty = schema.frame(name, doc_id=True)[list(cols)]
    return pa.Schema.from_pandas(empty, preserve_index=False).metadata


def selected_tables(tables: Iterable[str] | None) -> list[str]:
    """The tables a batch writes, in schema order: all, or those chosen plus documents and errors."""
    if tables is None:
        return list(schema.TABLES)
    chosen = {"documents", "errors", *tables}
    return [n for n in schema.TABLES if n in chosen]


def output_names(fmt: str, tables: Iterable[str] | None = None) -> list[str]:
    """The files a batch writes into ``--out DIR`` for a format (fixed names: always inside DIR)."""
    names = ["exhibits.jsonl", "errors.jsonl"] if fmt == "jsonl" else [f"{n}.{fmt}" for n in selected_tables(tables)]
    return names + [links_name(fmt)] if writes_links(tables) else names


def write_links(fmt: str, built: dict[str, Path], dst: Path, *, safe: bool = False) -> None:
    """The batch's ``links`` table into ``dst``, made from the documents, parties and dates files it
    has just built (``built``: output file name -> temporary file), in the batch's format."""
    from .loader import link_facts

    rows = link_facts(fmt, built, excel_safe=safe).rows()  # read row by row: no tables held, no pandas
    cols: schema.Columns = {c: [r[c] for r in rows] for c in schema.declared("links")}
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pydict(typed_columns("links", cols), schema=arrow_schema("links")), dst)
    elif fmt == "jsonl":
        lines = [json.dumps(dict(zip(cols, row)), ensure_ascii=False) + "\n" for row in zip(*cols.values())]
        dst.write_text("".join(lines), encoding="utf-8")
    else:
        dst.write_bytes((",".join(cols) + "\n").encode() + csv_rows("links", cols, safe=safe))


def links_name(fmt: str) -> str:
    """The file of the ``links`` table a batch writes (``links.jsonl`` beside ``exhibits.jsonl``)."""
    return f"links.{fmt}"


def writes_links(tables: Iterable[str] | None) -> bool:
    """A batch writes ``links`` when it writes the tables links are made from (a ``--tables`` run
    without parties or dates writes none)."""
    chosen = selected_tables(tables)
    return "parties" in chosen and "dates" in chosen


def check_out_dir(out: Path, *, resume: bool = False, overwrite: bool = False) -> None:
    """Refuse an output path that is a file, or a folder holding another run's output unless the
    user asked to continue it (``resume``) or to replace it (``overwrite``)."""
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out} is a file, not a folder")
    if not out.is_dir() or resume or overwrite:
        return
    previous = [n for fmt in FORMATS for n in output_names(fmt) if (out / n).exists()]
    if (out / PARTS_DIR).exists() or previous:
        raise InputError(f"--out {out} holds the output of another run: add --overwrite to replace it "
                         "or --resume to continue it")


def _output_columns(name: str, doc_id: bool, cols: Iterable[str] | None = None) -> dict[str, str]:
    """A table's columns and dtypes in output order (``doc_id`` first when the table has it); with
    ``cols``, only those (a batch run with ``--no-text`` drops the ``text`` columns)."""
    declared = {"doc_id": schema.S, **schema.declared(name)} if doc_id else schema.declared(name)
    if cols is None:
        return declared
    present = set(cols)
    return {c: t for c, t in declared.items() if c in present}


def typed_columns(name: str, cols: schema.Columns) -> schema.Columns:
    """Each declared column's values as the Python type of its dtype (None for missing), in
    output order (``doc_id`` first): what ``from_columns`` would hold, without pandas."""
    return {c: _CAST[t](cols[c]) for c, t in _output_columns(name, "doc_id" in cols, cols).items()}


def _strings(values: list[Any]) -> list[Any]:
    return [v if v is None or v.__class__ is str else str(v) for v in values]


def _ints(values: list[Any]) -> list[Any]:
    return [v if v is None or v.__class__ is int else int(v) for v in values]


def _bools(values: list[Any]) -> list[Any]:
    return [v if v is None or v.__class__ is bool else bool(v) for v in values]


def _floats(values: list[Any]) -> list[Any]:
    return [None if v is None or v != v else float(v) for v in values]


_CAST = {schema.S: _strings, schema.I: _ints, schema.B: _bools, schema.F: _floats}


FORMULA_FIRST = frozenset(FORMULA_START)


def _safe_cells(values: list[str]) -> list[str]:
    return [("'" + v) if v.__class__ is str and v[:1] in FORMULA_FIRST else v for v in values]


# A field holding a comma, a quote, "\n" or "\r" is quoted, its quotes doubled (csv.writer's
# QUOTE_MINIMAL with lineterminator "\n" leaves a lone "\r" unquoted, and readers that take "\r"
# as a line break then split the row). Formatting whole columns with str methods and joining
# rows in C is ~5x faster than csv.writer on long text cells.
def _quoted(v: Any) -> str:
    """One string cell: missing as empty, anything but a str as its ``str``, quoted when it holds
    a comma, a quote or a line break (the cells the column-wise checks below do not pass)."""
    if v is None:
        return ""
    if v.__class__ is not str:
        v = str(v)
    if '"' in v:
        return f'"{v.replace(_QUOTE, _QUOTE_TWICE)}"'  # one copy of a long cell, not two as with +
    if "," in v or "\n" in v or "\r" in v:
        return f'"{v}"'
    return v


_QUOTE, _QUOTE_TWICE = '"', '""'


def _csv_strings(values: list[Any], safe: bool) -> list[str]:
    if safe:
        values = _safe_cells(["" if v is None else v if v.__class__ is str else str(v) for v in values])
    first = values[0] if values else ""
    if (first.__class__ is not str or not ("," in first or '"' in first or "\n" in first or "\r" in first)) \
            and set(map(type, values)) == {str}:
        # most columns (ids, kinds, labels) have no cell to quote: one check of their joined text,
        # in C, instead of four per cell (not tried when the first cell is quoted: a text column)
        joined = "".join(values)
        if not ("," in joined or '"' in joined or "\n" in joined or "\r" in joined):
            return values
    return [v if v.__class__ is str and not ("," in v or '"' in v or "\n" in v or "\r" in v) else _quoted(v)
            for v in values]


def _csv_ints(values: list[Any]) -> list[str]:
    if None not in values:
        try:  # every value an int (or a bool: int's own repr gives its digits, as int(v) would)
            return list(map(int.__repr__, values))
        except TypeError:
            pass
    return ["" if v is None else str(v if v.__class__ is int else int(v)) for v in values]


def _csv_cells(dtype: str, values: list[Any], safe: bool) -> list[str]:
    """One column's cells as CSV text, from raw values (cast as ``typed_columns`` casts them)."""
    if dtype == schema.S:
        return _csv_strings(values, safe)
    if dtype == schema.F:
        return ["" if v is None else repr(v) for v in _floats(values)]
    if dtype == schema.B:
        return ["" if v is None else "True" if v else "False" for v in values]
    return _csv_ints(values)


CSV_ROWS_PER_WRITE = 500  # rows formatted and written at once: bounds the text held for a table


def csv_rows(name: str, cols: schema.Columns, *, safe: bool = False) -> bytes:
    """One table's rows (no header) as UTF-8 CSV: the lines ``write_csv_columns`` writes after its
    header. Batch workers send these, so the parent only joins bytes."""
    declared = _csv_columns(name, tuple(cols)).items()
    n = schema.n_rows(cols)
    step = CSV_ROWS_PER_WRITE
    parts = []
    for lo in range(0, n, step):
        # a table of one slice (most tables of a document) is formatted from its own lists, unsliced
        cells = [_csv_cells(t, cols[c] if n <= step else cols[c][lo : lo + step], safe) for c, t in declared]
        # each line encoded on its own: an ASCII line is copied as is, where a slice holding one
        # non-Latin-1 character would take every line through the slower wide-character encoder;
        # backslashreplace: a lone surrogate (an undecodable file name in a message) must not stop the batch
        lines = list(map(str.encode, map(",".join, zip(*cells)), _UTF8, _BACKSLASH))
        lines.append(b"")  # the last line's "\n"
        parts.append(b"\n".join(lines))
    return parts[0] if len(parts) == 1 else b"".join(parts)


_UTF8, _BACKSLASH = repeat("utf-8"), repeat("backslashreplace")


@cache
def _csv_columns(name: str, cols: tuple[str, ...]) -> dict[str, str]:
    """``_output_columns`` for a table holding ``cols``: the same few sets for every document."""
    return _output_columns(name, "doc_id" in cols, cols)


def write_csv_columns(name: str, cols: schema.Columns, path: Path, *, safe: bool = False) -> None:
    """One table's column lists as CSV (missing values empty, booleans True/False), byte for byte
    what ``DataFrame.to_csv(index=False, lineterminator="\n")`` writes for the same table."""
    with path.open("wb") as fh:
        fh.write((",".join(_output_columns(name, "doc_id" in cols, cols)) + "\n").encode())
        fh.write(csv_rows(name, cols, safe=safe))


def csv_header(name: str, drop: Iterable[str] = ()) -> str:
    return ",".join(c for c in _output_columns(name, True) if c not in drop) + "\n"


def arrow_table(name: str, cols: schema.Columns):
    """One table's column lists as a pyarrow Table with the declared types."""
    import pyarrow as pa

    typed = typed_columns(name, cols)
    return pa.Table.from_pydict(typed, schema=arrow_schema(name, drop=set(schema.TABLES[name]) - set(typed)))


def _rows(name: str, cols: schema.Columns) -> Iterable[tuple[str, dict[str, Any]]]:
    """(doc_id, row without doc_id) for each row of a table."""
    typed = typed_columns(name, cols)
    keys = [c for c in typed if c != "doc_id"]
    for doc_id, *values in zip(*typed.values()):
        yield doc_id, dict(zip(keys, values))


def jsonl_lines(tables: dict[str, schema.Columns], errors: list[dict],
                selected: Iterable[str] | None = None) -> tuple[list[str], list[str]]:
    """One JSON line per document (its documents row and every table's rows), one per error."""
    by_doc: dict[str, dict[str, list[dict[str, Any]]]] = {}
    docs: list[tuple[str, dict[str, Any]]] = []
    for name, cols in tables.items():
        if name == "documents":
            docs = list(_rows(name, cols))
            continue
        for doc_id, row in _rows(name, cols):
            by_doc.setdefault(doc_id, {}).setdefault(name, []).append(row)
    lines = []
    for doc_id, doc_row in docs:
        rec: dict[str, Any] = {"doc_id": doc_id, "documents": doc_row}
        mine = by_doc.get(doc_id, {})
        for name in selected_tables(selected):
            if name not in ("documents", "errors"):
                rec[name] = mine.get(name, [])
        lines.append(json.dumps(rec, ensure_ascii=False))
    err = [json.dumps({k: to_jsonable(v) for k, v in e.items()}, ensure_ascii=False) for e in errors]
    return lines, err


def append_file(src: BinaryIO, dst: BinaryIO) -> None:
    """The rest of ``src`` onto ``dst``: copied inside the kernel where it can be (the chunks of a
    big batch hold a few hundred MB), else through a buffer."""
    dst.flush()
    offset = src.tell()
    try:
        while n := os.copy_file_range(src.fileno(), dst.fileno(), 1 << 24, offset):
            offset += n
    except (AttributeError, OSError):  # no copy_file_range here (not Linux), or not for these files
        dst.seek(0, os.SEEK_END)
        src.seek(offset)
        shutil.copyfileobj(src, dst, 1 << 20)
        return
    dst.seek(0, os.SEEK_END)  # the kernel moved the file's offset; the buffered writer must follow
