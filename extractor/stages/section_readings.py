"""What a heading number reads as: each reading of a matched number (its style, depth and values) and
its label core, worked out once per distinct number (``number``). Split from ``sections``, which finds
the numbers (``cand_at``) and nests them."""

from __future__ import annotations

import re

from ..grammars import sections as g
from .references import roman_value
from .section_candidates import Reading as _Reading


def _decimal_values(value: str, suffix: str | None) -> tuple[int, ...]:
    parts = [int(p) for p in value.split(".") if p]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()  # "1.0" is section 1
    if suffix:
        parts.append(ord(suffix.strip(". \t").upper()) - 64)
    return tuple(parts)


def _readings(res: g.HeadingNumber) -> tuple[tuple[_Reading, ...], str]:
    kind, v = res.kind, res.value
    if kind == "article":
        n = int(v) if v.isdigit() else roman_value(v) or g.NUMBER_WORDS.get(v.lower())
        return ((_Reading("article", 0, (n,)),), f"Article {n}") if n else ((), "")
    if kind in ("section", "decimal"):
        suffix = res.suffix
        vals = _decimal_values(v, suffix)
        label = ".".join(v.split(".")[: len(vals) - (1 if suffix else 0)] or ["0"])
        if suffix:
            label += "." + suffix.strip(". \t")
        return (_Reading(kind, len(vals), vals),), label
    if kind == "attachment":
        return (_Reading("attachment", 0, (0,)),), f"{str(res.keyword).capitalize()} {v}"
    out: list[_Reading] = []
    if kind in ("paren", "close"):
        if v.isdigit():
            out.append(_Reading(f"{kind}_digit", 0, (int(v),)))
        elif v.islower():
            r = roman_value(v)
            if len(v) == 1 or (len(v) == 2 and v[0] == v[1] and r is None):
                out.append(_Reading(f"{kind}_lower", 0, (_letter_index(v),)))
            if r is not None:
                out.append(_Reading(f"{kind}_roman", 0, (r,)))
        else:
            r = roman_value(v)
            if len(v) == 1 or (len(v) == 2 and v[0] == v[1] and r is None):
                out.append(_Reading(f"{kind}_upper", 0, (_letter_index(v),)))
            if r is not None:
                out.append(_Reading(f"{kind}_uroman", 0, (r,)))
        return tuple(out), v
    if kind == "roman_dot":
        r = roman_value(v)
        if r is not None:
            out.append(_Reading("roman_dot", 0, (r,)))
        if len(v) == 1:
            out.append(_Reading("letter_upper", 0, (_letter_index(v),)))
        return tuple(out), v
    if kind == "letter_dot":
        style = "letter_upper" if v.isupper() else "letter_lower"
        return (_Reading(style, 0, (_letter_index(v),)),), v
    return (), ""


def _letter_index(v: str) -> int:
    v = v.lower()
    return (ord(v[0]) - 96) + (26 if len(v) == 2 else 0)


# (alternative, text matched) -> readings, label core and the length of the number without the blanks
# the parse may end with. The match's text and alternative decide what each results name holds (each
# element of an alternative takes text up to a character it does not take), so the readings are
# computed once per distinct number: ~20k candidates in a corpus tenth are ~5k numbers. Short strings
# only, and cleared when full: no document text is kept.
_NUMBERS: dict[tuple[str | None, str], tuple[tuple[_Reading, ...], str, int]] = {}
_NUMBERS_MAX = 1 << 16


def number(m: re.Match[str]) -> tuple[tuple[_Reading, ...], str, int]:
    """Readings, label core and length of the heading number matched by ``m`` (``g.heading_number_at``)."""
    key = (m.lastgroup, m.group())
    got = _NUMBERS.get(key)
    if got is None:
        readings, core = _readings(g.heading_number_of(m))
        got = readings, core, len(key[1].rstrip(" \t\u00a0"))
        if len(_NUMBERS) >= _NUMBERS_MAX:
            _NUMBERS.clear()
        _NUMBERS[key] = got
    return got
