"""``NestedSpans.innermost`` (a bisect and a walk up the parents, as ``tables.with_sections`` uses it)
finds what a plain search over every span finds: the span holding the position that starts latest,
the deeper level first among spans starting together, the later one among equal ones. On section-like
trees (each level's spans cut inside their parent) and on arbitrary, overlapping spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.model.records import NestedSpans


def plain_innermost(spans: list[tuple[int, int]], levels: list[int], pos: int) -> int | None:
    holders = [i for i, (s, e) in enumerate(spans) if s <= pos < e]
    return max(holders, key=lambda i: (spans[i][0], levels[i], i)) if holders else None


@st.composite
def trees(draw: st.DrawFn, lo: int = 0, hi: int = 120, level: int = 1) -> tuple[list[tuple[int, int]], list[int]]:
    """Sections as the stage makes them: children cut their parent's span, each to the next sibling."""
    spans: list[tuple[int, int]] = []
    levels: list[int] = []
    if level > 3 or hi - lo < 2:
        return spans, levels
    cuts = sorted(set(draw(st.lists(st.integers(lo, hi), max_size=4))))
    for a, b in zip(cuts, [*cuts[1:], hi]):
        end = draw(st.integers(a, b))  # a span may stop short of the next one (a gap)
        spans.append((a, end))
        levels.append(level)
        sub_spans, sub_levels = draw(trees(a, end, level + 1))
        spans += sub_spans
        levels += sub_levels
    return spans, levels


arbitrary = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30), st.integers(1, 3)), max_size=25).map(
    lambda rows: ([(s, s + w) for s, w, _ in rows], [lv for _, _, lv in rows]))


@settings(max_examples=300, deadline=None)
@given(st.one_of(trees(), arbitrary), st.randoms(use_true_random=False))
def test_innermost_is_plain_search(tree: tuple[list[tuple[int, int]], list[int]], rnd) -> None:
    spans, levels = tree
    order = list(range(len(spans)))
    rnd.shuffle(order)  # the sections table's order is not the tree's
    spans, levels = [spans[i] for i in order], [levels[i] for i in order]
    index = NestedSpans(spans, levels)
    for pos in range(-1, 125):
        assert index.innermost(pos) == plain_innermost(spans, levels, pos)
