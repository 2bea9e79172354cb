"""The signature stage's looks back to a line's start are bounded (a flattened text is one line: an
unbounded look runs back to the text's start for every candidate). Each bounded look must give what
the plain look gives, on text with and without line breaks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import sections
from extractor.stages import signature_below as below
from extractor.stages import signature_columns as sc
from extractor.stages import signature_fields as fields
from extractor.stages.signature_parties import names_above

LINED = ["A", "B", "AND", "INC.", " ", "   ", "\t", "\n", "\r", "\f", "\n\n", "By:", "x", "/s/ A"]
FLAT = [p for p in LINED if p not in ("\n", "\r", "\f", "\n\n")]
texts = st.one_of(st.lists(st.sampled_from(LINED), max_size=50), st.lists(st.sampled_from(FLAT), max_size=50)).map(
    "".join
)


def plain_line_start(text: str, pos: int) -> int:
    return max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos), text.rfind("\f", 0, pos)) + 1


def plain_column(text: str, pos: int) -> int:
    return len(text[plain_line_start(text, pos) : pos].expandtabs(sc.TAB))


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_line_start_searched_from_lo_is_the_line_start(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, pos))
    assert sc._line_start(text, pos, lo) == plain_line_start(text, pos)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_capped_column_is_the_smaller_of_column_and_cap(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    cap = data.draw(st.integers(0, 40))
    assert sc.printed_column(text, pos) == plain_column(text, pos)
    assert sc.printed_column(text, pos, cap) == min(plain_column(text, pos), cap)


def plain_column_names(text: str, lo: int, hi: int, anchors: list[int], names: list[str | None]) -> list[str | None]:
    """``column_names`` as it was: every line start and column looked up from the line's start."""
    k = len(anchors)
    first_line = plain_line_start(text, anchors[0])
    if k < 2 or any(plain_line_start(text, a) != first_line for a in anchors) or "\n" not in text[lo:hi]:
        return names
    cols = [len(text[first_line:a].expandtabs(sc.TAB)) for a in anchors]
    bounds = [(a + b) // 2 for a, b in zip(cols, cols[1:], strict=False)]
    pieces: list[list[str]] = [[] for _ in anchors]
    column_of: dict[str, set[int]] = {}
    pos = lo
    while pos < hi:
        eol = text.find("\n", pos, hi)
        end = hi if eol < 0 else eol
        start = plain_line_start(text, pos)
        for m in sc.PIECE.finditer(text, pos, end):
            j = sum(1 for b in bounds if len(text[start : m.start()].expandtabs(sc.TAB)) >= b)
            pieces[j].append(m.group())
            column_of.setdefault(m.group().strip(" ,"), set()).add(j)
        for p in pieces:
            p.append("")
        pos = end + 1
    if any(not "".join(p) for p in pieces):
        return names
    by_column = [names_above("\n".join(p), 1)[0] for p in pieces]

    def crossed(name: str) -> bool:
        return len({j for piece, js in column_of.items() if len(piece) > 3 and piece in name for j in js}) > 1

    def cut(name: str | None) -> bool:
        return name is None or name.split()[0] in sc.CONTINUED or name[0].islower()

    if any(n and crossed(n) or cut(n) and not cut(c) for n, c in zip(names, by_column, strict=True)):
        return by_column
    return names


# labels side by side under names laid out in columns; a long line before the block (a flattened
# head of the document) puts the first line's pieces past every bound
HEADS = ["", "WHEREAS " * 30, "A\tB  C   D" * 20 + "\n"]
BLOCK_PIECES = ["ACME", "AND", "BETA", "CORP.", "OF", "INC.", " ", "   ", "      ", "\t", "\n", "\r", ","]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(HEADS), st.lists(st.sampled_from(BLOCK_PIECES), max_size=40).map("".join),
       st.lists(st.sampled_from([" ", "   ", "\t", "      ", "x", "\n"]), min_size=1, max_size=4),
       st.lists(st.sampled_from([None, "ACME", "AND BETA", "acme corp"]), min_size=1, max_size=4), st.data())
def test_column_names_equal_the_plain_reading(head: str, block: str, gaps: list[str], names: list[str | None],
                                              data: st.DataObject) -> None:
    text = head + block + "\n"
    anchors = []
    for gap in gaps:
        anchors.append(len(text))
        text += "By:" + gap
    lo = data.draw(st.integers(0, len(head) + len(block)))
    hi = len(head) + len(block) + 1
    names = (names * len(anchors))[: len(anchors)]
    assert sc.column_names(text, lo, hi, anchors, names) == plain_column_names(text, lo, hi, anchors, names)


@pytest.mark.parametrize("wrap", [3, 6, 12])
@settings(max_examples=200, deadline=None)
@given(text=texts, data=st.data())
def test_lines_below_same_with_the_capped_column(wrap: int, text: str, data: st.DataObject) -> None:
    """``_lines_below`` reads the same pieces with a signature's column capped at TAB * WRAP_LINE_CHARS
    + COLUMN_SLACK as with its full column (a small WRAP_LINE_CHARS, so that generated lines pass it)."""
    end = data.draw(st.integers(0, len(text)))
    at = data.draw(st.integers(0, end))
    starts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=3))))
    saved = below.WRAP_LINE_CHARS
    below.WRAP_LINE_CHARS = wrap
    try:
        cap = sc.TAB * wrap + sc.COLUMN_SLACK
        column = plain_column(text, at)
        full = below._lines_below(text, end, starts, rest_of_line=True, column=column)
        assert below._lines_below(text, end, starts, rest_of_line=True, column=min(column, cap)) == full
    finally:
        below.WRAP_LINE_CHARS = saved


def test_below_columns_is_the_cap_for_the_real_wrap() -> None:
    assert below.BELOW_COLUMNS == sc.TAB * below.WRAP_LINE_CHARS + sc.COLUMN_SLACK


@pytest.mark.parametrize(("text", "expected"), [
    # "By: /S/ A     By: /S/ B / A's title": a line of the left column is no line of the right one
    ("By: /s/ John Doe              By: /s/ Mary Roe\n"
     "John Doe\n", []),
    ("By: /s/ John Doe              By: /s/ Mary Roe\n"
     "                              Mary Roe\n", ["Mary Roe"]),
])
def test_lines_below_beside_another_signature(text: str, expected: list[str]) -> None:
    """On its own line the right column reads its line below; after a long line (a flattened head of
    the document, past the cap) every line below is to its left."""
    for head, want in (("", expected), ("WHEREAS the parties agree " * 1000, [])):
        t = head + text
        column = sc.printed_column(t, t.index("By: /s/ Mary"), below.BELOW_COLUMNS)
        got = below._lines_below(t, t.index("\n"), [], rest_of_line=False, column=column)
        assert [t[a:b] for a, b in got] == want


# Sections: whether an attachment's number opens its line, read from at most BEFORE_WINDOW characters
# back when they decide it
GAP_PIECES = ["a", "B", ".", "?", '"', "\u201d", " ", "   ", "\t", "\u00a0", "\r", "\f", "\n", "Exhibit", "(i)", "x."]
gap_texts = st.one_of(st.lists(st.sampled_from(GAP_PIECES), max_size=40),
                      st.lists(st.sampled_from([p for p in GAP_PIECES if p != "\n"]), max_size=40)).map("".join)


@pytest.mark.parametrize("window", [1, 2, 3, 5, 8])
@settings(max_examples=200, deadline=None)
@given(text=gap_texts, data=st.data())
def test_opens_line_equals_the_whole_line_reading(window: int, text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    saved = sections.BEFORE_WINDOW
    sections.BEFORE_WINDOW = window
    try:
        assert sections._opens_line(text, start) == sections._gap_opens(text[text.rfind("\n", 0, start) + 1 : start])
    finally:
        sections.BEFORE_WINDOW = saved


@settings(max_examples=500, deadline=None)
@given(gap_texts.map(lambda t: t.replace("\n", "")), gap_texts.map(lambda t: t.replace("\n", "")))
def test_a_tail_that_decides_decides_for_every_head(head: str, tail: str) -> None:
    decided = sections._gap_opens_longer(tail)
    if decided is not None:
        assert decided == sections._gap_opens(head + tail)


@pytest.mark.parametrize(("before", "opens"), [
    ("", True),
    ("   ", True),
    ("THE SECURITIES AND EXCHANGE COMMISSION.   ", True),  # a lost line break after a sentence
    ("(i)   ", False),  # an item of a list of exhibits
    ("a.   ", False),
    ("the form attached as ", False),
])
def test_opens_line_after_a_long_flattened_line(before: str, opens: bool) -> None:
    """On its own line as the table says; after a long line (past the window) as the whole line reads."""
    assert sections._opens_line(before + "Exhibit A - Form of Note", len(before)) is opens
    for head in ("WHEREAS the parties agree as follows. " * 50, "x" * 500 + "   ", "\t" * 500):
        text = head + before + "Exhibit A - Form of Note"
        assert sections._opens_line(text, len(head) + len(before)) is sections._gap_opens(head + before)


def plain_staggered_head(text: str, lo: int, anchor: int, name: str | None) -> str | None:
    """``staggered_head`` as it was: the line's first piece searched from the line's start."""
    if not name or name.split()[0] not in sc.CONTINUED:
        return name
    line = plain_line_start(text, lo)
    m = sc.PIECE.search(text, line, lo)
    if m is None or m.end() > lo or not m.group().isupper() or ":" in m.group():
        return name
    if abs(plain_column(text, m.start()) - plain_column(text, anchor)) > sc.COLUMN_SLACK:
        return name
    return f"{m.group()} {name}"


STAGGER = ["ACME", "HOLDINGS", "Its:", "OF", "x", " ", "   ", "\t", "\n", "\r", "By:"]


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(STAGGER), max_size=30),
                 st.lists(st.sampled_from([p for p in STAGGER if p not in ("\n", "\r")]), max_size=30)).map("".join),
       st.sampled_from([None, "ACME", "OF SOUTH CAROLINA, INC.", "AND LOAN"]), st.data())
def test_staggered_head_equals_the_plain_reading(text: str, name: str | None, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    anchor = data.draw(st.integers(0, len(text)))
    assert sc.staggered_head(text, lo, anchor, name) == plain_staggered_head(text, lo, anchor, name)


@pytest.mark.parametrize("gap", ["\n", " " * 40])  # a staggered column; the same run into one line
def test_staggered_head_real_layout(gap: str) -> None:
    text = f"ACTION RENT-TO-OWN HOLDINGS{' ' * 25}Its:\nOF SOUTH CAROLINA, INC.{gap}By:"
    lo, anchor = text.index("Its:") + 4, text.index("By:")
    got = sc.staggered_head(text, lo, anchor, "OF SOUTH CAROLINA, INC.")
    assert got == plain_staggered_head(text, lo, anchor, "OF SOUTH CAROLINA, INC.")
    assert got == ("ACTION RENT-TO-OWN HOLDINGS OF SOUTH CAROLINA, INC." if gap == "\n" else "OF SOUTH CAROLINA, INC.")


# A title wrapped to the next line: its label's column looked up at most TITLE_LINE_REACH back
WRAP_PIECES = ["Vice", "President", "Financial", "Officer", "x", " ", "   ", "\t", "\n", "\r", "By:"]


@pytest.mark.parametrize("wrap", [4, 9, 15])
@settings(max_examples=150, deadline=None)
@given(head=st.one_of(st.lists(st.sampled_from(WRAP_PIECES), max_size=20).map("".join),
                     st.tuples(st.sampled_from(["", "\n", "By:\n"]), st.integers(0, 25)).map(
                         lambda t: t[0] + "x" * t[1])),
       value=st.sampled_from(["Vice President &", "Chief", "Senior Vice President"]),
       tail=st.one_of(st.lists(st.sampled_from(WRAP_PIECES), max_size=20).map("".join),
                      st.integers(0, 30).map(lambda k: " " * k + "Financial Officer\n")))
def test_wrapped_titles_same_with_the_bounded_look(wrap: int, head: str, value: str, tail: str) -> None:
    """``_wrapped_titles`` joins the same pieces whether the label's line start is looked for back to the
    text's start or at most TITLE_LINE_REACH back (a small WRAP_LINE_CHARS: generated lines pass it)."""
    text = f"{head}Title: {value}\n{tail}"
    start = len(head)
    end = start + len("Title: ") + len(value)
    saved = fields.WRAP_LINE_CHARS, fields.TITLE_LINE_REACH
    got = []
    try:
        for reach in (wrap + 2, 10**9):
            fields.WRAP_LINE_CHARS, fields.TITLE_LINE_REACH = wrap, reach
            f = fields.Field("title", start, end, end, value, False, False)
            fields._wrapped_titles(text, [f])
            got.append((f.value, f.end))
    finally:
        fields.WRAP_LINE_CHARS, fields.TITLE_LINE_REACH = saved
    assert got[0] == got[1]


def test_title_wrapped_under_its_label() -> None:
    for head in ("", "WHEREAS the parties agree " * 100):  # the title's line run on from a long line
        t = f"By: /s/ Jane Doe\n{head}Title: Vice President &\n       Chief Financial Officer\n\n"
        start = t.index("Title:")
        end = t.index("&") + 1
        f = fields.Field("title", start, end, end, "Vice President &", False, False)
        fields._wrapped_titles(t, [f])
        # on its own line it goes on; after a long line its label is right of the next line's piece
        assert f.value == ("Vice President & Chief Financial Officer" if not head else "Vice President &")


@pytest.mark.parametrize(("text", "at_start"), [
    ("Title: President\nand Chief Executive Officer\n", True),
    ("Title: President\n   and Chief Executive Officer\n", False),
    ("Title: President\rand Chief Executive Officer\n", False),  # a "\r" alone is no "\n" line start
])
def test_wrapped_at_margin_reads_line_starts(text: str, at_start: bool) -> None:
    start = 0
    end = text.index("President") + len("President")
    f = fields.Field("title", start, end, end, "President", False, False)
    below._wrapped_at_margin(text, f, [start])
    assert (f.value != "President") is at_start


def test_title_line_reach_is_the_bound_for_the_real_wrap() -> None:
    assert fields.TITLE_LINE_REACH == fields.WRAP_LINE_CHARS + 2
