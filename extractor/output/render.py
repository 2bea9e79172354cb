"""Pictures of a result: the notebook card and the annotated, self-contained HTML view.

Pure functions from an Exhibit (or a corpus result's tables) to HTML strings; nothing here
reads or writes files. Every piece of document text goes through ``html.escape``, and the
page carries a Content-Security-Policy that allows no script and no network at all, so a
filing that contains ``<script>`` shows as text.

The annotated view keeps the original text verbatim: the text content of ``<pre id="doc">``
equals ``exhibit.original`` (the newline right after ``<pre>``, which HTML drops, is ours; a
carriage return is written ``&#13;`` so the parser keeps it); labels are drawn by CSS from
``data-label`` attributes, never inserted as text. Each highlight is one table row: its
elements carry ``data-hl="<table>:<row>"`` (a highlight that crosses another one is split
into several elements sharing that id).

| class          | rows of                      | shown as                                  |
|----------------|------------------------------|-------------------------------------------|
| hl-redaction   | redactions                   | a black bar, its kind on hover            |
| hl-party       | parties                      | one colour per party (``p0``..``p7``)     |
| hl-mention     | ``party_mentions(ex)``       | the colour of the party mentioned         |
| hl-date        | dates                        | underlined, labelled with its role        |
| hl-section     | sections (the heading line)  | bold, an anchor the side outline links to |
| hl-amendment   | amendments                   | outlined, labelled action and target      |
| hl-old/hl-new  | amendments' old_/new_ spans  | struck through / inserted (green)         |
| hl-signature   | signatures                   | a box                                     |
| hl-furniture   | furniture                    | greyed                                    |
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..model import schema

N_COLOURS = 8
_MAX_TERM = 200  # longest party name or alias searched for mentions
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


# -- helpers ---------------------------------------------------------------------------------------
def _val(v: Any) -> Any:
    """A cell as a plain Python value, None for missing."""
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    return v.item() if hasattr(v, "item") else v


def _esc(v: Any) -> str:
    v = _val(v)
    return "" if v is None else html.escape(str(v), quote=True)


def _rows(df: pd.DataFrame | None) -> list[dict[str, Any]]:
    if df is None or not len(df):
        return []
    return [{str(k): _val(v) for k, v in r.items()} for r in df.to_dict(orient="records")]


def _table(ex: Any, name: str) -> pd.DataFrame:
    frames = getattr(ex, "frames", {})
    return frames[name] if name in frames else schema.frame(name)


# -- party mentions --------------------------------------------------------------------------------
def _term_pattern(term: str) -> str:
    """A literal name whose spaces may be any run of whitespace (names break across lines)."""
    words = [regex.escape(w) for w in term.split()]
    return r"\s{1,20}".join(words)


def party_mentions(ex: Any) -> pd.DataFrame:
    """Later mentions of each party: its name or alias (as written, in capitals or in title case;
    whole words; longest first; any whitespace between words) found in the original text
    outside the parties table's own spans.

    Columns: start, end, text, party (row index in ``parties``), name."""
    parties = _rows(_table(ex, "parties"))
    terms: dict[str, int] = {}  # each name and alias as written, in capitals and in title case
    for n, p in enumerate(parties):
        for t in (p.get("name"), p.get("alias")):
            t = " ".join((t or "").split())
            if t and len(t) <= _MAX_TERM:
                for v in (t, t.upper(), t.title()):
                    terms.setdefault(v, n)
    out: dict[str, list[Any]] = {"start": [], "end": [], "text": [], "party": [], "name": []}
    if terms:
        ordered = sorted(terms, key=lambda w: (-len(w), w))
        rx = regex.compile(r"(?<!\w)(?:" + "|".join(_term_pattern(t) for t in ordered) + r")(?!\w)")
        own = sorted((p["start"], p["end"]) for p in parties if p.get("start") is not None)
        text = ex.original
        for m in rx.finditer(text):
            a, b = m.span()
            if any(s < b and a < e for s, e in own):
                continue
            key = " ".join(m.group().split())
            i = terms.get(key)
            if i is None:
                continue
            out["start"].append(a)
            out["end"].append(b)
            out["text"].append(text[a:b])
            out["party"].append(i)
            out["name"].append(parties[i].get("name"))
    return pd.DataFrame({
        "start": pd.array(out["start"], dtype="Int64"), "end": pd.array(out["end"], dtype="Int64"),
        "text": pd.array(out["text"], dtype="string"), "party": pd.array(out["party"], dtype="Int64"),
        "name": pd.array(out["name"], dtype="string"),
    })


def party_colours(ex: Any) -> list[int]:
    """A colour index per parties row: rows naming the same party (same name, or same alias)
    share one colour, so a party found in the preamble and in a signature block looks the same."""
    seen: dict[str, int] = {}
    out = []
    for r in _rows(_table(ex, "parties")):
        keys = [" ".join(str(k).split()).casefold() for k in (r.get("name"), r.get("alias")) if k]
        colour = next((seen[k] for k in keys if k in seen), len(set(seen.values())))
        for k in keys:
            seen.setdefault(k, colour)
        out.append(colour % N_COLOURS)
    return out


# -- marks and their nesting -----------------------------------------------------------------------
@dataclass
class Mark:
    """One highlight: original[start:end] wrapped in ``tag`` with a class and attributes."""

    start: int
    end: int
    cls: str
    hl: str  # "<table>:<row>", shared by all fragments of this mark
    attrs: dict[str, str] = field(default_factory=dict)
    tag: str = "span"
    rank: int = 5  # at equal spans, lower rank is outer
    anchor: str | None = None  # an id, on the first fragment only

    def open(self, first: bool) -> str:
        parts = [f'<{self.tag} class="{self.cls}{"" if first else " cont"}" data-hl="{self.hl}"']
        if first and self.anchor:
            parts.append(f' id="{self.anchor}"')
        for k, v in self.attrs.items():
            parts.append(f' {k}="{html.escape(v, quote=True)}"')
        return "".join(parts) + ">"

    def close(self) -> str:
        return f"</{self.tag}>"


def _span(r: Mapping[str, Any], n: int, a: str = "start", b: str = "end") -> tuple[int, int] | None:
    s, e = r.get(a), r.get(b)
    if s is None or e is None:
        return None
    s, e = max(0, min(int(s), n)), max(0, min(int(e), n))
    return (s, e) if e >= s else None


def _text(s: str) -> str:
    """Escaped document text; a carriage return as a character reference, which the HTML parser
    keeps (a literal CR or CRLF would be normalised to LF)."""
    return html.escape(s, quote=False).replace("\r", "&#13;")


def weave(text: str, marks: Iterable[Mark]) -> str:
    """The escaped text with every mark opened and closed as properly nested elements.

    A mark that ends inside another one's span closes the inner ones and reopens them as
    continued fragments (``cont``), so the HTML is always well formed."""
    marks = sorted(marks, key=lambda m: (m.start, -m.end, m.rank))
    opening: dict[int, list[Mark]] = {}
    points = {0, len(text)}
    for m in marks:
        opening.setdefault(m.start, []).append(m)
        points.update((m.start, m.end))
    out: list[str] = []
    stack: list[Mark] = []
    pos = 0
    for p in sorted(points):
        out.append(_text(text[pos:p]))
        pos = p
        reopen: list[Mark] = []
        if any(m.end <= p for m in stack):
            while any(m.end <= p for m in stack):
                m = stack.pop()
                out.append(m.close())
                if m.end > p:
                    reopen.append(m)
        new = opening.get(p, [])
        for m, first in sorted([(m, False) for m in reopen] + [(m, True) for m in new],
                               key=lambda x: (-x[0].end, x[0].rank)):
            out.append(m.open(first))
            if m.end == p:  # an empty span: open and close at once
                out.append(m.close())
            else:
                stack.append(m)
    while stack:
        out.append(stack.pop().close())
    return "".join(out)


def marks_of(ex: Any) -> list[Mark]:
    """Every highlight of an Exhibit's tables, as marks over its original text."""
    n = len(ex.original)
    marks: list[Mark] = []

    for i, r in enumerate(_rows(_table(ex, "furniture"))):
        if sp := _span(r, n):
            marks.append(Mark(*sp, "hl-furniture", f"furniture:{i}", {"title": r.get("kind") or ""}, rank=0))
    for i, r in enumerate(_rows(_table(ex, "signatures"))):
        if sp := _span(r, n):
            who = " / ".join(str(x) for x in (r.get("party"), r.get("signer"), r.get("title")) if x)
            signed = {True: "signed", False: "unsigned", None: ""}.get(r.get("signed"), "")
            marks.append(Mark(*sp, "hl-signature", f"signatures:{i}",
                              {"title": f"{r.get('kind') or 'signature'} {signed}: {who}".strip(),
                               "data-label": f"signature {signed}".strip()}, rank=1))
    for i, r in enumerate(_rows(_table(ex, "amendments"))):
        label = " ".join(str(x) for x in (action_label(r.get("action")), r.get("target")) if x)
        if sp := _span(r, n):
            marks.append(Mark(*sp, "hl-amendment", f"amendments:{i}",
                              {"title": label, "data-label": label}, rank=2))
        if sp := _span(r, n, "old_start", "old_end"):
            new = r.get("new_text")
            marks.append(Mark(*sp, "hl-old", f"amendments:{i}:old",
                              {"title": f"old text; new: {new}" if new else "old text"}, tag="del", rank=3))
        if sp := _span(r, n, "new_start", "new_end"):
            marks.append(Mark(*sp, "hl-new", f"amendments:{i}:new", {"title": "new text"}, tag="ins", rank=3))
    for i, r in enumerate(_rows(_table(ex, "sections"))):
        sp = _span(r, n, "heading_start", "heading_end") or _section_heading(ex.original, r, n)
        if sp:
            marks.append(Mark(*sp, "hl-section", f"sections:{i}",
                              {"title": " ".join(str(x) for x in (r.get("label"), r.get("heading")) if x)},
                              rank=4, anchor=f"sec-{i}"))
    colours = party_colours(ex)
    for i, r in enumerate(_rows(_table(ex, "parties"))):
        if sp := _span(r, n):
            marks.append(Mark(*sp, f"hl-party p{colours[i]}", f"parties:{i}",
                              {"title": _party_title(r)}, rank=5))
    for i, r in enumerate(_rows(party_mentions(ex))):
        marks.append(Mark(r["start"], r["end"], f"hl-mention p{colours[r['party']]}", f"mentions:{i}",
                          {"title": f"mention of {r['name']}"}, rank=6))
    for i, r in enumerate(_rows(_table(ex, "dates"))):
        if sp := _span(r, n):
            role = r.get("role") or "date"
            title = f"{role}: {r.get('value') or 'no value'}"
            marks.append(Mark(*sp, "hl-date", f"dates:{i}", {"title": title, "data-label": role}, rank=6))
    for i, r in enumerate(_rows(_table(ex, "redactions"))):
        if sp := _span(r, n):
            kind = r.get("kind") or "redaction"
            marks.append(Mark(*sp, "hl-redaction", f"redactions:{i}",
                              {"title": kind, "data-kind": kind}, rank=7))
    return marks


HEADING_CHARS = 120  # longest first line shown bold for a section without heading offsets


def _section_heading(original: str, r: Mapping[str, Any], n: int) -> tuple[int, int] | None:
    """Without heading offsets: the section's first line, at most ``HEADING_CHARS`` and then
    ended at a word boundary (text that lost its line breaks must not be cut mid-word)."""
    sp = _span(r, n)
    if not sp:
        return None
    s, e = sp
    nl = original.find("\n", s, e)
    if nl > s and nl - s <= HEADING_CHARS:
        return (s, nl)
    end = min(e, s + HEADING_CHARS)
    if end < e and not original[end].isspace():
        # back to the last white space of any kind (PDF extractions separate words with NBSPs)
        cut = next((k for k in range(end - 1, s, -1) if original[k].isspace()), end)
        end = cut
    return (s, end)


# What each amendment action does, in words (the view's labels; the table keeps the codes).
ACTION_LABELS = {
    "restate": "restated", "substitute": "replaced", "insert": "inserted", "add_definition": "definition added",
    "delete": "deleted", "replace_all": "replaced throughout",
}


def action_label(action: str | None) -> str | None:
    return ACTION_LABELS.get(action, action.replace("_", " ")) if action else None


def _party_title(r: Mapping[str, Any]) -> str:
    bits = [r.get("name") or r.get("text") or ""]
    if r.get("alias"):
        bits.append(f'("{r["alias"]}")')
    extra = ", ".join(str(x) for x in (r.get("jurisdiction"), r.get("entity_type"), r.get("role")) if x)
    return " ".join(bits) + (f" — {extra}" if extra else "")


def display_title(meta: Mapping[str, Any]) -> str:
    """The title, else the file name, else the source's last path part."""
    if meta.get("title"):
        return str(meta["title"])
    src = meta.get("filename") or meta.get("source") or "(untitled)"
    return str(src).replace("\\", "/").rsplit("/", 1)[-1]


# -- the annotated page ----------------------------------------------------------------------------
# Party colours: saturated enough to stand apart from each other and from every highlight's
# background (new text #d3f9d8, old text #ffe3e3, dates #fff3e0, headings #e8eefc, amendments
# #fffbea, furniture #eeeeee): tests/test_render.py checks the distances.
PALETTE = ["#ffc078", "#74c0fc", "#da77f2", "#ff6b6b", "#38d9a9", "#ffd43b", "#c0a080", "#f783ac"]
BACKGROUNDS = {"new text": "#d3f9d8", "old text": "#ffe3e3", "date": "#fff3e0", "section heading": "#e8eefc",
               "amendment": "#fffbea", "furniture": "#eeeeee", "page": "#ffffff"}

PAGE_CSS = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;background:#fafafa}
header{padding:10px 18px;background:#20324a;color:#fff}
header h1{margin:0;font-size:18px}
header .meta{font-size:12px;opacity:.85}
.wrap{display:flex;align-items:flex-start}
nav{position:sticky;top:0;width:300px;max-height:100vh;overflow:auto;padding:10px 14px;
  border-right:1px solid #ddd;background:#fff;font-size:13px;flex:none}
nav h2{font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:#666;margin:14px 0 4px}
nav ol{list-style:none;margin:0;padding:0}
nav li a{display:block;padding:1px 4px;color:#20324a;text-decoration:none;border-radius:3px;
  white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
nav li a:hover{background:#eef}
nav .counts td{padding:0 6px 0 0}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;vertical-align:-1px;margin-right:4px}
nav .key li{padding:1px 0}
nav .key .sample{display:inline-block;min-width:64px;padding:0 3px;margin-right:4px;font:12px ui-monospace,monospace}
main{flex:1;min-width:0;padding:10px 24px}
pre#doc{white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;
  background:#fff;border:1px solid #ddd;padding:14px;margin:0}
[data-label]:not(.cont)::before{content:attr(data-label);font:10px/1 system-ui,sans-serif;color:#fff;
  background:#555;border-radius:3px;padding:1px 3px;margin-right:2px;vertical-align:2px}
.hl-furniture,.hl-furniture *{color:#8a8a8a!important;background:#eeeeee!important;font-weight:normal!important;
  outline:none!important;border-color:transparent!important}
.hl-furniture [data-label]::before{content:none}
.hl-redaction{background:#111;color:#111;border-radius:2px;position:relative;cursor:help}
.hl-redaction:hover::after{content:attr(data-kind);position:absolute;left:0;top:-1.6em;white-space:nowrap;
  background:#c00;color:#fff;font:11px/1.4 system-ui,sans-serif;padding:0 4px;border-radius:3px}
.hl-party{border-radius:3px;font-weight:bold;padding:0 1px}
.hl-mention{border-radius:3px;padding:0 1px}
.hl-date{border-bottom:2px solid #e07b00;background:#fff3e0}
.hl-date::before{background:#e07b00!important}
.hl-section{font-weight:bold;background:#e8eefc;scroll-margin-top:12px}
.hl-section:target{outline:2px solid #3a6fd8}
.hl-amendment{background:#fffbea;outline:1px dashed #b08900}
.hl-amendment::before{background:#b08900!important}
del.hl-old{text-decoration:line-through 2px #c00;background:#ffe3e3}
ins.hl-new{text-decoration:none;background:#d3f9d8;border-bottom:2px solid #2b8a3e}
.hl-signature{display:inline-block;border:2px solid #20324a;border-radius:4px;padding:2px 6px;margin:2px 0}
.hl-signature::before{background:#20324a!important}
"""


def _colour_css() -> str:
    return "\n".join(f".p{i}{{background:{c}}}" for i, c in enumerate(PALETTE))


def _outline(ex: Any) -> str:
    items = []
    for i, r in enumerate(_rows(_table(ex, "sections"))):
        level = r.get("level") or 1
        label = " ".join(str(x) for x in (r.get("number") or r.get("label"), r.get("heading")) if x)
        label = label or (r.get("text") or "")[:60]
        items.append(f'<li style="padding-left:{(max(int(level), 1) - 1) * 12}px">'
                     f'<a class="outline" href="#sec-{i}" title="{_esc(label)}">{_esc(label)}</a></li>')
    return "<ol>" + "".join(items) + "</ol>" if items else "<p>No sections found.</p>"


def _party_legend(ex: Any) -> str:
    mentions = party_mentions(ex)
    counts = mentions["party"].value_counts().to_dict() if len(mentions) else {}
    items = []
    colours = party_colours(ex)
    for i, r in enumerate(_rows(_table(ex, "parties"))):
        items.append(f'<li><span class="swatch p{colours[i]}"></span>{_esc(_party_title(r))} '
                     f'<small>({counts.get(i, 0)} mentions)</small></li>')
    return "<ol>" + "".join(items) + "</ol>" if items else "<p>No parties found.</p>"


KEY = [  # (class, tag, what it shows): the sample of each is drawn with the page's own CSS
    ("hl-party p0", "span", "a party, in its colour (the list above)"),
    ("hl-mention p0", "span", "a later mention of that party"),
    ("hl-date", "span", "a date"),
    ("hl-section", "span", "a section heading (the outline links here)"),
    ("hl-amendment", "span", "an amending instruction"),
    ("hl-old", "del", "text taken out"),
    ("hl-new", "ins", "text put in"),
    ("hl-redaction", "span", "a confidential-treatment marker"),
    ("hl-signature", "span", "a signature line"),
    ("hl-furniture", "span", "page furniture: page numbers, running heads and footers"),
]


def _key() -> str:
    items = "".join(f'<li><{tag} class="{cls} sample">Abc</{tag}>{html.escape(what)}</li>'
                    for cls, tag, what in KEY)
    return f'<ol class="key">{items}</ol>'


def _counts(ex: Any) -> str:
    rows = []
    for name in ("redactions", "parties", "dates", "sections", "amendments", "signatures", "furniture"):
        rows.append(f"<tr><td>{name}</td><td>{len(_table(ex, name))}</td></tr>")
    return '<table class="counts">' + "".join(rows) + "</table>"


def to_html(ex: Any) -> str:
    """One self-contained HTML page: the original text with every finding highlighted."""
    meta = getattr(ex, "meta", {}) or {}
    title = display_title(meta)
    sub = " · ".join(_esc(x) for x in (meta.get("kind"), meta.get("exhibit_number") and
                                        f"Exhibit {meta['exhibit_number']}", meta.get("source")) if x)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)}</title>
<style>{PAGE_CSS}{_colour_css()}</style></head>
<body>
<header><h1>{_esc(title)}</h1><div class="meta">{sub}</div></header>
<div class="wrap">
<nav id="side">
<h2>Outline</h2>{_outline(ex)}
<h2>Parties</h2>{_party_legend(ex)}
<h2>Key</h2>{_key()}
<h2>Findings</h2>{_counts(ex)}
</nav>
<main><pre id="doc">\n{weave(ex.original, marks_of(ex))}</pre></main>
</div>
</body></html>
"""


# -- the notebook card -----------------------------------------------------------------------------
_CARD = "font-family:system-ui,sans-serif;font-size:13px;border:1px solid #ccd;border-radius:6px;" \
        "padding:10px 14px;max-width:960px"


def _preview(df: pd.DataFrame, n: int = 5, width: int = 60) -> str:
    def cell(v: Any) -> Any:
        v = _val(v)
        if isinstance(v, str):
            v = " ".join(v.split())  # line breaks and runs of spaces read badly in a table
            return v if len(v) <= width else v[: width - 1] + "…"
        return "" if v is None else v

    head = df.head(n).astype(object).apply(lambda col: col.map(cell))
    return head.to_html(index=False, escape=True, border=0)


def _agreement_date(ex: Any) -> str | None:
    for r in _rows(_table(ex, "dates")):
        if r.get("role") == "agreement":
            return r.get("value") or r.get("text")
    return None


def card_html(ex: Any, n_rows: int = 5) -> str:
    """The compact card Jupyter shows for an Exhibit."""
    meta = getattr(ex, "meta", {}) or {}
    title = display_title(meta)
    parties = _rows(_table(ex, "parties"))
    plist = ", ".join(
        _esc(p.get("name") or p.get("text")) + (f" (<b>{_esc(p['alias'])}</b>)" if p.get("alias") else "")
        for p in parties) or "-"
    counts = " · ".join(f"{len(_table(ex, t))} {t}"
                        for t in ("redactions", "sections", "amendments", "signatures"))
    facts = [
        ("kind", _esc(meta.get("kind")) or "-"),
        ("exhibit", _esc(meta.get("exhibit_number")) or "-"),
        ("parties", plist),
        ("agreement date", _esc(_agreement_date(ex)) or "-"),
        ("pages", str(len(_table(ex, "pages")))),
        ("found", counts),
        ("source", _esc(meta.get("source")) or "-"),
    ]
    rows = "".join(f'<tr><th style="text-align:left;padding-right:10px;color:#556">{k}</th><td>{v}</td></tr>'
                   for k, v in facts)
    tables = "".join(
        f"<details><summary><b>{_esc(name)}</b> ({len(df)} rows)</summary>{_preview(df, n_rows)}</details>"
        for name, df in ex.tables().items() if len(df) and name != "documents")
    return (f'<div class="sec-exhibit-card" style="{_CARD}"><div style="font-size:15px;font-weight:bold">'
            f"{_esc(title)}</div><table>{rows}</table>{tables}</div>")


def _n(k: int, word: str) -> str:
    return f"{k} {word}" + ("" if k == 1 else "s")


def corpus_card_html(frames: Mapping[str, pd.DataFrame], n_rows: int = 5) -> str:
    """The card for a corpus result: row counts per table and the errors."""
    docs = frames.get("documents")
    errors = frames.get("errors")
    n_docs = len(docs) if docs is not None else 0
    n_err = len(errors) if errors is not None else 0
    rows = "".join(f"<tr><td>{_esc(name)}</td><td style='text-align:right'>{len(df)}</td></tr>"
                   for name, df in frames.items())
    err = (f"<details><summary><b>errors</b> ({n_err})</summary>{_preview(errors, n_rows)}</details>"
           if errors is not None and n_err else "")
    return (f'<div class="sec-exhibit-corpus" style="{_CARD}"><div style="font-size:15px;font-weight:bold">'
            f"{_n(n_docs, 'document')}, {_n(n_err, 'error')}</div>"
            f"<table><tr><th>table</th><th>rows</th></tr>{rows}</table>{err}</div>")
