"""Top-level numbers that the candidate scan missed, found from the sequence around them.

Text that lost its line breaks (PDF or HTML extractions) glues a heading number to whatever came
before it: a word ("the Joint Venturers3.   Capital Contributions"), a page number ("396.   Division"
for page 39 and section 6), a reference ("in Section 6.10.  Internal Revenue"), a capitals heading
("AGREEMENT1. Engagement"). The candidate scan cannot look for numbers everywhere, but once the
numbers it did find form a run (2, 3, 5, 7, 8 ...), the missing ones are known by value and form:
look for exactly "4." between "3." and "5.", "1." before "2.", "9." after "8.", and for a
``1.1`` with no ``1`` above it, its "ARTICLE 1" / "Section 1" / "1." just before it.

What is found is only a candidate: the nesting of ``sections`` still decides whether it is a heading.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from heapq import heappop, heappush
from itertools import islice

from ..grammars import finditer_at
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.text_index import TextIndex
from .section_candidates import Cand
from .section_headings import VERB_WORDS, WORD, is_heading
from .section_numbers import BLANK, TEMPLATE, dotted, dotted_lazily, keyword_number, number_pattern

MIN_RUN = 3  # a run of at least this many numbers of one style is filled in
MAX_FILL = 3  # at most this many numbers missing in a row
MAX_SKIP = 1  # before or after a run, numbers the document itself may skip
PARENT_WINDOW = 400  # how far before a "1.1" its parent heading may stand
SEED_TRIES = 5  # "1." tried as the start of a run when the scan found none
SEED_BELOW = 0.25  # seed when no run the scan found spans this share of the text
SEED_SPACING = 150  # and the run it starts spaced as provisions, not as a list ("1. MR. X  2. MRS. Y")
# what follows a heading number: blanks (few), then a capital, a quote, a parenthesis or a bracket
# (or a dash or colon between: "ARTICLE 2 -- RESPONSIBILITIES")
AFTER = regex.compile(r"[ \t\u00a0\r\n]{0,8}+(?:[\-\u2013\u2014:]{1,2}+[ \t\u00a0\r\n]{0,4}+)?[A-Z\"\u201c(\[]")
# glued after the full stop of a sentence ("agreements.10.           PROGRAM SERVICING"), the number may be
# followed by the wide gap of a line that lost its break
GLUED_AFTER = regex.compile(r"(?<=[a-z]\.[ \t\u00a0]?)")
# glued to the clause before: "time.21.", "hand;19.", "; and23." (U+037E, a Greek question mark, is a
# semicolon in PDF text)
GLUED_CLAUSE = regex.compile(r"(?<=[a-z][.;\u037e]|\b(?:and|or))")
# a keyword's heading in capitals centred after a wide gap ("SECTION 6                      DASSAULT SYSTEMES")
WIDE_CAPS_AFTER = regex.compile(r"[ \t\u00a0]{9,60}+[A-Z]{2}")
WIDE_AFTER = regex.compile(r"[ \t\u00a0]{9,20}+[A-Z]")
# the words of a heading, up to the first full stop, colon, double blank, digit or glued capital
HEADING_STOP = regex.compile(r"[.:;\r\n\d\u00a7]|" + BLANK + r"{2}|(?<=[a-z])(?=[A-Z])")
HEADING_WORDS = 12
SENTENCE_HEADING_WORDS = 6
# a heading in capitals glued to the sentence after it: "DEFINITIONSThe terms", "GOVERNING LAWVenue for"
CAPS_GLUED = regex.compile(r"(?:[A-Z][A-Z&'\-,;]*+[ \t\u00a0]++){0,6}+[A-Z][A-Z&'\-]{2,}(?=[A-Z][a-z])")
QUOTED_TITLE = regex.compile(r"[\"\u201c][A-Z][A-Za-z ,&'\-]{0,60}+[\"\u201d]")  # ARTICLE I"Definitions"For
CAPS_WORDS = regex.compile(r"[A-Z][A-Z&'\-]{3,}(?![a-z])")  # may give back a letter: "PREAMBLEThis"
TOP_KEYS = (("decimal", 1), ("section", 1), ("article", 0), ("roman_dot", 0))


CandAt = Callable[[str, int, bool], "tuple[Cand, bool | None] | None"]
# a candidate of a given style and value at text[start:end], for a keyword number the grammar cannot read
# ("ARTICLE IDEFINITIONS": the numeral glued to its heading)
CandMake = Callable[[str, int, int, str, int], Cand]


def _value(c: Cand, key: tuple[str, int]) -> int | None:
    for r in c.readings:
        if r.key == key:
            return r.values[-1] if key[0] in ("decimal", "section") else r.values[0]
    return None


_TOP_KEY_SET = frozenset(TOP_KEYS)
Valued = list[tuple[int, Cand]]  # (value, candidate) of the candidates with a reading of one style


def _by_key(cands: Sequence[Cand]) -> dict[tuple[str, int], Valued]:
    """For each of TOP_KEYS, ``(_value(c, key), c)`` of the candidates that have a reading of it, in
    order (one pass over the candidates rather than one per style)."""
    out: dict[tuple[str, int], Valued] = {key: [] for key in TOP_KEYS}
    for c in cands:
        for r in c.readings:
            if r.key in _TOP_KEY_SET:
                valued = out[r.key]
                if not valued or valued[-1][1] is not c:  # the first reading of the style, as _value
                    valued.append((r.values[-1] if r.style in ("decimal", "section") else r.values[0], c))
    return out


# a heading that runs into the digits of a page number and the next entry ("INSURANCE446.1Indemnification")
GLUED_PAGE_NUMBER = regex.compile(r"[^\d\r\n]{2,100}+(?<=[A-Za-z])(?P<digits>\d{1,4}+)")


FIRST_SUBSECTION = regex.compile(r"[ \t\u00a0\r\n]{1,8}+(?P<n>\d{1,2}+)\.0?1(?!\d)")


# a bare top-level number before its first subsection: at a line start or after the end of a sentence, then
# blanks on the same line and a capitalised word ("1     Definitions", "hereby agree asfollows:1Definitions";
# not a line of uuencoded data: "=RM!-7[.)UH\nM.1HE\\8C??#S")
BARE_NUMBER = regex.compile(
    r"(?<=\n[ \t\u00a0]{0,12}+)\d{1,2}+(?![.\d])(?=[ \t\u00a0]{1,8}+[A-Z][A-Za-z])"
    r"|(?<=[a-z)\"\u201d][.:;][ \t\u00a0]{0,3}+)\d{1,2}+(?![.\d])(?=[ \t\u00a0]{0,8}+[A-Z][a-z])"
)
# (or glued after a sentence, a heading in capitals after the gap: "by the Owner.10    NCC's Liability")
BARE_AFTER_DIGITS = regex.compile(r"(?:(?<=\d\.?)|(?<=[a-z]\.))\d{1,2}+(?![.\d])(?=[ \t\u00a0]{3,8}+[A-Z][A-Za-z])")
# a stretch at least this long is read from one scan of the whole text (``_bare_numbers``, ``_numbered_in``):
# the scans of a run look again and again, some from the top of the text
BARE_WINDOW = 4000
BARE_TEMPLATE = regex.compile(r"\d{1,2}+")  # a run member written as a bare number


def _first_subsection(text: str, end: int, n: int) -> bool:
    """Does article ``n`` (ending at ``end``) run straight into its first subsection, without a heading
    ("ARTICLE IV 4.1 All facilities are in place")?"""
    m = FIRST_SUBSECTION.match(text, end, end + 16)
    return m is not None and int(m.group("n")) == n


def _contents_entry(text: str, end: int, n: int) -> bool:
    """Is the text after number ``n`` (ending at ``end``) no heading in words, or one that runs into digits
    that are not its own first subsection ("6.INDEMNIFICATION ... INSURANCE446.1Indemnification", a contents
    line that lost its line breaks; not "18. TERMINATION OF AGREEMENT18.1In addition")?"""
    if not text[end : end + 12].lstrip(" \t\u00a0")[:1].isalpha():
        return True
    m = GLUED_PAGE_NUMBER.match(text, end, end + 120)
    return m is not None and not m.group("digits").startswith(str(n))



def heading_follows(text: str, end: int, caps_prefix: bool = False) -> bool:
    """Do heading words (capitals or title case, a few) follow ``end``, up to a stop? With
    ``caps_prefix``, words in capitals that run on into the text are enough ("ARTICLE 1 DEFINITIONS
    "Active Country" has the meaning")."""
    k = end
    while k < len(text) and text[k] in " \t\u00a0\r\n-\u2013\u2014:":
        k += 1
    seg = text[k : k + 120]
    m = HEADING_STOP.search(seg)
    words = seg[: m.start() if m else len(seg)].strip(" \t\u00a0,")
    if not seg[:1].isalpha() and seg[:1] not in "\"\u201c":
        return False  # "7.[***]EUR [***]": a table row, not a heading
    if m is not None and seg.startswith("...", m.start()):
        return False  # "1.    Definitions........ 1": a table of contents line
    if caps_prefix and (CAPS_WORDS.match(words) or QUOTED_TITLE.match(seg)):
        return True  # after a keyword (ARTICLE I"Definitions"For): a defined term after a bare number is none
    if CAPS_GLUED.match(words):
        return True
    if m is not None and seg[m.start()] in ".\u00a7" and _sentence_case(words):
        # "Product sales to TL.": a short heading in sentence case, closed by a full stop, or by the section
        # sign of its first paragraph ("IV. General terms§ 1 License")
        return True
    return bool(words) and len(words.split()) <= HEADING_WORDS and _title(words)


# "of this Agreement" inside a title ("Composition, Modification and Supplement of this Agreement")
THIS_BEFORE_TITLE = regex.compile(r"(?<=[ \t\u00a0])this(?=[ \t\u00a0]+[A-Z])")


def _title(words: str) -> bool:
    """Capitals or title case, where "this" before a capitalised word is a small word."""
    return is_heading(words, strict=True) or (
        "this" in words and is_heading(THIS_BEFORE_TITLE.sub("the", words), strict=True))


def _sentence_case(words: str) -> bool:
    found = WORD.findall(words)
    return (0 < len(found) <= SENTENCE_HEADING_WORDS and found[0][0].isupper()
            and not any(w.lower() in VERB_WORDS for w in found))


class _Finder:
    def __init__(self, text: str, cand_at: CandAt, make: CandMake, cands: Sequence[Cand],
                 doc: TextIndex | None = None) -> None:
        self.text = text
        self.doc = doc if doc is not None and doc.text is text else None  # where its keywords stand
        self.cand_at = cand_at
        self.make = make
        self.existing = {c.start: c for c in cands}
        # the numbers the scan read ("Section 2.02."): a number glued to digits is never inside one
        self.spans = sorted((c.start, c.tok_end) for c in cands)
        self.taken = set(self.existing)
        self.found: list[Cand] = []
        # digits -> the starts of the BARE_NUMBER matches of the whole text that read them (``_bare_numbers``),
        # filled as far as asked: every match that starts before ``_bare_to`` is in
        self._bare: dict[str, list[int]] = {}
        self._bare_to = 0
        self._bare_scan: Iterator[regex.Match[str]] | None = None
        # keyword pattern -> the starts and ends of its matches in the whole text, and for each number the
        # indexes of the matches that read it (``_numbered_in``)
        self._numbered: dict[regex.Pattern[str], tuple[list[int], list[int], dict[str, list[int]]]] = {}

    def find(self, template: str, key: tuple[str, int], n: int, lo: int, hi: int, *, last: bool,
             strict: bool, glued_to_digits: bool = True, glued_only: bool = False) -> Cand | None:
        """The first (or last) place in ``lo..hi`` where ``n`` is written as ``template`` and reads as
        a plausible heading number of style ``key``. ``glued_only``: only the first place, and only if it
        is glued to the clause before it ("time.21. To the extent", "hand;19.  Nantz's")."""
        if key[0] == "decimal" and BARE_TEMPLATE.fullmatch(template) and not glued_only:
            return self.bare(n, lo, hi, last=last, strict=strict)
        matches = self._matches(template, key[0], n, lo, hi, strict, last)
        if glued_only:
            # (the first place in text order: ``glued_only`` looks forward)
            matches = [m for m in islice(matches, 1) if GLUED_CLAUSE.match(self.text, m.start())]
            return self._find(matches, key, n, strict=strict)
        found = self._find(matches, key, n, strict=strict)
        if found is None and key[0] == "decimal" and glued_to_digits and lo < hi:
            # glued to the digits before it: the number that ends the line before a lost line break (a
            # fax number, a page number, a contract number: "Fax No.: (416) 350-521227.  COUNTERPARTS",
            # "Page 32.   TERM OF AGREEMENT"); tried only where no other place holds the number, and a
            # heading in words must follow it (not '"T+52." [REDACTED]', "in Article 12. Achaogen shall")
            pat = number_pattern(template, key[0], n, not strict, True)
            if pat is not None:
                glued = list(pat.finditer(self.text, lo, hi, overlapped=False))
                found = self._find(reversed(glued) if last else glued, key, n, strict=True, after_digit=True)
        return found

    def bare(self, n: int, lo: int, hi: int, *, last: bool, strict: bool) -> Cand | None:
        """The first (or last) bare "n" in ``lo..hi`` at the start of a line or after the end of a sentence,
        a capitalised word after it on the same line ("1     Definitions", "as follows:1Definitions"), with
        a heading when ``strict``: a bare number ("3 Term") is looked for only where its place is known (just
        before its "n.1", between its neighbours of a run of bare numbers)."""
        num = str(n)
        matches = self._bare_numbers(num, lo, hi)
        if not matches and not strict:
            # between its neighbours, glued to the page footer or the reference before it ("1 of 64     NCC's
            # Duties", "in accordance with Clause 12.7     Confidentiality")
            matches = [m for m in BARE_AFTER_DIGITS.finditer(self.text, lo, hi)
                       if m.group().endswith(num) and heading_follows(self.text, m.end())]
        for m in reversed(matches) if last else matches:
            pos = m.end() - len(num)
            old = self.existing.get(pos) or next((c for c in self.found if c.start == pos), None)
            if old is not None and _value(old, ("decimal", 1)) == n:
                return old  # found by the scan, or as the parent of its "n.1": the run goes on from there
            if pos in self.taken or (strict and not heading_follows(self.text, m.end())):
                continue
            c = self.make(self.text, pos, m.end(), "decimal", n)
            self.taken.add(pos)
            self.found.append(c)
            return c
        return None

    def undotted(self, n: int, lo: int, hi: int) -> Cand | None:
        """Between the neighbours of a run of "N." (``lo..hi``), the one bare "n" whose full stop the document
        left out, at a line start or after the end of a sentence and before a capitalised word ("this
        Agreement.\n\n6 The Delivery", flattened "thisAgreement. 6The Delivery"); none when there are two."""
        matches = self._bare_numbers(str(n), lo, hi)
        if len(matches) != 1:
            return None
        pos = matches[0].start()
        if pos in self.taken:
            return None
        c = self.make(self.text, pos, matches[0].end(), "decimal", n)
        self.taken.add(pos)
        self.found.append(c)
        return c

    def _bare_numbers(self, num: str, lo: int, hi: int) -> list[regex.Match[str]]:
        """``[m for m in BARE_NUMBER.finditer(self.text, lo, hi) if m.group() == num]``. A long stretch
        (the seeds look from the top of the text, again for each number of the run) is read from one scan
        of the whole text, kept per number (a look costs the places of ``num`` it holds, not its length) and
        made as far as a look needs: a match is a run of one or two digits with no digit before it, so none
        overlaps another and every match in ``lo..hi`` is one of the whole text's; it is matched again
        with ``hi`` as the end (where what follows the number is cut off it fails)."""
        if hi - lo < BARE_WINDOW:
            return [m for m in BARE_NUMBER.finditer(self.text, lo, hi) if m.group() == num]
        if self._bare_to < hi:
            self._scan_bare(hi)
        starts = self._bare.get(num)
        if not starts:
            return []
        out = []
        for k in starts[bisect_left(starts, lo) : bisect_left(starts, hi)]:
            if (m := BARE_NUMBER.match(self.text, k, hi)) is not None:
                out.append(m)
        return out

    def _scan_bare(self, hi: int) -> None:
        """Go on with the whole text's BARE_NUMBER scan until every match that starts before ``hi`` is kept."""
        if self._bare_scan is None:
            self._bare_scan = BARE_NUMBER.finditer(self.text)
        bare = self._bare
        for m in self._bare_scan:
            k = m.start()
            got = bare.get(m.group())
            if got is None:
                bare[m.group()] = [k]
            else:
                got.append(k)
            self._bare_to = k + 1
            if k + 1 >= hi:
                return
        self._bare_to = len(self.text) + 1  # the scan is done

    def _matches(self, template: str, style: str, n: int, lo: int, hi: int, strict: bool,
                 last: bool) -> Iterable[regex.Match[str]]:
        """``number_pattern(template, style, n, not strict)``'s matches in ``lo..hi``, last first when ``last``,
        found without compiling it for the commonest templates ("3.", "Section 4.")."""
        if lo >= hi:
            return []
        literal = dotted(template, style, n)
        if literal is not None:
            return dotted_lazily(self.text, literal, lo, hi, last)
        numbered = keyword_number(template)
        if numbered is not None:
            num = str(n)
            if hi - lo >= BARE_WINDOW:
                return self._numbered_in(numbered, num, lo, hi, last, template)
            if not last:  # made as they are tried: the first that reads as a heading ends the look
                return (m for m in numbered.finditer(self.text, lo, hi) if m.group("n") == num)
            found = [m for m in numbered.finditer(self.text, lo, hi) if m.group("n") == num]
        else:
            pat = number_pattern(template, style, n, not strict)
            found = [] if pat is None else list(pat.finditer(self.text, lo, hi, overlapped=False))
        return reversed(found) if last else found

    def _numbered_in(self, numbered: regex.Pattern[str], num: str, lo: int, hi: int, last: bool,
                     template: str = "") -> Iterator[regex.Match[str]]:
        """``[m for m in numbered.finditer(self.text, lo, hi) if m.group("n") == num]``, last first when
        ``last``, made as they are tried, from one scan of the whole text kept per number (the numbers
        before a run are looked for from the top of the text, those after it to its end, once per run: a
        look costs the places of ``num``, not the stretch's length): a match opens at its keyword, which no
        match holds elsewhere, and has no lookaround, so the stretch's matches are the whole text's that
        open in it, but the one that ends past ``hi``, which is matched again with ``hi`` as the end (its
        digits may be cut). ``template``: the run member's number the pattern is ``keyword_number``'s of;
        with the text's index, the scan tries only where the index finds its keyword."""
        found = self._numbered.get(numbered)
        if found is None:
            starts: list[int] = []
            ends: list[int] = []
            by_num: dict[str, list[int]] = {}
            for m in self._keyword_matches(numbered, template):
                by_num.setdefault(m.group("n"), []).append(len(starts))
                starts.append(m.start())
                ends.append(m.end())
            found = self._numbered[numbered] = (starts, ends, by_num)
        starts, ends, by_num = found
        i, j = bisect_left(starts, lo), bisect_left(starts, hi)
        cut = j > i and ends[j - 1] > hi
        mine = by_num.get(num, [])
        picked = mine[bisect_left(mine, i) : bisect_left(mine, j - 1 if cut else j)]
        text, match = self.text, numbered.match
        if cut and last and (m := match(text, starts[j - 1], hi)) is not None and m.group("n") == num:
            yield m
        for x in reversed(picked) if last else picked:
            m = match(text, starts[x], hi)
            assert m is not None  # the whole text's match, which ends by ``hi``
            yield m
        if cut and not last and (m := match(text, starts[j - 1], hi)) is not None and m.group("n") == num:
            yield m

    def _keyword_matches(self, numbered: regex.Pattern[str], template: str) -> Iterator[regex.Match[str]]:
        """``numbered.finditer(self.text)`` (``keyword_number(template)``), tried only where the text's index
        finds the template's keyword caselessly (every place a match can open) when there is an index."""
        m = TEMPLATE.match(template)
        kw = m.group(1).lower() if m is not None and m.group(1) else None
        if self.doc is None or kw not in ("article", "section"):
            return numbered.finditer(self.text)
        if kw == "article":
            return finditer_at(numbered, self.text, self.doc.folded_positions(b"article"))
        low = self.doc.ascii_folded
        return finditer_at(numbered, self.text, [k for k in self.doc.folded_positions(b"sec")
                                                 if low.startswith(b"tion", k + 3)])

    def _inside_candidate(self, pos: int) -> bool:
        k = bisect_right(self.spans, (pos, -1)) - 1
        return k >= 0 and self.spans[k][0] < pos < self.spans[k][1]

    def _find(self, matches: Iterable[regex.Match[str]], key: tuple[str, int], n: int, *, strict: bool,
              after_digit: bool = False) -> Cand | None:
        """The first of ``matches`` (in the order to try them) that reads as a heading number ``n`` of style
        ``key``."""
        for m in matches:
            pos = m.start()
            old = self.existing.get(pos)
            if old is not None and _value(old, key) == n:
                return old  # the scan found it: the sequence goes on from there
            if pos in self.taken:
                continue
            if after_digit and (self._inside_candidate(pos) or _contents_entry(self.text, m.end(), n)):
                continue
            if not (AFTER.match(self.text, m.end(), m.end() + 8)
                    or (GLUED_AFTER.match(self.text, pos) and WIDE_AFTER.match(self.text, m.end(), m.end() + 21))
                    or (key[0] == "article" and _first_subsection(self.text, m.end(), n))
                    or (key[0] in ("article", "section") and WIDE_CAPS_AFTER.match(self.text, m.end(), m.end() + 64))):
                continue
            got = self.cand_at(self.text, pos, False)
            # (a number whose line reads as a contents line is taken too: in text that lost its line
            # breaks, a "line" runs on over the provisions)
            if got is not None and got[1] is not False and _value(got[0], key) == n:
                c = got[0]
            elif key[0] == "article" and (got is None or _value(got[0], key) is None):
                c = self.make(self.text, pos, m.end(), key[0], n)
            elif key[0] == "roman_dot" and strict and got is not None and _value(got[0], key) == n:
                c = got[0]  # "weeks.III. Affiliate Management": no line start, but a heading follows
            else:
                continue
            if strict and not heading_follows(self.text, c.tok_end, key[0] in ("article", "section")):
                continue
            self.taken.add(pos)
            self.found.append(c)
            return c
        return None


def _runs(valued: Valued) -> list[Valued]:
    """Runs of the numbers of one style (``_by_key``) that increase by 1 to 1 + MAX_FILL; a number joins
    the run whose last value is closest below it."""
    runs: list[Valued] = []
    # the runs by their last value, each a heap of run indexes: the closest value below wins, and among
    # runs ending on it the earliest made (a pass over every run per number grew with both)
    ending: dict[int, list[int]] = {}
    for v, c in valued:
        best = next((heappop(ending[v - d]) for d in range(1, 2 + MAX_FILL) if ending.get(v - d)), None)
        if best is None:
            best = len(runs)
            runs.append([(v, c)])
        else:
            runs[best].append((v, c))
        heappush(ending.setdefault(v, []), best)
    return runs


def recover(text: str, cands: Sequence[Cand], cand_at: CandAt, make: CandMake,
            doc: TextIndex | None = None) -> list[Cand]:
    """Candidates for the top-level numbers missing from the runs in ``cands`` (plausible numbers in
    text order), and for the parents missing above a "N.1"; in no order. ``doc``: the index of ``text``,
    whose keyword places the scans share."""
    finder = _Finder(text, cand_at, make, cands, doc)
    _parents(finder, cands)
    _fill_runs(finder, cands)
    every = _by_key(sorted([*cands, *finder.found], key=lambda c: c.start))
    spans = [run[-1][1].start - run[0][1].start for key in TOP_KEYS for run in _runs(every[key]) if len(run) >= MIN_RUN]
    # a run over a small part of the text is a list inside a provision: the provisions may all be missed
    if max(spans, default=0) < SEED_BELOW * len(text) and _seed(finder, max(spans, default=0)):
        _fill_runs(finder, cands)  # the seeded run, with the numbers the scan did find after it
    return finder.found


def _fill_runs(finder: _Finder, cands: Sequence[Cand]) -> None:
    every = _by_key(sorted([*cands, *finder.found], key=lambda c: c.start))
    for key in TOP_KEYS:
        restarts = [c.start for v, c in every[key] if v == 1]  # in text order
        for run in _runs(every[key]):
            if len(run) >= MIN_RUN:
                _fill(finder, run, key, restarts)


# a contents line: its heading, then a page number alone at the end of the line ("I.\n\n\nTHE\nCREDITS\n\n\n13\n")
LISTED = regex.compile(r"[^\d.;]{2,120}?[ \t\u00a0\r\n]\d{1,3}+[ \t\u00a0]*+(?:[\r\n]|$)")


def _listed(text: str, end: int) -> bool:
    """Is the number ending at ``end`` a table-of-contents entry (heading, then its page number)?"""
    return LISTED.match(text, end, end + 130) is not None


SEEDS = (("1.", ("decimal", 1)), ("ARTICLE I", ("article", 0)), ("ARTICLE 1", ("article", 0)), ("I.", ("roman_dot", 0)),
         ("1", ("decimal", 1)))


def _seed(finder: _Finder, span_to_beat: int) -> bool:
    """No run spanning the text: the scan may have missed every number ("as follows:1.      Description of the
    Promotion ... locations.3.      Term", "agree as follows:ARTICLE IAGREEMENT AND DEFINITIONS"). Try
    the first few "1." (or ARTICLE I) followed by a heading, each with the "2.", "3." ... that follow
    it; keep the run that spans the most text (the body's, not a table of contents that lists it), if it
    spans more than ``span_to_beat`` (the longest run the scan found: a list inside a provision)."""
    best: list[Cand] = []
    best_span = span_to_beat
    text_end = len(finder.text)
    for template, key in SEEDS:
        lo = 0
        for _ in range(SEED_TRIES):
            mark = len(finder.found)
            first = finder.find(template, key, 1, lo, text_end, last=False, strict=True)
            if first is None:
                break
            run = [first]
            while True:
                got = finder.find(template, key, len(run) + 1, run[-1].tok_end, text_end, last=False, strict=True)
                if got is None:
                    break
                run.append(got)
            span = run[-1].start - first.start
            if (len(run) >= MIN_RUN and span / (len(run) - 1) >= SEED_SPACING and span > best_span
                    and 2 * sum(_listed(finder.text, c.tok_end) for c in run) <= len(run)):
                best, best_span = [c for c in finder.found[mark:]], span
            for c in finder.found[mark:]:
                finder.taken.discard(c.start)
            del finder.found[mark:]
            lo = first.tok_end
    for c in best:
        finder.taken.add(c.start)
        finder.found.append(c)
    return bool(best)


def _parents(finder: _Finder, cands: Sequence[Cand]) -> None:
    """A "N.1" (or "Section N.1") whose top-level "N" is not among the numbers before it: look for
    that parent just before it, as an article, a section or a bare "N."."""
    last_top: dict[int, int] = {}  # value -> start of the latest top-level candidate with it
    prev_end = 0
    for c in cands:
        sub = None
        for r in c.readings:
            if r.key in _TOP_KEY_SET:
                last_top[r.values[-1] if r.style in ("decimal", "section") else r.values[0]] = c.start
            elif sub is None and r.depth == 2 and r.style in ("decimal", "section"):
                sub = r
        if sub is not None and sub.values[1] == 1 and sub.values[0] not in last_top:
            n = sub.values[0]
            lo = max(prev_end, c.start - PARENT_WINDOW)
            for template, key in (("ARTICLE 1", ("article", 0)), ("ARTICLE I", ("article", 0)),
                                  ("Section 1.", ("section", 1)), ("Section 1", ("section", 1)),
                                  ("1.", ("decimal", 1))):
                got = finder.find(template, key, n, lo, c.start, last=True, strict=key[0] == "decimal")
                if got is not None:
                    last_top[n] = got.start
                    break
            else:
                got = finder.bare(n, lo, c.start, last=True, strict=False)
                if got is not None:
                    last_top[n] = got.start
        prev_end = c.tok_end


def _zeros(template: str) -> bool:
    """Is the run's number written with trailing zeros ("2.0", "Section 3.00")?"""
    m = TEMPLATE.match(template)
    return m is not None and bool(m.group(3))


def _fill(finder: _Finder, run: list[tuple[int, Cand]], key: tuple[str, int], restarts: list[int]) -> None:
    """The numbers missing inside ``run``, before its first one (down to 1) and after its last one
    (``restarts``: where the candidates of value 1 of the style start, in text order)."""
    text = finder.text
    for (v0, a), (v1, b) in zip(run, run[1:], strict=False):
        lo = a.tok_end
        for n in range(v0 + 1, v1):
            got = finder.find(a.number, key, n, lo, b.start, last=False, strict=False)
            if got is None and key == ("decimal", 1) and dotted(a.number, key[0], n) and dotted(b.number, key[0], n):
                got = finder.undotted(n, lo, b.start)  # "5. ... 6 The Delivery ... 7.": the full stop left out
            if got is not None:
                lo = got.tok_end
    v, first = run[0]
    hi = first.start
    n = v - 1
    while n >= 1 and v - n <= MAX_SKIP + 1:  # a number the document itself skipped (9.0 then 11.0)
        # anywhere before (a provision may be long: the definitions), the closest to the run
        got = finder.find(first.number, key, n, 0, hi, last=True, strict=True)
        if got is None and n == 1 and _zeros(first.number):
            # "Agreement 1.0 Introduction This e-business Hosting Agreement ...": a "1.0" before "2.0", "3.0"
            # is no amount or version, even when its heading runs on into the first sentence
            got = finder.find(first.number, key, n, 0, hi, last=True, strict=False)
        if got is not None:
            v, hi = n, got.start
        n -= 1
    v, last = run[-1]
    # the tail runs to the next restart of the style at 1 (an attachment's own numbering) or the end
    k = bisect_right(restarts, last.start)
    stop = restarts[k] if k < len(restarts) else len(text)
    lo = last.tok_end
    n = v + 1
    # a provision without a heading ("18.  Upon mutual consent ..."): the next one, glued to the clause before
    # it ("on the other hand;19.  Nantz's Disability"), need not have one either
    # a later number with a heading bounds the place of those before it, which are then looked for as between
    # neighbours ("Schedule 4.6     Release Events", "Clause 12.7     Confidentiality": glued to a reference's
    # digits, found only where known); the document itself may still skip at most MAX_SKIP of them
    while n - v <= MAX_FILL + 1:
        mark = len(finder.found)
        got = finder.find(last.number, key, n, lo, stop, last=False, strict=True)
        if got is None and n == v + 1 and not heading_follows(text, lo):
            got = finder.find(last.number, key, n, lo, stop, last=False, strict=False, glued_only=True)
        if got is not None:
            missing = 0
            gap_lo = lo
            for k in range(v + 1, n):
                inner = finder.find(last.number, key, k, gap_lo, got.start, last=False, strict=False)
                if inner is None:
                    missing += 1
                else:
                    gap_lo = inner.tok_end
            if missing > MAX_SKIP:  # too far from the run to be its next number
                for c in finder.found[mark:]:
                    finder.taken.discard(c.start)
                del finder.found[mark:]
                break
            v, lo = n, got.tok_end
        n += 1
