"""Periods of time: "fifty-one (51) months after November 1, 2000", "30 days prior to ...".

BNF::

    duration   ::= quantity [qualifier] unit [relation anchor]
    quantity   ::= number_words ["(" integer ")"] | integer ["(" integer ")"]
    number_words ::= number_word (("-" | " " | "and") number_word)*   (vocab/number_words.txt)
    qualifier  ::= "business" | "calendar" | "banking" | "working" | "fiscal"
    unit       ::= day[s] | week[s] | month[s] | quarter[s] | year[s] | hour[s]  (vocab/duration_units.txt)
    relation   ::= "after" | "following" | "prior to" | "before" | "from" | "of" | "preceding"

``DURATION_CANDIDATE`` (a compiled ``regex``) finds candidates; ``parse_duration``
runs the grammar, compiled into one pattern (``MATCH``), on one of them and returns
the quantity as a number.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

import pyparsing as pp

from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from . import vocabulary
from .ascii_lowered import bytes_word
from .compile import compile_grammar
from .text_index import TextIndex
from .word_positions import spaced, word_positions

NUMBER_WORDS = {w: int(v) for w, v in (ln.split() for ln in vocabulary("number_words"))}
UNITS = dict(ln.split("|") for ln in vocabulary("duration_units"))
_WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=lambda w: (-len(w), w)))
_UNIT_WORDS = sorted({u.split()[-1] for u in UNITS}, key=lambda w: (-len(w), w))
_UNIT_ALT = "|".join(_UNIT_WORDS)
QUALIFIER_RE = r"(?:business|calendar|banking|working|fiscal)"
WORDS_RE = rf"(?:{_WORD_ALT})(?:(?:[ \t]{{1,3}}|-|[ \t]and[ \t])(?:{_WORD_ALT})){{0,4}}"
RELATION_RE = r"(?:after|following|prior\s{1,3}to|before|from|preceding|of)"

INTEGER_RE = r"\d{1,4}(?:,\d{3})?"
UNIT_RE = rf"(?:{_UNIT_ALT})s?(?![a-z])"  # caseless

# -- terminals -----------------------------------------------------------------
number_words = pp.Regex(rf"(?i){WORDS_RE}(?![a-z])").set_name("number_words")
integer = pp.Regex(INTEGER_RE).set_name("integer")
paren_integer = (pp.Suppress("(") + integer + pp.Suppress(")")).set_name("paren_integer")
paren_digits = (pp.Suppress("(") + integer("digits") + pp.Suppress(")")).set_name("paren_digits")
quantity = (
    (number_words("words") + pp.Opt(paren_digits)) | (integer("number") + pp.Opt(paren_integer))
).set_name("quantity")
qualifier = pp.Regex(rf"(?i){QUALIFIER_RE}").set_name("qualifier")
unit = pp.Regex(rf"(?i){UNIT_RE}").set_name("unit")
relation = pp.Regex(rf"(?i){RELATION_RE}(?![a-z])").set_name("relation")
hyphen = pp.Suppress(pp.Opt("-"))
duration = (
    (quantity + hyphen + pp.Opt(qualifier("qualifier")) + unit("unit")).set_name("duration").parse_with_tabs()
)
# The whole candidate is one duration: what ``parse_duration`` runs, compiled into one pattern.
duration_line = (duration + pp.StringEnd()).set_name("duration_line").parse_with_tabs()
MATCH = compile_grammar(duration_line)


_QUANTITY_CANDIDATE = (
    rf"(?i)(?<![\w.-])(?:{WORDS_RE}(?:\s{{0,3}}\(\s{{0,2}}\d{{1,4}}\s{{0,2}}\))?|\d{{1,4}}(?:\s{{0,3}}\(\s{{0,2}}\d{{1,4}}\s{{0,2}}\))?)"
)
_UNIT_CANDIDATE = rf"\s{{0,3}}-?\s{{0,2}}(?:{QUALIFIER_RE}\s{{1,3}})?(?:{_UNIT_ALT})s?(?![a-z])"
DURATION_CANDIDATE = regex.compile(_QUANTITY_CANDIDATE + _UNIT_CANDIDATE)
# What every quantity ends with: a digit, ")" or the last two letters of a number word (all have 3 or more).
_QUANTITY_END = r"(?<=[\d)]|" + "|".join(sorted({w[-2:] for w in NUMBER_WORDS})) + ")"
assert all(len(w) >= 3 and w.isascii() and w.isalpha() for w in NUMBER_WORDS)
# Matched right to left from the unit word: the longest quantity before it, without a left-to-right sweep.
# The quantity's end, implied where it stands (so the same match is found), is checked first: most
# unit words ("the day", "each month") fail there instead of after trying every number word (~1.5x faster).
DURATION_BACKWARD = regex.compile(_QUANTITY_CANDIDATE + _QUANTITY_END + _UNIT_CANDIDATE, regex.REVERSE)
UNIT_ANCHOR = regex.compile(rf"(?i)(?:{_UNIT_ALT})")  # no look-around: it would be tried at every position
# One literal scan per unit word: the regex module runs the alternation ~2x slower than all of them
# (str.find in the document's lower-cased copy when it has one: ~3x faster again).
# Merging them gives UNIT_ANCHOR's spans when no unit word is a prefix of another or overlaps itself.
UNIT_WORD_SCANS = tuple(regex.compile(rf"(?i){regex.escape(w)}") for w in _UNIT_WORDS)
_MERGE_EXACT = not any(
    a != b and b.startswith(a) for a in _UNIT_WORDS for b in _UNIT_WORDS
) and not any(w[:k] == w[-k:] for w in _UNIT_WORDS for k in range(1, len(w)))
_LOWER_WORDS = all(w == w.lower() and bytes_word(w) for w in _UNIT_WORDS)  # as ascii_lowered() requires
_UNIT_BYTES = [w.encode("ascii") for w in _UNIT_WORDS] if _LOWER_WORDS else []
LETTER = regex.compile(r"(?i)[a-z]")  # what the candidate's closing (?![a-z]) refuses
WINDOW_BEFORE = 90


def _unit_spans(doc: TextIndex) -> list[tuple[int, int]]:
    """``UNIT_ANCHOR.finditer`` spans, leftmost first and not overlapping."""
    text = doc.text
    if not _MERGE_EXACT:
        return [u.span() for u in UNIT_ANCHOR.finditer(text)]
    low = doc.ascii_folded if _LOWER_WORDS else None
    if low is None:
        spans = [m.span() for p in UNIT_WORD_SCANS for m in p.finditer(text)]
    else:
        # every unit word looked for in one block of the copy before the next (word_positions), each
        # word's matches not overlapping (as a literal pattern's finditer)
        found = word_positions(low, _UNIT_BYTES)
        spans = [(i, i + len(w)) for w, hits in zip(_UNIT_BYTES, found) for i in spaced(hits, len(w))]
    out: list[tuple[int, int]] = []
    last = 0
    for s, e in sorted(spans):
        if s >= last:
            out.append((s, e))
            last = e
    return out


def _ending_at_unit(text: str, lo: int, u_end: int) -> regex.Match[str] | None:
    """The first match a right-to-left scan of text[lo:u_end + 1] finds if it ends at u_end or one
    past it (the "s" of "days"), tried at those two ends only instead of at every position."""
    hi = min(len(text), u_end + 1)
    m = DURATION_BACKWARD.match(text, lo, hi)
    if m is None and hi > u_end and not LETTER.match(text, u_end, hi):
        m = DURATION_BACKWARD.match(text, lo, u_end)  # the unit ends here: nothing letter-like after it
    return m


def find_candidates(doc: TextIndex) -> list[tuple[int, int]]:
    """Spans of duration candidates in ``doc.text`` (``DURATION_CANDIDATE`` run only just before a unit word)."""
    text = doc.text
    out: list[tuple[int, int]] = []
    last = 0
    for us, ue in _unit_spans(doc):
        m = _ending_at_unit(text, max(last, us - WINDOW_BEFORE), ue)
        if m is not None and m.end() > last:
            out.append(m.span())
            last = m.end()
    return out


RELATION_AFTER = regex.compile(rf"(?i)\s{{1,8}}(?P<relation>{RELATION_RE})\s{{1,8}}")
WORD_SPLIT = regex.compile(r"[\s-]+")


class ParsedDuration(NamedTuple):
    quantity: float
    unit: str


def words_value(text: str) -> int | None:
    """'fifty-one' -> 51, 'one hundred twenty' -> 120, 'twenty four' -> 24."""
    total, current = 0, 0
    for w in WORD_SPLIT.split(text.casefold()):
        if w in ("", "and"):
            continue
        v = NUMBER_WORDS.get(w)
        if v is None:
            return None
        if v == 100:
            current = max(current, 1) * 100
        else:
            current += v
    return total + current


def duration_value(v: Mapping[str, str | None]) -> ParsedDuration | None:
    """Quantity (digits win over words when both are written) and canonical unit that
    ``duration_line``'s results names (``MATCH.values``) describe."""
    digits, number, words = v["digits"], v["number"], v["words"]
    if digits is not None:
        q: float | None = float(digits.replace(",", ""))
    elif number is not None:
        q = float(number.replace(",", ""))
    else:
        n = words_value(words or "")
        q = float(n) if n is not None else None
    if q is None:
        return None
    word = (v["unit"] or "").casefold().removesuffix("s")
    qual = v["qualifier"]
    key = f"{qual.casefold()} {word}" if qual and f"{qual.casefold()} {word}" in UNITS else word
    return ParsedDuration(q, UNITS.get(key, word))


@lru_cache(maxsize=8192)  # the same few candidates recur ("thirty (30) days"): 1k distinct of 12k
def parse_duration(text: str) -> ParsedDuration | None:
    """The duration one candidate (as found by ``DURATION_CANDIDATE``) states, or None."""
    m = MATCH.match(text)
    return None if m is None else duration_value(MATCH.values(m))
