"""Party names glued where a flattened copy lost its blanks ("KubientInc.", "LATINAMERICA"), written
again as the document spells them elsewhere: look-ups in the text without blanks (``TextIndex.spaced``),
the patterns kept where lower() is no exact caseless copy. Used by ``signature_glued.full_names``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import islice

from ..grammars import find_all
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.spaced_index import ANY, FOLDED, PIECE, Gap
from ..grammars.text_index import ODD, TextIndex
from .signature_keys import key_starts, many_keys

GLUE_POINT = regex.compile(r"[a-z&][A-Z]|&\w|[A-Z]{10}")  # "CapitalManagement", "&MERCHANDISING", "LATINAMERICA"
MAX_RESPACED = 80
MAX_OCCURRENCES = 50
QUESTION = ord("?")  # what Latin-1 encoding with "replace" writes for a character beyond it


def _spellings(found: Iterable[str]) -> tuple[dict[tuple[str, ...], int], dict[tuple[str, ...], str]]:
    """How often the text writes each spelling (its lower-cased words) among the first MAX_OCCURRENCES
    writings ``found`` of a name, and each spelling's first writing."""
    count: dict[tuple[str, ...], int] = {}
    first: dict[tuple[str, ...], str] = {}
    for group in islice(found, MAX_OCCURRENCES):
        words = tuple(group.lower().split())
        count[words] = count.get(words, 0) + 1
        first.setdefault(words, group)
    return count, first


def _writings(doc: TextIndex, chars: str, bounded: bool = False, starts: list[int] | None = None,
              run_at: list[int] | None = None) -> Iterator[str]:
    """Each writing of ``chars`` case-insensitive, in order and not overlapping, with any blanks between
    them, or (``bounded``) with blanks of a line ([ \\t\\xa0]) and not inside a longer run of letters: what
    ``_pattern`` finds, taken from the text's ``spaced`` index (no pattern compiled, no scan of the text
    per name) where that is exact. Where the text holds a character whose caseless match lower() does not
    tell, from the index of its folded copy (``TextIndex.folded_spaced``): a writing there is the pattern's when no
    such character is in it or beside it, else the pattern (compiled then) tells. ``starts``: the
    index's occurrences of the key, when ``_starts_at_once`` found them; ``run_at``: for a name beyond ASCII,
    those of its longest ASCII run in the index's ``chars`` (``_pattern_writings``)."""
    key = chars.lower()
    plain = key.isascii() and len(key) == len(chars)
    exact = doc.spaced is not None
    index = doc.spaced if exact or not plain else doc.folded_spaced
    if index is None or not plain:
        yield from _pattern_writings(doc, chars, bounded, run_at)
        return
    gaps = [LINE_GAP if bounded else ANY] * len(key)
    ends = index.run_ends(key, gaps)  # a run written without blanks is walked in one step
    text, end = doc.text, 0
    pattern: regex.Pattern[str] | None = None
    for p in index.occurrences(key) if starts is None else starts:
        if p < end:
            continue
        at = index.walk(p, key, gaps, ends)
        found = at is not None and not (bounded and (index.letter_at(p - 1) or index.letter_at(at[-1] + 1)))
        stop = p + 1 if at is None else at[-1] + 1
        if not exact and _odd_near(text, p, stop):  # the folded copy changed a character here: the pattern tells
            pattern = pattern or _pattern(chars, bounded)
            m = pattern.match(text, p)
            found, stop = m is not None, stop if m is None else m.end()
        if found:
            end = stop
            yield text[p:end]


LINE_GAP = Gap(blanks=frozenset(" \t\xa0"))
MIN_RUN = 4  # ASCII characters of a name that find the places its pattern is tried


def _pattern_writings(doc: TextIndex, chars: str, bounded: bool, run_at: list[int] | None = None) -> Iterator[str]:
    """``_pattern(chars, bounded).finditer(doc.text)``'s writings, for a name the index cannot walk (a
    letter beyond ASCII: "VESAEQUITYINVESTMENTS.ÀR.L."): the pattern tried only where the index holds
    the name's longest run of ASCII characters, at the place the name would start. A writing's every
    character, blanks left out, is one byte of the index's ``chars`` (caselessly equal characters are
    equal there, as the ASCII ones are), so no writing starts elsewhere; a pattern without a literal
    start scanned the whole text once per such name (names x text on a long document). ``run_at``:
    every occurrence of that run in the index's ``chars`` (``_starts_at_once``, one pass for all names),
    else each found by a ``find`` here."""
    pattern = _pattern(chars, bounded)
    text = doc.text
    index = doc.spaced if doc.spaced is not None else doc.folded_spaced
    run = _ascii_run(chars)
    if index is None or run is None:
        yield from (m.group() for m in pattern.finditer(text))
        return
    squeezed, word, at, end = index.chars, run.group().lower().encode("ascii"), run.start(), 0
    for j in find_all(squeezed, word, at) if run_at is None else (j for j in run_at if j >= at):
        p = index.position(j - at)
        if p >= end and (m := pattern.match(text, p)) is not None:
            end = m.end()
            yield m.group()


def _ascii_run(chars: str) -> regex.Match[str] | None:
    """The longest run of ASCII characters of ``chars`` (the first of the longest), when it is at least
    MIN_RUN long: where ``_pattern_writings`` tries the name's pattern."""
    run = max(ASCII_RUN.finditer(chars), key=lambda m: len(m.group()), default=None)
    return run if run is not None and len(run.group()) >= MIN_RUN else None


ASCII_RUN = regex.compile(r"[\x00-\x7f]++")


def _starts_at_once(doc: TextIndex, keys: set[str]) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """The occurrences (``SpacedIndex.occurrences``) of each key ``_writings`` looks up in the index, and for
    each key it cannot walk (beyond ASCII) the places in the index's ``chars`` of its longest ASCII run,
    lower-cased (``_pattern_writings``): from one pass over the index for all of them where that is cheaper
    than a scan per key; else none."""
    plain = {k.lower() for k in keys if k.isascii() and len(k.lower()) == len(k)}
    runs = {run.group().lower() for k in keys if not (k.isascii() and len(k.lower()) == len(k))
            and (run := _ascii_run(k)) is not None}
    if not many_keys(len(plain) + len(runs), len(doc.text)):  # the index is not made for a few names
        return {}, {}
    index = doc.spaced if doc.spaced is not None else doc.folded_spaced
    if index is None or not many_keys(len(plain) + len(runs), len(index.chars)):
        return {}, {}
    found = key_starts(index.chars, {k.encode("ascii") for k in plain | runs})
    starts = {k: [index.position(j) for j in found[k.encode("ascii")]] for k in plain}
    return starts, {r: found[r.encode("ascii")] for r in runs}


def _odd_near(text: str, a: int, b: int) -> bool:
    """Is a character the folded copy changed in ``text[a:b]`` or beside it?"""
    around = text[max(a - 1, 0) : b + 1]
    return any(c in around for c in FOLDED)


def _pattern(chars: str, bounded: bool) -> regex.Pattern[str]:
    if not bounded:
        return regex.compile(r"[\s\xa0]*+".join(regex.escape(c) for c in chars), regex.I)
    apart = r"[ \t\xa0]*+".join(regex.escape(c) for c in chars)
    return regex.compile(rf"(?<![A-Za-z]){apart}(?![A-Za-z])", regex.I)


def respaced(text: str | TextIndex, names: Iterable[str]) -> dict[str, str]:
    """A name whose words came out glued ("PALMER SQUARE CAPITALMANAGEMENT LLC", text that lost its line
    breaks), spaced as the document writes it most often ("Palmer Square Capital Management LLC"): the same
    characters, the blanks of the commonest spelling (a brand written "IndeLiving" stays so). Only the
    blanks change; the name keeps its own letters."""
    doc = text if isinstance(text, TextIndex) else TextIndex(text)
    glued = [n for n in names if len(n) <= MAX_RESPACED and GLUE_POINT.search(n) is not None]
    squeezed = {"".join(n.split()) for n in glued}
    starts, runs = _starts_at_once(doc, squeezed)  # a long text with many names: one pass for them all
    out = {}
    for name in glued:
        chars = [c for c in name if not c.isspace()]
        key = "".join(chars)
        run = _ascii_run(key) if runs else None
        run_at = runs.get(run.group().lower()) if run is not None else None
        count, first = _spellings(_writings(doc, key, starts=starts.get(key.lower()), run_at=run_at))
        best = max(count, key=lambda w: (count[w], len(w)), default=())
        if len(best) > len(name.split()) and count[best] > count.get(tuple(name.lower().split()), 0):
            out[name] = _spaced_like(chars, first[best])
    return out


MAX_RESPACED_NAMES = 12  # names whose glued words are looked up: one scan of the text per word
WORD_GLUE = regex.compile(r"[a-z][A-Z]|[A-Z]{10}")  # "EntertainmentGroup", "LATINAMERICA"


def respaced_words(text: str | TextIndex, names: Iterable[str]) -> dict[str, str]:
    """Names with a word glued where a line broke, spaced word by word as the text writes that word when
    it stands alone ("SEATTLE SOFTWAREDEVELOPERS, Inc." where "Seattle Software Developers" stands in the
    preamble, and the whole name with its suffix nowhere else): the commonest writing, when it is spaced
    ("HYATT FRANCHISING LATINAMERICA" -> "LATIN AMERICA"; a brand written "FocusSoft" throughout stays)."""
    doc = text if isinstance(text, TextIndex) else TextIndex(text)
    text = doc.text
    out = {}
    counts = WordCounts(doc)  # the text's words, counted once when a name needs them
    for name in sorted(names)[:MAX_RESPACED_NAMES]:
        words = [_respaced_word(doc, w) for w in name.split()]
        if any(CAPS_GLUE.fullmatch(w.strip(",.;:")) or CAMEL_GLUE.fullmatch(w.strip(",.;:")) for w in words):
            words = [_split_caps(w, counts) for w in words]
        new = " ".join(words)
        if new != name:
            out[name] = new
    return out


CAPS_GLUE = regex.compile(r"[A-Z]{10,40}")  # "SYSTEMSPROFOUND", "FARMSGRIDIRON": two words in capitals glued
CAMEL_GLUE = regex.compile(r"[A-Z][a-z]{2,20}[A-Z][a-z]{2,20}")  # "Shi FarmsGridiron": two capitalised words glued
WORD = regex.compile(r"[A-Za-z]++")
MIN_PART = 3


# every byte but a-z to a blank: the Latin-1 lower-cased copy's words of ASCII letters, split in C
NOT_LETTER = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))


def _word_counts(doc: TextIndex, latin: bytes | None = None) -> dict[str, int]:
    """How often the text writes each run of ASCII letters (``WORD``), lower-cased: from its Latin-1
    lower-cased copy (``latin``, else ``_latin(doc)``) by ``bytes.translate`` and ``split`` (~5x cheaper
    than ``WORD.findall``)."""
    copy = _latin(doc) if latin is None else latin
    return {w.decode("ascii"): n for w, n in Counter(copy.translate(NOT_LETTER).split()).items()}


def _latin(doc: TextIndex) -> bytes:
    """The text's Latin-1 lower-cased copy whose runs of a-z are ``WORD``'s runs of letters: the index's
    own (``ascii_lowered``); where it has none (U+017F, U+0130 in the text), its folded copy with those
    written "?" again; where it writes a Kelvin sign "k" (``WORD`` sees no letter there), a copy of our
    own: every character beyond Latin-1 is "?", no letter a-z, and ``bytes.lower`` touches ASCII letters
    only (``WORD.findall`` cost 0.8 s per 16 MB)."""
    latin = doc.ascii_lowered
    if "\u212a" in doc.text:
        return latin_lowered(doc.text)
    if latin is None:
        # the index's folded copy (made once, and read by the later stages' word scans too) is this copy
        # but for U+017F and U+0130, written "s" and "i" there: a second whole copy of a long text cost
        # ~0.1 s per 64 MB more than writing the "?" back
        return _unfolded(doc.text, doc.ascii_folded)
    return latin


def _unfolded(text: str, folded: bytes) -> bytes:
    """``folded`` (``TextIndex.ascii_folded`` of ``text``, which holds no Kelvin sign) with "?" where
    ``text`` holds U+017F or U+0130: ``latin_lowered(text)``."""
    out = bytearray(folded)
    for odd in ODD:
        for i in find_all(text, odd):
            out[i] = QUESTION
    return bytes(out)


def latin_lowered(text: str, piece: int = PIECE) -> bytes:
    """``text.encode("latin-1", "replace").lower()``, made ``piece`` characters at a time (each character is
    one byte on its own): the encoding and lower-casing of a whole long text cost ~2.5x as much per MB as
    in pieces that stay in the cache (0.24 against 0.09 s for 64 MB)."""
    return b"".join(text[lo : lo + piece].encode("latin-1", "replace").lower() for lo in range(0, len(text), piece))


class WordCounts:
    """``_word_counts(doc)``, counted only when a word's count is asked for: whether a glued word
    ("CORPORATION", ten capitals) is written more than once is mostly answered from the positions of
    that one word in the Latin-1 copy, without counting every word of the text."""

    def __init__(self, doc: TextIndex) -> None:
        self.doc = doc
        self._all: dict[str, int] | None = None
        self._latin: bytes | None = None  # ``_latin(doc)``, made once

    def get(self, word: str, default: int = 0) -> int:
        """How often the text writes ``word`` (lower-case) as a whole run of ASCII letters."""
        if self._all is None:  # counted in C: a Python step per word of the text cost 1 s per 20 MB
            self._all = _word_counts(self.doc, self.latin())
        return self._all.get(word, default)

    def latin(self) -> bytes:
        """``_latin(doc)``: the index's copy where it serves, else one made here once."""
        if self._latin is None:
            self._latin = _latin(self.doc)
        return self._latin

    def more_than_once(self, word: str) -> bool:
        """``get(word) > 1``: from ``word``'s own positions in the Latin-1 copy ``get`` counts in (counting
        every word of a long text to tell one cost ~25 ms a MB)."""
        if self._all is not None or not (word.isascii() and word.isalpha()):
            return self.get(word) > 1
        latin, key = self.latin(), word.encode("ascii")
        # the index lists a word's positions in its own copy once per text
        places: Iterable[int] | None = self.doc.ascii_positions(key) if latin is self.doc.ascii_lowered else None
        if places is None:
            places = find_all(latin, key)
        n, seen = len(word), 0
        for p in places:  # a whole run of letters: no letter a-z on either side
            if not (p > 0 and 0x61 <= latin[p - 1] <= 0x7A or p + n < len(latin) and 0x61 <= latin[p + n] <= 0x7A):
                seen += 1
                if seen > 1:
                    return True
        return False


def _split_caps(word: str, counts: WordCounts) -> str:
    """Two words in capitals (or capitalised: "Shi FarmsGridiron") glued where a line broke ("PHILIPS MEDICAL
    SYSTEMSPROFOUND MEDICAL INC.", the two columns' names flattened), split where both halves stand alone
    elsewhere in the text and the glued word does not (a brand written in one word throughout stays): the one
    such split, else the word as it is."""
    core = word.strip(",.;:")
    camel = CAMEL_GLUE.fullmatch(core) is not None
    if not (camel or CAPS_GLUE.fullmatch(core)) or counts.more_than_once(core.lower()):
        return word
    if camel:  # at the one capital inside
        points: Iterable[int] = [next(i for i in range(1, len(core)) if core[i].isupper())]
    else:
        points = range(MIN_PART, len(core) - MIN_PART + 1)
    splits = [i for i in points if counts.get(core[:i].lower(), 0) and counts.get(core[i:].lower(), 0)]
    if len(splits) != 1:
        return word
    return word.replace(core, f"{core[: splits[0]]} {core[splits[0] :]}")


def _respaced_word(doc: TextIndex, word: str) -> str:
    core = word.strip(",.;:")
    if len(core) > MAX_RESPACED or not (core.isascii() and core.isalpha()) or WORD_GLUE.search(core) is None:
        return word
    count, first = _spellings(_writings(doc, core, bounded=True))
    glued = count.get((core.lower(),), 0)
    best = max(count, key=lambda p: (count[p], len(p)), default=())
    if len(best) < 2 or count[best] < glued:
        return word
    return word.replace(core, _spaced_like(list(core), first[best]))


def _spaced_like(chars: list[str], found: str) -> str:
    """``chars`` with a blank wherever ``found`` (the same characters, spaced) has one."""
    out: list[str] = []
    i = 0
    for c in found:
        if c.isspace():
            if out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(chars[i])
            i += 1
    return "".join(out).strip()
