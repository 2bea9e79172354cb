"""The join step, after every stage: facts one table takes from another.

A redaction's ``section`` is the innermost section holding it; the redactions stage runs before
the sections stage, so the label is filled here rather than in either stage. A section that starts
inside a block of new provisions an amendment gives ("... as follows:" then "11.1 Contractor's
Liability Insurance. ...") belongs to the amended agreement, not to the amendment: the amendments
stage runs after the sections stage, so its ``part`` becomes ``new text`` here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from ..model.records import NestedSpans
from .redactions import Redaction
from .sections import Section

NEW_TEXT = "new text"  # the sections.part of a provision quoted as an amendment's new text


def with_sections(redactions: tuple[Redaction, ...], sections: Sequence[Section]) -> tuple[Redaction, ...]:
    """Fill each redaction's ``section``: the label of the innermost section holding its start."""
    if not sections:
        return redactions
    index = NestedSpans([(s.start, s.end) for s in sections], [s.level for s in sections])
    out = []
    for r in redactions:
        i = index.innermost(r.start)
        # the constructor rather than dataclasses.replace, which checks every field again (~30k rows)
        out.append(r if i is None else Redaction(start=r.start, end=r.end, text=r.text, kind=r.kind, page=r.page,
                                                 section=sections[i].label))
    return tuple(out)


def in_new_text(sections: tuple[Section, ...], blocks: Sequence[tuple[int, int]]) -> tuple[Section, ...]:
    """Mark the sections that start inside a block of new text (original spans) as part ``new text``."""
    if not blocks or not sections:
        return sections
    merged: list[tuple[int, int]] = []
    for a, b in sorted(blocks):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    starts = [a for a, _ in merged]

    def inside(x: int) -> bool:
        k = bisect_right(starts, x) - 1
        return k >= 0 and x < merged[k][1]

    return tuple(replace(s, part=NEW_TEXT) if s.part == "body" and inside(s.start) else s for s in sections)
