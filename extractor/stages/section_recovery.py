"""Top-level numbers that the candidate scan missed, found from the sequence around them.

Text that lost its line breaks (PDF or HTML extractions) glues a heading number to whatever came
before it: a word ("the Joint Venturers3.   Capital Contributions"), a page number ("396.   Division"
for page 39 and section 6), a reference ("in Section 6.10.  Internal Revenue"), a capitals heading
("AGREEMENT1. Engagement"). The candidate scan cannot look for numbers everywhere, but once the
numbers it did find form a run (2, 3, 5, 7, 8 ...), the missing ones are known by value and form:
look for exactly "4." between "3." and "5.", "1." before "2.", "9." after "8.", and for a
``1.1`` with no ``1`` above it, its "ARTICLE 1" / "Section 1" / "1." just before it.

What is found is only a candidate: the nesting of ``sections`` still decides whether it is a heading.

This module keeps the bookkeeping of the runs: which numbers of a style form a run, where a style restarts
at 1 (an attachment's own numbering), how far before and after a run to look, and the seeded run when the
scan found none; ``section_gaps`` looks each missing number up in its stretch.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from heapq import heappop, heappush

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.text_index import TextIndex
from .section_candidates import Cand
from .section_follows import heading_follows
from .section_gaps import CandAt, CandMake, GapFinder
from .section_numbers import TEMPLATE, dotted

MIN_RUN = 3  # a run of at least this many numbers of one style is filled in
MAX_FILL = 3  # at most this many numbers missing in a row
MAX_SKIP = 1  # before or after a run, numbers the document itself may skip
PARENT_WINDOW = 400  # how far before a "1.1" its parent heading may stand
SEED_TRIES = 5  # "1." tried as the start of a run when the scan found none
SEED_BELOW = 0.25  # seed when no run the scan found spans this share of the text
SEED_SPACING = 150  # and the run it starts spaced as provisions, not as a list ("1. MR. X  2. MRS. Y")
TOP_KEYS = (("decimal", 1), ("section", 1), ("article", 0), ("roman_dot", 0))

_TOP_KEY_SET = frozenset(TOP_KEYS)
Valued = list[tuple[int, Cand]]  # (value, candidate) of the candidates with a reading of one style


def _by_key(cands: Sequence[Cand]) -> dict[tuple[str, int], Valued]:
    """For each of TOP_KEYS, ``(_value(c, key), c)`` of the candidates that have a reading of it, in
    order (one pass over the candidates rather than one per style)."""
    out: dict[tuple[str, int], Valued] = {key: [] for key in TOP_KEYS}
    for c in cands:
        for r in c.readings:
            if r.key in _TOP_KEY_SET:
                valued = out[r.key]
                if not valued or valued[-1][1] is not c:  # the first reading of the style, as _value
                    valued.append((r.values[-1] if r.style in ("decimal", "section") else r.values[0], c))
    return out



def _runs(valued: Valued) -> list[Valued]:
    """Runs of the numbers of one style (``_by_key``) that increase by 1 to 1 + MAX_FILL; a number joins
    the run whose last value is closest below it."""
    runs: list[Valued] = []
    # the runs by their last value, each a heap of run indexes: the closest value below wins, and among
    # runs ending on it the earliest made (a pass over every run per number grew with both)
    ending: dict[int, list[int]] = {}
    for v, c in valued:
        best = next((heappop(ending[v - d]) for d in range(1, 2 + MAX_FILL) if ending.get(v - d)), None)
        if best is None:
            best = len(runs)
            runs.append([(v, c)])
        else:
            runs[best].append((v, c))
        heappush(ending.setdefault(v, []), best)
    return runs


def recover(text: str, cands: Sequence[Cand], cand_at: CandAt, make: CandMake,
            doc: TextIndex | None = None) -> list[Cand]:
    """Candidates for the top-level numbers missing from the runs in ``cands`` (plausible numbers in
    text order), and for the parents missing above a "N.1"; in no order. ``doc``: the index of ``text``,
    whose keyword places the scans share."""
    finder = GapFinder(text, cand_at, make, cands, doc)
    _parents(finder, cands)
    _fill_runs(finder, cands)
    every = _by_key(sorted([*cands, *finder.found], key=lambda c: c.start))
    spans = [run[-1][1].start - run[0][1].start for key in TOP_KEYS for run in _runs(every[key]) if len(run) >= MIN_RUN]
    # a run over a small part of the text is a list inside a provision: the provisions may all be missed
    if max(spans, default=0) < SEED_BELOW * len(text) and _seed(finder, max(spans, default=0)):
        _fill_runs(finder, cands)  # the seeded run, with the numbers the scan did find after it
    return finder.found


def _fill_runs(finder: GapFinder, cands: Sequence[Cand]) -> None:
    every = _by_key(sorted([*cands, *finder.found], key=lambda c: c.start))
    for key in TOP_KEYS:
        restarts = [c.start for v, c in every[key] if v == 1]  # in text order
        for run in _runs(every[key]):
            if len(run) >= MIN_RUN:
                _fill(finder, run, key, restarts)


# a contents line: its heading, then a page number alone at the end of the line ("I.\n\n\nTHE\nCREDITS\n\n\n13\n")
LISTED = regex.compile(r"[^\d.;]{2,120}?[ \t\u00a0\r\n]\d{1,3}+[ \t\u00a0]*+(?:[\r\n]|$)")


def _listed(text: str, end: int) -> bool:
    """Is the number ending at ``end`` a table-of-contents entry (heading, then its page number)?"""
    return LISTED.match(text, end, end + 130) is not None


SEEDS = (("1.", ("decimal", 1)), ("ARTICLE I", ("article", 0)), ("ARTICLE 1", ("article", 0)), ("I.", ("roman_dot", 0)),
         ("1", ("decimal", 1)))


def _seed(finder: GapFinder, span_to_beat: int) -> bool:
    """No run spanning the text: the scan may have missed every number ("as follows:1.      Description of the
    Promotion ... locations.3.      Term", "agree as follows:ARTICLE IAGREEMENT AND DEFINITIONS"). Try
    the first few "1." (or ARTICLE I) followed by a heading, each with the "2.", "3." ... that follow
    it; keep the run that spans the most text (the body's, not a table of contents that lists it), if it
    spans more than ``span_to_beat`` (the longest run the scan found: a list inside a provision)."""
    best: list[Cand] = []
    best_span = span_to_beat
    text_end = len(finder.text)
    for template, key in SEEDS:
        lo = 0
        for _ in range(SEED_TRIES):
            mark = len(finder.found)
            first = finder.find(template, key, 1, lo, text_end, last=False, strict=True)
            if first is None:
                break
            run = [first]
            while True:
                got = finder.find(template, key, len(run) + 1, run[-1].tok_end, text_end, last=False, strict=True)
                if got is None:
                    break
                run.append(got)
            span = run[-1].start - first.start
            if (len(run) >= MIN_RUN and span / (len(run) - 1) >= SEED_SPACING and span > best_span
                    and 2 * sum(_listed(finder.text, c.tok_end) for c in run) <= len(run)):
                best, best_span = [c for c in finder.found[mark:]], span
            for c in finder.found[mark:]:
                finder.taken.discard(c.start)
            del finder.found[mark:]
            lo = first.tok_end
    for c in best:
        finder.taken.add(c.start)
        finder.found.append(c)
    return bool(best)


def _parents(finder: GapFinder, cands: Sequence[Cand]) -> None:
    """A "N.1" (or "Section N.1") whose top-level "N" is not among the numbers before it: look for
    that parent just before it, as an article, a section or a bare "N."."""
    last_top: dict[int, int] = {}  # value -> start of the latest top-level candidate with it
    prev_end = 0
    for c in cands:
        sub = None
        for r in c.readings:
            if r.key in _TOP_KEY_SET:
                last_top[r.values[-1] if r.style in ("decimal", "section") else r.values[0]] = c.start
            elif sub is None and r.depth == 2 and r.style in ("decimal", "section"):
                sub = r
        if sub is not None and sub.values[1] == 1 and sub.values[0] not in last_top:
            n = sub.values[0]
            lo = max(prev_end, c.start - PARENT_WINDOW)
            for template, key in (("ARTICLE 1", ("article", 0)), ("ARTICLE I", ("article", 0)),
                                  ("Section 1.", ("section", 1)), ("Section 1", ("section", 1)),
                                  ("1.", ("decimal", 1))):
                got = finder.find(template, key, n, lo, c.start, last=True, strict=key[0] == "decimal")
                if got is not None:
                    last_top[n] = got.start
                    break
            else:
                got = finder.bare(n, lo, c.start, last=True, strict=False)
                if got is not None:
                    last_top[n] = got.start
        prev_end = c.tok_end


def _zeros(template: str) -> bool:
    """Is the run's number written with trailing zeros ("2.0", "Section 3.00")?"""
    m = TEMPLATE.match(template)
    return m is not None and bool(m.group(3))


def _fill(finder: GapFinder, run: list[tuple[int, Cand]], key: tuple[str, int], restarts: list[int]) -> None:
    """The numbers missing inside ``run``, before its first one (down to 1) and after its last one
    (``restarts``: where the candidates of value 1 of the style start, in text order)."""
    text = finder.text
    for (v0, a), (v1, b) in zip(run, run[1:], strict=False):
        lo = a.tok_end
        for n in range(v0 + 1, v1):
            got = finder.find(a.number, key, n, lo, b.start, last=False, strict=False)
            if got is None and key == ("decimal", 1) and dotted(a.number, key[0], n) and dotted(b.number, key[0], n):
                got = finder.undotted(n, lo, b.start)  # "5. ... 6 The Delivery ... 7.": the full stop left out
            if got is not None:
                lo = got.tok_end
    v, first = run[0]
    hi = first.start
    n = v - 1
    while n >= 1 and v - n <= MAX_SKIP + 1:  # a number the document itself skipped (9.0 then 11.0)
        # anywhere before (a provision may be long: the definitions), the closest to the run
        got = finder.find(first.number, key, n, 0, hi, last=True, strict=True)
        if got is None and n == 1 and _zeros(first.number):
            # "Agreement 1.0 Introduction This e-business Hosting Agreement ...": a "1.0" before "2.0", "3.0"
            # is no amount or version, even when its heading runs on into the first sentence
            got = finder.find(first.number, key, n, 0, hi, last=True, strict=False)
        if got is not None:
            v, hi = n, got.start
        n -= 1
    v, last = run[-1]
    # the tail runs to the next restart of the style at 1 (an attachment's own numbering) or the end
    k = bisect_right(restarts, last.start)
    stop = restarts[k] if k < len(restarts) else len(text)
    lo = last.tok_end
    n = v + 1
    # a provision without a heading ("18.  Upon mutual consent ..."): the next one, glued to the clause before
    # it ("on the other hand;19.  Nantz's Disability"), need not have one either
    # a later number with a heading bounds the place of those before it, which are then looked for as between
    # neighbours ("Schedule 4.6     Release Events", "Clause 12.7     Confidentiality": glued to a reference's
    # digits, found only where known); the document itself may still skip at most MAX_SKIP of them
    while n - v <= MAX_FILL + 1:
        mark = len(finder.found)
        got = finder.find(last.number, key, n, lo, stop, last=False, strict=True)
        if got is None and n == v + 1 and not heading_follows(text, lo):
            got = finder.find(last.number, key, n, lo, stop, last=False, strict=False, glued_only=True)
        if got is not None:
            missing = 0
            gap_lo = lo
            for k in range(v + 1, n):
                inner = finder.find(last.number, key, k, gap_lo, got.start, last=False, strict=False)
                if inner is None:
                    missing += 1
                else:
                    gap_lo = inner.tok_end
            if missing > MAX_SKIP:  # too far from the run to be its next number
                for c in finder.found[mark:]:
                    finder.taken.discard(c.start)
                del finder.found[mark:]
                break
            v, lo = n, got.tok_end
        n += 1
