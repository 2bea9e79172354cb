"""HTML exhibits: detect HTML input and convert it to text with lines as in a text exhibit.

Part of the read stage (called by ``reader``). The converter walks the lxml tree once and emits
a line break around block elements (paragraphs, divs, headings, list items, table rows), a blank
line around paragraphs, headings and tables, and two spaces between table cells, so a paragraph
stays one line and a table row stays one line. Scripts, styles, the ``<head>``, inline-XBRL
headers and ``display:none`` elements are dropped; runs of whitespace collapse as a browser
collapses them (``<pre>`` keeps its own). lxml was chosen by measurement:
``benchmarks/html_converters.py`` and the README's "HTML exhibits" section give the figures.
"""

from __future__ import annotations

import html as html_lib
from typing import TYPE_CHECKING

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..model.errors import InputError

if TYPE_CHECKING:  # lxml is imported by the converter when HTML comes (~10 ms at every start otherwise)
    import lxml.etree
    import lxml.html

# Sure signs of an HTML document near its start (EDGAR wraps inline XBRL in <XBRL> and an XML prolog).
HTML_START = regex.compile(r"<(?:html|body)\b|<!DOCTYPE\s+html", regex.IGNORECASE)
# Typical HTML tags; 1990s SGML-style text exhibits use <PAGE>, <TABLE>, <S>, <C>, <CAPTION> instead.
HTML_TAG = regex.compile(r"<(p|div|br|td|tr|font|span|b|i|u|center)\b[^<>]{0,400}>", regex.IGNORECASE)
SNIFF_CHARS = 8192
MIN_TAG_KINDS = 3

WRAPPER = regex.compile(r"\A\s*(?:<(?:XBRL|XML)>\s*)?(?:<\?xml[^>]{0,400}\?>\s*)?", regex.IGNORECASE)
WRAPPER_END = regex.compile(r"\s*</(?:XBRL|XML)>\s*\Z", regex.IGNORECASE)
WHITESPACE = regex.compile(r"[ \t\r\n\f\v\u00a0]+")
BLANK_RUNS = regex.compile(r"\n{3,}")

# Block elements: a line break before and after; PARAGRAPHS get a blank line.
PARAGRAPHS = frozenset("p h1 h2 h3 h4 h5 h6 table ul ol blockquote pre hr dl address center".split())
BLOCKS = PARAGRAPHS | frozenset("div tr li dt dd section article header footer form caption title".split())
CELLS = frozenset(("td", "th"))
SKIP = frozenset(("script", "style", "head", "noscript", "ix:header", "template"))
CELL_GAP = "  "
# The flat fallback for trees libxml2 will not build (nesting past its depth limit): tags become
# line breaks (block elements) or nothing, so no text is lost at any depth.
FLAT_SKIP = regex.compile(r"<(script|style|head)\b[^>]*+>.*?</\1\s*>", regex.IGNORECASE | regex.DOTALL)
FLAT_TAG = regex.compile(r"<(/?)([A-Za-z][\w:-]*+)[^<>]*+>|<!--.*?-->", regex.DOTALL)


def looks_like_html(text: str) -> bool:
    """True for an HTML document; False for plain text, XML, and SGML-style text exhibits."""
    head = text[:SNIFF_CHARS]
    if HTML_START.search(head):
        return True
    kinds = {m.group(1).lower() for m in HTML_TAG.finditer(head)}
    return len(kinds) >= MIN_TAG_KINDS


def strip_wrappers(html: str) -> str:
    """Drop EDGAR's ``<XBRL>``/``<XML>`` wrapper and an XML prolog (lxml refuses str with one)."""
    html = WRAPPER.sub("", html, count=1)
    return WRAPPER_END.sub("", html, count=1)


def _hidden(el: lxml.etree._Element) -> bool:
    style = el.get("style")
    return bool(style) and "display:none" in style.replace(" ", "").lower()


class _Writer:
    """Collects text pieces, turning requested breaks into at most ``n`` newlines."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending = 0  # newlines owed before the next text
        self.at_line_start = True
        self.cells: list[bool] = []  # per open table cell: has it had text yet?

    def brk(self, n: int) -> None:
        if self.cells:  # inside a cell: no break at its edges, single breaks within it
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
        """``<br>``: a newline owed to the next text (a trailing ``<br>`` in a block adds nothing)."""
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
            s = WHITESPACE.sub(" ", s)
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


def html_to_text(html: str) -> str:
    """Visible text of an HTML document, one paragraph or table row per line."""
    source = strip_wrappers(html)
    if not source.strip():
        return ""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = lxml.html.document_fromstring(source, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse HTML: {exc}") from exc
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # libxml2 stops building the tree past its nesting limit and drops the rest silently
        return _flat_text(source)
    return _tree_text(root)


def _flat_text(source: str) -> str:
    """Text of HTML too deeply nested for a tree: block tags are line breaks, other tags vanish."""
    def tag(m: regex.Match[str]) -> str:
        name = (m.group(2) or "").lower()
        return "\n" if name in BLOCKS or name in CELLS or name == "br" else ""

    text = FLAT_TAG.sub(tag, FLAT_SKIP.sub("", source))
    lines = (WHITESPACE.sub(" ", html_lib.unescape(ln)).strip() for ln in text.split("\n"))
    return BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


def _tree_text(root: lxml.html.HtmlElement) -> str:
    out = _Writer()
    pre_depth = 0
    first_cell: list[bool] = []
    import lxml.etree

    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else None
        if event == "start":
            if tag is None:  # comment or processing instruction: only its tail is text
                continue
            tag = tag.lower()
            if tag in SKIP or _hidden(el):
                walker.skip_subtree()
                continue
            if tag == "br":
                out.line_break()
            elif tag in PARAGRAPHS:
                out.brk(2)
            elif tag in BLOCKS:
                out.brk(1)
            if tag == "tr":
                first_cell.append(True)
            elif tag in CELLS:
                out.open_cell(CELL_GAP if first_cell and not first_cell[-1] else "")
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
                if tag in CELLS:
                    out.close_cell()
                elif tag in PARAGRAPHS and tag not in SKIP:
                    out.brk(2)
                elif tag in BLOCKS:
                    out.brk(1)
            if el.tail and el.getparent() is not None:
                out.text(el.tail, pre=pre_depth > 0)
    text = "".join(out.parts)
    lines = [ln.rstrip() for ln in text.split("\n")]
    return BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"
