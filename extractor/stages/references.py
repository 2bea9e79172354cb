"""Cross-references to provisions ("Section 14.2(a) of this Agreement", "Exhibits A and B").

``grammars.sections.REFERENCE`` finds a keyword and its list of items; each item becomes one
``Reference`` with a normalised label, internal when the text says so ("of this Agreement",
"hereof") or when the label is a section of this document, and the other document's name when it
names one ("of the Distributor Agreement").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import sections as g
from ..grammars.text_index import TextIndex
from ..model.offsets import TextView
from ..model.records import Span


@dataclass(frozen=True)
class Reference(Span):
    label: str
    internal: bool | None = None
    target_document: str | None = None


ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(s: str) -> int | None:
    s = s.lower()
    if not s or any(c not in ROMAN for c in s):
        return None
    total, prev = 0, 0
    for c in reversed(s):
        v = ROMAN[c]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


ITEM_PARTS = regex.compile(
    r"(\d{1,3}(?:\.\d{1,3}){0,3})(?:(?:\.|[ \t\u00a0])?([A-Za-z])(?![A-Za-z0-9])\.?)?(.*)"
)


def reference_label(kw: str, item: str) -> str:
    """Normalise one referenced item: ("Section", "9 b.") -> "9.b"; ("Article", "IV") -> "Article 4"."""
    kw = kw.lower().rstrip("s.") if kw not in ("§", "§§") else "section"
    item = item.strip().rstrip(".")
    if kw.startswith(("article",)):
        r = roman_value(item)
        n = item if item.isdigit() else (str(r) if r else item)
        return f"Article {n}"
    if kw.startswith(("schedule", "exhibit", "append", "annex", "attachment")):
        word = {"appendice": "Appendix", "annexe": "Annex"}.get(kw, kw.capitalize())
        return f"{word} {item}"
    m = ITEM_PARTS.match(item)
    if not m:
        return item
    out = m.group(1)
    if m.group(2):
        out += "." + m.group(2)
    return out + SPACE.sub("", m.group(3))


# cached: 36k items over the corpus are 5.3k distinct (keyword, item) pairs ("Section", "2.1")
_label = functools.lru_cache(maxsize=8192)(reference_label)

SPACE = regex.compile(r"\s")
DOC_ARTICLE = regex.compile(r"(?i)^(?:the|such|that)\s+")
ITEM_SPLIT = regex.compile(r"\s*(?:,|&|\b(?:and|or|through|to)\b)\s*(?:,[ \t\u00a0]*)?")
# every ITEM_SPLIT match holds one of these: a list of items without any is one item (most references)
_SEPARATORS = (",", "&", "and", "or", "through", "to")


def _items(items: str) -> list[str]:
    """``ITEM_SPLIT.split(items)``, without the split where no separator can match."""
    for sep in _SEPARATORS:
        if sep in items:
            return ITEM_SPLIT.split(items)
    return [items]


# (match text, where its items start in it) -> (start, end, label) of each item, relative to the match:
# what an item is and where it stands depends on the match's text alone (the items are looked for inside
# it), and 69k references over the corpus are ~15k distinct texts ("Section 2.1", "Sections 3 and 4").
# Short strings only, and cleared when full: no document text is kept.
_ITEMS: dict[tuple[str, int], tuple[tuple[int, int, str], ...]] = {}
_ITEMS_MAX = 1 << 15


def _match_items(m: regex.Match[str]) -> tuple[tuple[int, int, str], ...]:
    """The (start, end, label) of each item of the reference ``m``, relative to its start."""
    whole = m.group()
    at = m.start()
    key = (whole, m.start("items") - at)
    got = _ITEMS.get(key)
    if got is None:
        kw = m.group("kw")
        pos, end = key[1], m.end("items") - at
        parts = []
        for part in _items(whole[pos:end]):
            if not part:
                continue
            k = whole.find(part, pos, end)
            if k < 0:
                continue
            pos = k + len(part)
            parts.append((k, k + len(part.rstrip(". ")), _label(kw, part)))
        got = tuple(parts)
        if len(_ITEMS) >= _ITEMS_MAX:
            _ITEMS.clear()
        _ITEMS[key] = got
    return got


def find_references(view: TextView, starts: set[int], labels: set[str], text_index: TextIndex) -> list[Reference]:
    """References to provisions in ``view``'s text (indexed by ``text_index``), skipping the heading numbers
    at ``starts``; ``labels`` are the section labels of this document (a reference to one is internal)."""
    text = view.text
    found: list[tuple[str, bool | None, str | None]] = []  # (label, internal, target document)
    where: list[tuple[int, int]] = []  # view span of each
    tail_at = g.REF_TAIL.match
    for m in g.iter_references(text_index):
        at = m.start()
        if at in starts:
            continue  # the number of a heading, not a reference
        tail = tail_at(text, m.end())
        internal: bool | None = None
        target_doc: str | None = None
        if tail is not None and tail.group("doc"):
            doc = " ".join(tail.group("doc").split())
            if doc.lower().startswith("this "):
                internal = True
            else:
                internal = False
                target_doc = DOC_ARTICLE.sub("", doc)
        elif tail is not None and tail.group("here"):
            internal = True
        for s, e, label in _match_items(m):
            found.append((label, internal if internal is not None else (True if label in labels else None), target_doc))
            where.append((at + s, at + e))
    original = view.original
    # the original spans in one batch (cheaper than a view.span call per reference)
    return [
        _reference(s, e, original[s:e], label, inside, doc)
        for (s, e), (label, inside, doc) in zip(view.spans(where), found)
    ]


def _reference(start: int, end: int, text: str, label: str, internal: bool | None, target: str | None) -> Reference:
    """``Reference(...)`` with its fields set at once, as ``sections._section`` (~36k rows per corpus)."""
    row = object.__new__(Reference)
    row.__dict__.update(start=start, end=end, text=text, label=label, internal=internal, target_document=target)
    return row
