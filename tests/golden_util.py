"""Golden CSVs: whole tables compared cell by cell; ``pytest --update-golden`` rewrites them."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pandas as pd
import pandas.testing as pdt

from extractor.model import schema


def check_golden(df: pd.DataFrame, table: str, path: Path, update: bool) -> None:
    """Compare a whole table with its golden CSV (or write it when updating), as the CSV shows it."""
    got_csv = schema.conform(table, df).to_csv(index=False)
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got_csv, encoding="utf-8", newline="")
        return
    if not path.exists():
        raise AssertionError(f"golden file missing: {path} (run pytest --update-golden)")
    read = dict(dtype=str, keep_default_na=False)
    got = pd.read_csv(io.StringIO(got_csv), **read)
    with path.open(encoding="utf-8", newline="") as fh:
        want = pd.read_csv(fh, **read)
    pdt.assert_frame_equal(got, want)


def check_golden_text(text: str, path: Path, update: bool) -> None:
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
        return
    if not path.exists():
        raise AssertionError(f"golden file missing: {path} (run pytest --update-golden)")
    with path.open(encoding="utf-8", newline="") as fh:
        assert text == fh.read()


def golden_name(rel: str) -> str:
    """A short, safe, unique file name for a corpus document's golden CSV."""
    stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in stem)
    return f"{safe[:60]}_{zlib.crc32(rel.encode()):08x}.csv"
