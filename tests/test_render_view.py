"""The HTML view's legibility (issue 15): party colours apart from every highlight background, a
colour key, amendment actions in words, section headings never cut mid-word."""

from __future__ import annotations

import itertools
import re

from conftest import SAMPLES

import extractor
from extractor.output import render

QWEST = SAMPLES / "qwest-kmc-mgs-amendment-1.txt"


def _rgb(css: str) -> tuple[int, int, int]:
    return tuple(int(css[i : i + 2], 16) for i in (1, 3, 5))


def _distance(a: str, b: str) -> float:
    return sum((x - y) ** 2 for x, y in zip(_rgb(a), _rgb(b))) ** 0.5


def test_party_colours_stand_apart_from_highlight_backgrounds_and_each_other() -> None:
    for colour, (what, bg) in itertools.product(render.PALETTE, render.BACKGROUNDS.items()):
        assert _distance(colour, bg) > 60, (colour, what)  # was 19 for KMC's colour against new text
    for a, b in itertools.combinations(render.PALETTE, 2):
        assert _distance(a, b) > 60, (a, b)
    # the page's CSS uses these very backgrounds
    css = render.PAGE_CSS
    assert "ins.hl-new{text-decoration:none;background:" + render.BACKGROUNDS["new text"] in css


def test_the_page_has_a_colour_key() -> None:
    page = extractor.parse(QWEST).to_html()
    key = re.search(r'<h2>Key</h2><ol class="key">(.*?)</ol>', page, re.S)
    assert key is not None
    items = re.findall(r"<li><(span|del|ins) class=\"([^\"]+) sample\">", key.group(1))
    assert [cls for _, cls in items] == [cls for cls, _, _ in render.KEY]
    assert {c.split()[0] for _, c in items} >= {"hl-party", "hl-new", "hl-old", "hl-furniture", "hl-redaction"}


def test_amendment_labels_are_words_not_codes() -> None:
    ex = extractor.parse(QWEST)
    assert "add_definition" in set(ex.amendments["action"])  # the table keeps its codes
    page = ex.to_html()
    labels = re.findall(r'class="hl-amendment" data-hl="[^"]+" title="[^"]*" data-label="([^"]+)"', page)
    assert len(labels) == len(ex.amendments)
    assert "definition added The Definitions" in labels
    assert not [label for label in labels if "_" in label]


def test_a_heading_without_offsets_ends_at_a_word_boundary() -> None:
    # text that lost its line breaks (CUAD): the section's first "line" runs for pages
    words = "Confidentiality. Each party shall keep the other party's information confidential " * 5
    original = "1. " + words
    row = {"start": 0, "end": len(original), "heading_start": None, "heading_end": None}
    start, end = render._section_heading(original, row, len(original))
    assert start == 0 and end <= render.HEADING_CHARS
    assert original[end].isspace() and not original[end - 1].isspace()
    nbsp = ("3.\xa0" + "Stock\xa0Delivery\xa0of\xa0the\xa0Repairer " * 6).replace(" ", "\xa0")  # a PDF's spaces
    start, end = render._section_heading(nbsp, {"start": 0, "end": len(nbsp)}, len(nbsp))
    assert nbsp[end] == "\xa0" and nbsp[end - 1].isalpha() and end <= render.HEADING_CHARS
    short = "2. Term.\nThe term is one year."
    assert render._section_heading(short, {"start": 0, "end": len(short)}, len(short)) == (0, 8)
