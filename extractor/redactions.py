"""Stage 3: confidential-treatment redaction markers. (Issue 3 fills this in.)"""

from __future__ import annotations

from dataclasses import dataclass

from .layout import Layout
from .offsets import TextView
from .records import Span


@dataclass(frozen=True)
class Redaction(Span):
    kind: str
    page: int | None = None
    section: str | None = None


@dataclass(frozen=True)
class RedactionResult:
    redactions: tuple[Redaction, ...]
    marked: TextView  # the body with each marker shown as [REDACTED]
    legend: str | None = None


def find_redactions(layout: Layout) -> RedactionResult:
    return RedactionResult((), layout.view, layout.legend)
