"""Lines of a document and the working state of one layout pass (shared by the layout modules)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, repeat
from operator import add, itemgetter, not_
from typing import NamedTuple, TypeVar, overload

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)

T = TypeVar("T")
TERMINATOR = regex.compile(r"(\r\n|\r|\n|\f)")
DIGITS = regex.compile(r"\d+")


class Line(NamedTuple):
    start: int
    end: int  # end of content (before the terminator)
    stop: int  # end including the terminator
    terminator: str
    is_blank: bool

    def blank(self, text: str) -> bool:
        return self.is_blank


class Lines(Sequence[Line]):
    """The lines of a text as columns (start, end, stop, terminator, blank), one list each, plus each
    line's content (the split made them; slicing the text again would copy it again).

    Whole-document passes read the columns with C-level map/zip/filter; ``lines[i]`` builds one
    ``Line`` on demand. A tuple per line was the layout stage's largest single cost."""

    __slots__ = ("starts", "_ends", "stops", "terms", "blanks", "lengths", "contents")

    def __init__(self, contents: list[str], terms: list[str], lengths: Sequence[int] | None = None,
                 blanks: bytes | bytearray | None = None) -> None:
        """From each line's content and terminator (``terms[i]`` follows ``contents[i]``), and, where
        the caller made them window by window, the contents' lengths and blank flags.

        The columns are tuples (the blank flags ``bytes``), not lists: the collector walks a list
        item by item at every collection that finds it (each gen0, gen1 and full one), but a tuple
        of ints or strings only once, and then untracks it. On a long document those walks of lists
        grew faster than the document. (``array`` would be walked never, but costs twice a tuple to
        build, and boxes an int at every read.)"""
        self.contents: tuple[str, ...] = tuple(contents)
        self.terms = tuple(terms)
        self.lengths = lengths = tuple(map(len, contents) if lengths is None else lengths)
        self.stops = stops = tuple(accumulate(map(add, lengths, map(len, terms))))
        self.starts = (0, *stops[:-1]) if stops else ()
        self._ends: tuple[int, ...] | None = None
        # 1 for a line of nothing but spaces, tabs and no-break spaces
        self.blanks = blank_flags(contents) if blanks is None else bytes(blanks)

    @property
    def ends(self) -> tuple[int, ...]:
        """Each line's end of content: built on first use (the layout passes read ``starts[i] +
        lengths[i]`` for the few lines they look at; a column pass over every line is not free)."""
        if self._ends is None:
            self._ends = tuple(map(add, self.starts, self.lengths))
        return self._ends

    def end(self, i: int) -> int:
        """``ends[i]`` without building the column."""
        return self.starts[i] + self.lengths[i]

    def index_of_start(self, pos: int) -> int | None:
        """The line starting at ``pos``, if any (starts are strictly increasing: bisect, no dict)."""
        i = bisect_left(self.starts, pos)
        return i if i < len(self.starts) and self.starts[i] == pos else None

    def index_of_stop(self, pos: int) -> int | None:
        """The line whose terminator ends at ``pos``, if any (stops are strictly increasing)."""
        i = bisect_left(self.stops, pos)
        return i if i < len(self.stops) and self.stops[i] == pos else None

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Line: ...
    @overload
    def __getitem__(self, i: slice) -> list[Line]: ...
    def __getitem__(self, i: int | slice) -> Line | list[Line]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        start = self.starts[i]
        return Line(start, start + self.lengths[i], self.stops[i], self.terms[i], bool(self.blanks[i]))

    def __iter__(self) -> Iterator[Line]:
        return map(Line, self.starts, self.ends, self.stops, self.terms, map(bool, self.blanks))


def pick(column: Sequence[T], idx: Sequence[int]) -> tuple[T, ...]:
    """``tuple(column[i] for i in idx)`` in C: ``itemgetter`` (a tuple's ``__getitem__`` mapped over
    the indices is a slot wrapper, a call ~3x a list's; the Lines columns are tuples). A tuple, as
    the Lines columns are: the collector visits it once, not at every collection as a list."""
    if len(idx) > 1:
        return itemgetter(*idx)(column)
    return tuple(column[i] for i in idx)


def blank_flags(contents: Sequence[str]) -> bytes:
    """1 for each line of nothing but spaces, tabs and no-break spaces."""
    return bytes(map(not_, map(str.strip, contents, repeat(" \t\xa0"))))


SPLIT_WINDOW = 1 << 20  # characters of text split at a time (``split_lines``)


def split_lines(text: str) -> Lines:
    """Every line with its terminator (CRLF, CR, LF or form feed); one split in C, then offsets,
    computed column by column (no Python loop over the lines)."""
    return split_and_find(text, ())[0]


def split_and_find(text: str, patterns: Sequence[regex.Pattern[str]]) -> tuple[Lines, Found]:
    """``split_lines``, and each pattern's matches over the text (those of ``pattern.finditer(text)``
    for a pattern whose matches hold no "\n" and that looks at nothing around them).

    The text is split window by window (SPLIT_WINDOW characters, cut after a "\n"), each window's
    lengths and blank flags read, and the patterns searched in it, while it is in the cache: over a
    long document at once each of those passes missed it, and splitting it by form feed first copied
    it whole. (No match spans a cut, so the windows' matches are the whole text's.)"""
    found: Found = {p: [] for p in patterns}
    contents: list[str] = []
    terms: list[str] = []
    lengths: list[int] = []
    blanks = bytearray()
    pos, n = 0, len(text)
    while True:
        cut = text.find("\n", pos + SPLIT_WINDOW)
        end = n if cut < 0 else cut + 1
        lines, ends = _split_window(text[pos:end])
        for p, matches in found.items():
            matches += p.finditer(text, pos, end)
        if cut >= 0:  # the empty "line" after the window's last terminator: the next window's first
            lines.pop()
            ends.pop()
        contents += lines
        terms += ends
        lengths += map(len, lines)
        blanks += blank_flags(lines)
        if cut < 0:
            break
        pos = end
    if not contents[-1]:  # the text ended with a terminator (or was empty): no last line
        contents.pop()
        terms.pop()
        lengths.pop()
        blanks.pop()
    # (else an unterminated last line: its terminator "")
    return Lines(contents, terms, lengths, blanks), found


def _split_window(window: str) -> tuple[list[str], list[str]]:
    """The lines of a window (ending after a "\n", or at the text's end) and the terminator after each:
    the last line is what follows the window's last terminator, its terminator ""."""
    if "\r" in window:
        parts = TERMINATOR.split(window)  # [line, terminator, line, terminator, ..., last line]
        return parts[::2], [*parts[1::2], ""]
    # str.split is several times faster than a pattern: by form feed (pages), then by "\n"
    contents: list[str] = []
    terms: list[str] = []
    for k, chunk in enumerate(window.split("\f")):
        if k:
            terms[-1] = "\f"  # the chunk before ended at a form feed, not at "\n"
        pieces = chunk.split("\n")
        contents += pieces
        terms += ["\n"] * len(pieces)
    terms[-1] = ""
    return contents, terms


Found = dict[regex.Pattern[str], list[regex.Match[str]]]  # a pattern's matches over the whole text


@dataclass
class Scan:
    """Mutable working state of one layout pass."""

    text: str
    lines: Lines
    # (start, end, kind): the Furniture records (frozen, slow to build) are made once, at the end
    furniture: list[tuple[int, int, str]] = field(default_factory=list)
    furniture_lines: set[int] = field(default_factory=set)
    # boundary position -> printed number of the page starting there (if printed at its top)
    boundaries: dict[int, str | None] = field(default_factory=dict)
    # position inside a page -> printed number found there (bottom or top of that page)
    numbers: list[tuple[int, str, int, int]] = field(default_factory=list)
    # 1 for each line that is blank or furniture (``skippable``): one byte a line, read by the walks
    # in place of a probe of the set (on a long document a large set's probes miss the cache)
    skip: bytearray = field(init=False, repr=False)
    # matches found while the lines were split (``split_and_find``), read through ``finditer``
    found: Found = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.skip = bytearray(self.lines.blanks)
        self._mark(self.furniture_lines)

    def _mark(self, lines: Iterable[int]) -> None:
        skip, n = self.skip, len(self.skip)
        for i in lines:
            if 0 <= i < n:
                skip[i] = 1

    def finditer(self, pattern: regex.Pattern[str]) -> Iterable[regex.Match[str]]:
        """``pattern.finditer(self.text)``: the matches found with the lines, if it was searched then."""
        found = self.found.get(pattern)
        return pattern.finditer(self.text) if found is None else found

    def add_lines(self, lines: Iterable[int]) -> None:
        """Make lines furniture without a span (tests set up a state this way)."""
        lines = list(lines)
        self.furniture_lines.update(lines)
        self._mark(lines)

    def add(self, start: int, end: int, kind: str, line: int | None = None) -> None:
        self.furniture.append((start, end, kind))
        if line is not None:
            self.furniture_lines.add(line)
            self.skip[line] = 1


def line_of(sc: Scan, pos: int) -> int:
    """Index of the line holding ``pos`` (binary search; 0 before the first line)."""
    return max(0, bisect_right(sc.lines.starts, pos) - 1)


def edge_line(sc: Scan, i: int, step: int) -> int | None:
    """The nearest content line from line i in direction ``step`` (skipping blank and furniture lines)."""
    j, n, skip = i, len(sc.lines), sc.skip
    while 0 <= j < n and skip[j]:
        j += step
    return j if 0 <= j < n else None


# Nearest distance, in lines, between a page number and the page break it belongs to.
NEAR_LINES = 4


def skippable(sc: Scan, j: int) -> bool:
    return bool(sc.skip[j])


def break_side(sc: Scan, i: int) -> int | None:
    """+1 if a page break follows line i (only blank or furniture lines between), -1 if one precedes."""
    n, brk, stops, skip = len(sc.lines), sc.boundaries, sc.lines.stops, sc.skip
    j = i
    for _ in range(NEAR_LINES + 1):
        if stops[j] in brk:
            return +1
        j += 1
        if j == n:
            return +1  # the end of the document closes the last page
        if not skip[j]:
            break
    j = i - 1
    for _ in range(NEAR_LINES + 1):
        if j < 0:
            return None
        if stops[j] in brk:
            return -1
        if not skip[j]:
            return None
        j -= 1
    return None
