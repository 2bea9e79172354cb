"""The head of a contract: title, execution marker, where the preamble opens.

BNF::

    amendment_no   ::= "Amendment" ["No." | "Number" | "#"] (integer | number_word | roman)
                     | ordinal "Amendment"                          (vocab/ordinals.txt)
    title_piece    ::= a short line (or a run between wide gaps) of capitalised words
    kind           ::= a phrase of vocab/document_kinds.txt; the earliest in the title wins
    marker         ::= a phrase of vocab/execution_markers.txt ("EXECUTION VERSION", ...)
    preamble       ::= opener ... intro party_list sentence_end
    opener         ::= "This" | "THIS"       (glued text: "AGREEMENTTHIS AGREEMENT")
    intro          ::= ["by" "and"] ("between" | "among" | "amongst") [":"] | ("entered into" | "made") "by"

Compiled ``regex`` patterns find the candidates (the head is short, the
preamble sits in the first pages); the ``amendment_no`` grammar reads the
amendment number out of a title.
"""

from __future__ import annotations

import pyparsing as pp

from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from . import vocabulary


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s{1,3}") for w in sorted(words, key=lambda w: (-len(w), w)))


KINDS: tuple[tuple[str, str], ...] = tuple(tuple(ln.split("|")) for ln in vocabulary("document_kinds"))  # type: ignore[misc]
ORDINALS = dict(ln.split("|") for ln in vocabulary("ordinals"))
NUMBER_WORDS = {w: v for w, v in (ln.split() for ln in vocabulary("number_words"))}
ABBREVIATIONS = vocabulary("abbreviations")

KIND_RE = regex.compile(rf"(?i)(?<![a-z])(?:{_alt([k for k, _ in KINDS])})(?![a-z])")
EXECUTION_MARKER = regex.compile(rf"(?i)(?<![a-z])(?:{_alt(vocabulary('execution_markers'))})(?![a-z])")
OPENER = regex.compile(r"(?:THIS|This)(?=\s)")
INTRO = regex.compile(
    r"(?i)(?:by\s{0,3}and\s{0,3})?(?:between|amongst|among)(?-i:(?![a-z]))\s{0,3}:?"
    r"|(?:entered\s{1,3}into|made|executed)"
    # "made and entered into as of the 28th day of March 2006 by X": the date between, one clause long
    r"(?:\s{1,3}(?:as\s{1,3}of|effective(?:\s{1,3}as\s{1,3}of)?|on)\s{1,3}[^.;:()\"\u201c\n]{1,40}?)?"
    r"\s{1,3}by(?![a-z])(?!\s{0,3}and\s{0,3}(?:between|among))"
)
# Every INTRO match opens with one of these words (caselessly): the scan tries INTRO only where
# ``str.find`` lands on one in the lower-cased copy (~3x faster than the regex module's own scan).
INTRO_FIRST_WORDS = ("by", "between", "among", "entered", "made", "executed")
# A sentence ends at ". " before a capital, unless the word before the dot is an abbreviation or an initial.
# ... nor a list number opening a line or standing after a wide gap ("\n  2. Blackwell Science Limited")
SENTENCE_END = regex.compile(
    rf"(?<!(?i:\b(?:{_alt(ABBREVIATIONS)}))|\b[A-Z]|(?:\n|[ \t\xa0]{{3}})[ \t]{{0,20}}\d{{1,2}})"
    r"\.(?!\s?[A-Za-z]\.)(?!(?i:com|net|org)\b)"  # "2THEMART.COM, INC."
    r"(?!\s{0,6}AND\s{0,3}:)"  # "... Mount Laurel, NJ. 08054.   AND: Food For Athletes, Inc.": the list goes on
    rf"(?=\s{{0,3}}[A-Z\"\u201c(]|\s*$)"
)
PREAMBLE_STOP = regex.compile(
    r"(?:WHEREAS|RECITALS?|W\s?I\s?T\s?N\s?E\s?S\s?S\s?E\s?T\s?H|BACKGROUND|PRELIMINARY\s{1,3}STATEMENT"
    r"|NOW,?\s{1,3}THEREFORE|Recitals|Background|Witnesseth)(?![a-z])"
)
# "X ... of one part AND: Y ... of the other part": the end of the first party's piece in a British list
ONE_PART = regex.compile(r"(?i)(?<![\w])of\s{1,3}(?:the\s{1,3})?(?:one|first)\s{1,3}part(?-i:(?![a-z]))")
BLANK_LINE = regex.compile(r"\n[ \t\xa0]*\r?\n")
ENDS_WITH_ARTICLE_WORD = regex.compile(r"(?i)\ban?\s{1,3}[\w.-]{1,30}\Z")  # "PSiTech Corporation, a BVI"
ENDS_WITH_AND = regex.compile(r"(?i)(?:^|\s)-{0,2}\s?and\s?-{0,2}\Z")  # "... and", "\n\nAND", "- and -"
WIDE_GAP = regex.compile(r"[ \t\xa0]{3,}|\r?\n")
SECTION_NUMBER = regex.compile(r"^\s*(?:\d{1,2}(?:\.\d{0,2})?|[IVX]{1,4}\.|\(\d{1,2}\))\s+")
CONNECTOR = regex.compile(r"(?i)^(?:to|of|and|for|the|under|between|in)$")

# -- amendment number ----------------------------------------------------------
_num_word = pp.Regex(rf"(?i)(?:{_alt(list(NUMBER_WORDS))})(?![a-z])").set_name("number_word")
_ordinal = pp.Regex(rf"(?i)(?:{_alt(list(ORDINALS))})(?![a-z])").set_name("ordinal")
_roman = pp.Regex(r"(?i)[ivx]{1,5}(?![a-z])").set_name("roman")
_integer = pp.Regex(r"\d{1,3}(?![0-9])").set_name("integer")
_amendment = pp.CaselessKeyword("Amendment").set_name("amendment")
_no = pp.Regex(r"(?i)(?:no\.?|number|#)").set_name("no")

numbered_amendment = (_amendment + pp.Opt(_no) + (_integer | _num_word | _roman)("number")).set_name(
    "numbered_amendment"
)
ordinal_amendment = (_ordinal("ordinal") + _amendment).set_name("ordinal_amendment")
amendment_no = (numbered_amendment | ordinal_amendment).set_name("amendment_no").parse_with_tabs()

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def amendment_number(title: str) -> str | None:
    """'AMENDMENT NO. 1 TO ...' -> '1', 'FIRST AMENDMENT' -> '1', 'Amendment #3' -> '3'."""
    if "AMENDMENT" not in title.upper():
        return None  # both forms hold the caseless keyword: spare the scan at every position
    for r, _s, _e in amendment_no.scan_string(title, max_matches=1):
        if "ordinal" in r:
            return ORDINALS[r["ordinal"].casefold()]
        n = r["number"]
        if n.isdigit():
            return str(int(n))
        low = n.casefold()
        return NUMBER_WORDS.get(low) or str(_ROMAN.get(low, n))
    return None


def kind_of(title: str) -> str | None:
    """The document kind: the kind phrase that comes first in the title."""
    m = KIND_RE.search(title)
    if m is None:
        return None
    found = " ".join(m.group().casefold().split())
    for phrase, kind in KINDS:
        if phrase == found:
            return kind
    return None
