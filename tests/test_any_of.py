"""``cue_scan.AnyOf`` tells whether a pattern matches in a stretch of text as the pattern itself does,
its top-level alternatives (``top_alternatives``) searched one by one: the contract-terms stage's
sentence tests (``LOWERED_TESTS`` on the lowered copy, ``TEXT_TESTS`` on the text)."""

from __future__ import annotations

from typing import NamedTuple

import pytest
import regex
from extractor.grammars import contract_terms as ct
from extractor.grammars.cue_scan import AnyOf, top_alternatives
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.stages import contract_terms as stage


class Split(NamedTuple):
    pattern: str
    parts: list[str]


SPLITS = [
    Split(r"a|b(?:c|d)", ["a", "b(?:c|d)"]),
    Split(r"(?i)x|y", ["(?i)x", "(?i)y"]),
    Split(r"[|]x|[]|]y|[^]|]z", ["[|]x", "[]|]y", "[^]|]z"]),
    Split(r"\||q\(|(?<=a|b)c", [r"\|", r"q\(", "(?<=a|b)c"]),
    Split(r"(?:a|b)", ["(?:a|b)"]),
]


@pytest.mark.parametrize("case", SPLITS, ids=[c.pattern for c in SPLITS])
def test_top_alternatives(case: Split) -> None:
    assert top_alternatives(case.pattern) == case.parts


# pieces of the term and renewal sentences the tests read (real wording: "The term of this Agreement shall
# commence", '"Initial Term" means', "shall automatically renew"), cased and spaced several ways
PIECES = st.sampled_from(
    ["the", "The", "term", "Term", "TERM", "initial", "Initial", "this", "This", "agreement", "Agreement",
     "contract", "lease", "amendment", "shall", "will", "is", "be", "of", "for", "a", "an", "period", "means",
     "mean", "commence", "continue", "remain", "expire", "terminate", "become", "effective", "valid", "in",
     "full", "force", "effect", "come", "into", "take", "renew", "automatically", "then", "thereafter",
     "contract period", "license", "\"", "\u201c", "\u201d", ":", "(", ")", "-", ",", ".", " ", "  ", "\n",
     "x", "\u017f", "\u0130", "\u212a", "é"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join), st.integers(0, 40), st.integers(0, 300))
@example('The "Initial Term" means the period', 0, 300)
@example("the Term of this Agreement shall commence", 4, 20)
@example("x Term means", 0, 12)
@example("Term means the period", 0, 300)  # only STRONG_TERM's second alternative holds
@example("it shall automatically continue", 0, 300)  # only RENEWS's second
def test_any_of_answers_as_the_pattern(text: str, a: int, b: int) -> None:
    low = text.lower() if len(text.lower()) == len(text) and "\u017f" not in text else None
    for pattern, test in stage.TEXT_TESTS.items():
        assert bool(test.search(text, a, b)) == bool(pattern.search(text, a, b)), pattern.pattern[:40]
        if low is not None:
            lowered = stage.LOWERED_TESTS[pattern]
            assert bool(lowered.search(low, a, b)) == bool(lowered.pattern.search(low, a, b))


def test_the_strong_term_test_is_split() -> None:
    """Its two alternatives are searched apart (what makes it cheaper): the split is no accident."""
    assert len(stage.LOWERED_TESTS[ct.STRONG_TERM].parts) == 2
    assert AnyOf(regex.compile("ab")).parts == (AnyOf(regex.compile("ab")).pattern,)
