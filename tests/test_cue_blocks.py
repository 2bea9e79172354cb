"""``cue_scan.cue_matches`` asks about the pivots of a block of keyword windows at once (the windows that
meet): it finds what the plain scan finds, which asks every window on its own whether a pivot whose
test holds stands in it before searching it."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from extractor.grammars import contract_terms as ct
from extractor.grammars import cue_scan
from extractor.grammars.text_index import TextIndex
from hypothesis import example, given, settings
from hypothesis import strategies as st

CUES = (
    (ct.TERM_CUE, ct.TERM_KEYWORDS),
    (ct.RENEWAL_CUE, ct.RENEWAL_KEYWORDS),
    (ct.GOVERNING_CUE, ct.GOVERNING_KEYWORDS),
)
PIECES = st.sampled_from(
    ["the", "The", "TERM", "term", "Term", " ", "  ", "\n", "of", "this", "shall", "will", "commence", "expire",
     "continue", "in full force", "initial", "renew", "Renewal", "extended", "extension", "automatically",
     "governed", "construed", "applicable law", "choice of law", "validity", "valid", "be", "is", "effective",
     "take", "come", "into", "force", "effect", "period", "Period", "means", ":", ".", "\"", "\u201c", "x",
     "xxxxxxxxxxxxxxxxxxxx", "\u017f", "\u0130", "end", " end", "conclude", "remain", "begin", "\t"]
)  # fmt: skip
# mostly filler: a keyword's window then often holds no pivot, or only one the keyword scan does not find
FILLER = st.sampled_from([" x", " xx yy", " zzzzzzzzzz", ". ", "\n"])
TEXTS = st.lists(st.one_of(FILLER, FILLER, PIECES), max_size=60).map("".join)


def plain_matches(
    pattern: regex.Pattern[str], doc: TextIndex, keywords: tuple[str, ...], before: int, after: int
) -> Iterator[tuple[int, int]]:
    """The scan window by window: each window's pivots looked for in it alone (as before blocks)."""
    text, low = doc.text, doc.caseless
    if low is None:
        yield from (m.span() for m in pattern.finditer(text))
        return
    starts = cue_scan.keyword_starts(low, keywords)
    program = ct.LOWERED[pattern]
    tests = ct.PIVOTS.get(pattern, ())
    n, last = len(text), 0
    for i in starts:
        while i >= last:
            lo, reach = max(last, i - before), i + after
            hi = n if reach >= n else regex.compile(r"\w*+").match(text, reach).end()
            if tests and not any(
                low.startswith(word, p) and test.match(low, p) for word, test in tests for p in range(lo, hi)
            ):
                break
            m = program.search(low, lo, hi)
            if m is None:
                break
            yield m.span()
            last = m.end()


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(0, 90), st.integers(0, 70))
@example("this shall commence now; it is to remain valid x comes into\nforce", 80, 60)
@example("shall xxxxxxxxxxxxxxxxxxxx commence; the Term shall\tend; in full force", 10, 5)
@example("extended. renew; extension automatically continue", 0, 0)
def test_block_scan_finds_what_the_window_scan_finds(text: str, before: int, after: int) -> None:
    for pattern, keywords in CUES:
        got = list(cue_scan.cue_matches(
            pattern, TextIndex(text), keywords, before, after,
            lowered=ct.LOWERED[pattern], pivots=ct.PIVOTS.get(pattern),
        ))
        assert got == list(plain_matches(pattern, TextIndex(text), keywords, before, after))
