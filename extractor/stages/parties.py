"""Stage 6: parties from the preamble and signature blocks.

One row per party. Preamble parties come from the party list the header stage
located ("by and among X, a Delaware corporation ("QWEST"), Y ... and Z"): the
list is split at top-level separators ("), and", ";", "AND:"), and each piece
gives a name, jurisdiction, entity type, alias and role. A row's span is the
party's piece of the preamble (name through alias). Signature-block parties
(``source='signature'``) are added only when the preamble named fewer than two
parties, and only when they are not already a preamble party by name or alias.

``mentions`` counts later references to the party in the body (after the
preamble): its name or its alias (as defined, in Title or UPPER case), the
longest form winning, so "Qwest Communications International Inc." counts for
QCI and a bare "Qwest" for QWEST.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import AnyStr

import regex

from ..grammars import find_all, finditer_at, lowered
from ..grammars import parties as g
from ..grammars.ascii_lowered import ascii_lowered, bytes_word
from ..grammars.suffixes import suffix_alternation
from ..model.records import Span
from .header import Header
from .layout import Layout
from .signatures import SignatureResult

MAX_NAME_CHARS = 120
MAX_NAME_WORDS = 16
SUFFIX_AFTER_COMMA = regex.compile(rf",\s{{0,3}}(?:{suffix_alternation('comma')})(?![a-z])")
NOT_A_PARTY = regex.compile(
    r"(?i)\b(?:agreement|amendment|contract|effective\s+date|is|are|will|shall|via|into|directly|our|them|their"
    r"|desires?|wish(?:es)?|agrees?|has|have|hereby|provides?)\b"
    r"|(?i)^(?:and|or)$"
)
# After a closing parenthesis: '("QWEST"),  Qwest ...', '("Heritage") Premier ...',
# '(collectively, ...), Allison ...'
AFTER_PAREN = regex.compile(
    r"(?<=[\"\u201d]\s{0,2}\))(?:\s{0,3},\s{0,3}|\s{1,3})(?=[A-Z])"
    rf"|(?<=\))\s{{0,3}},\s{{0,3}}(?=[A-Z])(?!(?:{suffix_alternation('paren')})\b)"
)


def _after_parens(seg: str) -> Iterator[regex.Match[str]]:
    """``AFTER_PAREN.finditer(seg)``, tried only right after each ")": both alternatives look back at one."""
    return finditer_at(AFTER_PAREN, seg, [i + 1 for i in find_all(seg, ")")])


JOINING_AND = regex.compile(r"\s{1,3}(?:and|&)\s{1,3}")
PUNCT = regex.compile(r"[^\w&\s]")
# precompiled: a module-level regex.sub(pattern, ...) pays a cache lookup on every call
WORD_BEFORE = regex.compile(r"(\w+)\W*$")
WORD_AFTER = regex.compile(r"\W*(\w+)")
LEADING_THE = regex.compile(r"^(?:the|The)\s+")
LEADING_INTRO = regex.compile(r"^(?:(?:by\s+and\s+)?(?:between|among|amongst)|and|AND|And)\s*:?\s+")
TRAILING_AND = regex.compile(r"\s+(?:and|or|AND|OR)$")
TRAILING_DOTS = regex.compile(r"\.{2,}$")
PAREN_GROUP = regex.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class Party(Span):
    name: str
    jurisdiction: str | None = None
    entity_type: str | None = None
    alias: str | None = None
    role: str | None = None
    source: str | None = None
    mentions: int | None = None


def norm(s: str | None) -> str:
    """Casefolded, punctuation-free form for comparing names."""
    s = PUNCT.sub(" ", (s or "").casefold())
    return " ".join(w for w in s.split() if w != "the")


DEPTH_CHARS = regex.compile(r"[()\"\u201c\u201d]")  # the only characters that change _depths' state


def _depths(text: str, a: int, b: int) -> list[bool]:
    """For each position in [a, b): True when outside parentheses and quotes (a bracket or quotation
    mark counts as after itself). The state holds between two such characters: one run each."""
    out: list[bool] = []
    depth, quoted = 0, False
    pos, end = a, max(a, min(b, len(text)))
    for m in DEPTH_CHARS.finditer(text, a, end):
        i = m.start()
        out += [depth == 0 and not quoted] * (i - pos)
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == '"':
            quoted = not quoted
        elif ch == "\u201c":
            quoted = True
        else:  # \u201d
            quoted = False
        out.append(depth == 0 and not quoted)
        pos = i + 1
    out += [depth == 0 and not quoted] * (end - pos)
    return out


def _chunks(text: str, a: int, b: int) -> list[tuple[int, int]]:
    top = _depths(text, a, b)
    cuts: list[tuple[int, int]] = []
    for m in g.SEPARATOR.finditer(text, a, b):
        if top[m.start() - a] and m.end() < b and not _inside_jurisdiction(text, m.start(), m.end()):
            cuts.append(m.span())
    for m in _after_parens(text[a:b]):
        s, e = a + m.start(), a + m.end()
        if top[s - a] and not any(cs <= s < ce for cs, ce in cuts):
            cuts.append((s, e))
    cuts.sort()
    out, cur = [], a
    for s, e in cuts:
        if s > cur:
            out.append((cur, s))
        cur = max(cur, e)
    if cur < b:
        out.append((cur, b))
    return out


JOINED_JURISDICTIONS = {j.casefold() for j in g.JURISDICTIONS if " and " in j}


def _inside_jurisdiction(text: str, s: int, e: int) -> bool:
    """ "England and Wales": an "and" inside a place name is no separator."""
    before = WORD_BEFORE.search(text[max(0, s - 30) : s])
    after = WORD_AFTER.match(text[e : e + 30])
    if before is None or after is None:
        return False
    return f"{before.group(1)} and {after.group(1)}".casefold() in JOINED_JURISDICTIONS


def _name_end(text: str, s: int, e: int) -> int:
    pos = s
    while True:
        m = g.NAME_END.search(text, pos, e)
        if m is None:
            return e
        sm = SUFFIX_AFTER_COMMA.match(text, m.start())
        if sm is not None and m.start() >= pos:
            pos = sm.end()
            continue
        return m.start()


def _alias(text: str, s: int, e: int) -> str | None:
    best: tuple[int, str] | None = None
    for pat in (g.ALIAS_PAREN, g.ALIAS_REFERRED):
        m = pat.search(text, s, e)
        if m is None:
            continue
        q = g.QUOTED.search(text, m.start() if pat is g.ALIAS_PAREN else m.end(), min(e + 80, len(text)))
        if q is None:
            continue
        alias = " ".join(q.group("alias").split()).strip(" ,.")
        alias = LEADING_THE.sub("", alias)
        if alias and (best is None or m.start() < best[0]):
            best = (m.start(), alias)
    return best[1] if best else None


def _clean_name(raw: str) -> str:
    name = " ".join(raw.split()).strip(" ,;:")
    name = LEADING_INTRO.sub("", name)
    name = TRAILING_AND.sub("", name)
    name = TRAILING_DOTS.sub(".", name)  # "Torvec Inc.." as typed
    m = g.SUFFIX_THEN_ADDRESS.search(name)
    if m is not None:
        name = name[: m.end()]
    return g.GLUED_SUFFIX.sub(" ", name)


def _looks_like_name(name: str) -> bool:
    if not name or len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
        return False
    if g.NOT_A_NAME.match(name) or ":" in name or "--" in name or "__" in name or NOT_A_PARTY.search(name):
        return False
    if name[0].isdigit():
        return g.SUFFIX_AT_END.search(name) is not None
    # "drkoop.com, inc." has no capital but a suffix
    has_case = any(c.isupper() for c in name) or g.SUFFIX_AT_END.search(name) is not None
    return has_case and name[0].isalnum()


def _joined_names(text: str, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "ExxonMobil Research and Engineering Company, a ...": a bare name of a few words with no entity
    suffix, then "and", then a name with one: one party whose name holds the "and"."""
    out: list[tuple[int, int]] = []
    for s, e in chunks:
        if out and JOINING_AND.fullmatch(text, out[-1][1], s):  # the cheap test first: most cuts are no "and"
            ps, pe = out[-1]
            piece = text[ps:pe].strip()
            bare = (
                _name_end(text, ps, pe) >= ps + len(text[ps:pe].rstrip())
                and not g.suffix_type(piece)
                and "(" not in piece
                and 2 <= len(piece.split()) <= 4
            )
            if bare and g.suffix_type(_clean_name(text[s : _name_end(text, s, e)])):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _preamble_parties(layout: Layout, header: Header) -> list[Party]:
    text = layout.view.text
    a, b = header.list_start_view, header.preamble_end_view
    if a is None or b is None:
        return []
    out: list[Party] = []
    seen: set[str] = set()
    for s, e in _joined_names(text, _chunks(text, a, b)):
        while s < e and text[s] in " \t\r\n\xa0,:;":
            s += 1
        while e > s and text[e - 1] in " \t\r\n\xa0,;.":
            e -= 1
        if e <= s:
            continue
        ne = _name_end(text, s, e)
        name = _clean_name(text[s:ne])
        if not _looks_like_name(name) or norm(name) in seen:
            continue
        alias = _alias(text, ne, e)
        if out and out[-1].alias is None and alias and len(name.split()) == 1 and not g.suffix_type(name):
            # "... offices located at Berlin and Munich ("Siemens")": the alias of the party before
            seen.add(norm(alias))
            out[-1] = replace(out[-1], alias=alias)
            continue
        seen.add(norm(name))
        if alias:
            seen.add(norm(alias))
        rest = text[ne:e]
        jur, etype = g.parse_descriptor(rest)
        if g.INDIVIDUAL.search(rest):
            etype = "individual"
        etype = etype or g.suffix_type(name)
        role = g.ROLE.search(PAREN_GROUP.sub(lambda m: " " * len(m.group()), rest))
        os_, oe = layout.view.span(s, e)
        out.append(
            Party(
                os_,
                oe,
                layout.original[os_:oe],
                name,
                jur,
                etype,
                alias,
                role.group("role") if role else None,
                "preamble",
            )
        )
    return out


LABEL_CHARS = 4000
MAX_LABEL_NAME = 120


def _labelled_parties(layout: Layout) -> list[Party]:
    """'Party A: X Co., Ltd. Address: ...' / 'Party B: Y': the first naming of each label."""
    text = layout.view.text
    out: list[Party] = []
    seen: set[str] = set()
    for m in g.PARTY_LABEL.finditer(text, 0, min(len(text), LABEL_CHARS)):
        label = m.group("label")
        end = g.LABEL_NAME_END.search(text, m.end(), min(len(text), m.end() + MAX_LABEL_NAME))
        if label in seen or end is None:
            continue
        name = _clean_name(text[m.end() : end.start()])
        if not _looks_like_name(name):
            continue
        seen.add(label)
        s, e = layout.view.span(m.end(), m.end() + len(text[m.end() : end.start()].rstrip(" ,;")))
        out.append(
            Party(
                s,
                e,
                layout.original[s:e],
                name,
                None,
                g.suffix_type(name),
                f"Party {label}",
                None,
                "preamble",
            )
        )
    return out


def _signature_parties(layout: Layout, signatures: SignatureResult, known: list[Party]) -> list[Party]:
    keys = {norm(p.name) for p in known} | {norm(p.alias) for p in known if p.alias}
    out: list[Party] = []
    for sig in signatures.signatures:
        if not sig.party or norm(sig.party) in keys:
            continue
        keys.add(norm(sig.party))
        name = " ".join(sig.party.split())
        m = _words_span(layout.original[sig.start : sig.end], name.split())
        s, e = (sig.start + m[0], sig.start + m[1]) if m else (sig.start, sig.end)
        out.append(Party(s, e, layout.original[s:e], name, None, g.suffix_type(name), source="signature"))
    return out


def _words_span(text: str, words: list[str]) -> tuple[int, int] | None:
    r"""Span of the first match of ``words`` joined by ``\s+`` in ``text`` (as ``regex.search`` of that
    pattern, which compiled anew for each name cost ~0.2 s over the corpus), by ``str.find``.

    Exact: ``\s`` matches only characters ``str.split`` splits at, so no word holds one, and the
    whitespace between two words is the whole run after the first (the next word starts past it)."""
    if not words:
        return 0, 0  # the empty pattern matches at the start
    i = text.find(words[0])
    while i >= 0:
        e = _form_end(text, text, words, i)
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


def _form_end(text: str, hay: AnyStr, words: list[AnyStr], p: int) -> int | None:
    r"""End of ``words`` joined by whitespace (``\s+``) at p in ``hay`` (the text or its lower-cased
    copy, with words to match), given that the first word is there."""
    q = p + len(words[0])
    for w in words[1:]:
        sp = SPACES.match(text, q)
        if sp is None or not hay.startswith(w, sp.end()):
            return None
        q = sp.end() + len(w)
    return q


ASCII_NOT_WORD = frozenset(map(chr, range(128))) - ASCII_WORD


def _word_spans(text: str, hay: AnyStr, word: AnyStr, start: int) -> list[tuple[int, int]]:
    r"""Spans of ``word`` in ``hay`` at or after ``start`` with no word character (``\w``) on either
    side in ``text``: the loop over most mentions, so the boundary test is inlined."""
    out = []
    n, size = len(word), len(text)
    i = hay.find(word, start)
    while i >= 0:
        e = i + n
        if i > 0:
            c = text[i - 1]
            left = c in ASCII_NOT_WORD or (c not in ASCII_WORD and WORD_CHAR.match(c) is None)
        else:
            left = True
        if left:
            if e < size:
                c = text[e]
                if c in ASCII_NOT_WORD or (c not in ASCII_WORD and WORD_CHAR.match(c) is None):
                    out.append((i, e))
            else:
                out.append((i, e))
        i = hay.find(word, i + 1)
    return out


SPACES_BEFORE = regex.compile(r"\s+", regex.REVERSE)  # a whitespace run matched leftwards from its end


def _form_start(text: str, hay: AnyStr, words: list[AnyStr], p: int) -> int | None:
    r"""Start of ``words`` joined by whitespace (``\s+``) ending where the next word starts, at p:
    ``_form_end`` leftwards."""
    for w in reversed(words):
        sp = SPACES_BEFORE.match(text, 0, p)
        if sp is None:
            return None
        p = sp.start() - len(w)
        if p < 0 or not hay.startswith(w, p):
            return None
    return p


def _words_spans(text: str, hay: AnyStr, words: list[AnyStr], start: int) -> list[tuple[int, int]]:
    r"""Spans of the words joined by ``\s+`` in ``hay`` at or after ``start``, bounded by no word
    character in ``text``. Found from the form's longest word (``str.find`` skips faster through the
    text for a longer word, and finds it less often; a name's first word is often its alias, found
    everywhere): each match has that word at one place, and both sides of it are determined (no
    word holds a ``\s`` character, so each gap is the whole whitespace run)."""
    k = max(range(len(words)), key=lambda j: len(words[j]))
    before, after, anchor = words[:k], words[k:], words[k]
    out = []
    i = hay.find(anchor, start)
    while i >= 0:
        s = _form_start(text, hay, before, i) if before else i
        if s is not None and s >= start:
            e = _form_end(text, hay, after, i)
            if e is not None and _bounded(text, s, e):
                out.append((s, e))
        i = hay.find(anchor, i + 1)
    return out


def _form_spans(text: str, hay: AnyStr, words: list[AnyStr], start: int) -> list[tuple[int, int]]:
    return _word_spans(text, hay, words[0], start) if len(words) == 1 else _words_spans(text, hay, words, start)


def _caseless_hay(text: str, forms: list[tuple[list[str], bool]]) -> str | bytes | None:
    """The lower-cased copy the caseless forms' words are found in: ``ascii_lowered`` (cheaper to
    make, and shared with the durations' scan) unless a word has the "?" it puts for wide characters."""
    if all(bytes_word(w) for words, caseless in forms if caseless for w in words):
        return ascii_lowered(text)
    return lowered(text)


def _literal_mentions(text: str, start: int, forms: list[tuple[list[str], bool]]) -> list[int] | None:
    r"""Which form each mention is, in text order: the matches of the mention pattern (forms in
    order as its alternatives, each ``(?i:)`` when caseless) found by ``str.find`` in the text or its
    lower-cased copy, with no pattern to compile (574 distinct patterns over 733 documents).

    Matched as the pattern's finditer would: at each position the first form that matches wins and
    the scan goes on after it. The forms' texts are exact (``\s`` only matches what ``str.split``
    splits at, so a match normalises to its form's key). None when that cannot be done by literals:
    a form with no word, a caseless form with a non-ASCII character, a text with no exact
    lower-cased copy."""
    if not all(words and (not caseless or "".join(words).isascii()) for words, caseless in forms):
        return None
    low = _caseless_hay(text, forms)
    if low is None:
        return None
    found: list[tuple[int, int, int]] = []  # (start, form, end)
    for k, (words, caseless) in enumerate(forms):
        if not caseless:
            spans = _form_spans(text, text, words, start)
        elif isinstance(low, bytes):
            spans = _form_spans(text, low, [w.lower().encode("ascii") for w in words], start)
        else:
            spans = _form_spans(text, low, [w.lower() for w in words], start)
        found += [(i, k, e) for i, e in spans]
    found.sort()
    out: list[int] = []
    pos = start
    for s, k, e in found:
        if s >= pos:
            out.append(k)
            pos = e
    return out


def mention_pattern(forms: list[tuple[str, bool]]) -> regex.Pattern[str]:
    """One alternative per (form, caseless), in order; a form's words apart by any whitespace."""
    alts = []
    for f, caseless in forms:
        body = r"\s+".join(regex.escape(w) for w in f.split())
        alts.append(f"(?i:{body})" if caseless else body)
    return _compiled(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])")


def _count_mentions(text: str, start: int, parties: list[Party]) -> list[int]:
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
    ordered = sorted(forms, key=len, reverse=True)  # the pattern's alternatives, longest first
    lookup = {" ".join(f.split()).casefold(): i for f, i in forms.items()}
    fast = _literal_mentions(text, start, [(f.split(), flags[f]) for f in ordered])
    if fast is not None:
        party_of = [lookup[" ".join(f.split()).casefold()] for f in ordered]  # once per form, not per mention
        for k in fast:
            counts[party_of[k]] += 1
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


def find_parties(layout: Layout, header: Header, signatures: SignatureResult) -> tuple[Party, ...]:
    parties = _preamble_parties(layout, header)
    if len(parties) < 2:
        labelled = _labelled_parties(layout)
        if len(labelled) >= 2:
            parties = labelled
    if len(parties) < 2:
        parties += _signature_parties(layout, signatures, parties)
    start = header.preamble_end_view or 0
    counts = _count_mentions(layout.view.text, start, parties)
    return tuple(replace(p, mentions=n) for p, n in zip(parties, counts, strict=True))
