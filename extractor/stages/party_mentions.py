"""Mentions of the parties in the body: each party's name (caseless) and alias forms, counted
where they occur after the preamble, the longest form winning at a position. Used by ``parties``."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import add, and_, sub
from typing import AnyStr, Protocol

from ..grammars import find_all, finditer_at
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.ascii_lowered import bytes_word
from ..grammars.text_index import TextIndex


class Named(Protocol):  # read-only: a Party is a frozen dataclass
    @property
    def name(self) -> str: ...

    @property
    def alias(self) -> str | None: ...


def words_span(text: str, words: list[str]) -> tuple[int, int] | None:
    r"""Span of the first match of ``words`` joined by ``\s+`` in ``text`` (as ``regex.search`` of that
    pattern, which compiled anew for each name cost ~0.2 s over the corpus), by ``str.find``.

    Exact: ``\s`` matches only characters ``str.split`` splits at, so no word holds one, and the
    whitespace between two words is the whole run after the first (the next word starts past it)."""
    if not words:
        return 0, 0  # the empty pattern matches at the start
    i = text.find(words[0])
    while i >= 0:
        e = form_end(text, text, words, i)
        if e is not None:
            return i, e
        i = text.find(words[0], i + 1)
    return None


def _variants(alias: str) -> set[str]:
    return {alias, alias.upper(), alias.title() if alias.isupper() else alias}


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


def _first_word_scan(word: str, caseless: bool) -> regex.Pattern[str]:
    return _compiled(("(?i)" if caseless else "") + regex.escape(word))


def _mentions(
    pat: regex.Pattern[str], text: str, start: int, first_words: set[tuple[str, bool]]
) -> Iterator[regex.Match[str]]:
    """``pat.finditer(text, start)``, trying ``pat`` only where a form's first word starts: a literal
    scan per first word is several times faster than the regex module's scan of the alternation."""
    scans = [_first_word_scan(w, caseless) for w, caseless in first_words]
    starts = sorted({m.start() for scan in scans for m in scan.finditer(text, start, overlapped=True)})
    yield from finditer_at(pat, text, starts, start)


WORD_CHAR = regex.compile(r"\w")
SPACES = regex.compile(r"\s+")


ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")  # \w in ASCII


def _is_word(c: str) -> bool:
    return c in ASCII_WORD or (not c.isascii() and WORD_CHAR.match(c) is not None)


def _bounded(text: str, s: int, e: int) -> bool:
    r"""The mention pattern's (?<![\w]) at s and (?![\w]) at e."""
    return not (s > 0 and _is_word(text[s - 1])) and not (e < len(text) and _is_word(text[e]))


def form_end(text: str, hay: AnyStr, words: list[AnyStr], p: int) -> int | None:
    r"""End of ``words`` joined by whitespace (``\s+``) at p in ``hay`` (the text or its lower-cased
    copy, with words to match), given that the first word is there."""
    q = p + len(words[0])
    for w in words[1:]:
        sp = SPACES.match(text, q)
        if sp is None or not hay.startswith(w, sp.end()):
            return None
        q = sp.end() + len(w)
    return q


class _NotWord(dict[str, bool]):
    r"""Character -> True when it is no word character (``\w``): ASCII given, any other looked up once."""

    def __missing__(self, c: str) -> bool:
        got = self[c] = WORD_CHAR.match(c) is None
        return got


NOT_WORD = _NotWord({c: c not in ASCII_WORD for c in map(chr, range(128))})


def _bounded_starts(text: str, found: list[int], n: int) -> list[int]:
    r"""The starts in ``found`` (in order) of ``n`` characters with no word character (``\w``) on either
    side in ``text``: the loop over most mentions, so the characters beside each are looked up and
    tested in C (``map``, ``compress``), not in a Python step per occurrence."""
    if not found:
        return found
    get = text.__getitem__
    left = list(map(NOT_WORD.__getitem__, map(get, map(sub, found, repeat(1)))))
    if found[0] == 0:
        left[0] = True  # the text's start (text[-1] above is its last character)
    tail = found[-1] + n == len(text)
    right = list(map(NOT_WORD.__getitem__, map(get, map(add, found[:-1] if tail else found, repeat(n)))))
    if tail:
        right.append(True)  # the text's end
    return list(compress(found, map(and_, left, right)))


SPACES_BEFORE = regex.compile(r"\s+", regex.REVERSE)  # a whitespace run matched leftwards from its end


def _form_start(text: str, hay: AnyStr, words: list[AnyStr], p: int) -> int | None:
    r"""Start of ``words`` joined by whitespace (``\s+``) ending where the next word starts, at p:
    ``form_end`` leftwards."""
    for w in reversed(words):
        sp = SPACES_BEFORE.match(text, 0, p)
        if sp is None:
            return None
        p = sp.start() - len(w)
        if p < 0 or not hay.startswith(w, p):
            return None
    return p


def _anchored_spans(text: str, hay: AnyStr, words: list[AnyStr], k: int, found: Iterable[int], start: int,
                    ) -> tuple[list[int], list[int]]:
    r"""Starts and ends of the words joined by ``\s+`` in ``hay`` at or after ``start``, bounded by no word
    character in ``text``, given ``found``: where ``words[k]`` stands in ``hay``, in order. Each match has
    that word at one place, and both sides of it are determined (no word holds a ``\s`` character, so
    each gap is the whole whitespace run)."""
    if len(words) == 1:
        alone = _bounded_starts(text, list(found), len(words[0]))
        return alone, list(map(add, alone, repeat(len(words[0]))))
    before, after = words[:k], words[k:]
    starts: list[int] = []
    ends: list[int] = []
    for i in found:
        s = _form_start(text, hay, before, i) if before else i
        if s is not None and s >= start:
            e = form_end(text, hay, after, i)
            if e is not None and _bounded(text, s, e):
                starts.append(s)
                ends.append(e)
    return starts, ends


def _anchor(words: list[AnyStr]) -> int:
    """The form's word to look for: its longest (``str.find`` skips faster through the text for a longer
    word, and finds it less often; a name's first word is often its alias, found everywhere)."""
    return max(range(len(words)), key=lambda j: len(words[j]))


def _form_spans(text: str, hay: AnyStr, words: list[AnyStr], start: int) -> tuple[list[int], list[int]]:
    """Starts and ends of the form's mentions, its anchor word found by a scan of ``hay`` from ``start``."""
    k = _anchor(words)
    return _anchored_spans(text, hay, words, k, find_all(hay, words[k], start), start)


def _indexed_spans(doc: TextIndex, low: bytes, words: list[str], caseless: bool, start: int,
                   ) -> tuple[list[int], list[int]]:
    """``_form_spans`` of an ASCII form, its anchor word's places taken from ``doc.ascii_positions`` (one
    scan of the text per lower-cased word, shared by the forms that hold it: a name, its alias and the
    alias in capitals and in title case), each kept where the text writes it as the form does (in any
    case when ``caseless``: the lower-cased copy is then the haystack)."""
    k = _anchor(words)
    key = words[k].lower().encode("ascii")
    everywhere = doc.ascii_positions(key)  # not None: ``low`` is ``doc.ascii_lowered``
    found = everywhere[bisect_left(everywhere, start) :] if everywhere is not None else list(find_all(low, key, start))
    if caseless:
        return _anchored_spans(doc.text, low, [w.lower().encode("ascii") for w in words], k, found, start)
    text, anchor = doc.text, words[k]
    if len(found) * TESTS_PER_SCAN > len(text):  # the word in many cases: one scan for the form's own is cheaper
        found = list(find_all(text, anchor, start))
    else:
        found = list(compress(found, map(text.startswith, repeat(anchor), found)))
    return _anchored_spans(text, text, words, k, found, start)


TESTS_PER_SCAN = 128  # ~ what one str.startswith test per place costs, in characters a str.find scan passes


def _caseless_hay(doc: TextIndex, forms: list[tuple[list[str], bool]]) -> str | bytes | None:
    """The lower-cased copy the caseless forms' words are found in: ``ascii_lowered`` (cheaper to
    make, and shared with the durations' scan) unless a word has the "?" it puts for wide characters."""
    if all(bytes_word(w) for words, caseless in forms if caseless for w in words):
        return doc.ascii_lowered
    return doc.lowered


def _literal_mentions(doc: TextIndex, start: int, forms: list[tuple[list[str], bool]]) -> list[int] | None:
    r"""How many mentions are each form: the matches of the mention pattern (forms in order as its
    alternatives, each ``(?i:)`` when caseless) found by ``str.find`` in the text or its lower-cased
    copy, with no pattern to compile (574 distinct patterns over 733 documents).

    Matched as the pattern's finditer would: at each position the first form that matches wins and
    the scan goes on after it. The forms' texts are exact (``\s`` only matches what ``str.split``
    splits at, so a match normalises to its form's key). None when that cannot be done by literals:
    a form with no word, a caseless form with a non-ASCII character, a text with no exact
    lower-cased copy."""
    if not all(words and (not caseless or "".join(words).isascii()) for words, caseless in forms):
        return None
    text = doc.text
    low = _caseless_hay(doc, forms)
    if low is None:
        return None
    found: list[tuple[int, int, int]] = []  # (start, form, end)
    for k, (words, caseless) in enumerate(forms):
        if not caseless and not (isinstance(low, bytes) and "".join(words).isascii()):
            starts, ends = _form_spans(text, text, words, start)
        elif isinstance(low, bytes):  # every caseless form, and the ASCII case-sensitive ones
            starts, ends = _indexed_spans(doc, low, words, caseless, start)
        else:
            starts, ends = _form_spans(text, low, [w.lower() for w in words], start)
        found += zip(starts, repeat(k), ends)
    found.sort()
    taken: list[int] = []
    pos = start
    for s, k, e in found:
        if s >= pos:
            taken.append(k)
            pos = e
    counts = Counter(taken)
    return [counts[k] for k in range(len(forms))]


def mention_pattern(forms: list[tuple[str, bool]]) -> regex.Pattern[str]:
    """One alternative per (form, caseless), in order; a form's words apart by any whitespace."""
    alts = []
    for f, caseless in forms:
        body = r"\s+".join(regex.escape(w) for w in f.split())
        alts.append(f"(?i:{body})" if caseless else body)
    return _compiled(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])")


def count_mentions(doc: TextIndex, start: int, parties: Sequence[Named]) -> list[int]:
    """How often each party is mentioned in ``doc.text`` from ``start`` (by name or alias form)."""
    text = doc.text
    forms: dict[str, int] = {}
    flags: dict[str, bool] = {}
    for i, p in enumerate(parties):
        forms.setdefault(p.name, i)
        flags[p.name] = True  # names: case-insensitive
        if p.alias:
            for v in _variants(p.alias):
                forms.setdefault(v, i)
                flags.setdefault(v, False)
    counts = [0] * len(parties)
    if not forms:
        return counts
    ordered = sorted(forms, key=lambda w: (-len(w), w))  # the pattern's alternatives, longest first
    lookup = {" ".join(f.split()).casefold(): i for f, i in forms.items()}
    fast = _literal_mentions(doc, start, [(f.split(), flags[f]) for f in ordered])
    if fast is not None:
        party_of = [lookup[" ".join(f.split()).casefold()] for f in ordered]  # once per form, not per mention
        for k, n in enumerate(fast):
            counts[party_of[k]] += n
        return counts
    pat = mention_pattern([(f, flags[f]) for f in ordered])
    if all(f.split() for f in forms):
        found = _mentions(pat, text, start, {(f.split()[0], flags[f]) for f in forms})
    else:
        found = pat.finditer(text, start)  # an empty form matches anywhere: no first word to look for
    for m in found:
        j = lookup.get(" ".join(m.group().split()).casefold())
        if j is not None:
            counts[j] += 1
    return counts
