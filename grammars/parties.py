"""A party as the preamble introduces it.

BNF::

    party_list  ::= party (separator party)*
    separator   ::= ";" | [","] "and" | "AND:"            (outside parentheses and quotes)
    party       ::= name [descriptor] [alias] [role] ...
    name        ::= words up to the first ", a", "(", ", having", ", located", an address, ...
                    (", Inc.", ", LLC", "(Pty) Limited" stay inside: vocab/entity_suffixes.txt)
    descriptor  ::= ("a" | "an") [jurisdiction] entity_type [organised_under jurisdiction]
                  | organised_under jurisdiction
    organised_under ::= ("organized" | "incorporated" | "existing" | "formed" | "amalgamated" ...)
                        ... "laws of" ["the"] [("State" | "Province" | "Commonwealth" | "Republic") "of"]
    jurisdiction::= Delaware | New York | British Columbia | France | ...   (vocab/jurisdictions.txt)
    entity_type ::= corporation | limited liability company | ...            (vocab/entity_types.txt)
    alias       ::= "(" [the | hereinafter [referred to as] | ...] quoted ... ")"
                  | "referred to" [...] "as" quoted ["or" quoted]
    role        ::= "as" ["the"] Capitalised words          ("as Borrower", "as Administrative Agent")

Text that lost its line breaks glues words ("aPennsylvaniacorporation",
"andFEDERATED"), so the descriptor terminals need no word boundary. Compiled
``regex`` patterns split the list and cut the name; the ``descriptor`` grammar,
compiled into one pattern (``MATCH``), reads jurisdiction and entity type out of
one party's text.
"""

from __future__ import annotations

import pyparsing as pp

from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from . import vocabulary
from .compile import compile_grammar
from .suffixes import suffix_alternation


def _alt(words: list[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s{0,3}") for w in sorted(words, key=lambda w: (-len(w), w)))


JURISDICTIONS = vocabulary("jurisdictions")
ENTITY_TYPES = dict(ln.split("|") for ln in vocabulary("entity_types"))
ENTITY_SUFFIXES = dict(ln.split("|") for ln in vocabulary("entity_suffixes"))
_SUFFIX_TYPES = {k.casefold(): v for k, v in reversed(list(ENTITY_SUFFIXES.items()))}


def _spaced(word: str) -> str:
    return regex.escape(word).replace(r"\ ", r"\s{0,3}")


_JUR_ALT = "|".join(
    f"{_spaced(j)}|{_spaced(j.upper())}" for j in sorted(JURISDICTIONS, key=lambda w: (-len(w), w))
)
_TYPE_ALT = _alt(list(ENTITY_TYPES))
TYPE_ALT = _TYPE_ALT  # the entity types as one alternation ("limited liability company|corporation|...")

# an entity type opening a text ("Corporation, with offices ..."): a descriptor a blank line split
TYPE_START = regex.compile(rf"(?i)(?:{_TYPE_ALT})(?![a-z])")

# -- descriptor grammar ------------------------------------------------------------
article = pp.Regex(r"(?i)an?(?=[\s\xa0]|[A-Z])").set_name("article")
jurisdiction = pp.Regex(rf"(?:{_JUR_ALT})").set_name("jurisdiction")
entity_type = pp.Regex(rf"(?i)(?:{_TYPE_ALT})(?![a-z])").set_name("entity_type")
organised_under = pp.Regex(
    r"(?i)(?:duly\s{1,3})?(?:organi[sz]ed|incorporated|existing|formed|amalgamated|established|registered|chartered)"
    r"[^()\"\u201c;]{0,80}?(?:laws?|state)\s{1,3}of\s{1,3}(?:the\s{1,3})?"
    r"(?:(?:State|Province|Commonwealth|Republic|Kingdom|Grand\s{1,3}Duchy)\s{1,3}of\s{1,3})?"
).set_name("organised_under")
# what may stand between the entity type and a later "organized under the laws of ..."
before_organised = pp.Regex(
    r"[^()\"\u201c;]{0,60}?(?=(?i:organi[sz]ed|incorporated|existing|formed|amalgamated|established|registered|chartered))"
).set_name("before_organised")
descriptor = (
    (
        (
            article
            + pp.Opt(jurisdiction("jurisdiction"))
            + entity_type("entity_type")
            + pp.Opt(before_organised + organised_under + jurisdiction("jurisdiction"))
        )
        | (organised_under + jurisdiction("jurisdiction"))
    )
    .set_name("descriptor")
    .parse_with_tabs()
)
# ``descriptor.scan_string(text)``'s first match as one pattern search.
MATCH = compile_grammar(descriptor, scan=True)

# -- regex terminals -------------------------------------------------------------------
QUOTED = regex.compile(
    r"[\"\u201c\u201d\u2018\u2019']{1,2}\s{0,2}(?P<alias>[^\"\u201c\u201d()]{1,60}?)\s{0,2}[,.]?[\"\u201d\u201c\u2019]"
)
ALIAS_PAREN = regex.compile(
    r"\(\s{0,8}(?:(?:the|this|each|a|an|hereinafter|hereafter|herein|individually|collectively|together|jointly|"
    r"referred|to|as|called|being|designated|sometimes|and|or|together\s+with|with|[A-Za-z]+,)\s{1,3}){0,8}"
    r"[\"\u201c\u201d]"
    r"[^()]{0,200}\)"
)
ALIAS_REFERRED = regex.compile(
    r"(?i)(?:(?:hereinafter|hereafter|herein|below)\s{0,3}(?:referred\s{1,3}to\s{1,3}as|called)?|referred\s{1,3}to"
    r"(?:\s{1,3}(?:in\s{1,3}this\s{1,3}(?:agreement|amendment)|herein|hereafter|hereinafter|below))?\s{1,3}as)"
    r"\s{0,3}(?:the\s{1,3})?(?=[\"\u201c])"
)
# a name may open with a lower-case letter: "mPhase Technologies", "eDiets.com", "i-Escrow", "deltathree.com, Inc."
_NAME_START = r"(?=[A-Z0-9\"\u201c]|[a-z]{1,2}[A-Z]|[a-z]-[A-Za-z]|[a-z][a-z0-9-]{1,30}+\.(?:com|net)\b)"
SEPARATOR = regex.compile(
    # U+037E (Greek question mark) stands for a semicolon in some PDF text
    r"\s{0,3}[;\u037e]\s{0,3}(?:-{1,2}\s{0,3})?(?:and(?![a-z])\s{0,3}(?:-{1,2}\s{0,3})?)?"
    # one name a line on a cover page: "SEMINOLE DEVELOPMENT CORPORATION\nPOST, BUCKLEY INTERNATIONAL, INC.\n..."
    rf"|(?<=(?i:{suffix_alternation('glued_end')}))[ \t]*\r?\n[ \t]*(?=[A-Z][A-Z0-9&.,'() -]{{2,80}}\r?\n)"
    # line breaks lost: '(the "Company")AND:INTERMARK', '("Principal")AndPreCheck', '"NLS"andEurofarma';
    # a party named by a description: '("GWG"), and the Trust Advisors to the Seller Trusts (the "Trust Advisors")'
    r"|(?<=[)\"\u201d,])\s{0,3}(?:AND|and|And)"
    r"(?:\s{0,3}:?\s{0,3}(?=[A-Z]{2})|\s{1,3}(?=[A-Z])|\s{1,3}(?=the\s{1,3}[A-Z])|(?<=[)\"\u201d]\s{0,3}\w{3})(?=[A-Z][a-z]))"
    r"|(?<=[.a-z])\s{0,3}AND\s{0,3}:\s{0,3}(?=[A-Z])"  # "... Hong Kong.AND:Mr. Zheng Qing", "of one partAND:AGAPE"
    rf"|(?<=(?:{suffix_alternation('glued_end')}))And(?=[A-Z])"  # "Signature Orthopaedics Pty LtdAndCPM Medical"
    r"|(?<=[)\"\u201d])(?:And|and)(?=[A-Z])"  # '(herein referred to as "Principal")AndPreCheck Health ...'
    r"|,?\s{1,3}and,?\s{1,3}on\s{1,3}the\s{1,3}other\s{1,3}hand,?\s{1,3}"  # "..., and, on the other hand, Y"
    r"|,\s{1,3}together\s{1,3}with\s{1,3}(?=[A-Z])"  # '... (the "Company"), together with Bluerock ..., L.P.'
    # '... ("CSA") agent for Robbie Fowler ("Talent")': the agent's principal is a party of its own
    r"|(?<=[\"\u201d]\s{0,2}\))\s{1,3}(?:as\s{1,3})?agent\s{1,3}for\s{1,3}(?=[A-Z])"
    rf"|,?\s{{1,3}}in\s{{1,3}}favou?r\s{{1,3}}of\s{{1,3}}{_NAME_START}"  # "made by X, in favor of Y"
    r"|\s{1,3}(?=\(\s{0,2}[2-9]\s{0,2}\)\s{1,6}[A-Z])"  # "BETWEEN: (1) X ... (the Company) (2) JOHN ROGERS"
    # "and" alone on its line (or between wide gaps) on a cover page: "AND", "- and -", "-- AND --"
    r"|(?:[ \t\xa0]*+\r?\n\s*+|[ \t\xa0]{3,}+)(?:-{1,2}[ \t]*+)?(?:and|AND|And)(?:[ \t]*+-{1,2})?:?"
    r"(?:[ \t\xa0]*+\r?\n\s*+|[ \t\xa0]{3,}+)"
    rf"|,?\s{{1,3}}(?:and|AND),?\s{{0,3}}:?\s{{0,3}}{_NAME_START}|,?\s{{1,3}}and(?=[A-Z])"
    # "... TX 75069 and the American Diabetes Association, Inc.": the article stays with the name
    r"|\s{1,3}and\s{1,3}(?=the\s{1,3}(?:[A-Z][\w&.-]*,?\s{1,3}){1,6}"
    rf"(?:{suffix_alternation('glued_end', word_end=True)}))"
)
# where a party's name ends (the first match after its start); each alternative starts at a comma, a
# bracket, a blank or a digit (or is the empty end): the leading look-ahead lets the scan pass any other
# character at once instead of trying the alternation there (~40% of the search; the same matches)
NAME_END_ALTERNATIVES = (
    r"""(?x)
      ,?\s{0,3}\((?=\s{0,3}(?:[a-z"\u201c\u201d']|[A-Z][a-z]+\s{1,3}[a-z"\u201c]))  # (the "X") / (formerly)
    | ,?\s{0,3}\((?=[\"\u201c])
    | ,?\s{0,3}\((?=[A-Za-z\s]{2,20}:)                          # (OTC Pink: BIEI), (Nasdaq: UNBJ)
    | \s{0,3}\((?=[A-Z][a-z]{2,30}\)\s{0,3}$)                  # X (Transporter): an unquoted alias ends the piece
    | ,\s{0,3}(?=an?(?:\s|[A-Z]))                               # , a Delaware corporation
    | ,\s{0,3}(?=\d)                                              # , 481 Schuylkill Road
    | ,?\s{1,40}(?=(?:having|located|with|whose|which|through|residing|organi[sz]ed|incorporated|
                   existing|doing|represented|listed|named|identified|
                   acting|on\s+behalf|its|as|by|for|in\s+its|a\s+corporation|an\s+individual|hereinafter|herein|
                   referred|who|that|each|both|at|is\s{1,3}an?|[Hh]ereafter|[Hh]ereinafter)\b|of\s{1,3}[\d\[]|c/o\b)
    | ,\s{0,3}(?=[a-z])
    | (?<=\b(?:""" + suffix_alternation("number") + r""")\.?)
      \s{0,3}(?=\d)                                                            # ... INC. 2nd Floor
    | ,?\s{1,3}(?=(?:dated|effective)\b)
    | \s{0,3}$
    """
    + r"|\s{1,40}(?=(?:[Aa]n?(?:\s{1,3}|(?=[A-Z]))"  # "a Delaware", "aGeorgia" (glued)
    + rf"(?:(?:{_JUR_ALT})\s{{0,3}})?|an?\s{{1,3}}[A-Z][a-z]{{2,15}}\s{{1,3}})"
    + rf"(?i:{_TYPE_ALT})(?![a-z]))"  # "a Delaware corporation", "an Italian Company"
    + rf"|,\s{{0,3}}(?=(?:{_JUR_ALT})\s{{1,3}}(?i:{_TYPE_ALT})(?![a-z]))"  # "Apollo Endosurgery, Delaware corporation"
    + r"|\s{1,40}(?=As\s{1,3}[A-Z][a-z])"  # "SUNPOWER ENERGY SYSTEMS SPAIN, S.L. As Contractor"
    + r"|\s{1,3}(?=d/b/a\s{1,3}[\"\u201c])"  # 'Universal City Development Partners, Ltd. d/b/a "Universal Orlando"'
    + r"|\s{1,3}(?=an?\s{1,3}_)"  # "Solutions Vending International, Inc a ___ DE corporation": a form's blank
    # a column break: the name, a wide gap, then its address ("MODUS MEDIA INTERNATIONAL      LANDDROSTLAAN 51")
    + r"|[ \t\xa0]{5,}(?=[^\d\n]{0,40}\d)"
)
NAME_END = regex.compile(r"(?x)(?=[,(\s\d]|$)(?:" + NAME_END_ALTERNATIVES.removeprefix("(?x)") + ")")
# 'X ("Holding Company"), a newly formed Maryland corporation, Hyde Park Bancorp, MHC, ...': after the
# alias, the descriptor, then the next party's name with no "and" between (the cut is group "cut")
AFTER_DESCRIPTOR = regex.compile(
    r"\)\s{0,3},\s{0,3}an?\s{1,3}[^,()\"\u201c;]{0,60}?"
    rf"(?i:{_TYPE_ALT})(?![a-z])(?P<cut>\s{{0,3}},\s{{0,3}})(?=[A-Z])"
)
# a grant's preamble: '... confirming the grant on June 15, 2005 (the "Grant Date") by Bristol-Myers Squibb Company,
# a Delaware corporation (the "Company"), to James D. Robinson III ("Grantee"), of Restricted Stock Units ...'
GRANT_BY = regex.compile(r"(?i:\bgrant(?:ed)?\b)[^.;]{0,120}?\bby\s{1,3}(?=[A-Z])")
GRANT_TO = regex.compile(r"\)\s{0,3},?\s{1,3}to\s{1,3}(?=[A-Z])")
# "X and Y ... hereby confirm their agreement with Keefe, Bruyette & Woods, Inc. (the "Agent") as follows:"
# "X ("Employee"), enters into this Agreement with CorCell, Inc. ("CorCell") and Cord Blood America, Inc. ... on"
AGREEMENT_WITH = regex.compile(
    r"\s{0,3},?\s{0,3}(?:hereby\s{1,3})?(?:confirms?\s{1,3}(?:its|their)\s{1,3}agreement"
    r"|enters?\s{1,3}into\s{1,3}this\s{1,3}(?:Agreement|Amendment))\s{1,3}with\s{1,3}(?=[A-Z])"
)
# line breaks lost: the title glued to the first name ("CONSULTING AGREEMENTAduro Biotech, Inc.")
GLUED_TITLE = regex.compile(r"^(?:[A-Z][A-Z&-]*\s{1,3}){0,6}(?:AGREEMENT|CONTRACT|AMENDMENT)(?=[A-Z][a-z])")
AMPERSAND_GLUED = regex.compile(r"(?<=\s&)(?=[A-Z])")  # "Playa Hotels &Resorts B.V."
UNQUOTED_ROLE = regex.compile(r"\(\s{0,3}the\s{1,3}(?P<role>[A-Z][a-z]{2,20})\s{0,3}\)")  # "(the Executive)"
AS_FOLLOWS = regex.compile(r"\s{0,3}(?:as\s{1,3}follows|on\s{1,3}the\s{1,3}following|:)")
_ATTACHMENT_ALT = "|".join(w.capitalize() for w in vocabulary("attachment_keywords"))
ROLE = regex.compile(
    # a word in capitals after a line break is a heading, not the role's ("as Managing Agent\nTABLE OF CONTENTS");
    # "in the form attached as Exhibit A" names an attachment, not a role
    r"(?<![\w])[Aa]s\s{1,3}(?:the\s{1,3})?"
    rf"(?!(?i:{_ATTACHMENT_ALT})\b)"
    r"(?P<role>[A-Z][\w-]{1,25}(?:(?:[ \t]{1,3}|\s{1,3}(?![A-Z]{2,}\b))[A-Z][\w-]{1,25}){0,3})"
)
SUFFIX_AT_END = regex.compile(rf"(?i)(?<![\w])(?:{_alt(list(ENTITY_SUFFIXES))})\s{{0,2}}$")
# the most characters a SUFFIX_AT_END match spans: a suffix with \s{0,3} for each blank, \s{0,2}, and the
# final line break before which $ matches (regex (?i) folds one character to one)
SUFFIX_TAIL = max(len(s) + 2 * s.count(" ") for s in ENTITY_SUFFIXES) + 3


def suffix_at_end(name: str) -> regex.Match[str] | None:
    """``SUFFIX_AT_END.search(name)``, tried only in the name's last ``SUFFIX_TAIL`` characters (every match
    ends there; the look-behind still sees the character before), not at each of its positions."""
    return SUFFIX_AT_END.search(name, max(0, len(name) - SUFFIX_TAIL))
GLUED_SUFFIX = regex.compile(rf"(?<=[a-z])(?=(?:{suffix_alternation('glued_end')})$)")
# in capitals: "REYNOLDS CONSUMER PRODUCTSLLC", "XIMAGECORPORATION" (suffixes no capitalised word ends in)
GLUED_CAPS_SUFFIX = regex.compile(r"(?<=\b[A-Z]{3,}+)(?=(?:LLC|L\.L\.C\.|LLP|LTD\.?|CORPORATION)$)")
NOT_A_NAME = regex.compile(
    r"^(?:the|THE\s+PARTIES)\b|(?i)^(?:between|among|amongst|by|it|we|you|this|exhibit|schedule|annex|each|its|their|his|her|a|an|any|all|certain|such|said|one|those|other|which|who|"
    r"whereas|witnesseth|recitals|both|collectively|individually|together|parties|party)(?![\w.])"
)
# An address piece between semicolons, no name: "Suite 200", "Nashville, TN 37205"
ADDRESS_PIECE = regex.compile(
    r"(?i)^(?:suite|ste\.?|floor|room|unit|p\.?\s?o\.?\s{1,3}box)\s{1,3}(?:no\.?\s{0,3})?#?\d|\b[A-Z]{2}\s{1,3}\d{5}(?:-\d{4})?$"
)
# a party's detail line under its name: "Address                    :        Suite 2512, ...",
# "Business liscence no.      :        0537762" (a label word, two more words at most, a colon)
DETAIL_LABEL = regex.compile(
    rf"(?i)(?:{_alt(list(vocabulary('party_detail_labels')))})(?![\w])(?:[ \t\xa0]{{1,3}}[\w.]{{1,12}}){{0,2}}"
    r"[ \t\xa0]{0,30}[:\uff1a]"
)
# "Party A (Shipper): ZTO Express Co., Ltd. Address: ..." (contracts translated from Chinese)
PARTY_LABEL = regex.compile(
    r"Party\s{1,3}(?P<label>[A-D])\s{0,3}(?:\([^()\n]{0,30}\))?\s{0,3}[:\uff1a]\s{0,3}"
)
LABEL_NAME_END = regex.compile(
    r"\s{0,3}(?:\r?\n|\s{3,}|Address|ADDRESS|Legal\s|Registered|Domicile|Tel\b|\(Seal\)|;|$)"
)
AGREE_VERB = regex.compile(
    r"\b(?:(?:hereby\s{1,3})?(?:agree|agrees|confirm|have\s{1,3}agreed)|enter\s{1,3}into|by\s{1,3}this\s{1,3}Agreement)\b"
    r"|\bby\s{1,3}this\s{1,3}Agreement(?=[a-z])"  # line breaks lost: "by this Agreementassociate themselves"
)
# After an entity suffix, an address: "... International GmbH Binger Straße 173 55216 Ingelheim"
# ... or glued to a name in capitals (line breaks lost): "AGAPE ATP INTERNATIONAL HOLDING LIMITEDUnit 05, 4F"
SUFFIX_THEN_ADDRESS = regex.compile(
    rf"\b(?:{suffix_alternation('address')})(?=\s{{1,3}}[^\d]{{0,40}}\d|(?<=[A-Z.]{{3}})[A-Z][a-z][^\d]{{0,40}}\d)"
)
# After an entity suffix and a comma, an address with no number first: "Consolidated Artists Inc., Sommerville
# House, Phillips Street, St. Helier, Jersey JE1 1DE" (a street word within the next few words)
_STREET_ALT = "|".join(regex.escape(w) for w in sorted(vocabulary("street_words"), key=lambda w: (-len(w), w)))
SUFFIX_COMMA_ADDRESS = regex.compile(
    rf"\b(?:{suffix_alternation('address')})(?=,\s{{1,3}}(?=[A-Z])[^\d()\"\u201c\u201d;]{{0,50}}?\b(?i:{_STREET_ALT})(?![\w.]))"
)
# After an entity suffix, the group it heads: "Lante Corporation and any existing or future assigns or subsidiaries"
SUFFIX_THEN_GROUP = regex.compile(
    rf"\b(?:{suffix_alternation('address')})(?=\s{{1,3}}(?:and|or)\s{{1,3}}(?:any|its|all|each|their)(?!\w))"
)
# line breaks lost: an entity suffix glued to the address after it ("NLS-1 Pharma AGAlter Postplatz 2")
SUFFIX_GLUED_TO_WORD = regex.compile(
    rf"(?<=\s(?:{suffix_alternation('address')}))(?=[A-Z][a-z]+\s{{1,3}}[^\d]{{0,40}}\d)"
)
INDIVIDUAL = regex.compile(
    r"(?i)\ban\s{0,3}individual\b|\bresiding\b|\bresident\s+of\b|\bin\s+(?:his|her)\s+individual\s+capacity\b"
)

# line breaks lost: a heading glued to the first name in capitals ("Parties to this agreementSILICON SMELTERS")
GLUED_HEADING = regex.compile(r"[A-Z][a-z]++(?:[ \t\xa0]++[a-z]++){1,6}+(?=[A-Z]{2})")
# line breaks lost: a small word glued to the capitalised word after it ("Limited ofBoston House",
# "theTOWN OF VINTON"); no name word starts so
GLUED_SMALL_WORD = regex.compile(r"(?<![A-Za-z])(?:of|the|and|for)(?=[A-Z])")
# "the TOWN OF VINTON, VIRGINIA": the article before a name in capitals is no part of it
THE_BEFORE_CAPS = regex.compile(r"^the\s{1,3}(?=[A-Z]{2,}[\s,]{1,3}[A-Z]{2,})")
# a label before the name: "the following parties:Zebra ...", "Ladies and Gentlemen:Greater Delaware ...",
# "Company: Bravatek Solutions, Inc." (its colon glued to the name where line breaks were lost)
NAME_LABEL = regex.compile(r"(?P<label>[^:\n()\"\u201c\u201d]{1,60}+):[ \t\xa0]{0,3}(?=[A-Z]|[a-z]{1,2}[A-Z])")
# a signer's office read as a piece of the list: "Director of Asia-Pacific Operations"
OFFICE_TITLE = regex.compile(
    r"^(?:(?:Managing|Executive|General)\s+)?Director\s+of\b|^Chief\s+(?:\w+\s+){1,2}Officer\b"
)


def parse_descriptor(text: str) -> tuple[str | None, str | None]:
    """(jurisdiction, entity type) from the first descriptor in one party's text."""
    m = MATCH.search(text)
    if m is None:
        return None, None
    jur, et = MATCH.value(m, "jurisdiction"), MATCH.value(m, "entity_type")  # the later jurisdiction wins
    jur = " ".join(jur.split()) if jur is not None else None
    if jur:
        jur = next((j for j in JURISDICTIONS if j.casefold() == jur.casefold()), jur)
    et = ENTITY_TYPES.get(" ".join(et.casefold().split())) if et else None
    return jur, et


def suffix_type(name: str) -> str | None:
    """Entity type implied by the name's suffix ("Inc." -> corporation, "N.A." -> bank)."""
    m = suffix_at_end(name)
    if m is None:
        return None
    return _SUFFIX_TYPES.get(" ".join(m.group().split()).casefold())
