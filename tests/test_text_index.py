"""The per-document text index: each lower-cased copy made at most once per text, no process-wide cache
holding a document's text, and a stage's result independent of which stage or document ran before."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex
from conftest import SAMPLES
from extractor.grammars import ascii_lowered as ascii_module
from extractor.grammars import find_all, lowered, text_index
from extractor.grammars.ascii_lowered import ascii_lowered
from extractor.grammars.text_index import TextIndex
from hypothesis import given
from hypothesis import strategies as st

from extractor.io.reader import read
from extractor.pipeline import build_exhibit
from extractor.stages.amendments import find_amendments
from extractor.stages.contract_terms import find_contract_terms
from extractor.stages.dates import find_dates
from extractor.stages.header import find_header
from extractor.stages.layout import Layout, find_layout
from extractor.stages.parties import find_parties
from extractor.stages.sections import find_sections
from extractor.stages.signatures import SignatureResult, find_signatures

# a contract with signature blocks (so the sections' text is not the layout's body) and an amendment
DOCS = ("xpresspa-calm-marketing-agreement.txt", "neon-distributor-agreement-amendment-1.txt")


def _original(name: str) -> str:
    return read(SAMPLES / name).text


def _strings(obj: object) -> Iterator[str]:
    """The strings in a cache key (a str, or the tuples/lists functools builds of the arguments)."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, (tuple, list)):
        for o in obj:
            yield from _strings(o)


def _cached_strings() -> Iterator[tuple[str, str]]:
    """(function, string) for each string in the keys of every functools cache of an extractor module:
    an ``lru_cache``/``cache`` wrapper holds its cache dict among its gc referents."""
    for mod_name, mod in list(sys.modules.items()):
        if not mod_name.startswith("extractor") or mod is None:
            continue
        for attr, fn in list(vars(mod).items()):
            if not hasattr(fn, "cache_info"):
                continue
            for ref in gc.get_referents(fn):
                if isinstance(ref, dict):
                    for key in ref:
                        for s in _strings(key):
                            yield f"{mod_name}.{attr}", s


def test_the_lower_cased_copies_are_not_cached_per_process() -> None:
    assert not hasattr(lowered, "cache_info")
    assert not hasattr(ascii_lowered, "cache_info")


def test_no_module_cache_holds_a_documents_text_after_a_run() -> None:
    texts = []
    for name in DOCS:
        original = _original(name)
        build_exhibit(original, {"source": name})
        layout = find_layout(original)
        unsigned = layout.view.restrict(find_signatures(layout).block_spans)
        texts += [original, layout.view.text, unsigned.text]
    assert len({len(t) for t in texts}) == len(texts)  # the three texts of each document differ
    shortest = min(map(len, texts))
    held = [(fn, len(s)) for fn, s in _cached_strings() if s in texts or len(s) >= shortest // 2]
    assert held == []


def _stage_results(layout: Layout, fresh: bool) -> dict[str, object]:
    """Every stage that reads the index, each given a new index (``fresh``) or all one shared index."""
    shared = TextIndex(layout.view.text)

    def body() -> TextIndex:
        return TextIndex(layout.view.text) if fresh else shared

    header = find_header(layout)
    sigs = find_signatures(layout)
    out: dict[str, object] = {"parties": find_parties(layout, header, sigs, body())}
    dates, out["durations"] = find_dates(layout, header, sigs, body())
    out["contract"] = find_contract_terms(layout, dates, body())
    secs = find_sections(layout, sigs, body())
    out["sections"], out["references"] = secs.sections, secs.references
    out["amendments"] = find_amendments(layout, secs, [], header)
    return out


@pytest.mark.parametrize("name", DOCS)
def test_each_stage_finds_the_same_whatever_ran_before(name: str) -> None:
    layout = find_layout(_original(name))
    alone = _stage_results(layout, fresh=True)
    for other in DOCS:  # another document first, then this one's stages sharing one index
        _stage_results(find_layout(_original(other)), fresh=False)
    after = _stage_results(layout, fresh=False)
    assert after == alone
    assert alone["parties"] and alone["sections"]  # the comparison compares something


@pytest.mark.parametrize("name", DOCS)
def test_parties_find_the_same_from_a_filled_index(name: str) -> None:
    """An index whose copies an earlier stage already made gives the parties (names respaced from
    the lower-cased copy, mentions counted in it) that an empty one gives."""
    layout = find_layout(_original(name))
    header, sigs = find_header(layout), find_signatures(layout)
    filled = TextIndex(layout.view.text)
    assert filled.lowered is not None and filled.ascii_lowered is not None
    assert find_parties(layout, header, sigs, filled) == find_parties(layout, header, sigs, TextIndex(filled.text))


def test_each_copy_is_made_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """One run makes each lower-cased copy of the body and of the body without signature blocks once,
    however many stages scan them."""
    made: list[tuple[str, str]] = []

    def counting(kind: str, fn):  # noqa: ANN001, ANN202 - a test double
        def wrapper(text: str):  # noqa: ANN202
            made.append((kind, text))
            return fn(text)
        return wrapper

    monkeypatch.setattr(text_index, "lowered", counting("lowered", lowered))
    monkeypatch.setattr(text_index, "ascii_lowered", counting("ascii", ascii_module.ascii_lowered))
    original = _original(DOCS[0])
    layout = find_layout(original)
    unsigned = layout.view.restrict(find_signatures(layout).block_spans).text
    assert unsigned != layout.view.text
    made.clear()  # the copies this test's own find_signatures made: count one run's
    build_exhibit(original, {"source": DOCS[0]})
    whole = [(kind, t) for kind, t in made if t in (layout.view.text, unsigned)]
    assert len(whole) == len(set(whole))
    assert ("ascii", layout.view.text) in whole and ("ascii", unsigned) in whole  # both were scanned


@given(st.text(alphabet=st.sampled_from("aBz\u017f\u0130\u212a\u00e9\u4e00 "), max_size=40))
def test_the_index_gives_the_copies_of_its_text(text: str) -> None:
    idx = TextIndex(text)
    assert idx.lowered == lowered(text)
    assert idx.ascii_lowered == ascii_lowered(text)
    assert idx.lowered is idx.lowered  # made once


@given(st.text(alphabet=st.sampled_from("aAkKsSiI?\u017f\u0130\u0131\u212a\u00e9\u4e00 "), max_size=40),
       st.text(alphabet=st.sampled_from("aksi "), min_size=1, max_size=3))
def test_the_folded_copy_holds_a_word_where_its_caseless_pattern_matches(text: str, word: str) -> None:
    """``ascii_folded`` is never None: with U+017F or U+0130 in the text (no ``ascii_lowered``) a word
    stands in it exactly where ``regex`` (?i) matches it, as in ``ascii_lowered`` otherwise (a word
    written in lower case, as the scans' patterns write theirs: (?i)I takes U+0131 and not U+0130)."""
    idx = TextIndex(text)
    folded = idx.ascii_folded
    assert len(folded) == len(text)
    if idx.ascii_lowered is not None:
        assert folded == idx.ascii_lowered
    w = word.encode("ascii")
    pattern = regex.compile("(?i)" + regex.escape(word))
    assert list(find_all(folded, w)) == [m.start() for m in pattern.finditer(text, overlapped=True)]


def test_repr_does_not_print_the_document() -> None:
    assert repr(TextIndex("x" * 5000)) == "TextIndex(<5000 characters>)"


def test_a_fresh_signature_free_layout_shares_the_bodys_index() -> None:
    layout = find_layout(Path(SAMPLES / DOCS[1]).read_text(encoding="utf-8"))
    body = TextIndex(layout.view.text)
    assert find_sections(layout, SignatureResult((), ()), body).text_index is body
