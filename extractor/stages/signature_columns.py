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
from ..grammars import signature as g
from .signature_parties import is_suffix, names_above

# A piece of a line: text between runs of three blanks or more (tabs count as blanks)
PIECE = regex.compile(r"\S(?:[^\r\n\f \t\xa0]|[ \t\xa0]{1,2}+(?=[^\s\xa0]))*+")
TAB = 8
LINE_BREAK_BACK = regex.compile(r"[\n\r\f]", regex.REVERSE)  # searched right to left: the nearest one first


def _col(text: str, line_start: int, pos: int) -> int:
    """The printed column of ``pos`` (tabs expanded)."""
    return len(text[line_start:pos].expandtabs(TAB))


def _line_start(text: str, pos: int, lo: int = 0) -> int:
    # one backward search that stops at the nearest terminator: three rfinds, one per terminator,
    # each ran back to the text's start for a terminator it lacks ("\r" in LF text), per call. Searched
    # in text[lo:pos] first: a caller that knows a terminator lies there looks no further back.
    m = LINE_BREAK_BACK.search(text, lo, pos)
    if m is None and lo > 0:
        m = LINE_BREAK_BACK.search(text, 0, lo)
    return m.end() if m is not None else 0


def column_names(text: str, lo: int, hi: int, anchors: list[int], names: list[str | None]) -> list[str | None]:
    """The party over each of the side-by-side labels starting at ``anchors`` (one line, left to
    right), read from ``text[lo:hi]`` column by column, when the line-by-line reading ``names``
    crossed the columns (a name made of pieces of two columns), cut one short ("AND SAVINGS
    ASSOCIATION") or missed one; else ``names``. Text not laid out in lines keeps ``names``."""
    # the cheap tests first: on a text without line breaks (flattened) the labels' line starts at the
    # text's start, and its column (a look back over the whole line) is never needed
    if len(anchors) < 2 or "\n" not in text[lo:hi]:
        return names
    if any(g.LINE_END.search(text, min(a, b), max(a, b)) for a, b in zip(anchors, anchors[1:], strict=False)):
        return names  # not all on one line
    first_line = _line_start(text, anchors[0], min(lo, anchors[0]))  # the labels are below text[lo:hi]
    cols = [_col(text, first_line, a) for a in anchors]
    bounds = [(a + b) // 2 for a, b in zip(cols, cols[1:], strict=False)]  # a piece left of bound j: column <= j
    # a piece's column matters up to the last bound: looked up at most that far back (the first line
    # of text[lo:hi] may start far before lo)
    widest = max(bounds)
    pieces: list[list[str]] = [[] for _ in anchors]
    column_of: dict[str, set[int]] = {}
    pos = lo
    while pos < hi:
        eol = text.find("\n", pos, hi)
        end = hi if eol < 0 else eol
        # columns counted from the start of pos's line (a "\r" within the line does not restart them)
        back = max(0, pos - widest)
        brk = LINE_BREAK_BACK.search(text, back, pos)
        start = brk.end() if brk is not None else 0 if back == 0 else -1  # -1: more than widest back
        for m in PIECE.finditer(text, pos, end):
            s = m.start()
            col = widest if start < 0 or s - start >= widest else min(_col(text, start, s), widest)
            j = sum(1 for b in bounds if col >= b)
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
    edge = anchor - COLUMN_SLACK
    if lo <= anchor and edge > 0 and g.LINE_END.search(text, min(lo, edge), anchor) is None:
        # one line (a flattened text): the line's first piece must start within COLUMN_SLACK characters of
        # the "By:" (each takes a column or more), so a non-blank before that, on the line, is its start
        # too far to the left; looked for back to the nearest one, not from the line's start
        near = LINE_OR_NON_BLANK_BACK.search(text, 0, edge)
        if near is not None and not g.LINE_END.match(near.group()):
            return name
    line = _line_start(text, lo)
    m = PIECE.search(text, line, lo)
    if m is None or m.end() > lo or not m.group().isupper() or ":" in m.group():
        return name
    if abs(_col(text, line, m.start()) - _col(text, _line_start(text, anchor), anchor)) > COLUMN_SLACK:
        return name
    return f"{m.group()} {name}"


COLUMN_SLACK = 4  # printed columns by which a name's lines and its "By:" may be out of line
LINE_OR_NON_BLANK_BACK = regex.compile(r"[\n\r\f]|\S", regex.REVERSE)  # the nearest one first


def printed_column(text: str, pos: int, at_most: int | None = None) -> int:
    """The printed column of ``pos`` on its line (tabs expanded); given ``at_most``, the smaller of
    that column and ``at_most``, looking back at most ``at_most`` characters (a line starting farther
    back puts ``pos`` at a column of at least ``at_most``: each character takes one column or more)."""
    if at_most is None:
        return _col(text, _line_start(text, pos), pos)
    lo = max(0, pos - at_most)
    m = LINE_BREAK_BACK.search(text, lo, pos)
    if m is None and lo > 0:
        return at_most
    return min(_col(text, m.end() if m is not None else 0, pos), at_most)


ACK_LEAD = regex.compile(r"(?i)(?<![a-z])(?:agreed?|accept(?:ed)?|acknowledged)(?![a-z])")


def own_name_above(text: str, a: int, b: int, signer: str | None) -> bool:
    """Does a bare "/s/" at ``b`` sign under a name of its own, not beside the "/s/" ending at ``a``: an
    entity's name (ending in its form) on the line right above it, the two laid out one under the other
    ("4/16/10 / Date / BIOAMBER S.A.S. / /s/ ..."), or after an acceptance run into one line
    ("...Secretary/TreasurerACCEPTED AND AGREED TO:STRATTON, CHEESEMAN & WALSH, INC./s/ ..."); not the
    lines typed under the ``signer``'s own "/s/" ("/s/ A. Chan / A. Chan Chief Executive Officer ACME, Inc.",
    "/s/ JOHN MCSORLEY / John McSorley / Vice President of Human Resources / NVIDIA Corporation, Inc.")?"""
    ack = ACK_LEAD.search(text, a, b) is not None
    if g.LINE_END.search(text, a, b) is None and not ack:
        return False
    lines = [line for line in g.LINE_END.split(text[a:b]) if line.strip()]
    words = lines[-1].split() if lines else []
    if not words or not is_suffix(words[-1]):
        return False
    # the signer's name (else what follows the "/s/" on its line) typed again under the line, then the
    # title and the entity: the lines typed under the block above
    head, _, rest = text[a:b].partition("\n")
    name = " ".join((signer or head).split()).casefold()
    typed = bool(name) and name in " ".join((rest if not signer else text[a:b]).split()).casefold()
    return ack or not typed
