"""A short summary of a batch result, for people who live in the terminal.

``summarise(tables)`` takes the tables of a batch output (a corpus result's ``tables()``, or the
tables read back from ``sec-exhibits batch --out DIR``) and returns a ``CorpusStats``;
``format_stats`` turns it into text. Both are pure: the CLI reads the files and prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass

import pandas as pd

from ..model import schema


@dataclass(frozen=True)
class CorpusStats:
    documents: int
    errors: int
    error_types: tuple[tuple[str, int], ...]  # (error_type, count), most common first
    kinds: tuple[tuple[str, int], ...]  # document kinds, most common first
    rows: tuple[tuple[str, int], ...]  # (table, rows) in schema order; tables absent from the output left out
    missing: tuple[str, ...]  # declared tables the output does not have
    redaction_kinds: tuple[tuple[str, int], ...]
    docs_with_redactions: int
    date_min: str | None  # over every date with a value
    date_max: str | None
    dates_with_value: int
    blank_days: int
    agreement_min: str | None  # over dates whose role is "agreement"
    agreement_max: str | None

    def to_dict(self) -> dict:
        return asdict(self)


def _top(series: pd.Series, n: int) -> tuple[tuple[str, int], ...]:
    counts = series.dropna().astype(str).value_counts()
    counts = counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")  # ties by name
    return tuple((str(k), int(v)) for k, v in counts.head(n).items())


def _iso_range(values: pd.Series) -> tuple[str | None, str | None]:
    """Min and max of ISO date strings (``YYYY-MM-DD``, or shorter for month/year precision)."""
    v = values.dropna().astype(str)
    v = v[v.str.match(r"^\d{4}(-\d\d){0,2}$")]
    if not len(v):
        return None, None
    return str(v.min()), str(v.max())


def summarise(tables: Mapping[str, pd.DataFrame], *, top: int = 5) -> CorpusStats:
    """Counts and ranges over a batch output's tables (any missing table counts as absent)."""
    def get(name: str) -> pd.DataFrame:
        return tables[name] if name in tables else schema.frame(name, doc_id=True)

    docs, errors, red, dates = get("documents"), get("errors"), get("redactions"), get("dates")
    d_min, d_max = _iso_range(dates["value"]) if "value" in dates else (None, None)
    agreement = dates[dates["role"] == "agreement"] if "role" in dates else dates.iloc[0:0]
    a_min, a_max = _iso_range(agreement["value"]) if "value" in agreement else (None, None)
    blank = int(dates["blank_day"].fillna(False).astype(bool).sum()) if "blank_day" in dates else 0
    return CorpusStats(
        documents=len(docs),
        errors=len(errors),
        error_types=_top(errors["error_type"], top) if "error_type" in errors else (),
        kinds=_top(docs["kind"], top) if "kind" in docs else (),
        rows=tuple((n, len(tables[n])) for n in schema.TABLES if n in tables),
        missing=tuple(n for n in schema.TABLES if n not in tables),
        redaction_kinds=_top(red["kind"], top) if "kind" in red else (),
        docs_with_redactions=int(red["doc_id"].nunique()) if "doc_id" in red else 0,
        date_min=d_min, date_max=d_max,
        dates_with_value=int(dates["value"].notna().sum()) if "value" in dates else 0,
        blank_days=blank,
        agreement_min=a_min, agreement_max=a_max,
    )


def _pairs(items: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{k} {v}" for k, v in items) or "-"


def format_stats(s: CorpusStats) -> str:
    """The summary as a few aligned lines of text."""
    lines = [
        f"documents   {s.documents}" + (f"  (kinds: {_pairs(s.kinds)})" if s.kinds else ""),
        f"errors      {s.errors}" + (f"  ({_pairs(s.error_types)})" if s.error_types else ""),
        "rows per table:",
        *(f"  {name:14s} {n:8d}" for name, n in s.rows),
    ]
    if s.missing:
        lines.append(f"  (not in this output: {', '.join(s.missing)})")
    lines.append(f"redaction kinds: {_pairs(s.redaction_kinds)}"
                 + (f"  (in {s.docs_with_redactions} documents)" if s.docs_with_redactions else ""))
    if s.date_min:
        lines.append(f"dates:           {s.date_min} .. {s.date_max}  ({s.dates_with_value} with a value"
                     f", {s.blank_days} with a blank day)")
    else:
        lines.append("dates:           -")
    agreement = f"{s.agreement_min} .. {s.agreement_max}" if s.agreement_min else "-"
    lines.append(f"agreement dates: {agreement}")
    return "\n".join(lines)
