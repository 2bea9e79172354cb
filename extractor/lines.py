"""Lines of a document and the working state of one layout pass (shared by the layout modules)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from .records import Furniture

TERMINATOR = regex.compile(r"(\r\n|\r|\n|\f)")


class Line(NamedTuple):
    start: int
    end: int  # end of content (before the terminator)
    stop: int  # end including the terminator
    terminator: str
    is_blank: bool

    def blank(self, text: str) -> bool:
        return self.is_blank


def split_lines(text: str) -> list[Line]:
    """Every line with its terminator (CRLF, CR, LF or form feed); one split in C, then offsets."""
    if "\r" in text or "\f" in text:
        parts = TERMINATOR.split(text)  # [line, terminator, line, terminator, ..., last line]
    else:  # the common case: str.split is several times faster than a pattern
        contents = text.split("\n")
        parts = ["\n"] * (2 * len(contents) - 1)
        parts[::2] = contents
    lines = []
    pos = 0
    for k in range(0, len(parts) - 1, 2):
        content, term = parts[k], parts[k + 1]
        end = pos + len(content)
        stop = end + len(term)
        lines.append(Line(pos, end, stop, term, not content.strip(" \t\xa0")))
        pos = stop
    last = parts[-1]
    if last:
        lines.append(Line(pos, pos + len(last), pos + len(last), "", not last.strip(" \t\xa0")))
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
