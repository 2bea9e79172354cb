"""Text taken for a party's name that names nobody, and the words around a name that are no part of it.

BNF::

    no_name      ::= date | closing | sentence | one_word | office_of | address | registration | thing | heading
    heading      ::= ("Schedule" | "Exhibit" | "Annex" | ...) ...                 (no entity suffix)
    thing        ::= ... ("Plan" | "Program" | "Policy")                  (no entity suffix)
    date         ::= month day [","] [year] | "day of" month              ("January 1", "DAY OF NOVEMBER, 2005")
    closing      ::= "Sincerely" | "Very truly yours" | ...               (vocab/party_noise.txt, kind closing)
    sentence     ::= ... a pronoun or verb of a sentence ...              ("I am pleased to extend to you ...")
    one_word     ::= a lone label word                                    ("LEGAL", "Title")
    office_of    ::= ("Chief ... Officer" | "Director" | "Vice President") "of" ...
    address      ::= ... street_word "," ...  | ... zip_code ...         ("Province Line Road, Princeton, ...")
    registration ::= ... "under number" ...                               ("Companies of Paris under number B 732")
    lead_clause  ::= ("In" | "For" | "As" | "Pursuant") lower-case words "," name
    delegates    ::= name "or" ("his" | "her" | "its" | "their") ("designees" | "successors" | ...) ...
                   | name ["(" alias ")"] "and you" ...
    office_lead  ::= "Chief" word [word] "Officer" person_name
    furniture    ::= name "Confidential"                                 (a page's foot: "Google Confidential")

Compiled ``regex`` patterns, run on one candidate name at a time.
"""

from __future__ import annotations

from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from . import vocabulary


def _phrases(kind: str) -> str:
    found = [ln.split(None, 1)[1] for ln in vocabulary("party_noise") if ln.split(None, 1)[0] == kind]
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in sorted(found, key=lambda w: (-len(w), w)))


_MONTHS = "|".join(ln.split()[0] for ln in vocabulary("months"))
DATE = regex.compile(
    rf"(?i)^(?:{_MONTHS})\.?\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s{{1,3}}\d{{4}})?$"
    rf"|(?i)\bday\s{{1,3}}of\s{{1,3}}(?:{_MONTHS})\b"
)
CLOSING = regex.compile(rf"(?i)^(?:{_phrases('closing')})\b")
SENTENCE = regex.compile(rf"(?i)(?<![\w'])(?:{_phrases('sentence')})(?![\w'])")
ONE_WORD = regex.compile(rf"(?i)^(?:{_phrases('word')})$")
OFFICE_OF = regex.compile(
    r"^(?:Chief(?:\s{1,3}[A-Z][\w-]+){1,2}\s{1,3}Officer|(?:Managing\s{1,3})?Director|Vice\s{1,3}President)"
    r"\s{1,3}of\b"
)
_STREETS = "|".join(regex.escape(w) for w in sorted(vocabulary("street_words"), key=lambda w: (-len(w), w)))
ADDRESS = regex.compile(rf"(?i)\b(?:{_STREETS})s?\s{{0,2}},|\b\d{{5}}(?:-\d{{4}})?\b")
REGISTRATION = regex.compile(r"(?i)\bunder\s{1,3}(?:number|no\.)")
HEADING = regex.compile(r"(?i)^(?:schedule|exhibit|annex|appendix|attachment)\b")  # "SCHEDULE OF SERVICES AND FEES"
THING = regex.compile(r"(?i)\b(?:plan|program|programme|policy)$")  # "Restated 2010 Equity Incentive Plan"
# a table's rule, a form's blank ("Tracking Number: ____"), an e-mail address, scanner noise
RULE = regex.compile(r"={3,}|_{3,}|\w@[\w-]+\.\w|\\@")

# "In consideration of the mutual agreements set forth below, Daniel Eilers ("Eilers")"
LEAD_CLAUSE = regex.compile(
    r"^(?:In|For|As|Pursuant)\s(?:[a-z][\w'-]*,?\s{1,3}){1,14}?(?:[a-z][\w'-]*),\s{1,3}(?=[A-Z])"
)
# "Steve Jobs or his designees from time to time"; 'Chase Bank USA, N.A. (?Chase?) and you as an "Affiliate"'
DELEGATES = regex.compile(
    r"\s{1,3}or\s{1,3}(?:his|her|its|their)\s{1,3}(?:designees?|successors?|assigns?|affiliates?|nominees?)\b.*$"
    r"|\s{0,3}(?:\(\W{0,2}\w+\W{0,2}\)\s{1,3})?and\s{1,3}you\b.*$"
)
# Page furniture after a name, from a page's foot read onto it: "Google Confidential"
FURNITURE_TAIL = regex.compile(r"(?<=\w)\s{1,3}(?:Confidential|CONFIDENTIAL)$")
# "Chief Technology Officer Martin Zuurbier"
OFFICE_LEAD = regex.compile(r"^Chief(?:\s{1,3}[A-Z][\w-]+){1,2}\s{1,3}Officer\s{1,3}(?=[A-Z][a-z]+\s{1,3}[A-Z])")


def no_name(name: str, suffixed: bool) -> str | None:
    """The kind of noise ``name`` is ("date", "closing", ...), or None when it may be a name.
    ``suffixed``: the name ends in an entity suffix ("Inc."), which no address or sentence does."""
    if DATE.search(name):
        return "date"
    if CLOSING.match(name):
        return "closing"
    if ONE_WORD.match(name):
        return "word"
    if RULE.search(name):
        return "rule"
    if OFFICE_OF.match(name):
        return "office"
    if suffixed:
        return None
    if SENTENCE.search(name):
        return "sentence"
    if THING.search(name):
        return "thing"
    if HEADING.match(name):
        return "heading"
    if ADDRESS.search(name) or REGISTRATION.search(name):
        return "address"
    return None


def trimmed(name: str) -> str:
    """``name`` without a clause before it or a delegation after it, nor an officer's title before a person."""
    name = LEAD_CLAUSE.sub("", name, count=1)
    name = OFFICE_LEAD.sub("", name, count=1)
    name = FURNITURE_TAIL.sub("", name, count=1)
    return DELEGATES.sub("", name, count=1)
