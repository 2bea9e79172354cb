"""The annotated HTML view and the notebook cards, read back with a parser (no browser here)."""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

import pytest
from annotate_util import KING, KING_DOC, QWEST, QWEST_DOC, fill
from conftest import SAMPLES, corpus_path
from dom_util import merged, read_page
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor.model import schema
from extractor.output import cli, render
from extractor.run.batch import parse_many

SAMPLE = SAMPLES / "qwest-kmc-mgs-amendment-1.txt"

# Each highlight class and the rows it stands for.
HIGHLIGHTS = {
    "hl-redaction": lambda ex: len(ex.redactions),
    "hl-party": lambda ex: len(ex.parties),
    "hl-mention": lambda ex: len(render.party_mentions(ex)),
    "hl-date": lambda ex: len(ex.dates),
    "hl-section": lambda ex: len(ex.sections),
    "hl-amendment": lambda ex: len(ex.amendments),
    "hl-old": lambda ex: int(ex.amendments["old_start"].notna().sum()),
    "hl-new": lambda ex: int(ex.amendments["new_start"].notna().sum()),
    "hl-signature": lambda ex: len(ex.signatures),
    "hl-furniture": lambda ex: len(ex.furniture),
}


def filled(rel: str, findings) -> extractor.Exhibit:
    return fill(extractor.parse(corpus_path(rel)), findings)


# -- weaving: any set of spans, properly nested, text kept ---------------------------------------
@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab <&>\"'\r\n\t*", max_size=60), st.data())
def test_weave_keeps_text_and_covers_each_span(text, data):
    n = len(text)
    spans = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=8))
    marks = [render.Mark(min(a, b), max(a, b), "hl-x", f"t:{i}", {"title": "<\"x\">"})
             for i, (a, b) in enumerate(spans)]
    page = read_page('<pre id="doc">\n' + render.weave(text, marks) + "</pre>")
    assert page.unbalanced == 0 and not page.stack
    assert page.text == text
    for m in marks:
        if m.end > m.start:
            assert merged(page.covered[m.hl]) == [(m.start, m.end)]
        else:
            assert m.hl in page.classes["hl-x"]


def test_weave_splits_crossing_spans_into_continued_fragments():
    text = "0123456789"
    out = render.weave(text, [render.Mark(0, 6, "hl-a", "a:0"), render.Mark(3, 9, "hl-b", "b:0")])
    page = read_page('<pre id="doc">' + out + "</pre>")
    assert page.text == text
    assert merged(page.covered["b:0"]) == [(3, 9)] and len(page.covered["b:0"]) == 2
    assert out.count("cont") == 1


# -- escaping --------------------------------------------------------------------------------------
HOSTILE = ('EXHIBIT 10.9\n\n<script>document.title="pwned"</script>\n<img src=x onerror="alert(1)">\n'
           'AGREEMENT between Evil & Co. ("<b>EVIL</b>") dated as of March 31, 2000.\r\n')


def test_document_text_is_escaped_everywhere():
    ex = extractor.build_exhibit(HOSTILE, {"source": "hostile.txt"})
    rows = [{"start": HOSTILE.index("Evil"), "end": HOSTILE.index(") dated"), "name": 'Evil & Co. "><script>',
             "alias": "<b>EVIL</b>"}]
    ex = dataclasses.replace(ex, frames={**ex.frames, "parties": schema.frame("parties", rows)})
    page_html = ex.to_html()
    assert "<script" not in page_html.lower() and "<img" not in page_html.lower() and "<b>" not in page_html
    page = read_page(page_html)
    assert page.text == HOSTILE  # CR kept too
    assert "script" not in page.tags and "img" not in page.tags
    card = ex._repr_html_()
    assert "<script" not in card.lower() and "&lt;b&gt;EVIL&lt;/b&gt;" in card


def test_page_is_self_contained_and_forbids_scripts():
    page = extractor.parse(SAMPLE).to_html()
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    for needle in ("http://", "https://", "<script", "<link", "src="):
        assert needle not in page


# -- every row highlighted, on real documents ------------------------------------------------------
@pytest.mark.parametrize("rel,findings", [(QWEST_DOC, QWEST), (KING_DOC, KING)], ids=["qwest", "king"])
def test_each_table_row_is_one_highlight(rel, findings):
    ex = filled(rel, findings)
    page = read_page(ex.to_html())
    assert page.unbalanced == 0
    assert page.text == ex.original
    for cls, rows in HIGHLIGHTS.items():
        assert len(page.classes[cls]) == rows(ex), cls
    for name in ("redactions", "dates", "parties", "signatures", "furniture"):
        df = getattr(ex, name)
        cls = {"redactions": "hl-redaction", "dates": "hl-date", "parties": "hl-party",
               "signatures": "hl-signature", "furniture": "hl-furniture"}[name]
        for i, r in enumerate(df.itertuples()):
            if r.end > r.start:
                assert merged(page.covered[f"{name}:{i}"]) == [(r.start, r.end)], (cls, i)
    assert len(page.links) == len(ex.sections) > 0
    assert all(h.startswith("#") and h[1:] in page.ids for h in page.links)


def test_sample_renders_with_what_the_pipeline_finds():
    ex = extractor.parse(SAMPLE)
    page = read_page(ex.to_html())
    assert page.text == ex.original
    for cls, rows in HIGHLIGHTS.items():
        assert len(page.classes[cls]) == rows(ex), cls


# -- party mentions: real snippets -----------------------------------------------------------------
class MentionCase(NamedTuple):
    snippet: str
    parties: tuple[tuple[str, str], ...]
    want: tuple[tuple[str, int], ...]  # (text, party index)


MENTION_CASES = [
    MentionCase("WHEREAS,  Qwest and KMC are parties to that  certain  Amended and  Restated",
                (("Qwest Communications Corporation", "QWEST"), ("KMC Telecom V Inc.", "KMC")),
                (("Qwest", 0), ("KMC", 1))),
    MentionCase('where  otherwise  specifically  set forth in this  Agreement  "Qwest" shall mean\n'
                "Qwest Communications Corporation and Qwest Communications International Inc.",
                (("Qwest Communications Corporation", "QWEST"),
                 ("Qwest Communications International Inc.", "QCI")),
                (("Qwest", 0), ("Qwest Communications Corporation", 0),
                 ("Qwest Communications International Inc.", 1))),
    MentionCase('Each of Depomed and King is referred to herein individually as a "party"; Kingdom, kingly.',
                (("Depomed, Inc.", "Depomed"), ("King Pharmaceuticals, Inc.", "King")),
                (("Depomed", 0), ("King", 1))),
    MentionCase("KMC Telecom V\nInc. and KMC", (("KMC Telecom V Inc.", "KMC"),),
                (("KMC Telecom V\nInc.", 0), ("KMC", 0))),
]


@pytest.mark.parametrize("case", MENTION_CASES)
def test_party_mentions(case):
    ex = extractor.build_exhibit("EXHIBIT 10.1\n\n" + case.snippet + "\n", {"source": "snippet"})
    rows = [{"start": 0, "end": 0, "name": n, "alias": a} for n, a in case.parties]
    ex = dataclasses.replace(ex, frames={**ex.frames, "parties": schema.frame("parties", rows)})
    got = render.party_mentions(ex)
    assert list(zip(got["text"], got["party"], strict=True)) == list(case.want)
    assert all(ex.original[s:e] == t for s, e, t in zip(got["start"], got["end"], got["text"], strict=True))


def test_one_colour_per_party():
    text = ('THIS AGREEMENT is made by Depomed, Inc. ("Depomed") and King Pharmaceuticals, Inc. ("King").\n'
            "DEPOMED, INC.\nBy: /s/ John W. Fara\nKING PHARMACEUTICALS, INC.\n")
    rows = [{"start": text.index(n), "end": text.index(n) + len(n), "name": n, "alias": a}
            for n, a in (("Depomed, Inc.", "Depomed"), ("King Pharmaceuticals, Inc.", "King"),
                         ("DEPOMED, INC.", None), ("KING PHARMACEUTICALS, INC.", None))]
    ex = extractor.build_exhibit(text, {"source": "snippet"})
    ex = dataclasses.replace(ex, frames={**ex.frames, "parties": schema.frame("parties", rows)})
    assert render.party_colours(ex) == [0, 1, 0, 1]
    page = ex.to_html()
    assert page.count('class="hl-party p0"') == 2 and page.count('class="hl-party p1"') == 2
    assert page.count('class="hl-mention p0"') == 1 and page.count('class="hl-mention p1"') == 1


def test_mentions_skip_the_parties_own_spans():
    ex = filled(QWEST_DOC, QWEST)
    m = render.party_mentions(ex)
    own = list(zip(ex.parties["start"], ex.parties["end"], strict=True))
    assert len(m) > 0
    assert not any(s < b and a < e for a, b in zip(m["start"], m["end"], strict=True) for s, e in own)


# -- cards -----------------------------------------------------------------------------------------
def test_card_shows_the_facts_and_first_rows():
    ex = filled(QWEST_DOC, QWEST)
    card = ex._repr_html_()
    for alias in ex.parties["alias"]:
        assert f"<b>{alias}</b>" in card
    agreement = ex.dates[ex.dates["role"] == "agreement"]["value"].iloc[0]
    assert agreement in card
    assert f"{len(ex.redactions)} redactions" in card and f"{len(ex.sections)} sections" in card
    assert f"{len(ex.amendments)} amendments" in card and f"{len(ex.signatures)} signatures" in card
    non_empty = [n for n, df in ex.tables().items() if len(df) and n != "documents"]
    assert card.count("<details>") == len(non_empty)
    for n in non_empty:
        assert f"<b>{n}</b> ({len(getattr(ex, n))} rows)" in card


def test_corpus_card_counts_rows_and_errors(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "a.txt").write_bytes(SAMPLE.read_bytes())
    result = parse_many([tmp_path])
    card = result._repr_html_()
    assert f"{len(result.documents)} document, {len(result.errors)} error" in card
    assert len(result.errors) == 1 and "InputError" in card
    for name, df in result.tables().items():
        assert f"<td>{name}</td><td style='text-align:right'>{len(df)}</td>" in card


# -- to_html(path) and the CLI ---------------------------------------------------------------------
def test_to_html_writes_the_page(tmp_path):
    ex = extractor.parse(SAMPLE)
    out = tmp_path / "sub" / "q.html"
    page = ex.to_html(out)
    assert out.read_text(encoding="utf-8") == page


def test_cli_render(tmp_path, capsys):
    out = tmp_path / "q.html"
    assert cli.main(["render", str(SAMPLE), "-o", str(out)]) == 0
    assert read_page(out.read_text(encoding="utf-8")).text == SAMPLE.read_text(encoding="utf-8")
    assert str(out) in capsys.readouterr().err
    assert cli.main(["render", str(SAMPLE), "-o", str(out), "--document", "2"]) == 2
    assert "has 1 document" in capsys.readouterr().err
