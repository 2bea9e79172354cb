"""Parties named outside a party list: a defined entity, a letter's addressee, a plan's sponsor.

BNF::

    defined_entity ::= name [", " descriptor] "(" [the | herein called [the] | ...] quoted_alias ... ")"
    name           ::= capitalised words (connectors "of", "and", "&" inside) [", " entity_suffix]
    addressee      ::= date_line  address_block  ["Re:" ...]  "Dear" ...
                     | "To:" person_name
    person_name    ::= [honorific] Capitalised (Capitalised | Initial.){1,4} [", Jr." | "III" ...]
    plan_head      ::= sponsor [year] plan_words "PLAN"      (the lines that open a plan)
    sponsor        ::= capitalised words ending in an entity suffix | capitalised words before plan_words

Compiled ``regex`` patterns, tried only in the first few thousand characters of a document.
"""

from __future__ import annotations

from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from . import vocabulary
from .parties import ENTITY_SUFFIXES

# "(the "Company")", "(herein called the "Company")", "("MessageMedia" or the "Company")"; the
# quote misplaced in raw filings: '(the" Company")', '("the Company")'
DEFINED_ALIAS = regex.compile(
    r"\(\s{0,3}(?:(?:the|hereinafter|hereafter|herein|below|called|referred\s{1,3}to\s{1,3}as|individually"
    r"|collectively|together\s{1,3}with\s{1,3}its\s{1,3}\w+)(?:\s{1,3}|(?=[\"\u201c]\s))){0,5}"
    r"[\"\u201c](?:\s{1,3}|the\s{1,3})?(?P<alias>[A-Z][^\"\u201c\u201d()\n]{0,40}?)[\"\u201d]"
)
# One word of a name, read leftwards from the alias: capitalised, a digit run, or a connector.
NAME_WORD = regex.compile(r"(?:[A-Z0-9][\w.&'\u2019/-]*|&|of|and|de|du|la|der|von|y|the)\Z")
CONNECTOR = frozenset({"&", "of", "and", "de", "du", "la", "der", "von", "y", "the"})
# Words that open a sentence or a clause before a name: not part of it.
LEADING = frozenset(
    "On In With By For From To Between Among And The This That Dear Re Employer Employee You Your We Our Under "
    "If As At Of Between: AND BETWEEN BY THE AMONG UNDER ON IN FOR OF".split()
)
SUFFIX_WORDS = frozenset(s.casefold() for s in ENTITY_SUFFIXES)
PARTY_ROLES = frozenset(vocabulary("party_roles"))
_ROLE_FOLDED = {r.casefold(): r for r in PARTY_ROLES}

# Aliases that define a thing, not a party ("the "Plan"", "the "Board"").
NOT_PARTY_ALIASES = frozenset(a.casefold() for a in vocabulary("non_party_aliases"))
NOT_PARTY_NAME = regex.compile(
    r"(?i)\b(?:plan|agreement|board|committee|code|act|award|option|program|policy|earnings|share|kit|software"
    r"|republic|meeting|date|period|price)\b"
)
# "President and Chief Executive Officer of Trizec Properties, Inc.": the office before the name
OFFICE_OF = regex.compile(
    r"^.{0,80}?\b(?:Officer|President|Director|Chairman|Secretary|Treasurer|Counsel|Meeting|Branch|Division)"
    r"\s{1,3}of\s{1,3}(?:the\s{1,3})?"
)
# "Universal City Development Partners, Ltd. d/b/a "Universal Orlando" (hereinafter ...)"
DBA_BEFORE = regex.compile(r"\s{1,3}d/b/a\s{1,3}[\"\u201c][^\"\u201c\u201d]{1,60}[\"\u201d]\s{0,3}\Z")
# Not an addressee: "PERSONAL AND CONFIDENTIAL", "Via Federal Express"
NOT_ADDRESSEE = regex.compile(
    r"(?i)\b(?:confidential|personal|private|via|hand|delivery|delivered|mail|facsimile|email|fax|copy|express"
    r"|re|subject)\b"
)
# Generational and degree suffixes a comma may stand before inside a person's name
NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "m.d.", "ph.d.", "esq."})

# "SUPPLY AGREEMENT between CREMER OLEO GmbH & Co KG, ... and Ultragenyx ...": a party list with no
# "This Agreement is made" sentence before it; "PARTIES (1) X ...; and (2) Y ..." under a heading
BETWEEN = regex.compile(
    r"(?<![\w])(?:between|BETWEEN|Between|among|AMONG|Among|PARTIES(?=\s{0,3}:?\s{1,6}\(1\)))\s{0,3}:?"
    r"(?:\s{1,6}|(?=\(1\)\s{1,6}[A-Z]))"  # line breaks lost: "December 2001.BETWEEN(1)  CHINA ECONOMIC ..."
    r"(?=[\"\u201c(]?[A-Z0-9])"
    r"|(?<=[a-z\"\u201d])between(?=[A-Z])"  # line breaks lost: "Distributorship agreementbetweenSignature ..."
)

# "Borrower (Party A): Jilin Hengchang Agricultural Development Co. LTD. Address: ..."
ROLE_PARTY_LABEL = regex.compile(
    r"(?P<role>[A-Z][a-z]{2,20})\s{0,3}\(\s{0,3}Party\s{1,3}(?P<label>[A-D])\s{0,3}\)\s{0,3}[:\uff1a]\s{0,3}"
)
# "CHINA GROWTH CORPORATION\uff0ca company incorporated under ...": the descriptor after a labelled name
LABEL_DESCRIPTOR = regex.compile(r"\s{0,3}[,\uff0c]\s{0,3}an?\s")

# Where a "between" list ends when no sentence end does: the recitals, the parties' collective name,
# a confidentiality marker or a table of contents on a cover page
LIST_END = regex.compile(
    r"(?i)\b(?:whereas|recitals|witnesseth|background|now,?\s{1,3}therefore|individually|collectively"
    r"|table\s{1,3}of\s{1,3}contents)\b|\*{3}"
)

HONORIFIC = regex.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Mssrs|Messrs|Prof)\.?\s+")
PERSON = regex.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s{1,3})?"
    r"[A-Z][a-zA-Z'\u2019-]+\.?(?:\s{1,3}(?:[A-Z]\.|\(?[A-Z][a-zA-Z'\u2019-]+\)?)){1,4}"
    r"(?:,?\s{1,3}(?:Jr\.?|Sr\.?|III|II|IV|Esq\.?|Ph\.D\.?|M\.D\.))?"
)
DEAR = regex.compile(r"(?m)^[ \t]*Dear\s{1,3}[A-Z][^\n:,]{0,40}[:,]")
TO_LINE = regex.compile(r"(?m)^[ \t]*(?:TO|To)\s{0,3}:\s{0,12}(?P<name>[^\n]{3,60})$")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE_LINE = regex.compile(
    rf"(?im)^[ \t]*(?:[A-Za-z]+,\s{{1,3}})?(?:{MONTHS})\.?\s{{1,3}}\d{{1,2}},?\s{{0,3}}\d{{4}}[ \t]*$"
    rf"|^[ \t]*\d{{1,2}}\s{{1,3}}(?:{MONTHS}),?\s{{1,3}}\d{{4}}[ \t]*$"
)
# A line that opens a plan's head and names no sponsor, or words that start a plan's title.
PLAN_WORDS = regex.compile(
    r"(?i)\b(?:\d{4}|amended|restated|new|executive|senior|supplemental|stock|employee|employees|retirement"
    r"|deferred|incentive|non-?employee|nonqualified|non-?qualified|savings|compensation|severance|bonus"
    r"|directors?'?|performance|long-?term|restricted|annual|management|key|officers?|equity|omnibus|share"
    r"|option|purchase|profit|pension|excess|benefit|change|teamshare)\b"
)
PLAN_LINE = regex.compile(r"(?i)\bplan\b")
SPONSOR_SKIP = regex.compile(r"(?i)^(?:(?:supplement|amendment|appendix|schedule)\s+(?:no\.?\s*\d+\s+)?to\s+)?the\s+")


def role_of(alias: str | None) -> str | None:
    """The alias as a role when it is a role word ("Company", "Executive", "Borrower")."""
    if not alias:
        return None
    return _ROLE_FOLDED.get(" ".join(alias.split()).casefold())


def is_role_name(name: str) -> bool:
    """ "Franchisor", "the Service Recipient", "Master Franchisee": a role, not a name."""
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return bool(words) and len(words) <= 3 and role_of(words[-1]) is not None and not is_suffix_word(words[-1])


# after a name's entity suffix, the words that open how the party signs, not its name ("BANK OF SOUTH
# PACIFIC LIMITED by its Attorney", "DATEC (PNG) LIMITED by the authority of the Directors")
SIGNING_WORDS = ("by", "acting", "through")


def is_suffix_word(word: str) -> bool:
    return word.strip(",").casefold() in SUFFIX_WORDS
