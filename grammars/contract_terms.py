"""Contract facts: the governing law, the initial term, its renewal and the notice to stop it.

BNF::

    governing_law ::= laws_of_place | place_law
    laws_of_place ::= law_word of_word ["the"] (place | polity ["the"] place)
    place_law     ::= place [qualifier] ("law" | "laws")            ("PRC Laws", "English law")
    law_word      ::= ["substantive" | "internal" | "domestic"] ("law" | "laws" | "legislation")
    of_word       ::= "of" | "in force in" | "prevailing in" | "applicable in"
    polity        ::= ("State" | "Commonwealth" | "Province" | "Territory" | "Canton" | "Republic") "of"
    place         ::= a name of vocab/jurisdictions.txt or vocab/governing_law_places.txt

    term_end      ::= end_word date                    ("ending on December 31, 2008", "until ...")
    term_start    ::= start_word date                  ("commencing on January 20, 2014")
    term_length   ::= length_lead duration [anchor]    ("for a period of three (3) years from ...")
    renewal       ::= renewal_lead duration            ("for successive one (1) year periods")
    notice        ::= notice_lead duration | duration notice_tail   ("at least 90 days prior to")

Candidates are found with compiled ``regex`` patterns first: a governing-law sentence holds a cue
("governed", "construed", "applicable law"); a term sentence holds "term", "commence", "expire",
"continue in effect" ..., tried only around their keywords (``grammars/cue_scan.py``); ``governing_law``
(pyparsing) runs only in those sentences. Dates and
durations inside a sentence are read by ``grammars.dates`` and ``grammars.durations``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple, cast

import pyparsing as pp

from . import cue_scan, vocabulary
from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from .compile import CompiledGrammar, compile_grammar
from .cue_scan import OPEN_QUOTE, first_char_program, lowered_program
from .text_index import TextIndex


def _places() -> dict[str, str]:
    """Written name (casefolded, straight apostrophe) -> the place the column holds."""
    out = {j.casefold(): j for j in vocabulary("jurisdictions")}
    for line in vocabulary("governing_law_places"):
        written, place = line.split("|")
        out[written.casefold()] = place
    return out


PLACES = _places()
SQUASH = regex.compile(r"[\s'\u2019]+")
PLACE_KEYS = {SQUASH.sub("", k): v for k, v in PLACES.items()}  # "UnitedStates", "Peoples Republic"


def _spaced(word: str) -> str:
    """A name as a pattern: words may be glued (text that lost its line breaks: "UnitedStates");
    a short name ("UK", "PRC") must end at a word's end, a longer one may run into the next word."""
    pattern = regex.escape(word).replace(r"\ ", r"\s{0,3}").replace("'", "['\u2019]?")
    return pattern + r"(?![a-z])" if len(word) <= 4 else pattern


_PLACE_ALT = "|".join(_spaced(w) for w in sorted(PLACES, key=lambda w: (-len(w), w)))
PLACE_RE = rf"(?i:{_PLACE_ALT})"

# -- governing law grammar ---------------------------------------------------------
the = pp.Suppress(pp.Opt(pp.Regex(r"(?i)the(?=\s|[A-Z])").set_name("the")))
# "laws, decrees, rules and regulations of China", "laws and judicial decisions of", "lawsof the State"
# (glued); an aside before "of" ("laws, other than choice of law rules, of the State of Florida", "laws (but
# not the choice of law rules) of the State of New York")
_LAW_ASIDE = (
    r"\s{0,3}\([^()]{1,100}\)(?=\s{0,8}of\b)|,\s{1,8}(?:other\s{1,8}than|and\s{1,8}not|but\s{1,8}not|not|without|excluding"
    r"|except)\b[^,;.()]{1,80},(?=\s{0,8}of\b)"
)
law_word = pp.Regex(
    r"(?i)(?:(?:substantive|internal|domestic|published)\s{0,3})?(?:laws?|legislation)"
    rf"(?:{_LAW_ASIDE}|(?:(?:,|\s{{1,8}}and|\s{{1,8}}or)(?:\s{{1,8}}(?!(?:of|and|or)\b)[a-z]{{3,15}}){{1,2}}){{1,4}}(?:{_LAW_ASIDE})?)?"
    r"(?=of|in\b|[^a-z]|$)"
).set_name("law_word")
of_word = pp.Regex(
    r"(?i)(?:of|in|in\s{1,8}force\s{1,8}in|prevailing\s{1,8}in|applicable\s{1,8}in)(?=\s|[A-Z])"
).set_name("of_word")
polity = pp.Regex(
    r"(?i)(?:state|commonwealth|province|territory|canton|republic)\s{0,3}of(?=\s|[A-Z])"
).set_name("polity")
place = pp.Regex(PLACE_RE).set_name("place")
qualifier = pp.Regex(r"(?i)(?:state|federal|substantive)(?=\s)").set_name("qualifier")
law_after = pp.Regex(r"(?i)laws?(?![a-z])").set_name("law_after")
named_place = (place("place") | (polity + the + place("place"))).set_name("named_place")
# "the laws of the United States of America and of the State of Texas": the state is named too
also_place = (
    pp.Suppress(pp.Regex(r"(?i),?\s{0,3}and(?:\s{1,8}of)?(?=\s)"))
    + the
    + (place("also") | (polity + the + place("also")))
).set_name("also_place")
laws_of_place = (law_word + of_word + the + named_place + pp.Opt(also_place)).set_name("laws_of_place")
place_law = (place("place") + pp.Opt(qualifier) + law_after).set_name("place_law")
# "the laws thereof", "the laws of that State": the place named before in the sentence
law_back = pp.Regex(
    r"(?i)laws?\s{0,3}(?:thereof|of\s{1,8}(?:that|such|said)\s{1,8}(?:state|jurisdiction|country|province|commonwealth))"
).set_name("law_back")
governing_law = (laws_of_place | place_law).set_name("governing_law").parse_with_tabs()
named_polity_place = (polity + the + place("place")).set_name("named_polity_place")


def _compiled(expr: pp.ParserElement) -> CompiledGrammar:
    """``expr`` as one pattern (``grammars/compile.py``), for text without tabs: pyparsing reads
    ``expr`` (which does not keep tabs) in ``text.expandtabs()``, so a text with a tab runs the grammar."""
    return compile_grammar(expr.copy().parse_with_tabs())  # the copy keeps tabs: ``expr`` itself does not


COMPILE_AFTER = 100  # parses in this process before a place grammar's pattern is built


class PlaceGrammar:
    """A place grammar and its pattern (``_compiled``), built once the grammar has parsed ``COMPILE_AFTER``
    times in this process: the pattern reads as pyparsing reads (tested), ~10x faster, but takes ~10 ms
    to build, more than a document's parses cost (a run over one file keeps pyparsing's)."""

    def __init__(self, expr: pp.ParserElement, names: tuple[str, ...]) -> None:
        self.expr, self.names = expr, names
        self.parses = 0
        self._compiled: CompiledGrammar | None = None

    @property
    def compiled(self) -> CompiledGrammar:
        if self._compiled is None:
            self._compiled = _compiled(self.expr)
        return self._compiled

    def values_at(self, text: str, pos: int) -> dict[str, str | None] | None:
        """The results names' values of the grammar parsed at ``pos`` (None: no parse)."""
        if self._compiled is None and "\t" not in text:
            self.parses += 1
            if self.parses <= COMPILE_AFTER:
                return _values_at(self.expr, None, text, pos, self.names)
        return _values_at(self.expr, self.compiled, text, pos, self.names)


LAWS_OF_PLACE = PlaceGrammar(laws_of_place, ("place", "also"))
PLACE_LAW_MATCH = PlaceGrammar(place_law, ("place",))
NAMED_POLITY_PLACE = PlaceGrammar(named_polity_place, ("place",))

# -- candidates ------------------------------------------------------------------
GOVERNING_CUE = regex.compile(
    r"(?i)(?:govern(?:ed|s)?|constru(?:ed|e|ction)|interpret(?:ed|ation)|validity|controlled\s{1,8}by|applicable\s{1,8}(?:law|legislation)|choice\s{1,8}of\s{1,8}law|proper\s{1,8}law)\b"
    r"|governed(?=by\b)"  # glued: "is governedby the laws of"
)
# every cue but "choice of law" and "proper law", whose sentences name a governing verb too
GOVERNING_KEYWORDS = ("govern", "constru", "interpret", "validity", "controlled", "applicable")
# The sentence speaks of this document (not of an opinion, a plan or another agreement's matters).
OWN_DOCUMENT = regex.compile(
    r"(?i)\b(?:this|the)\s{1,8}(?:[\w-]{1,20}\s{1,8}){0,3}?(?:agreement|contract|amendment|instrument|lease|"
    r"plan|note|guarantee|guaranty|license|letter|deed|arrangement)\b|\bhere(?:of|under|to|in|by)\b|\bthe\s{1,8}parties\b"
)
# not a blank line: PDF text breaks sentences at page ends; not a period typed for a date's comma ("until March
# 18. 2021, unless ...")
SENTENCE_BREAK = regex.compile(r"[.;!?](?=\s)(?!\s(?:1[89]|20)\d\d(?!\d))")
SENTENCE_BREAK_BACK = regex.compile(SENTENCE_BREAK.pattern, regex.REVERSE)
LAW_ANCHOR = regex.compile(r"(?i)law|legislation")
LAW_WORD = regex.compile(r"(?i)laws?|legislation")  # where ``laws_of_place`` may start
LOOK_BACK = 60  # characters before a law word searched for a place ("People's Republic of China law")
PLACE_LAW = regex.compile(rf"(?:{PLACE_RE})\s{{0,3}}(?:(?i:state|federal|substantive)\s{{1,8}})?(?i:laws?)(?![a-z])")
# PLACE_LAW matched right to left from a law word's end: whether any match ends there, without the forward
# scan that tries the place names at every position before it (most law words have no place before them)
PLACE_LAW_BACK = regex.compile(PLACE_LAW.pattern, regex.REVERSE)
# cast: set_name returns the element itself (a pp.Regex), typed only as ParserElement
LAW_BACK = regex.compile(cast(pp.Regex, law_back).re.pattern)
POLITY_PLACE = regex.compile(rf"{cast(pp.Regex, polity).re.pattern}\s{{1,8}}(?:(?i:the)\s{{1,8}})?(?:{PLACE_RE})")
WINDOW = 300
UNITED_STATES = "United States"
# Just before a place: a party's jurisdiction of organisation ("a corporation duly organized, validly existing and
# in good standing under the laws of the State of Delaware"), not the law that governs.
ORGANIZED_UNDER = regex.compile(
    r"(?i)(?:organi[sz]ed|incorporated|existing|formed|registered|established|chartered|constituted|standing)\b"
    r"[^.;]{0,60}?\b(?:under|pursuant\s{1,8}to)\s{1,8}(?:the\s{1,8})?(?:laws?|legislation)\s{0,3}of\s{0,8}(?:the\s{1,8})?"
    r"(?:(?:state|commonwealth|province|republic|territory)\s{0,3}of\s{0,8}(?:the\s{1,8})?)?$"
)


class Place(NamedTuple):
    start: int  # of the place's name in the text searched
    end: int
    place: str  # the name the column holds ("Ontario, Canada")


def place_name(written: str) -> str | None:
    """'the State of NEW YORK'-free name as written -> the place the column holds."""
    return PLACE_KEYS.get(SQUASH.sub("", written).casefold())


def sentence_bounds(text: str, pos: int, reach: int = WINDOW) -> tuple[int, int]:
    """The sentence around ``pos`` (at most ``reach`` characters either side)."""
    lo = max(0, pos - reach)
    # the last break before pos, searched right to left (a break is one character: the same one a
    # forward scan ends on), instead of every break of the stretch before it
    brk = SENTENCE_BREAK_BACK.search(text, lo, pos)
    a = brk.end() if brk is not None else lo
    m = SENTENCE_BREAK.search(text, pos, min(len(text), pos + reach))
    return a, (m.start() + 1 if m else min(len(text), pos + reach))


def _parse_at(expr: pp.ParserElement, text: str, pos: int) -> pp.ParseResults | None:
    try:
        return expr.parse_string(text[pos:])
    except pp.ParseException:
        return None


def _values_at(
    expr: pp.ParserElement, compiled: CompiledGrammar | None, text: str, pos: int, names: tuple[str, ...]
) -> dict[str, str | None] | None:
    """The results names' values of ``expr`` parsed at ``pos`` (None: no parse): by ``compiled``
    (``_compiled(expr)``), or by pyparsing itself where the text holds a tab or none is given."""
    if compiled is None or "\t" in text:
        toks = _parse_at(expr, text, pos)
        return None if toks is None else {n: toks.get(n) for n in names}
    m = compiled.match(text, pos)
    return None if m is None else {n: compiled.value(m, n) for n in names}


def places_in(text: str, start: int, end: int) -> list[Place]:
    """Every ``governing_law`` match in text[start:end], in order: the grammar runs only from each
    law word ("laws of ...") or from a place found just before one ("PRC Laws")."""
    out = []
    chunk = text[start:end].replace("\xa0", " ")  # same length: offsets hold
    for law in LAW_WORD.finditer(chunk):
        toks, at = LAWS_OF_PLACE.values_at(chunk, law.start()), law.start()
        if toks is None:
            lo = max(0, law.start() - LOOK_BACK)
            if PLACE_LAW_BACK.match(chunk, lo, law.end()) is None:
                continue  # no match ends at the law word: the scan below would find none (~15x cheaper)
            before = next(
                (m for m in PLACE_LAW.finditer(chunk, lo, law.end()) if m.end() == law.end()),
                None,
            )
            if before is None:
                continue
            toks, at = PLACE_LAW_MATCH.values_at(chunk, before.start()), before.start()
        m = toks.get("place") if toks is not None else None
        if m is None or toks is None:
            continue
        also = toks.get("also")
        if also is not None and place_name(m) == UNITED_STATES:
            m = also
        ps = chunk.find(m, at)
        name = place_name(m)
        if name is not None and ps >= 0:
            out.append(Place(start + ps, start + ps + len(m), name))
    return out


def _named_before_back_reference(text: str, start: int, end: int) -> list[Place]:
    """'entered into in the State of Nevada and shall be governed by ... the laws thereof' -> Nevada."""
    chunk = text[start:end].replace("\xa0", " ")
    back = LAW_BACK.search(chunk)
    if back is None:
        return []
    out = []
    for cand in POLITY_PLACE.finditer(chunk, 0, back.start()):
        toks = NAMED_POLITY_PLACE.values_at(chunk, cand.start())
        written = toks.get("place") if toks is not None else None
        name = place_name(written) if written is not None else None
        ps = chunk.find(written, cand.start()) if written is not None else -1
        if name is not None and written is not None and ps >= 0:
            out.append(Place(start + ps, start + ps + len(written), name))
    return out[-1:]


def find_governing_law(doc: TextIndex, *, alone: bool = False) -> Place | None:
    """The place whose law governs ``doc.text``: from the first sentence with a governing cue that names
    one (a sentence about this document first); 'the laws of the United States and the State of X' -> X.
    ``alone``: no other cue scan reads ``doc`` (find only this cue's keywords, ``GOVERNING_WORDS``)."""
    text = doc.text
    weak: Place | None = None
    done_to = 0
    words = GOVERNING_WORDS if alone else CUE_WORDS
    for cue_start, _ in cue_matches(GOVERNING_CUE, doc, GOVERNING_KEYWORDS, words=words):
        if cue_start < done_to:
            continue
        a, b = sentence_bounds(text, cue_start)
        done_to = b
        if not LAW_ANCHOR.search(text, a, b):
            continue
        found = [
            p for p in places_in(text, a, b) or _named_before_back_reference(text, a, b)
            if not ORGANIZED_UNDER.search(text, max(a, p.start - 160), p.start)
        ]
        after = [p for p in found if p.start >= cue_start]
        found = after or found[-1:]
        if not found:
            continue
        best = found[0]
        if best.place == UNITED_STATES and len(found) > 1:
            best = found[1]
        if OWN_DOCUMENT.search(text, a, b):
            return best
        weak = weak or best
    return weak


def cue_matches(
    pattern: regex.Pattern[str], doc: TextIndex, keywords: tuple[str, ...], before: int = 80, after: int = 60,
    *, pivots: bool = True, words: cue_scan.WordScan | None = None,
) -> Iterator[tuple[int, int]]:
    """``cue_scan.cue_matches`` with the pattern's ``LOWERED`` program and (with ``pivots``) its ``PIVOTS``:
    the spans of ``pattern.finditer(doc.text)`` in a window around one of ``keywords`` (a match with no
    keyword in reach, "choice of law" alone, is not found: ``cue_scan.cue_matches``). The first cue scan of a
    text finds the keywords of all of them (``words``: ``CUE_WORDS`` unless told)."""
    return cue_scan.cue_matches(
        pattern, doc, keywords, before, after,
        lowered=LOWERED.get(pattern), pivots=PIVOTS.get(pattern) if pivots else None,
        scan=CUE_WORDS if words is None else words,
    )


# -- term, renewal and notice ----------------------------------------------------------
# The term under another name, defined: '"Contract Period" shall mean', 'INITIAL DISTRIBUTION PERIOD:'.
_PERIOD_NAMES = ("contract", "agreement", "license", "licence", "sponsorship", "engagement", "endorsement",
                 r"initial(?:\s{1,8}[a-z]{3,15})?")
_PERIOD_TAIL = r"\s{1,8}period(?:[\"\u201d]\s{1,8}(?:shall\s{1,8})?means?|\s{0,3}:)"
NAMED_PERIOD = regex.compile(rf"(?i)[\"\u201c]?(?:{'|'.join(_PERIOD_NAMES)}){_PERIOD_TAIL}")
_QUOTE = OPEN_QUOTE
# whole words, inflected or not: "will be terminated" is about the term, "will endeavor" is not
_VERBS = (r"(?:(?:commence|begin|expire|continue|remain|terminate|end|conclude)(?:e?d|s)?"
          r"|be\s{1,8}effective|become\s{1,8}effective)\b")
_IN_FORCE = r"\s{1,8}(?:valid|in\s{1,8}(?:full\s{1,8})?(?:force|effect))"
_MEANS = r"term[\"\u201d]?\s{1,8}(?:shall\s{1,8})?means?"
_SHALL = rf"shall\s{{1,8}}(?:\w+\s{{1,8}}){{0,2}}?{_VERBS}"  # "shall thereafter automatically terminate"
_WILL = rf"will\s{{1,8}}(?:\w+\s{{1,8}}){{0,2}}?{_VERBS}"
# A sentence about the term, after no letter: each alternative opens with a lower-case letter or an
# opening quote (``first_char_program`` groups them by it), tried in this order.
TERM_ALTERNATIVES = (
    r"initial\s{1,8}term", r"term\s{1,8}of\s{1,8}(?:this|the)\b",
    r"the\s{1,8}[\"\u201c]?term[\"\u201d]?\s{1,8}(?:shall|will|is|of)",
    _SHALL, _WILL,
    r"is\s{1,8}effective", r"are\s{1,8}effective", r"be\s{1,8}effective", r"effective\s{1,8}term",
    r"commencement\s{1,8}date", rf"continue{_IN_FORCE}", rf"remain{_IN_FORCE}", rf"be{_IN_FORCE}",
    r"comes?\s{1,8}into\s{1,8}(?:force|effect)", r"take\s{1,8}effect",
    r"for\s{1,8}(?:a|an)\s{1,8}(?:initial\s{1,8})?term\s{1,8}(?:\([^()]{1,40}\)\s{1,8})?of", r"term\s{0,3}:",
    r"termination\s{1,8}date\s{0,3}:", r"expiration\s{1,8}date\s{0,3}:",
    # '"Initial Term" means', 'Term means' (an opening quote, if any, first)
    rf"{_QUOTE}(?:initial\s{{1,8}})?{_MEANS}", rf"initial\s{{1,8}}{_MEANS}", _MEANS,
    # the term under another name: '"Contract Period" shall mean', 'INITIAL DISTRIBUTION PERIOD:'
    rf"{_QUOTE}(?:{'|'.join(_PERIOD_NAMES)}){_PERIOD_TAIL}", *(name + _PERIOD_TAIL for name in _PERIOD_NAMES),
)
TERM_CUE = regex.compile(rf"(?i)(?<![a-z])(?:{'|'.join(TERM_ALTERNATIVES)})")
# Every term-cue match holds one of these words where its test (on the lowered copy) holds: the test is
# what the alternatives holding the word require around it. A keyword window without one holds no
# match and is not searched: most windows ("terms", "determine", "effect" in a sentence about another matter).
TERM_PIVOTS = (
    ("term", r"term(?:\s{1,8}of|[\"\u201d]?\s{1,8}(?:shall|will|is|of|means?)|\s{0,3}:|ination\s{1,8}date\s{0,3}:)"
             r"|(?<=initial\s{1,8})term|(?<=(?:a|an)\s{1,8})term\s{1,8}\([^()]{1,40}\)\s{1,8}of"),
    ("effect", r"(?<=(?:is|are|be)\s{1,8})effective|effective\s{1,8}term|(?<=(?:in|full|into|take)\s{1,8})effect"),
    ("force", r"(?<=(?:in|full|into)\s{1,8})force"),
    ("valid", r"(?<=(?:continue|remain|be)\s{1,8})valid"),
    ("commenc", r"commencement\s{1,8}date"),
    ("expir", r"expiration\s{1,8}date\s{0,3}:"),
    ("period", r"period(?:[\"\u201d]\s|\s{0,3}:)"),
    ("shall", rf"(?<![a-z]){_SHALL}"),
    ("will", rf"(?<![a-z]){_WILL}"),
)


# "valid": "This Agreement shall be valid for five (5) years from ..." (the cue's window around a "Term" heading
# just before it ends at its own match)
TERM_KEYWORDS = ("term", "commenc", "expir", "continu", "remain", "begin", "effect", " end", "conclu", "period\"",
                 "period\u201d", "period:", "into force", "valid")
# Just before a date: the term ends on it.
END_BEFORE = regex.compile(
    r"(?i)(?:until(?:\s{1,8}the\s{1,8}(?:later|earlier)\s{1,8}of\s{0,3}:?\s{0,3}(?:\(\w\))?)?|through|thru|(?<!(?:prior|up|due|subject|pursuant)\s{1,8})to|expir(?:e|es|ing|ation)(?:\s{1,8}(?:on|at))?|end(?:s|ing)?(?:\s{1,8}(?:on|as\s{1,8}of))?|terminat(?:e|es|ing)(?:\s{1,8}on)?"
    r"|conclud(?:e|es|ing)(?:\s{1,8}on)?|expiration\s{1,8}date\s{1,8}(?:of|is|shall\s{1,8}be)|(?:termination|expiration)\s{1,8}date\s{0,3}:|continue\s{1,8}(?:until|through)"
    r"|in\s{1,8}no\s{1,8}event\s{1,8}later\s{1,8}than|last\s{1,8}day\s{1,8}(?:in|of))"
    r"(?:\s{1,8}(?:and\s{1,8})?including)?(?:\s{1,8}(?:midnight|11:59\s{0,2}p\.?m\.?)(?:\s{1,8}\w{1,12}\s{1,8}time)?,?\s{1,8}on)?(?:(?<=:)\s{0,60}|\s{0,3})(?:the\s{1,8})?$"
)
# Just before a date: the term starts on it.
START_BEFORE = regex.compile(
    r"(?i)(?:commenc(?:e|es|ing)|begin(?:s|ning)?|start(?:s|ing)?|effective|from|commencement\s{1,8}date[^.;]{0,30}?\s(?:is|be|means\s{0,3}:?)"
    r"|commencement\s{1,8}date[^.;:]{0,50}:|into\s{1,8}(?:force|effect)|takes?\s{1,8}effect)"
    r"(?:\s{1,8}(?:as\s{1,8}of|on|from|with))?(?:\s{1,8}the\s{1,8}day\s{1,8}of)?(?:(?<=:)\s{0,60}|\s{0,3})(?:the\s{1,8})?$"
)
# Just before a duration: the length of the initial term.
LENGTH_BEFORE = regex.compile(
    r"(?i)(?:(?:for|of)\s{1,8}(?:a|an|the)?\s{0,3}(?:initial\s{1,8})?(?:term|period|duration)\s{1,8}of|for(?:\s{1,8}(?:a\s{1,8}period\s{1,8}of|the|an?))?(?:\s{1,8}(?:entire|full|initial))?"
    r"|until|(?:date|day)\s{1,8}(?:which|that)\s{1,8}is|(?:termination|expiration)\s{1,8}date\s{0,3}:[^.;:]{0,60}?"
    r"|term\s{0,3}:|(?:term|duration|period)\b[^.;]{0,60}?\b(?:is|be|shall\s{1,8}be|will\s{1,8}be|of)(?:\s{1,8}(?:for|a\s{1,8}period\s{1,8}of))?"
    r"|(?:expir|end|terminat|conclud)(?:e|es|s|ing)?\s{1,8}(?:in|on\s{1,8}the\s{1,8}(?:date|day)\s{1,8}(?:(?:which|that)\s{1,8}is\s{1,8})?)?|continue\s{1,8}(?:in\s{1,8}effect\s{1,8})?(?:for\s{1,8})?"
    # "shall expire on the later of (i) five (5) years from the date hereof, or (ii) ..."
    r"|(?:expir|end|terminat|conclud)(?:e|es|s|ing)?\s{1,8}(?:on|at|upon)\s{1,8}the\s{1,8}(?:later|earlier)\s{1,8}(?:to\s{1,8}occur\s{1,8})?of)"
    # an enumerator: "the date that is (x) three (3) years"
    r"(?:\s{0,3}:?\s{0,3}\((?:[a-z]|[ivx]{1,4}|\d)\))?\s{0,12}$"
)
# Just after a duration that is not the term's length (a notice, a survival, a cure period).
NOT_LENGTH_AFTER = regex.compile(
    r"(?i)(?:['\u2019]s?|s['\u2019])?\s{0,3}(?:\)|\s)*(?:period\s{1,8})?(?:prior|before|in\s{1,8}advance|advance|written|notice|after\s{1,8}(?:the\s{1,8})?(?:expiration|termination|receipt|notice|written)"
    r"|following\s{1,8}(?:the\s{1,8})?(?:expiration|termination|receipt|notice)|(?:after|from)\s{1,8}the\s{1,8}(?:date\s{1,8}of\s{1,8})?(?:that\s{1,8}|such\s{1,8})?(?:termination|expiration))"
)
ANNIVERSARY = regex.compile(
    r"(?i)(?P<nth>\w{1,12})(?:\s{0,2}\([^()]{1,8}\))?(?:[\s-]{1,3}years?)?\s{1,8}anniversary\s{1,8}of\s{1,8}(?:the\s{1,8})?"
    r"(?P<anchor>effective\s{1,8}date|date\s{1,8}(?:hereof|of\s{1,8}this\s{1,8}agreement)|this\s{1,8}agreement|execution\s{1,8}date|commencement\s{1,8}date)"
)
# Before a duration: it runs on after the term ("During the Term of this Agreement and for two (2) years").
NOT_LENGTH_BEFORE = regex.compile(
    r"(?i)(?:(?:term|thereafter|hereof|agreement)\s{0,3},?|during\s{1,8}the\s{1,8}term\b[^.;]{0,60})\s{1,8}(?:and|or)\s{1,8}(?:for\s{1,8})?"
    r"(?:a\s{1,8}period\s{1,8}of\s{1,8}|the\s{1,8}|a\s{1,8})?$"
)
# A part of the term ("the first Calendar Year of the Term shall begin ... and end on December 31, 2019").
PART_OF_TERM = regex.compile(
    r"(?:(?i:first|last|final|each)\s{1,8})(?:[A-Z][\w-]*\s{1,8}){1,3}of\s{1,8}(?i:the\s{1,8}term)\b"
)
# A sentence about what survives the agreement: its lengths are not the term's.
SURVIVAL = regex.compile(r"(?i)\bsurviv(?:e|es|al|ing)\b")
# The initial term's own sentence, tried before any other sentence with a term cue.
STRONG_TERM = regex.compile(
    r"(?i)\b(?:initial\s{1,8}term|(?<!of\s{1,8})the\s{1,8}[\"\u201c]?term[\"\u201d]?\s{1,8}(?:of\s{1,8}this\s{1,8}(?:[\w-]{1,20}\s{1,8}){0,2}?)?(?:\([^()]{0,20}\)\s{0,3})?(?:shall|will|is)"
    r"|this\s{1,8}(?:[\w-]{1,20}\s{1,8}){0,2}?(?:agreement|contract)\s{1,8}(?:(?:shall|will)\s{1,8}(?:[\w,]{1,20}\s{1,8}){0,4}?)?"
    r"(?:commence|begin|continue|remain|expire|terminate|become\s{1,8}effective|be\s{1,8}effective|be\s{1,8}valid|take\s{1,8}effect"
    r"|come\s{1,8}into\s{1,8}(?:force|effect)|be\s{1,8}in\s{1,8}(?:full\s{1,8})?(?:force|effect))s?"
    r"|(?:agreement|contract)\s{1,8}(?:shall\s{1,8}be|will\s{1,8}be|is)\s{1,8}(?:for\s{1,8})?(?:a|an)\s{1,8}(?:initial\s{1,8})?(?:term|period)"
    r"|term\s{0,3}:(?=\s))|(?:[\"\u201c]|(?<![\w-]\s{0,3}))(?:initial\s{1,8})?term[\"\u201d]?\s{1,8}(?:shall\s{1,8})?means?"
)
# "shall remain in effect until the end of the current calendar year"
YEAR_END = regex.compile(
    r"(?i)until\s{1,8}the\s{1,8}end\s{1,8}of\s{1,8}(?:the\s{1,8})?(?:current|then\s{1,8}current)\s{1,8}calendar\s{1,8}year"
)
# "itsrenewals" (glued) too; an evergreen clause ("shall automatically continue until terminated") renews
RENEWAL_CUE = regex.compile(
    r"(?i)(?:renew\w{0,6}|extend\w{0,3}|extension|automatically\s{1,8}continue)\b"
)
RENEWAL_KEYWORDS = ("renew", "extend", "extension", "continue")
# A renewal length written without a number: "automatic annual renewals", "from year to year thereafter".
PERIODIC = regex.compile(
    r"(?i)\b(?:(?P<year>annual(?:ly)?|yearly|year[\s-]{1,3}to[\s-]{1,3}year)|(?P<month>monthly|month[\s-]{1,3}to[\s-]{1,3}month))\b"
)
RENEWAL_BEFORE = regex.compile(
    r"(?i)(?:successive|additional|further|renewal|consecutive|another|subsequent|extension|extended|renewed|renew)"
    r"(?:\s{1,8}(?:term|terms|period|periods|of|for|a|an|one|by|each|extended|renewal|like))*\s{0,12}"
    r"(?:\(\w{1,4}\)\s{0,12})?$"
)
NOTICE_AFTER = regex.compile(
    r"(?i)(?:['\u2019]s?|s['\u2019])?\s{0,3}\)?\s{0,3}(?:(?:prior|advance|written|express|advanced)\s{1,8})*(?:notice|prior\s{1,8}to|before|in\s{1,8}advance)"
)
NOTICE_BEFORE = regex.compile(
    r"(?i)(?:at\s{1,8}least|not\s{1,8}less\s{1,8}than|no\s{1,8}less\s{1,8}than|minimum\s{1,8}of|within|giving|upon|with)\s{0,12}$"
)
NOTICE_CONTEXT = regex.compile(
    r"(?i)\b(?:renew\w{0,6}|non-?\s{0,2}renewal|extend\w{0,3}|extension|expir\w{0,6}|end\s{1,8}of\s{1,8}the"
    r"|automatically\s{1,8}continue)\b"
)
ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
CARDINALS = {w: int(v) for w, v in (ln.split() for ln in vocabulary("number_words"))}
ORDINAL_DIGITS = regex.compile(r"(?i)(\d{1,2})(?:st|nd|rd|th)")


def ordinal_value(word: str) -> int | None:
    """'fifth' -> 5, '10th' -> 10, and as in "the five (5) year anniversary": 'five' -> 5, '5' -> 5."""
    m = ORDINAL_DIGITS.fullmatch(word)
    if m:
        return int(m.group(1))
    if word.isdigit():
        return int(word)
    return ORDINALS.get(word.casefold()) or CARDINALS.get(word.casefold())


# A sentence defining another term ('"Calendar Quarter" means ...'): not the initial term's own.
OTHER_DEFINITION = regex.compile(
    r"(?i)[\"\u201c](?!(?:(?:initial\s{1,8})?term|commencement\s{1,8}date|effective\s{1,8}date)[\"\u201d])[^\"\u201c\u201d]{1,40}[\"\u201d]\s{1,8}(?:shall\s{1,8})?means?\b"
)

# The document's effective date as the text defines it.
DEFINED_EFFECTIVE_AFTER = regex.compile(
    r"(?i)\s{0,3},?\s{0,3}\((?:the\s{1,8}|hereinafter\s{1,8})?[\"\u201c\u201d']{1,2}effective\s{0,3}date[\"\u201c\u201d']{1,2}\s{0,3}\)"
)
DEFINED_EFFECTIVE_BEFORE = regex.compile(
    r"(?i)(?:[\"\u201c]effective\s{1,8}date[\"\u201d]\s{1,8}(?:shall\s{1,8})?(?:means?|is|be)\s{1,8}"
    r"|effective\s{1,8}date(?:\s{1,8}of\s{1,8}this\s{1,8}(?:agreement|amendment|contract))?\s{0,40}(?::|is|means?|shall\s{1,8}(?:be|mean))?\s{0,40})"
    r"(?:the\s{1,8})?$"
)
# A sentence about this document before a date ("This Agreement shall be effective as of").
THIS_DOCUMENT_BEFORE = regex.compile(
    r"(?i)\b(?:this\s{1,8}(?:[\w-]{1,20}\s{1,8}){0,2}?(?:agreement|amendment|contract|lease|plan|letter|note|guarant\w{1,2})"
    r"|hereof|hereunder)\b[^.;]{0,120}$"
)
# A date the text defines as the end of the term: '"Expiration Date" means March 31, 2020'.
DEFINED_EXPIRATION_BEFORE = regex.compile(
    r"(?i)[\"\u201c](?:initial\s{1,8})?(?:expiration|termination|end|expiry)\s{1,8}date[\"\u201d]\s{1,8}(?:shall\s{1,8})?(?:means?|is)"
    r"\s{1,8}(?:the\s{1,8})?$"
)

# What "the date hereof" names: the agreement date, not the effective date ("the seventh anniversary of the
# date hereof").
AGREEMENT_ANCHOR = regex.compile(
    r"(?i)(?:the\s{1,8})?(?:date\s{1,8}(?:hereof|of\s{1,8}this\s{1,8}agreement|of\s{1,8}execution)"
    r"|execution\s{1,8}date|this\s{1,8}agreement)\b"
)
# Just before a duration: the term ends at a month's end ("on the last day of the month fifteen (15) years from").
MONTH_END_BEFORE = regex.compile(r"(?i)last\s{1,8}day\s{1,8}of\s{1,8}the\s{1,8}(?:calendar\s{1,8})?month\s{0,3}$")
# A length counted in the contract's own years: "continue for ten (10) Contract Years".
CONTRACT_YEAR_UNIT = regex.compile(r"(?i)(?:contract|lease|license|agreement)\s{1,8}years?\b")
CONTRACT_YEARS = regex.compile(
    r"(?i)(?P<quantity>(?:\d{1,3}|[a-z]{3,9}(?:-[a-z]{3,9})?)(?:\s{0,3}\(\d{1,3}\))?)\s{1,8}(?:contract|lease|license|agreement)\s{1,8}years?\b"
)

# each cue's program for the lowered copy (``cue_matches``)
LOWERED = {GOVERNING_CUE: lowered_program(GOVERNING_CUE), RENEWAL_CUE: lowered_program(RENEWAL_CUE),
           TERM_CUE: first_char_program(r"(?<![a-z])", TERM_ALTERNATIVES)}
# Every governing-cue match holds one of these words where its test holds (each alternative, but for
# "choice of law" and "proper law", opens with its keyword): most keyword windows ("applicable" without
# "law", "government") hold none and are not searched.
GOVERNING_PIVOTS = (
    ("govern", r"govern(?:ed|s)?\b|governed(?=by\b)"), ("constru", r"constru(?:ed|e|ction)\b"),
    ("interpret", r"interpret(?:ed|ation)\b"), ("validity", r"validity\b"), ("controlled", r"controlled\s{1,8}by\b"),
    ("applicable", r"applicable\s{1,8}(?:law|legislation)\b"), ("law", r"(?<=(?:choice\s{1,8}of|proper)\s{1,8})law\b"),
)
PIVOTS = {cue: tuple((word, regex.compile(test)) for word, test in pivots)
          for cue, pivots in ((TERM_CUE, TERM_PIVOTS), (GOVERNING_CUE, GOVERNING_PIVOTS))}
# the keywords of every cue scan of a text (a document's governing law, term and renewal cues), found
# together in its ``ascii_folded`` copy by the first of them (``cue_scan.WordScan``)
CUE_WORDS = cue_scan.word_scan(GOVERNING_KEYWORDS, TERM_KEYWORDS, RENEWAL_KEYWORDS)
GOVERNING_WORDS = cue_scan.word_scan(GOVERNING_KEYWORDS)  # a text only the governing cue reads
