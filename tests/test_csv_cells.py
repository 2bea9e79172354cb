"""The column-wise CSV cell formatting (fast paths for clean text columns and int columns) gives
exactly the cells of the plain one-cell-at-a-time rules, whatever the values."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.model import schema
from extractor.output import export

QUOTE_CHARS = (",", '"', "\n", "\r")


def plain_cell(dtype: str, v: Any, safe: bool) -> str:
    """One cell by the rules, written out plainly (what the batch wrote before the fast paths)."""
    if dtype == schema.S:
        text = "" if v is None else v if v.__class__ is str else str(v)
        if safe and text[:1] in export.FORMULA_FIRST:
            text = "'" + text
        return '"' + text.replace('"', '""') + '"' if any(c in text for c in QUOTE_CHARS) else text
    if dtype == schema.I:
        return "" if v is None else str(v if v.__class__ is int else int(v))
    if dtype == schema.B:
        return "" if v is None else "True" if v else "False"
    return "" if v is None or v != v else repr(float(v))


class Label(str):
    """A str subclass whose str() is not its text: cells are the str() of anything not exactly a str."""

    def __str__(self) -> str:
        return "label:" + self


text = st.text(alphabet=st.sampled_from(list('ab ,"\r\n=+-@\t\xa0\u2019\U0001f600')), max_size=8)
strings = st.one_of(st.none(), text, st.integers(-5, 5), st.builds(Label, text))
ints = st.one_of(st.none(), st.integers(-10**12, 10**12), st.booleans(), st.floats(-1e6, 1e6),
                 st.builds(Fraction, st.integers(-99, 99), st.integers(1, 9)), st.sampled_from(["7", "-12"]))


@settings(max_examples=400, deadline=None)
@given(values=st.one_of(st.lists(text, max_size=12), st.lists(strings, max_size=12)), safe=st.booleans())
def test_string_cells_follow_the_plain_rules(values: list[Any], safe: bool) -> None:
    assert export._csv_cells(schema.S, list(values), safe) == [plain_cell(schema.S, v, safe) for v in values]


@settings(max_examples=400, deadline=None)
@given(values=st.one_of(st.lists(st.integers(-10**12, 10**12), max_size=12), st.lists(ints, max_size=12)))
def test_int_cells_follow_the_plain_rules(values: list[Any]) -> None:
    assert export._csv_cells(schema.I, list(values), False) == [plain_cell(schema.I, v, False) for v in values]


@pytest.mark.parametrize("values", [
    ["id-1", "id-1", "id-1"],  # a clean column: the values themselves
    ["Section 1", 'the "Agreement"', None, "a,b"],  # a text column: cell by cell
    ['"x"', "plain"],  # the first cell quoted: not joined first
    [None, None],
])
def test_string_columns_of_real_shapes(values: list[Any]) -> None:
    assert export._csv_cells(schema.S, values, False) == [plain_cell(schema.S, v, False) for v in values]


def test_csv_rows_joins_lines_of_mixed_width_text() -> None:
    """Each line is encoded on its own: ASCII, Latin-1, wide and astral lines in one slice."""
    cols = {"doc_id": ["a", "b", "c", "d"], "start": [0, 1, 2, None], "end": [1, 2, 3, 4],
            "text": ["x", "\xa0é", "\u2019,", "\U0001f600\n"], "stage": ["s"] * 4, "code": ["c"] * 4,
            "message": [None, "m", "m", "m"]}
    dtypes = {"doc_id": schema.S, **schema.TABLES["diagnostics"]}
    lines = [",".join(plain_cell(t, cols[c][i], False) for c, t in dtypes.items()) for i in range(4)]
    assert export.csv_rows("diagnostics", cols) == ("\n".join(lines) + "\n").encode("utf-8")
