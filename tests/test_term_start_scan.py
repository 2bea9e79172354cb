"""``_term_start`` (the start date alone, looked for in every term sentence until one gives it) is the
``start`` of ``_term``, which also reads lengths and anniversaries: on generated sentences and on the
corpus's term sentences."""

from __future__ import annotations

from conftest import CORPUS, requires_corpus
from extractor.grammars import contract_terms as ct
from extractor.grammars.text_index import TextIndex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.io.reader import read
from extractor.stages import contract_terms as st_ct

PIECES = st.sampled_from(
    ["The initial term", " of this Agreement", " shall commence on", " January 1, 2008", " and end on",
     " December 31, 2010", " ending on", " commencing", " effective", " from", " until", " to", " for",
     " a period of", " three (3) years", " 5 years", " the fifth anniversary of the Effective Date",
     " until the end of the then current calendar year", " survive", ".", ",", " the", " 2009", " June 2004"]
)  # fmt: skip


def start_by_term(text: str, a: int, b: int) -> object:
    t = st_ct._term(text, a, b, None, None)
    return t.start if t is not None else None


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
@example("The initial term shall commence on January 1, 2008 and end on December 31, 2010.")
@example("This Agreement shall commence on June 1, 2004 for a period of three (3) years.")
def test_term_start_is_the_start_of_term(text: str) -> None:
    assert st_ct._term_start(text, 0, len(text)) == start_by_term(text, 0, len(text))


@requires_corpus
def test_term_start_is_the_start_of_term_on_the_corpus() -> None:
    """Every 4th corpus document: every sentence with a term cue."""
    paths = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md")[::4]
    checked = 0
    for path in paths:
        doc = TextIndex(read(path).text)
        for a, b in st_ct._sentences(doc, ct.TERM_CUE, ct.TERM_KEYWORDS):
            assert st_ct._term_start(doc.text, a, b) == start_by_term(doc.text, a, b), (path.name, a)
            checked += 1
    assert checked > 1000
