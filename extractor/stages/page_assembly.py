"""Page assembly: the pages between the breaks, and the body without the furniture."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..model.offsets import Piece
from ..model.records import Page
from .lines import Scan


# -- assembly -------------------------------------------------------------------
def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def blank_around(sc: Scan, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Blank lines touching whole-line furniture: part of the page break, not of the body. Each
    run of them is one span (lines are contiguous: merged, the runs are what the lines would be)."""
    lines = sc.lines
    blanks, starts, stops, n = lines.blanks, lines.starts, lines.stops, len(lines)
    extra = []
    for s, e in spans:
        first, last = lines.index_of_start(s), lines.index_of_stop(e)
        if first is None or last is None:
            continue
        i = first
        while i > 0 and blanks[i - 1]:
            i -= 1
        if i < first:
            extra.append((starts[i], stops[first - 1]))
        j = last
        while j + 1 < n and blanks[j + 1]:
            j += 1
        if j > last:
            extra.append((starts[last + 1], stops[j]))
    return extra


PARAGRAPH_END = regex.compile(r"[.:;!?)\"\u201d][ \t]*(?:\r\n|\r|\n)\Z")


def body_pieces(text: str, removed: list[tuple[int, int]],
                spaced: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset()) -> list[Piece]:
    """The body: the text between the removed spans. A span inside a line becomes a line break, or
    a space if it is in ``spaced`` (a table tag between two columns of a row)."""
    pieces: list[Piece] = []
    cur = 0
    for s, e in removed:
        if s > cur:
            pieces.append(Piece(cur, s))
        before = text[s - 1] if s > 0 else "\n"
        after = text[e] if e < len(text) else "\n"
        if before not in "\r\n\f" and after not in "\r\n\f":
            # furniture glued inside a line: keep a line break (a table tag: a space)
            pieces.append(Piece(s, e, " " if (s, e) in spaced else "\n"))
        elif s > 0 and e < len(text) and _has_break(text, s, e) and PARAGRAPH_END.search(text, max(0, s - 8), s):
            # A page break after a finished sentence also ended a paragraph: keep one blank line.
            pieces.append(Piece(s, e, "\n"))
        cur = e
    if cur < len(text):
        pieces.append(Piece(cur, len(text)))
    return pieces


def _has_break(text: str, s: int, e: int) -> bool:
    """Does text[s:e] hold a line break (LF, or CR for CR-only text)?"""
    return text.find("\n", s, e) >= 0 or text.find("\r", s, e) >= 0


LOOK = 8  # characters looked at one by one before copying a piece to strip it


def _has_text(text: str, a: int, b: int) -> bool:
    """``bool(text[a:b].strip())``. A piece of a page mostly has a word within its first few
    characters: look there first rather than copy the whole piece (a page long) to strip it."""
    for c in text[a : min(b, a + LOOK)]:
        if not c.isspace():
            return True
    tail = text[a + LOOK : b]
    return bool(tail) and not tail.isspace()


class SpanSet:
    """Merged spans with bisect look-ups (keeps page assembly linear in the number of breaks)."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def has_content(self, a: int, b: int) -> bool:
        """Does text[a:b] hold a non-space character outside the removed spans?"""
        i = max(0, bisect_right(self.starts, a) - 1)
        cur = a
        while i < len(self.spans) and self.spans[i][0] < b:
            s, e = self.spans[i]
            if e > cur:
                if s > cur and _has_text(self.text, cur, s):
                    return True
                cur = max(cur, e)
            i += 1
        return cur < b and _has_text(self.text, cur, b)

    def covers(self, a: int, b: int) -> bool:
        i = bisect_right(self.starts, a) - 1
        return i >= 0 and self.spans[i][1] >= b


def assemble_pages(sc: Scan, removed: SpanSet) -> list[Page]:
    text = sc.text
    cuts = sorted(b for b in sc.boundaries if 0 < b < len(text))
    bounds = [0, *cuts, len(text)]
    raw = [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
    # Merge pages that hold nothing but furniture and white space into the page before.
    kept: list[list[int]] = []
    last_has = False  # has_content of kept[-1]: pages are contiguous, so a merged page has it if either part had
    for a, b in raw:
        has = removed.has_content(a, b)
        if kept and (not has or not last_has):
            kept[-1][1] = b
            last_has = last_has or has
        else:
            kept.append([a, b])
            last_has = has
    numbers = sorted(sc.numbers)
    anchors = [n[0] for n in numbers]
    markers = sorted((b, n) for b, n in sc.boundaries.items() if n)
    marker_pos = [m[0] for m in markers]
    pages = []
    for k, (a, b) in enumerate(kept, start=1):
        # "<PAGE> 2" names the page it opens, even when only white space stood before it.
        num = None
        j = bisect_left(marker_pos, a)
        if j < len(markers) and markers[j][0] < b and not removed.has_content(a, markers[j][0]):
            num = markers[j][1]
        loc: tuple[int | None, int | None] = (None, None)
        j = bisect_left(anchors, a)
        if j < len(numbers) and numbers[j][0] < b:
            _, n, s0, e0 = numbers[j]
            if num is None or num == n:
                num, loc = n, (s0, e0)
        printed = text[loc[0]:loc[1]] if loc[0] is not None else None
        pages.append(Page(a, b, text[a:b], k, num, *loc, printed))
    return pages


