"""Top-level numbers read twice: which of the two is the provision.

A top-level number repeated by its neighbour ("6. Any other charges ..." then "6. PROPRIETARY AND
RELATED RIGHTS.") is most often not a drafting error but an inner list item, a table-of-contents line
or a page number that the scan read as top level. Where the document's top-level provisions carry
headings, the one of the two without a heading moves one level down, under the provision before it;
the one with a heading stays. Both extractions of one filing (with and without line breaks) then give
the same top-level numbers, whichever of them saw the stray.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from .section_candidates import RANK, Accepted
from .section_follows import heading_follows
from .section_headings import heading

# running text after the number: a lowercase word (not a joining word) among the first few, before any
# full stop ("6. Any other charges ...", "2. Blackwell Science Limited a company ..."); "3. Grant of
# Endorsement.A.In ..." is a heading that lost its line break and stays
_JOINING = frozenset("of and or the a an to for in on with by at from".split())
_WORD = regex.compile(r"[^\s\u00a0]++")
# a contents line: a heading, its page number, the next number ("ARTICLE 8 REGULATORY MATTERS 29 8.1 ...")
_CONTENTS_LINE = regex.compile(r"[\s.:\u00a0]*+[A-Z][^\n.]{2,80}?[ \t\u00a0]*+\d{1,3}[ \t\u00a0]++(?:\d|[A-Z])")
HEADED_SHARE = 0.3  # at least this share of top-level rows with a heading: headings are the document's habit


def _bare(number: str) -> bool:
    return number.rstrip()[-1:].isalnum()


def digits_only(number: str) -> bool:
    """A plain number without its full stop ("17", not "17." nor "3.0" nor "Section 6")."""
    return number.strip().isdigit()


def digits_dot(number: str) -> bool:
    """A plain number and its full stop ("17.")."""
    n = number.strip()
    return n[-1:] == "." and n[:-1].isdigit()


def stray_text(text: str, start: int) -> bool:
    """Does the text after a number at ``start`` read as running text or a contents line, not a heading?"""
    if _CONTENTS_LINE.match(text, start, start + 120):
        return True
    for k, m in enumerate(_WORD.finditer(text, start, start + 80)):
        w = m.group()
        if k >= 5:
            break
        if k == 0 and not w[0].isalnum():
            return True  # "10.[***]EUR [***] ...": a redaction, an amount or a reference, not a heading
        if w[0].islower() and w.strip(",;").lower() not in _JOINING:
            return True
        if "." in w or ":" in w:
            break
    return False


def _has_heading(acc: Sequence[Accepted], i: int, text: str, end: int) -> bool:
    c = acc[i].cand
    nxt = acc[i + 1].cand.start if i + 1 < len(acc) else end
    return heading(text, c.start, c.tok_end, c.line_end, c.readings[0].style, nxt) is not None


def demote_unheaded_duplicates(acc: Sequence[Accepted], text: str, end: int,
                               heads: Sequence[tuple[int, int] | None] | None = None) -> None:
    """Of two neighbouring top-level rows with the same number, the one without a heading moves one
    level down (with what it holds) under the top-level row before it, when the other has a heading and
    most top-level rows do, and its text reads as a sentence or a contents line (:func:`stray_text`).
    ``text`` is what ``acc`` was read from, ``end`` where its body ends; ``heads``, when given, the
    heading of each row (``heading`` with the next row's start as its stop), as the stage has them."""
    headed = {i: _has_heading(acc, i, text, end) if heads is None else heads[i] is not None
              for i, a in enumerate(acc) if a.level == 1 and a.reading.style != "attachment"}
    if len(headed) < 3 or sum(headed.values()) < HEADED_SHARE * len(headed):
        return
    tops = list(headed)
    demote: set[int] = set()
    for i, j in zip(tops, tops[1:]):
        a, b = acc[i], acc[j]
        if a.reading.style != b.reading.style or a.reading.values != b.reading.values:
            continue
        if headed[i] != headed[j]:
            k, kept = (j, i) if headed[i] else (i, j)
            # "10 June 2005, $47,857" then "10. Revised ...": a bare number with a "heading" is the stray
            if _bare(acc[kept].cand.number) and not _bare(acc[k].cand.number):
                continue
            if stray_text(text, acc[k].cand.tok_end):
                demote.add(k)
    if not demote:
        return
    parent: int | None = None  # the last top-level row kept
    moving = False
    for k, a in enumerate(acc):
        if a.level == 1:
            moving = k in demote and parent is not None
            if moving:
                a.parent = parent
                a.duplicate = False
            else:
                if a.reading.style != "attachment" and a.duplicate and parent is not None:
                    # its twin moved down: no longer a repeated number
                    a.duplicate = acc[parent].reading.values == a.reading.values
                parent = k
                continue
        if moving:
            a.level += 1


DOTTED_SHARE = 0.8  # at least this share of a style's top-level numbers end in a dot: the dot is the habit


def drop_bare_duplicates(acc: list[Accepted]) -> None:
    """Of two neighbouring top-level rows with the same number, one bare ("1 Point of Entrance", a table row)
    and one dotted ("1. Object"), where the document's top-level numbers end in a dot, the bare one is a
    stray: it moves one level down under the top-level row before it, or, first in the body and holding
    no rows, is dropped. Whichever twin extraction saw the table row, both then give one "1"."""
    tops = [i for i, a in enumerate(acc) if a.level == 1 and a.reading.style != "attachment"]
    if len(tops) < 3:
        return
    dotted = [i for i in tops if digits_dot(acc[i].cand.number)]
    if len(dotted) < DOTTED_SHARE * len(tops):
        return
    strays: set[int] = set()
    for i, j in zip(tops, tops[1:]):
        a, b = acc[i], acc[j]
        if a.reading.key != b.reading.key or a.reading.values != b.reading.values:
            continue
        if digits_only(a.cand.number) and digits_dot(b.cand.number):
            strays.add(i)
        elif digits_dot(a.cand.number) and digits_only(b.cand.number):
            strays.add(j)
    if not strays:
        return
    drop: set[int] = set()
    parent: int | None = None  # the last top-level row kept
    moving = False
    for k, a in enumerate(acc):
        if a.level == 1:
            moving = k in strays
            if moving and parent is None:
                moving = False
                if k + 1 == len(acc) or acc[k + 1].level == 1:
                    drop.add(k)
                    continue  # first in the body and holding nothing: dropped
            if moving:
                a.parent = parent
                a.duplicate = False
                a.level += 1
                continue
            if a.reading.style != "attachment" and a.duplicate:
                a.duplicate = parent is not None and acc[parent].reading.values == a.reading.values
            parent = k
            continue
        if moving:
            a.level += 1
    if drop:
        new_index: dict[int, int] = {}
        kept = [a for k, a in enumerate(acc) if k not in drop]
        for k in range(len(acc)):
            if k not in drop:
                new_index[k] = len(new_index)
        for a in kept:
            a.parent = new_index[a.parent] if a.parent is not None else None
        acc[:] = kept


def demote_strays(acc: list[Accepted]) -> None:
    """Top-level rows of a style other than the document's main one (recitals "A.", a stray "1.1"
    before "1.", table-of-contents remnants) move one level down, with what they hold."""
    tops = [a for a in acc if a.level == 1 and a.reading.style != "attachment"]
    if not tops:
        return
    counts: dict[tuple[str, int], int] = {}
    for a in tops:
        counts[a.reading.key] = counts.get(a.reading.key, 0) + 1
    several = [k for k in counts if counts[k] >= 2] or list(counts)
    main = min(several, key=lambda k: (RANK[k[0]] + k[1], -counts[k]))
    demote = False
    for a in acc:
        if a.level == 1:
            demote = a.reading.style != "attachment" and a.reading.key != main
        if demote:
            a.level += 1


LIST_STYLES = ("paren", "close", "letter")  # style prefixes of list items ("I." may head an article)


# a colon that introduces a list inside a provision, not the operative words ("agree as follows:") that
# introduce the provisions themselves
_LIST_INTRO = regex.compile(r"(?<!(?i:follows|agreed|agree|agrees)[ \t\u00a0]{0,3}):[ \t\u00a0\r\n]*+\Z")


def demote_lone_item(acc: list[Accepted], text: str = "") -> None:
    """A body whose top level is a single list item ("(a) In the case that ...", its siblings not numbered or
    not found), or only the items, without headings, of one list that a sentence introduces ("the following
    per Unit conversion shall apply:  a. (1) Bottle ..."), has no numbered provisions: the items move one
    level down, with what they hold (the extraction that lost the list's line breaks finds none of them)."""
    tops = [i for i, a in enumerate(acc) if a.level == 1 and a.reading.style != "attachment"]
    if not tops or not all(acc[i].reading.style.startswith(LIST_STYLES) for i in tops):
        return
    if len(tops) > 1 and not (len({acc[i].reading.key for i in tops}) == 1
                              and _LIST_INTRO.search(text, 0, acc[tops[0]].cand.start)
                              and not any(heading_follows(text, acc[i].cand.tok_end) for i in tops)):
        return  # items with headings ("1) Duties of Bravatek", "1)   Compensation") are the provisions
    demote = False
    for a in acc:
        if a.level == 1:
            demote = a.reading.style != "attachment"
        if demote:
            a.level += 1
