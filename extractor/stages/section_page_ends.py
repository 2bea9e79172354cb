"""Numbers alone on the last line of a page: page numbers the layout kept, not sections.

A page's number printed as "2." or "4 \u2502 Page" just before CUAD's "Source:" footer, a <PAGE> marker or
a form feed reads like a top-level provision; the other extraction of the same filing does not have it.
"""

from __future__ import annotations

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..model.offsets import TextView
from .layout import Layout
from .section_candidates import Cand

# what may share a page number's line: "4 │ Page", "2."
PAGE_NUMBER_REST = regex.compile(r"[ \t\u00a0\u2502|]*+(?i:page)?[ \t\u00a0]*+")
PAGE_END_FURNITURE = frozenset({"source_footer", "page_marker", "form_feed", "page_number"})


def off_page_ends(cands: list[Cand], view: TextView, layout: Layout) -> list[Cand]:
    """The candidates less the numbers alone on the last line of a page ("2." or "4 │ Page" just
    before CUAD's "Source:" footer, a <PAGE> marker or a form feed): page numbers the layout kept,
    which the other extraction of the same filing does not have. ``view`` is what ``cands`` were read from."""
    text = view.text
    alone = [c for c in cands
             if c.readings[0].style == "decimal" and PAGE_NUMBER_REST.fullmatch(text, c.tok_end, c.line_end)]
    if not alone:
        return cands
    ends = {f.start for f in layout.furniture if f.kind in PAGE_END_FURNITURE}
    original = layout.original
    drop = set()
    for c in alone:
        k = view.to_original(c.line_end, end=True)
        while k < len(original) and original[k] in " \t\r\n\u00a0":
            k += 1
        if k in ends and _page_numbered(c, layout, k):
            drop.add(c.start)
    return [c for c in cands if c.start not in drop] if drop else cands


def _page_numbered(c: Cand, layout: Layout, pos: int) -> bool:
    """Is ``c``'s value the number of the page that ends at original ``pos`` (give or take one: the first
    page may go unnumbered)?"""
    page = layout.page_at(pos - 1)
    values = c.readings[0].values
    return page is not None and len(values) == 1 and abs(page - values[0]) <= 1
