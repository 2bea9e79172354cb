"""A document's text without its whitespace, lower-cased, for finding a name however the text spaces it.

The respacing readers (``extractor.stages.party_names``, ``extractor.stages.signature_parties``) look for
a glued name ("KubientInc.") written with blanks anywhere between its characters ("Kubient Inc."). A
pattern per name (``K\\s*u\\s*b...``, case-insensitive) cost a compile (~2 ms: most of the readers' time
on a normal exhibit) and a scan without a literal prefix (the cost names x text, super-linear once
every signature block adds a name). Here the text is squeezed once (``chars``: the lower-cased text as
Latin-1 bytes, ``ascii_lowered``, without ``[\\s\\xa0]``: ``bytes.translate`` in C), so any spaced writing
of a name is a plain occurrence of its lower-cased characters, found by ``bytes.find`` in C; each
occurrence is then walked in the text with the pattern's own gap rules (``Gap``), so the readers see
exactly the spans their patterns matched.

Exact only where ``str.lower`` is position-exact caseless matching of ASCII (no U+017F, U+0130,
U+0131: ``regex`` (?i) lets "s", "i" and "I" match them, ``lower()`` does not) and every blank is in
Latin-1 (U+2003 and the like are "?" in the bytes); ``of`` gives None otherwise, and the readers scan
with their patterns as before. A match may begin or end inside a word ("xKubientInc"), so the
occurrences come from the squeezed text, not from a table of its words.

``text_index.TextIndex.spaced`` builds one per text, on first use, for all the readers of that text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from . import find_all
from .ascii_lowered import ascii_lowered

WS = frozenset(" \t\n\x0b\x0c\r\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | frozenset(
    map(chr, range(0x2000, 0x200B)))  # the readers' patterns' blank: regex's [\s\xa0] (not str.isspace)
LATIN_WS = bytes(sorted(ord(c) for c in WS if ord(c) < 0x100))  # deleted from the Latin-1 copy in C
FAR_WS = "".join(sorted(c for c in WS if ord(c) >= 0x100))  # "?" in that copy: such a text is not indexed
BLOCK = 128  # text characters per block of the map from ``chars`` back to the text
LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")  # what (?i)[A-Za-z] takes, in the lower-cased text
# characters whose caseless match under regex (?i) is not what lower() says (see the module's doc)
NOT_LOWER_EXACT = ("\u017f", "\u0130", "\u0131")
# what ``TextIndex.folded_spaced`` writes as ASCII in its copy: a reader confirms a writing near one
FOLDED = NOT_LOWER_EXACT + tuple(FAR_WS)


class Gap(NamedTuple):
    """The blanks a pattern allows before one of its characters: ``least`` to ``most`` (-1: any) of
    ``blanks`` (None: any of ``WS``), after an optional comma when ``comma``."""

    least: int = 0
    most: int = -1
    blanks: frozenset[str] | None = None
    comma: bool = False


ANY = Gap()  # [\s\xa0]*+
NONE = Gap(0, 0)  # the characters side by side


@dataclass(frozen=True, eq=False)
class SpacedIndex:
    """``text``, its lower-cased copy ``low`` and that copy as Latin-1 bytes ``latin`` (``ascii_lowered``),
    ``chars`` (``latin`` without blanks), and for each block of ``BLOCK`` characters where its characters
    start in ``chars`` (``starts``). ``chars`` and ``starts`` are made on first use: most look-ups only
    ask ``spaced_somewhere`` (two counts), and ``starts`` (a step per block) only serves ``position``."""

    text: str
    low: str
    latin: bytes
    # key -> ``spaced_somewhere(key)``: this index's, gone with it
    _spaced: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def of(cls, text: str, low: str | None, latin: bytes | None) -> SpacedIndex | None:
        """The index of ``text`` (``low``, ``latin``: its ``lowered`` and ``ascii_lowered`` copies), or None
        where lower() is no exact caseless copy or a blank is beyond Latin-1 (rare: the patterns scan)."""
        if low is None or latin is None or holds_any(text, FOLDED if not text.isascii() else NOT_LOWER_EXACT):
            return None
        return cls(text, low, latin)

    @classmethod
    def folded(cls, text: str) -> SpacedIndex | None:
        """The index of ``folded_copy(text)``, or None where ``text`` holds no character of ``FOLDED``. The
        copy holds none, so it is indexed without ``of``'s checks (a scan per character of ``FOLDED``)."""
        folded = folded_copy(text)
        if folded is None:
            return None
        latin = ascii_lowered(folded)
        assert latin is not None  # neither "\u017f" nor "\u0130" is left
        return cls(folded, lower_in_pieces(folded), latin)  # no "\u0130" left: lower() keeps every position

    @cached_property
    def chars(self) -> bytes:
        """``latin`` without blanks (one ``bytes.translate``, in C)."""
        return self.latin.translate(None, LATIN_WS)

    @cached_property
    def starts(self) -> tuple[int, ...]:
        """starts[k]: index in ``chars`` of block k's first non-blank character."""
        latin, out, at = self.latin, [0], 0
        for b in range(0, len(latin), BLOCK):
            at += len(latin[b : b + BLOCK].translate(None, LATIN_WS))
            out.append(at)
        return tuple(out)

    def position(self, j: int) -> int:
        """The text position of ``chars[j]``: in its block, the first non-blank after ``left`` others,
        found by counting the blanks before a guess until the count stops growing (in C, no step per
        character)."""
        k = bisect_right(self.starts, j) - 1
        left = j - self.starts[k]
        seg = self.latin[k * BLOCK : (k + 1) * BLOCK]
        g = left
        while (blanks := g - len(seg[:g].translate(None, LATIN_WS))) != g - left:
            g = left + blanks  # ``left`` non-blanks and the blanks among them come first
        return k * BLOCK + len(seg) - len(seg[g:].lstrip(LATIN_WS))

    def occurrences(self, key: str) -> Iterator[int]:
        """Text positions where ``key`` (lower-case ASCII, no blanks) starts when blanks are ignored, in
        order (overlapping ones too; a character beyond Latin-1 is "?" here: ``walk`` tells)."""
        chars, word = self.chars, key.encode("ascii")
        j = chars.find(word)
        while j >= 0:
            yield self.position(j)
            j = chars.find(word, j + 1)

    def spaced_somewhere(self, key: str) -> bool:
        """Is ``key`` (lower-case ASCII, no blanks) written somewhere with blanks inside it: does ``chars``
        hold more occurrences of it (overlapping ones too) than ``latin``? Each of ``latin``'s (its
        characters side by side in the text) is one of ``chars``'s, so equal counts mean every writing
        that ``occurrences`` finds is unspaced. Counted once per key and index."""
        got = self._spaced.get(key)
        if got is None:
            word = key.encode("ascii")
            got = self._spaced[key] = count_all(self.chars, word) > count_all(self.latin, word)
        return got

    @staticmethod
    def run_ends(key: str, gaps: Sequence[Gap]) -> tuple[int, ...]:
        """For each k, where the run of ``key`` from k ends for ``walk``: the first index >= k whose gap
        needs a blank or takes a comma, or whose character is one of its gap's blanks (or ``len(key)``).
        Inside a run, the text written without blanks is the walk's only way, found by one
        ``str.startswith`` instead of a step per character (most writings of a name have no blank)."""
        ends = [len(key)] * (len(key) + 1)
        for k in range(len(key) - 1, 0, -1):
            g = gaps[k]
            plain = g.least == 0 and not g.comma and key[k] not in (WS if g.blanks is None else g.blanks)
            ends[k] = ends[k + 1] if plain else k
        if key:
            ends[0] = ends[1] if len(key) > 1 else 1  # no gap before the first character
        return tuple(ends)

    def walk(self, pos: int, key: str, gaps: Sequence[Gap], ends: Sequence[int] | None = None) -> list[int] | None:
        """The text positions of ``key``'s characters matched from ``pos`` (``gaps[k]``: the blanks allowed
        before ``key[k]``; ``gaps[0]`` is not used), or None. The patterns this stands for never backtrack
        into a gap (each is followed by a character that is no blank), so the first way is the only one.
        ``ends``: ``run_ends(key, gaps)``, to take each run written without blanks in one step."""
        low, n = self.low, len(self.low)
        out: list[int] = []
        i = pos
        k, m = 0, len(key)
        while k < m:
            if ends is not None and (b := ends[k]) > k and low.startswith(key[k:b], i):
                out.extend(range(i, i + b - k))
                i += b - k
                k = b
                continue
            c = key[k]
            if k:
                g = gaps[k]
                if g.comma and i < n and low[i] == ",":
                    i += 1
                j = i
                blanks = WS if g.blanks is None else g.blanks
                while j < n and low[j] in blanks:
                    j += 1
                if j - i < g.least or 0 <= g.most < j - i:
                    return None
                i = j
            if i >= n or low[i] != c:
                return None
            out.append(i)
            i += 1
            k += 1
        return out

    def letter_at(self, i: int) -> bool:
        """Is ``text[i]`` a letter for (?i)[A-Za-z] (False outside the text)?"""
        return 0 <= i < len(self.low) and self.low[i] in LETTERS


SCAN_BLOCK = 1 << 16  # characters per block of ``present``: read from the cache by each look-up


def present(text: str, chars: Sequence[str]) -> list[str]:
    """The characters of ``chars`` that ``text`` holds, in their order: ``c in text`` for each, run block by
    block on a long text, so every look-up after the first reads the block from the cache (16 passes
    over a 16 MB text cost ~3.5x as much)."""
    left = list(chars)
    for lo in range(0, len(text), SCAN_BLOCK):
        hi = lo + SCAN_BLOCK
        left = [c for c in left if text.find(c, lo, hi) < 0]
        if not left:
            break
    return [c for c in chars if c not in left]


def holds_any(text: str, chars: Sequence[str]) -> bool:
    """``any(c in text for c in chars)``, block by block (``present``), stopping at the first found."""
    for lo in range(0, len(text), SCAN_BLOCK):
        hi = lo + SCAN_BLOCK
        if any(text.find(c, lo, hi) >= 0 for c in chars):
            return True
    return False


FOLD_TO = {"\u017f": "s", "\u0130": "i", "\u0131": "i"} | dict.fromkeys(FAR_WS, " ")


def folded_copy(text: str) -> str | None:
    """``text`` with "\u017f", "\u0130", "\u0131" written "s", "i", "i" and each blank beyond Latin-1 " "
    (``FOLDED``, same positions), or None where it holds none of them. Made in one copy: the places of
    those (rare) characters found block by block, then the text joined around them (a ``str.replace`` per
    character present copied the whole text each time: 0.5 s for the six such blanks of a 64 MB text)."""
    odd = present(text, FOLDED) if not text.isascii() else []
    if not odd:
        return None
    at: list[int] = []
    n = len(text)
    for lo in range(0, n, SCAN_BLOCK):
        hi = min(lo + SCAN_BLOCK, n)
        for c in odd:
            at.extend(find_all_in(text, c, lo, hi))
    at.sort()
    pieces: list[str] = []
    prev = 0
    for p in at:
        pieces += (text[prev:p], FOLD_TO[text[p]])
        prev = p + 1
    pieces.append(text[prev:])
    return "".join(pieces)


def find_all_in(text: str, c: str, lo: int, hi: int) -> Iterator[int]:
    """Every position of the character ``c`` in ``text[lo:hi]``, in order."""
    p = text.find(c, lo, hi)
    while p >= 0:
        yield p
        p = text.find(c, p + 1, hi)


PIECE = 1 << 16  # characters per piece of ``lower_in_pieces``


def lower_in_pieces(text: str, piece: int = PIECE) -> str:
    """``text.lower()``, made piece by piece (each ending after a line break) where ``text`` is long and not
    ASCII: there ``str.lower`` works in a scratch buffer of 12 bytes per character, fresh memory on a long
    text (~2x dearer per character at 16 MB than in 64K pieces, and 0.75 GB for 64 MB). The same copy:
    lower() looks at a character's neighbours only for a capital sigma (is it a word's last letter?), and
    never across a line break (no letter, not case-ignorable)."""
    if len(text) <= piece or text.isascii():
        return text.lower()
    return "".join(p.lower() for p in line_pieces(text, piece))


def line_pieces(text: str, piece: int) -> Iterator[str]:
    """``text`` cut into pieces of at least ``piece`` characters, each ending after a line break (the last
    where the text ends): pieces lower() reads as it reads the whole text."""
    i, n = 0, len(text)
    while i < n:
        j = text.find("\n", i + piece)
        j = n if j < 0 else j + 1
        yield text[i:j]
        i = j


def count_all(hay: bytes, word: bytes) -> int:
    """How many times ``word`` occurs in ``hay``, overlapping ones too: ``bytes.count`` (in C) when no two
    occurrences can overlap (no proper prefix of ``word`` is also its suffix), else one step per occurrence."""
    if any(word[:k] == word[-k:] for k in range(1, len(word))):
        return sum(1 for _ in find_all(hay, word))
    return hay.count(word)
