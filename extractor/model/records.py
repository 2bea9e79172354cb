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
    """Innermost of nested spans (a section tree) holding a position. Spans nest, so the latest-
    starting span at or before the position holds it, or else one of its enclosing spans does:
    a bisect, then a walk up the parents (the tree's depth, not the number of spans before)."""

    def __init__(self, spans: Sequence[tuple[int, int]], levels: Sequence[int]) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda i: (spans[i][0], levels[i]))
        self.starts = [spans[i][0] for i in self.order]
        # parent[k]: the sorted position of the nearest earlier span that still runs past span k's
        # start (its enclosing span), or -1
        self.parent: list[int] = []
        open_: list[int] = []
        for k, i in enumerate(self.order):
            start = spans[i][0]
            while open_ and spans[self.order[open_[-1]]][1] <= start:
                open_.pop()
            self.parent.append(open_[-1] if open_ else -1)
            open_.append(k)

    def innermost(self, pos: int) -> int | None:
        """Index (into ``spans``) of the innermost span holding ``pos``, or None."""
        k = bisect_right(self.starts, pos) - 1
        while k >= 0:
            i = self.order[k]
            if pos < self.spans[i][1]:
                return i
            k = self.parent[k]
        return None
