"""The fuzz target's check, without atheris: the regression test runs it on saved inputs too."""

from __future__ import annotations

import pandas as pd

from extractor.model.errors import ExtractorError
from extractor.model.schema import TABLES
from extractor.pipeline import parse


def inner_pairs(table: str) -> list[tuple[str, str, str]]:
    """(text column, start column, end column) of each offset pair of a table."""
    cols = TABLES[table]
    pairs = [("text", "start", "end")] if "text" in cols else []
    for start in (c for c in cols if c.endswith("_start") and c != "submission_start"):
        stem = start.removesuffix("_start")
        pairs.append((f"{stem}_text" if f"{stem}_text" in cols else stem, start, f"{stem}_end"))
    return pairs


def check(data: bytes) -> None:
    """Parse; any error but the project's own is a crash, and every offset pair must round-trip."""
    try:
        ex = parse(data, max_bytes=1 << 20)
    except ExtractorError:
        return
    for name, df in ex.tables().items():
        for text, a, b in inner_pairs(name):
            for t, s, e in zip(df[text], df[a], df[b]):
                if s is not pd.NA and ex.original[s:e] != t:
                    raise AssertionError(f"{name}.{text}: offsets do not round-trip at {s}")
