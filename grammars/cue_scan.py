"""Cue scanning: the matches of a caseless cue pattern in windows around its keywords (and no others).

A cue pattern (``contract_terms.TERM_CUE``, ``GOVERNING_CUE`` ...) run over a whole text costs 3-5 MB/s;
its keywords ("term", "govern" ...) are found by ``str.find`` in the document's lower-cased copy at ~1 GB/s
each, and the pattern runs only in a window around each of them (``cue_matches``), as its program for the
lowered copy (``lowered_program``, ``first_char_program``). A pattern with pivot words (which every match
holds where a test holds) skips the windows that hold no such place (``_Pivots``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from os.path import commonprefix

from . import find_all
from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from . import word_positions as wp
from .ascii_lowered import bytes_word
from .text_index import TextIndex
from .word_positions import word_positions

OPEN_QUOTE = r"[\"\u201c]"  # an alternative may open with it (``first_char_program``)
# a window ends at the end of a word, never inside it (there \b would hold: "Renewa" found for "Renewal")
_WORD_END = regex.compile(r"\w*+")
# characters that are no \w: a window whose reach ends on one ends there, without running _WORD_END
_NOT_WORD = frozenset(" \n\r\t\xa0.,;:()[]\"'-/\u201c\u201d\u2019")
assert not any(_WORD_END.match(c).end() for c in _NOT_WORD)
_ESCAPE = regex.compile(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)")
_GROUP_OPENERS = regex.compile(r"\(\?(?::|<?[=!])")  # what a pattern may hold besides (?i) at its start
MIN_STEM = 4  # a keyword shares the scan of a stem (or of a word found before) this long or longer
HEAD = 2  # words opening with the same two letters are found by one scan (``WordScan``)


def lowered_program(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    r"""``pattern`` (caseless: ``(?i)`` first, every letter lower case) without ``(?i)``, to run on a
    ``lowered`` copy: there it matches where ``pattern`` matches the text (a character caselessly
    equals an ASCII letter, is ``\w``, ``\s`` or in ``[a-z]`` under ``(?i)`` exactly when its ``lower()``
    is or does), and the ``regex`` module's case-sensitive scan is ~1.5x faster."""
    body = pattern.pattern.removeprefix("(?i)")
    bare = _ESCAPE.sub("", body)
    flags = _GROUP_OPENERS.sub("", bare)
    if body == pattern.pattern or "(?" in flags or bare != bare.lower():
        raise ValueError(f"not a caseless pattern of lower-case letters: {pattern.pattern[:60]!r}")
    return regex.compile(body)


def first_char_program(lead: str, alternatives: tuple[str, ...]) -> regex.Pattern[str]:
    """``lead(?:a|b|...)`` without ``(?i)``, for a ``lowered`` copy, with the alternatives grouped by
    their first character (``t(?:erm...|he...)``): the same matches, as alternatives that open with
    different characters never match at one place and each group keeps their order, and the ``regex``
    module's scan tries one group where it tried every alternative (~1.2x faster on the term cue)."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        head = OPEN_QUOTE if alt.startswith(OPEN_QUOTE) else alt[:1]
        if head != OPEN_QUOTE and not ("a" <= head <= "z" and alt[1:2] not in ("?", "*", "+", "{")):
            raise ValueError(f"an alternative must open with a lower-case letter or an opening quote: {alt!r}")
        groups.setdefault(head, []).append(alt[len(head) :])
    return regex.compile(lead + "(?:" + "|".join(f"{h}(?:{'|'.join(rests)})" for h, rests in groups.items()) + ")")


_FLAGS = regex.compile(r"\(\?[a-zA-Z]+\)")  # an inline flags group opening a pattern ("(?i)")


def top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(?:c|d)" -> ["a", "b(?:c|d)"]): its "|" outside
    any group and character class; an inline flags group opening it opens each of them."""
    lead = _FLAGS.match(pattern)
    head = lead.group() if lead is not None else ""
    body = pattern[len(head):]
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if body[i + 1 : i + 2] == "]" else 3 if body[i + 1 : i + 3] == "^]" else 1  # a "]" first is a member
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(head + body[start:i])
            start = i + 1
        i += 1
    return [*parts, head + body[start:]]


class AnyOf:
    """Whether a pattern matches somewhere in ``text[pos:endpos]``, its top-level alternatives searched
    one after another: the same answer (the pattern matches where one of them does), and the ``regex``
    module scans for one alternative with what it knows of how that one opens, where for the whole
    alternation it tries every position (``STRONG_TERM``'s two: ~1.6x cheaper on the term sentences).
    Only the answer: the match ``search`` returns is an alternative's, not the pattern's leftmost."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern = pattern
        parts = top_alternatives(pattern.pattern)
        self.parts = (pattern,) if len(parts) < 2 else tuple(regex.compile(p) for p in parts)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        end = len(text) if endpos is None else endpos
        for part in self.parts:
            m = part.search(text, pos, end)
            if m is not None:
                return m
        return None


class WordScan:
    """Every place of a fixed set of lower-case ASCII words (the stems of every cue scan of a text) in
    the text's ``ascii_folded`` copy, where a caseless ASCII word stands exactly where it stands in
    ``caseless``: one byte a character (a non-Latin-1 text's ``caseless`` holds two), and the words
    that open with the same letters ("constru", "continu", "commenc") found by one pattern
    (``co(?:(nstru)|(ntinu)|(mmenc))``: the ``regex`` module skips to its literal head about as fast
    as ``bytes.find`` skips to a word, and tries the rest only there), so 19 words cost 14 reads of
    the copy, block by block (``word_positions``: the copy is read from memory once). A set of
    alternatives that opens with a letter and no shared head is several times dearer than separate
    finds: words without partners are found by ``bytes.find``."""

    def __init__(self, words: tuple[str, ...]) -> None:
        found = [w for w in dict.fromkeys(words) if bytes_word(w)]
        self.words = tuple(found)
        heads: dict[str, list[str]] = {}
        for w in found:
            heads.setdefault(w[:HEAD], []).append(w)
        self.plain: list[bytes] = []  # words found alone
        self.groups: list[tuple[regex.Pattern[bytes], tuple[str, ...], int]] = []  # (pattern, words, longest)
        for head, group in heads.items():
            # one match a place: no word of a group may open another (both would stand at one place)
            head = commonprefix(group)  # the longer the literal, the fewer places the rest is tried at
            # a two-letter head stands every ~100 bytes: trying the rest there costs a read of the copy
            # (measured), so it pays for three words or more; a longer head, for two
            small = len(group) < (3 if len(head) < 3 else 2)
            if small or any(a != w and a.startswith(w) for w in group for a in group):
                self.plain.extend(w.encode("ascii") for w in group)
                continue
            alts = "|".join(f"({regex.escape(w[len(head):])})" for w in group)
            pattern = regex.compile(f"{regex.escape(head)}(?:{alts})".encode("ascii"))
            self.groups.append((pattern, tuple(group), max(map(len, group))))

    def places(self, folded: bytes) -> dict[str, list[int]]:
        """word -> every position of it in ``folded`` (an ``ascii_folded`` copy), overlapping ones too, in
        order: ``list(find_all(folded, word))`` for each word."""
        out: dict[str, list[int]] = dict(zip((w.decode("ascii") for w in self.plain),
                                             word_positions(folded, self.plain)))
        n = len(folded)
        for pattern, group, longest in self.groups:
            lists = [out.setdefault(w, []) for w in group]
            block = wp.BLOCK
            for lo in range(0, max(n, 1), block):
                stop = lo + block  # a place found here is below stop; the block reaches past it by a word
                for m in pattern.finditer(folded, lo, min(n, stop + longest - 1), overlapped=True):
                    if m.start() >= stop:
                        break
                    lists[m.lastindex - 1].append(m.start())  # type: ignore[operator] # each word its group
        return {w: out[w] for w in self.words}


def word_scan(*keyword_sets: tuple[str, ...]) -> WordScan:
    """The ``WordScan`` of the stems of several cue scans' keywords, each set's own (``_stems``), but for a
    stem that opens with another ("continue" of the renewal cue, "continu" of the term cue): it is read
    from that one's places, as ``keyword_starts`` reads a stem from a word found before."""
    stems = dict.fromkeys(stem for ks in keyword_sets for stem, _ in _stems(ks))
    return WordScan(tuple(s for s in stems if not any(
        o != s and len(o) >= MIN_STEM and s.startswith(o) for o in stems
    )))


def keyword_starts(
    low: str, keywords: tuple[str, ...], found: dict[str, list[int]] | None = None,
    *, scan: WordScan | None = None, folded: bytes | None = None,
) -> list[int]:
    """Every position of the keywords in ``low``, in order (keywords sharing a stem found by one scan);
    ``found`` keeps each word's positions for other readers of the same copy, and a stem that starts
    with a word found before ("continue" after "continu") is read from that word's positions. With
    ``scan`` and ``folded`` (the ``ascii_folded`` copy of the text ``low`` lower-cases), the words of
    ``scan`` not found yet are found there first, all together (``WordScan``)."""
    found = {} if found is None else found
    if scan is not None and folded is not None and any(w not in found for w in scan.words):
        for word, hits in scan.places(folded).items():
            found.setdefault(word, hits)
    stems = _stems(keywords)
    missing = []
    for stem in dict.fromkeys(stem for stem, _ in stems):
        if stem in found:
            continue
        # the longest word found before that the stem starts with: its places hold every place of the stem
        prefix = max((w for w in found if len(w) >= MIN_STEM and stem.startswith(w)), key=len, default=None)
        if prefix is not None:
            found[stem] = [i for i in found[prefix] if low.startswith(stem, i)]
        else:
            missing.append(stem)
    # the stems not found yet, looked for together: one read of the copy, block by block (word_positions)
    found.update(zip(missing, word_positions(low, missing)))
    starts: set[int] = set()
    for stem, words in stems:
        hits = _positions(low, stem, found)
        starts.update(hits if words == (stem,) else (i for i in hits if any(low.startswith(w, i) for w in words)))
    return sorted(starts)


def _positions(low: str, word: str, found: dict[str, list[int]]) -> list[int]:
    hits = found.get(word)
    if hits is None:
        hits = found[word] = list(find_all(low, word))
    return hits


@cache
def _stems(keywords: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(stem, its keywords): keywords that share a stem of four or more characters ('period"', "period:")
    under it, every other keyword under itself."""
    stems: dict[str, list[str]] = {}
    for k in keywords:
        stem = max((commonprefix([k, o]) for o in keywords if o != k), key=len, default="")
        stems.setdefault(stem if len(stem) >= MIN_STEM else k, []).append(k)
    return tuple((stem, tuple(words)) for stem, words in stems.items())


def cue_matches(
    pattern: regex.Pattern[str], doc: TextIndex, keywords: tuple[str, ...], before: int = 80, after: int = 60,
    *, lowered: regex.Pattern[str] | None = None, pivots: tuple[tuple[str, regex.Pattern[str]], ...] | None = None,
    scan: WordScan | None = None,
) -> Iterator[tuple[int, int]]:
    """The spans of ``pattern.finditer(doc.text)`` that lie in a keyword's window, and no other: from
    ``before`` characters before a place of one of ``keywords`` (lower case) to ``after`` past it (at a
    word's end, ``_window_ends``), searched from the end of the last match found up to the first match
    that ends past the keyword (later ones are left to a later keyword's window). The keywords are found
    by ``str.find`` in the lower-cased text (a scan of the whole text costs 3-5 MB/s), the pattern runs
    as its ``lowered`` program on the ``caseless`` copy. A match with no keyword in reach is NOT found:
    the keywords are chosen for the matches the callers read, not for every match. The governing cue's
    "choice of law" and "proper law" (their sentences name a governing verb too), the term cue's verbs
    after a line break or a no-break space ("shall" NL "end", "shall be" NL "endorsed": the keyword is
    " end") and its "be in force" hold none: 209 such matches in the 1301 corpus documents are missed,
    and finding them too changes no output table (tests/test_cue_matches_reach.py). With ``pivots``
    (word, test), a window holding no place of a word where its test holds (every match holds one) is
    not searched. The keywords' places are kept in ``doc`` for the next cue scan of the same text; with
    ``scan`` (the words of every cue scan of a text) they are all found by the first (``WordScan``)."""
    text = doc.text
    low = doc.caseless
    if low is None:
        yield from (m.span() for m in pattern.finditer(text))
        return
    hay, program, held = text, pattern, None
    found = doc.caseless_words
    folded = doc.ascii_folded if scan is not None else None
    starts = keyword_starts(low, keywords, found, scan=scan, folded=folded)  # first: the pivots reuse its words
    if lowered is not None:
        # ``caseless``: ``lowered``, or for a text holding a long s or a dotted I the lower-cased text with
        # them written "s" and "i", the letters (?i) equals them to (and [a-z], \w take them as those
        # do): the program finds there what the pattern finds in the text, so one such character in a
        # long document does not send every window to the caseless pattern without pivots (~2x dearer)
        hay, program = low, lowered
        if pivots is not None:
            held = _Pivots(hay, pivots, found)
    ends = _window_ends(text, starts, after)
    n_starts = len(starts)
    last = 0
    k = 0
    while k < n_starts:
        # a block: the starts whose windows meet (as if ``last`` were 0, the widest they get), asked about
        # their pivots together: one look for the pivot words the keyword scan did not find, instead of one
        # a window (~1.7 windows a block); every window of its starts lies in [block_lo, block_hi)
        block_lo, block_hi = max(last, starts[k] - before), ends[k]
        j = k + 1
        while j < n_starts and starts[j] - before <= block_hi:
            block_hi = ends[j]  # window ends never decrease
            j += 1
        passing: list[int] = []
        if held is not None:
            passing = held.passing(block_lo, block_hi)
            if not passing:
                k = j  # no pivot in the block: no window of it holds a match
                continue
        for x in range(k, j):
            i, hi = starts[x], ends[x]
            while i >= last:  # matches in the window before the keyword's own come first
                lo = max(last, i - before)
                if held is not None:
                    p = bisect_left(passing, lo)
                    if p == len(passing) or passing[p] >= hi:
                        break  # no pivot in the window: no match either
                m = program.search(hay, lo, hi)
                if m is None:
                    break
                yield m.span()
                last = m.end()
        k = j


def _window_ends(text: str, starts: list[int], after: int) -> list[int]:
    """Where each keyword's window ends: ``after`` past it, at the end of a word (never inside one)."""
    n = len(text)
    out = []
    for i in starts:
        reach = i + after
        if reach >= n:
            out.append(n)
        elif text[reach] in _NOT_WORD:
            out.append(reach)
        else:
            out.append(_WORD_END.match(text, reach).end())
    return out


class _Pivots:
    """The places a pattern's pivot words stand in a lowered copy, each one's test run when a block of
    windows asks about it (most places lie in no window). A pivot word the keyword scan did not find
    ("shall", "will") is looked for only inside the blocks asked about: a scan of the whole copy costs as
    much as a keyword's."""

    def __init__(self, low: str, pivots: tuple[tuple[str, regex.Pattern[str]], ...], found: dict[str, list[int]]):
        places = sorted((i, n) for n, (word, _) in enumerate(pivots) if word in found for i in found[word])
        self.low, self.tests = low, [test for _, test in pivots]
        self.at = [i for i, _ in places]
        self.test_of = [n for _, n in places]
        self.others = [(word, test) for word, test in pivots if word not in found]

    def passing(self, lo: int, hi: int) -> list[int]:
        """The places in [lo, hi) of a pivot whose test holds, in order."""
        out = []
        k = bisect_left(self.at, lo)
        low, at, tests, test_of = self.low, self.at, self.tests, self.test_of
        while k < len(at) and at[k] < hi:  # blocks do not overlap: each place is tested once
            if tests[test_of[k]].match(low, at[k]) is not None:
                out.append(at[k])
            k += 1
        others = False
        for word, test in self.others:
            stop = hi + len(word) - 1  # a place below hi, its word reaching past hi, as in a whole-copy scan
            i = low.find(word, lo, stop)
            while i >= 0:
                if test.match(low, i) is not None:
                    out.append(i)
                    others = True
                i = low.find(word, i + 1, stop)
        return sorted(out) if others else out
