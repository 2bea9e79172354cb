"""The contract-terms stage's sentence tests run as programs for the body's lower-cased copy
(``LOWERED_TESTS``): within any stretch of a text, each finds what its caseless pattern finds in the text."""

from __future__ import annotations

from extractor.grammars.text_index import TextIndex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.stages import contract_terms as st_ct

PIECES = st.sampled_from(
    ["This", " Agreement", " shall", " will", " then", " thereafter", " be", " automatically", " renew",
     " Renewed", " continue", " CONTINUE", " initial", " term", " Term", " of", " the", " \"", "\u201c",
     "\u201d", " means", " Contract Period", ":", ".", " commencement date", " expiration date", "  ", "\n",
     "\u017f", "\u0130", "\u212a", "é", " lease", " effective term", " termination date :", " x", "Calendar Quarter\""]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.integers(0, 400), st.integers(0, 400))
@example("This Agreement shall thereafter automatically renew", 0, 60)
@example("it will be automatically Renewed; the Term of", 3, 44)
def test_lowered_tests_find_what_the_patterns_find(text: str, a: int, b: int) -> None:
    low = TextIndex(text).lowered
    if low is None:
        return
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    for pattern, program in st_ct.LOWERED_TESTS.items():
        want = pattern.search(text, a, b)
        got = program.search(low, a, b)
        assert (got.span() if got else None) == (want.span() if want else None), pattern.pattern[:40]
