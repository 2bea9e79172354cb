"""Short text summaries (issue 15): ``repr`` of an Exhibit and of a CorpusResult fits a few lines."""

from __future__ import annotations

import pytest
from conftest import SAMPLES

import extractor


@pytest.fixture(scope="module")
def corpus() -> extractor.CorpusResult:
    return extractor.parse_many([SAMPLES, SAMPLES / "absent.txt"], workers=0, progress=False)


def test_exhibit_repr_is_a_short_summary() -> None:
    ex = extractor.parse(SAMPLES / "qwest-kmc-mgs-amendment-1.txt")
    text = repr(ex)
    lines = text.splitlines()
    assert len(lines) == 2 and all(len(line) < 200 for line in lines), text
    assert lines[0].startswith("<Exhibit ") and "(amendment)" in lines[0]
    assert f"parties {len(ex.parties)}" in lines[1] and f"{len(ex.pages)} pages" in lines[1]


def test_corpus_repr_names_counts_and_the_first_error(corpus: extractor.CorpusResult) -> None:
    text = repr(corpus)
    assert len(text) < 600 and len(text.splitlines()) == 3, text
    assert text.startswith(f"<CorpusResult: {len(corpus.documents)} documents, 1 errors")
    assert f"sections {len(corpus.sections)}" in text
    assert "first error: absent.txt: InputError" in text


def test_rich_views_when_rich_is_installed(corpus: extractor.CorpusResult) -> None:
    rich_console = pytest.importorskip("rich.console", reason="rich is an optional extra")
    console = rich_console.Console(record=True, width=100)
    console.print(corpus)
    console.print(extractor.parse(SAMPLES / "qwest-kmc-mgs-amendment-1.txt"))
    out = console.export_text()
    assert "CorpusResult" in out and f"{len(corpus.sections):,}" in out and "amendments" in out
