"""Signature blocks: the execution page's "By: /s/ ..." lines.

BNF::

    label        ::= ("By" | "Name" | "Printed Name" | "Title" | "Its" | "Date" | "Signature"
                      | "Witness" | "Attest") [":"]           (vocab/signature_labels.txt)
    conformed    ::= "/s/" | "/S/" | "s/"
    blank        ::= ("_" | "-" | "." | " "){3,}            (a line to sign on)
    name         ::= a run of words up to the next label, line break or wide gap
    field        ::= label [blank] [conformed] [name] [blank]
    entry        ::= [party] field {field}                  (party: the entity name above "By:")
    block        ::= entry {entry}

A label needs its colon unless a conformed mark or a blank line follows it ("By /s/ Jane Doe",
"By ________"), so "by" and "name" in running text are never labels. In text that lost its line
breaks, two signature columns come out interleaved ("By: /s/ A By: /s/ B Name: A Name: B"):
the stage pairs the n-th label of a run of equal labels with the n-th column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TypedDict

import pyparsing as pp

from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from . import vocabulary
from .compile import compile_grammar
from .suffixes import suffix_alternation

WS = " \t\xa0"


def _labels() -> list[tuple[str, str]]:
    pairs = []
    for line in vocabulary("signature_labels"):
        field, label = line.split(None, 1)
        pairs.append((field, label.strip()))
    return sorted(pairs, key=lambda fl: -len(fl[1]))


LABELS = _labels()
LABEL_FIELD = {label: field for field, label in LABELS}
LABEL_WORDS = frozenset(w for _, lab in LABELS for w in lab.split())
_LABEL_WORDS = "|".join(r"[ \t\xa0]{1,3}".join(regex.escape(w) for w in lab.split()) for _, lab in LABELS)

_TITLE_WORDS = "|".join(
    r"[ \t\xa0]{1,3}".join(regex.escape(w.capitalize()) for w in lab.split()) for _, lab in LABELS
)
# A label: its colon, or (without one) a conformed mark or a signing line right after it. Two
# scans keep this fast: labels with a colon, and the marks "/s/" and "___" looked back from.
FIELD_LABEL = regex.compile(rf"(?i)(?P<label>{_LABEL_WORDS})[ \t\xa0]{{0,3}}:")
LABEL_WORD = regex.compile(rf"(?i)(?:{_LABEL_WORDS})")
LABEL_BEFORE = regex.compile(rf"(?i)(?:{_LABEL_WORDS})[ \t\xa0]{{0,3}}:[ \t\xa0_]{{0,16}}\Z")
# "/s/ Jane Doe", also glued to a name ("/s/Dr. Gilber F. Amelio", not "/s/SERVICE"); "f/s/o" (for the
# sake of) is no mark
_SLASH_MARK = r"/[sS]/(?![A-Za-z])|(?<![A-Za-z])/[sS]/(?=[A-Z][a-z.])"
NO_LABEL = regex.compile(rf"(?P<label>)(?={_SLASH_MARK})")
SIGN_MARK = regex.compile(rf"{_SLASH_MARK}|_{{3}}")
CONFORMED_SLASH = regex.compile(_SLASH_MARK)  # SIGN_MARK's alternatives, scanned apart
SIGN_LINE = regex.compile(r"_{3}")
BARE_LABEL = regex.compile(rf"(?i)(?P<label>{_LABEL_WORDS})[ \t\xa0]{{0,3}}\Z")


# "(Signature)" printed under a signing line (forms): it stands for the line, like "By:".
CAPTION_LABEL = regex.compile(r"(?i)(?P<label>\(signature\))")


def find_labels(text: str) -> list[regex.Match[str]]:
    """Every field label of ``text`` in order (``label_ok`` applied)."""
    hits = {m.start(): m for m in _colon_labels(text) if label_ok(text, m)}
    for m in CAPTION_LABEL.finditer(text):
        hits.setdefault(m.start(), m)
    for mark in _sign_marks(text):
        lo = max(0, mark.start() - 24)
        before = text[mark.start() - 1] if mark.start() else ""
        # a bare label ends in a letter, then at most three blanks: not after "_" or a digit
        m = BARE_LABEL.search(text, lo, mark.start()) if before.isalpha() or before in WS_CHARS else None
        if m is not None and field_of(m.group("label")) == "date" and mark.group()[0] == "/":
            m = None  # "Date /s/ Heim Brecht": a date holds no signature; the caption of the line above
        if m is not None and m.start() not in hits and label_ok(text, m):
            hits[m.start()] = m
        elif m is None and mark.group()[0] == "/" and not LABEL_BEFORE.search(text, lo, mark.start()):
            hits.setdefault(mark.start(), NO_LABEL.match(text, mark.start()))  # "/s/ Greg Flores"
    return [hits[k] for k in sorted(hits)]


# The longest text FIELD_LABEL can match: the label's words, up to three blanks between each two
# and before the colon (case-insensitive matching folds one character to one).
LABEL_SPAN = max(sum(map(len, lab.split())) + 3 * len(lab.split()) + 1 for _, lab in LABELS)
WS_CHARS = frozenset(" \t\xa0")
LABEL_ENDS = frozenset(lab[-2:].lower() for _, lab in LABELS)


def _colon_labels(text: str) -> list[regex.Match[str]]:
    """``FIELD_LABEL.finditer(text)``, searched for only in the few characters before a colon
    (every match ends at one, and holds no other) that follows a label's last two letters. The big
    case-insensitive alternation tried at every position was the stage's slowest scan."""
    out = []
    prev = 0  # matches do not overlap: the next one starts after the last
    colon = text.find(":")
    while colon >= 0:
        j = colon
        while j > colon - 3 and text[j - 1 : j] in WS_CHARS:
            j -= 1
        tail = text[max(0, j - 2) : j]
        # ASCII letters match a label's only by their case partner; anything else is searched
        if not tail.isascii() or tail.lower() in LABEL_ENDS:
            m = FIELD_LABEL.search(text, max(prev, colon - LABEL_SPAN), colon + 1)
            if m is not None:
                out.append(m)
                prev = m.end()
        colon = text.find(":", colon + 1)
    return out


def _sign_marks(text: str) -> list[regex.Match[str]]:
    """``SIGN_MARK.finditer(text)`` as two literal-led scans merged by position: its alternatives
    share no character, so no match of one overlaps or hides a match of the other."""
    return sorted([*CONFORMED_SLASH.finditer(text), *SIGN_LINE.finditer(text)], key=regex.Match.start)


def label_ok(text: str, m: regex.Match[str]) -> bool:
    """A label needs a non-letter before it, unless it is written in title case: then it may be
    glued to the word before it (text that lost its line breaks: "John B. FisherName:",
    "COMPANYBy:"). So "standby:" and "NEARBY:" are not labels. A label glued on in the other case
    than the word before it ("Darcy DavenportBY:", "TECHNOLOGIES CORPper:"), or one in the same case
    that a conformed signature follows ("HERITAGE FOODS, LLCBY:/s/ Darcy Davenport"), is one too."""
    if m.start() == 0 or not text[m.start() - 1].isalpha():
        return True
    words = m.group("label").split()
    if all(w[:1].isupper() and w[1:].islower() for w in words):
        return True
    label = m.group("label")
    before = text[m.start() - 1]
    if label.isupper() and before.islower() or label.islower() and before.isupper():
        return True
    return SIGNED_AFTER_LABEL.match(text, m.end()) is not None


# After a label (and its colon): a conformed signature, across blanks and a signing line
SIGNED_AFTER_LABEL = regex.compile(r"[ \t\xa0]{0,3}:?[ \t\xa0_]{0,16}/[sS]/(?![A-Za-z])")


# A title-case label glued to the end of a value, colon or not: "Catherine LundName", "DerbyTitle".
GLUED_LABEL = regex.compile(rf"(?:{_TITLE_WORDS})(?=[A-Z0-9/:_]|[ \t][A-Z])")
CONFORMED = regex.compile(r"(?i)(?<![A-Za-z])/?s/[ \t\xa0]*")
CONFORMED_MARK = regex.compile(_SLASH_MARK)
WIDE_GAP = regex.compile(r"[ \t\xa0]{3,}")
IN_WITNESS = regex.compile(r"(?i)\bIN\s+WITNESS\s+(?:WHEREOF|THEREOF|HEREOF)")


KIND_PHRASES = [tuple(line.split(None, 1)) for line in vocabulary("signature_kinds")]
KINDS = [(kind, regex.compile(rf"(?i)\b{phrase.strip()}")) for kind, phrase in KIND_PHRASES]
VALUE_START = regex.compile(r"[\s_\-.:]*")
# Where a field's value stops: a wide gap (a second column), an upper-case name glued on
# ("PresidentFEDERATED"), a label glued on ("LundName"), or a block-kind phrase ("PresidentAccepted").
_ROLE_LABELS = "|".join(sorted((w.upper() for w in vocabulary("signature_role_words")), key=lambda w: (-len(w), w)))
VALUE_STOP = regex.compile(
    r"(?P<gap>[ \t\xa0]{3})|(?<=[a-z])(?=[A-Z][A-Z])|(?<=[0-9]{4})(?=[A-Z][A-Z])"  # "January 9, 2017CARBOGEN"
    r"|(?<=[0-9]{1,2}/[0-9]{1,2}/[0-9]{2})(?=[A-Z][A-Z])"  # "Date13/07/05GLOBAL MUSIC": a short year
    rf"|(?<=[A-Z]{{2}})(?=(?:{_ROLE_LABELS})[ \t\xa0]*+:)"  # the next column's role label: "CFOCONSULTANT:"
    rf"|(?<=[a-z])(?={GLUED_LABEL.pattern})"
    r"|(?<=[a-z])(?=[A-Z])(?i:" + "|".join(f"(?:{p.strip()})" for _, p in KIND_PHRASES) + ")"
)
# Where VALUE_STOP can match: at a gap, or a lower-case letter then an upper-case one (every other
# alternative needs both), a digit then one, or capitals glued to a role label in capitals and its colon
# (hinted two letters before the label). Searched first, it tells where VALUE_STOP's own scan may begin.
STOP_HINT = regex.compile(r"[ \t\xa0]{3}|[a-z][A-Z]|[0-9][A-Z]|[A-Z]{2}(?=[A-Z]{4,20}[ \t\xa0]*+:)")
ENTITY_SUFFIXES = frozenset(vocabulary("signature_entity_suffixes"))
# Two spaces after an entity suffix end the name: "CARGILL, INCORPORATED  Bio Technology Center".
AFTER_SUFFIX = regex.compile(
    r"(?i)(?<=\b(?:" + "|".join(regex.escape(w) for w in sorted(ENTITY_SUFFIXES, key=lambda w: (-len(w), w)))
    + r"))(?<![a-z]\.[a-z]{1,3})[ \t\xa0]{2,}(?=\S)"
)

# -- splitting the text around the labels (stage helpers) ------------------------
LINE_END = regex.compile(r"[\r\n\f]")
# Where the text above a "By:" falls apart into names: line breaks, wide gaps, glued words.
CHUNK_SPLIT = regex.compile(
    r"[\r\n\f]+|[ \t\xa0]{3,}"
    # "OfficerCRO", "CROClient" (not "CUSTOMERby its": a name in capitals glued to the "by" after it)
    r"|(?<=[a-z)])(?=[A-Z][A-Z])|(?<=[A-Z]{2})(?=[A-Z][a-z])(?![A-Z]by[ \t\xa0])|(?<=\d)(?=[A-Z]{2})"
    # "Authorized Signatory ATHENE HOLDING LTD.": a title run into an upper-case name
    r"|(?<=[a-z])[ \t\xa0]+(?=[A-Z][A-Z&.,'-]+(?![a-z])[ \t\xa0]+[A-Z][A-Z&.,'-]+(?![a-z]))"
    r"|(?<=[a-z]{3}[.!?])[ \t\xa0]*(?=[A-Z])|(?<=[:;])[ \t\xa0]+(?=[A-Z])"
    # a role label in capitals glued on at its colon: "NETWORK:TRIBUNE BROADCASTING" (not "is:Delivery Date:")
    r"|(?<=[A-Z]{2}[:;])(?=[A-Z])|(?<=[A-Z]['\u2019][A-Z][:;])(?=[A-Z])"  # also "REED\u2019S:COMPANY:"
    # a reference ending a sentence, the name in capitals glued on: "set forth in Section 4.5:HOF VILLAGE, LLC"
    r"|(?<=\d[:;])(?=[A-Z]{2})"
    # 'ScanSource,Inc. ("Distributor") Cisco Systems, Inc. ("Cisco")': an alias in brackets ends a name
    r"|(?<=[\"\u201d]\))[ \t\xa0]*"
)
# The same pattern in the standard ``re`` engine, ~3x faster on it (the regex module tries its
# lookbehinds slowly at every position). For ASCII text the engines agree: the pattern holds no
# class whose tables differ (only \d, ASCII digits there) and no case folding; zero-width
# matches split alike (both as Python 3.7+).
_CHUNK_SPLIT_RE = re.compile(CHUNK_SPLIT.pattern)


def split_chunks(s: str) -> list[str]:
    """``CHUNK_SPLIT.split(s)``."""
    return (_CHUNK_SPLIT_RE if s.isascii() else CHUNK_SPLIT).split(s)


# The alias after a name: 'Healthcare Distribution Specialists LLC ("HDS")', '(the "Company")'.
ALIAS = regex.compile(
    r"[ \t\xa0]*(?:\((?:the[ \t\xa0]+)?[\"\u201c][^()\r\n]{1,40}[\"\u201d]\)"
    r"|[\"\u201c][A-Za-z ]{1,30}[\"\u201d])$",  # 'CCA INDUSTRIES, INC. "Company"'
    regex.I,
)
# Words after a signature line that mark a notary's certificate: the row is the notary's.
NOTARY_AFTER = regex.compile(r"(?i)[^:/]{0,80}?\b(?:notary\s+public|notary\s+seal)")  # not past another "/s/"
FILLER = regex.compile(r"[\s_\-.=*]*")
# "Customer: Eliance Corporation", "LICENSEE: ..." : a role label before the party name.
ROLE_PREFIX = regex.compile(
    r"^(?:[A-Z][A-Za-z]{1,20}(?:[ \t][A-Za-z]{1,20}){0,2}|[A-Z ]{2,30})[ \t]*:[ \t]*(?=\S)"
)
# The end of a sentence ("written.", also glued: "written.FEDERATED", 'written.“Distributor”', a name
# written in lower case first "Agreement.iBio Inc."); "Inc." and "S.A." are not ends.
SENTENCE_END = regex.compile(
    r"(?<=[a-z0-9]{3}[.!?])(?:[\s\xa0]+|(?=[A-Z\"\u201c]|[a-z][A-Z]))|(?<=[a-z]{2}[.!?][\"\u201d])[\s\xa0]+"
)
ITS = regex.compile(r"(?i)(?:^|[,\s])its\s+\w")
# Address lines set beside the party name (dropped), and notes after it (cut off).
ADDRESS = regex.compile(
    r"(?i)\b\d{5}(?:-\d{4})?\b|^\d+\s+\w|\b(?:floor|suite|street|road|avenue|boulevard|p\.?\s?o\.?\s+box)\b"
)
NOTE = regex.compile(r"(?i)\b(?:tax\s+id|attn|attention|fax|tel(?:ephone)?)\b")
OFFICER_WORDS = frozenset(vocabulary("signature_officer_words"))
# Two blanks after an officer word end a signer's line: "Darren Long - CEO  The National Football League Alumni, Inc."
AFTER_OFFICER = regex.compile(
    r"(?i)(?<![a-z])(?:" + "|".join(regex.escape(w) for w in sorted(OFFICER_WORDS, key=lambda w: (-len(w), w)))
    + r")(?-i:(?![a-z]))\K[ \t\xa0]{2,}+(?=\S)"
)
# An officer word inside a title value, also glued to the next name ("DirectorFujitsu").
OFFICER_WORD = regex.compile(
    r"(?i)\b(?:" + "|".join(regex.escape(w) for w in sorted(OFFICER_WORDS, key=lambda w: (-len(w), w)))
    + r")(?-i:(?![a-z]))"
)
# A party never opens with these ("Witness", "On behalf of"); a signer is never "Authorized Signatory".
NOT_PARTY_WORDS = frozenset({"on", "for", "in", "witness", "witnesses", "attest", "dated", "signed", "date"})
SMALL_WORDS = frozenset({"of", "and", "the", "for", "de", "du", "la", "le", "a", "an", "in", "on", "&", "et"})
# A caption printed under a line, never a party: "Full Name (Typed or Printed)", "(Signature)".
CAPTION = regex.compile(r"(?i)\((?:typed|printed|print|signature|name|title|date|seal)\b[^()]{0,30}\)")
SEAL = regex.compile(r"(?i)[ \t\xa0]*\((?:seal|l\.s\.)\)")
NOT_PARTY = regex.compile(r"(?i)authori[sz]ed\s+(?:signatory|representative|officer|person)")
DATE_LINE = regex.compile(r"(?i)dated?[ \t\xa0]*:")
# A department or site line under the entity name: "Bio Technology Development Center".
DEPARTMENT = regex.compile(r"(?i)\b(?:center|centre|department|division|dept\.?|office|unit|branch)$")
NOT_PERSON = regex.compile(r"(?i)^authori[sz]ed\s+sign")
# "January 7, 2019 ARES TRADING SA", "4/8/2020 YA II PN, Ltd.": a date run into the name.
_MONTH_STEMS = "|".join(line.split()[0][:3].lower() for line in vocabulary("months"))  # jan|feb|...
DATE_PREFIX = regex.compile(
    rf"(?i)^(?:(?:{_MONTH_STEMS})[a-z]{{0,6}}\.?\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{2,4})\s+"
)
# "Signed for and on behalf of ACME LIMITED", "Executed as a Deed by BICYCLETX LIMITED acting by a director"
ON_BEHALF = regex.compile(
    r"(?i)^(?:(?:signed|executed)(?:\s+as\s+a\s+deed)?\s+(?:(?:for\s+and\s+)?on\s+behalf\s+of|by)"
    r"|(?:for\s+and\s+)?on\s+behalf\s+of)\s+"
)
# The "by" that closes "SIGNED for and on behalf of HealthGate by:" over the "By:" line: "HealthGate by:" on a
# line of its own; after ON_BEHALF on the same line also without its colon, or glued where a flattened copy
# lost the blank ("HealthGateby:")
PARTY_BY = regex.compile(r"[ \t\xa0]++(?:by|BY|By)[ \t\xa0]*+:[ \t\xa0]*+$")
BEHALF_BY = regex.compile(r"(?:[ \t\xa0]++(?:by|BY|By)[ \t\xa0]*+:?|(?<=[a-z])by[ \t\xa0]*+:)[ \t\xa0]*+$")
# The party written under a signature line: "Representative of MP3.com", "On behalf of ACME Inc.".
PARTY_BELOW = regex.compile(
    r"(?i)(?:representative|on\s+behalf)\s+of\s+(?P<name>[^\r\n]{2,80}?)(?=[ \t\xa0]{3,}|[\r\n]|$)"
)
# "... acting by its director"; "CARBOGEN AMCIS AG by its" (over "authorized signatory:"), also glued: "CUSTOMERby its"
ACTING_BY = regex.compile(r"(?i)\s+acting\s+(?:by|through)\b.*$|(?:\s+|(?<=[A-Z]{2}))(?-i:by|BY|By)\s+its\s*$")
LEAD_FILLER = regex.compile(
    r"^(?:[\s_\-=.]+|(?i:very\s+truly\s+yours|sincerely|yours\s+(?:truly|sincerely|faithfully)"
    r"|(?:best\s+|kind\s+)?regards|cordially)(?:,?\s+|,|(?=[A-Z])|$))"
)
# A quoted role label written over a column, before the name: '"Distributor"', '“Company:”' (letters and
# blanks, at most 30, inside straight or curly quotes; a colon may end it). One pattern text shared by the
# readers of signature_names and signature_flat, each adding what it needs around it.
QUOTE_OPEN = r"[\"\u201c]"
QUOTE_CLOSE = r"[\"\u201d]"
QUOTED_ROLE_LABEL = rf"{QUOTE_OPEN}[A-Za-z ]{{1,30}}+:?{QUOTE_CLOSE}"
# '"Distributor" ALPS DISTRIBUTORS, INC.', also glued ('“Distributor”ALPS ...': flattened text)
QUOTED_ROLE = regex.compile(rf"^{QUOTED_ROLE_LABEL}(?:\s+(?=\S)|(?=[A-Z]))")
# The phrases opening an acceptance block ("Accepted and agreed to", "Consented to"), one alternation
# (no flags: each user says how it matches case)
ACCEPTANCE_PHRASES = "|".join(f"(?:{p.strip()})" for k, p in KIND_PHRASES if k == "acknowledged")
KIND_PREFIX = regex.compile(rf"(?i)^(?:as\s+)?(?:{ACCEPTANCE_PHRASES})[\s:,]*")
# ", a Delaware corporation" under or after the name.
DESCRIPTOR = regex.compile(r"(?:,\s*+|\s++)(?i:an?)\s++(?:[A-Z][\w.]*+\s++){1,3}[a-z]++(?:\s++[a-z]++){0,3}\.?$")
# The same, anywhere in a line holding two columns: "... LLC X, INC. a Delaware limited liability company a
# Maryland corporation".
DESCRIPTOR_ANY = regex.compile(
    r"(?:,[ \t\xa0]*|(?<=[ \t\xa0]))an?[ \t\xa0]+[A-Z][a-z]+(?:[ \t\xa0]+(?!an?\b)[a-z]+){1,4}\b"
)
# Role words written over the party names of a block: "LICENSOR LICENSEE".
ROLE_WORDS = frozenset(vocabulary("signature_role_words"))
# The role words that may be glued to a name where a flattened copy lost its blanks, longest first: not
# "partner", "party", "owner", "agent", "company", which also open names and longer words ("PARTNERRE",
# "AGENTS", "COMPANYCOMPANY", a doubled form)
GLUED_ROLE_WORDS = tuple(
    sorted(ROLE_WORDS - {"partner", "party", "owner", "agent", "company"}, key=lambda w: (-len(w), w))
)
# An upper-case entity name at the end of a field value: "Jon R. Sabes, CEO THE LT-1 EXCHANGE TRUST,".
ENTITY_TAIL = regex.compile(r"(?<![A-Za-z])(?:[A-Z0-9][A-Z0-9&.,'/-]*[ \t\xa0]+){1,10}[A-Z][A-Z.]*,?$")
# "John D. Forbess, Executive VP/Secretary": a name and a title on one line.
NAME_COMMA_TITLE = regex.compile(r"^(?P<name>[^,]{3,60}),[ \t\xa0]+(?P<title>[^,]{2,80})$")
# An entity suffix with the next name glued on: "CORPORATIONPCOMED", "AssociationFreeze", "Inc.ONTOCHEM".
GLUED_SUFFIX = regex.compile(rf"(?i:{suffix_alternation('glued')})(?=[A-Z])")
# The corporate-form suffixes that complete a short name elsewhere in the text ("MP3.com" -> "MP3.com, Inc.").
FORM_SUFFIX = rf",?[ \t\xa0]+(?:{suffix_alternation('completes', word_end=True)})"
TRAILING_NUMBER = regex.compile(r"\s+\d{1,3}$")
DOUBLED = regex.compile(r"(?i)\b([a-z.]{2,15}?)\1$")



# -- the field grammar (run on one field's text only) -----------------------------
label = pp.Regex(rf"(?i)(?:\(signature\)|{_LABEL_WORDS})").set_name("label")
colon = pp.Suppress(pp.Optional(pp.Literal(":"))).set_name("colon")
blank = pp.Regex(r"[_\-.][_\-. \t\xa0]{2,}").set_name("blank")
conformed = pp.Regex(r"(?i)/?s/").set_name("conformed")
name = pp.Regex(r"[^\s_](?:[^\r\n]{0,150}[^\s_\-])?").set_name("name")
field = (
    pp.Optional(label("label"))
    + colon
    + pp.Optional(blank)("blank_before")
    + pp.Optional(conformed("conformed"))
    + pp.Optional(name("value"))
    + pp.Optional(blank)("blank_after")
).set_name("field")
field = field.parse_with_tabs()
# One field's whole text (StringEnd once here: parse_all=True would build a new one on every call).
field_line = (field + pp.StringEnd()).set_name("field_line").parse_with_tabs()
MATCH = compile_grammar(field_line)  # most field texts are new (names, titles): one C call each


class FieldReading(TypedDict):
    """What one field says: its label (lower case, None when nothing matched), value, and whether it
    is signed ("/s/") or a blank line."""

    label: str | None
    value: str | None
    signed: bool
    blank: bool


def parse_field(text: str) -> FieldReading:
    """``{"label", "value", "signed", "blank"}`` for one field's text ("By: /s/ Jane Doe")."""
    # cached by the text the grammar sees: "By:", "By: " and "By:\xa0" are parsed once
    return _parse_field(text.replace("\xa0", " ").strip(WS + "\r\n"))


def field_value(v: Mapping[str, str | None]) -> FieldReading:
    """What ``field_line``'s results names (``MATCH.values``) say of a field."""
    value = " ".join(v["value"].split()) if v["value"] else None
    return {
        "label": " ".join((v["label"] or "").lower().split()),
        "value": value or None,
        "signed": v["conformed"] is not None,
        "blank": bool(v["blank_before"] or v["blank_after"]) and not value,
    }


@lru_cache(maxsize=4096)
def _parse_field(text: str) -> FieldReading:
    m = MATCH.match(text)
    if m is None:
        return {"label": None, "value": None, "signed": False, "blank": False}
    return field_value(MATCH.values(m))


def field_of(label_text: str) -> str:
    """The field a label names: "Printed Name" -> "name", "Its" -> "title"."""
    if not label_text:
        return "signature"  # a conformed "/s/" standing alone
    if label_text.startswith("("):
        return "by"  # "(Signature)" under the line
    return LABEL_FIELD.get(" ".join(label_text.lower().split()), "other")
