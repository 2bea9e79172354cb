"""``find_defined_terms`` sorts its rows by (view start, original term start) with the pair packed into
one int per row: the order must be exactly the stable sort of the pairs, ties kept in scan order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages.terms import _order


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=40))
def test_order_is_the_stable_sort_of_the_pairs(pairs: list[tuple[int, int]]) -> None:
    starts = [s for s, _ in pairs]
    term_starts = [t for _, t in pairs]
    assert _order(starts, term_starts) == sorted(range(len(pairs)), key=lambda k: pairs[k])
