"""pyparsing grammars, one small module per structure (shipped as ``extractor.grammars``).

No module here changes pyparsing's process-wide settings (packrat, default
whitespace): the grammars must not change their host program.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources

import regex


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
