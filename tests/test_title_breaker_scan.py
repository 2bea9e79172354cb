"""``title_runs.BREAKER`` (run by the standard library's engine, its blank spelled out) finds exactly what
the pattern finds under the ``regex`` module: hypothesis over text of lower-case words, capitals, marks and
every kind of blank either engine might read differently."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import title_runs as tr

PLAIN = regex.compile(tr.BREAKER_PATTERN)

PIECES = ["and", "of", "agreement", "by", "x", "AGREEMENT", "This", "Q", "1", "_", " ", "  ", "\n", "\r\n", "\t",
          "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u1680", "\u2003", "\u200a", "\u200b",
          "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "(", ")", "[", "]", '"', "\u201c", "\u201d", ",", ";",
          ":", ".", "...", "-", "'", "\u00e9"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.data())
def test_breaker_equals_the_regex_modules_scan(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert [m.span() for m in tr.BREAKER.finditer(text, lo, hi)] == [m.span() for m in PLAIN.finditer(text, lo, hi)]


@given(st.text(max_size=60))
def test_breaker_on_any_text(text: str) -> None:
    assert [m.span() for m in tr.BREAKER.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]
