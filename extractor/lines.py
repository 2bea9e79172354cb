"""Lines of a document and the working state of one layout pass (shared by the layout modules)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from .records import Furniture

LINE = regex.compile(r"[^\r\n\f]*(\r\n|\r|\n|\f)?")


class Line(NamedTuple):
    start: int
    end: int  # end of content (before the terminator)
    stop: int  # end including the terminator
    terminator: str
    is_blank: bool

    def blank(self, text: str) -> bool:
        return self.is_blank


def split_lines(text: str) -> list[Line]:
    lines = []
    for m in LINE.finditer(text):
        s, stop = m.span()
        if s == stop:
            break
        term = m.group(1) or ""
        end = stop - len(term)
        lines.append(Line(s, end, stop, term, not text[s:end].strip(" \t\xa0")))
    return lines


@dataclass
class Scan:
    """Mutable working state of one layout pass."""

    text: str
    lines: list[Line]
    furniture: list[Furniture] = field(default_factory=list)
    furniture_lines: set[int] = field(default_factory=set)
    # boundary position -> printed number of the page starting there (if printed at its top)
    boundaries: dict[int, str | None] = field(default_factory=dict)
    # position inside a page -> printed number found there (bottom or top of that page)
    numbers: list[tuple[int, str, int, int]] = field(default_factory=list)

    def add(self, start: int, end: int, kind: str, line: int | None = None) -> None:
        self.furniture.append(Furniture(start, end, self.text[start:end], kind))
        if line is not None:
            self.furniture_lines.add(line)


def line_of(sc: Scan, pos: int) -> int:
    """Index of the line holding ``pos`` (binary search)."""
    lo, hi = 0, len(sc.lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sc.lines[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo
