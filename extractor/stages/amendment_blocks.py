"""Blocks of new text: what follows an amending instruction that ends with a colon ("... as follows:"),
up to the end of the amending provision or the next instruction, without its quotation marks.

``block_after`` finds the block of one instruction; ``quoted_or_block`` the words of a quotation (or the
stretch itself) that "previously read: ... now reads: ..." gives. ``amendment_ops`` and
``amendment_items`` call them.
"""

from __future__ import annotations

from bisect import bisect_left

from ..grammars import amendments as g
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..model.records import NestedSpans

PARAGRAPH_BREAK = regex.compile(r"\r?\n[ \t\u00a0]*\r?\n")
CLOSING_QUOTE_PARAGRAPH = regex.compile(r"[\"\u201d][ \t\u00a0]*(?:\r?\n[ \t\u00a0]*\r?\n|\Z)")


def block_after(text: str, b: int, nxt: int, index: NestedSpans, sec: int | None) -> tuple[int, int]:
    """The block of new text after an instruction ending at ``b`` with a colon."""
    stop = min(nxt, index.spans[sec][1] if sec is not None else len(text))
    if stop < nxt:
        stop = past_section_end(text, b, stop, nxt, index)
    if nxt < stop + 1:
        # the next instruction opens its own paragraph: the new text ends before it
        breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(text, b, nxt)]
        if breaks and breaks[-1] > b + 1:
            stop = breaks[-1]
    return block(text, b, stop)


# the number a provision opens with, as printed: "9.I.1", "(a)", "7.1", "4(b)(iii)"
PRINTED_NUMBER = regex.compile(
    r"[ \t]*(?P<n>\(?[0-9A-Za-z]{1,4}\)?(?:\.[0-9A-Za-z]{1,4}|[ \t]?\([0-9A-Za-z]{1,4}\))*[.)]?)(?=\s)"
)
NUMBER_STEM = regex.compile(r"(?:[0-9A-Za-z]{1,4}|\([0-9A-Za-z]{1,4}\))[.)]?$")


def still_open(text: str, s: int, stop: int) -> bool:
    """The quotation opening at ``s`` is not closed before ``stop`` (its marks do not pair up there)."""
    if text[s] == '"':
        return text.count('"', s, stop) % 2 == 1
    return text.count("\u201c", s, stop) > text.count("\u201d", s, stop)


def past_section_end(text: str, b: int, stop: int, nxt: int, index: NestedSpans) -> int:
    """Where a block of new provisions ends when the amending provision's section ends at ``stop``. The
    sections stage reads the new provisions as sections of the amendment, so the block does not end
    there: a quotation runs on to its closing mark at a paragraph's end; an instruction that ends its
    section ("GC Section 9.10 is supplemented as follows:" then "9.I.1 Punch List. ...") is followed by
    the new provisions: the next section with its subsections, and the sections after it numbered in its
    series ("9.I.2", not the amendment's own "9.J"), up to the next instruction."""
    s = skip_space(text, b, stop)
    if s < stop and text[s] in '"\u201c':
        if still_open(text, s, stop):
            closed = CLOSING_QUOTE_PARAGRAPH.search(text, stop, nxt)
            if closed is not None:
                return closed.start() + 1
        return stop
    if s < stop:
        return stop
    end = stop
    stem = None
    k = bisect_left(index.starts, stop)
    while k < len(index.order):
        i = index.order[k]
        a, e = index.spans[i]
        k += 1
        if a < end:
            continue  # a subsection of the provision taken
        if a >= nxt or text[end:a].strip():
            break
        m = PRINTED_NUMBER.match(text, a)
        if m is None:
            break
        number = m.group("n").replace(" ", "")
        here = number[: NUMBER_STEM.search(number).start()]
        if stem is not None and here != stem:
            break  # the amendment's own next provision
        stem = here
        end = min(e, nxt)
    return end


QUOTE_CHARS = regex.compile(r"[\"\u201c\u201d]")
JUNK_TAIL = regex.compile(r"[\s.,;:)\]0-9]{0,8}")


def quoted_or_block(text: str, a: int, stop: int) -> tuple[int, int]:
    """The words of a quotation opening the stretch, without its quote marks. A quotation may hold quoted
    words of its own ("(the "Products")"), run over several paragraphs, lack its closing mark, or have a
    page number after it; without an opening mark the stretch itself."""
    s = skip_space(text, a, stop)
    if not (s < stop and text[s] in '"\u201c'):
        return block(text, a, stop)
    para = PARAGRAPH_BREAK.search(text, s, stop)
    pend = strip_back(text, s, para.start() if para is not None else stop)
    inner = [m.start() for m in QUOTE_CHARS.finditer(text, s + 1, pend)]
    if inner and JUNK_TAIL.fullmatch(text, inner[-1] + 1, pend):
        return s + 1, inner[-1]  # the paragraph ends with the closing mark
    if not inner:
        m = g.QUOTED.match(text, s)  # one quotation over several paragraphs
        if m is not None and m.end() <= stop:
            grp = "s" if m.group("s") is not None else "c"
            return m.start(grp), m.end(grp)
    return s + 1, max(s + 1, pend)  # never closed: the paragraph after the opening mark


def skip_space(text: str, a: int, stop: int) -> int:
    while a < stop and text[a].isspace():
        a += 1
    return a


def strip_back(text: str, floor: int, stop: int) -> int:
    """``len(text[:stop].rstrip())`` bounded below by ``floor``, without copying the text (issue 17)."""
    while stop > floor and text[stop - 1].isspace():
        stop -= 1
    return stop


def block(text: str, a: int, stop: int) -> tuple[int, int]:
    """The new text that follows an instruction ending in a colon, without its quote marks."""
    s = skip_space(text, a, stop)
    e = strip_back(text, s, stop)
    if s < e and text[s] in '"\u201c':
        closed = CLOSING_QUOTE_PARAGRAPH.search(text, s + 1, e)
        if closed is not None:
            e = closed.start() + 1  # a quotation closed at the end of a paragraph
        m = g.QUOTED.match(text, s, e)
        if m is not None and not text[m.end() : e].strip(" \t\r\n.,;"):
            grp = "s" if m.group("s") is not None else "c"
            return m.start(grp), m.end(grp)
        if text[e - 1] in '"\u201d':
            return s + 1, e - 1  # one quotation holding quoted words of its own
    return s, max(s, e)
