"""The sections stage's speed rewrites give what the code they replaced gave (the old code is the oracle)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.offsets import Piece, TextView


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.data())
def test_batched_spans_are_the_span_calls(text: str, data: st.DataObject) -> None:
    n = len(text)
    cuts = sorted(data.draw(st.lists(st.integers(0, n), max_size=8)))
    toks = data.draw(st.lists(st.sampled_from(["", "[X]", "\n"]), min_size=len(cuts), max_size=len(cuts)))
    subs = [(a, b, t) for (a, b), t in zip(zip(cuts[::2], cuts[1::2]), toks) if b >= a]
    view = TextView.build(text, [Piece(0, n)]).replace(subs)
    if data.draw(st.booleans()):
        view = view.restrict([(c, c + 1) for c in cuts[:2]])
    m = len(view.text)
    pairs = data.draw(st.lists(st.tuples(st.integers(-2, m + 3), st.integers(-2, m + 3)), max_size=30))
    assert view.spans(pairs) == [view.span(s, e) for s, e in pairs]
    empty = TextView.build(text, [])
    assert empty.spans(pairs) == [empty.span(s, e) for s, e in pairs]
