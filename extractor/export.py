"""Output stage: write tables atomically (a temporary file, then a rename)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

# Spreadsheets run cells that begin with these as formulas; a leading ' neutralises them.
FORMULA_START = ("=", "+", "-", "@")


def atomic_write_text(path: Path, data: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
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


def write_csv(df: pd.DataFrame, path: Path, *, safe: bool = True) -> None:
    atomic_write_text(path, (neutralise(df) if safe else df).to_csv(index=False))


def write_tables(tables: dict[str, pd.DataFrame], out: Path, *, safe: bool = True) -> list[Path]:
    written = []
    for name, df in tables.items():
        p = out / f"{name}.csv"
        write_csv(df, p, safe=safe)
        written.append(p)
    return written


def to_jsonable(value: Any) -> Any:
    if value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: to_jsonable(v) for k, v in row.items()} for row in df.to_dict(orient="records")]


def exhibit_json(ex: Any) -> str:
    doc = {
        "meta": {k: to_jsonable(v) for k, v in ex.meta.items()},
        "body": ex.body,
        "tables": {name: records(df) for name, df in ex.tables().items()},
    }
    return json.dumps(doc, ensure_ascii=False, indent=1)
