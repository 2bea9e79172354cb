"""The signature scans' rewrites give what the code they replaced gave (the former code is the oracle):
find_labels, a field value's end, split_chunks and with_suffixes, on generated text."""

from __future__ import annotations

import pytest
from extractor.grammars import signature as g
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import signature_parties


# -- find_labels' scans are the whole-text scans they replaced -------------------
def _find_labels_scan(text: str) -> list[tuple[tuple[int, int], str | None]]:
    """The former find_labels: FIELD_LABEL and SIGN_MARK tried at every position."""
    hits = {m.start(): m for m in g.FIELD_LABEL.finditer(text) if g.label_ok(text, m)}
    for m in g.CAPTION_LABEL.finditer(text):
        hits.setdefault(m.start(), m)
    for mark in g.SIGN_MARK.finditer(text):
        lo = max(0, mark.start() - 24)
        m = g.BARE_LABEL.search(text, lo, mark.start())
        if m is not None and g.field_of(m.group("label")) == "date" and mark.group()[0] == "/":
            m = None  # "Date /s/ A": a date holds no signature (the caption of the line above)
        if m is not None and m.start() not in hits and g.label_ok(text, m):
            hits[m.start()] = m
        elif m is None and mark.group()[0] == "/" and not g.LABEL_BEFORE.search(text, lo, mark.start()):
            hits.setdefault(mark.start(), g.NO_LABEL.match(text, mark.start()))
    return [(hits[k].span(), hits[k].group("label")) for k in sorted(hits)]


LABEL_PIECES = st.sampled_from(
    ["By", "by", "BY", "Name", "Printed", "Authorized Signatory", "Title", "its", "Date", "Per", "WITNESS",
     "attest", "(Signature)", ":", " :", "   :", "\xa0", " ", "\t", "\n", "/s/", "/S/", "s/", "_", "___",
     "x", "Jo Doe", "standby", "\u212a", "\u017f", "1"]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(LABEL_PIECES, max_size=24).map("".join))
def test_find_labels_matches_the_whole_text_scans(text: str) -> None:
    assert [(m.span(), m.group("label")) for m in g.find_labels(text)] == _find_labels_scan(text)


def _value_end_scan(text: str, pos: int, stop: int) -> int:
    """The former _value_end: VALUE_STOP tried from the value's second character."""
    start = g.VALUE_START.match(text, pos, stop).end()
    if start >= stop:
        return stop
    m = g.VALUE_STOP.search(text, start + 1, stop)
    if m is None:
        return stop
    if m.group("gap") is not None and g.FILLER.fullmatch(text, m.start(), stop):
        return stop
    return m.start()


VALUE_PIECES = st.sampled_from(
    ["Jo", "DOE", "aB", "Name", "Title", "By", "President", "Accepted", " ", "   ", "\t", "\xa0", "_", ".", ":", "x",
     "Q", "Inc.", "CFO", "CONSULTANT", "LICENSEE:", "2017", "9"]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(VALUE_PIECES, max_size=16).map("".join), st.integers(0, 8))
def test_value_end_hint_matches_the_full_scan(text: str, pos: int) -> None:
    from extractor.stages.signature_fields import value_end

    pos = min(pos, len(text))
    assert value_end(text, pos, len(text)) == _value_end_scan(text, pos, len(text))


CHUNK_CHARS = "aZBq1 \t\xa0\r\n\f.!?:;\")\u201d,&'-("


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=CHUNK_CHARS, max_size=40) | st.lists(st.sampled_from(
    ["ACME", "INC.", "Inc.", "President", "CEO", "By", "   ", "  ", " ", "\n", '("HDS")', "written.", "x:", "12", "AB",
     "Cd", "\u201d)", "\xa0", "\u0661"]), max_size=12).map("".join))
def test_split_chunks_splits_as_chunk_split(s: str) -> None:
    assert g.split_chunks(s) == g.CHUNK_SPLIT.split(s)


def _with_suffix_one(text: str, name: str) -> str:
    """The first "name, Inc." in ``text`` not glued to a word before it, else ``name``: one
    search per name, as the stage did before it scanned once for all names."""
    pos = text.find(name)
    while pos >= 0:
        if pos == 0 or not signature_parties.NAME_CHAR.match(text[pos - 1]):
            m = signature_parties.FORM_SUFFIX_AT.match(text, pos + len(name))
            if m is not None:
                return text[pos : m.end()]
        pos = text.find(name, pos + 1)
    return name


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Acme", "Acme Corp", "MP3.com", "com", "Beta", "Bank", "Acme Bank"]),
                min_size=1, max_size=12),
       st.lists(st.sampled_from(["Acme", "Acme Corp", "MP3.com", "xAcme", ", Inc.", " Inc", ", LLC", " ", ".",
                                 "Bank", ", N.A.", "\n", "Beta", "com"]), max_size=30),
       st.lists(st.sampled_from(["Acme", "MP3.com", "Bank", "Acme Corp", "Gamma"]), max_size=4))
def test_with_suffixes_is_one_search_per_name(pieces: list[str], more: list[str], names: list[str]) -> None:
    """Both paths: a search per name (small texts) and one scan of the suffixes (large ones)."""
    text = "".join(pieces + more)
    want = {n: _with_suffix_one(text, n) for n in names}
    assert signature_parties.with_suffixes(text, names) == want
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(signature_parties, "FIND_BUDGET", 0)
        assert signature_parties.with_suffixes(text, names) == want
