"""People signing for themselves in a signature block: a bare "/s/" written beside, above or under
an entity's signed "By:" is a person's own signature (a row with no party), not a field of the
officer's, unless a witness's caption stands by it. Used by ``signatures``."""

from __future__ import annotations

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import signature as g
from .signature_fields import Field


def by_signed(fields: list[Field]) -> Field | None:
    """The signatory's "By:" signed with a name, if any."""
    return next((f for f in fields if f.name in ("by", "by_via") and f.signed and f.value), None)


def other_person(a: str | None, b: str | None) -> bool:
    """Two signers' names that share no word: not one name typed twice."""
    words = {w.strip(".,").lower() for w in (a or "").split() if len(w) > 2}
    return bool(a and b) and not any(w.strip(".,").lower() in words for w in (b or "").split())


def beside_by(text: str, fields: list[Field], f: Field) -> bool:
    """Is the bare "/s/" ``f`` a person's own signature written beside (after a wide gap, on the
    same line) the signed "By:" of the signatory with ``fields``, not a field of it?"""
    if not (f.bare and f.signed and f.name == "signature" and f.value):
        return False
    by = by_signed(fields)
    if by is None or by.end > f.start or g.LINE_END.search(text, by.end, f.start) is not None:
        return False
    beside = g.WIDE_GAP.search(text, by.start, f.start) is not None
    return beside and other_person(by.value, f.value) and not witness_near(text, f)


def signs_under_by(text: str, fields: list[Field], f: Field) -> bool:
    """Is the bare "/s/" ``f``, on a line under the signed "By:" of the signatory with ``fields``,
    another person's own signature (not a field of that signatory, who signed already)?"""
    if not (f.bare and f.signed and f.name == "signature" and f.value):
        return False
    by = by_signed(fields)
    if by is None or by.end > f.start or g.LINE_END.search(text, by.end, f.start) is None:
        return False
    return other_person(by.value, f.value) and not witness_near(text, f)


def signs_alone(text: str, pending: list[Field], first: list[Field], nxt: Field | None) -> bool:
    """A bare "/s/" written before a "By:" that is signed (on its line, or by the "/s/" ``nxt`` under
    it), on a line above or a column to its left, is a person's own signature (a table's two columns
    flattened), not the "By:"'s."""
    mark = next((f for f in pending if f.bare and f.signed and f.name == "signature" and f.value), None)
    by = by_signed(first)
    under = nxt is not None and nxt.bare and nxt.signed and bool(nxt.value)
    if by is None and under and not any(f.value for f in first) and nxt is not None and (
        g.FILLER.fullmatch(text, max(f.end for f in first), nxt.start) is not None  # nothing between
    ):
        by = nxt  # "By: / /s/ Sean A. Gray": the "By:" signed on the line under it
    if mark is None or by is None or mark.end > by.start:
        return False
    if g.LINE_END.search(text, mark.end, by.start) is None and g.WIDE_GAP.search(text, mark.end, by.start) is None:
        return False
    return other_person(by.value, mark.value) and not witness_near(text, mark)


# "WITNESSES:", "Witness", "ATTEST": not "IN WITNESS WHEREOF"
WITNESS_WORD = regex.compile(
    r"(?i)(?<![a-z])(?:witness(?:es|ed)?|attest(?:ed)?)(?![a-z])(?![ \t\xa0\r\n]++(?:whereof|thereof|hereof))"
)
WITNESS_REACH = 160  # characters: the line or two above and below a signature


def witness_near(text: str, f: Field) -> bool:
    """Is a witness's caption ("WITNESSES:", "Witness" under the line) written by the "/s/" ``f``?"""
    lo = max(0, f.start - WITNESS_REACH)
    return WITNESS_WORD.search(text, lo, min(len(text), f.end + WITNESS_REACH)) is not None


# A role label alone between two signatories: "CONSULTANT:", "EXECUTIVE:"
ROLE_LABEL_ONLY = regex.compile(r"(?i:the[ \t\xa0]++)?+[A-Z][A-Za-z]*+[ \t\xa0]*+:[ \t\xa0]*+")


def signs_under_glued(text: str, fields: list[Field], f: Field) -> bool:
    """Is the bare "/s/" ``f`` another person's own signature under the signed "By:" of the signatory
    with ``fields``, in text that lost the line break before it, with only a role label between them
    ("Title:CFOCONSULTANT:/s/ Alan Crane")? With the line breaks kept, ``signs_under_by`` sees it."""
    if not (f.bare and f.signed and f.name == "signature" and f.value) or not fields:
        return False
    by, last = by_signed(fields), max(x.end for x in fields)
    if by is None or last > f.start or g.LINE_END.search(text, by.end, f.start) is not None:
        return False
    if ROLE_LABEL_ONLY.fullmatch(text, last, f.start) is None:
        return False
    return other_person(by.value, f.value) and not witness_near(text, f)


def signer_name(value: str | None) -> str | None:
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


def clean_title(value: str | None) -> str | None:
    """"Executive Administrator 23" (a page number glued on in extraction) -> "Executive Administrator"."""
    return g.TRAILING_NUMBER.sub("", value).strip(" ,;") or None if value else None
