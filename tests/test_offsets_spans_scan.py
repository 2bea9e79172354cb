"""``TextView.spans`` / ``span_columns`` map a batch of view spans column-wise (in C, by ``map`` and
``bisect``, when the batch allows it): each result equals the plain per-span ``span`` mapping, on views
built from drawn pieces (verbatim copies, replacement tokens, lone CRs, dropped spans) and drawn spans
(inside, at the edges, past the end, empty, reversed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.model.offsets import Piece, TextView, lone_cr_as_newline

TOKENS = st.sampled_from(["[***]", "\n", "x", "[REDACTED]", ""])


@st.composite
def views(draw: st.DrawFn) -> TextView:
    """A view of a drawn original: pieces copy it or stand in for a span of it, some of it dropped."""
    original = draw(st.text(alphabet="ab \n\r", min_size=0, max_size=200))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(original)), max_size=12))) | {0, len(original)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        kind = draw(st.sampled_from(["copy", "copy", "copy", "token", "drop"]))
        if kind == "copy":
            pieces.append(Piece(a, b))
        elif kind == "token":
            pieces.append(Piece(a, b, draw(TOKENS)))
    if not cuts[1:]:
        pieces.append(Piece(0, 0))
    view = TextView.build(original, lone_cr_as_newline(original, pieces))
    if draw(st.booleans()):  # a second view over the first: replace() and restrict() as the stages use them
        subs = draw(st.lists(st.tuples(st.integers(0, len(original)), st.integers(0, 6), TOKENS), max_size=4))
        view = view.replace((s, min(s + w, len(original)), t) for s, w, t in subs)
    return view


@st.composite
def batches(draw: st.DrawFn) -> tuple[TextView, list[tuple[int, int]]]:
    view = draw(views())
    n = len(view.text)
    inside = st.integers(0, max(0, n - 1)).flatmap(lambda s: st.tuples(st.just(s), st.integers(s + 1, max(s + 1, n))))
    anywhere = st.tuples(st.integers(-3, n + 3), st.integers(-3, n + 3))
    pairs = draw(st.lists(st.one_of(inside, inside, inside, anywhere), max_size=40))
    return view, pairs


@settings(max_examples=400, deadline=None)
@given(batches())
def test_span_columns_equal_span_by_span(case: tuple[TextView, list[tuple[int, int]]]) -> None:
    view, pairs = case
    plain = [view.span(s, e) for s, e in pairs]
    assert view.spans(pairs) == plain
    starts, ends = [s for s, _ in pairs], [e for _, e in pairs]
    assert view.span_columns(starts, ends) == ([s for s, _ in plain], [e for _, e in plain])


@settings(max_examples=200, deadline=None)
@given(batches())
def test_spans_of_verbatim_text_are_that_text(case: tuple[TextView, list[tuple[int, int]]]) -> None:
    """A view span that lies in one verbatim piece maps to the same characters of the original."""
    view, pairs = case
    for (s, e), (os_, oe) in zip(pairs, view.spans(pairs)):
        if not 0 <= s < e <= len(view.text):
            continue
        i = max(0, sum(1 for v in view.view_starts if v <= s) - 1)
        end_of_piece = view.view_starts[i + 1] if i + 1 < len(view.view_starts) else len(view.text)
        if view.pieces[i].exact and e <= end_of_piece:
            assert view.original[os_:oe] == view.text[s:e]
