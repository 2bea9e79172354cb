"""The section stage's candidate records, shared by its helpers (``section_contents``,
``section_recovery``, ``section_duplicates``) so that each reads the same types rather than a
protocol copy of them: a candidate heading number, each reading of it, and an accepted row."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import NamedTuple

# Conventional rank of each style: a new style closes the open ones ranked at or below it.
RANK = {
    "attachment": -1, "article": 0, "section": 0.5, "roman_dot": 1, "decimal": 1, "letter_upper": 6,
    "paren_lower": 7, "letter_lower": 7, "close_lower": 7.5, "paren_roman": 8, "close_roman": 8.5,
    "paren_upper": 9, "close_upper": 9.2, "paren_uroman": 9.5, "close_uroman": 9.7, "paren_digit": 10,
    "close_digit": 10.5
}  # fmt: skip


@dataclass(frozen=True)
class Reading:
    """One reading of a number: its style, depth and value(s)."""

    style: str
    depth: int
    values: tuple[int, ...]

    # cached: readings are shared by every candidate with the same number, and nesting asks often
    @functools.cached_property
    def key(self) -> tuple[str, int]:
        return (self.style, self.depth)

    @functools.cached_property
    def rank(self) -> float:
        base = RANK[self.style]
        return base + self.depth if self.style in ("section", "decimal") else base


class Cand(NamedTuple):  # a tuple: built for every candidate, several times faster than a frozen dataclass
    start: int  # view position of the number
    tok_end: int
    number: str
    readings: tuple[Reading, ...]
    strong: bool  # at the start of a line
    label_core: str  # "1.1", "c", "IV", "Exhibit A"
    line_end: int  # _line_end(text, start)


@dataclass
class Accepted:
    """A candidate taken into the tree: its reading, level, parent row and whether it repeats a number."""

    cand: Cand
    reading: Reading
    level: int
    parent: int | None
    duplicate: bool
