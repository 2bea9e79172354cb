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
    # (view span, term view span, term, refers_to), sorted by the view start: the view spans mapped in
    # one ``view.spans`` call after the scans (~25k rows: two method calls per span cost more than the maps)
    found: list[tuple[int, int, int, int, str, str | None]] = []
    for m in g.TERM_PAREN.finditer(text):
        refers = _refers_to(text, m.start())
        for term, ts, te in g.quoted_terms(text, m.start(), m.end()):
            found.append((m.start(), m.end(), ts, te, " ".join(term.split()), refers))
    for m in g.means_matches(text):
        term = m.group("term")
        te_view = m.end("term")
        if text.startswith(".", te_view) and g.ABBREVIATION_END.search(term):
            term, te_view = term + ".", te_view + 1
        if not any(c.isupper() for c in term):
            continue
        end = g.DEFINITION_END.search(text, m.end(), min(len(text), m.end() + DEFINITION_CHARS))
        stop = end.end() if end else min(len(text), m.end() + DEFINITION_CHARS)
        found.append((m.start(), stop, m.start("term"), te_view, " ".join(term.split()), None))
    where = layout.view.spans([p for f in found for p in ((f[0], f[1]), (f[2], f[3]))])
    rows: list[tuple[int, DefinedTerm]] = []
    for k, (start, _e, _ts, _te, term, refers) in enumerate(found):
        (os_, oe), (tos, toe) = where[2 * k], where[2 * k + 1]
        rows.append((start, DefinedTerm(os_, oe, original[os_:oe], term, refers, tos, toe, original[tos:toe])))
    rows.sort(key=lambda r: (r[0], r[1].term_start or 0))
    return tuple(r for _, r in rows)
