"""Stage 4: signature blocks.

Field labels (``By:``, ``Name:``, ``Title:``, ``Its:``, ``Date:``, ``Signature:``, ``Witness:``)
are found with a compiled ``regex`` scan of the body; labels close together form a block when the
block holds a ``By:`` or ``Signature:`` line. Each ``By:`` (else ``Name:``) opens one signatory;
the entity name written above it is the party. Finding and parsing the fields is
``signature_fields``; reading the party names above them is ``signature_parties``. Blocks are
stripped from the body; their original spans are kept.

Text that lost its line breaks is handled as far as it can be: a title glued to the next party
("Vice PresidentFEDERATED ADVISORY SERVICES COMPANYBy:") is split where a lower-case word runs into
an upper-case one, and two signature columns flattened into one line ("By: /s/ A By: /s/ B
Name: A Name: B") are paired label by label.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import signature as g
from ..grammars import vocabulary
from ..grammars.suffixes import suffix_forms
from ..grammars.text_index import TextIndex
from ..model.records import Span
from .layout import Layout
from .signature_below import blank_acceptances, typed_below
from .signature_columns import column_names, own_name_above, staggered_head
from .signature_fields import Field, find_fields, parse_fields, run_on_value
from .signature_flat import name_before_by, signs_next_glued
from .signature_glued import full_names, reread_names, unglued
from .signature_parties import (
    Cleaner,
    clean_party,
    drop_address,
    is_suffix,
    is_tail,
    name_chunks,
    name_lines,
    names_above,
    split_columns,
)
from .signature_people import beside_by, clean_title, signer_name, signs_alone, signs_under_by, signs_under_glued
from .signature_wrapped import typed_signer, unwrapped_lines

NOT_LOWER = regex.compile(r"[^a-z]+")
MAX_GAP_CHARS = 400  # between two labels of one block
MAX_GAP_WORDS = 30
LOOKBACK = 300  # characters searched above the first label for the first party
# An attachment's heading opens another part of the document: no signature block runs over it
ATTACHMENT_HEADING = regex.compile(
    r"(?<![A-Z])(?:APPENDIX|EXHIBIT|SCHEDULE|ANNEX|ATTACHMENT)[ \t\xa0]++"
    r"(?:[A-Z]|[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z])"
)

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
class _Entry:
    fields: list[Field] = field(default_factory=list)
    party: str | None = None
    party_start: int | None = None
    kind: str = "party"
    individual: bool = False  # a bare "/s/" beside an entity's signed "By:": a person signing alone


# "By _/s/ Edward B. Stead______": "By" with no colon, then the conformed signature written on the line

def _clusters(text: str, fields: list[Field]) -> list[list[Field]]:
    groups: list[list[Field]] = []
    for f in fields:
        if groups:
            prev = groups[-1][-1]
            gap = text[prev.end : f.start]
            if len(gap) <= MAX_GAP_CHARS and len(gap.split()) <= MAX_GAP_WORDS and not run_on_value(text, prev, f) and (
                ATTACHMENT_HEADING.search(gap) is None  # "... Title/Position APPENDIX I 1. CONTACT ... Name:"
            ):
                groups[-1].append(f)
                continue
        groups.append([f])
    out = []
    for grp in groups:
        names = {f.name for f in grp}
        # "INITIALS & DATE: /S/ SNR 8/7/07" on every page: initials by a date, no signature block
        signed = any(f.signed and f.name != "date" for f in grp)
        if ("by" in names or "signature" in names or signed) and (len(grp) >= 2 or signed):
            out.append(grp)
    return out


def _nothing_between(text: str, before: list[Field], first: int) -> bool:
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


LINE_GAP = regex.compile(r"[ \t\xa0]{2}")


def _name_between(text: str, a: int, b: int) -> bool:
    between = text[a:b]
    # two blanks: a line break flattened; a name glued to the label ("...INC.By:"): one lost
    if not g.LINE_END.search(between) and not LINE_GAP.search(between) and not _glued_to_label(text, a, b):
        return False
    names = [clean_party(c) for c in name_chunks(between) if not g.PARTY_BELOW.search(c)]
    # an entity name, or a name in capitals on its own ("ILFRYN CARSTAIRS"), not "Jo Doe, Trustee"
    return any(n is not None and (is_suffix(n.split()[-1]) or n.isupper() and len(n.split()) >= 2) for n in names)


def _glued_to_label(text: str, a: int, b: int) -> bool:
    """Text that lost its line breaks: "...VPAcceptance by Client:PELICAN DELIVERS INC.By:", "Accepted:
    Integrity Funds Distributor, LLC By:", an entity name run into the label after it (it stood on its
    own line above it: two columns flattened put both names before their two "By:" labels)."""
    words = text[a:b].split()
    if not words or not is_suffix(words[-1]):
        return False
    glued = not text[b - 1].isspace()
    # one name, not two side by side ("MPM ... MANAGEMENT LP MPM ... GP LLC By: By:": two columns' names)
    one = not any(is_suffix(w) and not is_suffix(nxt) for w, nxt in zip(words, words[1:], strict=False))
    return glued or one or ACK_WORD.search(text, a, b) is not None


def _entries(text: str, grp: list[Field]) -> list[list[_Entry]]:
    """Signatories of one block, as column groups: [[A], [B, C] (two columns side by side), ...]."""
    anchor = next((n for n in ("by", "name", "signature") if any(f.name == n for f in grp)), grp[0].name)
    anchors = {"by", "by_via"} if anchor == "by" else {anchor}
    groups: list[list[_Entry]] = []
    i = 0
    pending: list[Field] = []
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
        if f.name not in anchors and groups and not groups[-1][-1].individual and (
            beside_by(text, groups[-1][-1].fields, f)
        ):
            groups[-1].append(_Entry([f], individual=True))  # "By: /s/ Nancy R. Heinen      /s/ Steve Jobs"
            i += 1
            continue
        if f.name not in anchors and groups and len(groups[-1]) == 1 and not groups[-1][0].individual and (
            signs_under_by(text, groups[-1][0].fields, f) or signs_under_glued(text, groups[-1][0].fields, f)
        ):
            groups.append([_Entry([f])])  # "By: /s/ DOUGLAS A. BUFFINGTON ... PROFESSIONAL / /s/ KATHY WHITWORTH"
            i += 1
            continue
        if f.name not in anchors and groups and (_signed(groups[-1][-1]) and (
            _signs_next(text, grp, i, anchors) or signs_next_glued(text, grp, i, anchors, _name_between)
        ) or name_before_by(text, grp, i, anchors, groups[-1][-1].fields, _name_between)):
            pending.append(f)  # "/s/ David G. Watumull <line> By: <line> Name: ...": the next signatory's
            i += 1
            continue
        if f.name not in anchors:
            if groups and not (pending and pending[0].name == "name"):  # the next signatory's "Name:" opened it
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
            last = cols[-1].fields[-1] if cols else None
            laid_out = last is not None and (grp[i].name != "signature" or grp[i].bare and (
                own_name_above(text, cols[-1].fields[0].end, grp[i].start, cols[-1].fields[0].value)
            ))
            if last is not None and laid_out and _name_between(text, last.end, grp[i].start):
                break  # "Per: ____ <line> SPARKLING SPRING WATER GROUP LIMITED <line> Per: ____": one under another
            cols.append(_Entry([grp[i]]))
            i += 1
            while anchor == "signature" and _typed_then_anchor(grp, i, anchors):
                cols[-1].fields.append(grp[i])  # "/s/ A / A / Title  /s/ B / B / Title": a column each
                i += 1
        if len(pending) == len(cols) > 1 and all(f.name == "signature" for f in pending):
            for e, f in zip(cols, pending, strict=True):  # "/s/ A /s/ B --- --- (Signature) (Signature)"
                e.fields.insert(0, f)
        elif pending and signs_alone(text, pending, cols[0].fields, grp[i] if i < len(grp) else None):
            cols.append(_Entry(pending, individual=True))  # "/s/ Steven P. Jobs / Steven Jobs   By: /s/ N. Heinen"
        elif pending:
            cols[0].fields[:0] = pending
        pending = []
        groups.append(cols)
    return [part for cols in groups for part in _people_apart(text, grp, cols)]


def _typed_then_anchor(grp: list[Field], i: int, anchors: set[str]) -> bool:
    """Is ``grp[i]`` a line typed under a signature, followed (past other such lines) by the next
    signature of the run?"""
    j = i
    while j < len(grp) and grp[j].typed and not grp[j].bare:
        j += 1
    return j > i and j < len(grp) and grp[j].name in anchors


def _people_apart(text: str, grp: list[Field], cols: list[_Entry]) -> list[list[_Entry]]:
    """The entities' columns of a group, then each person signing alone beside them as a group of
    its own: the names above the group are the entities'. A bare "/s/" beside a "By:" under a name
    of its own ("EZJR, INC.   LEADER ACT LTD HK / By: /s/ Barry Hall   /s/ Aymen Boughanmi") signs
    for that name: the columns stay as they are."""
    people = [e for e in cols if e.individual]
    if not people:
        return [cols]
    first = min(f.start for e in cols for f in e.fields)
    if all(e.fields[0].start > first for e in people):  # beside the "By:", not above it
        names = names_above(_between_fields(text, grp, _first_pre_start(text, first), first), len(cols))
        if all(names) and len(set(names)) == len(names):
            for e in people:
                e.individual = False
            return [cols]
    return [[e for e in cols if not e.individual], *([e] for e in people)]


# A role label alone over a person's bare "/s/" ("EMPLOYEE", "PROFESSIONAL")
PERSON_ROLES = frozenset(vocabulary("signature_person_roles"))
# A letter's closing over its signature ("Sincerely, / /s/ Peter Munk"): the writer signs there
CLOSING = regex.compile(
    r"(?i)(?<![a-z])(?:sincerely|very[ \t\xa0]++truly[ \t\xa0]++yours|yours[ \t\xa0]++(?:truly|sincerely|faithfully)"
    r"|regards|cordially)(?![a-z])"
)
# "Agreed to", "Accepted", "Acknowledged": the one who signs below agrees to what the party above wrote
# "I hereby agree to the foregoing terms ... and accept the grant"
ACK_WORD = regex.compile(r"(?i)(?<![A-Za-z])(?:agreed?|accept(?:ed)?|acknowledged)(?![A-Za-z])")


def _acknowledged_apart(text: str, e: _Entry, f: Field) -> bool:
    """Is the bare "/s/" ``f`` an individual's own signature under an acceptance line, not a field of
    the signatory ``e`` above (who signed already)?"""
    if not _signed(e):  # "By: John B. Douglass III" (typed, not conformed) signed too
        return False
    between = text[max(x.end for x in e.fields) : f.start]
    return g.LINE_END.search(between) is not None and ACK_WORD.search(between) is not None


def _signed(e: _Entry) -> bool:
    """Has the signatory signed already (a "/s/" or a name on its "By:" line)?"""
    return any(f.signed or f.name in ("by", "by_via", "signature") and f.value for f in e.fields)


def _signs_next(text: str, grp: list[Field], i: int, anchors: set[str]) -> bool:
    """Is the bare "/s/" ``grp[i]`` written over the blank "By:" line right under it?"""
    f = grp[i]
    if not (f.bare and f.signed) or i + 1 >= len(grp):
        return False
    nxt = grp[i + 1]
    return nxt.name in anchors and not nxt.value and g.FILLER.fullmatch(text, f.end, nxt.start) is not None and (
        g.LINE_END.search(text, f.end, nxt.start) is not None
    )


def _via_open(e: _Entry) -> bool:
    """The entry's last "By:" names an entity acting for the party; the next "By:" signs for it."""
    bys = [f for f in e.fields if f.name in ("by", "by_via")]
    return bool(bys) and bys[-1].name == "by_via"


def _assign(cols: list[_Entry], f: Field, grp: list[Field], i: int) -> None:
    """Give a non-anchor field to its column: in a run of k equal labels, the n-th goes to column n;
    a line typed under a signature, to the column of that signature."""
    if f.typed and len(cols) > 1:
        owner = max(cols, key=lambda e: max((x.end for x in e.fields if x.end <= f.start), default=-1))
        owner.fields.append(f)
        return
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
    # not "SIGNED for and on behalf of HealthGate by:": that line opens the next block
    names = (m.group("name").strip(" ,;") for m in g.PARTY_BELOW.finditer(text, lo, hi))
    found = [n for n in names if g.BEHALF_BY.search(n) is None]
    if not found or len(found) > len(cols):
        return None
    return [clean_party(n) for n in found] + [None] * (len(cols) - len(found))


HEADING = regex.compile(r"(?i)(?:article|section|exhibit|schedule|annex|appendix|part)\b")


def _stacked_names(
    text: str, groups: list[list[_Entry]], gi: int, pre: str, clean: Cleaner = clean_party
) -> list[str]:
    """Names stacked above one signatory each, in order: "THERAVANCE, INC. / GLAXO GROUP LIMITED / By: /s/ A
    / By: /s/ B" (two columns laid out one after the other), or run into one line ("JACKSONVILLE JAGUARS, LLC
    The ARC Group, Inc. By: /s/ A By: /s/ B"). The n names written together above group ``gi`` go to it
    and the n - 1 single signatories after it, when nothing but their fields lies between them."""
    fields = sorted((f for cols in groups for e in cols for f in e.fields), key=lambda f: f.start)
    m = 1  # the single signatories from ``gi`` on with no name of their own above them
    while gi + m < len(groups) and len(groups[gi + m]) == 1 and groups[gi + m][0].fields[0].name != "witness" and (
        not groups[gi + m][0].individual  # a person signing alone beside an entity: written apart
    ):
        above = groups[gi + m - 1][0].fields
        # from the end of its signature line (its name and title fields are left out below)
        lo = min((f.end for f in above if f.name in ("by", "by_via", "name", "signature")), default=above[0].end)
        hi = min(f.start for f in groups[gi + m][0].fields)
        if [c for c in name_lines(_between_fields(text, fields, lo, hi)) if not typed_signer(c, above)]:
            break
        m += 1
    if m < 2 or len(groups[gi]) != 1 or any(c[0].kind == "witness" for c in groups[gi : gi + m]):
        return []
    run: list[str] = []
    for line in reversed(unwrapped_lines(pre, name_lines(pre))):  # "BIRCH FIRST / INVESTMENTS INC."
        name = clean(line)
        if name is None or line.endswith(":") or HEADING.match(name):  # "THE COMPANY:": a role over the name
            break
        words = name.split()
        if not (is_suffix(words[-1]) or name.isupper() and len(words) >= 2):
            break
        run.insert(0, name)
    if len(run) == 1:  # the names run into one line: cut only after a company form ("Inc.", "LLC")
        parts = split_columns(run[0], m) or []
        if all(p.split()[-1].strip(",") in COMPANY_FORMS for p in parts[:-1]):
            run = [n for n in map(clean, parts) if n is not None]
    return run if len(run) == m else []


COMPANY_FORMS = frozenset(suffix_forms("comma"))


def _between_fields(text: str, fields: list[Field], lo: int, hi: int) -> str:
    """The text of ``[lo, hi)`` without the fields in it (their labels and values)."""
    out, pos = [], lo
    for f in fields:
        if f.end <= lo or f.start >= hi:
            continue
        out.append(text[pos : max(pos, f.start)])
        pos = max(pos, f.end)
    out.append(text[pos:hi])
    return "\n".join(out)


def _label_qualifier(text: str, e: _Entry, name: str, first: int) -> bool:
    """Is ``name`` the word that opens the entry's first label, a date ("Destruction Date:"), not a name?"""
    head = min(e.fields, key=lambda f: f.start)
    if head.name != "date" or head.start != first or is_suffix(name.split()[-1]):
        return False
    return _ends_before(text, name, first)


def _ends_before(text: str, name: str, first: int) -> bool:
    """Does ``name`` end right before ``first``, at most one blank apart, on the same line?"""
    for gap in ("", " ", "\t", "\xa0"):
        end = first - len(gap)
        if text[end:first] == gap and text[max(0, end - len(name)) : end].lower() == name.lower():
            return True
    return False


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
        if not (before and (is_suffix(before[-1] + ".") or is_suffix(before[-1]))):  # "ACME Corp. By:" is no end
            cut = m.end()
    return lo + cut


def find_signatures(layout: Layout, body: TextIndex | None = None) -> SignatureResult:
    """The signature blocks of ``layout.view.text`` (``body``: its index, shared with later stages)."""
    text = layout.view.text
    rows: list[Signature] = []
    spans: list[tuple[int, int]] = []
    clean = cache(clean_party)  # this document's: the lines above a "By:" are read again by later steps
    for grp in _clusters(text, find_fields(text)):
        b = len(spans) + 1  # blocks that keep no signatory are neither numbered nor stripped
        parse_fields(text, grp)
        typed_below(text, grp)
        blank_acceptances(text, grp)
        groups = _entries(text, grp)
        prev_end = _first_pre_start(text, groups[0][0].fields[0].start)
        block_start = None
        block_end = max(f.end for f in grp)
        last_names: list[str | None] = []
        last_fields: list[Field] = []
        block_fields = sorted((f for cols in groups for e in cols for f in e.fields), key=lambda f: f.start)
        stacked: dict[int, str] = {}  # group index -> its party, read from names stacked above an earlier group
        before_witness = None  # where the text above a witness line read first began
        for gi, cols in enumerate(groups):
            first = min(f.start for e in cols for f in e.fields)
            if before_witness is not None and before_witness <= first < prev_end:
                prev_end = before_witness  # "/s/ A   WITNESS: /s/ B   By: A": the party's name is above "/s/ A"
            pre = text[prev_end:first]
            if all(e.kind == "witness" for e in cols):
                last_names = []  # the party after a witness line is written again, or unknown
                if not all(f.bare for e in cols for f in e.fields):  # a bare "/s/" sits beside the party
                    before_witness = prev_end
                    prev_end = max(f.end for e in cols for f in e.fields)
                for e in cols:
                    row = _row(layout, b, e, min(f.start for f in e.fields))
                    if row.signer or row.signed:  # an empty witness line signs for nobody
                        rows.append(row)
                continue
            # the labels of signatories beside this one (a staggered column's "By:", "Its:") are no names
            above = _between_fields(text, block_fields, prev_end, first)
            names = names_above(above, len(cols), clean)
            if len(cols) > 1:  # side by side: read the names above column by column
                anchors = [next((f for f in e.fields if f.name in ("by", "by_via")), e.fields[0]).start for e in cols]
                names = column_names(text, prev_end, first, anchors, names)
            names = reread_names(above, len(cols), names)  # "LICENSORLICENSEEHERTZ ..., LLCHERTZ ...": flattened
            if len(cols) == 1 and names:  # "ACTION RENT-TO-OWN HOLDINGS   Its: / OF SOUTH CAROLINA, INC."
                names = [clean(staggered_head(text, prev_end, first, names[0]) or "")]
            if len(cols) == 1 and names and names[0] and _label_qualifier(text, cols[0], names[0], first):
                names = [None]  # "Destruction Date: ____", "ISSUE DATE: [ ]": the word is the date label's own
            if gi in stacked:
                names = [stacked[gi]]
            else:
                for j, name in enumerate(_stacked_names(text, groups, gi, pre, clean)):
                    stacked[gi + j] = name
                names = [stacked[gi]] if gi in stacked else names
            signers = {f.value for f in last_fields if f.value}
            names = [None if n in signers else n for n in names]  # the signer's name typed again under the line
            if not any(names) and len(cols) > 1 and len(last_names) == len(cols) and not name_chunks(pre):
                names = list(last_names)  # a second row of signers under the same columns of parties
            if not any(names):
                names = _parties_below(text, cols, block_end) or _one_name(unglued(pre), cols) or names
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
                e.party, e.kind = (None if e.individual else party), kind
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
                by_line = any(f.name in ("by", "by_via") for f in e.fields)
                if not by_line and row.party and row.party.strip(" :").lower() in PERSON_ROLES:
                    row = replace(row, party=None)  # "PROFESSIONAL / /s/ KATHY WHITWORTH": a person under a role
                    e.individual = True
                if row.kind in ("witness", "notary"):
                    keep = bool(row.signer or row.signed)  # an empty witness line signs for nobody
                elif bare:  # a bare "/s/": kept under a party's name, or as an individual's acceptance
                    alone = row.kind == "acknowledged" or e.individual or CLOSING.search(pre) is not None
                    keep = bool(row.party or alone and row.signer)  # "Sincerely, / /s/ Peter Munk": the letter's
                else:
                    keep = bool(row.party or row.signer or row.signed)
                if keep:
                    rows.append(row)
            prev_end = max(prev_end, *(f.end for e in cols for f in e.fields))  # a person's group may lie before
            last_fields = [f for e in cols for f in e.fields]
        if rows and rows[-1].block == b:
            spans.append(layout.view.span(grp[0].start if block_start is None else block_start, block_end))
    return SignatureResult(tuple(_full_names(TextIndex(text) if body is None else body, rows)), tuple(spans))


def _full_names(doc: TextIndex, rows: list[Signature]) -> list[Signature]:
    """Each row with its party's full name (``signature_glued.full_names``)."""
    full = full_names(doc, [r.party for r in rows if r.party])
    return [replace(r, party=full[r.party]) if r.party in full else r for r in rows]


def _row(layout: Layout, block: int, e: _Entry, start: int) -> Signature:
    by = next((f for f in e.fields if f.name == "by"), None)
    get = {}
    for f in e.fields:
        if f.value and f.name not in get:
            get[f.name] = f.value
    signed = any(f.signed for f in e.fields)
    signer = signer_name(get.get("name")) or signer_name(by.value if by is not None else None)
    if signer is None and signed:
        signer = signer_name(get.get("signature"))
    if signer is None:
        signer = signer_name(get.get("printed"))  # typed under a blank line ("_____ / John Floisand")
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
        clean_title(title), get.get("date"), layout.page_at(o_start),
    )
