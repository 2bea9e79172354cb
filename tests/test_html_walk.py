"""The HTML converter's walk keeps the writer's state in local variables and collapses white space
once per document; its text must be exactly the former writer's (one object, one pattern run per
text), on generated HTML and on every HTML document of the corpus."""

from __future__ import annotations

import lxml.etree
import lxml.html
import pytest
from conftest import corpus_path
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.io import html


class _Writer:
    """The former writer: collects text pieces, turning requested breaks into at most ``n`` newlines."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending = 0
        self.at_line_start = True
        self.cells: list[bool] = []

    def brk(self, n: int) -> None:
        if self.cells:
            if not self.cells[-1]:
                return
            n = min(n, 1)
        self.pending = max(self.pending, n)

    def open_cell(self, gap: str) -> None:
        if gap:
            self.pending = 0
            self.text(gap, pre=True)
        self.cells.append(False)

    def close_cell(self) -> None:
        if self.cells:
            self.cells.pop()
            self.pending = 0

    def line_break(self) -> None:
        if self.cells and not self.cells[-1]:
            return
        self.pending += 1

    def flush_breaks(self) -> None:
        if self.pending and self.parts:
            self.parts.append("\n" * self.pending)
            self.at_line_start = True
        self.pending = 0

    def text(self, s: str, pre: bool = False) -> None:
        if not pre:
            s = html.WHITESPACE.sub(" ", s)
            if not s or (s == " " and (self.at_line_start or self.pending)):
                return
        self.flush_breaks()
        if self.at_line_start and not pre:
            s = s.lstrip(" ")
            if not s:
                return
        self.parts.append(s)
        self.at_line_start = s.endswith("\n")
        if self.cells and not s.isspace():
            self.cells[-1] = True


def _plain_text(source: str) -> str:
    """The former conversion: lxml.html's tree, one writer call per event."""
    root = lxml.html.document_fromstring(html.strip_wrappers(source), parser=lxml.html.HTMLParser(huge_tree=True))
    out = _Writer()
    pre_depth = 0
    first_cell: list[bool] = []
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else None
        if event == "start":
            if tag is None:
                continue
            tag = tag.lower()
            style = el.get("style")
            if tag in html.SKIP or (style and "display:none" in style.replace(" ", "").lower()):
                walker.skip_subtree()
                continue
            if tag == "br":
                out.line_break()
            elif tag in html.PARAGRAPHS:
                out.brk(2)
            elif tag in html.BLOCKS:
                out.brk(1)
            if tag == "tr":
                first_cell.append(True)
            elif tag in html.CELLS:
                out.open_cell(html.CELL_GAP if first_cell and not first_cell[-1] else "")
                if first_cell:
                    first_cell[-1] = False
            if tag == "pre":
                pre_depth += 1
            if el.text:
                out.text(el.text, pre=pre_depth > 0)
        else:
            if tag is not None:
                tag = tag.lower()
                if tag == "pre":
                    pre_depth = max(0, pre_depth - 1)
                if tag == "tr" and first_cell:
                    first_cell.pop()
                if tag in html.CELLS:
                    out.close_cell()
                elif tag in html.PARAGRAPHS and tag not in html.SKIP:
                    out.brk(2)
                elif tag in html.BLOCKS:
                    out.brk(1)
            if el.tail and el.getparent() is not None:
                out.text(el.tail, pre=pre_depth > 0)
    text = "".join(out.parts)
    lines = [ln.rstrip() for ln in text.split("\n")]
    return html.BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


WS = [" ", "  ", "\n", "\t", "\xa0", "\r\n", " \n  ", "\u2003", "\x0b", "\x0c"]
WORDS = ["Term", "of", "the", "Agreement", "&amp;", "&nbsp;", "$1,000", "(a)", "\u201cParty\u201d"]
TAGS = ["p", "div", "span", "b", "td", "tr", "table", "pre", "li", "h2", "font", "TD", "P"]
OPEN = [f"<{t}>" for t in TAGS] + ['<span style="display: NONE">', '<div style="color:red">', "<br>", "<BR/>",
                                    "<script>", "</script>", "<!-- note -->", "<th>", "<center>"]
CLOSE = [f"</{t}>" for t in TAGS] + ["</th>", "</center>"]
PIECE = st.sampled_from(WS + WORDS + OPEN + CLOSE)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECE, max_size=40).map("".join))
def test_walk_equals_the_former_writer(body: str) -> None:
    source = "<html><body>" + body + "</body></html>"
    assert html.html_to_text(source) == _plain_text(source)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WS + ["a", "bc", "\x00", "  x  "]), max_size=30).map("".join))
def test_collapse_whitespace_equals_the_pattern(text: str) -> None:
    assert html.collapse_whitespace(text) == html.WHITESPACE.sub(" ", text)
    parts = text.split("\x00")
    assert html._collapse_all(parts) == [html.WHITESPACE.sub(" ", p) for p in parts]


@pytest.mark.parametrize("rel", [
    "edgar-raw/submission-0001127602-25-001055.txt",
    "edgar-raw/submission-0001213900-25-032135.txt",
])
def test_walk_equals_the_former_writer_on_corpus_html(rel: str) -> None:
    from extractor.io import reader
    from extractor.io.submission import split_submission

    text = reader.read(corpus_path(rel)).text
    parts = [text[p.start : p.end] for p in split_submission(text).documents]
    found = [p for p in parts if html.looks_like_html(p)]
    assert found
    for raw in found:
        assert html.html_to_text(raw) == _plain_text(raw)
