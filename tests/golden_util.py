"""Golden CSVs: whole tables compared cell by cell; ``pytest --update-golden`` rewrites them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandas.testing as pdt

from extractor import schema


def check_golden(df: pd.DataFrame, table: str, path: Path, update: bool) -> None:
    """Compare a whole table with its golden CSV (or write it when updating)."""
    if update or not path.exists():
        if not update:
            raise AssertionError(f"golden file missing: {path} (run pytest --update-golden)")
        path.parent.mkdir(parents=True, exist_ok=True)
        df.to_csv(path, index=False)
        return
    want = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    want = want.astype(object).where(want.notna(), None).astype("string")
    for col, dtype in schema.TABLES[table].items():
        if dtype == "boolean" and col in want.columns:  # CSV holds "True"/"False" text
            want[col] = want[col].map({"True": True, "False": False}, na_action="ignore").astype("boolean")
    want = schema.conform(table, want)
    got = schema.conform(table, df)
    # CSV cannot tell "" from missing; compare as the CSV would show them.
    got_s = got.astype("string").fillna("")
    want_s = want.astype("string").fillna("")
    got_s = got_s.apply(lambda c: c.str.replace("\r\n", "\n"))
    want_s = want_s.apply(lambda c: c.str.replace("\r\n", "\n"))
    pdt.assert_frame_equal(got_s.reset_index(drop=True), want_s.reset_index(drop=True), check_dtype=False)
