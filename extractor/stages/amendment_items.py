"""List items under an umbrella instruction.

"Section 3.1 of the Credit Agreement is hereby amended by:" (or "... as follows:") opens a list whose
items are operations on parts of that provision, led by a gerund or an imperative rather than by
"is amended": "(a) amending clause (c) of such Section 3.1 by deleting the word "and" ...",
"(1) deleting subclause (y) from clause (iii) thereof ...", "(i) in the definition of "ADVANCE" add
"..." after "..."". Each item becomes one operation whose target is the umbrella's provision with the
item's own part ("Section 3.1(c)"); items in the passive voice ("(i) Subsection (a) thereof shall be
amended ...") are read by ``amendment_ops`` and get the umbrella's provision put before their part here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..grammars import amendments as g
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from . import amendment_blocks as blocks
from . import amendment_ops as o

REGION_MAX = 8000
# a part named with "from"/"of"/"in" after another is the outer one: "subclause (y) from clause (iii)"
OUTER_JOIN = regex.compile(r"(?i)^[ \t\u00a0]*(?:from|of|in)[ \t\u00a0]+(?:such[ \t\u00a0]+)?$")
# the part an insert goes into, not the new part it adds: "in the fourth line of clause (vii)"
INTO_PART = regex.compile(r"(?i)\b(?:of|in|to|from)[ \t\u00a0]+(?:such[ \t\u00a0]+)?$")
BARE_PART = regex.compile(r"(?i)^(?:sub)?(?:clause|paragraph|subsection|section)s?[ \t\u00a0]+(?P<item>\(.*)$")
SUCH = regex.compile(r"(?i)\bsuch\b|\bthereof\b|\bthereto\b")
NEW_WORD = regex.compile(r"(?i)\bnew\b")
COLON_OR_BY = regex.compile(r":|\bby\s+(?:substitut|insert|replac|add)")


@dataclass(frozen=True)
class Umbrella:
    target: str | None  # the provision its items edit; None for "The Credit Agreement is amended as follows:"
    start: int  # the end of the umbrella's colon: its items follow
    end: int  # where its items stop (the next umbrella, its section's end)


def _parts(item: str) -> str:
    """"(iii)(y)" for "deleting subclause (y) from clause (iii) thereof": the item's own parts, outer first."""
    head = o._blank_quotes(item)
    head = head[: m.start()] if (m := COLON_OR_BY.search(head, 1)) else head
    found = list(g.ITEM_PART.finditer(head))
    if not found:
        return ""
    if INTO_PART.search(head, 0, found[0].start()) is None and NEW_WORD.search(head, 0, found[0].start()):
        return ""  # "adding the following new clauses (e) and (f)": the new parts, not a target
    chain = [found[0]]
    for m in found[1:]:
        if OUTER_JOIN.match(head[chain[-1].end() : m.start()]):
            chain.append(m)
        else:
            break
    return "".join(p.group("item").replace(" ", "") for p in reversed(chain))


def item_ops(text: str, umbrellas: list[Umbrella], taken: list[tuple[int, int]]) -> list[o.Op]:
    """One operation per gerund or imperative list item under each umbrella."""
    out: list[o.Op] = []
    for u in umbrellas:
        items = [m for m in g.ITEM_VERB.finditer(text, u.start, u.end)
                 if not any(a <= m.start() < b for a, b in taken)]
        for k, m in enumerate(items):
            limit = items[k + 1].start() if k + 1 < len(items) else u.end
            op = _item_op(text, m, limit, u)
            if op is not None:
                out.append(op)
    return out


def _item_op(text: str, m: regex.Match[str], limit: int, u: Umbrella) -> o.Op | None:
    a = m.start("verb")
    b = o._predicate_end(text, a, limit)
    pred = text[a:b]
    own = g.PROVISION.search(pred)
    target = u.target
    if m.group("defn"):
        term = g.DEFINITION_OF.search(m.group("defn"))
        target = "definition of " + " ".join(term.group("term").split()) + (f" in {u.target}" if u.target else "")
    elif own is not None and own.start() < 80 and (target is None or not SUCH.search(pred, 0, own.start() + 40)):
        target = " ".join(own.group().split())  # the item names its own provision
    if target is None:
        return None
    if not m.group("defn") and target == u.target:
        target += _parts(pred)
    location, line, sentences = o._location(text, m.start(), b)
    quotes = o._quotes(text, a, b)
    action = o._classify("", pred, location is not None, len(quotes))
    if action is None:
        return None
    old, new = o._assign_quotes(pred, a, quotes, action)
    block = False
    if new is None and action != "delete" and text[b - 1 : b] == ":":
        bs, be = blocks.block(text, b, limit)
        if be > bs:
            new, block = o.Quote(bs, be), True
    if action == "insert" and (g.DEFINITION_WORDS.search(pred) and not m.group("defn")):
        action = "add_definition"
    return o.Op(m.start(), new.end if block and new else b, target, m.start(), action, location, line,
                sentences, old, new, block)


def is_bare(target: str | None) -> bool:
    """A part with no provision number of its own: "Subsection (c)", "clause (g)"."""
    return BARE_PART.match(target or "") is not None


def with_umbrella_targets(ops: list[o.Op], umbrellas: list[Umbrella]) -> list[o.Op]:
    """"(i) Subsection (a) thereof shall be amended ..." under "Section 2.21 shall be amended as follows:":
    the target is Section 2.21(a)."""
    out = []
    for op in ops:
        bare = BARE_PART.match(op.target or "")
        # only a bare part looks for its umbrella (a pass over the umbrellas per op grew with both)
        u = None if bare is None else next(
            (u for u in umbrellas if u.target and u.start <= op.subject_start < u.end), None)
        if bare is not None and u is not None:
            op = replace(op, target=u.target + bare.group("item").replace(" ", ""))
        out.append(op)
    return out
