"""Stage 4: signature blocks.

Field labels (``By:``, ``Name:``, ``Title:``, ``Its:``, ``Date:``, ``Signature:``, ``Witness:``)
are found with a compiled ``regex`` scan of the body; labels close together form a block when the
block holds a ``By:`` or ``Signature:`` line. Each ``By:`` (else ``Name:``) opens one signatory;
the entity name written above it is the party. Each field's text is parsed with the grammar in
``grammars/signature.py``. Blocks are stripped from the body; their original spans are kept.

Text that lost its line breaks is handled as far as it can be: a title glued to the next party
("Vice PresidentFEDERATED ADVISORY SERVICES COMPANYBy:") is split where a lower-case word runs into
an upper-case one, and two signature columns flattened into one line ("By: /s/ A By: /s/ B
Name: A Name: B") are paired label by label.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import signature as g
from ..model.records import Span
from .layout import Layout
from .signature_parties import (
    clean_party,
    drop_address,
    is_suffix,
    is_tail,
    name_chunks,
    names_above,
    with_suffixes,
)

NOT_LOWER = regex.compile(r"[^a-z]+")
MAX_GAP_CHARS = 400  # between two labels of one block
MAX_GAP_WORDS = 30
LOOKBACK = 300  # characters searched above the first label for the first party

@dataclass(frozen=True)
class Signature(Span):
    block: int
    kind: str
    party: str | None = None
    signed: bool | None = None
    signer: str | None = None
    title: str | None = None
    date: str | None = None
    page: int | None = None


@dataclass(frozen=True)
class SignatureResult:
    signatures: tuple[Signature, ...]
    block_spans: tuple[tuple[int, int], ...]  # original spans stripped from the body


@dataclass
class _Field:
    name: str  # by, name, title, date, signature, witness
    start: int  # view offsets: label start .. end of the value's own text
    end: int
    stop: int  # where the text after the label ends (next label or line end)
    value: str | None
    signed: bool
    blank: bool
    bare: bool = False  # a conformed "/s/" with no label before it
    rest: str | None = None  # what followed a name typed twice: ", President & CEO"


@dataclass
class _Entry:
    fields: list[_Field] = field(default_factory=list)
    party: str | None = None
    party_start: int | None = None
    kind: str = "party"


# "By _/s/ Edward B. Stead______": "By" with no colon, then the conformed signature written on the line
BY_ON_LINE = regex.compile(r"(?i)(?<![A-Za-z])(?:by|per)[ \t\xa0]*+_++[ \t\xa0]*+\Z")
# the underscores between a label and the conformed signature written on its line
LINE_BEFORE_MARK = regex.compile(r"[ \t\xa0:]*+_++[ \t\xa0]*+(?=/[sS]/)")


def _fields(text: str) -> list[_Field]:
    hits = g.find_labels(text)
    out = []
    for i, m in enumerate(hits):
        nxt = hits[i + 1].start() if i + 1 < len(hits) else len(text)
        le = g.LINE_END.search(text, m.end(), min(nxt, m.end() + 400))
        stop = le.start() if le is not None else min(nxt, m.end() + 400)
        end = _value_end(text, m.end(), stop)
        signed = g.CONFORMED.search(text, m.end(), end) is not None
        name = g.field_of(m.group("label"))
        start, bare = m.start(), not m.group("label")
        if bare and (by := BY_ON_LINE.search(text, max(0, start - 24), start)) is not None:
            name, start, bare = "by", by.start(), False  # the "By" the underscores hid from the label scan
        out.append(_Field(name, start, end, stop, None, signed, False, bare))
    return out


def _parse_fields(text: str, grp: list[_Field]) -> None:
    """Run the field grammar over the fields of one block (only there: it is the slow part)."""
    for f in grp:
        parsed = g.parse_field(text[f.start : f.end])
        if parsed["label"] is None:  # "By: __/s/ Jane Doe__": read the signature after the underscores
            lead = LINE_BEFORE_MARK.match(text, _label_end(text, f.start), f.end)
            if lead is not None:
                parsed = g.parse_field(text[lead.end() : f.end].rstrip(" _\t\xa0"))  # "Amelio__": the line
        f.value, f.signed, f.blank = parsed["value"], bool(parsed["signed"]), bool(parsed["blank"])
        if f.value and f.signed:
            whole = f.value
            f.value, f.end = _undouble(text, _label_end(text, f.start), f.end, f.value)
            if f.value != whole:
                f.rest = whole[len(f.value) :].split(f.value, 1)[-1]
    _values_before_anchors(text, grp)
    _wrapped_titles(text, grp)
    _share_repeated_value(grp)
    for f in grp:
        if f.name == "witness" and not f.signed and f.value and (_entity_name(f.value) or g.ALIAS.search(f.value)):
            # 'WITNESS: Naked Brand Group, Inc. ("Naked") By: By: /s/ ...': the name is the party's
            f.value, f.end, f.name = None, _label_end(text, f.start), "witness_column"
    for f in grp:
        if f.name == "by" and not f.signed and f.value and (g.ITS.search(f.value) or _names_entity(f.value)):
            f.name = "by_via"  # "By: Apollo Management GP, LLC, its general partner"


# A piece of a line: text between runs of three blanks or more (the columns of a two-column block)
SEGMENT = regex.compile(r"\S(?:[^\r\n\f \t\xa0]|[ \t\xa0]{1,2}(?=[^\s]))*+")
TITLE_WRAP_WORDS = 6  # a title's second line is short
WRAP_LINE_CHARS = 2000  # a printed line is shorter: past this, text is not laid out in lines
# The words a complete title ends with: after them the next line is something else
TITLE_HEADS = frozenset({
    "president", "officer", "director", "treasurer", "secretary", "manager", "counsel", "signatory", "partner",
    "member", "trustee", "chairman", "chairperson", "ceo", "cfo", "coo", "cto", "controller", "principal",
    "owner", "agent", "attorney", "employee",
})


def _wrapped_titles(text: str, fields: list[_Field]) -> None:
    """A title wrapped to the next line ("Title: Vice President & Chief / Financial Officer"), in its own
    column when the block has two ("Chief       Chief Financial / Financial Officer      Officer"): the
    piece of the next line that starts under the title's label or value joins the title."""
    starts = sorted(f.start for f in fields)
    for f in fields:
        if f.name != "title" or not f.value or f.value.rstrip()[-1:] in ".;:":
            continue
        # searched within a line's reach: in text that lost its line breaks, an unbounded search
        # (and the slice after it) ran to the end of the text for every title
        eol = g.LINE_END.search(text, f.end, f.end + WRAP_LINE_CHARS)
        if eol is None or eol.group() != "\n":
            continue
        beside = next((k for k in starts if f.end <= k < eol.start()), eol.start())  # the next column's label
        if text[f.end : beside].strip(" \t\xa0_"):
            continue  # the title's line holds more than its value (a date, a name)
        line_start = text.rfind("\n", 0, f.start) + 1
        label_col = f.start - line_start
        value_col = g.VALUE_START.match(text, _label_end(text, f.start), f.end).end() - line_start
        nxt = eol.end()
        nxt_end = g.LINE_END.search(text, nxt, nxt + WRAP_LINE_CHARS)
        nxt_end = nxt_end.start() if nxt_end is not None else min(len(text), nxt + WRAP_LINE_CHARS)
        for m in SEGMENT.finditer(text, nxt, nxt_end):
            col = m.start() - nxt
            if col > value_col + 2:
                break
            if col < label_col - 2:
                continue
            piece = m.group()
            following = next((k for k in starts if k >= nxt), len(text))
            if m.end() > following or not _title_piece(piece, f.value):
                break
            f.value, f.end = f"{f.value} {piece}", m.end()
            break


def _title_piece(piece: str, title: str) -> bool:
    """Does ``piece`` read as the rest of ``title`` (words of an office, not a name, a label or a date)?"""
    words = piece.split()
    if not words or len(words) > TITLE_WRAP_WORDS or ":" in piece or "/s/" in piece.lower():
        return False
    if is_suffix(words[-1]) or piece.isupper() and not title.isupper() or any(c.isdigit() for c in piece):
        return False
    last = title.split()[-1].lower().strip(",")
    if last in TITLE_HEADS:
        return False  # "Vice President", "Chief Financial Officer": the title is whole
    dangling = title.rstrip()[-1:] in ",&" or last in ("and", "of", "the")
    officer = g.OFFICER_WORD.search(piece) is not None
    return (officer or dangling) and all(w[0].isupper() or w in ("and", "of", "&", "the") for w in words)


def _share_repeated_value(fields: list[_Field]) -> None:
    """Two columns flattened: "(Signature) (Signature) John Doe, VP John Doe, VP": the k-th of k
    empty-valued equal labels takes the k-th copy of a value repeated k times."""
    i = 0
    while i < len(fields):
        j = i
        while j + 1 < len(fields) and fields[j + 1].name == fields[i].name:
            j += 1
        run = fields[i : j + 1]
        k = len(run)
        value = run[-1].value or ""
        if k > 1 and value and all(f.value is None for f in run[:-1]):
            for sep in (" ", ""):  # "...VP/Secretary John D. ..." or glued "...VP/SecretaryJohn D. ..."
                n, r = divmod(len(value) - len(sep) * (k - 1), k)
                if n > 0 and r == 0 and value == sep.join([value[:n]] * k):
                    for f in run:
                        f.value = value[:n]
                    break
        i = j + 1


def _undouble(text: str, pos: int, end: int, value: str) -> tuple[str, int]:
    """"/s/ Jane Doe Jane Doe Vice President" (the name typed again under the signature): keep one."""
    words = value.split()
    bare = [w.strip(",;") for w in words]  # "Jo Doe Jo Doe, President"
    for n in range(len(words) // 2, 0, -1):
        if words[:n] == bare[n : 2 * n]:
            pat = regex.compile(r"[\s\xa0]+".join(regex.escape(w) for w in words[:n]))
            m = pat.search(text, pos, end)
            if m is not None:
                return " ".join(words[:n]), m.end()
    return value, end


def _looks_entity(value: str) -> bool:
    words = value.replace(",", " ").split()
    return len(words) >= 2 and is_suffix(words[-1])


def _names_entity(value: str) -> bool:
    """"Apollo Management GP, LLC" or "Harvest Capital Strategies LLC Investment Manager"."""
    words = value.replace(",", " ").split()
    return _looks_entity(value) or (len(words) >= 3 and any(is_suffix(w) for w in words[1:-1]))


def _entity_name(value: str) -> bool:
    return _looks_entity(g.ALIAS.sub("", value).strip(" ,;"))


def _values_before_anchors(text: str, fields: list[_Field]) -> None:
    """"Title: AUCTA PHARMACEUTICALS, INC. By:" (a blank field, then the next party's name) and
    "Name: Jon R. Sabes, CEO THE LT-1 EXCHANGE TRUST, By:" (a value, then the next party's name)."""
    for f, nxt in zip(fields, fields[1:], strict=False):
        if nxt.name == "by" and f.name in ("name", "title", "date") and f.value:
            if _looks_entity(f.value) and f.value.upper() == f.value and not f.signed:
                f.value, f.end = None, _label_end(text, f.start)
                continue
            cut = _title_then_entity(f.value) if f.name == "title" else None
            if cut is not None:  # "Title: Treasurer Potomac Fund Management, Inc. By:"
                k = text.find(f.value[cut:].split()[0], _label_end(text, f.start), f.end)
                if k > f.start:
                    f.value, f.end = f.value[:cut].strip(" ,;") or None, k
                    continue
            m = g.ENTITY_TAIL.search(f.value)
            if m is not None and m.start() > 0 and _looks_entity(m.group().strip(" ,")):
                k = text.rfind(m.group().split()[0], f.start, f.end)
                if k > f.start:
                    f.value, f.end = f.value[: m.start()].strip(" ,;") or None, k


def _title_then_entity(value: str) -> int | None:
    """Where the next party's name starts in a title value: after its last officer word, when what
    follows is an entity name ("President and Representative DirectorFujitsu Semiconductor Limited")."""
    last = max(g.OFFICER_WORD.finditer(value), key=lambda m: m.end(), default=None)
    rest = value[last.end() :].strip(" ,;") if last is not None else ""
    # not "... President and Director of ACME Inc."
    if last is None or not rest[:1].isupper() or not _looks_entity(rest):
        return None
    return last.end()


def _label_end(text: str, pos: int) -> int:
    m = g.FIELD_LABEL.match(text, pos) or g.CAPTION_LABEL.match(text, pos) or g.LABEL_WORD.match(text, pos)
    return m.end() if m is not None else pos


def _value_end(text: str, pos: int, stop: int) -> int:
    """End of a label's own value: before a wide gap, or where an upper-case name is glued on."""
    start = g.VALUE_START.match(text, pos, stop).end()
    if start >= stop:
        return stop
    hint = g.STOP_HINT.search(text, start, stop)  # no gap and no "aB": VALUE_STOP cannot match
    if hint is None:
        return stop
    m = g.VALUE_STOP.search(text, max(start + 1, hint.start()), stop)
    if m is None:
        return stop
    if m.group("gap") is not None and g.FILLER.fullmatch(text, m.start(), stop):
        return stop
    return m.start()


def _clusters(text: str, fields: list[_Field]) -> list[list[_Field]]:
    groups: list[list[_Field]] = []
    for f in fields:
        if groups:
            prev = groups[-1][-1]
            gap = text[prev.end : f.start]
            if len(gap) <= MAX_GAP_CHARS and len(gap.split()) <= MAX_GAP_WORDS:
                groups[-1].append(f)
                continue
        groups.append([f])
    out = []
    for grp in groups:
        names = {f.name for f in grp}
        signed = any(f.signed for f in grp)
        if ("by" in names or "signature" in names or signed) and (len(grp) >= 2 or signed):
            out.append(grp)
    return out


def _nothing_between(text: str, before: list[_Field], first: int) -> bool:
    """Only blanks between the last signatory's name or title and this one's "By:": no name written
    before a "Date:" line ('Title: President  Snowy August Fund I LP  Date: ... By:') and none glued to
    the title ('Title: DirectorVeoneer US, Inc.By:')."""
    last = max((f for f in before if f.name != "date"), key=lambda f: f.end, default=None)
    if last is None or last.value and is_suffix(last.value.split()[-1]):
        return False
    gap = text[last.end : first]
    for f in (f for f in before if f.name == "date" and f.start >= last.end):
        gap = gap.replace(text[f.start : f.end], " ")
    return bool(g.FILLER.fullmatch(gap))


def _name_between(text: str, a: int, b: int) -> bool:
    between = text[a:b]
    if not g.LINE_END.search(between):
        return False
    names = [clean_party(c) for c in name_chunks(between) if not g.PARTY_BELOW.search(c)]
    # an entity name, or a name in capitals on its own ("ILFRYN CARSTAIRS"), not "Jo Doe, Trustee"
    return any(n is not None and (is_suffix(n.split()[-1]) or n.isupper() and len(n.split()) >= 2) for n in names)


def _entries(text: str, grp: list[_Field]) -> list[list[_Entry]]:
    """Signatories of one block, as column groups: [[A], [B, C] (two columns side by side), ...]."""
    anchor = next((n for n in ("by", "name", "signature") if any(f.name == n for f in grp)), grp[0].name)
    anchors = {"by", "by_via"} if anchor == "by" else {anchor}
    groups: list[list[_Entry]] = []
    i = 0
    pending: list[_Field] = []
    witness_column = False
    while i < len(grp):
        f = grp[i]
        if f.name == "witness_column":  # its label stays in the text above the next signatories
            witness_column = True
            i += 1
            continue
        if witness_column and f.bare and f.name not in anchors:
            groups.append([_Entry([f], kind="witness")])  # "/s/ Ju dian" signed under "Witness:"
            witness_column = False
            i += 1
            continue
        if f.name == "witness" and f.name not in anchors:
            groups.append([_Entry([f], kind="witness")])  # a witness or attesting officer: own row
            i += 1
            continue
        if f.name not in anchors and f.bare and groups and _acknowledged_apart(text, groups[-1][-1], f):
            groups.append([_Entry([f])])  # "Agreed to as of this 4th day of March, 1996. /s/ F.D. Anderson"
            i += 1
            continue
        if f.name not in anchors:
            if groups:
                _assign(groups[-1], f, grp, i)
            else:
                pending.append(f)
            i += 1
            continue
        if groups and _via_open(groups[-1][-1]):
            groups[-1][-1].fields.append(f)  # the officer signing for the entity named in "By:"
            i += 1
            continue
        cols: list[_Entry] = []
        while i < len(grp) and grp[i].name in anchors and not (cols and _via_open(cols[-1])):
            if cols and grp[i].name != "signature" and _name_between(text, cols[-1].fields[-1].end, grp[i].start):
                break  # "Per: ____ <line> SPARKLING SPRING WATER GROUP LIMITED <line> Per: ____": one under another
            cols.append(_Entry([grp[i]]))
            i += 1
        if len(pending) == len(cols) > 1 and all(f.name == "signature" for f in pending):
            for e, f in zip(cols, pending, strict=True):  # "/s/ A /s/ B --- --- (Signature) (Signature)"
                e.fields.insert(0, f)
        elif pending:
            cols[0].fields[:0] = pending
        pending = []
        groups.append(cols)
    return groups


# "Agreed to", "Accepted", "Acknowledged": the one who signs below agrees to what the party above wrote
ACK_WORD = regex.compile(r"(?i)(?<![A-Za-z])(?:agreed|accepted|acknowledged)(?![A-Za-z])")


def _acknowledged_apart(text: str, e: _Entry, f: _Field) -> bool:
    """Is the bare "/s/" ``f`` an individual's own signature under an acceptance line, not a field of
    the signatory ``e`` above (who signed already)?"""
    if not any(x.signed for x in e.fields if x.name in ("by", "by_via", "signature")):
        return False
    between = text[max(x.end for x in e.fields) : f.start]
    return g.LINE_END.search(between) is not None and ACK_WORD.search(between) is not None


def _via_open(e: _Entry) -> bool:
    """The entry's last "By:" names an entity acting for the party; the next "By:" signs for it."""
    bys = [f for f in e.fields if f.name in ("by", "by_via")]
    return bool(bys) and bys[-1].name == "by_via"


def _assign(cols: list[_Entry], f: _Field, grp: list[_Field], i: int) -> None:
    """Give a non-anchor field to its column: in a run of k equal labels, the n-th goes to column n."""
    if len(cols) == 1:
        cols[0].fields.append(f)
        return
    j = i
    while j > 0 and grp[j - 1].name == f.name:
        j -= 1
    cols[min(i - j, len(cols) - 1)].fields.append(f)


def _one_name(pre: str, cols: list[_Entry]) -> list[str | None] | None:
    """One entity name over k "By:" lines (its officers side by side): every column's party."""
    k = len(cols)
    if not all(e.fields[0].name in ("by", "by_via") for e in cols):
        return None
    chunks = [c for c in map(drop_address, name_chunks(pre)) if c and not g.CONFORMED_MARK.search(c)]
    words = chunks[0].split() if len(chunks) == 1 else []
    inner = [i for i, w in enumerate(words[:-1]) if is_suffix(w)]
    if inner and is_tail(" ".join(words[inner[-1] + 1 :])):
        inner = []  # "DEUTSCHE BANK AG, LONDON BRANCH", "ABN AMRO BANK N.V.": one bank
    if len(chunks) != 1 or inner or g.GLUED_SUFFIX.search(chunks[0]):
        return None  # two names run together: "X, INC. Y LLC", "INTEGRA CORPORATIONPCOMED, LLC"
    name = clean_party(chunks[0])
    return [name] * k if name else None  # each officer signs for the one entity


PARTY_BELOW_WINDOW = 3000


def _parties_below(text: str, cols: list[_Entry], block_end: int) -> list[str | None] | None:
    """Parties written under the signature lines: "/s/ Greg Flores ... Representative of MP3.com"."""
    lo = min(f.start for e in cols for f in e.fields)
    hi = min(len(text), block_end + 300, lo + PARTY_BELOW_WINDOW)  # bounded: one scan per entry group
    found = [m.group("name").strip(" ,;") for m in g.PARTY_BELOW.finditer(text, lo, hi)]
    if not found or len(found) > len(cols):
        return None
    return [clean_party(n) for n in found] + [None] * (len(cols) - len(found))


def _kind(text: str) -> str:
    for kind, pat in g.KINDS:
        if pat.search(text):
            return kind
    return "party"


def _first_pre_start(text: str, first: int) -> int:
    lo = max(0, first - LOOKBACK)
    window = text[lo:first]
    cut = 0
    witness = None
    for witness in g.IN_WITNESS.finditer(window):
        cut = witness.end()
    for m in g.SENTENCE_END.finditer(window, cut):
        before = window[:m.start()].rstrip(".!?").rsplit(None, 1)  # the last word: no need to split all
        if not (before and is_suffix(before[-1] + ".")):  # "ACME Corp. By:" is no sentence end
            cut = m.end()
    return lo + cut


def find_signatures(layout: Layout) -> SignatureResult:
    text = layout.view.text
    rows: list[Signature] = []
    spans: list[tuple[int, int]] = []
    for grp in _clusters(text, _fields(text)):
        b = len(spans) + 1  # blocks that keep no signatory are neither numbered nor stripped
        _parse_fields(text, grp)
        groups = _entries(text, grp)
        prev_end = _first_pre_start(text, groups[0][0].fields[0].start)
        block_start = None
        block_end = max(f.end for f in grp)
        last_names: list[str | None] = []
        last_fields: list[_Field] = []
        for cols in groups:
            first = min(f.start for e in cols for f in e.fields)
            pre = text[prev_end:first]
            if all(e.kind == "witness" for e in cols):
                last_names = []  # the party after a witness line is written again, or unknown
                if not all(f.bare for e in cols for f in e.fields):  # a bare "/s/" sits beside the party
                    prev_end = max(f.end for e in cols for f in e.fields)
                for e in cols:
                    row = _row(layout, b, e, min(f.start for f in e.fields))
                    if row.signer or row.signed:  # an empty witness line signs for nobody
                        rows.append(row)
                continue
            names = names_above(pre, len(cols))
            if not any(names) and len(cols) > 1 and len(last_names) == len(cols) and not name_chunks(pre):
                names = list(last_names)  # a second row of signers under the same columns of parties
            if not any(names):
                names = _parties_below(text, cols, block_end) or _one_name(pre, cols) or names
            kind = _kind(pre)
            if kind == "party" and not any(names) and all(e.fields[0].bare for e in cols) and ACK_WORD.search(pre):
                kind = "acknowledged"  # "Agreed to as of this 18th day of June, 1996. /s/ Robert M. Calderoni"
            if kind == "party" and g.NOTARY_AFTER.match(text, max(f.end for e in cols for f in e.fields)):
                kind = "notary"  # "/s/ Teresa L. Bowerman Notary Public, State of Texas"
            if kind == "notary":
                names = [None] * len(cols)  # the notary signs for no party
            elif not any(names) and len(cols) == 1 and any(last_names) and any(
                f.name == "title" for f in cols[0].fields
            ) and _nothing_between(text, last_fields, first):
                # a second officer (with a title: a person signing alone has none) for the same entity
                named: list[str | None] = [n for n in last_names if n]
                names = named[-1:]
            last_names = names
            for e, party in zip(cols, names, strict=False):
                e.party, e.kind = party, kind
                if party and party.split()[0] in pre:
                    k = text.rfind(party, prev_end, first)
                    e.party_start = k if k >= 0 else text.rfind(party.split()[0], prev_end, first)
            if kind == "witness" and len(cols) == 1 and names[0] and cols[0].fields[0].name in ("by", "by_via"):
                cols[0].kind = "party"  # 'Witness: PPG Paints Ltd. /s/ Ju dian By: /s/ Yuen': the party's own
            if kind == "witness" and len(cols) > 1 and names[0] is None and any(names):
                for e in cols[1:]:  # 'WITNESS: HDS LLC ("HDS") By: /s/ A By: /s/ B': the first is the witness
                    e.kind = "party"
                titles = [f for f in cols[0].fields if f.name == "title"]
                if titles and not any(f.name == "title" for f in cols[1].fields):
                    cols[0].fields = [f for f in cols[0].fields if f.name != "title"]  # the officer's title
                    cols[1].fields.extend(titles)
            starts = [e.party_start for e in cols if e.party_start is not None and e.party_start >= 0]
            start = min(starts) if starts else first
            if block_start is None:
                block_start = start
            for e in cols:
                row = _row(layout, b, e, start)
                bare = all(f.bare or f.name != "signature" for f in e.fields) and not any(
                    f.name in ("by", "by_via", "name") for f in e.fields
                )
                if row.kind in ("witness", "notary"):
                    keep = bool(row.signer or row.signed)  # an empty witness line signs for nobody
                elif bare:  # a bare "/s/": kept under a party's name, or as an individual's acceptance
                    keep = bool(row.party or row.kind == "acknowledged" and row.signer)
                else:
                    keep = bool(row.party or row.signer or row.signed)
                if keep:
                    rows.append(row)
            prev_end = max(f.end for e in cols for f in e.fields)
            last_fields = [f for e in cols for f in e.fields]
        if rows and rows[-1].block == b:
            spans.append(layout.view.span(grp[0].start if block_start is None else block_start, block_end))
    return SignatureResult(tuple(_full_names(text, rows)), tuple(spans))


def _full_names(text: str, rows: list[Signature]) -> list[Signature]:
    """A party written short under the lines ("Representative of MP3.com") takes its full name when the
    text writes it with a corporate suffix ("MP3.com, Inc."): one scan of the text for all of them."""
    def short(name: str | None) -> bool:
        if name is None:
            return False
        single_caps = name is not None and " " not in name and name.isupper()  # "NETWORK": a role label
        return bool(name) and not single_caps and not is_suffix(name.split()[-1]) and len(name) <= 60

    full = with_suffixes(text, [r.party for r in rows if r.party and short(r.party)])
    out = []
    for r in rows:
        name = r.party
        if name in full and full[name] != name:
            r = replace(r, party=" ".join(full[name].split()))
        out.append(r)
    return out


def _person(value: str | None) -> str | None:
    """A signer's name, or None for what is left of a label row ("Name Name Title Title")."""
    if not value:
        return None
    value = g.TRAILING_NUMBER.sub("", g.SEAL.split(value, 1)[0]).strip(" ,;")  # "Jason A. Minio (SEAL)"
    words = value.split()
    while len(words) > 1 and words[-1].lower().strip(":") in g.LABEL_WORDS:
        words.pop()  # "Jim Millis Signature": the label printed under the line
    value = " ".join(words)
    first = value.split()[0].lower().strip(":()") if value.split() else ""
    if not value or first in g.LABEL_WORDS or value.startswith(("(", "[")) or g.NOT_PERSON.search(value):
        return None
    if not any(c.isalpha() for c in value) or g.DATE_PREFIX.match(value + " "):  # "20", "June 25, 2014"
        return None
    return value


def _clean_title(value: str | None) -> str | None:
    """"Executive Administrator 23" (a page number glued on in extraction) -> "Executive Administrator"."""
    return g.TRAILING_NUMBER.sub("", value).strip(" ,;") or None if value else None


def _row(layout: Layout, block: int, e: _Entry, start: int) -> Signature:
    by = next((f for f in e.fields if f.name == "by"), None)
    get = {}
    for f in e.fields:
        if f.value and f.name not in get:
            get[f.name] = f.value
    signed = any(f.signed for f in e.fields)
    signer = _person(get.get("name")) or _person(by.value if by is not None else None)
    if signer is None and signed:
        signer = _person(get.get("signature"))
    title = get.get("title")
    if signer and not title and by is not None and by.rest:
        signer_title: str | None = f"{signer}{by.rest}".strip()  # "Jo Doe Jo Doe, President": the title after the name
    else:
        signer_title = signer
    m = g.NAME_COMMA_TITLE.match(signer_title) if signer_title and not title else None
    if m is not None and any(w in g.OFFICER_WORDS for w in NOT_LOWER.split(m.group("title").lower())):
        signer, title = m.group("name").strip(), m.group("title").strip()  # "John Doe, Executive VP"
    kind = "witness" if e.fields[0].name == "witness" else e.kind
    end = max(f.end for f in e.fields)
    o_start, o_end = layout.view.span(start, end)
    return Signature(
        o_start, o_end, layout.original[o_start:o_end], block, kind, e.party, signed, signer,
        _clean_title(title), get.get("date"), layout.page_at(o_start),
    )
