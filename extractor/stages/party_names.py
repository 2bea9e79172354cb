"""A party name whose words were glued together where the text lost its line breaks ("AitanZacharin",
"BLOOM ENERGYCORPORATION"), spaced as the same document writes it elsewhere ("Aitan Zacharin" in the
signature block, "Bloom Energy Corporation" in the notices). Only the document's own spacing is used:
no word list, so "eGain" or "NetSol" stay whole unless the document itself splits them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from heapq import merge

from ..grammars import party_intro, vocabulary
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.spaced_index import FAR_WS, LATIN_WS, NONE, NOT_LOWER_EXACT, Gap, SpacedIndex
from ..grammars.text_index import TextIndex

GLUE_MIN = 7  # a word this long may be two glued words
MAX_NAMES = 12  # names looked up per document: each lookup is one scan of the text
MAX_GAP = 3


@lru_cache(maxsize=256)
def _spaced_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    """The words with any whitespace allowed between two letters of a long word, and required
    between two words; case-insensitive."""
    parts = []
    for w in words:
        if len(w) >= GLUE_MIN and _letters(w).isalpha():
            parts.append(rf"(?:\s{{1,{MAX_GAP}}})?".join(regex.escape(c) for c in w))
        else:
            parts.append(regex.escape(w))
    # no word boundary: the spaced writing is itself often glued to its neighbours ("read:Premier
    # Nutrition Corporation1"), and all the name's letters in order leave little to chance
    return regex.compile(r"(?i)" + rf"\s{{1,{MAX_GAP}}}".join(parts))


PREFIX = 3  # letters of a glued word that the document's spaced writing is assumed to keep together


def _matches(pat: regex.Pattern[str], doc: TextIndex, prefix: str) -> Iterator[regex.Match[str]]:
    """``pat.finditer(doc.text)``, tried only where ``prefix`` (the pattern's first letters) starts in the
    lower-cased text: the pattern's optional gaps keep the regex module from a literal scan, and a
    scan of the whole text per name cost 2.3 s over 37 MB. A spaced writing split within a glued
    word's first ``PREFIX`` letters ("B C Marketing") is not looked for."""
    text, low = doc.text, doc.lowered
    key = prefix.lower()
    if low is None or not key or not key.isascii():
        yield from pat.finditer(text)
        return
    i = low.find(key)
    while i >= 0:
        m = pat.match(text, i)
        if m is not None:
            yield m
            i = low.find(key, max(m.end(), i + 1))
        else:
            i = low.find(key, i + 1)


def _prefix(word: str) -> str:
    return word[:PREFIX] if len(word) >= GLUE_MIN and _letters(word).isalpha() else word


def _letters(word: str) -> str:
    """The word without its dots: "SAGEMS.A." may be "SAGEM S.A." glued."""
    return word.replace(".", "")


GLUED_CONNECTORS = ("and", "of", "for")  # a connector glued to the word before it
CAPS_THEN_WORD = regex.compile(r"[A-Z][A-Z][a-z]")  # capitals glued to a capitalised word ("CMarketing")
CAPS_GLUE_MIN = 12  # an all-capitals word this long may be glued ("PRODUCTSCORP"; "CORPORATION" is 11)


@lru_cache(maxsize=4096)  # a pure test of a word, asked of the same names' words again and again
def _suspicious(word: str) -> bool:
    """A word that may be two glued words: a capital inside it ("AitanZacharin", "HeritageFoods"), or
    a run of capitals that is no entity suffix ("ENERGYCORPORATION", "JOBRACING", "SAGEMS.A.").
    Plain words ("Corporation", "International") are not looked up: most names hold one, and each
    lookup is a scan of the text."""
    core = _letters(word.rstrip(",."))
    if len(core) < GLUE_MIN or not core.isalpha():
        return False
    if core.isupper():
        return len(core) >= CAPS_GLUE_MIN or not party_intro.is_suffix_word(core)
    if core.casefold().endswith(GLUED_CONNECTORS) or CAPS_THEN_WORD.search(core):
        return True  # "Savingsand Loan", "PSSMerger Corp.", "CNSPharmaceuticals"
    return any(a.islower() and b.isupper() for a, b in zip(core, core[1:], strict=False))


def _glued_candidate(name: str) -> bool:
    return any(_suspicious(w) for w in name.split())


def respaced(name: str, doc: TextIndex) -> str:
    """``name`` with spaces where the document's most spaced writing of it has them (or ``name``)."""
    words = tuple(name.split())
    if not _glued_candidate(name):
        return name
    best, best_words = None, len(words)
    letters = sum(len(w) == 1 for w in words)
    for found in _name_writings(words, doc) if _may_space_more(words, doc) else ():
        pieces = found.split()
        n = len(pieces)
        # not a letter-spaced heading "P R E M I E R": one letter may stand alone ("B C Marketing")
        if n > best_words and sum(len(p) == 1 for p in pieces) <= letters + 1:
            best, best_words = found, n
    if best is None:
        return _respaced_words(words, doc)
    joined = "".join(words)
    if len(joined) != sum(not c.isspace() for c in best):
        return name  # a case fold that changed a length: keep the name
    # the name's own characters (its case) with the found spacing
    chars = iter(joined)
    out: list[str] = []
    for c in best:
        if c.isspace():
            if out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(next(chars))
    return "".join(out)


@lru_cache(maxsize=256)
def _word_pattern(before: str, word: str, after: str) -> regex.Pattern[str]:
    """``word`` with optional whitespace between its letters (captured as ``w``), with a neighbouring
    word of the name before or after it (one of ``before``/``after`` is empty)."""
    spaced = rf"(?:\s{{1,{MAX_GAP}}})?".join(regex.escape(c) for c in word)
    head = rf"{regex.escape(before)},?\s{{1,{MAX_GAP}}}" if before else ""
    tail = rf",?\s{{1,{MAX_GAP}}}{regex.escape(after)}" if after else ""
    if not before and not after:  # the word alone: whole words only
        head, tail = r"(?<![A-Za-z])", r"(?![A-Za-z])"
    return regex.compile(f"(?i){head}(?P<w>{spaced}){tail}")


def _respaced_words(words: tuple[str, ...], doc: TextIndex) -> str:
    """Each long word split where the document writes it as capitalised words next to the same
    neighbour ("Stremicks HeritageFoods, LLC" where "Stremicks Heritage Foods" stands elsewhere):
    the neighbour keeps a common phrase ("Fuel Cell" in "FuelCell Energy, Inc.") from splitting a
    name that happens to contain it. A word in capitals ("RICKSMITH") is looked for alone too: its
    glue shows nowhere else, and the document's own writing of it ("Rick Smith") is the evidence."""
    out = []
    for i, w in enumerate(words):
        core = w.rstrip(",.")
        best: list[int] | None = None
        if _suspicious(core):
            around = [(words[i - 1].rstrip(",."), "")] if i > 0 else []
            around += [("", words[i + 1].rstrip(",."))] if i + 1 < len(words) else []
            if core.isupper() and _letters(core).isalpha():
                around.append(("", ""))
            for before, after in around:
                if not _may_split(before, core, after, doc):
                    continue  # every writing has the word's letters side by side: none splits it
                for found in _word_writings(before, core, after, doc):
                    pieces = found.split()
                    if len(pieces) < 2 or (best is not None and len(pieces) <= len(best)):
                        continue
                    if all(len(p) >= 3 and p[0].isupper() for p in pieces):
                        best = [len(p) for p in pieces]
        if best is None:
            out.append(w)
            continue
        cuts, pos = [], 0
        for n in best:
            cuts.append(w[pos : pos + n])
            pos += n
        out.append(" ".join(cuts) + w[pos:])
    return " ".join(out)


def _may_space_more(words: tuple[str, ...], doc: TextIndex) -> bool:
    """May ``_name_writings(words)`` give a writing in more pieces than ``words`` (the only ones
    ``respaced`` uses)? No when its look-up is on the ``spaced`` index and the text never writes one of
    the name's long words (the only ones it lets blanks into) with a blank inside."""
    index, key = doc.spaced, "".join(words).lower()
    if index is None or not key.isascii() or len(key) != sum(map(len, words)):
        return True  # the pattern's scan: the index cannot tell
    at = 0
    for w in words:
        if len(w) >= GLUE_MIN and _letters(w).isalpha() and index.spaced_somewhere(key[at : at + len(w)]):
            return True
        at += len(w)
    return False


def _may_split(before: str, word: str, after: str, doc: TextIndex) -> bool:
    """May ``_word_writings(before, word, after)`` give a writing of ``word`` with a blank inside (the only
    ones ``_respaced_words`` uses)? No when its look-up is on the ``spaced`` index and the text never
    writes ``word`` spaced: a common name's hundreds of writings are then not walked one by one."""
    index, key = doc.spaced, f"{before}{word}{after}".lower()
    if index is None or not key.isascii() or len(key) != len(before) + len(word) + len(after):
        return True  # the pattern's scan: the index cannot tell
    return index.spaced_somewhere(key[len(before) : len(before) + len(word)])


def _name_writings(words: tuple[str, ...], doc: TextIndex) -> Iterator[str]:
    """What ``_spaced_pattern(words)`` matches where ``_matches`` tries it, from the text's ``spaced``
    index where that is exact (no pattern compiled, no scan of the text for each name)."""
    index, key = doc.spaced, "".join(words).lower()
    if index is None or not key.isascii() or len(key) != sum(map(len, words)):
        yield from (m.group() for m in _matches(_spaced_pattern(words), doc, _prefix(words[0])))
        return
    gaps: list[Gap] = []
    for w in words:  # as _spaced_pattern: blanks between the letters of a long word, and between words
        gaps += [WORDS_APART, *[LETTERS_APART if len(w) >= GLUE_MIN and _letters(w).isalpha() else NONE] * (len(w) - 1)]
    for at in _walked(index, (key,), gaps, _prefix(words[0]).lower()):
        yield doc.text[at[0] : at[-1] + 1]


def _word_writings(before: str, word: str, after: str, doc: TextIndex) -> Iterator[str]:
    """The ``w`` group of what ``_word_pattern(before, word, after)`` matches where ``_matches`` tries it,
    from the text's ``spaced`` index where that is exact."""
    index, key = doc.spaced, f"{before}{word}{after}".lower()
    if index is None or not key.isascii() or len(key) != len(before) + len(word) + len(after):
        yield from (m.group("w") for m in _matches(_word_pattern(before, word, after), doc, before or word[:PREFIX]))
        return
    inner = [LETTERS_APART] * (len(word) - 1)
    keys: tuple[str, ...]
    if before:  # before,? \s{1,3} word: the comma is in the squeezed text when the text writes it
        gaps, keys = [NONE] * len(before) + [NEIGHBOUR_APART, *inner], (key, f"{before},{word}".lower())
    elif after:
        gaps, keys = [NONE, *inner, NEIGHBOUR_APART] + [NONE] * (len(after) - 1), (key, f"{word},{after}".lower())
    else:
        gaps, keys = [NONE, *inner], (key,)
    lead = (before or word[:PREFIX]).lower()
    for at in _walked(index, keys, gaps, lead, bounded=not before and not after):
        yield doc.text[at[len(before)] : at[len(before) + len(word) - 1] + 1]


LETTERS_APART = Gap(0, MAX_GAP)  # (?:\s{1,3})?
WORDS_APART = Gap(1, MAX_GAP)  # \s{1,3}
NEIGHBOUR_APART = Gap(1, MAX_GAP, comma=True)  # ,?\s{1,3}


def _walked(index: SpacedIndex, keys: tuple[str, ...], gaps: list[Gap], lead: str, bounded: bool = False,
            ) -> Iterator[list[int]]:
    """The positions of ``keys[0]``'s characters in each match (``gaps``: the blanks before each), tried
    where one of ``keys`` starts when blanks are ignored and ``lead`` starts in the lower-cased text (the
    places ``_matches`` tries), not overlapping; ``bounded``: not inside a longer run of letters."""
    starts = merge(*map(index.occurrences, keys)) if len(keys) > 1 else index.occurrences(keys[0])
    end, ends = 0, index.run_ends(keys[0], gaps)
    for p in starts:
        if p < end or not index.low.startswith(lead, p):
            continue
        at = index.walk(p, keys[0], gaps, ends)
        if at is None or bounded and (index.letter_at(p - 1) or index.letter_at(at[-1] + 1)):
            continue
        end = at[-1] + 1
        yield at


# Glue no document shows spaced: capitals glued to a lower-case entity word ("XIMAGEcorporation"), an
# acronym of three capitals or more glued to a capitalised word ("PSSMerger"; not "JPMorgan")
GLUED_LOWER_SUFFIX = regex.compile(r"(?<=[A-Z]{2})(?=(?:corporation|company|incorporated|limited)(?![a-z]))")
GLUED_ACRONYM = regex.compile(r"(?<=(?<![A-Za-z])[A-Z]{3,})(?=[A-Z][a-z]{3,}(?![A-Za-z]))")


def _split_glue(name: str) -> str:
    return GLUED_ACRONYM.sub(" ", GLUED_LOWER_SUFFIX.sub(" ", name))


def respace_all(names: list[str], doc: TextIndex, original: str | TextIndex | None = None,
                verbatim: Sequence[tuple[int, int]] | None = None) -> list[str]:
    """``respaced`` for the first ``MAX_NAMES`` names (the rest as they are): from the document's
    body, else from its ``original`` text (page furniture such as "Source: MPHASE TECHNOLOGIES INC"
    and signature blocks write names too), else by the glue rules above. ``original`` may come as its
    ``TextIndex``, so one document's calls share its copies. ``verbatim``: the ranges of ``original``
    that ``doc`` holds as they are, in order (``OriginalGate``)."""
    out = []
    gate: OriginalGate | None = None
    for i, n in enumerate(names):
        if i >= MAX_NAMES or not _glued_candidate(n):
            out.append(_split_glue(n) if i < MAX_NAMES else n)
            continue
        found = respaced(n, doc)
        if found == n and original is not None:
            if not isinstance(original, TextIndex):
                original = TextIndex(original)  # indexed on first need, once
            if original.text != doc.text:  # the same text gives the same answer
                if verbatim is not None and gate is None:  # windows wide enough for every name's words
                    reach = max((len(w) for m in names[:MAX_NAMES] for w in m.split()), default=0)
                    gate = OriginalGate(original.text, doc, verbatim, reach)
                if gate is None or not gate.never_spaced(n):
                    found = respaced(n, original)
        out.append(_split_glue(found))
    return out


class OriginalGate:
    r"""Tells, without indexing the whole ``original`` text, that ``respaced(name, original)`` can only
    give the name back: no word it would look up is written with a blank inside anywhere in it.

    ``doc`` (the body) holds most of the original as it is (``verbatim``: those ranges of the original,
    in order): a writing inside one of them is in ``doc`` too, where ``doc.spaced`` tells. Any other
    writing touches what lies between them (page furniture, a replaced piece, the point where one was
    cut out), and a key of k characters spans at most k - 1 non-blank characters on either side of it:
    those windows of the original's ``ascii_lowered`` copy, joined by a NUL (no key holds one), are
    indexed instead (~2% of the text). Only where the original's ``spaced`` index exists (``SpacedIndex.of``),
    as the look-ups in it that this stands for assume."""

    def __init__(self, original: str, doc: TextIndex, verbatim: Sequence[tuple[int, int]], reach: int = 0) -> None:
        self.original, self.doc, self.verbatim = original, doc, verbatim
        far = not original.isascii() and any(c in original for c in FAR_WS)
        self.usable = not far and not any(c in original for c in NOT_LOWER_EXACT) and doc.spaced is not None
        self.kelvin = "\u212a" in original  # ascii_lowered then lower-cases the text before encoding it
        self.reach = reach  # the key length the windows are cut for (longer keys cut them anew)
        self.extra: SpacedIndex | None = None

    def _latin(self, a: int, b: int) -> bytes:
        """``ascii_lowered(original)[a:b]``."""
        piece = self.original[a:b]
        if self.kelvin:
            return piece.lower().encode("latin-1", "replace")
        return piece.encode("latin-1", "replace").lower()

    def _windows(self, k: int) -> SpacedIndex:
        """The index of the windows around the non-verbatim parts, for keys of at most ``k`` characters."""
        if self.extra is None or self.reach < k:
            n = len(self.original)
            cuts, prev = [], 0
            for a, b in [*self.verbatim, (n, n)]:
                if a > prev or (0 < a == prev < n):  # a part left out or replaced, or a point where text was put in
                    cuts.append((self._nonblanks_before(prev, k - 1), self._nonblanks_after(a, k - 1)))
                prev = b
            merged: list[tuple[int, int]] = []
            for a, b in sorted(cuts):
                if merged and a <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], b))
                else:
                    merged.append((a, b))
            latin = b"\x00".join(self._latin(a, b) for a, b in merged)
            low = latin.decode("latin-1")
            self.extra, self.reach = SpacedIndex(low, low, latin), k
        return self.extra

    def _nonblanks_before(self, x: int, k: int) -> int:
        """A start from which ``original[start:x]`` holds k non-blank characters (0 if it has fewer)."""
        size = 4 * k + 16
        while True:
            a = max(0, x - size)
            chunk = self._latin(a, x)
            if a == 0 or len(chunk.translate(None, LATIN_WS)) >= k:
                break
            size *= 2
        kept = 0
        for i in range(len(chunk) - 1, -1, -1):
            if kept == k:
                return a + i + 1
            if chunk[i] not in LATIN_WS:
                kept += 1
        return a

    def _nonblanks_after(self, y: int, k: int) -> int:
        """An end up to which ``original[y:end]`` holds k non-blank characters (the end if it has fewer)."""
        size, n = 4 * k + 16, len(self.original)
        while True:
            b = min(n, y + size)
            chunk = self._latin(y, b)
            if b == n or len(chunk.translate(None, LATIN_WS)) >= k:
                break
            size *= 2
        kept = 0
        for i, c in enumerate(chunk):
            if kept == k:
                return y + i
            if c not in LATIN_WS:
                kept += 1
        return b

    def spaced_somewhere(self, key: str) -> bool:
        """``TextIndex(original).spaced.spaced_somewhere(key)`` (``key``: lower-case ASCII, no blank)."""
        body = self.doc.spaced
        if body is None:  # not ``usable``: not asked
            return True
        return body.spaced_somewhere(key) or self._windows(len(key)).spaced_somewhere(key)

    def never_spaced(self, name: str) -> bool:
        """Does ``respaced(name, original)`` give ``name`` back for sure: every key its look-ups check
        (``_may_space_more``: the long words; ``_may_split``: each suspicious word) never spaced?"""
        words = tuple(name.split())
        if not self.usable or name != " ".join(words) or not name.isascii() or "\x00" in name:
            return False
        keys = {w.lower() for w in words if len(w) >= GLUE_MIN and _letters(w).isalpha()}
        keys |= {w.rstrip(",.").lower() for w in words if _suspicious(w.rstrip(",."))}
        return not any(self.spaced_somewhere(k) for k in keys if k)  # split words hold no blank


# A signature block's "party" that is no name: an acceptance line, a date, a form's blank, a role.
NOT_SIGNATURE_NAME = regex.compile(
    r"(?i)\b(?:agreed|accepted|approved|approver|signed|dated|understood|authori[sz]ed|seal|witness|foregoing"
    r"|provisions|schedule|applicable)\b|_{2,}|\d{1,2}/\d{1,2}/\d{2,4}|^\d|[()]\s*$|\)\s*\w*$"
    r"|\b(?:" + "|".join(ln.split()[0] for ln in vocabulary("months")) + r")\s+\d"  # a month's full name
)
ID_NUMBER = regex.compile(r"\d{6,}")  # "IAT 192901705": a registration or tax number, no name
PRONOUNS = frozenset({"you", "we", "us", "i", "me"})
LEADING_BY = regex.compile(r"^(?:BY|By)\s*:?\s+(?=[A-Z])")
LABEL_PREFIX = regex.compile(r"^(?P<label>[A-Za-z ]{3,30}):\s*(?=\S)")
AFTER_NAME_WORDS = frozenset(party_intro.SIGNING_WORDS)  # after an entity suffix: how the party signs
ROLE_FILLER = frozenset({"member", "entity", "agency", "party", "the", "master"})


def _role_word(word: str) -> bool:
    return party_intro.role_of(word) is not None or word.casefold() in ROLE_FILLER


def _glued_roles(word: str) -> bool:
    """ "FRANCHISEEMEMBER": two role words of signature columns glued where the line break was lost."""
    return word.isupper() and any(_role_word(word[:i]) and _role_word(word[i:]) for i in range(3, len(word) - 2))


def _role_words(words: list[str]) -> bool:
    return all(_role_word(w) or _glued_roles(w) for w in words)


def signature_party_name(name: str) -> tuple[str, str | None] | None:
    """A signature block's party as a name and a role written beside it ("Goosehead Insurance Agency,
    LLC Franchisor" -> the LLC, role Franchisor; "BY ECOPETROL S.A." -> "ECOPETROL S.A."), or None
    when it is no name ("AGREED TO", "LESSEE", "Biberach, February 13, 2012", "OF AMERICA")."""
    name = LEADING_BY.sub("", name)
    role = None
    label = LABEL_PREFIX.match(name)
    if label is not None and _role_words(label.group("label").split()):
        role = party_intro.role_of(label.group("label").split()[-1])
        name = name[label.end() :]
    words = name.split()
    while len(words) > 1 and words[0].isupper() and not words[1].isupper() and _role_words(words[:1]):
        role = role or party_intro.role_of(words[0])  # "RESELLER Bravatek Solutions, Inc.": the role before
        words = words[1:]
    # "BANK OF SOUTH PACIFIC LIMITED by its Attorney": the name ends at its suffix
    signs = (i for i in range(1, len(words) - 1) if words[i] in AFTER_NAME_WORDS)
    cut = next((i for i in signs if party_intro.is_suffix_word(words[i - 1])), None)
    if cut is not None:
        words = words[:cut]
    while len(words) > 1 and party_intro.is_suffix_word(words[-2]) and _role_words(words[-1:]):
        role = role or party_intro.role_of(words[-1])  # "... LLC Franchisor": the role after the name
        words = words[:-1]
    if not words or _role_words(words) or words[0].casefold() in {"of", "and", "or", "for", "to", "in"}:
        return None
    name = " ".join(words)
    if NOT_SIGNATURE_NAME.search(name) or ID_NUMBER.search(name):
        return None
    if len(words) == 1 and words[0].casefold() in PRONOUNS:
        return None  # "YOU": a franchise form's blank party
    if len(words) == 1 and not party_intro.is_suffix_word(words[0]) and words[0].casefold().endswith(("tion", "ment")):
        return None  # "Inspection", "Destruction": a form's column heading
    return name, role
