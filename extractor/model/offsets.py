"""Views of the original text with an offset map back to it.

A ``TextView`` is a derived text (the body with page furniture removed, or the
body with redaction markers replaced) built from pieces of the original. Each
piece either copies an original span verbatim (``exact``) or stands in for one
(a replacement token, or an inserted line break for an empty span). Any span of
the view maps back to a span of the original, so every table row can carry
offsets into the original text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat
from operator import add, attrgetter, gt, sub
from typing import TYPE_CHECKING

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)


@dataclass(frozen=True)
class Piece:
    """One piece of a view: original[orig_start:orig_end] shown as ``text``."""

    orig_start: int
    orig_end: int
    text: str | None = None  # None: copy the original verbatim

    @property
    def exact(self) -> bool:
        return self.text is None


LONE_CR = regex.compile(r"\r(?!\n)")


def lone_cr_as_newline(original: str, pieces: Iterable[Piece]) -> list[Piece]:
    """``pieces`` with every lone "\r" of an exact piece shown as "\n" (one character for one, so
    offsets stay exact): text from old Mac tools breaks lines with CR alone, and every stage's
    line-start pattern (``^``, ``\n``) then sees one long line."""
    pieces = list(pieces)
    if "\r" not in original or not LONE_CR.search(original):
        return pieces
    out: list[Piece] = []
    for p in pieces:
        if p.text is not None:
            out.append(p)
            continue
        at = p.orig_start
        for m in LONE_CR.finditer(original, p.orig_start, p.orig_end):
            if m.start() > at:
                out.append(Piece(at, m.start()))
            out.append(Piece(m.start(), m.end(), "\n"))
            at = m.end()
        if at < p.orig_end or at == p.orig_start:
            out.append(Piece(at, p.orig_end))
    return out


@dataclass(frozen=True)
class TextView:
    """A text plus a map from its positions to positions in ``original``."""

    original: str
    text: str
    view_starts: tuple[int, ...] = field(repr=False)
    pieces: tuple[Piece, ...] = field(repr=False)
    if TYPE_CHECKING:  # set in __post_init__; declared for mypy only, so not dataclass fields at run time
        _orig_starts: tuple[int, ...] = field(init=False)
        _orig_ends: tuple[int, ...] = field(init=False)
        _shifts: tuple[int | None, ...] = field(init=False)

    @classmethod
    def identity(cls, original: str) -> TextView:
        return cls.build(original, [Piece(0, len(original))])

    @classmethod
    def build(cls, original: str, pieces: Iterable[Piece]) -> TextView:
        pieces = tuple(pieces)
        # column-wise (a view has thousands of pieces): each piece's text, the empty ones dropped
        parts = [original[p.orig_start : p.orig_end] if p.text is None else p.text for p in pieces]
        if not all(parts):
            pieces = tuple(compress(pieces, parts))
            parts = list(filter(None, parts))
        starts = tuple(accumulate(map(len, parts), initial=0))[:-1]
        return cls(original, "".join(parts), starts, pieces)

    def __post_init__(self) -> None:
        # Parallel tuples of the pieces' fields, read by to_original/span (430k calls over the corpus):
        # tuple indexing instead of Piece attribute and property access. Not fields: equality, repr and
        # the constructor stay those of (original, text, view_starts, pieces).
        ps = self.pieces
        ostarts = tuple(map(attrgetter("orig_start"), ps))
        object.__setattr__(self, "_orig_starts", ostarts)
        object.__setattr__(self, "_orig_ends", tuple(map(attrgetter("orig_end"), ps)))
        # orig - view position inside an exact piece, None inside a replacement
        texts = map(attrgetter("text"), ps)
        shifts = tuple(s - vs if t is None else None for s, vs, t in zip(ostarts, self.view_starts, texts))
        object.__setattr__(self, "_shifts", shifts)

    def _piece_at(self, pos: int) -> int:
        starts = self.view_starts
        return max(0, bisect_right(starts, pos) - 1) if len(starts) > 1 else 0

    def to_original(self, pos: int, *, end: bool = False) -> int:
        """Original offset for view position ``pos`` (``end=True`` for an exclusive end)."""
        return self._end(pos) if end else self._start(pos)

    def _start(self, pos: int) -> int:
        starts = self._orig_starts
        if not starts:
            return 0
        if pos >= len(self.text):
            return self._orig_ends[-1]
        i = self._piece_at(pos)
        shift = self._shifts[i]
        return starts[i] if shift is None else shift + pos

    def _end(self, pos: int) -> int:
        starts = self._orig_starts
        if not starts:
            return 0
        if pos <= 0:
            return starts[0]
        i = self._piece_at(pos - 1)
        shift = self._shifts[i]
        return self._orig_ends[i] if shift is None else shift + pos

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) for a view span; an empty view span maps to an empty original span."""
        s = self._start(start)
        if end <= start:
            return s, s
        e = self._end(end)
        return s, e if e > s else s

    def spans(self, pairs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """``[self.span(s, e) for s, e in pairs]`` in one loop (``span_columns``): a stage maps ~100k
        spans per corpus, and the four method calls per span cost more than the look-ups."""
        pairs = list(pairs)
        if not pairs:
            return []
        starts, ends = zip(*pairs)
        return list(zip(*self.span_columns(starts, ends)))

    def span_columns(self, starts: Sequence[int], ends: Sequence[int]) -> tuple[list[int], list[int]]:
        """``self.span(s, e)`` for each pair of ``starts`` and ``ends``, as two columns (stages keep
        offsets column-wise: tens of thousands of spans alive as tuples only feed the GC)."""
        n_spans = len(starts)
        ostarts = self._orig_starts
        if not ostarts:
            return [0] * n_spans, [0] * n_spans
        vstarts, oends, shifts = self.view_starts, self._orig_ends, self._shifts
        n, first, last = len(self.text), ostarts[0], oends[-1]
        one = len(vstarts) == 1
        if (n_spans and None not in shifts and min(starts) >= 0 and max(starts) < n
                and all(map(gt, ends, starts))):
            # every span inside the text, every piece a copy: each end is its position plus its
            # piece's shift, the piece found by bisect, all in C (map) instead of a loop per span
            if one:
                mapped_s = list(map(add, starts, repeat(shifts[0])))
                mapped_e = list(map(add, ends, repeat(shifts[0])))
            else:
                after = (None, *shifts)  # the shift of the piece before each bisect_right position
                mapped_s = list(map(add, starts, map(after.__getitem__, map(bisect_right, repeat(vstarts), starts))))
                mapped_e = list(map(add, ends, map(after.__getitem__,
                                                   map(bisect_right, repeat(vstarts), map(sub, ends, repeat(1))))))
            return mapped_s, list(map(max, mapped_e, mapped_s))
        out_s: list[int] = []
        out_e: list[int] = []
        for start, end in zip(starts, ends):
            if start >= n:
                s = last
            else:
                i = 0 if one else max(0, bisect_right(vstarts, start) - 1)
                shift = shifts[i]
                s = ostarts[i] if shift is None else shift + start
            out_s.append(s)
            if end <= start:
                out_e.append(s)
                continue
            if end <= 0:
                e = first
            else:
                i = 0 if one else max(0, bisect_right(vstarts, end - 1) - 1)
                shift = shifts[i]
                e = oends[i] if shift is None else shift + end
            out_e.append(e if e > s else s)
        return out_s, out_e

    def restrict(self, drop: Iterable[tuple[int, int]]) -> TextView:
        """A new view without the given original spans (e.g. signature blocks)."""
        return self.replace(((s, e, "") for s, e in drop))

    def replace(self, subs: Iterable[tuple[int, int, str]]) -> TextView:
        """A new view where each original span (start, end) shows ``text`` instead."""
        subs = sorted(subs)
        if not subs:  # most documents: no redaction, no signature block to drop (views are immutable)
            return self
        out: list[Piece] = []
        j = 0
        for p in self.pieces:
            if not p.exact:
                out.append(p)
                continue
            cur = p.orig_start
            while j < len(subs) and subs[j][1] <= cur:
                j += 1
            k = j
            while k < len(subs) and subs[k][0] < p.orig_end:
                s, e, tok = subs[k]
                if s > cur:
                    out.append(Piece(cur, s))
                if tok and s >= cur:
                    out.append(Piece(s, e, tok))
                cur = max(cur, min(e, p.orig_end))
                k += 1
            if cur < p.orig_end:
                out.append(Piece(cur, p.orig_end))
        return TextView.build(self.original, out)
