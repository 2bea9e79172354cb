"""The document title read from the words of the head, whatever its line breaks.

The same contract comes as text with its lines and as text whose line breaks were lost
("Exhibit 10.7CONSULTING AGREEMENTAduro Biotech ..."). Both must give one title, so the
title is read from tokens, not lines: a *run* is a stretch of title words (capitalised
words, connectors, numbers, commas) between breakers (sentence ends, quotes, brackets,
lower-case words, the opener "This", "between"); a run is cut where its case style changes
(ALL CAPS against Title Case: "Attachment B to Master Franchise Agreement" /
"GUARANTEES OF MASTER FRANCHISE AGREEMENT"); its leading furniture (an exhibit label, an
execution marker, a confidentiality word) is dropped; a candidate ends at its last kind word
("AGREEMENT", "Amendment No. 2", "... PLAN OF MERGER"). A candidate that follows a lower-case
word, a comma or a quote stands inside a sentence and is no title. The first ALL CAPS
candidate wins, else the first Title Case one. The tokens and the vocabulary that splits glued
words are ``title_words``'.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from ..grammars import find_all, vocabulary
from ..grammars import header as g
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from .title_words import CONNECTORS, Token, Vocabularies, code_tail, split_known, tokens

# a list or article number before a heading: "V LONG-TERM AWARD AGREEMENT"
ROMAN_OPENER = regex.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})|[A-H]")
ROMAN = regex.compile(r"(?i)(?:x{0,2})(?:ix|iv|v?i{0,3})")
LABEL_ID = regex.compile(r"(?i)[a-z]|[ivx]{1,5}|\d.*")
MAX_WORDS = 18
BLOCK_GAP = regex.compile(r"\n|[ \t\xa0]{3}")
YEAR = regex.compile(r"(?:19|20)\d\d")
# marks that may stand inside a title; every other mark ends a run
TITLE_MARKS = {",", "&", "-"}
# words after which a number belongs to the title: "Amendment No. 2", "SECTION 2, PART B"
NUMBERED = frozenset({"section", "article", "part", "paragraph", "schedule", "annex", "appendix", "phase"})


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in vocabulary(name))


@cache
def _kind_words() -> frozenset[str]:
    """The last word of every kind phrase: "agreement", "amendment", "plan", "attorney" ..."""
    return frozenset(phrase.split()[-1].casefold() for phrase, _kind in g.KINDS) - {"restated"}


@cache
def _execution_markers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.casefold().split()) for p in vocabulary("execution_markers"))


@cache
def _marker_phrases_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _marker_phrases():
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _marker_phrases() -> tuple[tuple[str, ...], ...]:
    phrases = [*vocabulary("execution_markers"), *vocabulary("title_noise")]
    return tuple(sorted((tuple(p.casefold().split()) for p in phrases), key=lambda w: (-len(w), w)))


BREAK_WORDS = frozenset(
    {"this", "between", "among", "amongst", "by", "dated", "made", "entered", "effective"}
    | {"we", "you", "our", "your", "they"}  # a sentence begins: "Consent of Independent Auditors / We consent"
)
TAIL_STOPS = frozenset({"amended", "restated", "effective", "dated", "as"})  # "... PLAN FOR DIRECTORS / AMENDED ..."
DESIGNATORS = frozenset({"no.", "no", "number", "#", "n°", "nº"})
NOT_BREAKERS = CONNECTORS | DESIGNATORS  # lower-case words that are title words
UNDER_WORDS = frozenset({"under", "pursuant"})  # "AGREEMENT UNDER THE ... PLAN", "AGREEMENT PURSUANT TO THE ... PLAN"
# a qualifier closing the run after its last kind word: "PLAN OF MERGER", "SEVERANCE AGREEMENT AND GENERAL
# RELEASE", "NON COMPETITION AGREEMENT AND RIGHT OF FIRST OFFER", "Cooperation Agreement on Mobile Game Business"
TAIL_LEADS = frozenset({"of", "for", "and", "on"})


_NOT_LETTERS = {c: None for c in range(128) if not chr(c).isalpha()}  # str.translate: drop them


def _is_abbreviation(t: Token) -> bool:
    base = t.bare
    return len(base) == 1 or base in g.ABBREVIATIONS or "." in base


def _style(t: Token) -> str:
    """caps | title | neutral (connectors, numbers, acronyms, single letters)."""
    if t.kind != "word" or t.low in CONNECTORS:
        return "neutral"
    if t.text.isascii():  # the same tests on the letters as one string: every ASCII letter is cased
        word = t.text.translate(_NOT_LETTERS)
        if len(word) <= 4 and word.isupper() and t.bare not in _kind_words():
            return "neutral"
        if word.isupper():
            return "caps"
        return "title" if word[0].isupper() else "lower"
    letters = [c for c in t.text if c.isalpha()]
    if len(letters) <= 4 and all(c.isupper() for c in letters) and t.bare not in _kind_words():
        return "neutral"  # an acronym ("IBM", "AT&T"); a short kind word ("PLAN") keeps its case
    if all(c.isupper() for c in letters):
        return "caps"
    return "title" if letters[0].isupper() else "lower"


def _title_word(t: Token) -> bool:
    if t.kind == "num":
        return True
    if t.kind == "mark":
        return t.text in TITLE_MARKS or t.text in DESIGNATORS
    if t.bare in BREAK_WORDS:
        return False
    if t.low in CONNECTORS or t.low in DESIGNATORS:
        return True
    first = t.text[0]
    return first.isupper() or (len(t.text) > 3 and t.text[1] == "-" and t.text[2:].islower())  # "e-business"


def _runs(toks: list[Token]) -> list[tuple[int, int]]:
    """[i, j) index ranges of title runs; a word with a sentence-ending dot closes its run."""
    runs: list[tuple[int, int]] = []
    i = None
    for k, t in enumerate(toks):
        if _title_word(t):
            if i is None:
                i = k
            if t.kind == "word" and t.text.endswith(".") and not _is_abbreviation(t):
                runs.append((i, k + 1))
                i = None
            continue
        if i is not None:
            runs.append((i, k))
            i = None
    if i is not None:
        runs.append((i, len(toks)))
    return runs


def _split_styles(toks: list[Token], i: int, j: int) -> list[tuple[int, int]]:
    """Cut a run where ALL CAPS words meet Title Case words (neutral words go with what follows)."""
    out: list[tuple[int, int]] = []
    start, style, last_styled = i, None, i
    for k in range(i, j):
        s = _style(toks[k])
        if s in ("caps", "title"):
            if style is not None and s != style:
                cut = last_styled + 1
                out.append((start, cut))
                start = cut
            style, last_styled = s, k
    out.append((start, j))
    return out


def _opens(toks: list[Token], i: int, j: int) -> bool:
    """The token may open a title: a word (not a connector), or a year before one ("2003 EMPLOYEE STOCK PLAN")
    that does not end a date ("December 27, 2018 ORDERLY MARKETING AGREEMENT")."""
    t = toks[i]
    if t.kind == "num" and i > 0 and toks[i - 1].text == ",":
        return False
    if code_tail(toks, i):
        return False  # "REG. S‐K / SERVICES AGREEMENT": the letter ends a code on the line above
    if t.kind == "word":
        numbered = ROMAN_OPENER.fullmatch(t.text) and i + 1 < j and toks[i + 1].kind == "word"
        return t.low not in CONNECTORS and not numbered
    return t.kind == "num" and bool(YEAR.fullmatch(t.text)) and i + 1 < j and toks[i + 1].kind == "word"


def _skip_furniture(toks: list[Token], i: int, j: int) -> int:
    """Past an exhibit label ("EXHIBIT 10.13", "Exhibit D"), markers and noise words at the start."""
    changed = True
    while changed and i < j:
        changed = False
        if _label_at(toks, i, j):
            i += 2
            changed = True
            continue
        for phrase in _marker_phrases_by_first().get(toks[i].bare, ()):
            n = len(phrase)
            if i + n <= j and tuple(t.bare for t in toks[i : i + n]) == phrase:
                i += n
                changed = True
                break
        while i < j and not _opens(toks, i, j) and toks[i].text not in DESIGNATORS:
            i += 1
            changed = True
    return i


def _end_at_kind(toks: list[Token], i: int, j: int) -> int | None:
    """End of the candidate: after its last kind word, with a designator ("No. 2", "II") or an
    "of" tail ("PLAN OF MERGER") that closes the run. A repeated title ("SERVICES AGREEMENT
    SERVICES AGREEMENT") ends at its first kind word."""
    kinds = [k for k in range(i, j) if toks[k].kind == "word" and toks[k].bare in _kind_words()]
    if not kinds:
        return None
    # an award made under a plan ("RESTRICTED STOCK UNITS AGREEMENT / UNDER THE ... / 2012 STOCK AWARD AND
    # INCENTIVE PLAN"): the agreement is the document, the plan only what it is made under
    under = next((k for k in kinds if toks[k].bare == "agreement" and k + 1 < j and toks[k + 1].bare in UNDER_WORDS
                  and any(toks[x].bare == "plan" for x in kinds if x > k)), None)
    if under is not None:
        kinds = [x for x in kinds if x <= under]
    for k in kinds:
        if k + 1 < j and toks[k + 1].kind == "word" and toks[k + 1].bare in (toks[i].bare, toks[k].bare):
            kinds = [x for x in kinds if x <= k]
            break
    end = kinds[-1] + 1
    if end < j and (toks[end].low in DESIGNATORS or toks[end].text in DESIGNATORS):
        if end + 1 < j and toks[end + 1].kind in ("num", "word"):
            return end + 2
    if end < j and toks[end].kind == "word" and ROMAN.fullmatch(toks[end].text) and toks[end].text.isupper():
        return end + 1
    if end < j and toks[end].low in TAIL_LEADS and j - end <= 7 and _style(toks[j - 1]) != "lower":
        stop = next((k for k in range(end, j) if toks[k].bare in TAIL_STOPS), j)
        return stop if stop > end + 1 else end
    return end


def _prev_ok(text: str, toks: list[Token], i: int) -> bool:
    """A title opens a block: nothing mid-sentence (a lower-case word, a comma, a quote) before it,
    unless a line break or a wide gap stands between."""
    if i == 0:
        return True
    p = toks[i - 1]
    if BLOCK_GAP.search(text, p.end, toks[i].start):
        return True
    if p.kind == "word":
        if p.text.endswith(".") and not _is_abbreviation(p):
            return True  # a sentence ended
        return p.bare not in ("this", "the") and not p.text[0].islower()
    if p.text in ('"', "'"):  # a straight quote opens a quotation when it leans on the title
        opening = i < 2 or p.space_before or toks[i - 2].text in ("(", "[")
        return toks[i].space_before or not opening
    return p.text not in {",", "\u201c", "\u2018", "(", "-", "/"}


def _spaced_glue(a: Token, b: Token) -> bool:
    """Write a space where two words were glued, unless both are plain Title Case parts of one
    name ("TeamShare"): the lost line break sat beside a kind word, a connector or a CAPS word."""
    if not b.glued:
        return False
    if a.text.isupper() or b.text.isupper() or not a.text[:1].isupper():
        return True
    return any(t.bare in _kind_words() or t.low in CONNECTORS or t.bare in MARKER_WORDS for t in (a, b))


MARKER_WORDS = frozenset({"version", "copy", "execution", "form", "exhibit"})


def _join(toks: list[Token], i: int, j: int) -> str:
    parts: list[str] = []
    for k in range(i, j):
        t = toks[k]
        after_number = t.kind == "word" and toks[k - 1].kind == "num"
        if k > i and (t.space_before or _spaced_glue(toks[k - 1], t) or after_number):
            parts.append(" ")
        parts.append(t.text)
    return "".join(parts).strip(" .,:-")


@dataclass(frozen=True)
class TitleRun:
    start: int
    end: int
    title: str
    caps: bool
    after_number: bool = False  # cut after a code, an address or a contents line: never a heading


def _label_at(toks: list[Token], k: int, j: int) -> bool:
    """An exhibit label ("EXHIBIT 10.13", "Exhibit D") starts at k."""
    return toks[k].bare in ("exhibit", "ex") and k + 1 < j and bool(LABEL_ID.fullmatch(toks[k + 1].text.rstrip(".")))


def _split_labels(toks: list[Token], i: int, j: int) -> list[tuple[int, int]]:
    """A label inside a run starts a new one: "DISTRIBUTOR AGREEMENT EXHIBIT 10.2 EXCLUSIVE ..."."""
    cuts = [k for k in range(i + 1, j) if _label_at(toks, k, j)]
    bounds = [i, *cuts, j]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _after_legend(toks: list[Token], i: int, end: int) -> int:
    """Start after a legend or an execution marker that runs into the title without a full stop:
    "... SEPARATELY FILED WITH THE SECURITIES AND EXCHANGE COMMISSION EXECUTION VERSION AMENDMENT NO. 1"."""
    legend = [k for k in range(i, end) if toks[k].bare in _words("title_legend_words")]
    start = legend[-1] + 1 if len(legend) >= 2 else i
    for k in range(start, end):
        for phrase in _execution_markers():
            n = len(phrase)
            if k + n <= end and tuple(t.bare for t in toks[k : k + n]) == phrase:
                start = k + n
                break
    return start if start < end else i


def _block_after(text: str | None, toks: list[Token], k: int, end: int) -> bool:
    """A line break or a wide gap stands before token k: the names above it are a block of their own
    ("PACIRA PHARMACEUTICALS, INC. / and / EKR THERAPEUTICS, INC.        AMENDED AND RESTATED ...")."""
    return text is not None and 0 < k < end and bool(BLOCK_GAP.search(text, toks[k - 1].end, toks[k].start))


def _after_names(toks: list[Token], i: int, end: int, text: str | None = None) -> int:
    """Start after a company name or a date printed before the title: "MOVADO GROUP, INC.
    ENDORSEMENT AGREEMENT", "OCTOBER 15, 2009 PACIRA ... INC. and EKR ... INC. AMENDED AND ..."."""
    start = i
    names = 0
    for k in range(i, end - 1):
        t = toks[k]
        nxt = toks[k + 1]
        if t.low in ("to", "of", "for"):
            break  # "AMENDMENT NO. 2 TO STREMICK'S HERITAGE FOODS, LLC AND ... AGREEMENT": a name inside the title
        business_form = t.bare == "limited" and nxt.bare in ("partnership", "liability")  # "LIMITED PARTNERSHIP"
        company = t.bare == "company" and nxt.bare not in _kind_words()  # not "LIMITED LIABILITY COMPANY AGREEMENT"
        if t.kind == "word" and (t.bare in _suffixes() or company) and not business_form:
            names += 1
            start = k + 1
        elif t.kind == "num" and YEAR.fullmatch(t.text) and k > i and toks[k - 1].text == ",":
            start = k + 1  # a date: "OCTOBER 15, 2009"
    if names >= 2 and any(t.low == "and" for t in toks[i:start]) and not _block_after(text, toks, start, end):
        return i  # a title naming both parties: "X FOODS, LLC AND Y CORPORATION MANUFACTURING AGREEMENT"
    while start < end and not _opens(toks, start, end):
        start += 1
    return start if start < end else i


@cache
def _suffixes() -> frozenset[str]:
    words = {ln.split("|")[0].casefold().rstrip(".") for ln in vocabulary("entity_suffixes")}
    return frozenset(w for w in words if " " not in w and w not in ("company", "trust", "bank"))


def _after_numbers(toks: list[Token], i: int, end: int) -> int:
    """Start after the last number that is not a title's ("No. 2", "SECTION 2"): what comes before it
    is a code, an address or a table of contents ("JSXCS1200166CC000 Cooperation Agreement")."""
    start = i
    for k in range(i, end):
        if toks[k].kind != "num":
            continue
        before = toks[k - 1] if k > i else None
        if before is None and _opens(toks, k, end):
            continue  # a year opens the title
        numbered = before is not None and (before.bare in NUMBERED or before.bare in _kind_words())  # AMENDMENT 1
        if before is None or not (before.low in DESIGNATORS or before.text in DESIGNATORS or numbered):
            start = k + 1
    while start < end and not _opens(toks, start, end):
        start += 1
    return start


def _label_line(toks: list[Token], end: int) -> bool:
    """ "Contract No.: JS1200", "NOTE:", "Agreement Number:": a label with its value, not a title."""
    k = end
    if k < len(toks) and (toks[k].low in DESIGNATORS or toks[k].text in DESIGNATORS):
        k += 1
    return k < len(toks) and toks[k].text == ":"


def _first_copy(toks: list[Token], i: int, end: int) -> int:
    """A title printed twice in one run ("X AGREEMENT Bank of ... X AGREEMENT") ends after its first copy."""
    words = [t.bare for t in toks[i:end]]
    for k in range(i + 1, end):
        if toks[k - 1].bare in _kind_words() and toks[k - 1].kind == "word":
            head = [t.bare for t in toks[i:k]]
            n = len(head)
            for a in range(k - i, len(words) - n + 1):
                if words[a : a + n] == head:
                    return k
    return end


def candidates(text: str, lo: int, hi: int, split_glued: bool = True) -> list[TitleRun]:
    """Title candidates of text[lo:hi] in order; ``split_glued`` splits glued ALL CAPS words into
    words the document writes elsewhere. Only the stretches around a kind word are read (``_kind_windows``)."""
    out: list[TitleRun] = []
    words = Vocabularies(text)  # one for every stretch: read once, when a glued word first asks
    for a, b in _kind_windows(text, lo, hi):
        toks = tokens(text, a, b)
        out += _candidates(text, split_known(toks, text, words) if split_glued else toks)
    return out


# A word of lower-case ASCII letters that is no connector nor designator, after a blank or a mark no
# token takes in (an opening bracket or quote, a comma, a semicolon, a colon) and before a blank or such
# a mark: one token that is no title word, so no run holds it or crosses it, whatever stands around it.
BREAKER_PATTERN = r"(?<![^\s(\[\"\u201c,;:])[a-z]++(?=[\s)\]\"\u201d,;:]|$)"
# ... run by the standard library's engine (~2x faster at this scan of every lower-case word of the head),
# its blank written as the regex module's \s (White_Space: not U+001C..U+001F, which str.isspace takes)
_WS = "\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
BREAKER = re.compile(rf"(?<![^{_WS}(\[\"\u201c,;:])[a-z]++(?=[{_WS})\]\"\u201d,;:]|$)")
# A contents line's dot leader ("DEFINITIONS ........ 1"): every dot after its first is a mark token of
# its own (the first may end a word, "DEFINITIONS."), no title word, so a breaker too.
LEADER = regex.compile(r"\.{3,}")


def _kind_windows(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Stretches of text[lo:hi], in order, that hold every run with a kind word: from the breaker before
    a kind word (else ``lo``) to the breaker after it (else ``hi``), overlapping ones joined. Tokens read
    from a breaker on are the tokens read from ``lo`` (no token holds a blank), and a run's neighbours
    that the candidates look at (the token before it, the two after it) lie inside. The whole stretch
    where a token may case-fold otherwise than it lower-cases ("\ufb01", "\u00df"), or lower-casing
    moves positions."""
    head = text[lo:hi]
    low = head.lower()
    if len(low) != len(head) or (not head.isascii() and head.casefold() != low):
        return [(lo, hi)] if hi > lo else []
    starts = sorted(lo + k for w in _kind_words() for k in find_all(low, w))
    if not starts:
        return []
    breaks = [m.span() for m in BREAKER.finditer(text, lo, hi) if m.group() not in NOT_BREAKERS]
    breaks = sorted(breaks + [(m.start() + 1, m.end()) for m in LEADER.finditer(text, lo, hi)])
    ends = [e for _, e in breaks]
    out: list[tuple[int, int]] = []
    for q in starts:
        k = bisect_right(ends, q) - 1  # the last breaker ending at or before q
        a = breaks[k][0] if k >= 0 else lo
        n = bisect_left(breaks, (q + 1,))  # the first breaker starting after q
        b = breaks[n][1] if n < len(breaks) else hi
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _candidates(text: str, toks: list[Token]) -> list[TitleRun]:
    out: list[TitleRun] = []
    kinds = _kind_words()
    for i0, j0 in _runs(toks):
        if not any(t.kind == "word" and t.bare in kinds for t in toks[i0:j0]):
            continue  # every candidate ends at a kind word of its run (_end_at_kind): none here
        for i_l, j_l in _split_labels(toks, i0, j0):
            first = _skip_furniture(toks, i_l, j_l)
            for i1, j in _split_styles(toks, first, j_l):
                i = _skip_furniture(toks, i1, j)
                if i >= j:
                    continue
                end = _end_at_kind(toks, i, j)
                while end is not None and _label_line(toks, end):
                    end = _end_at_kind(toks, i, end - 1)  # the title before the label
                if end is None:
                    continue
                # the run may open after a furniture word of its own run ("EXHIBIT 10.1 SUPPLY ...")
                if i == i0 and not _prev_ok(text, toks, i):
                    continue
                i = _after_names(toks, _after_legend(toks, i, end), end, text)
                end = _first_copy(toks, i, end)
                cut = _after_numbers(toks, i, end)
                if cut >= end:
                    continue
                weak, i = cut > i, cut
                words = [t for t in toks[i:end] if t.kind == "word"]
                if not words or len(words) > MAX_WORDS:
                    continue
                caps = any(_style(t) == "caps" for t in words) and not any(_style(t) == "title" for t in words)
                out.append(TitleRun(toks[i].start, toks[end - 1].end, _join(toks, i, end), caps, weak))
    return out


def preamble_name(text: str, start: int) -> list[str]:
    """The name the preamble gives the document: "THIS ORDERLY MARKETING AGREEMENT (the ..." ->
    ["orderly", "marketing", "agreement"]; empty when it says only "This Agreement"."""
    # the words read below: "THIS", at most MAX_WORDS - 1 title words, and the token after them
    toks = tokens(text, start, min(len(text), start + 300), MAX_WORDS + 1)
    if not toks or toks[0].bare != "this":
        return []
    j = 1
    while j < len(toks) and _title_word(toks[j]) and j < MAX_WORDS:
        j += 1
    end = _end_at_kind(toks, 1, j)
    return [t.bare for t in toks[1:end] if t.kind == "word"] if end else []


def _words_of(run: TitleRun) -> list[str]:
    return [w.casefold().rstrip(".") for w in TITLE_WORDS.findall(run.title)]


TITLE_WORDS = regex.compile(r"[^\W\d_][\w'\u2019&.\-/]*")


def best_title(
    text: str, lo: int, hi: int, name: list[str] | None = None, before: int | None = None
) -> TitleRun | None:
    """The title among the candidates of text[lo:hi]: the one the preamble names ("THIS ORDERLY
    MARKETING AGREEMENT"), else the one heading the preamble (ending within HEADING_GAP characters
    before ``before``), else the first."""
    found = candidates(text, lo, hi)
    if not found:
        return None
    if name and len(name) > 1:
        same = [c for c in found if _words_of(c) == name]
        if same:
            return same[0]
        tail = [c for c in found if _words_of(c)[-len(name) :] == name and len(_words_of(c)) - len(name) <= 2]
        if tail:
            return tail[0]
    if before is not None:
        heading = [
            c for c in found if c.end <= before and not c.after_number and not text[c.end : before].strip(" \t\r\n\xa0")
        ]
        if heading:
            return heading[-1]
    first = found[0]
    if PLACEMENT.match(first.title) and len(found) > 1 and not text[first.end : found[1].start].strip(" \t\r\n\xa0"):
        return found[1]  # "Attachment B to Master Franchise Agreement" / "GUARANTEES OF ..."
    return first


# where an attachment sits, printed above its own title
PLACEMENT = regex.compile(r"(?i)(?:attachment|exhibit|schedule|annex|appendix)\s+\S{1,6}\s+to\s")
