"""Stage 10: amendment operations.

Every amending instruction ("SECTION 7.A is hereby amended by deleting ... and substituting
...") becomes one row per operation: the provision it edits (``target``, and normalised in
``target_label``), the ``action`` (delete, substitute, insert, restate, replace_all,
add_definition), the location qualifier ("in the fourteenth line therein"), the quoted old and
new words with their own offsets, and whether either is a confidential-treatment marker.

The instruction is found by a compiled regex scan for "is/are/shall be (hereby) amended,
deleted, restated ..." and read from the sentence around it: the subject names the target,
the predicate says what is done. New text given as a block ("... as follows:") runs to the
end of the amending provision (or the next instruction).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from ..grammars import amendments as g
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.text_index import TextIndex
from ..model.offsets import TextView
from ..model.records import NestedSpans, Span
from .amendment_ops import Quote, ops
from .header import Header
from .layout import Layout
from .references import reference_label
from .sections import SectionResult


@dataclass(frozen=True)
class Amendment(Span):
    section: str | None = None
    target: str | None = None
    target_label: str | None = None
    action: str | None = None
    location: str | None = None
    line: int | None = None
    sentences: str | None = None
    old_text: str | None = None
    old_start: int | None = None
    old_end: int | None = None
    new_text: str | None = None
    new_start: int | None = None
    new_end: int | None = None
    old_redacted: bool | None = None
    new_redacted: bool | None = None
    amended_agreement: str | None = None


def _redacted(view: TextView, q: Quote | None, spans: Sequence[tuple[int, int]]) -> bool | None:
    if q is None:
        return None
    # The quote *is* a marker ("[TEXT DELETED]"), not merely text that holds one.
    s, e = view.span(q.start, q.end)
    original = view.original
    k = bisect_left(spans, (s, -1))
    k = max(0, k - 1)  # a marker may start just before the quote
    inside = []
    while k < len(spans) and spans[k][0] < e:
        rs, re_ = spans[k]
        if s < re_:
            inside.append((max(s, rs), min(e, re_)))
        k += 1
    if inside:
        rest = original[s:e]
        for a, b in sorted(inside, reverse=True):
            rest = rest[: a - s] + rest[b - s :]
        if not rest.strip(" \t\r\n\"'\u201c\u201d.,;"):
            return True
    return bool(g.CT_MARKER.fullmatch(view.text[q.start : q.end].strip()))


TARGET_PIECES = regex.compile(
    r"(?i)([ \t\u00a0]+(?:to|of|in(?=[ \t\u00a0]+amendment\b))[ \t\u00a0]+(?:the[ \t\u00a0]+)?|,[ \t\u00a0]*)"
)
ITEM_LIST_SEP = regex.compile(r"[ \t\u00a0]*(?:,|\band\b|\bor\b|&)[ \t\u00a0]*")
SECTION_KEYWORD = regex.compile(r"(?i)section|sec\.")
TARGET_PIECE = regex.compile(
    r"(?i)(sub)?(section|sec\.|article|paragraph|subparagraph|clause|schedule|exhibit|appendix|annex|attachment"
    r"|item|part)s?[ \t\u00a0]+(.+)"
)


def target_label(target: str | None) -> str | None:
    """The normalised label of a target.

    "SECTION 7 A." -> "7.A";
    "APPENDIX A TO SCHEDULE 1, PARAGRAPH 2" -> "Appendix A to Schedule 1, Paragraph 2".
    """
    if not target:
        return None
    pieces = TARGET_PIECES.split(target)
    out = []
    for i, p in enumerate(pieces):
        if i % 2:
            joint = p.strip().lower()
            out.append(" to " if joint.startswith("to") else (" of " if joint.startswith("of") else
                                                             (" in " if joint.startswith("in") else ", ")))
            continue
        m = TARGET_PIECE.match(p.strip())
        if m is None:
            out.append(p.strip())
            continue
        kw, rest = m.group(2), m.group(3)
        first = ITEM_LIST_SEP.split(rest)[0]
        lab = reference_label(kw, first)
        if i > 0 and not SECTION_KEYWORD.match(kw):
            lab = lab if " " in lab else f"{kw.capitalize()} {lab}"
        out.append(lab)
    return "".join(out).strip() or None


def find_amendments(
    layout: Layout, sections: SectionResult, redaction_spans: Sequence[tuple[int, int]], header: Header
) -> tuple[Amendment, ...]:
    """One row per amending operation found in the body."""
    view = sections.view if sections.view is not None else layout.view
    text = view.text
    scanned = sections.text_index if sections.text_index is not None else TextIndex(text)  # the sections' index
    original = layout.original
    spans = sections.view_spans
    levels = [s.level for s in sections.sections]
    labels = [s.label for s in sections.sections]
    rows: list[Amendment] = []
    index = NestedSpans(spans, levels)
    redaction_spans = sorted(redaction_spans)
    for op in ops(scanned, index):
        s, e = view.span(op.subject_start, op.end)
        sec = index.innermost(op.subject_start)
        old = view.span(op.old.start, op.old.end) if op.old else (None, None)
        new = view.span(op.new.start, op.new.end) if op.new else (None, None)
        rows.append(
            Amendment(
                s,
                e,
                original[s:e],
                section=labels[sec] if sec is not None else None,
                target=op.target,
                target_label=target_label(op.target),
                action=op.action,
                location=op.location,
                line=op.line,
                sentences=op.sentences,
                old_text=original[old[0] : old[1]] if op.old else None,
                old_start=old[0],
                old_end=old[1],
                new_text=original[new[0] : new[1]] if op.new else None,
                new_start=new[0],
                new_end=new[1],
                old_redacted=_redacted(view, op.old, redaction_spans),
                new_redacted=_redacted(view, op.new, redaction_spans),
                amended_agreement=header.amended_agreement,
            )
        )
    return tuple(rows)


def new_text_blocks(rows: Sequence[Amendment], original: str) -> list[tuple[int, int]]:
    """Original spans of the blocks of new provisions that operations give ("... as follows:" then
    "11.1 Contractor's Liability Insurance. ..."): the provisions inside are the amended agreement's,
    not sections of the amendment itself, so the sections stage may skip numbered headings there."""
    out = []
    for r in rows:
        if r.new_start is None or r.new_end is None or r.new_text is None or r.action not in (
            "restate", "insert", "add_definition", "substitute"
        ):
            continue
        line_start = r.new_start == 0 or original[r.new_start - 1] in "\n\"\u201c" or "\n" in r.new_text
        if line_start:
            out.append((r.new_start, r.new_end))
    return out
