"""A party list cut into pieces, one a party: at the separators ("), and", ";", "AND:") that stand
outside parentheses and quotes, after a closing parenthesis, after a descriptor, and at detail lines;
never at an "and" inside a place name ("England and Wales")."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import takewhile

from ..grammars import find_all, finditer_at
from ..grammars import parties as g
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.suffixes import suffix_alternation
from . import party_extras as extras

# After a closing parenthesis: '("QWEST"),  Qwest ...', '("Heritage") Premier ...',
# '(collectively, ...), Allison ...'
AFTER_PAREN = regex.compile(
    r"(?<=[\"\u201d]\s{0,2}\))(?:\s{0,3},\s{0,3}|\s{1,3})(?=[A-Z])"
    rf"|(?<=\))\s{{0,3}},\s{{0,3}}(?=[A-Z])(?!(?:{suffix_alternation('paren')})\b)"
)


def _after_parens(seg: str) -> Iterator[regex.Match[str]]:
    """``AFTER_PAREN.finditer(seg)``, tried only right after each ")": both alternatives look back at one."""
    return finditer_at(AFTER_PAREN, seg, [i + 1 for i in find_all(seg, ")")])


WORD_BEFORE = regex.compile(r"(\w+)\W*$")
WORD_AFTER = regex.compile(r"\W*(\w+)")


DEPTH_CHARS = regex.compile(r"[()\"\u201c\u201d]")  # the only characters that change _depths' state


def depths(text: str, a: int, b: int) -> list[bool]:
    """For each position in [a, b): True when outside parentheses and quotes (a bracket or quotation
    mark counts as after itself). The state holds between two such characters: one run each."""
    out: list[bool] = []
    depth, quoted = 0, False
    pos, end = a, max(a, min(b, len(text)))
    for m in DEPTH_CHARS.finditer(text, a, end):
        i = m.start()
        out += [depth == 0 and not quoted] * (i - pos)
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == '"':
            quoted = not quoted
        elif ch == "\u201c":
            quoted = True
        else:  # \u201d, which opens a quote where it stands before a word ('(\u201dBunker One")')
            quoted = not quoted and i > 0 and text[i - 1] in "( " and text[i + 1 : i + 2].isalnum()
        out.append(depth == 0 and not quoted)
        pos = i + 1
    out += [depth == 0 and not quoted] * (end - pos)
    return out


def chunks(text: str, a: int, b: int) -> list[tuple[int, int]]:
    top = depths(text, a, b)
    cuts: list[tuple[int, int]] = []
    for m in g.SEPARATOR.finditer(text, a, b):
        if top[m.start() - a] and m.end() < b and not _inside_jurisdiction(text, m.start(), m.end()):
            cuts.append(m.span())
    for m in _after_parens(text[a:b]):
        s, e = a + m.start(), a + m.end()
        if top[s - a] and not any(cs <= s < ce for cs, ce in cuts):
            cuts.append((s, e))
    for m in finditer_at(g.AFTER_DESCRIPTOR, text, takewhile(lambda i: i < b, find_all(text, ")", a)), a, b):
        s, e = m.span("cut")
        if top[s - a] and not any(cs <= s < ce for cs, ce in cuts):
            cuts.append((s, e))
    cuts += extras.detail_lines(text, a, b)
    cuts.sort()
    out, cur = [], a
    for s, e in cuts:
        if s > cur:
            out.append((cur, s))
        cur = max(cur, e)
    if cur < b:
        out.append((cur, b))
    return out


JOINED_JURISDICTIONS = {j.casefold() for j in g.JURISDICTIONS if " and " in j}


def _inside_jurisdiction(text: str, s: int, e: int) -> bool:
    """ "England and Wales": an "and" inside a place name is no separator."""
    before = WORD_BEFORE.search(text[max(0, s - 30) : s])
    after = WORD_AFTER.match(text[e : e + 30])
    if before is None or after is None:
        return False
    return f"{before.group(1)} and {after.group(1)}".casefold() in JOINED_JURISDICTIONS
