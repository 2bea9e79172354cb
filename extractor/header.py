"""Stage 5: the document header: title, kind, amendment facts. (Issue 4 fills this in.)"""

from __future__ import annotations

from dataclasses import dataclass

from .layout import Layout


@dataclass(frozen=True)
class Header:
    title: str | None = None
    kind: str | None = None
    amendment_number: str | None = None
    amended_agreement: str | None = None
    amended_agreement_date: str | None = None
    execution_marker: str | None = None
    title_start: int | None = None
    title_end: int | None = None


def find_header(layout: Layout) -> Header:
    return Header()
