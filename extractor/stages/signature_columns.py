"""Signature columns: the party names of side-by-side signatories read column by column.

A signature page laid out in columns writes each party's name over its own ``By:`` line, and a long
name wraps within its column::

    AMSTERDAM FEDERAL SAVINGS AND               BRISTOL-MYERS SQUIBB
    LOAN ASSOCIATION                            COMPANY

    By: /s/ Fred D. Anderson                    By: /s/ John Doe

Read line by line, the lines above give "AMSTERDAM FEDERAL SAVINGS AND BRISTOL-MYERS SQUIBB" and
"LOAN ASSOCIATION COMPANY": the columns cross. Here each piece of a line above (text between runs of
three blanks or more) goes to the column whose ``By:`` label it stands over, and each column's
pieces are read as the text above one signatory.
"""

from __future__ import annotations

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from .signature_parties import names_above

# A piece of a line: text between runs of three blanks or more (tabs count as blanks)
PIECE = regex.compile(r"\S(?:[^\r\n\f \t\xa0]|[ \t\xa0]{1,2}+(?=[^\s\xa0]))*+")
TAB = 8


def _col(text: str, line_start: int, pos: int) -> int:
    """The printed column of ``pos`` (tabs expanded)."""
    return len(text[line_start:pos].expandtabs(TAB))


def _line_start(text: str, pos: int) -> int:
    # searched backwards from pos: three rfind calls scanned to the text's start for a break it lacks ("\f")
    m = LINE_BREAK_BEFORE.search(text, 0, pos)
    return 0 if m is None else m.end()


LINE_BREAK_BEFORE = regex.compile(r"[\n\r\f]", regex.REVERSE)


def column_names(text: str, lo: int, hi: int, anchors: list[int], names: list[str | None]) -> list[str | None]:
    """The party over each of the side-by-side labels starting at ``anchors`` (one line, left to
    right), read from ``text[lo:hi]`` column by column, when the line-by-line reading ``names``
    crossed the columns (a name made of pieces of two columns), cut one short ("AND SAVINGS
    ASSOCIATION") or missed one; else ``names``. Text not laid out in lines keeps ``names``."""
    k = len(anchors)
    first_line = _line_start(text, anchors[0])
    if k < 2 or any(_line_start(text, a) != first_line for a in anchors) or "\n" not in text[lo:hi]:
        return names
    cols = [_col(text, first_line, a) for a in anchors]
    bounds = [(a + b) // 2 for a, b in zip(cols, cols[1:], strict=False)]  # a piece left of bound j: column <= j
    pieces: list[list[str]] = [[] for _ in anchors]
    column_of: dict[str, set[int]] = {}
    pos = lo
    while pos < hi:
        eol = text.find("\n", pos, hi)
        end = hi if eol < 0 else eol
        start = _line_start(text, pos)
        for m in PIECE.finditer(text, pos, end):
            j = sum(1 for b in bounds if _col(text, start, m.start()) >= b)
            pieces[j].append(m.group())
            column_of.setdefault(m.group().strip(" ,"), set()).add(j)
        for p in pieces:
            p.append("")  # the line ends in every column
        pos = end + 1
    if any(not "".join(p) for p in pieces):
        return names  # a column with nothing above it: the names are not written over the labels
    by_column = [names_above("\n".join(p), 1)[0] for p in pieces]

    def crossed(name: str) -> bool:
        return len({j for piece, js in column_of.items() if len(piece) > 3 and piece in name for j in js}) > 1

    def cut(name: str | None) -> bool:
        return name is None or name.split()[0] in CONTINUED or name[0].islower()

    if any(n and crossed(n) or cut(n) and not cut(c) for n, c in zip(names, by_column, strict=True)):
        return by_column
    return names


# A name's line that starts with these went on from the line above ("AND SAVINGS ASSOCIATION")
CONTINUED = frozenset({"AND", "&", "OF", "and", "of"})


def staggered_head(text: str, lo: int, anchor: int, name: str | None) -> str | None:
    """A name cut by a staggered layout, its first line beside the other column's last label::

        ACTION RENT-TO-OWN HOLDINGS                         Its:
        OF SOUTH CAROLINA, INC.
        By:

    The text above the "By:" at ``anchor`` starts after that "Its:" (``lo``), so the name read there
    opens with a joining word ("OF SOUTH CAROLINA, INC."); the piece in capitals that starts the line
    of ``lo``, in the column of the "By:", is its first line."""
    if not name or name.split()[0] not in CONTINUED:
        return name
    line = _line_start(text, lo)
    m = PIECE.search(text, line, lo)
    if m is None or m.end() > lo or not m.group().isupper() or ":" in m.group():
        return name
    if abs(_col(text, line, m.start()) - _col(text, _line_start(text, anchor), anchor)) > COLUMN_SLACK:
        return name
    return f"{m.group()} {name}"


COLUMN_SLACK = 4  # printed columns by which a name's lines and its "By:" may be out of line


def printed_column(text: str, pos: int) -> int:
    """The printed column of ``pos`` on its line (tabs expanded)."""
    return _col(text, _line_start(text, pos), pos)
