"""Every position of several words in one text, the text read block by block.

``[list(find_all(text, w)) for w in words]`` reads the whole text once per word; on a document of
several MB each of those reads comes from main memory, and the cost per MB of such a scan grew ~3x
from a 1 MB document (held in the cache) to a 16 MB one. Here every word is looked for in one block
of the text before the next block is read, so the text comes from memory once, whatever the number
of words. Same positions, same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import AnyStr

BLOCK = 1 << 15  # characters: a block stays in the core's cache while every word is looked for in it


def word_positions(text: AnyStr, words: Sequence[AnyStr]) -> list[list[int]]:
    """For each word, every position of it in ``text`` in order, overlapping ones too (as
    ``list(find_all(text, word))``)."""
    n = len(text)
    out: list[list[int]] = [[] if word else list(range(n + 1)) for word in words]  # "" stands everywhere
    scans = [(word, found) for word, found in zip(words, out) if word]
    if n <= BLOCK:  # one block: the plain scan
        for word, found in scans:
            _scan(text, word, 0, n, n, found)
        return out
    for lo in range(0, n, BLOCK):
        stop = lo + BLOCK  # a position found here is below stop; the block's text reaches past it by a word
        for word, found in scans:
            _scan(text, word, lo, stop, stop + len(word) - 1, found)
    return out


def _scan(text: AnyStr, word: AnyStr, lo: int, stop: int, hi: int, found: list[int]) -> None:
    """Append the positions k of ``word`` with lo <= k < stop (the word within text[:hi])."""
    k = text.find(word, lo, hi)
    while 0 <= k < stop:
        found.append(k)
        k = text.find(word, k + 1, hi)


def spaced(positions: list[int], length: int) -> list[int]:
    """The positions a left-to-right scan for a word of ``length`` finds when matches may not overlap
    (as a literal pattern's ``finditer``): each one at least ``length`` past the last kept."""
    out: list[int] = []
    nxt = -1
    for k in positions:
        if k >= nxt:
            out.append(k)
            nxt = k + length
    return out
