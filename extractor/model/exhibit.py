"""The result: an ``Exhibit`` holds the original text, metadata and its tables."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import schema
from .offsets import TextView
from .views import renderer

if TYPE_CHECKING:  # frames are built on first use; a batch worker never imports pandas
    import pandas as pd

HEADER_FIELDS = ("title", "kind", "exhibit_number", "amendment_number", "amended_agreement",
                 "amended_agreement_date", "execution_marker")


class Tables(Mapping[str, "pd.DataFrame"]):
    """Each table's rows, and its DataFrame built on first use: a batch reads the rows as columns
    (``Exhibit.columns``) and builds one frame per chunk of documents, not one per document."""

    def __init__(self, rows: Mapping[str, Sequence[Any]]) -> None:
        self._rows = dict(rows)
        self._frames: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        df = self._frames.get(name)
        if df is None:
            df = self._frames[name] = schema.frame(name, self._rows[name])
        return df

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def n_rows(self, name: str) -> int:
        return len(self._rows[name])

    def columns(self, name: str, *, doc_id: str | None = None) -> schema.Columns:
        return schema.columns(name, self._rows[name], doc_id=doc_id)


def _frame_columns(df: pd.DataFrame, doc_id: str | None) -> schema.Columns:
    """Column lists of a frame (missing values as None), for frames set by hand."""
    import pandas as pd

    cols: schema.Columns = {"doc_id": [doc_id] * len(df)} if doc_id is not None else {}
    for c in df.columns:
        cols[c] = [None if v is pd.NA or v is None or v != v else v for v in df[c].tolist()]
    return cols


@dataclass(frozen=True)
class Exhibit:
    """One parsed document. Every table's ``start``/``end`` index ``original``."""

    original: str
    meta: dict[str, Any]
    page_view: TextView = field(repr=False)  # the text without page furniture (signature blocks kept)
    frames: Mapping[str, pd.DataFrame] = field(repr=False)  # a Tables from the pipeline
    # original spans of the signature blocks stripped from the body (rows of `signatures` lie inside)
    signature_blocks: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    # original span of each confidential-treatment marker and the token shown for it in `marked`
    redaction_marks: tuple[tuple[int, int, str], ...] = field(default=(), repr=False)

    # -- text ------------------------------------------------------------------
    # The body views are built on first use: a batch writes tables only and never needs them.
    @cached_property
    def view(self) -> TextView:
        """The body (page furniture and signature blocks removed), with its offset map."""
        return self.page_view.restrict(self.signature_blocks)

    @cached_property
    def marked(self) -> TextView:
        """The body with every confidential-treatment marker shown as ``[REDACTED]``."""
        return self.page_view.replace(self.redaction_marks).restrict(self.signature_blocks)

    @property
    def body(self) -> str:
        """Clean text: page furniture and signature blocks removed."""
        return self.view.text

    @property
    def body_marked(self) -> str:
        """The body with every confidential-treatment marker replaced by ``[REDACTED]``."""
        return self.marked.text

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``body`` back to the original text."""
        return self.view.span(start, end)

    # -- tables ----------------------------------------------------------------
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name (``documents`` first), each with its declared columns."""
        return {"documents": self.documents, **{n: self.frames[n] for n in schema.EXHIBIT_TABLES}}

    @property
    def documents(self) -> pd.DataFrame:
        return schema.frame("documents", [self._documents_row()])

    def _documents_row(self) -> dict[str, Any]:
        return {k: v for k, v in self.meta.items() if k in schema.TABLES["documents"]}

    def columns(self, name: str, *, doc_id: str | None = None) -> schema.Columns:
        """One table as plain column lists (``doc_id`` first when given), without a DataFrame."""
        if name == "documents":
            return schema.columns(name, [self._documents_row()], doc_id=doc_id)
        if isinstance(self.frames, Tables):
            return self.frames.columns(name, doc_id=doc_id)
        return _frame_columns(self.frames[name], doc_id)

    def n_rows(self, name: str) -> int:
        if name == "documents":
            return 1
        return self.frames.n_rows(name) if isinstance(self.frames, Tables) else len(self.frames[name])

    def __getattr__(self, name: str) -> pd.DataFrame:
        frames = self.__dict__.get("frames")
        if frames is not None and name in frames:
            return frames[name]
        raise AttributeError(name)

    @property
    def title(self) -> str | None:
        return self.meta.get("title")

    @property
    def header(self) -> dict[str, Any]:
        """The document's header facts (also on its ``documents`` row): title, kind, exhibit number,
        amendment number, the amended agreement and its date, and an EXECUTION VERSION-style marker."""
        return {k: self.meta.get(k) for k in HEADER_FIELDS}

    # -- pictures ----------------------------------------------------------------
    # drawn by the output layer's renderer, which the package names (``model.views``): no import of it here
    def _repr_html_(self) -> str:
        """The compact card Jupyter shows (``extractor.output.render.card_html``)."""
        return renderer().card_html(self)

    def to_html(self, path: str | Path | None = None) -> str:
        """One self-contained HTML page of the original text with every finding highlighted.
        Returns the page; with ``path`` also writes it there (atomically)."""
        return renderer().save_html(self, path)

    def __repr__(self) -> str:
        """A short summary: source, title and kind, size, and the row count of each non-empty table."""
        m = self.meta
        title = _clip(self.title or "(no title)", 70)
        kind = f" ({m['kind']})" if m.get("kind") else ""
        counts = ", ".join(f"{n} {self.n_rows(n)}" for n in self.frames if self.n_rows(n) and n != "pages")
        pages = m.get("n_pages", self.n_rows("pages"))
        return (f"<Exhibit {m.get('source')!s}: {title}{kind}\n"
                f"  {pages} pages, {len(self.original):,} chars; {counts or 'no rows'}>")

    def __rich__(self) -> Any:
        """The same summary for ``rich`` (``rich.print(ex)``): a table of row counts."""
        from rich.table import Table

        table = Table(title=f"{self.meta.get('source')}: {_clip(self.title or '(no title)', 70)}",
                      caption=f"{self.meta.get('kind') or ''} {len(self.original):,} chars".strip())
        table.add_column("table")
        table.add_column("rows", justify="right")
        for name in self.frames:
            table.add_row(name, f"{self.n_rows(name):,}")
        return table


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"
