"""Looking up one top-level number of a known value and form in a stretch of the text: between two
neighbours of a run, before its first or after its last number, just before a "N.1" with no parent.

``section_recovery`` knows from a run of numbers which are missing and where (``GapFinder.find``, ``bare``,
``undotted``); this module says whether a place that writes the number reads as a heading number (what follows
it, what it is glued to), and reads long stretches from whole-text scans kept per number, so that the many
look-ups of one document cost the places of each number rather than the stretches' lengths.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice

from ..grammars import finditer_at
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.text_index import TextIndex
from .section_candidates import Cand
from .section_follows import heading_follows
from .section_numbers import (
    INDEXED_DIGITS,
    TEMPLATE,
    DigitDots,
    dotted,
    dotted_indexed,
    dotted_lazily,
    keyword_number,
    number_pattern,
)

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


CandAt = Callable[[str, int, bool], "tuple[Cand, bool | None] | None"]
# a candidate of a given style and value at text[start:end], for a keyword number the grammar cannot read
# ("ARTICLE IDEFINITIONS": the numeral glued to its heading)
CandMake = Callable[[str, int, int, str, int], Cand]


def _value(c: Cand, key: tuple[str, int]) -> int | None:
    for r in c.readings:
        if r.key == key:
            return r.values[-1] if key[0] in ("decimal", "section") else r.values[0]
    return None



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
# a stretch at least this long has its "n." places read from ``DigitDots`` and its keyword numbers from the
# index's keyword places (shorter ones: scanned, cheaper than the index's scan of the text)
LONG_STRETCH = 1 << 16


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


class GapFinder:
    """The look-ups of one document's recovery: ``found`` the candidates made, ``taken`` their starts."""

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
        self.dots = DigitDots(text)  # where each "n." stands, for the looks over long stretches

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
                glued = self._glued_matches(pat, template, key[0], n, lo, hi)
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
            if hi - lo >= LONG_STRETCH and len(literal) <= INDEXED_DIGITS + 1:
                return dotted_indexed(self.dots, literal, lo, hi, last)
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
            found = [] if pat is None else self._pattern_matches(pat, template, lo, hi)
        return reversed(found) if last else found

    def _glued_matches(self, pat: regex.Pattern[str], template: str, style: str, n: int, lo: int,
                       hi: int) -> list[regex.Match[str]]:
        """``list(pat.finditer(self.text, lo, hi))`` for ``pat = number_pattern(template, style, n, _, True)``;
        over a long stretch, for a template "N.", tried only where ``dots`` has "n." (the pattern is "n." with
        a look behind and ahead, and no two places of "n." overlap)."""
        literal = dotted(template, style, n)
        if literal is None or hi - lo < LONG_STRETCH or len(literal) > INDEXED_DIGITS + 1:
            return list(pat.finditer(self.text, lo, hi, overlapped=False))
        text, match = self.text, pat.match
        return [m for k in self.dots.positions(literal[:-1], lo, hi) if (m := match(text, k, hi)) is not None]

    def _pattern_matches(self, pat: regex.Pattern[str], template: str, lo: int, hi: int) -> list[regex.Match[str]]:
        """``list(pat.finditer(self.text, lo, hi))`` for ``pat = number_pattern(template, ...)``; over a long
        stretch, for a template with a keyword ("ARTICLE IV"), tried only at the keyword's places in the
        index (every match opens at its keyword, and holds no other)."""
        m = TEMPLATE.match(template) if hi - lo >= LONG_STRETCH and self.doc is not None else None
        kw = m.group(1).lower() if m is not None and m.group(1) else None
        if kw not in ("article", "section"):
            return list(pat.finditer(self.text, lo, hi, overlapped=False))
        return list(finditer_at(pat, self.text, self._keyword_places(kw, lo, hi), lo, hi))

    def _keyword_places(self, kw: str, lo: int, hi: int) -> list[int]:
        """Where "article" or "section" may stand caselessly in ``lo..hi`` (the index's keyword places)."""
        assert self.doc is not None
        places = self.doc.folded_positions(b"article" if kw == "article" else b"sec")
        places = places[bisect_left(places, lo) : bisect_left(places, hi)]
        if kw == "article":
            return places
        low = self.doc.ascii_folded
        return [k for k in places if low.startswith(b"tion", k + 3)]

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

