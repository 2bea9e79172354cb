"""Coverage of amending instructions, measurable without labels.

In a document that amends another, every sentence holding an amending word ("amended", "deleting",
"insert", ...) near a provision reference ("Section 2(c)", "Exhibit A", "the definition of "EBITDA"")
is either read as an operation (it overlaps an ``amendments`` row), judged not to be an instruction
for a reason a person can check (a recital, a rule of the agreement, the name of an amended document,
an umbrella that introduces the operations after it, words quoted inside an operation, ...), or left
unexplained. ``amendment_coverage`` returns one ``Candidate`` per such sentence; the judged and the
unexplained ones become ``diagnostics`` rows (stage ``amendments``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from ..grammars import amendments as g
from ..model.offsets import TextView
from ..model.records import Diagnostic
from .amendments import Amendment
from .header import Header
from .layout import Layout
from .sections import SectionResult

NEAR = 120  # how close the amending word and the provision reference must be
UMBRELLA_REACH = 3000  # an umbrella's first operation follows within this many characters

# (code, pattern, message): the first that matches explains the sentence
REASONS: tuple[tuple[str, object, str], ...] = (
    ("amendment_deleted_marker", g.DELETED_MARKER, "a provision shown as deleted in the text, not an instruction"),
    ("amendment_definition_text", g.DEFINITION_SENTENCE, "the text of a definition, not an edit"),
    ("amendment_saving_clause", g.SAVING_CLAUSE, "a saving clause: the rest of the agreement stays in force"),
    ("amendment_scope", g.SCOPE, "says which document this one amends"),
    ("amendment_redacted", g.REDACTED_CHANGE, "the change itself is redacted (confidential treatment): no words "
     "to carry out"),
    ("amendment_arithmetic", g.ARITHMETIC, "a step of a payment formula (add the fee ...), not an edit of a text"),
    ("amendment_recital", g.RECITAL, "a recital: says the parties wish to amend, does not amend"),
    ("amendment_rule", g.RULE, "a rule of the agreement (may / shall not / to be amended), not an instruction"),
    ("amendment_convention", g.CONVENTION, "a convention or representation (headings inserted for convenience, "
     "confirms / represents), not an edit"),
    ("amendment_in_attachment", g.IN_ATTACHMENT, "the changes are in an attachment, not in the text"),
    ("amendment_vague", g.VAGUE_SENTENCE, "says what the change achieves, gives no words to carry out"),
    ("amendment_authority", g.AUTHORITY, "the provision is the authority for amending, not its target"),
    ("amendment_self_reference", g.SELF_REFERENCE, "a rule about a provision of this document, not an edit "
     "of the amended one"),
)


@dataclass(frozen=True)
class Candidate:
    start: int  # original offsets of the sentence
    end: int
    status: str  # operation | not_instruction | unexplained
    code: str | None
    message: str | None


def is_amending(header: Header, rows: Sequence[Amendment]) -> bool:
    """The document amends another: an amendment by its title, it names the amended agreement, or it has operations."""
    return bool(rows) or header.kind == "amendment" or bool(header.amended_agreement or header.amendment_number)


def _num(v: object) -> int | None:
    """An offset from a record or a DataFrame row (where a missing one is pd.NA)."""
    if v is None or isinstance(v, str):
        return None
    try:
        return None if v != v else int(v)  # type: ignore[call-overload]  # NaN != NaN
    except TypeError:  # pd.NA
        return None


def _sentences(text: str) -> list[tuple[int, int]]:
    out, a = [], 0
    for m in g.COVERAGE_SENTENCE_END.finditer(text):
        e = m.start() + 1 if text[m.start()] in ".;:" else m.start()
        if e > a:
            out.append((a, e))
        a = m.end()
    if a < len(text):
        out.append((a, len(text)))
    return out


def _has_candidate(s: str) -> bool:
    refs = [m.start() for m in g.PROVISION.finditer(s)] + [m.start() for m in g.DEFINITION_OF.finditer(s)]
    if not refs:
        return False
    return any(any(abs(v.start() - r) <= NEAR for r in refs) for v in g.AMENDING_WORD.finditer(s))


def _named_only(s: str, *patterns: object) -> bool:
    """Every amending word sits in the name of an amended document ("as amended by", "Amended and Restated",
    and with ``NAMED_AMENDMENT`` too "this Amendment", "the Restated Agreement")."""
    blanked = s
    for p in (*patterns, g.NAMED_DOCUMENT):
        blanked = p.sub(lambda m: " " * len(m.group()), blanked)  # type: ignore[attr-defined]
    return blanked != s and not g.AMENDING_WORD.search(blanked)


class _Reach:
    """Spans (x, y) sorted by start, for "the furthest end of a span starting before a point" in log
    time: a sentence is compared with the operations' spans by bisection, not with each (a long
    amending document has thousands of both)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [x for x, _ in ordered]
        self.ends = list(accumulate((y for _, y in ordered), max))  # the furthest end so far

    def furthest(self, pos: int, *, strict: bool) -> float:
        """The furthest end of the spans starting before ``pos`` (``strict``) or at or before it; -inf if none."""
        k = (bisect_left if strict else bisect_right)(self.starts, pos)
        return self.ends[k - 1] if k else float("-inf")


def amendment_coverage(view: TextView, rows: Iterable[Any]) -> list[Candidate]:
    """Each sentence of the body with an amending word near a provision, and how it was accounted for."""
    text = view.text
    rows = list(rows)
    instr = []  # original spans of the instructions themselves (before their quoted words)
    quoted = []  # original spans of the words they quote or the blocks they give
    for r in rows:
        old_s, old_e, new_s, new_e = (_num(r.old_start), _num(r.old_end), _num(r.new_start), _num(r.new_end))
        firsts = [x for x in (old_s, new_s) if x is not None and x > r.start]
        cut = min(firsts) if firsts else r.end
        instr.append((r.start, max(cut, r.start + 1)))
        quoted += [(x, y) for x, y in ((old_s, old_e), (new_s, new_e)) if x is not None and y is not None]
    starts = sorted(int(r.start) for r in rows)
    overlaps, reach = _Reach(instr), _Reach(quoted)
    out: list[Candidate] = []
    for a, b in _sentences(text):
        s = text[a:b]
        if not _has_candidate(s):
            continue
        oa, ob = view.span(a, b)
        if overlaps.furthest(ob, strict=True) > oa:  # an instruction overlaps the sentence
            out.append(Candidate(oa, ob, "operation", None, None))
            continue
        # quoted words hold the sentence (a slack of two: the closing quote and stop), or its start
        if (far := reach.furthest(oa, strict=False)) + 2 >= ob or far > oa:
            out.append(Candidate(oa, ob, "not_instruction", "amendment_quoted_text",
                                 "words quoted or given as new text by an operation"))
            continue
        out.append(_judge(s, oa, ob, starts))
    return out


def _quoted_only(s: str) -> bool:
    """Every amending word sits inside quotation marks (words an instruction quotes, "or (h) amend Article VII
    hereof" after an instruction's ". . ."), counting a quotation the sentence opens and does not close."""
    blanked = g.QUOTED.sub(lambda m: " " * len(m.group()), s)
    lead = blanked.lstrip()
    if lead[:1] in ('"', "\u201c"):
        blanked = ""  # the sentence opens a quotation that runs past it
    return blanked != s and not g.AMENDING_WORD.search(blanked)


def _judge(s: str, oa: int, ob: int, starts: list[int]) -> Candidate:
    stripped = s.rstrip()
    if stripped.endswith(":") or g.WHOLE_UMBRELLA.search(stripped):
        i = bisect_left(starts, ob)
        if i < len(starts) and starts[i] < ob + UMBRELLA_REACH:
            return Candidate(oa, ob, "not_instruction", "amendment_umbrella",
                             "introduces the operations that follow it")
    if _named_only(s):
        return Candidate(oa, ob, "not_instruction", "amendment_named_document",
                         "names an amended document (as amended, amended and restated), not an instruction")
    for code, pattern, message in REASONS:
        if pattern.search(s):  # type: ignore[attr-defined]
            return Candidate(oa, ob, "not_instruction", code, message)
    # after the reasons above, which say more: an amending word only in a document's name or in quoted words
    if _named_only(s, g.NAMED_AMENDMENT):
        return Candidate(oa, ob, "not_instruction", "amendment_named_document",
                         "names a document (this Amendment, Amendment No. 1, the Restated Agreement), not an "
                         "instruction")
    if _quoted_only(s):
        return Candidate(oa, ob, "not_instruction", "amendment_quoted_text",
                         "the amending word is inside quoted words, not an instruction of this document")
    return Candidate(oa, ob, "unexplained", "amendment_unexplained",
                     "an amending word near a provision gave no operation and no reason")


def amendment_diagnostics(
    layout: Layout, sections: SectionResult, header: Header, rows: Sequence[Amendment]
) -> tuple[Diagnostic, ...]:
    """``diagnostics`` rows for the sentences of an amending document that gave no operation."""
    if not is_amending(header, rows):
        return ()
    view = sections.view if sections.view is not None else layout.view
    original = layout.original
    return tuple(
        Diagnostic(c.start, c.end, original[c.start : c.end], "amendments", c.code or "", c.message or "")
        for c in amendment_coverage(view, rows)
        if c.status != "operation"
    )
