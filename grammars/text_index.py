"""One document's text with its lower-cased copies, for the scans that find caseless ASCII words by
``str.find``/``bytes.find`` instead of a caseless regex scan.

``extractor.pipeline`` builds one ``TextIndex`` per text the stages scan (the layout's body, the body
without signature blocks) and passes it to the stages and grammar functions that read the copies.
Each copy is made on first use, at most once per index, and goes with the index when the document is
done: no process-wide cache holds a document's text, so what a stage finds does not depend on which
stage or document ran before it, nor does a copy get evicted by another text and made again (the
first stage that asks for a copy pays for it, once).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from . import find_all
from .spaced_index import PIECE, SpacedIndex, holds_any, line_pieces, lower_in_pieces


def lowered(text: str) -> str | None:
    """``grammars.lowered(text)``, made in pieces (``lower_in_pieces``: cheaper on a long text); a text
    holding U+0130, which lower() writes as two characters (no position-exact copy), is not copied."""
    if holds_any(text, ("\u0130", "\u017f")):
        return None
    return lower_in_pieces(text)  # no U+0130: lower() keeps every position


FOLD_PIECE = PIECE  # characters: a piece and its copies stay in the core's cache


ODD = ("\u017f", "\u0130")  # the letters ``ascii_lowered`` and ``lowered`` refuse: (?i) takes them for "s" and "i"


def _s_i(piece: str) -> str:
    """``piece`` with U+017F and U+0130 written "s" and "i" (the piece itself when it holds neither)."""
    if ODD[0] in piece or ODD[1] in piece:
        return piece.replace(ODD[0], "s").replace(ODD[1], "i")
    return piece


def folded_in_pieces(text: str) -> bytes:
    """``ascii_lowered`` of ``text`` with U+017F and U+0130 written "s" and "i", made piece by piece: the
    same bytes (every character maps to one byte on its own; lower() looks at neighbours only for a
    capital sigma, a "?" either way, and changes the length of U+0130 alone), but from the cache, and the
    two letters replaced only in the pieces holding them: three copies of a whole long text (two
    ``str.replace``, then the encoding) cost ~3x as much per MB at 16 MB, where a single U+0130 sends the
    whole document this way. A text holding a Kelvin sign has every piece lower-cased before its
    encoding (as ``ascii_lowered`` does the whole text: Latin-1 capitals then lower-cased too), not
    only the pieces holding one. Of a text without U+017F or U+0130, ``ascii_lowered`` itself."""
    kelvin = "\u212a" in text
    out = []
    for lo in range(0, len(text), FOLD_PIECE):
        piece = _s_i(text[lo : lo + FOLD_PIECE])
        if kelvin:  # lower() first, so the Kelvin sign is "k" as in lowered()
            out.append(piece.lower().encode("latin-1", "replace"))
        else:
            out.append(piece.encode("latin-1", "replace").lower())  # bytes.lower() touches ASCII letters only
    return b"".join(out)


def ascii_lowered(text: str) -> bytes | None:
    """``ascii_lowered.ascii_lowered(text)``, made in pieces (``folded_in_pieces``, with nothing to fold):
    the encoding and the lower-casing of a whole long text cost ~3x as much per MB as in the cache."""
    if holds_any(text, ODD):
        return None
    return folded_in_pieces(text)


def caseless_in_pieces(text: str) -> str:
    """``lower_in_pieces(TextIndex(text).s_i_written)`` without that copy: each piece (ending after a
    line break, which lower() never looks across for a capital sigma) has the two letters written "s"
    and "i", then is lower-cased, in the cache."""
    return "".join(_s_i(p).lower() for p in line_pieces(text, FOLD_PIECE))


@dataclass(frozen=True, eq=False)
class TextIndex:
    """``text`` and its lower-cased copies (made lazily; ``None`` where no position-exact copy exists)."""

    text: str
    # word -> its positions in ``ascii_lowered`` (``ascii_positions``): this index's, gone with it
    _positions: dict[bytes, list[int]] = field(default_factory=dict, init=False, repr=False, compare=False)
    # word -> its positions in ``caseless`` (``cue_scan.keyword_starts``): the cue scans of one text share them
    caseless_words: dict[str, list[int]] = field(default_factory=dict, init=False, repr=False, compare=False)
    # word -> its positions in ``ascii_folded`` where that copy is not ``ascii_lowered`` (``folded_positions``)
    _folded_positions: dict[bytes, list[int]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @cached_property
    def lowered(self) -> str | None:
        """``grammars.lowered(text)``: ``text.lower()`` when it keeps every position."""
        return lowered(self.text)

    @cached_property
    def ascii_lowered(self) -> bytes | None:
        """``ascii_lowered(text)``: the same as Latin-1 bytes (cheaper to make), for ``bytes.find``. Of an
        ASCII text, ``lowered`` encoded: ``str.lower`` of ASCII is twice as fast as ``bytes.lower``, the copy
        is the same, and the encoding is a copy in C, so both copies cost one lower-casing."""
        if self.text.isascii():
            return self.lowered.encode("ascii")  # type: ignore[union-attr] # an ASCII text's lowered is never None
        return ascii_lowered(self.text)

    @cached_property
    def ascii_folded(self) -> bytes:
        """``ascii_lowered``, or for a text holding U+017F or U+0130 (where that is None) the same copy
        with them written "s" and "i": the letters ``regex`` (?i) matches them to. A lower-case ASCII word
        stands in this copy exactly where a caseless pattern of it written in lower case matches in ``text``
        (outside ASCII only U+017F, U+0130 and U+212A, the Kelvin sign, match such a letter): never None,
        so a word scan need not fall back to a caseless regex scan of the whole text (~20x dearer)."""
        low = self.ascii_lowered
        if low is None:
            low = folded_in_pieces(self.text)  # not from ``s_i_written``: its two copies of the text
        return low

    @cached_property
    def s_i_written(self) -> str:
        """``text`` with U+017F and U+0130 written "s" and "i" (same positions; ``caseless`` and
        ``ascii_folded`` are made in pieces without it): made once per text (``str.replace``, not
        ``str.translate``: a table costs ~55 ns a character, 0.9 s per 16 MB). In one piece: the text is
        copied once (replace gives the text itself when the letter is absent), cheaper than pieces joined."""
        return self.text.replace("\u017f", "s").replace("\u0130", "i")

    @cached_property
    def caseless(self) -> str | None:
        """``lowered``; for a text holding U+017F or U+0130 (which ``lowered`` refuses: they caselessly
        equal "s" and "i" under (?i)), the lower-cased text with them written as those letters, so a
        keyword scan still finds them (every other character's lower() is position-exact). "\u0130" is
        not an "I" everywhere, so the copy may hold a keyword the pattern does not take: one more window
        tried, as for any keyword the pattern refuses."""
        low = self.lowered
        if low is None:
            low = caseless_in_pieces(self.text)  # no "\u0130" left: lower() keeps every position
        return low if len(low) == len(self.text) else None

    def ascii_positions(self, word: bytes) -> list[int] | None:
        """Every position of ``word`` (lower-case Latin-1 bytes) in ``ascii_lowered``, overlapping ones
        too, in order (``find_all``); None when that copy is None. Found once per index: the heading and
        reference scans of one text look for the same words ("article", "sec"), each a pass over the
        text. The list is shared: callers must not change it."""
        got = self._positions.get(word)
        if got is None:
            low = self.ascii_lowered
            if low is None:
                return None
            got = self._positions[word] = list(find_all(low, word))
        return got

    def folded_positions(self, word: bytes) -> list[int]:
        """``ascii_positions(word)``, but in ``ascii_folded`` (never None): every place a caseless pattern of
        the lower-case ASCII ``word`` can start, also in a text holding U+017F or U+0130 (one such letter
        in a large text would otherwise send every keyword scan to a slower copy or a regex scan). Shared
        with ``ascii_positions`` where the two copies are one. The list is shared: callers must not change it."""
        if self.ascii_lowered is not None:
            return self.ascii_positions(word)  # type: ignore[return-value] # not None: the copy exists
        got = self._folded_positions.get(word)
        if got is None:
            got = self._folded_positions[word] = list(find_all(self.ascii_folded, word))
        return got

    @cached_property
    def folded_spaced(self) -> SpacedIndex | None:
        """Where ``spaced`` is None because the text holds a character that (?i) matches but ``lower()``
        does not tell ("\u0130", "\u0131", "\u017f") or a blank beyond Latin-1 (FAR_WS: an em space, an
        ideographic space): the index of the text with those written "i", "i", "s" and " " (same
        positions). Its occurrences of a key are then every place a pattern of it can start, and more: a
        reader confirms each place near such a character with its pattern, anchored there. None
        otherwise. Without it, a reader scans the whole text once per name (quadratic on a long text)."""
        if self.spaced is not None:
            return None
        return SpacedIndex.folded(self.text)

    @cached_property
    def spaced(self) -> SpacedIndex | None:
        """The text without blanks, lower-cased, for the respacing readers' look-ups of a name however the
        text spaces it (``spaced_index``); None where lower() is no exact caseless copy."""
        return SpacedIndex.of(self.text, self.lowered, self.ascii_lowered)

    def __repr__(self) -> str:  # a document's text is long: show its size, not its words
        return f"TextIndex(<{len(self.text)} characters>)"
