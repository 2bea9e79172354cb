"""Read a rendered page back: the text of ``<pre id="doc">`` and what each highlight covers.

Used on our own HTML (unit tests) and on the DOM a real browser serialises (``--dump-dom``).
"""

from __future__ import annotations

from collections import defaultdict
from html.parser import HTMLParser

VOID = {"meta", "link", "br", "img", "input", "hr", "area", "base", "col", "embed", "source", "track", "wbr"}


class PageReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.in_doc = 0  # depth inside <pre id="doc">, 0 outside
        self.doc: list[str] = []
        self.pos = 0
        self.open_hl: list[tuple[str, str, int] | None] = []  # per open element inside doc
        self.covered: dict[str, list[tuple[int, int]]] = defaultdict(list)  # data-hl -> spans
        self.classes: dict[str, set[str]] = defaultdict(set)  # class -> data-hl ids
        self.ids: set[str] = set()
        self.links: list[str] = []  # href of <a class="outline">
        self.tags: dict[str, int] = defaultdict(int)
        self.title = ""
        self._in_title = False
        self.unbalanced = 0
        self._pre_start = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags[tag] += 1
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "a" and "outline" in (a.get("class") or "").split():
            self.links.append(a.get("href") or "")
        if tag == "title":
            self._in_title = True
        if tag in VOID:
            return
        self.stack.append((tag, a))
        if self.in_doc:
            self.in_doc += 1
            hl = a.get("data-hl")
            self.open_hl.append((hl, a.get("class") or "", self.pos) if hl else None)
            if hl:
                for c in (a.get("class") or "").split():
                    if c.startswith("hl-"):
                        self.classes[c].add(hl)
        elif tag == "pre" and a.get("id") == "doc":
            self.in_doc = 1
            self._pre_start = True  # HTML drops one newline right after <pre>
            return
        self._pre_start = False

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.unbalanced += 1
            return
        self.stack.pop()
        if self.in_doc:
            self.in_doc -= 1
            if self.in_doc:
                opened = self.open_hl.pop()
                if opened:
                    self.covered[opened[0]].append((opened[2], self.pos))

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self.in_doc:
            if self._pre_start and data.startswith("\n"):
                data = data[1:]
            self._pre_start = False
            self.doc.append(data)
            self.pos += len(data)

    @property
    def text(self) -> str:
        return "".join(self.doc)


def read_page(page: str) -> PageReader:
    r = PageReader()
    r.feed(page)
    r.close()
    return r


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
