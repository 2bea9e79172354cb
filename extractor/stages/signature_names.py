"""Signature parties: what a human reads as the name when the text writes more than the name.

Small rules shared by the readers of ``signature_parties`` and ``signature_fields``, each for one kind
of text that two extractions of one contract write differently:

- a "doing business as" name wrapped over two lines ("STALLINGS CAPITAL GROUP CONSULTANTS, LTD., DBA BOB
  / STALLINGS RACING", "Greater Delaware Valley Savings Bank / d/b/a Alliance Bank") is one name;
- an acceptance line run on after a title ("Title: Vice-President, General Manager, Television  ACCEPTED
  and AGREED TO this ___ day of ___") opens the next block: it is no part of the title;
- a quoted role label over a column ('"Consultant" TruckThat LLC', '“Newegg”“Allied”Newegg Inc.',
  the labels of two columns run together) is no part of the name after it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import signature as g
from .signature_keys import written_in

if TYPE_CHECKING:
    from .signature_fields import Field

# "d/b/a", "dba", "d.b.a." (a trade name follows)
_DBA = r"(?i:d/b/a|d\.b\.a\.?|dba)"
# a line that ends in an open trade name: "..., LTD., DBA BOB" (the name goes on on the next line)
DBA_OPEN = regex.compile(rf"(?<![A-Za-z]){_DBA}(?:[ \t\xa0]++[^\s]++){{0,2}}+[ \t\xa0]*+$")
# a line that opens with the trade name: "d/b/a Alliance Bank" under the legal name
DBA_LEAD = regex.compile(rf"^{_DBA}(?![A-Za-z])")

# A quoted role label inside a value, the next party's name after it ('BRIAN HAYEK, President "Consultant"
# TruckThat LLC'): the quotes of g.QUOTED_ROLE_LABEL around a stricter inside, on purpose - one to three words,
# the first capitalised, one blank between them (no 30-letter cap) - since it is searched anywhere in a value
# (tests/test_signature_quoted_roles.py shows where the two differ).
QUOTED_LABEL = regex.compile(
    rf"{g.QUOTE_OPEN}[A-Z][A-Za-z]*+(?:[ \t\xa0][A-Za-z]++){{0,2}}+:?{g.QUOTE_CLOSE}[ \t\xa0]*+(?=[A-Z])"
)
# The labels of columns run together before the name: '"Newegg" "Allied" Newegg Inc.'; g.QUOTED_ROLE_LABEL
# whose inside opens with a letter (not '" Company"'), also before a quoted name ('"Agent" "Acme, Inc."')
QUOTED_LABELS = regex.compile(rf"^(?:(?={g.QUOTE_OPEN}[A-Za-z]){g.QUOTED_ROLE_LABEL}[ \t\xa0]*+)++(?=[A-Z\"\u201c])")


def dba_continues(above: str, line: str, formed: bool) -> bool:
    """Does ``line`` go on the trade name of the line ``above`` (or open it under the legal name)?
    ``formed``: the line ends in a corporate form ("GAINSCO, INC."): the next column's own name."""
    if not line[:1].isalpha():
        return False
    return DBA_LEAD.match(line) is not None or DBA_OPEN.search(above) is not None and line[:1].isupper() and (
        not formed
    )


def without_quoted_labels(s: str) -> str:
    """A name without the quoted role labels written before it: '"Newegg" "Allied" Newegg Inc.' ->
    'Newegg Inc.'."""
    return QUOTED_LABELS.sub("", s)


def after_quoted_label(value: str) -> tuple[int, int] | None:
    """Where the last quoted role label inside a value starts and ends, a name following it ('BRIAN HAYEK,
    President "Consultant" TruckThat LLC'): the next party's label and name, run on in flattened text."""
    found = [m for m in QUOTED_LABEL.finditer(value) if m.start() > 0]
    return found[-1].span() if found else None


# "Ltd" (no dot) with the next column's name glued on: "GLOBAL TECHNOLOGIES, LTDTIMOTHY CABRERA", "PTY
# LTDESPACIO ..."; not "LTDA" (a Brazilian form) nor a word holding the letters ("ULTDPage")
GLUED_LTD = regex.compile(r"(?<![A-Za-z])(?i:ltd)(?!A(?![A-Za-z]))(?=[A-Z][A-Za-z])")


def unglued_ltd(s: str) -> str:
    """Two names run together after a dotless "Ltd": a blank between them."""
    return GLUED_LTD.sub(lambda m: m.group() + " ", s)


MIN_NAMED_WORDS = 3  # a name this long, written in the preamble too, is no title


def written_before(text: str, value: str, pos: int) -> bool:
    """Does the text write ``value`` before ``pos``, its words spaced in any way or glued where a line
    break was lost ("Greater Delaware Valley Savings Bank d/b/a Alliance Bank", "AllianceMutual Holding
    Company": a party of the preamble)?"""
    words = value.split()
    if len(words) < MIN_NAMED_WORDS:
        return False
    return written_in(text, words, 0, pos)


# An acceptance phrase after a blank inside a field's value: the next block's opening line run on. The
# whole phrase in any case ("Agreed and accepted:"), unlike signature_flat.ACCEPTANCE_AFTER (one word in
# capitals): the two differ on purpose (tests/test_signature_quoted_roles.py).
ACCEPTANCE_IN_VALUE = regex.compile(rf"[ \t\xa0]++(?=(?i:{g.ACCEPTANCE_PHRASES}))")


def acceptance_cut(text: str, fields: list[Field]) -> None:
    """A title or name value that runs on into an acceptance line ends before it: the acceptance opens
    the next signatory's block, whose party is read apart from the officers above."""
    for f in fields:
        if f.name not in ("title", "name") or not f.value or f.signed:
            continue
        m = ACCEPTANCE_IN_VALUE.search(f.value)
        if m is None or m.start() == 0 or not g.OFFICER_WORD.search(f.value, 0, m.start()):
            continue  # an office before it ("Vice-President, General Manager, Television"): a title run on
        at = ACCEPTANCE_IN_VALUE.search(text, f.start, f.end)
        if at is not None:
            f.value, f.end = f.value[: m.start()].strip(" ,;") or None, at.start()


INNER_CAPITAL = regex.compile(r"[a-z].*[A-Z]|.[A-Z].*[a-z]")  # "IBio", "CC-Pharming", "eBay": a brand's word


def brand_columns(s: str, k: int) -> list[str] | None:
    """k one-word brand names side by side over k columns ("IBio CC-Pharming" over two "/s/" lines),
    each written in mixed case with a capital inside: the flattened copy ("IBioCC-Pharming") splits
    them where the case changes, this one at its blanks."""
    words = s.split()
    if k < 2 or len(words) != k or not all(INNER_CAPITAL.search(w) for w in words):
        return None
    return words


# Role words that never open a name (not "PARTNER", "OWNER", "AGENT", ...: "PARTNERRE LTD." is a name)
LEAD_ROLES = frozenset(g.GLUED_ROLE_WORDS) - {"developer"}
MIN_GLUED_NAME = 5  # letters of the name left after the role word ("MOBILEVISION"; not "DISTRIBUTORSHIP")


def glued_role_cut(s: str, roles: frozenset[str]) -> str:
    """A name without the column's role word in capitals glued before it, in text that lost its line
    breaks ("DISTRIBUTORMOBILEVISION COMMUNICATIONS LTD." -> "MOBILEVISION COMMUNICATIONS LTD.")."""
    head = s.split(None, 1)[0] if s.split() else ""
    if not head.isupper():
        return s
    for role, upper in _longest_first(roles):
        if head.startswith(upper) and sum(c.isalpha() for c in head[len(role) :]) >= MIN_GLUED_NAME:
            return s[len(role) :]
    return s


@cache  # a few fixed vocabularies (LEAD_ROLES, ...): sorted once, not at each name
def _longest_first(roles: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """``roles`` with their capitals, the longest role first, in a fixed order."""
    return tuple((r, r.upper()) for r in sorted(roles, key=lambda r: (-len(r), r)))
