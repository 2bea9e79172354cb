"""Property tests: offsets round-trip and no body character is lost, whatever furniture is inserted."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.model.offsets import Piece, TextView
from extractor.model.records import NestedSpans
from extractor.stages import dates
from extractor.stages.layout import find_layout

WORDS = st.sampled_from(
    ["Agreement", "the", "Party", "shall", "2.", "(a)", "Section 7.A", "[TEXT DELETED]", "12", "iv",
     "*****", "By:", "\t", "  ", "\u201cQWEST\u201d", "dated as of December 31, 2000", "Page", "- 3 -"]
)
LINE = st.lists(WORDS, min_size=0, max_size=12).map(" ".join)
FURNITURE = st.sampled_from(["<PAGE>", "\f", "   2", "- 3 -", "Page 4 of 9", "<PAGE>   5", "\n"])
NEWLINE = st.sampled_from(["\n", "\r\n"])


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = draw(st.lists(LINE, min_size=1, max_size=30))
    nl = draw(NEWLINE)
    out: list[str] = []
    for line in lines:
        out.append(line)
        if draw(st.booleans()):
            out.append(draw(FURNITURE))
    return nl.join(out) + draw(st.sampled_from(["", nl]))


LINE_BREAKS = regex.compile(r"[\r\n]")


def _check_layout(text: str) -> None:
    lay = find_layout(text)
    for f in lay.furniture:
        assert text[f.start : f.end] == f.text
    for p in lay.pages:
        assert text[p.start : p.end] == p.text
    if not text:
        assert lay.pages == () and lay.view.text == ""
        return
    # pages partition the text in order
    assert lay.pages[0].start == 0 and lay.pages[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(lay.pages, lay.pages[1:]))
    # every character is either furniture or in the body, in order; inserted breaks are only "\n",
    # and a lone "\r" (a line break of CR-only text) is shown as "\n"
    removed = sorted((f.start, f.end) for f in lay.furniture)
    kept, cur = [], 0
    for s, e in removed:
        if s > cur:
            kept.append(text[cur:s])
        cur = max(cur, e)
    kept.append(text[cur:])
    assert LINE_BREAKS.sub("", lay.view.text) == LINE_BREAKS.sub("", "".join(kept))
    # any body span maps back to an original span holding the same characters
    body = lay.view.text
    for a in range(0, len(body), max(1, len(body) // 7)):
        b = min(len(body), a + 9)
        s, e = lay.view.span(a, b)
        # furniture is whole lines or a line's running affix, so a span crossing a removed piece holds
        # a line break ("\r" too: a footer affix goes with the text before its "\r\n")
        if "\n" not in body[a:b] and "\r" not in body[a:b]:
            assert text[s:e] == body[a:b]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_layout_roundtrip(text: str) -> None:
    _check_layout(text)


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_layout_any_text(text: str) -> None:
    _check_layout(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.data())
def test_view_replace_roundtrip(text: str, data: st.DataObject) -> None:
    n = len(text)
    cuts = sorted(data.draw(st.lists(st.integers(0, n), max_size=6)))
    subs = [(a, b, "[X]") for a, b in zip(cuts[::2], cuts[1::2]) if b > a]
    view = TextView.build(text, [Piece(0, n)]).replace(subs)
    for i in range(len(view.text) + 1):
        o = view.to_original(i)
        assert 0 <= o <= n
    # text outside replacements maps back exactly (its view position counted, not searched for:
    # the same characters may stand earlier in the view, inside a token)
    pos = vpos = 0
    for a, b, tok in subs:
        if a > pos:
            assert view.text[vpos : vpos + (a - pos)] == text[pos:a]
            assert view.span(vpos, vpos + (a - pos)) == (pos, a)
        vpos += (a - pos) + len(tok)
        pos = b


def _reference_to_original(view: TextView, pos: int, end: bool) -> int:
    """to_original as first written: a bisect and Piece attributes."""
    from bisect import bisect_right

    if not view.pieces:
        return 0
    if end:
        if pos <= 0:
            return view.pieces[0].orig_start
        i = max(0, bisect_right(view.view_starts, pos - 1) - 1)
        p, vs = view.pieces[i], view.view_starts[i]
        return p.orig_start + (pos - vs) if p.exact else p.orig_end
    if pos >= len(view.text):
        return view.pieces[-1].orig_end
    i = max(0, bisect_right(view.view_starts, pos) - 1)
    p, vs = view.pieces[i], view.view_starts[i]
    return p.orig_start + (pos - vs) if p.exact else p.orig_start


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.data())
def test_to_original_matches_the_piece_bisect(text: str, data: st.DataObject) -> None:
    """The parallel-tuple to_original/span give what the bisect over Piece objects gave."""
    n = len(text)
    cuts = sorted(data.draw(st.lists(st.integers(0, n), max_size=8)))
    toks = data.draw(st.lists(st.sampled_from(["", "[X]", "\n"]), min_size=len(cuts), max_size=len(cuts)))
    subs = [(a, b, t) for (a, b), t in zip(zip(cuts[::2], cuts[1::2]), toks) if b >= a]
    view = TextView.build(text, [Piece(0, n)]).replace(subs)
    if data.draw(st.booleans()):
        view = view.restrict([(c, c + 1) for c in cuts[:2]])
    for i in range(-2, len(view.text) + 3):
        for end in (False, True):
            assert view.to_original(i, end=end) == _reference_to_original(view, i, end)
        for j in range(i - 1, min(i + 4, len(view.text) + 3)):
            s = _reference_to_original(view, i, False)
            want = (s, s) if j <= i else (s, max(s, _reference_to_original(view, j, True)))
            assert view.span(i, j) == want
    pairs = [(i, j) for i in range(-2, len(view.text) + 3) for j in range(i - 1, i + 4)]
    want_spans = [view.span(i, j) for i, j in pairs]
    assert view.spans(pairs) == want_spans
    starts, ends = zip(*pairs)
    assert view.span_columns(starts, ends) == ([s for s, _ in want_spans], [e for _, e in want_spans])
    inner = [(i, j) for i, j in pairs if 0 <= i < j and i < len(view.text)]  # the mapped (C-speed) path
    if inner:
        starts, ends = zip(*inner)
        want_inner = [view.span(i, j) for i, j in inner]
        assert view.span_columns(starts, ends) == ([s for s, _ in want_inner], [e for _, e in want_inner])
    empty = TextView.build(text, [])
    assert empty.span(0, 3) == (0, 0) and empty.to_original(2, end=True) == 0
    assert empty.span_columns([0, 1], [3, 0]) == ([0, 0], [0, 0])
    assert empty.spans(pairs) == [empty.span(i, j) for i, j in pairs]


def test_a_span_across_a_removed_footer_affix_keeps_its_original_text() -> None:
    """Found by hypothesis: a running footer at the end of a line is removed up to its "\\r\\n"."""
    text = ("\r\nAgreement Agreement Agreement Agreement Agreement Agreement Agreement. Agreement Agreement the\r\n"
            "<PAGE>\r\nAgreement Agreement Agreement Agreement the Agreement. Agreement Agreement the\r\n<PAGE>\r\n"
            "Agreement Agreement Agreement Agreement Agreement Agreement the. Agreement Agreement the\r\n<PAGE>\r\n"
            "Agreement Agreement Agreement Agreement Agreement Agreement")
    lay = find_layout(text)  # (an affix is taken on three pages or more, after a sentence's end)
    assert [f.text for f in lay.furniture if f.kind == "running"] == ["Agreement Agreement the"] * 3
    i = lay.view.text.index("ment. \r")
    s, e = lay.view.span(i, i + 7)
    assert text[s:e] == "ment. Agreement Agreement the\r"  # the view span's cover: the affix between



def _innermost_walk(spans: list[tuple[int, int]], levels: list[int], pos: int) -> int | None:
    """The latest-starting span (ties: the deepest) that holds ``pos``, found by walking back."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], levels[i]))
    for i in reversed(order):
        if spans[i][0] <= pos < spans[i][1]:
            return i
    return None


@st.composite
def section_trees(draw: st.DrawFn) -> tuple[list[tuple[int, int]], list[int]]:
    """Nested spans as a section tree makes them: children inside their parent, siblings apart."""
    spans: list[tuple[int, int]] = []
    levels: list[int] = []

    def grow(lo: int, hi: int, level: int) -> None:
        cuts = sorted(draw(st.lists(st.integers(lo, hi), max_size=6 if level < 3 else 0, unique=True)))
        for a, b in zip(cuts[::2], cuts[1::2]):
            spans.append((a, b))
            levels.append(level)
            grow(a, b, level + 1)

    grow(0, 500, 1)
    return spans, levels


@settings(max_examples=300, deadline=None)
@given(section_trees(), st.lists(st.integers(-5, 505), max_size=30))
def test_nested_spans_innermost_is_the_walk_back(tree: tuple[list[tuple[int, int]], list[int]],
                                                  positions: list[int]) -> None:
    spans, levels = tree
    index = NestedSpans(spans, levels)
    for pos in positions:
        assert index.innermost(pos) == _innermost_walk(spans, levels, pos)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 300), st.integers(0, 60)), max_size=12), st.lists(st.integers(-5, 400)))
def test_signature_block_lookup_is_any_block(raw: list[tuple[int, int]], positions: list[int]) -> None:
    blocks = tuple((s, s + n) for s, n in raw)  # overlapping, touching, empty, unsorted
    inside = dates._Blocks(blocks)
    for pos in positions:
        assert (pos in inside) == any(s <= pos < e for s, e in blocks)
