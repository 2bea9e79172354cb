"""Consolidate an agreement with a chain of amendments.

``consolidate(base, *amendments)`` applies the amendments in date order (each amendment's agreement
or effective date; undated ones keep their place), each to the text the amendments before it made,
and returns the consolidated text, the ``applied`` table across the chain (which amendment, which
operation, applied or failed and why) and a side-by-side HTML view: the base on the left, the
consolidated text on the right, every change linked to the instruction that made it.

After each amendment the consolidated text is parsed again, so the next amendment's targets are
looked up among the sections of the text as amended so far.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pandas as pd

from ..model import schema
from ..model.exhibit import Exhibit
from .apply import Applied, plan_edits


@dataclass(frozen=True)
class Change:
    step: int  # 0-based position of the amendment in the chain (date order)
    operation: int  # row of that amendment's ``amendments`` table
    start: int  # span in the consolidated text
    end: int
    base_start: int | None  # span in the base's original text it replaced (None inside inserted text)
    base_end: int | None


@dataclass(frozen=True)
class Consolidation:
    text: str  # the base's original text with every applied operation carried out
    applied: pd.DataFrame  # the ``applied`` table across the chain
    changes: tuple[Change, ...]
    order: tuple[int, ...]  # the amendments' argument positions, in the order they were applied
    html: str  # the side-by-side view


def amendment_date(ex: Exhibit) -> str | None:
    """The amendment's own date: its agreement date, else its effective date (ISO)."""
    d = ex.dates
    for role in ("agreement", "effective"):
        vals = [v for v in d.loc[d["role"] == role, "value"] if isinstance(v, str) and v]
        if vals:
            return vals[0]
    return None


def _name(ex: Exhibit) -> str:
    src = ex.meta.get("source")
    return Path(str(src)).name if src else str(ex.title or "amendment")


def consolidate(base: Exhibit, *amendments: Exhibit) -> Consolidation:
    """Apply ``amendments`` to ``base`` in date order; see the module docstring."""
    from ..pipeline import parse  # the consolidated text is parsed again after each amendment

    dated = [(amendment_date(a), k) for k, a in enumerate(amendments)]
    order = tuple(k for _, k in sorted(dated, key=lambda x: (x[0] is None, x[0] or "", x[1])))
    current = base
    changes: list[Change] = []
    history: list[list[tuple[int, int, int]]] = []  # each step's edits: (start, end, new length) on its input
    rows: list[dict[str, object]] = []
    for step, k in enumerate(order):
        amendment = amendments[k]
        edits, applied = plan_edits(current, amendment)
        instructions = amendment.amendments
        for r in applied:
            rows.append(_row(r, step, amendment, instructions))
        text, changes = _carry_out(current.original, edits, changes, step, history)
        current = parse(text, name=str(base.meta.get("source") or "base.txt"))
    table = schema.frame("applied", rows)
    page = side_by_side(base, current.original, changes, [amendments[k] for k in order])
    return Consolidation(current.original, table, tuple(changes), order, page)


def _row(r: Applied, step: int, amendment: Exhibit, instructions: pd.DataFrame) -> dict[str, object]:
    return {
        "amendment": _name(amendment),
        "amendment_date": amendment_date(amendment),
        "step": step,
        "operation": r.operation,
        "target": r.target,
        "action": r.action,
        "status": r.status,
        "reason": r.reason,
        "base_start": r.base_start,
        "base_end": r.base_end,
    }


def _back(p: int, history: list[list[tuple[int, int, int]]]) -> int | None:
    """A position in the text after ``history``'s steps, in the base; None inside text a step inserted."""
    for edits in reversed(history):
        delta = 0
        moved = None
        for s, e, n in edits:  # sorted, non-overlapping, in that step's input
            if p < s + delta:
                break
            if p < s + delta + n:
                if p > s + delta:
                    return None
                moved = s  # the start of a replacement is where the replaced words started
                break
            delta += n - (e - s)
        p = moved if moved is not None else p - delta
    return p


def _carry_out(
    text: str, edits: list[tuple[int, int, str, int]], changes: list[Change], step: int,
    history: list[list[tuple[int, int, int]]],
) -> tuple[str, list[Change]]:
    """The text with ``edits`` made, earlier changes moved to their new places, and this step's changes."""
    ordered = sorted(edits, key=lambda x: (x[0], x[1]))
    out: list[str] = []
    moved: list[Change] = []
    new_changes: list[Change] = []
    pos = 0
    delta = 0
    shifts: list[tuple[int, int, int]] = []  # (old start, old end, delta after it)
    for s, e, new, op in ordered:
        out.append(text[pos:s])
        ns = s + delta
        out.append(new)
        delta += len(new) - (e - s)
        shifts.append((s, e, delta))
        new_changes.append(Change(step, op, ns, ns + len(new), None, None))
        pos = e
    out.append(text[pos:])

    def shift(p: int) -> int:
        d = 0
        for s, e, after in shifts:
            if s < p or (s == p and e > p):
                d = after
        return p + d

    for c in changes:
        # an earlier change that a later edit overwrote keeps the place of what replaced it
        moved.append(Change(c.step, c.operation, shift(c.start), max(shift(c.start), shift(c.end)),
                            c.base_start, c.base_end))
    mapped = []
    for c, (s, e, _, _) in zip(new_changes, ordered, strict=True):
        bs, be = _back(s, history), _back(e, history)
        ok = bs is not None and be is not None and be >= bs
        mapped.append(Change(c.step, c.operation, c.start, c.end, bs if ok else None, be if ok else None))
    new_changes = mapped
    history.append([(s, e, len(new)) for s, e, new, _ in ordered])
    return "".join(out), sorted(moved + new_changes, key=lambda c: (c.start, c.end))


def _marked(text: str, changes: list[Change]) -> str:
    """The consolidated text with each change marked, a later change inside an earlier one (a word
    substituted in a restated provision) marked as its own: every stretch links to the latest change
    covering it, and each change's id stands at its start."""
    esc = html.escape
    cuts = sorted({0, len(text), *(c.start for c in changes), *(c.end for c in changes)})
    out: list[str] = []
    seen: set[int] = set()
    for a, b in zip(cuts, cuts[1:] + [None], strict=False):
        here = [k for k, c in enumerate(changes) if c.start == c.end == a and k not in seen]
        for k in here:  # a deletion: an empty mark where the words were
            seen.add(k)
            c = changes[k]
            out.append(f'<ins id="c{k}" class="gone"><a href="#i{c.step}-{c.operation}">&#8203;</a></ins>')
        if b is None:
            break
        cover = [k for k, c in enumerate(changes) if c.start <= a and b <= c.end and c.start < c.end]
        if not cover:
            out.append(esc(text[a:b]))
            continue
        k = max(cover, key=lambda j: (changes[j].step, -(changes[j].end - changes[j].start)))
        c = changes[k]
        ident = "" if k in seen else f' id="c{k}"'
        seen.add(k)
        for j in cover:  # an enclosing change whose start is this stretch keeps its id here
            if j not in seen and changes[j].start == a:
                seen.add(j)
                out.append(f'<span id="c{j}"></span>')
        out.append(f'<ins{ident} title="amendment {c.step + 1}, operation {c.operation}">'
                   f'<a href="#i{c.step}-{c.operation}">{esc(text[a:b])}</a></ins>')
    for k in range(len(changes)):  # a change wholly covered by later ones keeps an anchor
        if k not in seen:
            out.append(f'<span id="c{k}"></span>')
    return "".join(out)


CSS = """body{font-family:system-ui,sans-serif;margin:0}header{padding:8px 16px;background:#f4f4f4}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:0}.cols pre{white-space:pre-wrap;margin:0;padding:12px;
font-size:12px;border-right:1px solid #ddd;overflow-wrap:anywhere}del{background:#fdd}ins{background:#dfd;
text-decoration:none}ins a,del a{color:inherit;text-decoration:none}table{border-collapse:collapse;margin:12px 16px}
td,th{border:1px solid #ccc;padding:2px 6px;font-size:12px;vertical-align:top}.failed{color:#a00}"""


def side_by_side(base: Exhibit, text: str, changes: list[Change], amendments: list[Exhibit]) -> str:
    """A self-contained page: base left (replaced words struck), consolidated right (new words marked), and
    the instructions, each change linking to the instruction that made it."""
    esc = html.escape
    left, pos = [], 0
    for k, c in sorted(enumerate(changes), key=lambda kc: (kc[1].base_start or -1)):
        if c.base_start is None or c.base_start < pos:
            continue
        left += [esc(base.original[pos : c.base_start]),
                 f'<del id="b{k}"><a href="#i{c.step}-{c.operation}">{esc(base.original[c.base_start : c.base_end])}'
                 f"</a></del>"]
        pos = c.base_end or c.base_start
    left.append(esc(base.original[pos:]))
    right = _marked(text, changes)
    rows = []
    for step, a in enumerate(amendments):
        # cast: the amendments table has a default integer index (pandas-stubs types iterrows labels as Hashable)
        for i, r in cast("Iterator[tuple[int, pd.Series]]", a.amendments.iterrows()):
            links = " ".join(f'<a href="#c{k}">change</a>' for k, c in enumerate(changes)
                             if c.step == step and c.operation == int(i))
            rows.append(f'<tr id="i{step}-{int(i)}"><td>{step + 1}. {esc(_name(a))}</td><td>{int(i)}</td>'
                        f"<td>{esc(str(r['action']))}</td><td>{esc(str(r['target']))}</td>"
                        f"<td>{esc(str(r['text'])[:400])}</td><td>{links or '<span class=failed>not applied</span>'}"
                        f"</td></tr>")
    title = esc(str(base.title or _name(base)))
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{title}: consolidated</title><style>{CSS}</style></head><body>"
        f"<header><b>{title}</b>: base (left) and consolidated with {len(amendments)} amendment(s) (right)</header>"
        f"<div class='cols'><pre>{''.join(left)}</pre><pre>{right}</pre></div>"
        "<table><tr><th>amendment</th><th>op</th><th>action</th><th>target</th><th>instruction</th>"
        f"<th>change</th></tr>{''.join(rows)}</table></body></html>"
    )
