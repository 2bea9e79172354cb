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


def _hidden_style(style: str) -> bool:
    """An element with this (non-empty) style attribute is not shown."""
    return "display:none" in style.replace(" ", "").lower()


# What an element does at its start and at its end, by lower-cased tag (bit flags, one dict look-up
# an event instead of a lower() and up to five set tests).
_SKIP, _BR, _PARA, _BLOCK, _TR, _CELL, _PRE = 1, 2, 4, 8, 16, 32, 64


def _tag_flags(tag: str) -> int:
    t = tag.lower()
    return ((_SKIP if t in SKIP else 0) | (_BR if t == "br" else 0) | (_PARA if t in PARAGRAPHS else 0)
            | (_BLOCK if t in BLOCKS else 0) | (_TR if t == "tr" else 0) | (_CELL if t in CELLS else 0)
            | (_PRE if t == "pre" else 0))


def html_to_text(html: str) -> str:
    """Visible text of an HTML document, one paragraph or table row per line."""
    source = strip_wrappers(html)
    if not source or source.isspace():  # ``not source.strip()`` without a copy
        return ""
    import lxml.etree

    # lxml.etree's parser, not lxml.html's: the tree is the same, but lxml.html looks up a Python
    # element class for every element the walk touches (as lxml.html.document_fromstring does,
    # an empty document is an error)
    parser = lxml.etree.HTMLParser(huge_tree=True)
    try:
        root = lxml.etree.fromstring(source, parser)
        if root is None:
            raise lxml.etree.ParserError("Document is empty")
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


WHITESPACE_CHARS = " \t\r\n\f\v\u00a0"  # what WHITESPACE matches
SPACES = regex.compile(r"  ++")
SEPARATOR = "\x00"  # joins the texts collapsed at once: no text of a parsed tree holds one (checked)


def collapse_whitespace(text: str) -> str:
    """``WHITESPACE.sub(" ", text)``: each other white space character made a space by ``str.replace``
    (a C pass each), then the runs of two spaces or more made one. The pattern would replace every
    single space between two words by a space, a match and a copied piece each: 3-4x the time."""
    for c in WHITESPACE_CHARS[1:]:
        if c in text:
            text = text.replace(c, " ")
    return SPACES.sub(" ", text) if "  " in text else text


def _collapse_all(texts: list[str]) -> list[str]:
    """``collapse_whitespace`` of each text: all joined by a character that is no white space (a run
    never crosses it), collapsed at once and split again, not one call per text."""
    joined = SEPARATOR.join(texts)
    if joined.count(SEPARATOR) != len(texts) - 1:  # a text holds the separator: one by one
        return list(map(collapse_whitespace, texts))
    return collapse_whitespace(joined).split(SEPARATOR)


def _tree_text(root: lxml.etree._Element) -> str:
    """One walk of the tree; the writer's state (the text pieces, the line breaks owed to the next
    text, the open table cells) lives in local variables (this runs once per element and text).

    A text outside ``<pre>`` is written as it stands and its white space collapsed at the end, all
    texts at once: what the writer decides from a collapsed text it can tell from the text itself
    (it collapses to one space exactly when it is all WHITESPACE_CHARS; at a line start its
    collapse without the leading space is the collapse of the text without its leading white space)."""
    import lxml.etree

    parts: list[str] = []
    loose: list[int] = []  # the indices in ``parts`` of texts still to collapse
    pending = 0  # newlines owed before the next text
    at_line_start = True
    cells: list[bool] = []  # per open table cell: has it had text yet?
    pre_depth = 0
    first_cell: list[bool] = []
    flags_of: dict[str, int] = {}
    hidden_style: dict[str, bool] = {}  # a document's elements share a few styles: each is judged once

    def emit(s: str, pre: bool) -> None:
        nonlocal pending, at_line_start
        if not pre and not s.strip(WHITESPACE_CHARS):  # it collapses to one space
            if at_line_start or pending:
                return
            parts.append(" ")
            at_line_start = False
            return
        if pending:
            if parts:
                parts.append("\n" * pending)
                at_line_start = True
            pending = 0
        if pre:
            parts.append(s)
            at_line_start = s.endswith("\n")
        else:
            if at_line_start:
                s = s.lstrip(WHITESPACE_CHARS)
            loose.append(len(parts))
            parts.append(s)
            at_line_start = False  # a collapsed text never ends with a line break
        if cells and not s.isspace():
            cells[-1] = True

    def brk(n: int) -> None:
        nonlocal pending
        if cells:  # inside a cell: no break at its edges, single breaks within it
            if not cells[-1]:
                return
            n = min(n, 1)
        if n > pending:
            pending = n

    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if tag.__class__ is str:
            flags = flags_of.get(tag)
            if flags is None:
                flags = flags_of[tag] = _tag_flags(tag)
        else:
            flags = -1  # a comment or processing instruction: only its tail is text
        if event == "start":
            if flags < 0:
                continue
            style = el.get("style")
            hidden = False
            if style:
                known = hidden_style.get(style)
                hidden = known if known is not None else hidden_style.setdefault(style, _hidden_style(style))
            if flags & _SKIP or hidden:
                walker.skip_subtree()
                continue
            if flags & _BR:  # a newline owed to the next text (a trailing <br> in a block adds nothing)
                if not cells or cells[-1]:
                    pending += 1
            elif flags & _PARA:
                brk(2)
            elif flags & _BLOCK:
                brk(1)
            if flags & _TR:
                first_cell.append(True)
            elif flags & _CELL:
                if first_cell and not first_cell[-1]:
                    pending = 0
                    emit(CELL_GAP, True)
                cells.append(False)
                if first_cell:
                    first_cell[-1] = False
            if flags & _PRE:
                pre_depth += 1
            if el.text:
                emit(el.text, pre_depth > 0)
        else:
            if flags >= 0:
                if flags & _PRE:
                    pre_depth = max(0, pre_depth - 1)
                if flags & _TR and first_cell:
                    first_cell.pop()
                if flags & _CELL:
                    if cells:
                        cells.pop()
                        pending = 0
                elif flags & _PARA and not flags & _SKIP:
                    brk(2)
                elif flags & _BLOCK:
                    brk(1)
            if el.tail and el is not root:  # the root's tail is no text of the document
                emit(el.tail, pre_depth > 0)
    if loose:
        for i, t in zip(loose, _collapse_all([parts[i] for i in loose])):
            parts[i] = t
    text = "".join(parts)
    return BLANK_RUNS.sub("\n\n", "\n".join(map(str.rstrip, text.split("\n")))).strip("\n") + "\n"
