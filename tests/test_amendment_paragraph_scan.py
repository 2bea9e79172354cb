"""``amendment_ops._paragraph_after``: ``QUOTE_ENDS_PARAGRAPH.match`` read only as far as its
characters run (on a text without line breaks the plain match read the rest of the text per call)."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.stages.amendment_ops import QUOTE_ENDS_PARAGRAPH, _paragraph_after, _predicate_end

PIECES = st.sampled_from(["a", "Word", '"', "\u201d", ".", ";", ",", " ", "\t", "\xa0", "\n", "\r\n", "\f"])


def _spans(m) -> tuple[int, int, int, int] | None:
    return None if m is None else (*m.span(), *m.span("p"))


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
@example('"any Loans."\n\nSection 2.')
@example('"x",  \xa0\r\n \r\nNext')
@example('"x"; \n \n')
def test_paragraph_after_is_the_plain_match(text: str) -> None:
    for i in range(len(text) + 1):
        assert _spans(_paragraph_after(text, i)) == _spans(QUOTE_ENDS_PARAGRAPH.match(text, i)), (text, i)


class Sentence(NamedTuple):
    text: str  # an instruction, from its verb on
    end: str  # what the sentence ends with


# edgar-amendments todd-ao-1997-credit-amendment-5: a quoted insertion closes its paragraph
CASES = [
    Sentence('inserting "or Letters of Credit" after "maintaining its Loans."\n\n2.25  Section 4.10 of the'
             ' Agreement is amended by inserting "or Letters of', '"maintaining its Loans."'),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.text[-30:])
def test_predicate_ends_after_the_quote(case: Sentence) -> None:
    end = _predicate_end(case.text, 0, len(case.text))
    assert case.text[:end].endswith(case.end)
