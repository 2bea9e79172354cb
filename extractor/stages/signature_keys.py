"""Where names are written, found without a pattern compiled per name: many names in a long text's
squeezed copy (``SpacedIndex.chars``) in one pass (``key_starts``); a name's words with any blanks
between them in a stretch of the text (``spaced_writings``).

``signature_respace.respaced`` looks up every party name with a glue point; a document where each
signature block adds a name holds hundreds of them, and a ``bytes.find`` pass per name over the squeezed
text made the cost names x text (0.8 s at 16 MB, growing with the square). Here the eight-byte words
of the text at multiples of eight (four-byte words at multiples of four for keys of 7-14 bytes; for a
shorter key, each position's next bytes) are read as integers, hashed into a table of the keys' words
(numpy, in chunks), and only the few places the table holds are checked by ``bytes.startswith``: the
same positions as a ``find`` per key, in order, overlapping ones too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..grammars.spaced_index import WS

HEAD = 8  # bytes of a key read as one integer
HASH_BITS = 16  # a table of 64K flags, in the cache: a false hit per ~500 positions for 100 heads
CHUNK = 1 << 16  # positions per numpy step: a few arrays of this many integers, in the cache
MANY_KEYS = 24  # keys from which one pass is cheaper than a find per key ...
MANY_CHARS = 1 << 20  # ... over a squeezed text this long
_MULTIPLIER = 0x9E3779B97F4A7C15  # Fibonacci hashing: the top bits of the product
_MULTIPLIER32 = 0x9E3779B1


def many_keys(keys: int, chars: int) -> bool:
    """Is one pass for ``keys`` keys over ``chars`` characters cheaper than a ``bytes.find`` scan per key?"""
    return keys >= MANY_KEYS and chars >= MANY_CHARS


def key_starts(chars: bytes, keys: Iterable[bytes]) -> dict[bytes, list[int]]:
    """Every position of each key (non-empty bytes) in ``chars``, in order, overlapping ones too: what
    repeated ``chars.find(key, j + 1)`` gives."""
    import numpy as np  # a pandas dependency; only documents with many names come here

    out: dict[bytes, list[int]] = {k: [] for k in keys if k}
    by_step: dict[int, list[bytes]] = {}  # ``_aligned``'s word size (0: too short for it) -> keys
    for k in out:
        by_step.setdefault(next((w for w in ALIGNED if len(k) >= 2 * w - 1), 0), []).append(k)
    for w, ks in by_step.items():
        if w:
            _aligned(np, chars, ks, w, out)
        else:
            _heads(np, chars, ks, out)
    for js in out.values():
        js.sort()  # ``_aligned`` finds a key's occurrences nearly in order
    return out


ALIGNED = (8, 4)  # word sizes read at aligned places, for keys of at least 15 and 7 bytes


def _table_bits(entries: int) -> int:
    """Hash table size (bits) for ``entries`` values: HASH_BITS, more for many (few false hits)."""
    return min(HASH_BITS + max(0, entries.bit_length() - 10), 22)


def _aligned(np, chars: bytes, keys: list[bytes], w: int, out: dict[bytes, list[int]]) -> None:  # noqa: ANN001
    """The occurrences of keys of at least ``2w - 1`` bytes, from the ``w``-byte words of ``chars`` at
    multiples of ``w`` only (a ``w``-th of the places ``_heads`` reads): an occurrence at p holds the word
    at the first multiple of ``w`` from p, which is its own bytes from offset (-p) % w, so every key's
    word at each offset below ``w`` is looked for, and each occurrence is found once."""
    words: dict[int, list[tuple[bytes, int]]] = {}  # a word as an integer -> (key, offset) holding it
    for k in keys:
        for o in range(w):
            words.setdefault(int.from_bytes(k[o : o + w], "little"), []).append((k, o))
    bits = _table_bits(len(words))
    kind, mult = (np.uint64, _MULTIPLIER) if w == 8 else (np.uint32, _MULTIPLIER32)
    mult, shift = kind(mult), kind(8 * w - bits)
    table = np.zeros(1 << bits, dtype=np.bool_)
    table[(np.array(list(words), dtype=kind) * mult) >> shift] = True
    every = np.frombuffer(chars, dtype=np.dtype(kind).newbyteorder("<"), count=len(chars) // w)
    for lo in range(0, len(every), CHUNK):
        seg = every[lo : lo + CHUNK]
        hits = np.flatnonzero(table[(seg * mult) >> shift])
        for i, word in zip(hits.tolist(), seg[hits].tolist(), strict=True):
            for k, o in words.get(word, ()):
                p = (lo + i) * w - o
                if p >= 0 and chars.startswith(k, p):
                    out[k].append(p)


def _heads(np, chars: bytes, keys: list[bytes], out: dict[bytes, list[int]]) -> None:  # noqa: ANN001
    """The occurrences of short keys: each position's next eight bytes (fewer for a shorter key) hashed."""
    groups: dict[int, dict[int, list[bytes]]] = {}  # head length -> head as an integer -> keys
    for k in keys:
        q = min(HEAD, len(k))
        groups.setdefault(q, {}).setdefault(int.from_bytes(k[:q], "little"), []).append(k)
    n = len(chars)
    buf = chars + bytes(HEAD)  # every position has eight bytes to read
    mult, shift = np.uint64(_MULTIPLIER), np.uint64(64 - HASH_BITS)
    for q, heads in groups.items():
        if q > n:
            continue
        mask = np.uint64((1 << (8 * q)) - 1)
        table = np.zeros(1 << HASH_BITS, dtype=np.bool_)
        table[(np.array(list(heads), dtype=np.uint64) * mult) >> shift] = True
        last = n - q + 1  # positions where a key of this head length can start
        for lo in range(0, last, CHUNK):
            size = min(CHUNK, last - lo)
            # position lo + i's next eight bytes, little-endian: its first q bytes are the low ones
            win = np.ndarray((size,), dtype="<u8", buffer=buf, offset=lo, strides=(1,)) & mask
            for i in np.flatnonzero(table[(win * mult) >> shift]).tolist():
                for k in heads.get(int(win[i]), ()):
                    if chars.startswith(k, lo + i):
                        out[k].append(lo + i)


def spaced_writings(text: str, words: list[str], start: int = 0, end: int | None = None, least: int = 0
                    ) -> Iterator[tuple[int, int]]:
    """The spans ``regex.compile(r"[\\s\\xa0]*+".join(map(regex.escape, words))).finditer(text, start, end)``
    finds (``least``: 1 for ``[\\s\\xa0]+``): the first word by ``str.find``, the blanks and the words after
    it walked. ``words`` are non-empty and hold no blank (``str.split``). A pattern compiled per name
    cost ~0.5 ms, more than its search in a signature block."""
    stop = len(text) if end is None else min(end, len(text))
    head, rest = words[0], words[1:]
    p = text.find(head, start, stop)
    while p >= 0:
        i = _walked(text, rest, p + len(head), stop, least)
        if i is not None:
            yield p, i
            p = text.find(head, i, stop)  # as finditer: the next writing after this one
            continue
        p = text.find(head, p + 1, stop)


def written_in(text: str, words: list[str], start: int = 0, end: int | None = None, least: int = 0) -> bool:
    """Does ``spaced_writings`` find a writing (``words`` written in ``text[start:end]``)? Looked for from
    the end backwards: a name asked about is mostly written not far before the place that asks (its own
    agreement's preamble), and a scan from the start of a long document read all of it per name."""
    stop = len(text) if end is None else min(end, len(text))
    head, rest = words[0], words[1:]
    p = text.rfind(head, start, stop)
    while p >= 0:
        if _walked(text, rest, p + len(head), stop, least) is not None:
            return True
        p = text.rfind(head, start, p + len(head) - 1)  # the occurrences starting before p
    return False


def _walked(text: str, rest: list[str], i: int, stop: int, least: int) -> int | None:
    """Where the words ``rest`` written from ``i`` (each after at least ``least`` blanks) end, or None."""
    for w in rest:
        j = i
        while j < stop and text[j] in WS:
            j += 1
        if j - i < least or not text.startswith(w, j, stop):
            return None
        i = j + len(w)
    return i
