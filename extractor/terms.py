"""Stage 8: defined terms. (Issue 4 fills this in.)"""

from __future__ import annotations

from dataclasses import dataclass

from .layout import Layout
from .records import Span


@dataclass(frozen=True)
class DefinedTerm(Span):
    term: str
    refers_to: str | None = None
    term_start: int | None = None
    term_end: int | None = None


def find_defined_terms(layout: Layout) -> tuple[DefinedTerm, ...]:
    return ()
