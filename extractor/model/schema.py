"""The one declared schema: every table's columns and dtypes, in one place.

Record dataclasses elsewhere use the same field names as the columns here.
``frame(name, rows)`` builds a DataFrame whose columns and dtypes never depend
on the rows, so an empty table still has every column. ``columns(name, rows)`` gives the same
table as plain column lists: batch workers send those, and a chunk of many documents becomes one
DataFrame per table (``from_columns``) instead of one per document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields, is_dataclass
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:  # pandas is imported where frames are built: batch workers never need it
    import pandas as pd

S, I, B, F = "string", "Int64", "boolean", "Float64"

SPAN = {"start": I, "end": I, "text": S}

TABLES: dict[str, dict[str, str]] = {
    "documents": {
        "source": S, "sequence": I, "type": S, "filename": S, "description": S,
        "title": S, "kind": S, "exhibit_number": S, "amendment_number": S,
        "amended_agreement": S, "amended_agreement_date": S, "execution_marker": S,
        "encoding": S, "converted_from": S, "n_chars": I, "n_pages": I, "legend": S,
        "accession_number": S, "filer_name": S, "cik": S, "form_type": S, "filing_date": S,
        "submission_start": I, "submission_end": I,
        # contract terms (stages/contract_terms.py): each fact with its span in the original text
        "governing_law": S, "governing_law_text": S, "governing_law_start": I, "governing_law_end": I,
        "effective_date": S, "effective_date_text": S, "effective_date_start": I, "effective_date_end": I,
        "expiration_date": S, "expiration_date_text": S, "expiration_date_start": I, "expiration_date_end": I,
        "term": S, "term_start": I, "term_end": I, "term_quantity": F, "term_unit": S,
        "renewal_term": S, "renewal_term_start": I, "renewal_term_end": I,
        "renewal_term_quantity": F, "renewal_term_unit": S,
        "notice_period": S, "notice_period_start": I, "notice_period_end": I,
        "notice_period_quantity": F, "notice_period_unit": S,
    },
    "pages": {**SPAN, "page": I, "number": S, "number_start": I, "number_end": I, "number_text": S},
    "furniture": {**SPAN, "kind": S, "page": I},
    "redactions": {**SPAN, "kind": S, "page": I, "section": S},
    "signatures": {
        **SPAN, "block": I, "kind": S, "party": S, "signed": B, "signer": S,
        "title": S, "date": S, "page": I,
    },
    "parties": {
        **SPAN, "name": S, "jurisdiction": S, "entity_type": S, "alias": S,
        "role": S, "source": S, "mentions": I,
    },
    "dates": {**SPAN, "value": S, "precision": S, "role": S, "blank_day": B},
    "durations": {**SPAN, "quantity": F, "unit": S, "anchor_text": S, "anchor_date": S},
    "defined_terms": {**SPAN, "term": S, "refers_to": S, "term_start": I, "term_end": I, "term_text": S},
    "sections": {
        **SPAN, "number": S, "label": S, "heading": S, "level": I, "parent": S,
        "heading_start": I, "heading_end": I, "duplicate": B, "part": S,
    },
    "references": {**SPAN, "label": S, "internal": B, "target_document": S},
    "amendments": {
        **SPAN, "section": S, "target": S, "target_label": S, "action": S, "location": S,
        "line": I, "sentences": S, "old_text": S, "old_start": I, "old_end": I,
        "new_text": S, "new_start": I, "new_end": I, "old_redacted": B, "new_redacted": B,
        "amended_agreement": S,
    },
    "diagnostics": {**SPAN, "stage": S, "code": S, "message": S},
    "errors": {
        "path": S, "error_type": S, "message": S, "stage": S, "offset": I, "line": I, "preview": S,
    },
}

# Tables returned by library calls that are not part of an Exhibit nor of the batch output.
EXTRA_TABLES: dict[str, dict[str, str]] = {
    # extractor.apply_amendments / extractor.consolidate: one row per amendment operation, applied or
    # failed and why (amendment, amendment_date and step are filled across a chain by consolidate)
    "applied": {
        "amendment": S, "amendment_date": S, "step": I,
        "operation": I, "target": S, "action": S, "status": S, "reason": S, "base_start": I, "base_end": I,
    },
    # extractor.links: each amendment of a batch linked to the agreement it amends, and why; a batch
    # writes it too (RUN_TABLES), built from its documents, parties and dates once every document is in
    "links": {"amendment_doc_id": S, "base_doc_id": S, "evidence": S},
}

# Tables a batch writes once for the whole run (no doc_id column: they relate documents to each other).
RUN_TABLES = ("links",)

# Tables that describe one document's content (everything but the batch-level ones).
EXHIBIT_TABLES = [n for n in TABLES if n not in ("documents", "errors")]


Columns = dict[str, list[Any]]  # a table as plain column lists (what batch workers send and buffer)


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@cache
def _row_plan(name: str, cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple] | None, bool]:
    """How the rows of a dataclass read into a table's columns: the declared columns the class has,
    a getter of all of them at once (when more than one), and whether that is every declared column.
    Raises for a class that is no dataclass or has fields the table does not declare."""
    if not is_dataclass(cls):
        raise TypeError(f"{name}: mixed row types")
    declared = _declared(name)
    unknown = set(_field_names(cls)) - set(declared) - {"doc_id"}
    if unknown:
        raise KeyError(f"{name}: fields not in the schema: {sorted(unknown)}")
    present = tuple(c for c in declared if c in _field_names(cls))
    return present, attrgetter(*present) if len(present) > 1 else None, len(present) == len(declared)


def columns(name: str, rows: Iterable[Any] = (), *, doc_id: str | None = None) -> Columns:
    """A table's declared columns as lists, straight from its rows (dataclasses read by attribute,
    or mappings); with ``doc_id`` a ``doc_id`` column holding it comes first."""
    declared = _declared(name)
    rows = rows if isinstance(rows, (list, tuple)) else list(rows)
    cols: Columns = {"doc_id": [doc_id] * len(rows)} if doc_id is not None else {}
    if not rows:
        cols.update({c: [] for c in declared})
        return cols
    first = rows[0]
    if is_dataclass(first) and not isinstance(first, type):
        classes = set(map(type, rows))
        plans = [_row_plan(name, cls) for cls in classes]  # each class checked once per table, then cached
        present, getter, complete = plans[0]
        if len(classes) == 1 and getter is not None:  # one pass over the rows (the usual case)
            values = zip(present, map(list, zip(*map(getter, rows))))
            if complete:
                cols.update(values)
            else:
                found = dict(values)
                cols.update({c: found[c] if c in found else [None] * len(rows) for c in declared})
        else:
            cols.update({c: [getattr(r, c, None) for r in rows] for c in declared})
    elif isinstance(first, Mapping):
        for rec in rows:
            unknown = set(rec) - set(declared) - {"doc_id"}
            if unknown:
                raise KeyError(f"{name}: fields not in the schema: {sorted(unknown)}")
        cols.update({c: [r.get(c) for r in rows] for c in declared})
    else:
        raise TypeError(f"table rows are dataclasses or mappings, not {type(first).__name__}")
    return cols


def extend(into: dict[str, Columns], name: str, cols: Columns) -> None:
    """Append one table's column lists to a buffer of tables (batch chunks, corpus results)."""
    have = into.get(name)
    if have is None:
        into[name] = {c: list(v) for c, v in cols.items()}
        return
    for c, v in cols.items():
        have[c].extend(v)


def n_rows(cols: Columns) -> int:
    return len(next(iter(cols.values()))) if cols else 0


def from_columns(name: str, cols: Columns | None = None) -> pd.DataFrame:
    """A DataFrame with exactly the declared columns of ``name`` (``doc_id`` first when ``cols``
    has it), built once from whole column lists: one array per column, however many documents."""
    import pandas as pd

    declared = _declared(name)
    if not cols or not n_rows(cols):
        return _empty(name, cols is not None and "doc_id" in cols).copy()
    # cast: the declared dtypes are plain str names; pandas-stubs types pd.array for literal names only
    data = {col: pd.array(cols[col], dtype=cast(Any, dtype)) for col, dtype in declared.items()}
    df = pd.DataFrame(data, columns=list(declared), copy=False)
    if "doc_id" in cols:
        df.insert(0, "doc_id", pd.array(cols["doc_id"], dtype=cast(Any, S)))
    return df


def frame(name: str, rows: Iterable[Any] = (), *, doc_id: bool = False) -> pd.DataFrame:
    """A DataFrame with exactly the declared columns of ``name`` (plus ``doc_id`` first)."""
    rows = list(rows)
    if not rows:  # most tables of most documents are empty: copy a cached empty frame (fast)
        return _empty(name, doc_id).copy()
    return from_columns(name, columns_with_doc_ids(name, rows) if doc_id else columns(name, rows))


def columns_with_doc_ids(name: str, rows: list[Any]) -> Columns:
    """``columns(name, rows)`` with each row's own ``doc_id`` first (error rows carry theirs)."""
    ids = [r.get("doc_id") if isinstance(r, Mapping) else getattr(r, "doc_id", None) for r in rows]
    return {"doc_id": ids, **columns(name, rows)}


def _declared(name: str) -> dict[str, str]:
    return TABLES[name] if name in TABLES else EXTRA_TABLES[name]


declared = _declared  # a table's declared columns and dtypes, in TABLES or EXTRA_TABLES


@cache
def _empty(name: str, doc_id: bool) -> pd.DataFrame:
    import pandas as pd

    columns = _declared(name)
    # cast: as in from_columns, pandas-stubs types pd.array for literal dtype names only
    df = pd.DataFrame({c: pd.array([], dtype=cast(Any, t)) for c, t in columns.items()}, columns=list(columns))
    if doc_id:
        df.insert(0, "doc_id", pd.array([], dtype=cast(Any, S)))
    return df


def conform(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Cast an existing frame to the declared columns (used after concatenation)."""
    cols = (["doc_id"] if "doc_id" in df.columns else []) + list(_declared(name))
    out = df.reindex(columns=cols)
    dtypes = {c: _declared(name).get(c, S) for c in cols}
    for c, t in dtypes.items():
        if t == B and out[c].dtype != "boolean":
            # text read back from CSV: pandas will not cast the strings "True"/"False" itself
            out[c] = out[c].map(_BOOL_TEXT.get, na_action="ignore")
    return out.astype(dtypes)


_BOOL_TEXT = {"True": True, "False": False, "true": True, "false": False, True: True, False: False, "": None}
