"""Record types shared between stages. Field names are the schema's column names."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A span of the original text: ``text == original[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Page(Span):
    page: int
    number: str | None = None
    number_start: int | None = None
    number_end: int | None = None
    number_text: str | None = None  # the printed page number: original[number_start:number_end]


@dataclass(frozen=True)
class Furniture(Span):
    kind: str
    page: int | None = None


@dataclass(frozen=True)
class Diagnostic(Span):
    stage: str
    code: str
    message: str


class NestedSpans:
    """Innermost of nested spans (a section tree) holding a position, by bisect: spans nest, so the
    latest-starting span that still runs past the position is the innermost one."""

    def __init__(self, spans: Sequence[tuple[int, int]], levels: Sequence[int]) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda i: (spans[i][0], levels[i]))
        self.starts = [spans[i][0] for i in self.order]

    def innermost(self, pos: int) -> int | None:
        """Index (into ``spans``) of the innermost span holding ``pos``, or None."""
        k = bisect_right(self.starts, pos) - 1
        while k >= 0:
            i = self.order[k]
            if pos < self.spans[i][1]:
                return i
            k -= 1
        return None
