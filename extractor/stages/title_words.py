"""The words of a document's head, for its title (``title_runs`` reads the title from them).

A token is a word (with its inner dots, hyphens, slashes and apostrophes, and a final dot), a number
or one mark. Text whose line breaks were lost glues words together ("Exhibit 10.7CONSULTING
AGREEMENTAduro Biotech ..."): a word is cut where its case changes ("VersionIntellectual"), where
ALL CAPS glue is known ("AGREEMENTTHIS"), and an ALL CAPS word the vocabulary does not know is split
into words the document writes elsewhere in lower or Title case ("JAGUARSSPONSORSHIP" -> "JAGUARS"
"SPONSORSHIP").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..grammars import header as g
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import vocabulary

# a word (with its inner dots, hyphens, slashes and apostrophes, and a final dot), a number, or one mark
TOKEN = regex.compile(
    r"(?P<word>[nN][\u00b0\u00ba]|(?:[^\W\d_]{1,2}\.){2,5}|[^\W\d_](?:[^\W\d_]|['\u2019&]|[\-/]\w++)*+\.?+)|(?P<num>\d(?:[\d]|[.,/\-](?=\d))*+)|(?P<mark>[^\w\s\xa0])"
)
# where a word holds two glued words: "VersionIntellectual", "AGREEMENTThis", "CSoftware"
# ... and a word in capitals glued to a two-letter word opening the next sentence: "CERTIFICATEIn connection"
GLUE = regex.compile(
    r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2})|(?<=[A-Z]{3})(?=(?:In|On|As|By|At|If|It|We)(?![a-z]))"
)
# glue inside ALL CAPS: "AGREEMENTTHIS", "COMMERCIALIZATIONAGREEMENT", "VERSIONNON-COMPETITION"
CAPS_GLUE = regex.compile(
    r"(?<=[A-Z]{3})(?=THIS$)|(?<=[A-Z]{4})(?=(?:AGREEMENT|CONTRACT|AMENDMENT|ADDENDUM)$)|(?<=^(?:VERSION|COPY|EXHIBIT))(?=[A-Z]{3})"
    r"|(?<=AGREEMENT|CONTRACT|AMENDMENT|ADDENDUM)(?=(?:BY|BETWEEN|AND|AMONG|DATED|MADE)(?![a-z]))"
    r"|(?<=^(?:BETWEEN|AMONG|AGREEMENT|CONTRACT|AMENDMENT|ADDENDUM|ATTORNEY))(?=[A-Z]{3})"
    r"|(?<=[A-Z]{3}AGREEMENT)(?=[A-Z]{3})"  # "DEVELOPMENTAGREEMENTPELICAN DELIVERS": the title run into the next line
)
# a kind word in Title case glued to the short word after it (a line break or a wide gap lost):
# "Global Maintenance Agreementref. DS/C-3957/14", "Supply Agreementdated as of"
TITLE_KINDS = ("Agreement", "Amendment", "Contract", "Addendum")
TITLE_GLUE = regex.compile(
    rf"(?<=^(?:{'|'.join(TITLE_KINDS)}))(?=(?:ref|by|between|among|dated|made|and|is|with|to|of|for)\.?$)"
)
# a caps word glued to the lower-case word after it: "AGREEMENTby and between"
LOWER_GLUE = regex.compile(r"(?<=[A-Z]{3})(?=(?:by|between|among|dated|made|and|is)(?![a-z]))")
SPACE = regex.compile(r"[\s\xa0]")
BLANKS = " \n\t\r\xa0"  # the usual blank before a token, tried before SPACE

CONNECTORS = frozenset({"of", "and", "to", "for", "the", "on", "in", "under", "&", "a", "an"})


class Token:
    """One word, number or mark of the head, with its case-folded forms computed once."""

    __slots__ = ("start", "end", "text", "kind", "space_before", "glued", "low", "bare")

    def __init__(self, start: int, end: int, text: str, kind: str, space_before: bool, glued: bool) -> None:
        self.start, self.end, self.text, self.kind = start, end, text, kind  # kind: word | num | mark
        self.space_before = space_before
        self.glued = glued  # split out of a longer word (no blank before it in the text)
        self.low = text.casefold()
        self.bare = self.low.rstrip(".")


def tokens(text: str, lo: int, hi: int, most: int | None = None) -> list[Token]:
    """The tokens of text[lo:hi] in order (only the first ``most`` when given: a reader of the first
    few need not read on)."""
    out: list[Token] = []
    append = out.append
    prev_end = lo
    for m in TOKEN.finditer(text, lo, hi):
        if most is not None and len(out) >= most:
            return out[:most]
        s, e = m.span()
        space = s > prev_end and (text[prev_end] in BLANKS or SPACE.search(text, prev_end, s) is not None)
        prev_end = e
        kind = m.lastgroup or "mark"
        word = m.group()
        if kind != "word" or word.islower() or (word[0].isupper() and word[1:].islower()):
            glued = TITLE_GLUE.search(word) if word.startswith(TITLE_KINDS) else None
            if glued is not None:  # "Agreementref.": the title's kind word glued to the word after it
                append(Token(s, s + glued.start(), word[: glued.start()], kind, space, False))
                append(Token(s + glued.start(), e, word[glued.start() :], kind, False, True))
                continue
            append(Token(s, e, word, kind, space, False))  # a number, a mark; no glue in "Agreement"
            continue
        if word.isupper():
            # no lower-case letter: LOWER_GLUE finds nothing, GLUE at most the word's own start; most
            # ALL CAPS words hold no CAPS_GLUE either (``_caps_cuts`` of the whole word): one token
            part = word.rstrip(".")
            if len(part) < 7 or CAPS_GLUE.search(part) is None:
                append(Token(s, e, word, kind, space, False))
                continue
            low, glue = [], []
        else:
            low = [s + c.start() for c in LOWER_GLUE.finditer(word)]
            glue = [c.start() for c in GLUE.finditer(text, s, e) if c.start() + 1 not in low]
        cuts = [s, *glue, *low, e]
        cuts = sorted({*cuts, *_caps_cuts(text, cuts)})
        for i, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
            append(Token(a, b, text[a:b], "word", space if i == 0 else False, i > 0))
    return out if most is None else out[:most]


# the standard library's engine: the same words (ASCII classes, no look-around, nothing to backtrack),
# ~1.5x faster than the regex module at this scan led by a class, which reads the first 20-60k characters
LOWER_WORD = re.compile(r"[A-Za-z][a-z]+")
VOCAB_CHARS = 20000  # the first pages: the preamble and the first sections repeat the title's words ...
VOCAB_MORE_CHARS = 60000  # ... else a longer stretch is read


def vocabulary_of(text: str, limit: int = VOCAB_CHARS) -> frozenset[str]:
    """The words the document writes in lower or Title case: what a glued ALL CAPS word of its
    title is split into ("JAGUARSSPONSORSHIP" -> "JAGUARS" "SPONSORSHIP")."""
    return frozenset(_own_words(text, 0, min(len(text), limit)) | _known_words())


def _own_words(text: str, lo: int, hi: int) -> set[str]:
    """``set(map(str.lower, LOWER_WORD.findall(text, lo, hi)))``, the pattern run over each distinct run of
    ASCII letters once: every other character is a blank in a Latin-1 copy (no word holds one, so the
    words are the same), whose runs ``str.split`` lists and a set makes distinct in C; a stretch writes
    each run ~3 times, and the regex engine's step per word was most of the cost."""
    runs = text[lo:hi].encode("latin-1", "replace").translate(_LETTERS_ONLY).decode("ascii").split()
    # each distinct word lower-cased once (ASCII letters: lower() is casefold()), not every word of the stretch
    return set(map(str.lower, set(LOWER_WORD.findall(" ".join(set(runs))))))


CAPS_WORD = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])")
NOT_LETTER_BACK = regex.compile(r"[^A-Za-z]", regex.REVERSE)  # searched right to left: the last one

# as Latin-1 bytes (a character above U+00FF as "?"), ASCII letters kept and every other byte a blank
_LETTERS_ONLY = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))
# ... each byte's class: "a" a lower-case ASCII letter, "A" an upper-case one, a blank any other
_CLASSES = bytes(97 if 97 <= c <= 122 else 65 if 65 <= c <= 90 else 32 for c in range(256))


class OwnWords:
    """``word in _own_words(text, lo, hi)``, answered by searches instead of listing every word of the
    stretch: most documents ask for one or two words (the ALL CAPS words of their title). A word of
    LOWER_WORD is a letter with the lower-case letters after it, ending before a character that is no
    lower-case letter. The first few places the word or its capitalised form stand are tried in the
    text; else the stretch is searched as bytes, every character but an ASCII letter a blank (and a
    blank either side): " word " where it starts after a non-letter, "Word " where it starts with its
    capital; those ending at a capital ("agreementThis", "McDonald") are listed apart (few)."""

    __slots__ = ("text", "lo", "hi", "tries", "_padded", "_glued")

    def __init__(self, text: str, lo: int, hi: int, tries: int = 4) -> None:
        self.text, self.lo, self.hi = text, lo, hi
        self.tries = tries  # places of each form tried in the text before the byte search
        self._padded: bytes | None = None
        self._glued: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or len(word) < 2 or not (word.isascii() and word.isalpha() and word.islower()):
            return False  # every word is two or more lower-cased ASCII letters
        text, lo, hi, n = self.text, self.lo, self.hi, len(word)
        for form, capital in ((word, False), (word[0].upper() + word[1:], True)):
            at = text.find(form, lo, hi)
            for _ in range(self.tries):
                if at < 0:
                    break
                # a capital always starts a word; a lower-case letter only after a non-letter
                starts = capital or at == lo or not _ascii_letter(text[at - 1])
                if starts and (at + n == hi or not "a" <= text[at + n] <= "z"):
                    return True
                at = text.find(form, at + 1, hi)
            else:
                if at >= 0:
                    return self._searched(word)  # more places than tried: one byte search
        return False  # every place of both forms tried: none starts and ends a word

    def _searched(self, word: str) -> bool:
        if self._padded is None:
            raw = self.text[self.lo : self.hi].encode("latin-1", "replace")
            self._padded = b" " + raw.translate(_LETTERS_ONLY) + b" "
        low = word.encode("ascii")
        if b" " + low + b" " in self._padded or low[:1].upper() + low[1:] + b" " in self._padded:
            return True
        return word in self.glued()

    def glued(self) -> set[str]:
        """The words that end at a capital: "agreement" in "agreementThis", "mc" in "McDonald"."""
        if self._glued is None:
            raw = self.text[self.lo : self.hi].encode("latin-1", "replace")
            classes = raw.translate(_CLASSES)
            self._glued = set()
            last = 0
            cap = classes.find(b"aA") + 1  # a capital after a lower-case letter ends a word
            while cap > 0:
                # the word's first letter: the capital before its lower-case letters, else the letter after a blank
                blank, upper = classes.rfind(b" ", last, cap), classes.rfind(b"A", last, cap)
                start = upper if upper > blank else blank + 1
                if cap - start >= 2:
                    self._glued.add(raw[start:cap].decode("ascii").lower())
                last = cap
                cap = classes.find(b"aA", cap) + 1
        return self._glued


def _ascii_letter(c: str) -> bool:
    return "a" <= c <= "z" or "A" <= c <= "Z"


class Vocabularies:
    """``vocabulary_of(text, short)`` and ``vocabulary_of(text, long)``, each read when first asked for;
    the longer one reads on from the last non-letter before the shorter one's limit (no word spans
    it, so the words before it are the same) instead of reading the first pages again. ``knows`` asks
    for one word without listing them (``OwnWords``)."""

    def __init__(self, text: str, short: int = VOCAB_CHARS, long: int = VOCAB_MORE_CHARS) -> None:
        self.text, self.limits = text, (min(len(text), short), min(len(text), long))
        self._cut = 0
        self._first: set[str] = set()
        self._short: frozenset[str] | None = None
        self._long: frozenset[str] | None = None
        self._capitals: Counter[str] | None = None
        self._own: dict[bool, OwnWords] = {}
        self._asked: dict[tuple[str, bool], bool] = {}

    def knows(self, word: str, long: bool = False) -> bool:
        """``word in self.long()`` (``short()``), read from the sets once they are made."""
        made = self._long if long else self._short
        if made is not None:
            return word in made
        if word in _known_words():
            return True
        asked = self._asked.get((word, long))
        if asked is None:  # a title's words recur in the head: each looked up once
            own = self._own.get(long)
            if own is None:
                own = self._own[long] = OwnWords(self.text, 0, self.limits[1 if long else 0])
            asked = self._asked[(word, long)] = word in own
        return asked

    def short(self) -> frozenset[str]:
        if self._short is None:
            stop = NOT_LETTER_BACK.search(self.text, 0, self.limits[0])
            self._cut = stop.end() if stop is not None else 0
            self._first = _own_words(self.text, 0, self._cut)
            rest = _own_words(self.text, self._cut, self.limits[0])
            self._short = frozenset(self._first | rest | _known_words())
        return self._short

    def capitals(self, glued: str) -> frozenset[str]:
        """The words the document writes in capitals on their own in its first pages ("(IMNTV)", "THIS
        SAMPLE OF"), lower-cased, but ``glued`` (written once: the glued word itself): the last resort
        for a glued word ("IMNTVCONTENT", "APPENDIX CSAMPLE")."""
        if self._capitals is None:
            self._capitals = Counter(w.lower() for w in CAPS_WORD.findall(self.text, 0, self.limits[0]))
        if self._capitals.get(glued, 0) > 1:
            return frozenset(self._capitals)  # written more than once: a word of its own
        return frozenset(w for w in self._capitals if w != glued)

    def long(self) -> frozenset[str]:
        if self._long is None:
            self.short()
            rest = _own_words(self.text, self._cut, max(self._cut, self.limits[1]))
            self._long = frozenset(self._first | rest | _known_words())
        return self._long


@cache
def _known_words() -> frozenset[str]:
    """Words of any title's furniture and kinds: "EXECUTIONVERSION", "AGREEMENTAND"."""
    phrases = [*vocabulary("execution_markers"), *vocabulary("title_noise"), *(p for p, _k in g.KINDS)]
    return frozenset(w.casefold() for p in phrases for w in p.split()) | CONNECTORS


def _vocab_cuts(word: str, vocab: frozenset[str], depth: int = 2, letter: bool = False) -> list[int] | None:
    """Cut points that split ``word`` (lower-cased) into known words, longest last part first; a
    single letter may come first after a label word ("EXHIBIT AJOINT", "APPENDIX CSAMPLE")."""
    if word in vocab:
        return []
    if depth == 0 or len(word) < 4:
        return None
    for k in range(1 if letter else 2, len(word) - 1):
        left, right = word[:k], word[k:]
        if right in vocab and len(right) >= 2:
            inner = _vocab_cuts(left, vocab, depth - 1) if left not in vocab and k > 1 else []
            if inner is not None:
                return [*inner, k]
    return None


LABEL_WORDS = frozenset({"exhibit", "appendix", "schedule", "annex", "attachment"})


def split_known(toks: list[Token], text: str, words: Vocabularies | None = None) -> list[Token]:
    """``toks`` with each glued ALL CAPS word split into words of ``words`` (by default the text's
    ``Vocabularies``, read only when a glued word asks; one may serve several calls on one text)."""
    out: list[Token] = []
    words = words or Vocabularies(text)
    known = _known_words()
    for n0, t in enumerate(toks):
        if t.kind != "word" or not t.text.isupper():
            out.append(t)  # most tokens: the cheapest tests first
            continue
        low = t.low.rstrip(".").split("-")[0]  # "TOCO-BRANDING": the part before a hyphen
        if len(low) < (4 if "-" in t.text else 5) or not low.isalpha() or low in known:
            out.append(t)
            continue
        if words.knows(low):  # most: the document writes the word elsewhere (asked without listing its words)
            out.append(t)
            continue
        letter = n0 > 0 and toks[n0 - 1].bare in LABEL_WORDS or code_tail(toks, n0)  # "APPENDIX CSAMPLE", "S-KSERVICES"
        cuts = _vocab_cuts(low, words.short(), letter=letter)
        if not cuts and len(low) >= 10 and len(text) > VOCAB_CHARS:  # long: likely two words
            cuts = None if words.knows(low, long=True) else _vocab_cuts(low, words.long(), letter=letter)
        if not cuts:  # its parts written apart in capitals only
            cuts = _vocab_cuts(low, words.short() | words.capitals(low), letter=letter)
        if not cuts:
            out.append(t)
            continue
        bounds = [0, *cuts, len(t.text)]
        for n, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
            out.append(Token(t.start + a, t.start + b, t.text[a:b], "word", t.space_before if n == 0 else False,
                             t.glued if n == 0 else True))
    return out


DASHES = frozenset({"-", "\u2010", "\u2011", "\u2013"})


def code_tail(toks: list[Token], k: int) -> bool:
    """Does the word ``toks[k]`` go on a code after a dash with no blank either side ("S\u2010K" in
    "Item 601/REG. S\u2010K", the dash a mark of its own): it ends the code, it opens no title."""
    if k < 2 or toks[k].kind != "word" or toks[k].space_before or toks[k].glued:
        return False
    dash, before = toks[k - 1], toks[k - 2]
    return dash.text in DASHES and not dash.space_before and before.kind == "word" and len(before.bare) <= 3


def _caps_cuts(text: str, cuts: list[int]) -> list[int]:
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        part = text[a:b].rstrip(".")
        if len(part) >= 7 and part.isupper():
            out += [a + c.start() for c in CAPS_GLUE.finditer(part)]
    return out
