"""pyparsing grammars, one small module per structure (shipped as ``extractor.grammars``).

No module here changes pyparsing's process-wide settings (packrat, default
whitespace): the grammars must not change their host program.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import AnyStr

import regex


def lowered(text: str) -> str | None:
    """``text.lower()`` when it is a position-exact caseless copy for ASCII letters, else None.

    Checked over every code point: a character caselessly equals an ASCII letter (``regex`` (?i),
    simple case folding) exactly when its ``lower()`` is that letter, except U+017F (long s), which
    equals "s" but stays itself, and U+0130, whose lower() is two characters (offsets would shift).
    So a scan for a caseless ASCII word may run as ``str.find`` of the lower-cased word in this copy.
    Not cached: a document's copy is made once by its ``text_index.TextIndex``.
    """
    if "\u017f" in text:
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def find_all(text: AnyStr, word: AnyStr, start: int = 0) -> Iterator[int]:
    """Every position of ``word`` in ``text`` from ``start`` (overlapping ones too), by ``str.find``."""
    k = text.find(word, start)
    while k >= 0:
        yield k
        k = text.find(word, k + 1)


@cache
def vocabulary(name: str) -> tuple[str, ...]:
    """Lines of ``vocab/<name>.txt`` (blank lines and ``#`` comments skipped)."""
    text = resources.files(__name__).joinpath("vocab", f"{name}.txt").read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))


def finditer_from(pattern: regex.Pattern[str], text: str, firsts: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts with one of the characters
    ``firsts``: the pattern is tried only where ``str.find`` lands on one (several times faster than
    the regex module's own scan when those characters are rare). Matches are non-empty."""
    # the next position of each character at or after the scan position, found again only once passed
    ahead = {c: text.find(c) for c in firsts}
    pos = 0
    while True:
        live = [j for j in ahead.values() if j >= 0]
        if not live:
            return
        i = min(live)
        m = pattern.match(text, i)
        if m is not None:
            yield m
        pos = max(m.end(), i + 1) if m is not None else i + 1
        for c, j in ahead.items():
            if 0 <= j < pos:
                ahead[c] = text.find(c, pos)


def finditer_at(pattern: regex.Pattern[str], text: str, starts: Iterable[int], pos: int = 0,
                endpos: int | None = None) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, pos, endpos)`` when ``starts`` holds, in increasing order, every
    position where a (non-empty) match can start: each is tried unless the previous match covers
    it, as finditer does (its matches do not overlap)."""
    end = len(text) if endpos is None else endpos
    for i in starts:
        if i < pos:
            continue
        m = pattern.match(text, i, end)
        if m is not None:
            yield m
            pos = m.end()
