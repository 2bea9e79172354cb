"""Stage 8: defined terms.

Two forms: a parenthesis holding quoted capitalised terms right after what it
names (``Qwest Communications Corporation, a Delaware corporation ("QWEST")``,
``(the "MGS AGREEMENT")``), and a quoted term followed by "shall mean" /
"means" / "has the meaning" (``"Qwest Communications International Inc." shall
mean ...``). A row's span is the defining text (the parenthesis, or the term
through the end of its definition sentence); ``term_start``/``term_end`` locate
the term itself. ``refers_to`` is the phrase just before a parenthesis (an
appositive such as ", a Delaware corporation" reaches back to the name), and
is empty for "means" definitions.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import terms as g
from ..model.records import Span
from .layout import Layout

BACK_CHARS = 300
DEFINITION_CHARS = 800
APPOSITIVE = regex.compile(r"(?i)^(?:an?\s|dated\b|effective\b|as\s+amended\b|\d|[^a-z]*$)")
THAT_CERTAIN = regex.compile(r"(?i)^that\s+certain\s+")


@dataclass(frozen=True)
class DefinedTerm(Span):
    term: str
    refers_to: str | None = None
    term_start: int | None = None
    term_end: int | None = None
    term_text: str | None = None  # the term as printed: original[term_start:term_end]


def _refers_to(text: str, pos: int) -> str | None:
    """The phrase the parenthesis at ``pos`` names: from the last phrase boundary before it."""
    lo = max(0, pos - BACK_CHARS)
    last = g.PHRASE_BOUNDARY_BACK.search(text, lo, pos)
    # The rightmost boundary is the forward scan's last one when it is a single mark (a blank line
    # found from the right may be one found from the left shifted: "\n\n\n"); no boundary: none
    # either way. Only an appositive needs the earlier boundaries.
    if last is None:
        return _tidy(text[lo:pos].strip())
    if last.end() - last.start() == 1:
        phrase = text[last.end() : pos].strip()
        if not APPOSITIVE.match(phrase):
            return _tidy(phrase)
    return _refers_to_scan(text, pos)


def _tidy(phrase: str) -> str | None:
    phrase = g.LEADING_CONNECTIVE.sub("", " ".join(phrase.split())).strip(" ,")
    phrase = THAT_CERTAIN.sub("", phrase)
    return phrase or None


def _refers_to_scan(text: str, pos: int) -> str | None:
    """``_refers_to`` from every phrase boundary of the 300 characters before ``pos``."""
    lo = max(0, pos - BACK_CHARS)
    cuts = [m.end() for m in g.PHRASE_BOUNDARY.finditer(text, lo, pos)]
    start = cuts[-1] if cuts else lo
    k = len(cuts) - 1
    phrase = text[start:pos].strip()
    # ", a Delaware corporation" or ", dated as of March 31, 2000": reach back to the name
    while k >= 1 and APPOSITIVE.match(phrase):
        k -= 1
        start = cuts[k]
        phrase = text[start:pos].strip()
    return _tidy(phrase)


def find_defined_terms(layout: Layout) -> tuple[DefinedTerm, ...]:
    text = layout.view.text
    original = layout.original
    # Column-wise (view start, view end, term view start, term view end, term, refers_to), the view spans
    # mapped in one ``span_columns`` call per column pair after the scans: a tuple per row or per span
    # (tens of thousands in a long exhibit) lives until the rows are made and only feeds the collector.
    starts: list[int] = []
    ends: list[int] = []
    term_starts: list[int] = []
    term_ends: list[int] = []
    terms: list[str] = []
    refers_tos: list[str | None] = []
    for m in g.TERM_PAREN.finditer(text):
        refers = _refers_to(text, m.start())
        for term, ts, te in g.quoted_terms(text, m.start(), m.end()):
            starts.append(m.start())
            ends.append(m.end())
            term_starts.append(ts)
            term_ends.append(te)
            terms.append(" ".join(term.split()))
            refers_tos.append(refers)
    for m in g.means_matches(text):
        term = m.group("term")
        te_view = m.end("term")
        if text.startswith(".", te_view) and g.ABBREVIATION_END.search(term):
            term, te_view = term + ".", te_view + 1
        if not any(c.isupper() for c in term):
            continue
        end = g.DEFINITION_END.search(text, m.end(), min(len(text), m.end() + DEFINITION_CHARS))
        starts.append(m.start())
        ends.append(end.end() if end else min(len(text), m.end() + DEFINITION_CHARS))
        term_starts.append(m.start("term"))
        term_ends.append(te_view)
        terms.append(" ".join(term.split()))
        refers_tos.append(None)
    os_, oe = layout.view.span_columns(starts, ends)
    tos, toe = layout.view.span_columns(term_starts, term_ends)
    rows = list(map(DefinedTerm, os_, oe, map(original.__getitem__, map(slice, os_, oe)), terms, refers_tos,
                    tos, toe, map(original.__getitem__, map(slice, tos, toe))))
    return tuple(rows[k] for k in _order(starts, tos))


def _order(starts: list[int], term_starts: list[int]) -> list[int]:
    """Indices of the rows sorted stably by (view start, original term start), each pair packed into
    one int (term starts are below ``width``): a key tuple per row would be one more object a row."""
    width = max(term_starts, default=0) + 1
    keys = [s * width + t for s, t in zip(starts, term_starts)]
    return sorted(range(len(keys)), key=keys.__getitem__)
