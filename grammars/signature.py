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

import pyparsing as pp
import regex

from . import vocabulary

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
# A label: its colon, or (without one) a conformed mark or a signing line right after it. A label
# written in title case may be glued to the word before it (text that lost its line breaks:
# "John B. FisherName:", "COMPANYBy:"); any other needs a non-letter before it.
FIELD_LABEL = regex.compile(
    rf"(?:(?<![A-Za-z])(?i:(?P<label>{_LABEL_WORDS}))|(?<=[A-Za-z])(?P<label>{_TITLE_WORDS}))"
    r"(?:[ \t\xa0]{0,3}:|(?=[ \t\xa0]{0,3}(?:/[sS]/|_{3})))"
)
# A title-case label glued to the end of a value, colon or not: "Catherine LundName", "DerbyTitle".
GLUED_LABEL = regex.compile(rf"(?:{_TITLE_WORDS})(?=[A-Z0-9/:_]|[ \t][A-Z])")
CONFORMED = regex.compile(r"(?i)(?<![A-Za-z])/?s/[ \t\xa0]*")
BLANK_RUN = regex.compile(r"[_\-.][_\-. \t\xa0]{2,}")
WIDE_GAP = regex.compile(r"[ \t\xa0]{3,}")
IN_WITNESS = regex.compile(r"(?i)\bIN\s+WITNESS\s+(?:WHEREOF|THEREOF|HEREOF)")


def _kinds() -> list[tuple[str, regex.Pattern[str]]]:
    out = []
    for line in vocabulary("signature_kinds"):
        kind, phrase = line.split(None, 1)
        out.append((kind, regex.compile(rf"(?i)\b{phrase.strip()}")))
    return out


KINDS = _kinds()
ENTITY_SUFFIXES = frozenset(vocabulary("signature_entity_suffixes"))

# -- splitting the text around the labels (stage helpers) ------------------------
LINE_END = regex.compile(r"[\r\n\f]")
# Where the text above a "By:" falls apart into names: line breaks, wide gaps, glued words.
CHUNK_SPLIT = regex.compile(
    r"[\r\n\f]+|[ \t\xa0]{3,}"
    r"|(?<=[a-z)])(?=[A-Z][A-Z])|(?<=[A-Z]{2})(?=[A-Z][a-z])|(?<=\d)(?=[A-Z]{2})"  # "OfficerCRO", "CROClient"
    r"|(?<=[a-z]{3}[.!?])[ \t\xa0]*(?=[A-Z])|(?<=[:;])[ \t\xa0]+(?=[A-Z])"
)
FILLER = regex.compile(r"[\s_\-.=*]*")
# "Customer: Eliance Corporation", "LICENSEE: ..." : a role label before the party name.
ROLE_PREFIX = regex.compile(
    r"^(?:[A-Z][A-Za-z]{1,20}(?:[ \t][A-Za-z]{1,20}){0,2}|[A-Z ]{2,30})[ \t]*:[ \t]*(?=\S)"
)
# The end of a sentence ("written.", also glued: "written.FEDERATED"); "Inc." and "S.A." are not ends.
SENTENCE_END = regex.compile(
    r"(?<=[a-z]{3}[.!?])(?:[\s\xa0]+|(?=[A-Z]))|(?<=[a-z]{2}[.!?][\"\u201d])[\s\xa0]+"
)
ITS = regex.compile(r"(?i)(?:^|[,\s])its\s+\w")
# Address and notice lines set beside the party name.
ADDRESS = regex.compile(
    r"(?i)\b\d{5}(?:-\d{4})?\b|^\d+\s+\w"
    r"|\b(?:floor|suite|street|road|avenue|boulevard|p\.?\s?o\.?\s+box|tax\s+id|attn|attention)\b"
)
TRAILING_NUMBER = regex.compile(r"\s+\d{1,3}$")
DOUBLED = regex.compile(r"(?i)\b([a-z.]{2,15}?)\1$")



# -- the field grammar (run on one field's text only) -----------------------------
label = pp.Regex(rf"(?i)(?:{_LABEL_WORDS})").set_name("label")
colon = pp.Suppress(pp.Optional(pp.Literal(":"))).set_name("colon")
blank = pp.Regex(r"[_\-.][_\-. \t\xa0]{2,}").set_name("blank")
conformed = pp.Regex(r"(?i)/?s/").set_name("conformed")
name = pp.Regex(r"[^\s_][^\r\n]{0,150}?(?=[_\- \t\xa0]*$)").set_name("name")
field = (
    label("label")
    + colon
    + pp.Optional(blank)("blank_before")
    + pp.Optional(conformed("conformed"))
    + pp.Optional(name("value"))
    + pp.Optional(blank)("blank_after")
).set_name("field")
field = field.parse_with_tabs()


def parse_field(text: str) -> dict[str, str | bool | None]:
    """``{"label", "value", "signed", "blank"}`` for one field's text ("By: /s/ Jane Doe")."""
    try:
        res = field.parse_string(text.replace("\xa0", " ").strip(WS + "\r\n"), parse_all=True)
    except pp.ParseException:
        return {"label": None, "value": None, "signed": False, "blank": False}
    value = res.get("value")
    value = " ".join(value.split()) if value else None
    return {
        "label": " ".join(res["label"].lower().split()),
        "value": value or None,
        "signed": "conformed" in res,
        "blank": bool(res.get("blank_before") or res.get("blank_after")) and not value,
    }


def field_of(label_text: str) -> str:
    """The field a label names: "Printed Name" -> "name", "Its" -> "title"."""
    return LABEL_FIELD.get(" ".join(label_text.lower().split()), "other")
