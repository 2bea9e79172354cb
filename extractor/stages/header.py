"""Stage 5: the document header: title, kind, amendment facts, and where the preamble is.

The preamble is the opening sentence that names the parties ("This Agreement ...
by and between X ... and Y ..."). The title is the run of capitalised title
pieces just before it (joined across lines and wide gaps when they are linked:
"AMENDMENT NO. 1" / "TO" / "AMENDED AND RESTATED ... AGREEMENT II"); a glued
title ("SPONSORSHIP AGREEMENTThis Sponsorship Agreement") is cut at the opener.
All positions on ``Header`` that end in ``_view`` index ``layout.view.text``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..grammars import dates as gd
from ..grammars import finditer_at
from ..grammars import header as g
from ..grammars import parties as g_parties
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from .layout import Layout
from .title_runs import best_title, preamble_name

SEARCH_CHARS = 30000  # the preamble sits in the first pages (a table of contents may come first)
FALLBACK_CHARS = 6000  # a party list without an opener ("This Agreement") must come early
OPENER_BACK = 700  # how far before the intro the opener ("This Agreement ...") may stand
LIST_CHARS = 3000  # longest party list
HEAD_CHARS = 1500  # how far before the preamble the title may stand
MAX_PIECE = 160
HEADING_CHARS = 40
ALIAS_AFTER_END = 300
AND_WORD = regex.compile(r"(?i)(?<![\w])and(?![\w])")
AND_COLON = regex.compile(r"(?<![A-Z])AND\s{0,3}:")  # "of one part AND:", "of one partAND:" (glued)
HEADING_NOT = regex.compile(r"[,()\"\u201c\u201d]|\band\b", regex.IGNORECASE)
TITLE_CHARS = 4000  # the title is read from the words of the head, up to the party list or this far
TITLE_MIN_CHARS = 600  # ... but never less: a title glued to the party list ("AGREEMENTAduro Biotech ...")
TOKEN_START = regex.compile(r"(?<=[\s\xa0)\]])(?=\S)|(?<=[a-z0-9])(?=[A-Z]{2})")
NOT_TITLE = regex.compile(
    r"(?i)confidential|omitted|redacted|table of contents|page\s\d|\bex(?:hibit)?\.?\s?\d|\bexhibit\s[A-Z]|:"
)
GLUED_WORD = regex.compile(r"[A-Z]?[a-z]+[A-Z]{2}")
TITLE_DATED = regex.compile(r"(?:dated|Dated|DATED)(?![a-z])")
QUOTED_ALIAS = regex.compile(r"[\"\u201c][^\"\u201d]{1,60}[\"\u201d]")
TITLE_WORD = regex.compile(r"[A-Za-z][\w'&.-]*")
GAP_OR_BRACKET = regex.compile(r"[ \t\xa0]{3,}|\]")
LEADING_THE = regex.compile(r"(?i)^(?:the|that certain)\s+")
TO_TITLE = regex.compile(r"(?i)\bto\s+(?:the\s+)?(.{3,140})$")
EXHIBIT_LABEL = regex.compile(r"(?i)^\s*ex(?:hibit)?\.?\s*\d{1,3}(?:\.\d{1,3})?(?:\([a-z0-9]{1,3}\))?\s*")
PREAMBLE_VERB = regex.compile(r"(?i)\b(?:made|entered|executed|dated|effective|is\s{1,3}by)\b")
# "This Agreement shall be subject to ...", "This Plan may be amended ...": a clause of the body
BODY_CLAUSE = regex.compile(r"\s{1,3}\w{1,30}(?:\s{1,3}\w{1,30})?\s{1,3}(?:shall|may|has\s{1,3}been|constitutes)(?!\w)")
# "nothing herein shall be construed as establishing ... a relationship between X and Y": a clause of the body
NOT_A_LIST = regex.compile(r"(?<!\w)(?:construed|deemed)(?!\w)")
AMENDED_REF = regex.compile(
    r"(?:that\s{1,3}certain|the|to|under|of)\s{1,3}(?P<title>(?:[A-Z][\w&'\u2019.-]{0,30}\s{1,3}"
    r"|(?:and|of|to|for|the|on|in)\s{1,3}){0,14}?(?:Agreement|AGREEMENT|Lease|LEASE|Plan|PLAN|Contract|CONTRACT"
    r"|Note|NOTE|License|LICENSE)(?:\s{1,3}(?:[IVX]{1,4}|No\.\s?\d{1,3}))?)\s{0,3}(?:\([^()]{0,80}\)\s{0,3})?,?"
    r"\s{0,3}(?:dated|effective|made|entered\s{1,3}into)(?:\s{1,3}(?:as\s{1,3}of|on))?\s{0,3}"
)


@dataclass(frozen=True)
class Header:
    title: str | None = None
    kind: str | None = None
    amendment_number: str | None = None
    amended_agreement: str | None = None
    amended_agreement_date: str | None = None
    execution_marker: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    preamble_start_view: int | None = None
    preamble_end_view: int | None = None
    list_start_view: int | None = None  # where the party list begins (after "between")
    amended_date_view: tuple[int, int] | None = None


def sentence_end(text: str, start: int, limit: int) -> int:
    """End of the party list: a sentence end, a recital heading, or a paragraph break outside a list."""
    stop = limit
    m = g.SENTENCE_END.search(text, start, limit)
    if m is not None and g_parties.ALIAS_PAREN.search(text, start, m.end()) is None and not AND_WORD.search(
        text, start, m.end()
    ):
        # one party so far, no alias yet, and one just after: a dot in the address ("939 - Edif. Castello
        # Branco ... Hereafter referred to as the "Company" or "AZUL", ... AND: ...")
        window = min(limit, m.end() + ALIAS_AFTER_END)
        alias = (
            g_parties.ALIAS_PAREN.search(text, m.end(), window)
            or g_parties.ALIAS_REFERRED.search(text, m.end(), window)
            or g.ONE_PART.search(text, m.end(), window)  # "Port Vila. Vanuatu ('the Manufacturer') of one part AND:"
        )
        # "... Port Vila. Vanuatu ('the Manufacturer') of one part AND: AGAPE ATP ...": the next party
        alias = alias or AND_COLON.search(text, m.end(), window)
        if alias is not None:
            m = g.SENTENCE_END.search(text, alias.end(), limit)
    if m is not None:
        stop = m.end()
    p = g.PREAMBLE_STOP.search(text, start, stop)
    if p is not None:
        stop = p.start()
    for b in g.BLANK_LINE.finditer(text, start, stop):
        before = text[start : b.start()].rstrip()
        after = text[b.end() : b.end() + 200].lstrip()[:40]
        if not before or before.endswith((":", ",", ";")) or g.ENDS_WITH_AND.search(before[-12:]):
            continue
        if after.lstrip("- ").startswith(("(", "AND", "and", "And")) or (after[:1].islower()):
            continue
        if g_parties.DETAIL_LABEL.match(after):
            continue  # "PPG Paints ... ("PPG Shanghai")" / blank line / "Address    :   Suite 2512": its details
        if g_parties.ALIAS_REFERRED.match(after):
            continue  # "... 0001-60." / blank line / "Hereafter referred to as the "Company""
        if g.ENDS_WITH_ARTICLE_WORD.search(before[-40:]) and g_parties.TYPE_START.match(after):
            continue  # "a BVI" / blank line / "Corporation, with offices at ...": one descriptor
        heading = len(before) <= HEADING_CHARS and not HEADING_NOT.search(before)
        if heading and not g_parties.SUFFIX_AT_END.search(before):
            continue  # "by and between:" / "Parties to this agreement" / blank line: a heading, no party yet
        return b.start()
    return stop


def intro_matches(text: str, limit: int) -> Iterator[regex.Match[str]]:
    """``g.INTRO.finditer(text, 0, limit)``, tried only at the caseless first words of its matches."""
    if text.find("\u017f", 0, limit) >= 0 or text.find("\u0130", 0, limit) >= 0:
        # lowered() would refuse the head: no position-exact lower-cased copy, the regex module's scan
        yield from g.INTRO.finditer(text, 0, limit)
        return
    yield from finditer_at(g.INTRO, text, (k for k in intro_starts(text, limit) if _may_open(text, k, limit)), 0, limit)


def _may_open(text: str, k: int, limit: int) -> bool:
    """INTRO may match at k: at "by" (the most frequent first word: "hereby", "signed by") only as
    "by and between" / "by and among", so an "and" must follow within three blanks."""
    return text[k : k + 2].lower() != "by" or "and" in text[k + 2 : min(k + 8, limit)].lower()


INTRO_WINDOW = 2000
_LONGEST_FIRST_WORD = max(map(len, g.INTRO_FIRST_WORDS))


def intro_starts(text: str, limit: int) -> Iterator[int]:
    """Every position below ``limit`` where a first word of INTRO starts in the lower-cased text (with
    no U+017F or U+0130 there, so each window's ``lower()`` is position-exact), in order. Found window
    by window with bounded ``str.find`` calls, each window lower-cased as it is reached: the preamble
    mostly comes early, and the scan stops with it (lower-casing the whole head cost ~0.05 s)."""
    for lo in range(0, limit, INTRO_WINDOW):
        hi = min(lo + INTRO_WINDOW, limit)
        low = text[lo : min(hi + _LONGEST_FIRST_WORD - 1, limit)].lower()
        found: list[int] = []
        for w in g.INTRO_FIRST_WORDS:
            end = min(hi + len(w) - 1, limit) - lo  # the words starting in the window, ending before limit
            k = low.find(w, 0, end)
            while k >= 0:
                found.append(lo + k)
                k = low.find(w, k + 1, end)
        yield from sorted(found)


# a form's first party left blank, its alias standing alone: 'between ("Employee") and Lante Corporation'
BLANK_PARTY = regex.compile(r"\(\s{0,2}[\"\u201c][A-Z][\w -]{1,30}[\"\u201d]\s{0,2}\)\s{0,3},?\s{0,3}and\s")


def find_preamble(text: str) -> tuple[int, int, int] | None:
    """(sentence start, party list start, end) of the preamble in the view text, or None."""
    limit = min(len(text), SEARCH_CHARS)
    fallback = None
    for m in intro_matches(text, limit):
        after = text[m.end() : m.end() + 200].lstrip(" \t\r\n\xa0:,")
        if not after or not (
            after[0].isupper() or after[0].isdigit() or after[:3].islower() and "." in after[:30]
        ):
            if not after[:1].isalpha() and BLANK_PARTY.match(after) is None:
                continue  # not 'between ("Employee") and Lante Corporation': a form's party left blank
        back = max(0, m.start() - OPENER_BACK)
        openers = list(g.OPENER.finditer(text, back, m.start()))
        if openers and BODY_CLAUSE.match(text, openers[-1].end()):
            continue  # "This Agreement shall be subject to ... between ...": a clause of the body
        end = sentence_end(text, m.end(), min(len(text), m.end() + LIST_CHARS))
        quoted = QUOTED_ALIAS.search(text[m.end() : end]) is not None
        if openers:
            start = openers[-1].start()
            lead = text[start : m.start()]
            # near the top, the intro's own verb counts: "This ... Agreement (Agreement) is entered into by"
            verb = PREAMBLE_VERB.search(lead) or m.start() < FALLBACK_CHARS and PREAMBLE_VERB.search(m.group())
            if quoted or (verb and g.KIND_RE.search(lead)):
                return start, m.end(), end
        aliased = g_parties.ALIAS_PAREN.search(text, m.end(), end) or g_parties.ALIAS_REFERRED.search(
            text, m.end(), end
        )
        if aliased and fallback is None and m.start() < FALLBACK_CHARS:
            start = _line_start(text, m.start())
            if NOT_A_LIST.search(text, start, m.start()):
                continue  # "nothing herein shall be construed as ... between SDBF and Sponsor": a clause
            fallback = (start, m.end(), end)
    return fallback or _parties_first(text)


# "Ladies and Gentlemen:", "Dear Sirs:": a letter agreement's parties follow its salutation
# line breaks lost: the title or heading glued to the paragraph after it ("JOINT VENTURE AGREEMENTCollectible
# Concepts", "PREAMBLEJSC NOC KazakhOil")
GLUED_KIND = regex.compile(r"(?:AGREEMENT|CONTRACT|AMENDMENT)(?=[A-Z][a-z])|PREAMBLE(?=[A-Z])")
SALUTATION = regex.compile(r"(?:Gentlemen|Sirs|Madams?|Mesdames)\s{0,3}:\s*+")


def _parties_first(text: str) -> tuple[int, int, int] | None:
    """A paragraph that opens with the parties: 'X ("Aduro") and Y ("Consultant") agree to ...'."""
    limit = min(len(text), FALLBACK_CHARS)
    starts = [0] + [b.end() for b in g.BLANK_LINE.finditer(text, 0, limit)]
    starts += [m.end() for m in SALUTATION.finditer(text, 0, limit)]
    starts = sorted(starts + [m.end() for m in GLUED_KIND.finditer(text, 0, limit)])
    verbs = _VerbSearch(text)
    for ps in starts:
        while ps < limit and text[ps] in " \t\r\n\xa0":
            ps += 1
        if ps >= limit or not text[ps].isupper():
            continue
        verb = verbs.first(ps, min(len(text), ps + LIST_CHARS // 2))
        if verb is None or g.BLANK_LINE.search(text, ps, verb.start()):
            continue
        # line breaks lost: the paragraph opens after a letter's salutation or a glued title
        for head in (SALUTATION, GLUED_KIND):
            for m in head.finditer(text, ps, verb.start()):
                ps = m.end()
        # 'X ("Aduro") and Y ("Consultant")', 'X, hereinafter referred to as the "Company", ... and Y, ...'
        aliases = len(list(g_parties.ALIAS_PAREN.finditer(text, ps, verb.start())))
        aliases += sum(  # a name's alias is capitalised: not '(hereinafter referred to as the "order")'
            text[r.end() + 1 : r.end() + 2].isupper() for r in g_parties.ALIAS_REFERRED.finditer(text, ps, verb.start())
        )
        if aliases >= 2:
            return ps, ps, verb.start()
    return None


VERB_REACH = 64  # longer than any AGREE_VERB match with the character after it that its \b reads


class _VerbSearch:
    """``AGREE_VERB.search(text, pos, end)`` for positions and ends that never decrease (the paragraph
    starts of one head), answered from the last search where it can: the positions that search tried
    more than VERB_REACH before its end saw all the text a match there reads, so they are not tried
    again (paragraph windows overlap by most of their 1500 characters)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: regex.Match[str] | None = None
        self.sure = -1  # below here (from the last search's position on), the last search's answer is final

    def first(self, pos: int, end: int) -> regex.Match[str] | None:
        found = self.found
        if found is not None and pos <= found.start() and found.end() <= self.sure:
            return found  # no match between pos and it, and it reads nothing the last window cut off
        start = max(pos, self.sure) if found is None else pos  # none before self.sure
        self.found = g_parties.AGREE_VERB.search(self.text, start, end)
        self.sure = end - VERB_REACH
        return self.found


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _piece_spans(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Title pieces between lo and hi, in order (lazily: a caller may stop at the first it wants),
    split at line breaks and wide gaps, blanks stripped."""
    cur = lo
    for m in g.WIDE_GAP.finditer(text, lo, hi):
        yield from _stripped(text, cur, m.start())
        cur = m.end()
    yield from _stripped(text, cur, hi)


def _stripped(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    seg = text[s:e]
    s2, e2 = s + len(seg) - len(seg.lstrip()), s + len(seg.rstrip())
    if e2 > s2:
        yield s2, e2


def _pieces(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """Title pieces between lo and hi: (start, end, blank line after), split at line breaks and wide gaps."""
    res = list(_piece_spans(text, lo, hi))
    # a piece "blank after" when a blank line separates it from the next one
    return [
        (s, e, text[e : (res[i + 1][0] if i + 1 < len(res) else hi)].count("\n") >= 2)
        for i, (s, e) in enumerate(res)
    ]


@lru_cache(maxsize=1024)  # _title_before asks up to three times of one piece
def _title_ish(piece: str) -> bool:
    if len(piece) > MAX_PIECE or g.OPENER.match(piece.lstrip()):
        return False  # too long, or the preamble itself ("This Agreement ...")
    words = TITLE_WORD.findall(piece)
    if not words or g.EXECUTION_MARKER.fullmatch(piece.strip(" .")):
        return False
    if NOT_TITLE.search(piece):
        return False
    # every date candidate holds a digit (its year, or a d/d/yy): no digit, no date search
    if gd.DIGIT.search(piece) is not None and gd.DATE_CANDIDATE.search(piece):
        return False
    caps = sum(1 for w in words if w[0].isupper() or g.CONNECTOR.match(w))
    return caps / len(words) >= 0.75 and not piece.rstrip().endswith((",", ";"))


def _linked(upper: str, lower: str, blank_between: bool) -> bool:
    if blank_between:
        return False
    lw, uw = lower.split(), upper.split()
    return bool((lw and g.CONNECTOR.match(lw[0])) or (uw and g.CONNECTOR.match(uw[-1])) or len(lw) == 1)


def _cut_title(piece: str) -> str:
    """Drop what follows the title: "... AGREEMENT BETWEEN X AND Y", "... AGREEMENT Dated as of ..."."""
    kind = g.KIND_RE.search(piece)
    if kind is None:
        return piece
    stop = g.INTRO.search(piece, kind.end())
    dated = TITLE_DATED.search(piece, kind.end())
    ends = [m.start() for m in (stop, dated) if m is not None]
    return piece[: min(ends)].rstrip() if ends else piece


def _clean_title(piece: str) -> str:
    piece = g.SECTION_NUMBER.sub("", _cut_title(piece))
    piece = EXHIBIT_LABEL.sub("", piece)
    return " ".join(piece.split()).strip(" .:-")


def _title_before(text: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    pieces = [p for p in _pieces(text, lo, hi) if text[p[0] : p[1]].strip()]
    chosen: list[tuple[int, int, bool]] = []
    for s, e, blank_after in reversed(pieces):
        piece = text[s:e]
        if not chosen:
            if g.EXECUTION_MARKER.fullmatch(piece.strip(" .")):
                continue
            if not _title_ish(piece) and e >= hi - 2:
                # a title glued after a legend sentence: "... AS AMENDED. SUPPLY AGREEMENT"
                cut = max(piece.rfind(". "), piece.rfind("] "))
                if cut >= 0:
                    s, piece = s + cut + 2, piece[cut + 2 :]
            if _title_ish(piece) and g.KIND_RE.search(piece):
                chosen.append((s, e, blank_after))
                continue
            if not _title_ish(piece):
                break  # something that is not a title stands between the title and the preamble
            continue
        top = text[chosen[-1][0] : chosen[-1][1]]
        if _title_ish(piece) and _linked(piece, top, blank_after):
            chosen.append((s, e, blank_after))
            continue
        break
    if not chosen:
        return None
    s, e = chosen[-1][0], chosen[0][1]
    title = _clean_title(" ".join(text[a:b] for a, b, _ in reversed(chosen)))
    return (s, e, title) if title else None


def _first_title(text: str) -> tuple[int, int, str] | None:
    for s, e in _piece_spans(text, 0, min(len(text), HEAD_CHARS)):
        piece = text[s:e]
        if g.KIND_RE.search(piece) and _title_ish(piece) and len(piece.split()) <= 14:  # the cheaper test first
            return s, e, _clean_title(piece)
    return None


def _glued_title(text: str, start: int) -> tuple[int, int, str] | None:
    """Text on the preamble's own line before the opener: 'Master Service AgreementThis ...'."""
    b = text.rfind("\n", 0, start) + 1
    seg = text[b:start]
    if not seg.strip():
        return None
    # keep the last run after a wide gap or a closing bracket ...
    gaps = list(GAP_OR_BRACKET.finditer(seg))
    s0 = b + gaps[-1].end() if gaps else max(b, start - HEAD_CHARS)
    # ... then the longest title-like tail of it: "Exhibit 10.5 INTELLECTUAL PROPERTY AGREEMENT This ..."
    cuts = [s0] + [m.end() for m in TOKEN_START.finditer(text, s0, start)]
    for s in cuts:
        if start - s > MAX_PIECE * 2:
            continue  # far too long for a title even before the cut
        raw = text[s:start]
        piece = _cut_title(raw.strip())
        if GLUED_WORD.match(piece):
            continue  # "VersionJOINT VENTURE AGREEMENT": start after the glue
        if piece[:1].isupper() and g.KIND_RE.search(piece) and _title_ish(piece):
            ls = len(raw) - len(raw.lstrip())
            return s + ls, s + ls + len(piece), _clean_title(piece)
    return None


def _amended(text: str, start: int, end: int, title: str | None) -> tuple[str | None, tuple[int, int] | None]:
    """The amended agreement's title and the span of its date, from the preamble or the recitals."""
    for m in AMENDED_REF.finditer(text, start, min(len(text), end + 3000)):
        d = gd.DATE_CANDIDATE.match(text, m.end())
        if d is None:
            continue
        name = " ".join(m.group("title").split())
        name = LEADING_THE.sub("", name)
        if title and " ".join(title.split()).casefold() == name.casefold():
            continue  # the document itself
        if g.KIND_RE.fullmatch(name):
            continue  # only its defined term ("the Agreement dated ..."): the title may name it
        return name, d.span()
    if title:
        m = TO_TITLE.search(title)
        if m and g.KIND_RE.search(m.group(1)):
            return m.group(1), None
    return None, None


def execution_marker(text: str, head_end: int) -> regex.Match[str] | None:
    """The first title piece before ``head_end`` that is an execution marker ("EXECUTION VERSION").
    Pieces lie between blanks, so a marker piece is also a match of the search over the whole head:
    where that finds none, no piece is split out and tried (most documents have no marker)."""
    if g.EXECUTION_MARKER.search(text, 0, head_end) is None:
        return None
    pieces = _piece_spans(text, 0, head_end)
    return next((m for s, e in pieces if (m := g.EXECUTION_MARKER.fullmatch(text, s, e))), None)


def find_header(layout: Layout) -> Header:
    text = layout.view.text
    pre = find_preamble(text)
    found = None
    orig_span: tuple[int, int] | None = None
    hi = min(len(text), TITLE_CHARS, max(pre[1], TITLE_MIN_CHARS) if pre else HEAD_CHARS)
    if hi > 0:
        # read from the original: a legend cut from the view may take the title with it
        ohi = layout.view.to_original(hi, end=True)
        before = layout.view.to_original(pre[0]) if pre else None
        name = preamble_name(text, pre[0]) if pre else None
        run = best_title(layout.original, 0, ohi, name, before)
        if run is not None:
            found = (0, 0, run.title)
            orig_span = (run.start, run.end)
    if found is None and pre is not None:
        found = _glued_title(text, pre[0]) or _title_before(text, max(0, pre[0] - HEAD_CHARS), pre[0])
    found = found or _first_title(text)
    if found is None:
        op = g.OPENER.search(text, 0, min(len(text), HEAD_CHARS))
        found = _glued_title(text, op.start()) if op else None
    title = found[2] if found else None
    head_end = pre[0] if pre else min(len(text), HEAD_CHARS)
    marker = execution_marker(text, head_end)
    kind = g.kind_of(title) if title else None
    amended_name = amended_date = amended_span = None
    if kind == "amendment" or (title and g.KIND_RE.search(title) and "amend" in title.casefold()):
        s = pre[0] if pre else 0
        e = pre[2] if pre else min(len(text), HEAD_CHARS)
        amended_name, amended_span = _amended(text, s, e, title)
        if amended_span is not None:
            parsed = gd.parse_date(text[amended_span[0] : amended_span[1]])
            amended_date = parsed.value if parsed else None
    span = orig_span or (layout.view.span(found[0], found[1]) if found else (None, None))
    return Header(
        title=title,
        kind=kind,
        amendment_number=g.amendment_number(title) if title else None,
        amended_agreement=amended_name,
        amended_agreement_date=amended_date,
        execution_marker=" ".join(marker.group().split()) if marker else None,
        title_start=span[0],
        title_end=span[1],
        preamble_start_view=pre[0] if pre else None,
        preamble_end_view=pre[2] if pre else None,
        list_start_view=pre[1] if pre else None,
        amended_date_view=amended_span,
    )
