"""Real rows for the rendering tests, for tables that the extraction stages leave empty.

The renderer must highlight every row of every table. While a stage is not there yet, its
table is empty; these helpers build rows for it from the real document text with simple,
bounded regexes (and names copied from the document), through ``extractor.model.schema.frame``.
A table the pipeline already fills is left as it is, so the counts the tests compare stay
right once the stages land.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from typing import NamedTuple

import regex

from extractor import Exhibit
from extractor.model import schema

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DATE_RX = regex.compile(
    r"\b(?P<m>" + "|".join(MONTHS) + r")\s{1,5}(?P<d>\d{1,2}),\s{1,5}(?P<y>(?:19|20)\d\d)\b")
REDACTION_RX = regex.compile(r"\[\s{0,3}(?:(?P<td>TEXT\s{1,20}DELETED)|\*(?:\s{0,3}\*){0,9})\s{0,3}\]")
SIGNATURE_RX = regex.compile(
    r"By:[^\n]{0,80}(?:\n[^\n]{0,80}){0,8}?\n?[^\n]{0,80}?Title:[ \t]*\S+(?:[ \t]\S+){0,8}")
AMEND_RX = regex.compile(
    r'deleting\s{1,10}(?:the\s{1,10}words\s{1,10}"(?P<old>[^"]{1,300})"|the\s{1,10}first\s{1,10}two\s{1,10}'
    r'sentences)[^"]{0,200}?substituting\s{1,10}the\s{1,10}words\s{1,10}"(?P<new>[^"]{1,1500})"')


class Findings(NamedTuple):
    """What to look for in one real document (names as the document writes them)."""

    parties: tuple[tuple[str, str], ...]  # (name, alias)
    sections: tuple[tuple[str, int], ...]  # (regex with groups number and heading, level)


def _page_of(ex: Exhibit, pos: int) -> int | None:
    starts = [int(s) for s in ex.pages["start"]]
    i = bisect_right(starts, pos) - 1
    return int(ex.pages["page"].iloc[i]) if i >= 0 else None


def _row(text: str, a: int, b: int, **kw) -> dict:
    return {"start": a, "end": b, "text": text[a:b], **kw}


def redaction_rows(ex: Exhibit) -> list[dict]:
    t = ex.original
    return [_row(t, *m.span(), kind="text_deleted" if m.group("td") else "asterisks",
                 page=_page_of(ex, m.start())) for m in REDACTION_RX.finditer(t)]


def date_rows(ex: Exhibit) -> list[dict]:
    t = ex.original
    rows = []
    for i, m in enumerate(DATE_RX.finditer(t)):
        value = f"{m['y']}-{MONTHS.index(m['m']) + 1:02d}-{int(m['d']):02d}"
        rows.append(_row(t, *m.span(), value=value, precision="day", role="agreement" if i == 0 else "other",
                         blank_day=False))
    return rows


def party_rows(ex: Exhibit, parties: tuple[tuple[str, str], ...]) -> list[dict]:
    t = ex.original
    rows = []
    for name, alias in parties:
        m = regex.search(r"\s{1,10}".join(regex.escape(w) for w in name.split()), t)
        assert m, f"party name not in the document: {name}"
        end = m.end()
        q = regex.compile(r'[^"]{0,200}?"' + regex.escape(alias) + r'"\)').match(t, end)
        if q:
            end = q.end()
        rows.append(_row(t, m.start(), end, name=name, alias=alias, source="preamble"))
    return rows


def signature_rows(ex: Exhibit) -> list[dict]:
    t = ex.original
    return [_row(t, *m.span(), block=0, kind="party", signed="/s/" in m.group().lower(),
                 page=_page_of(ex, m.start())) for m in SIGNATURE_RX.finditer(t)]


def section_rows(ex: Exhibit, patterns: tuple[tuple[str, int], ...]) -> list[dict]:
    t = ex.original
    found = []
    for rx, level in patterns:
        for m in regex.finditer(rx, t, flags=regex.MULTILINE):
            h = "heading" if m.group("heading") else "number"
            found.append((m.start(), m.group("number"), m.group("heading"), level, *m.span(h)))
    found.sort()
    rows = []
    for i, (s, number, heading, level, hs, he) in enumerate(found):
        e = found[i + 1][0] if i + 1 < len(found) else len(t)
        rows.append(_row(t, s, e, number=number, label=number.rstrip("."), heading=heading, level=level,
                         heading_start=hs, heading_end=he, duplicate=False))
    return rows


def amendment_rows(ex: Exhibit) -> list[dict]:
    t = ex.original
    rows = []
    for m in AMEND_RX.finditer(t):
        old = m.span("old") if m.group("old") is not None else (None, None)
        new = m.span("new")
        rows.append(_row(t, *m.span(), action="substitute", old_text=m.group("old"), old_start=old[0],
                         old_end=old[1], new_text=m.group("new"), new_start=new[0], new_end=new[1]))
    return rows


def fill(ex: Exhibit, findings: Findings) -> Exhibit:
    """The Exhibit with each empty table (of those above) filled from its real text."""
    builders = {
        "redactions": lambda: redaction_rows(ex),
        "dates": lambda: date_rows(ex),
        "parties": lambda: party_rows(ex, findings.parties),
        "signatures": lambda: signature_rows(ex),
        "sections": lambda: section_rows(ex, findings.sections),
        "amendments": lambda: amendment_rows(ex),
    }
    frames = dict(ex.frames)
    for name, build in builders.items():
        if not len(frames[name]):
            frames[name] = schema.frame(name, build())
    return dataclasses.replace(ex, frames=frames)


QWEST = Findings(
    parties=(("Qwest Communications Corporation", "QWEST"),
             ("Qwest Communications International Inc.", "QCI"), ("KMC Telecom V Inc.", "KMC")),
    sections=((r"^[ \t]+(?P<number>\d+\.)[ \t]+(?P<heading>[A-Z][A-Z ]{2,60}?)\.", 1),
              (r"^[ \t]+(?P<number>\([a-z]\))(?P<heading>)", 2)),
)
KING = Findings(
    parties=(("Depomed, Inc.", "Depomed"), ("King Pharmaceuticals, Inc.", "King")),
    sections=((r"^(?P<number>ARTICLE [IVXL]{1,6})[ \t]*\n[ \t]*\n(?P<heading>[A-Z][A-Z ,;&-]{2,80})$", 1),
              (r"^(?P<number>Section \d{1,2}\.\d{1,2})[ \t](?P<heading>)", 2)),
)
KING_DOC = "cuad/KINGPHARMACEUTICALSINC_08_09_2006-EX-10.1-PROMOTION AGREEMENT.txt"
QWEST_DOC = "edgar-raw/qwest-kmc-mgs-amendment-1.txt"
