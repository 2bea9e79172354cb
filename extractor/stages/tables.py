"""The join step, after every stage: facts one table takes from another.

A redaction's ``section`` is the innermost section holding it; the redactions stage runs before
the sections stage, so the label is filled here rather than in either stage.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model.records import NestedSpans
from .redactions import Redaction
from .sections import Section


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
