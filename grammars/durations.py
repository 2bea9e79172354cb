"""Periods of time: "fifty-one (51) months after November 1, 2000", "30 days prior to ...".

BNF::

    duration   ::= quantity [qualifier] unit [relation anchor]
    quantity   ::= number_words ["(" integer ")"] | integer ["(" integer ")"]
    number_words ::= number_word (("-" | " " | "and") number_word)*   (vocab/number_words.txt)
    qualifier  ::= "business" | "calendar" | "banking" | "working" | "fiscal"
    unit       ::= day[s] | week[s] | month[s] | quarter[s] | year[s] | hour[s]  (vocab/duration_units.txt)
    relation   ::= "after" | "following" | "prior to" | "before" | "from" | "of" | "preceding"

``DURATION_CANDIDATE`` (a compiled ``regex``) finds candidates; ``parse_duration``
runs the grammar on one of them and returns the quantity as a number.
"""

from __future__ import annotations

from typing import NamedTuple

import pyparsing as pp
import regex

from . import vocabulary

NUMBER_WORDS = {w: int(v) for w, v in (ln.split() for ln in vocabulary("number_words"))}
UNITS = dict(ln.split("|") for ln in vocabulary("duration_units"))
_WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_UNIT_WORDS = sorted({u.split()[-1] for u in UNITS}, key=len, reverse=True)
_UNIT_ALT = "|".join(_UNIT_WORDS)
QUALIFIER_RE = r"(?:business|calendar|banking|working|fiscal)"
WORDS_RE = rf"(?:{_WORD_ALT})(?:(?:[ \t]{{1,3}}|-|[ \t]and[ \t])(?:{_WORD_ALT})){{0,4}}"
RELATION_RE = r"(?:after|following|prior\s{1,3}to|before|from|preceding|of)"

# -- terminals -----------------------------------------------------------------
number_words = pp.Regex(rf"(?i){WORDS_RE}(?![a-z])").set_name("number_words")
integer = pp.Regex(r"\d{1,4}(?:,\d{3})?").set_name("integer")
paren_integer = (pp.Suppress("(") + integer + pp.Suppress(")")).set_name("paren_integer")
quantity = (
    (number_words("words") + pp.Opt(paren_integer("digits"))) | (integer("number") + pp.Opt(paren_integer))
).set_name("quantity")
qualifier = pp.Regex(rf"(?i){QUALIFIER_RE}").set_name("qualifier")
unit = pp.Regex(rf"(?i)(?:{_UNIT_ALT})s?(?![a-z])").set_name("unit")
relation = pp.Regex(rf"(?i){RELATION_RE}(?![a-z])").set_name("relation")
hyphen = pp.Suppress(pp.Opt("-"))
duration = (
    (quantity + hyphen + pp.Opt(qualifier("qualifier")) + unit("unit")).set_name("duration").parse_with_tabs()
)

DURATION_CANDIDATE = regex.compile(
    rf"(?i)(?<![\w.-])(?:{WORDS_RE}(?:\s{{0,3}}\(\s{{0,2}}\d{{1,4}}\s{{0,2}}\))?|\d{{1,4}}(?:\s{{0,3}}\(\s{{0,2}}\d{{1,4}}\s{{0,2}}\))?)"
    rf"\s{{0,3}}-?\s{{0,2}}(?:{QUALIFIER_RE}\s{{1,3}})?(?:{_UNIT_ALT})s?(?![a-z])"
)
# Matched right to left from the unit word: the longest quantity before it, without a left-to-right sweep.
DURATION_BACKWARD = regex.compile(DURATION_CANDIDATE.pattern, regex.REVERSE)
UNIT_ANCHOR = regex.compile(rf"(?i)(?:{_UNIT_ALT})")  # no look-around: it would be tried at every position
WINDOW_BEFORE = 90


def find_candidates(text: str) -> list[tuple[int, int]]:
    """Spans of duration candidates (``DURATION_CANDIDATE`` run only just before a unit word)."""
    out: list[tuple[int, int]] = []
    last = 0
    for u in UNIT_ANCHOR.finditer(text):
        lo = max(last, u.start() - WINDOW_BEFORE)
        for m in DURATION_BACKWARD.finditer(text, lo, min(len(text), u.end() + 1)):
            if m.end() in (u.end(), u.end() + 1) and m.end() > last:
                out.append(m.span())
                last = m.end()
            break
    return out


RELATION_AFTER = regex.compile(rf"(?i)\s{{1,8}}(?P<relation>{RELATION_RE})\s{{1,8}}")


class ParsedDuration(NamedTuple):
    quantity: float
    unit: str


def words_value(text: str) -> int | None:
    """'fifty-one' -> 51, 'one hundred twenty' -> 120, 'twenty four' -> 24."""
    total, current = 0, 0
    for w in regex.split(r"[\s-]+", text.casefold()):
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


def parse_duration(text: str) -> ParsedDuration | None:
    """Quantity (digits win over words when both are written) and canonical unit of one candidate."""
    try:
        r = duration.parse_string(text, parse_all=True)
    except pp.ParseException:
        return None
    if "digits" in r:
        q: float | None = float(r["digits"][0].replace(",", ""))
    elif "number" in r:
        q = float(r["number"].replace(",", ""))
    else:
        v = words_value(r["words"])
        q = float(v) if v is not None else None
    if q is None:
        return None
    word = r["unit"].casefold().removesuffix("s")
    qual = r.get("qualifier")
    key = f"{qual.casefold()} {word}" if qual and f"{qual.casefold()} {word}" in UNITS else word
    return ParsedDuration(q, UNITS.get(key, word))
