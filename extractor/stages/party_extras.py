"""Party readers for list forms the main reader (``parties._preamble_parties``) does not meet on its own:
the detail lines printed under each listed party, a grant's "by X ..., to Y" preamble, and a one-word
listed name that a signature block writes in full. Each reads the layout's view text and returns view
spans or rows of ``parties.Party``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING, cast

from ..grammars import parties as g
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.ascii_lowered import bytes_word
from ..grammars.text_index import TextIndex
from .header import Header
from .layout import Layout
from .party_mentions import form_end
from .party_names import signature_party_name
from .signatures import SignatureResult

if TYPE_CHECKING:
    from .parties import Party

DETAIL_LINE_START = regex.compile(r"(?m)^[ \t\xa0]*+(?=[A-Za-z])")


def detail_lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The detail lines a list prints under a party ("Address    :   Suite 2512, ...", "Tel. : ..."), each
    from its label to its line's end: no party's piece holds them."""
    out: list[tuple[int, int]] = []
    for m in DETAIL_LINE_START.finditer(text, a, b):
        if g.DETAIL_LABEL.match(text, m.end(), b):
            nl = text.find("\n", m.end(), b)
            out.append((m.start(), b if nl < 0 else nl))
    return out


def _written_twice(doc: TextIndex, words: list[str]) -> bool:
    r"""Does the text write ``words`` twice, case-insensitive and apart by any whitespace: two matches of
    ``(?i)`` and the words joined by ``\s+``? By ``bytes.find`` in ``ascii_lowered`` where that is exact
    (ASCII words; no U+0131, which (?i) takes for "I"; the copy is None for U+017F and U+0130, and holds
    the Kelvin sign as "k"), so no pattern is compiled per name; else by that pattern."""
    text, low = doc.text, doc.ascii_lowered
    keys = [bytes_word(w.lower()) for w in words]
    if low is None or "\u0131" in text or not words or None in keys:
        written = regex.compile(r"(?i)" + r"\s+".join(regex.escape(w) for w in words))
        return len(list(islice(written.finditer(text), 2))) == 2
    found, first = 0, cast(list[bytes], keys)
    i = low.find(first[0])
    while i >= 0:
        e = form_end(text, low, first, i)
        if e is None:
            i = low.find(first[0], i + 1)
            continue
        found += 1
        if found == 2:
            return True
        i = low.find(first[0], e)  # as finditer: the next match starts after this one
    return False


def completed_short_names(text: str, parties: list[Party], signatures: SignatureResult,
                          doc: TextIndex | None = None) -> list[Party]:
    """A listed party named by one bare word ("between you and Apple") that a signature block names in full
    ("APPLE COMPUTER, INC."), the document writing that full name elsewhere too (not two columns' names run
    together, "PHILIPS MEDICAL SYSTEMS PROFOUND MEDICAL INC."): the full name, its entity type with it.
    ``doc``: ``text``'s index, when at hand."""
    if not any(len(p.name.split()) == 1 for p in parties):
        return parties
    full: list[str] = []
    for sig in signatures.signatures:
        found = signature_party_name(" ".join(sig.party.split())) if sig.party else None
        if found is None or len(found[0].split()) < 2 or not g.suffix_type(found[0]):
            continue
        if _written_twice(TextIndex(text) if doc is None else doc, found[0].split()):
            full.append(found[0])
    out: list[Party] = []
    for p in parties:
        words = p.name.split()
        if len(words) == 1 and p.alias is None and p.source == "preamble" and not g.suffix_type(p.name):
            word = words[0].casefold()
            name = next((f for f in full if f.split()[0].strip(",").casefold() == word), None)
            if name is not None:
                p = replace(p, name=name, entity_type=p.entity_type or g.suffix_type(name))
        out.append(p)
    return out


GRANT_HEAD_CHARS = 3000
GRANT_PIECE_CHARS = 400


def grant_parties(layout: Layout, header: Header, read_list: Callable[[Layout, Header], list[Party]]) -> list[Party]:
    """No party list: a grant's preamble, "the grant ... by X (the "Company"), to Y ("Grantee")", the grantor
    and the grantee, each piece read by ``read_list`` as a party list of its own (the grantee's up to its alias)."""
    text = layout.view.text
    m = g.GRANT_BY.search(text, 0, min(len(text), GRANT_HEAD_CHARS))
    if m is None:
        return []
    to = g.GRANT_TO.search(text, m.end(), min(len(text), m.end() + GRANT_PIECE_CHARS))
    if to is None:
        return []
    alias = g.ALIAS_PAREN.search(text, to.end(), min(len(text), to.end() + GRANT_PIECE_CHARS))
    if alias is None:
        return []
    grantor = read_list(layout, replace(header, list_start_view=m.end(), preamble_end_view=to.start() + 1))
    grantee = read_list(layout, replace(header, list_start_view=to.end(), preamble_end_view=alias.end()))
    return grantor[:1] + grantee[:1] if grantor and grantee else []
