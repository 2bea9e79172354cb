"""Signature fields: the labels of a signature block (``By:``, ``Name:``, ``Title:``, ``Date:``, a bare
``/s/``) found with a ``regex`` scan, each label's own value cut out of the line (before a wide gap or a
name glued on), and the value parsed with the field grammar of ``grammars/signature.py``; then the
repairs a field's value needs before the block is read: a title wrapped to the next line, a name
typed twice, two flattened columns' values shared out, the next party's name glued to a value."""

from __future__ import annotations

from dataclasses import dataclass

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import signature as g
from .signature_flat import acceptance_start, date_glued_name, date_holds_name, descriptor_cut, quoted_role_start
from .signature_keys import spaced_writings
from .signature_names import acceptance_cut, after_quoted_label, written_before
from .signature_parties import clean_party, is_suffix


@dataclass
class Field:
    name: str  # by, name, title, date, signature, witness
    start: int  # view offsets: label start .. end of the value's own text
    end: int
    stop: int  # where the text after the label ends (next label or line end)
    value: str | None
    signed: bool
    blank: bool
    bare: bool = False  # a conformed "/s/" with no label before it
    rest: str | None = None  # what followed a name typed twice: ", President & CEO"
    typed: bool = False  # read from the lines typed under a signature, no label (signature_below)



BY_ON_LINE = regex.compile(r"(?i)(?<![A-Za-z])(?:by|per)[ \t\xa0]*+_++[ \t\xa0]*+\Z")
# the underscores between a label and the conformed signature written on its line
LINE_BEFORE_MARK = regex.compile(r"[ \t\xa0:]*+_++[ \t\xa0]*+(?=/[sS]/)")


def find_fields(text: str) -> list[Field]:
    hits = g.find_labels(text)
    out = []
    for i, m in enumerate(hits):
        nxt = hits[i + 1].start() if i + 1 < len(hits) else len(text)
        le = g.LINE_END.search(text, m.end(), min(nxt, m.end() + 400))
        stop = le.start() if le is not None else min(nxt, m.end() + 400)
        end = value_end(text, m.end(), stop)
        signed = g.CONFORMED.search(text, m.end(), end) is not None
        name = g.field_of(m.group("label"))
        start, bare = m.start(), not m.group("label")
        if bare and (by := BY_ON_LINE.search(text, max(0, start - 24), start)) is not None:
            name, start, bare = "by", by.start(), False  # the "By" the underscores hid from the label scan
        out.append(Field(name, start, end, stop, None, signed, False, bare))
    return out


MAX_VALUE_WORDS = 60  # a field's value, even a long title, is shorter: past this, text ran on into it


def run_on_value(text: str, prev: Field, f: Field) -> bool:
    """Did the value of the label ``prev`` run on, in text that lost its line breaks, over a paragraph
    to the label ``f`` ("Company Name: Cardlytics, Inc.Company Address: ... This SOFTWARE LICENSE
    ... AGREEMENT is entered into ... By:"): a form's caption, not a field of the same block?"""
    return len(text[prev.start : f.start].split(None, MAX_VALUE_WORDS)) > MAX_VALUE_WORDS


def parse_fields(text: str, grp: list[Field]) -> None:
    """Run the field grammar over the fields of one block (only there: it is the slow part)."""
    for f in grp:
        parsed = g.parse_field(text[f.start : f.end])
        if parsed["label"] is None:  # "By: __/s/ Jane Doe__": read the signature after the underscores
            lead = LINE_BEFORE_MARK.match(text, label_end(text, f.start), f.end)
            if lead is not None:
                parsed = g.parse_field(text[lead.end() : f.end].rstrip(" _\t\xa0"))  # "Amelio__": the line
        f.value, f.signed, f.blank = parsed["value"], bool(parsed["signed"]), bool(parsed["blank"])
        if f.value and f.signed:
            whole = f.value
            f.value, f.end = _undouble(text, label_end(text, f.start), f.end, f.value)
            if f.value != whole:
                f.rest = whole[len(f.value) :].split(f.value, 1)[-1]
    acceptance_cut(text, grp)
    _values_before_anchors(text, grp)
    _wrapped_titles(text, grp)
    _share_repeated_value(grp)
    for f in grp:
        if f.name == "witness" and not f.signed and f.value and (entity_name(f.value) or g.ALIAS.search(f.value)):
            # 'WITNESS: Naked Brand Group, Inc. ("Naked") By: By: /s/ ...': the name is the party's
            f.value, f.end, f.name = None, label_end(text, f.start), "witness_column"
    for f in grp:
        if f.name == "by" and not f.signed and f.value and (g.ITS.search(f.value) or names_entity(f.value)):
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


TITLE_LINE_REACH = WRAP_LINE_CHARS + 2  # see _wrapped_titles: col < label_col - 2 for every piece past it


def _wrapped_titles(text: str, fields: list[Field]) -> None:
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
        # looked back at most TITLE_LINE_REACH: a label farther from its line's start is right of every
        # piece of the next line (each starts fewer than WRAP_LINE_CHARS characters into it)
        reach = max(0, f.start - TITLE_LINE_REACH)
        nl = text.rfind("\n", reach, f.start)
        if nl < 0 and reach > 0:
            continue
        line_start = nl + 1
        label_col = f.start - line_start
        value_col = g.VALUE_START.match(text, label_end(text, f.start), f.end).end() - line_start
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


def _share_repeated_value(fields: list[Field]) -> None:
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
            m = next(spaced_writings(text, words[:n], pos, end, least=1), None)
            if m is not None:
                return " ".join(words[:n]), m[1]
    return value, end


def looks_entity(value: str) -> bool:
    words = value.replace(",", " ").split()
    return len(words) >= 2 and is_suffix(words[-1])


def names_entity(value: str) -> bool:
    """"Apollo Management GP, LLC" or "Harvest Capital Strategies LLC Investment Manager"."""
    words = value.replace(",", " ").split()
    return looks_entity(value) or (len(words) >= 3 and any(is_suffix(w) for w in words[1:-1]))


def entity_name(value: str) -> bool:
    return looks_entity(g.ALIAS.sub("", value).strip(" ,;"))


def _values_before_anchors(text: str, fields: list[Field]) -> None:
    """"Title: AUCTA PHARMACEUTICALS, INC. By:" (a blank field, then the next party's name) and
    "Name: Jon R. Sabes, CEO THE LT-1 EXCHANGE TRUST, By:" (a value, then the next party's name)."""
    _glued_next_party(text, fields)
    for f, nxt in zip(fields, fields[1:], strict=False):
        if f.name == "date" and nxt.name in ("name", "signature") and f.value and date_holds_name(f.value):
            f.value, f.end = None, label_end(text, f.start)  # "Date:____  eGain Communications Corporation: Name:"
            continue
        if nxt.name == "by" and f.name != "date" and f.value and (cut := quoted_role_start(f.value)) is not None:
            k = text.find(f.value[cut:].split()[0], label_end(text, f.start), f.end)  # '... President "Consultant"'
            if k > f.start:
                f.value, f.end = f.value[:cut].strip(" ,;") or None, k
                continue
        if nxt.name == "by" and f.name == "title" and f.value and (cut := acceptance_start(f.value)) is not None:
            k = text.find(f.value[cut:].split()[0], label_end(text, f.start), f.end)  # "... Television  ACCEPTED"
            if k > f.start:
                f.value, f.end = f.value[:cut].strip(" ,;") or None, k
                continue
        if nxt.name == "by" and f.name == "date" and f.value and (cut := date_glued_name(f.value)) is not None:
            k = text.find(f.value[cut:].split()[0], label_end(text, f.start), f.end)  # "Date:26/2/19SCANSOURCE ..."
            if k > f.start:
                f.value, f.end = f.value[:cut], k
                continue
        if nxt.name == "by" and f.name in ("name", "title", "date") and f.value:
            named = descriptor_cut(f.value)  # "Title: ACME INC. a Delaware corporation By:"
            if looks_entity(named) and named.upper() == named and not f.signed:
                f.value, f.end = None, label_end(text, f.start)
                continue
            cut = _title_then_entity(f.value) if f.name == "title" else None
            if cut is not None:  # "Title: Treasurer Potomac Fund Management, Inc. By:"
                k = text.find(f.value[cut:].split()[0], label_end(text, f.start), f.end)
                if k > f.start:
                    f.value, f.end = f.value[:cut].strip(" ,;") or None, k
                    continue
            m = g.ENTITY_TAIL.search(f.value)
            if m is not None and m.start() > 0 and looks_entity(m.group().strip(" ,")):
                k = text.rfind(m.group().split()[0], f.start, f.end)
                if k > f.start:
                    f.value, f.end = f.value[: m.start()].strip(" ,;") or None, k


# A role label run on before the next party's name: "Promoter:", "PFHOF:", "Acceptance by Client:"
# (a word's start: after a non-letter, or a capitalised word glued on: "VPAcceptance")
ROLE_LABEL = regex.compile(
    r"(?:(?<![A-Za-z])[A-Z][A-Za-z]*+|(?<=[A-Za-z])[A-Z][a-z]++)(?:[ \t\xa0]++[A-Za-z]++){0,3}?:[ \t\xa0]*+(?=[A-Z])"
)
# A signing line inside a value: "VP--------------------A. B. WATLEY, INC." (the line, then the next name)
LINE_IN_VALUE = regex.compile(r"[-_]{3,}+[ \t\xa0]*+(?=[A-Z])")
# An upper-case officer word glued to an upper-case name: "CEOVALEANT PHARMACEUTICALS NORTH AMERICA LLC"
GLUED_OFFICER = regex.compile(
    r"(?:"
    + "|".join(regex.escape(w.upper()) for w in sorted(g.OFFICER_WORDS, key=lambda w: (-len(w), w)) if len(w) <= 3)
    + r")(?=[A-Z]{2})"
)
# Capitals and digits glued to the end of a title: "Distribution ServicesS2K FINANCIAL LLC"
CAPS_BEFORE = regex.compile(r"(?<=[a-z])[A-Z0-9]++\Z")


def next_party_start(value: str, whole: bool = True, tail: bool = False) -> int | None:
    """Where the next signatory's party name starts inside a field's value, in text that lost the line
    break between the two ("Title:Reynolds Consumer Products Inc.By:", "Title: CEOVALEANT PHARMACEUTICALS
    NORTH AMERICA LLCBy:", "Date: 4/01/2018Promoter: Fruit of Life Productions LLC:By:"); None when the
    value holds no such name. ``whole``: the whole value may be the name (a title or a date field,
    not a signed one); ``tail``: a name in capitals after the value, not glued to it, counts too
    (a "By:" line's: the other fields' are read by ``_values_before_anchors``)."""
    if whole and _party_name(value) and not g.OFFICER_WORD.search(value):
        return 0
    m = GLUED_OFFICER.match(value)
    if m is not None and _party_name(value[m.end() :]):
        return m.end()
    for m in LINE_IN_VALUE.finditer(value):
        if m.start() > 0 and _party_name(value[m.end() :]):
            return m.end()
    for m in ROLE_LABEL.finditer(value, overlapped=True):  # the label's words hold no office
        if not g.OFFICER_WORD.search(m.group()) and _party_name(value[m.end() :]):
            # the value opens with it ("MASTER FRANCHISEE: THE GRILLED CHEESE TRUCK, INC."): all of it
            return m.start() if m.start() > 0 or whole else None
    label = after_quoted_label(value)  # 'BRIAN HAYEK, President "Consultant" TruckThat LLC'
    if label is not None and _party_name(value[label[1] :]):
        return label[0]
    return _tail_start(value, tail)


def _tail_start(value: str, spaced: bool) -> int | None:
    """Where a name in capitals at the end of ``value`` starts: glued to the value ("ServicesS2K
    FINANCIAL LLC", "CEOCONSTELLATION NEWENERGY, INC."), or (``spaced``) after a blank."""
    tail = g.ENTITY_TAIL.search(value)
    if tail is None or tail.start() == 0 or all(is_suffix(w) for w in tail.group().split()):
        return None  # "... CEO BLOOM BURTON & CO. LTD.": a name's forms only, not the name
    before = value[: tail.start()].split()
    if before and before[-1].isupper() or not _party_name(value[tail.start() :]):
        return None  # the tail starts inside a longer name in capitals
    m = GLUED_OFFICER.match(value, tail.start())  # "President & CEOCONSTELLATION NEWENERGY, INC."
    if m is not None and _party_name(value[m.end() :]):
        return m.end()
    caps = CAPS_BEFORE.search(value, 0, tail.start())
    if caps is not None:
        return caps.start()
    return tail.start() if spaced and _named(tail.group()) else None


def _party_name(s: str) -> bool:
    """Does ``s`` read as a party's name alone: capitalised, read as a name above a "By:" line would be
    (no sentence, no label), ending in (or holding) an entity suffix once its capacity ("as Issuer") is
    cut ("VERIZON OWNER TRUST 2020-A,as Issuer")?"""
    name = clean_party(CAPACITY_AFTER.sub("", s.strip(" ,;:")))
    return bool(s[:1].isupper()) and name is not None and ":" not in name and (looks_entity(name) or names_entity(name))


def _named(s: str) -> bool:
    """A name of two words or more besides its corporate forms ("INTERMARK CAPITAL CORP.", not "GP LLC")."""
    return sum(not is_suffix(w) for w in s.split()) >= 2

CAPACITY_AFTER = regex.compile(r"(?i),[ \t\xa0]*+as[ \t\xa0]++[^,]{2,40}+(?:,[^,]{2,40}+)*+$")


def _glued_next_party(text: str, fields: list[Field]) -> None:
    """Text that lost its line breaks runs the next party's name into the field before that party's
    "By:" (or bare "/s/"), with no blank between them: the value ends where the name starts
    (``next_party_start``), so the name is read above the next signatory."""
    for f, nxt in zip(fields, fields[1:], strict=False):
        if not f.value or not (nxt.name == "by" or nxt.name == "signature" and nxt.bare):
            continue
        if f.name not in ("name", "title", "date", "by") or g.LINE_END.search(text, f.start, nxt.start):
            continue  # laid out in lines: the name has its own line
        # the whole value, when glued to its label ("Title:Reynolds Consumer Products Inc.By:"), or after
        # a blank when the text names it elsewhere too ("Title: Calm.com, Inc."; not "Title: Financieel
        # Directeur For Elephant Talk ... AG"); after a wide gap it is a column beside the field
        cut = _next_party_cut(text, f)
        if cut is None:
            continue
        words = f.value[cut:].split()  # the value's blanks: any
        found = [a for a, _ in spaced_writings(text, words, label_end(text, f.start), f.end)] if words else []
        if words and found:  # the whole value: the field ends at its label
            f.value, f.end = f.value[:cut].strip(" ,;-_") or None, found[-1] if cut else label_end(text, f.start)


def _next_party_cut(text: str, f: Field) -> int | None:
    """``next_party_start`` of the field's value, the whole value a name when it is a title or a date
    glued to its label or written elsewhere too. Whether it is written elsewhere (a scan of the text
    before the field, names x text on a long document) is asked only when the answer changes the cut."""
    assert f.value is not None
    tail = f.name == "by"
    part = next_party_start(f.value, whole=False, tail=tail)
    if f.name not in ("title", "date") or f.signed:
        return part
    whole = next_party_start(f.value, whole=True, tail=tail)
    if whole == part:
        return part
    at = _value_at(text, f)
    if at == label_end(text, f.start):
        return whole  # glued to its label
    gap = g.WIDE_GAP.search(text, f.start, at) is not None
    if not gap and _named_elsewhere(text, f.value, f.start):
        return whole
    # a wide gap, then a party of the preamble and no office ("Title:      Greater Delaware Valley Savings
    # Bank d/b/a Alliance Bank      By:"): the next party's name, written where its own line was
    if gap and not g.OFFICER_WORD.search(f.value) and written_before(text, f.value, f.start):
        return whole
    return part


def _named_elsewhere(text: str, value: str, pos: int) -> bool:
    """Does the text write ``value`` before the field at ``pos`` too (a party named in the preamble)? Looked
    for from the field backwards: mostly written not far before it, in its own agreement."""
    return text.rfind(value, 0, pos) >= 0


def _value_at(text: str, f: Field) -> int:
    """Where the field's value starts (after its label, blanks and signing line)."""
    return g.VALUE_START.match(text, label_end(text, f.start), f.end).end()


def _title_then_entity(value: str) -> int | None:
    """Where the next party's name starts in a title value: after its last officer word, when what
    follows is an entity name ("President and Representative DirectorFujitsu Semiconductor Limited")."""
    last = max(g.OFFICER_WORD.finditer(value), key=lambda m: m.end(), default=None)
    rest = value[last.end() :].strip(" ,;") if last is not None else ""
    # not "... President and Director of ACME Inc."
    if last is None or not rest[:1].isupper() or not looks_entity(rest):
        return None
    return last.end()


def label_end(text: str, pos: int) -> int:
    m = g.FIELD_LABEL.match(text, pos) or g.CAPTION_LABEL.match(text, pos) or g.LABEL_WORD.match(text, pos)
    return m.end() if m is not None else pos


def value_end(text: str, pos: int, stop: int) -> int:
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
