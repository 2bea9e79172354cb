"""How a run's missing number is written and found: the template a run's members share ("Section 4.",
"2.0", "IV."), the pattern of one number in it (compiled once per shape, not per number), and the
lazy look-ups of dotted numbers. Split from ``section_recovery``, which fills the runs."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from .references import roman_value

BLANK = "[ \\t\\u00a0]"


def _roman(n: int) -> str:
    out = ""
    for v, s in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


def _canonical_roman(s: str) -> bool:
    """Is ``s`` a roman numeral as written canonically ("IV", not "IIL")?"""
    v = roman_value(s)
    return v is not None and _roman(v) == s


# a run member's number: keyword, value, zeros, full stop ("Section 4.", "2.0", "IV.")
TEMPLATE = regex.compile(r"(?i)(article|section)?" + BLANK + r"*+(\d{1,3}|[IVXLC]{1,7})(\.0{1,2})?(\.)?")
# number_pattern's pattern for a template like "3." (the commonest), with any number: where ``str.find`` finds
# the number and its full stop, this reads as that pattern would there (the digits run to the stop)
_NOT_AFTER_KEYWORD = r"(?<!(?i:section|sections|article|paragraph|clause|schedule|exhibit|\u00a7)" + BLANK + r"{0,2})"
_DOTTED_NUMBER = regex.compile(r"(?:(?<!\d)|(?<=" + BLANK + r"{2}\d{1,3}))" + _NOT_AFTER_KEYWORD + r"\d++\.(?!\d)")


def dotted(template: str, style: str, n: int) -> str | None:
    """``f"{n}."`` when ``number_pattern(template, style, n, ...)`` is the pattern of a bare number and its
    full stop (``_DOTTED_NUMBER`` with that number), else None."""
    m = TEMPLATE.match(template)
    if m is None or m.group(1) or style == "roman_dot" or not m.group(2).isdigit() or m.group(3) or not m.group(4):
        return None
    return f"{n}."


def dotted_matches(text: str, literal: str, lo: int, hi: int) -> list[regex.Match[str]]:
    """``list(number_pattern(...).finditer(text, lo, hi))`` for the pattern ``dotted`` stands for, without
    compiling it: tried where ``str.find`` finds ``literal`` (its matches cannot overlap: each ends with
    a full stop, which no number holds)."""
    out = []
    k = text.find(literal, lo, hi)
    while k >= 0:
        m = _DOTTED_NUMBER.match(text, k, hi)
        if m is not None:
            out.append(m)
        k = text.find(literal, k + 1, hi)
    return out


def dotted_lazily(text: str, literal: str, lo: int, hi: int, last: bool) -> Iterator[regex.Match[str]]:
    """``dotted_matches(text, literal, lo, hi)``, last first when ``last``, made as they are tried: the
    first one that reads as a heading ends the look, which may span the text (the numbers before a run
    are looked for from its top, once per run)."""
    if not last:
        k = text.find(literal, lo, hi)
        while k >= 0:
            m = _DOTTED_NUMBER.match(text, k, hi)
            if m is not None:
                yield m
            k = text.find(literal, k + 1, hi)
        return
    k = text.rfind(literal, lo, hi)
    while k >= 0:
        m = _DOTTED_NUMBER.match(text, k, hi)
        if m is not None:
            yield m
        k = text.rfind(literal, lo, k + len(literal) - 1)  # (the next place that opens before this one)


# a full stop after an ASCII digit: every place a number "n." stands ends at one (``DigitDots``); in ``re``,
# which scans it ~1.5x faster (a literal and a look behind at ASCII digits: both engines read it alike)
DIGIT_DOT = re.compile(r"\.(?<=[0-9]\.)")
_DIGITS = frozenset("0123456789")
INDEXED_DIGITS = 4  # numbers of up to this many digits are kept by ``DigitDots`` (run values have three)


class DigitDots:
    """Where each number of up to INDEXED_DIGITS digits stands before a full stop in one text (what
    ``str.find(f"{n}.")`` finds, one after another), read from one scan of the text made as far as a look
    needs. A look over a long stretch (a run's neighbours far apart, the text before its first number)
    then costs the places of its number, not the stretch's length: in a long document a look may span
    most of it, once per missing number of every run."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._at: dict[str, list[int]] = {}  # digits -> the starts of "digits." in text, in order
        self._to = 0  # every run ending before this is in ``_at``
        self._scan: Iterator[re.Match[str]] | None = None

    def positions(self, digits: str, lo: int, hi: int) -> list[int]:
        """Every k with ``text.startswith(digits + ".", k)`` and ``lo <= k``, ``k + len(digits) + 1 <= hi``,
        in order (``digits``: a number as ``str(n)`` writes it, at most INDEXED_DIGITS long)."""
        if self._to < hi:
            self._extend(hi)
        at = self._at.get(digits)
        if not at:
            return []
        return at[bisect_left(at, lo) : bisect_right(at, hi - len(digits) - 1)]

    def _extend(self, hi: int) -> None:
        """Go on with the scan until every run whose full stop stands before ``hi`` is kept."""
        if self._scan is None:
            self._scan = DIGIT_DOT.finditer(self.text)
        text, at = self.text, self._at
        for m in self._scan:
            dot = m.start()
            a = dot - 1  # the run's first digit, or the INDEXED_DIGITS-th before the stop
            floor = max(0, dot - INDEXED_DIGITS)
            while a > floor and text[a - 1] in _DIGITS:
                a -= 1
            # each ending of the run is a number's place ("21." holds "1."), but no "n" opens with a zero
            for k in range(a, dot):
                if text[k] != "0" or k == dot - 1:
                    got = at.get(text[k:dot])
                    if got is None:
                        at[text[k:dot]] = [k]
                    else:
                        got.append(k)
            self._to = dot + 1
            if self._to >= hi:
                return
        self._to = len(text) + 1  # the scan is done


def dotted_indexed(dots: DigitDots, literal: str, lo: int, hi: int, last: bool) -> Iterator[regex.Match[str]]:
    """``dotted_lazily(dots.text, literal, lo, hi, last)``, its places read from ``dots`` (``literal``: "n."
    of at most INDEXED_DIGITS digits)."""
    text, match = dots.text, _DOTTED_NUMBER.match
    ks = dots.positions(literal[:-1], lo, hi)
    for k in reversed(ks) if last else ks:
        m = match(text, k, hi)
        if m is not None:
            yield m


def _keyword_prefix(kw: str) -> str:
    # (perhaps with a dash between: "ARTICLE - 1 DEFINITIONS")
    return r"(?i:" + kw + r")(?:" + BLANK + r"{1,3}+[\-\u2013\u2014])?" + BLANK + r"{1,3}"


@functools.lru_cache(maxsize=64)
def keyword_number(template: str) -> regex.Pattern[str] | None:
    """For a template like "Section 4." or "ARTICLE 2": ``number_pattern``'s pattern with any number in group
    ``n``, else None. Where its number is ``n``, a match is one of ``number_pattern(template, style, n, ...)``
    and the other way round (after the keyword only blanks and a dash may precede the number, so it
    starts at one place, and its digits run to a non-digit, as that pattern's boundary requires); the
    matches start at the keyword and hold no other, so none hides another."""
    m = TEMPLATE.match(template)
    if m is None or not m.group(1) or not m.group(2).isdigit():
        return None
    return _keyword_number(m.group(1).lower(), m.group(3) or "")


@functools.lru_cache(maxsize=16)
def _keyword_number(kw: str, zeros: str) -> regex.Pattern[str]:
    """``keyword_number``'s pattern, one per keyword and zeros: the keyword is matched caselessly, so
    "Section 4." and "SECTION 4" share it (and a run's looks share its whole-text scan)."""
    return regex.compile(_keyword_prefix(kw) + r"(?P<n>\d++)" + regex.escape(zeros) + r"\.?")


def number_pattern(template: str, style: str, n: int, known: bool, after_digit: bool = False
                   ) -> regex.Pattern[str] | None:
    """The number ``n`` written as ``template`` (a run member's number: "3.", "2.0", "Section 4.",
    "ARTICLE IV", "IV.") is written, wherever it stands. ``known``: the place is known to hold ``n`` if
    anything (between its neighbours, just before its first subsection), so that a roman numeral may be
    glued to a capital that would continue it ("ARTICLE VINTELLECTUAL PROPERTY" is ARTICLE V).
    ``after_digit``: only a bare "n." glued to the digits before it (see ``section_gaps.GapFinder.find``)."""
    m = TEMPLATE.match(template)
    if m is None:
        return None
    kw, value, zeros, dot = m.groups()
    if value.isdigit():
        digits = True
    elif roman_value(value) is not None:
        digits = False
    else:
        return None
    # compiled once per shape of the template: "3." and "12." give the same pattern for a given ``n``, and
    # so do "ARTICLE" and "Article" (the keyword is matched caselessly)
    return _shaped_pattern(kw.lower() if kw else None, digits, zeros, bool(dot), style == "roman_dot", n, known,
                           after_digit)


@functools.lru_cache(maxsize=1024)
def _shaped_pattern(kw: str | None, digits: bool, zeros: str | None, dot: bool, roman_dot: bool, n: int,
                    known: bool, after_digit: bool) -> regex.Pattern[str] | None:
    """``number_pattern``'s pattern for a template of this shape: its keyword (lower case), digits or a roman
    numeral, its zeros and full stop."""
    num = str(n) if digits else _roman(n)
    # not inside a longer number or roman numeral ("10" for "1", "II" for "I")
    # a roman numeral may be glued to a heading in capitals ("ARTICLE IDEFINITIONS"), but not to a letter
    # that would continue it ("I" before "II")
    cont = "".join(ch for ch in "IVXLC" if not known and not digits and _canonical_roman(num + ch))
    boundary = r"(?!\d)" if digits else r"(?![a-z" + cont + r"])"
    if kw:
        return regex.compile(_keyword_prefix(kw) + num + boundary + regex.escape(zeros or "") + r"\.?")
    if roman_dot:
        return regex.compile(r"(?<![A-Za-z])" + num + r"\.")
    if not dot and not zeros:
        return None  # a bare number ("3 Term") is too common in running text to look for
    tail = regex.escape(zeros or "") + (r"\." if dot else r"(?![.\d])")
    if after_digit:
        # where the place is not known, not after a dotted number's digits ("Section 6.01.Confidentiality":
        # "1." of a contents line); between its neighbours, even so ("in section 3.15.    PAYMENTS" is 5.)
        before = r"(?<=\d)" if known else r"(?<=(?<![\d.,])\d{1,20}+)"
        return regex.compile(before + num + tail + r"(?!\d)") if dot else None
    # not inside a longer number, but perhaps glued after a page number that follows a wide gap
    # (and not the number of a reference or of an exhibit: "Exhibit 10.A.52" under an HTML's QuickLinks)
    return regex.compile(r"(?:(?<!\d)|(?<=" + BLANK + r"{2}\d{1,3}))" + _NOT_AFTER_KEYWORD + num + tail + r"(?!\d)")
