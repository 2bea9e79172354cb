"""Defined terms: quoted capitalised definitions.

BNF::

    definition       ::= paren_definition | means_definition
    paren_definition ::= "(" [lead_words] quoted_term
                         {[","] ["and" | "or"] [lead_words] quoted_term} [tail] ")"
    lead_words       ::= ("the" | "this" | "each" | "a" | "an" | "hereinafter" | "referred to as"
                         | "collectively" | "together with ..., " ...)*
    means_definition ::= quoted_term ("shall mean" | "means" | "shall have the meaning" | "has the meaning"
                         | "shall refer to" | "refers to" | "is defined as" | "shall be defined as")
    quoted_term      ::= open_quote capitalised words close_quote      (straight or curly quotes)

``TERM_PAREN`` and ``TERM_MEANS`` (compiled ``regex``) find candidates over the
whole document; the ``quoted_term`` grammar, compiled into one pattern (``MATCH``),
reads each term and its offsets.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import pyparsing as pp

from . import finditer_at, vocabulary
from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from .compile import compile_grammar

OPEN_Q = '"\u201c'
CLOSE_Q = '"\u201d'
QUOTES = '"\u201c\u201d'  # what a quoted term cannot hold

OPEN_QUOTE_RE = r"[\"\u201c]"
CLOSE_QUOTE_RE = r"[,.]?[\"\u201d]"
TERM_WORDS_RE = r"(?=[^\"\u201c\u201d]{0,80}[A-Z])[^\"\u201c\u201d()]{1,80}?(?=[,.]?[\"\u201d])"

open_quote = pp.Regex(OPEN_QUOTE_RE).set_name("open_quote")
close_quote = pp.Regex(CLOSE_QUOTE_RE).set_name("close_quote")
term_words = pp.Regex(TERM_WORDS_RE).set_name("term_words")
quoted_term = (
    (pp.Suppress(open_quote) + term_words("term") + pp.Suppress(close_quote)).set_name("quoted_term").parse_with_tabs()
)
# One pattern, the term's offsets its group's span: nearly every parenthesis is read once (8k distinct of 14k).
MATCH = compile_grammar(quoted_term)

OPEN_QUOTE = regex.compile(r"[\"\u201c]")
CLOSE_AFTER = regex.compile(r"[,.]?[\"\u201d]")
TERM_PAREN = regex.compile(r"\((?=[^()]{0,120}[\"\u201c][^\"\u201d()]{1,80}[\"\u201d])[^()]{1,300}\)")
# Case-insensitive only where letters are (a whole-pattern flag makes the quote scan ~2.5x slower).
MEANS_VERB_RE = (
    r"\s{0,3}(?i:(?:shall\s{1,3}mean|means|"
    r"shall\s{1,3}have\s{1,3}the\s{1,3}meaning|has\s{1,3}the\s{1,3}meaning|shall\s{1,3}refer\s{1,3}to|"
    r"refers\s{1,3}to|(?:is|shall\s{1,3}be)\s{1,3}defined\s{1,3}as|shall\s{1,3}include|includes)(?![a-z]))"
)
TERM_MEANS = regex.compile(r"[\"\u201c](?P<term>[^\"\u201c\u201d()\n]{1,80}?)[,.]?[\"\u201d]" + MEANS_VERB_RE)
# A close quote and its verb, one pattern per quote character: the regex module finds a literal first
# character fast (~3x faster than its scan for a class), and 60k quotes shrink to the 12k before a verb.
CLOSE_THEN_VERB = tuple(regex.compile(regex.escape(q) + MEANS_VERB_RE) for q in CLOSE_Q)
TERM_REACH = 82  # from a TERM_MEANS open quote to its close quote at most: 80 term characters and "," or "."
ABBREVIATION_END = regex.compile(
    r"(?i)\b(?:" + "|".join(regex.escape(a) for a in vocabulary("abbreviations")) + r")$"
)
DEFINITION_END = regex.compile(r"(?<=[a-z0-9)\]])[.;](?=\s)|\n[ \t]*\r?\n")
PHRASE_BOUNDARY = regex.compile(r"[,;:()\[\]]|(?<=[a-z)])[.!?](?=\s)|\n[ \t]*\r?\n")
# The same searched right to left: the boundary nearest a parenthesis without a sweep over 300 characters.
PHRASE_BOUNDARY_BACK = regex.compile(PHRASE_BOUNDARY.pattern, regex.REVERSE)
LEADING_CONNECTIVE = regex.compile(
    r"^(?i:(?:by\s{1,3}and\s{1,3})?(?:between|among|amongst)|and|or|by|with|of|to|from|for)\s{1,3}"
)


def means_starts(text: str) -> list[int]:
    """In increasing order, every position where ``TERM_MEANS`` can match: its term holds no quote
    character, so its close quote is the first quote after its open one, and its open quote the last
    quote before a close quote followed by a verb."""
    closes = sorted(m.start() for p in CLOSE_THEN_VERB for m in p.finditer(text))
    out = []
    for c in closes:
        lo = max(0, c - TERM_REACH)
        i = max(text.rfind(q, lo, c) for q in QUOTES)
        if i >= 0 and text[i] in OPEN_Q:
            out.append(i)
    return out


def means_matches(text: str) -> Iterator[regex.Match[str]]:
    """``TERM_MEANS.finditer(text)``, tried only where a match can start."""
    return finditer_at(TERM_MEANS, text, means_starts(text))


@lru_cache(maxsize=8192)  # the same parentheses recur ('("Agreement")'): 9k distinct of 13k
def _quoted_term(text: str) -> tuple[int, str, int] | None:
    """(term start, term, term end) of the quoted term opening ``text``, or None."""
    m = MATCH.match(text)
    return None if m is None else (m.start("term"), m.group("term"), m.end("term"))


def quoted_terms(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Each capitalised quoted term in text[start:end]: (term, term_start, term_end)."""
    out = []
    pos = start
    while True:
        q = OPEN_QUOTE.search(text, pos, end)
        if q is None:
            break
        parsed = _quoted_term(text[q.start() : end])
        if parsed is None:
            pos = q.end()
            continue
        term_from, term, term_to = parsed
        ts, te = q.start() + term_from, q.start() + term_to
        close = CLOSE_AFTER.match(text, te)
        pos = close.end() if close else te + 1
        if text.startswith(".", te) and ABBREVIATION_END.search(term):
            term, te = term + ".", te + 1  # "... INTERNATIONAL INC." keeps its dot
        if term.strip() and any(c.isupper() for c in term):
            out.append((term, ts, te))
    return out
