"""Numbered provisions: the number that opens a heading, and cross-references to provisions.

BNF::

    heading_number ::= paren_item | close_item | decimal | article | section | attachment | roman_dot | letter_dot
    article        ::= "ARTICLE" (roman | integer | number_word) ["." | ":" | "-"]
    section        ::= ("SECTION" | "Sec.") decimal_value [letter_suffix]
    attachment     ::= ("SCHEDULE" | "EXHIBIT" | "APPENDIX" | "ANNEX" | "ATTACHMENT") attach_value
    decimal        ::= integer ("." integer){0,3} ["."]                 1.  1.0  1.1  1.1.1  1.01
    letter_suffix  ::= [" "] letter ["."]                                 "SECTION 3 A."  "Section 7.A"
    paren_item     ::= "(" (integer | roman | letter{1,2}) ")"           (a)  (i)  (A)  (1)
    close_item     ::= (integer | roman | letter{1,2}) ")"               a)  ii)  1)
    roman_dot      ::= upper_roman "."                                   IV.
    letter_dot     ::= letter "."                                        A.  b.

    reference      ::= division_word ["s"] ref_item (list_sep ref_item){0,20}
    ref_item       ::= decimal_value [letter_suffix] paren_item{0,4} | roman | letter
    list_sep       ::= "," | "and" | "or" | "through" | "to" | "&"

Where a heading may stand is decided by compiled ``regex`` scans (``LINE_STARTS``
for a number at the start of a line, ``GLUED`` for one that lost its line break
in PDF- or HTML-extracted text); the grammar then parses only the candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import AnyStr, NamedTuple

import pyparsing as pp

from . import find_all, finditer_at, vocabulary
from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from .compile import compile_grammar
from .text_index import TextIndex

NUMBER_WORDS = {w: int(v) for w, v in (ln.split("\t") for ln in vocabulary("cardinal_words"))}
ATTACHMENT_WORDS = vocabulary("attachment_keywords")

integer = pp.Regex(r"\d{1,3}").set_name("integer")
upper_roman = pp.Regex(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![A-Za-z])").set_name(
    "upper_roman"
)
roman = pp.Regex(r"(?i)(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})(?![a-z])").set_name("roman")
number_word = pp.Regex(r"(?i)(?:" + "|".join(sorted(NUMBER_WORDS, key=lambda w: (-len(w), w))) + r")\b").set_name(
    "number_word"
)
decimal_value = pp.Regex(r"\d{1,3}(?:\.\d{1,3}){0,3}(?![\d])").set_name("decimal_value")
letter_suffix = pp.Regex(r"(?:\.|[ \t\u00a0]{1,2})?[A-Za-z](?![A-Za-z0-9])").set_name("letter_suffix")
end_dot = pp.Regex(r"[.:\-\u2013\u2014]").set_name("end_dot")

article_kw = pp.Regex(r"(?i)article(?![a-z])").set_name("article_kw")
section_kw = pp.Regex(r"(?i)(?:section|sec\.)(?![a-z])").set_name("section_kw")
attachment_kw = pp.Regex(r"(?i)(?:" + "|".join(ATTACHMENT_WORDS) + r")(?![a-z])").set_name("attachment_kw")
attach_value = pp.Regex(r"(?:\d{1,3}(?:\.\d{1,2})?|[A-Z]{1,2}(?:-\d{1,2})?)(?![A-Za-z0-9])").set_name(
    "attach_value"
)

article = (
    article_kw("keyword") + (upper_roman | integer | number_word | roman)("value") + pp.Optional(end_dot)
).set_name("article")
section = (
    section_kw("keyword")
    + decimal_value("value")
    + pp.Optional(letter_suffix("suffix"))
    + pp.Optional(end_dot)
).set_name("section")
attachment = (attachment_kw("keyword") + attach_value("value") + pp.Optional(end_dot)).set_name("attachment")
decimal = (decimal_value("value") + pp.Optional(pp.Literal(".")("dot"))).set_name("decimal")
paren_item = pp.Regex(r"\((?P<value>\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}|[a-z]{1,2}|[A-Z]{1,2})\)").set_name(
    "paren_item"
)
close_item = pp.Regex(r"(?P<value>\d{1,2}|[ivx]{1,5}|[a-z]{1,2}|[A-Z])\)(?![A-Za-z0-9])").set_name(
    "close_item"
)
roman_dot = pp.Regex(r"(?P<value>(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\.").set_name(
    "roman_dot"
)
letter_dot = pp.Regex(r"(?P<value>[A-Za-z])\.(?![A-Za-z0-9])").set_name("letter_dot")

# Numbers first, as they are the commonest (each failed alternative costs a ParseException). The
# order only matters where two alternatives can open with the same characters: close_item before
# decimal ("1)"), roman_dot before letter_dot ("I."); the others exclude each other by the first one
# or two characters ("(", a digit, a keyword, letters then ")" or ".").
heading_number = (
    (
        paren_item("paren")
        | close_item("close")
        | decimal("decimal")
        | article("article")
        | section("section")
        | attachment("attachment")
        | roman_dot("roman_dot")
        | letter_dot("letter_dot")
    )
    .set_name("heading_number")
    .parse_with_tabs()
)
heading_number.set_whitespace_chars(" \t\u00a0")

_KW = r"(?i:article|section|sec\.|schedule|exhibit|appendix|annex|attachment)(?![A-Za-z])"
_TOKEN = (
    r"(?:" + _KW + r"[ \t\u00a0]{1,6}[0-9A-Za-z]"
    r"|\d{1,3}(?:\.\d{1,3}){0,3}\.?(?=[ \t\u00a0]|$|[A-Z\"\u201c(\[])"
    r"|\([0-9A-Za-z]{1,6}\)"
    r"|(?:\d{1,2}|[A-Za-z]{1,5})\)(?=[ \t\u00a0])"
    r"|[IVXLC]{1,6}\.(?=[ \t\u00a0])"
    r"|[A-Za-z]\.(?=[ \t\u00a0]))"
)
# A number at the start of a line, or after a long run of spaces that follows the end of a sentence
# (flattened text keeps the indentation of the line break it lost), perhaps with the page number
# that stood between them ("pursuant to Section 10.      -25-      SECTION  10.  Contribution.").
# Three patterns rather than one alternation: the regex module scans each of them several times faster.
# The first line is matched on its own (``FIRST_LINE.match``) and the others after their "\n":
# a scan that opens with a literal runs ~12x faster than one for "(?m)^".
FIRST_LINE = regex.compile(r"(?m)^[ \t\u00a0]{0,60}(?P<tok>" + _TOKEN + r")")
# possessive: a number never opens with a blank, so giving blanks back could not help
WIDE_GAP_START = regex.compile(r"[.:;!?\"\u201d)\]][ \t\u00a0]{3,62}+(?P<tok>" + _TOKEN + r")")
PAGE_NUMBER_START = regex.compile(
    r"[.:;!?\"\u201d)\]][ \t\u00a0]{2,60}-[ \t]?\d{1,3}[ \t]?-[ \t\u00a0]{2,62}(?P<tok>" + _TOKEN + r")"
)
LINE_STARTS = (
    # possessive, as WIDE_GAP_START: a third faster, as a line whose indentation is not followed by a
    # number no longer retries the token after every blank it could give back
    regex.compile(r"(?m)\n[ \t\u00a0]{0,60}+(?P<tok>" + _TOKEN + r")"),
    WIDE_GAP_START,
    PAGE_NUMBER_START,
)
# WIDE_GAP_START needs three blanks in a row, so one of these: a text without them skips the scan,
# which tries every punctuation mark (about 40% of the corpus has none)
WIDE_GAP_BLANKS = ("   ", "\t", "\u00a0")


def line_start_scans(text: str) -> tuple[regex.Pattern[str], ...]:
    """The LINE_STARTS patterns that can match in ``text``."""
    if any(b in text for b in WIDE_GAP_BLANKS):
        return LINE_STARTS
    return tuple(p for p in LINE_STARTS if p is not WIDE_GAP_START)


# The first two patterns again in the standard ``re`` engine, which scans them faster (the line starts
# ~1.4x, the wide gaps, whose scan tries every punctuation mark, ~2x; ``regex`` is kept for the others,
# several of which look behind by a variable width). They hold nothing the engines read differently:
# blanks and ASCII classes, ``\d`` (Unicode digits in both), ``$`` and ``(?m)`` alike, and a caseless
# keyword whose letters both fold alike, but for U+0131 (dotless i), which only ``re`` takes for "i": a
# text holding one is scanned by ``regex`` (tests/test_section_scans.py compares the matches).
_LINE_START_RE = re.compile(LINE_STARTS[0].pattern)
_WIDE_GAP_RE = re.compile(WIDE_GAP_START.pattern)
_RE_FOLDS_APART = "\u0131"


def line_start_matches(text: str) -> Iterator[re.Match[str] | regex.Match[str]]:
    """``p.finditer(text)`` for each pattern of ``line_start_scans(text)``, one after another."""
    # whether the text holds a tab or a no-break space, asked once (each test is a pass over a text
    # without one); a text with neither needs "   " for a wide gap
    odd_blanks = "\t" in text or "\u00a0" in text
    std = _RE_FOLDS_APART not in text  # (no pass over a text of Latin-1 characters only)
    yield from (_LINE_START_RE if std else LINE_STARTS[0]).finditer(text)
    if odd_blanks or "   " in text:
        yield from (_WIDE_GAP_RE if std else WIDE_GAP_START).finditer(text)
    yield from finditer_at(PAGE_NUMBER_START, text, _page_number_starts(text, odd_blanks))


# PAGE_NUMBER_START's page number ("  -25-  "), found from its first "-": its own scan tries every
# punctuation mark, and the marks before a page number are few
_PAGE_DASH = regex.compile(r"-(?<=[ \t\u00a0]{2}-)(?=[ \t]?\d{1,3}[ \t]?-[ \t\u00a0]{2})")
_BLANK = frozenset(" \t\u00a0")


def _page_dashes(text: str, odd_blanks: bool | None = None) -> list[int]:
    """``[m.start() for m in _PAGE_DASH.finditer(text)]``; in a text whose only blank is " ", tried
    only after each "  " + "-" found by ``str.find`` (the scan tries every "-" of the text).
    ``odd_blanks``: whether the text holds a tab or a no-break space, when the caller knows."""
    if odd_blanks is None:
        odd_blanks = "\t" in text or "\u00a0" in text
    if odd_blanks:
        return [m.start() for m in _PAGE_DASH.finditer(text)]
    match = _PAGE_DASH.match
    return [k + 2 for k in find_all(text, "  -") if match(text, k + 2)]


def _page_number_starts(text: str, odd_blanks: bool | None = None) -> list[int]:
    """Where PAGE_NUMBER_START can match: at the mark before the run of blanks (60 at most) that
    ends at a page number's first "-" (only blanks stand between them, and a mark is not one)."""
    out: list[int] = []
    for k in _page_dashes(text, odd_blanks):
        floor = max(0, k - 61)
        while k > floor and text[k - 1] in _BLANK:
            k -= 1
        if k > 0 and text[k - 1] not in _BLANK:
            out.append(k - 1)
    return out


# A number that lost its line break: after the end of a sentence ("as follows: 1. All ...", "as
# follows:1. Amendment"), glued to the last word of the previous provision ("1.0Services1.1.Client"),
# or after a heading in capitals ("ARTICLE 1. BACKGROUND AND DEFINITIONS 1.1 Licensor has").
_NOT_AFTER_KW = r"(?<!(?i:section|sections|article|paragraph|clause|schedule|exhibit|\u00a7)[ \t\u00a0]{0,2})"
_DOTTED = r"\d{1,3}(?:\.\d{1,3}){1,3}\.?"
_DOTTED_REST = r"\d{1,3}(?:\.\d{1,3}){0,2}\.?"  # _DOTTED after its first "."
_ARTICLE_TOK = r"(?i:article)[ \t\u00a0]{1,3}(?:\d{1,2}+|[IVXLC]{1,6}+)\.?"
# One pattern per way a number gets glued (an alternation of them scans several times slower). A
# pattern that opens with a literal or a consumed character scans several times faster than one
# that opens with a lookbehind or a class of punctuation; only the start of ``tok`` is used, and
# where the match now starts elsewhere it still cannot overlap another (no number opens inside
# another number or right after a character these patterns consume).
GLUED = tuple(
    regex.compile(p)
    for p in (
        r"\.(?<=(?<![\d.,])\d{4,5}\.)(?P<tok>\d{1,2}\.)(?=[ \t\u00a0]{1,6}[A-Z][a-z])",
        r"[A-Z](?<=[A-Z]{3})(?P<tok>\d{1,2}\.)(?=[ \t\u00a0]{1,6}[A-Z]{2})",
        # opens at the number's first "." and looks behind for its first digits (as does the fifth)
        # (not the "." of "Sec. 1.1": that number belongs to the keyword's own candidate)
        r"(?<=(?<!\d)(?<!(?i:\bsec))[.:;!?\"\u201d)\]][ \t\u00a0]{0,3}(?P<tok>\d{1,3}))\.(?:(?!\d)|"
        + _DOTTED_REST + r")"
        r"(?=[ \t\u00a0]{0,3}[A-Z\"\u201c\[(])",
        r"[.:;!?\"\u201d)\]][ \t\u00a0]{1,3}(?P<tok>\([a-z0-9]{1,4}\))(?=[ \t\u00a0]{1,3}[A-Z\[])",
        r"(?<=(?:^|[A-Za-z)\]])(?P<tok>\d{1,3}))\." + _DOTTED_REST + r"(?=[A-Z][a-z]|[ \t\u00a0]{1,3}[A-Z][a-z])",
        r"[A-Z](?<=[A-Z]{2})[ \t\u00a0]{1,3}" + _NOT_AFTER_KW + r"(?P<tok>" + _DOTTED + r")(?=[ \t\u00a0]{1,3}[A-Z])",
        # after the end of a sentence, a heading in title case may follow ("as follows:Article 1.Amendment and
        # Termination"); after a word, only capitals ("in Article 1. The" is a reference)
        r"(?:(?<=[.:;!?\"\u201d)\]][ \t\u00a0]{0,3})(?P<tok>" + _ARTICLE_TOK + r")(?=[ \t\u00a0]{0,3}[A-Z][A-Za-z])"
        r"|(?<=[a-z][ \t\u00a0]{1,3})(?P<tok>" + _ARTICLE_TOK + r")(?=[ \t\u00a0]{0,3}[A-Z]{2}))",
        # "...the Common Stock.\u00a0SECTION\u00a01.\u00a0REPRESENTATIONS": after the end of a sentence only
        # (after a word it is a reference: "in Section 2. Invoices")
        r"(?<=[.:;!?\"\u201d)\]][ \t\u00a0]{0,3})(?P<tok>(?i:section)[ \t\u00a0]{1,3}\d{1,3}+(?:\.\d{1,3}+){0,2}\.?)"
        r"(?=[ \t\u00a0]{0,3}[A-Z][A-Za-z])",
    )
)
# GLUED[3] ("... as follows: (a) The") opens with a mark, which its scan tries everywhere; its "(" is
# rarer and opens this scan, which gives the mark before (half the time of the pattern's own scan)
_GLUED_PAREN = GLUED[3]
_PAREN_AFTER_MARK = regex.compile(r"\((?<=(?P<mark>[.:;!?\"\u201d)\]])[ \t\u00a0]{1,3}\()")
# GLUED[6] opens at its caseless "article": found by ``bytes.find`` in the ``ascii_folded`` copy, which the
# reference scan of the same text reuses (one TextIndex), instead of a scan that tries every position
_GLUED_ARTICLE = GLUED[6]
_GLUED_SECTION = GLUED[7]  # opens at its caseless "section", found the same way


def glued_matches(doc: TextIndex) -> Iterator[regex.Match[str]]:
    """``p.finditer(doc.text)`` for each pattern of ``GLUED``, one after another."""
    text = doc.text
    for p in GLUED:
        if p is _GLUED_PAREN:
            # the mark is the only one before its "(": only blanks stand between them
            yield from finditer_at(p, text, [m.start("mark") for m in _PAREN_AFTER_MARK.finditer(text)])
        elif p is _GLUED_ARTICLE:
            yield from finditer_at(p, text, doc.folded_positions(b"article"))
        elif p is _GLUED_SECTION:
            # "section" where "sec" stands: the reference scan of the same index finds "sec" anyway
            low = doc.ascii_folded
            yield from finditer_at(p, text, [k for k in doc.folded_positions(b"sec") if low.startswith(b"tion", k + 3)])
        else:
            yield from p.finditer(text)


# Table-of-contents lines end with a page number or dot leaders, or run entries together
# ("USAGE AND DEFINITIONS 1 Section 1.1 Usage").
TOC_END = regex.compile(
    r"(?:\.{4,}|[ \t\u00a0]{2,}|\t|(?<=[A-Za-z])[ \t\u00a0])[ \t\u00a0]*(?:(?i:page)[ "
    r"\t\u00a0]*)?(?:\d{1,3}|[ivx]{1,5})[ \t\u00a0]*$"
)
TOC_RUN = regex.compile(
    r"[A-Za-z][ \t\u00a0]?\d{1,3}[ \t\u00a0]?(?:Section|SECTION|Article|ARTICLE)[ \t\u00a0]"
)
TOC_RUN_WINDOW = 300
# The heading of a table of contents: "TABLE OF CONTENTS", "CONTENTS", "TABLE OF CONTENTS   Page",
# "TABLE OF CONTENTS (cont'd)" alone on a line (HTML converters may join "Page" or a page number)
CONTENTS_HEADING = regex.compile(
    r"(?im)^[ \t\u00a0]*+(?:table[ \t\u00a0]++of[ \t\u00a0]++)?contents[ \t\u00a0]*+"
    r"(?:\((?:cont|continued)[^)\n]{0,12}\)[ \t\u00a0]*+)?(?:page[ \t\u00a0]*+)?$"
)

_CONTENTS = b"contents"  # in every CONTENTS_HEADING match


def contents_heading(doc: TextIndex, end: int) -> regex.Match[str] | None:
    """``CONTENTS_HEADING.search(doc.text, 0, end)``, tried only at the start of each line that holds
    "contents" in the ``ascii_folded`` copy (a caseless scan of half the text tries every line)."""
    text, low = doc.text, doc.ascii_folded
    tried = -1
    k = low.find(_CONTENTS, 0, end)
    while k >= 0:
        line = text.rfind("\n", 0, k) + 1  # where (?m)^ matches: after a "\n"
        if line != tried:
            tried = line
            m = CONTENTS_HEADING.match(text, line, end)
            if m is not None:
                return m
        k = low.find(_CONTENTS, k + 1, end)
    return None


def toc_end(tail: str) -> bool:
    """Does ``tail`` (no line break) end like a table-of-contents line? ``TOC_END.search``, run only
    when the last non-blank could end its number (most tails end in a word)."""
    last = tail.rstrip(" \t\u00a0")[-1:]
    if not last or (last.isascii() and not last.isdecimal() and last not in "ivx"):
        return False
    return TOC_END.search(tail) is not None


# TOC_RUN opened at its keyword: a search for it tries every letter, and a line start that has the
# keyword at all mostly has it once or twice
_TOC_RUN_AT = regex.compile(
    r"(?<=[A-Za-z][ \t\u00a0]?\d{1,3}[ \t\u00a0]?)(?:Section|SECTION|Article|ARTICLE)[ \t\u00a0]"
)
_TOC_RUN_WORDS = ("Section", "SECTION", "Article", "ARTICLE")


def toc_run(rest: str) -> bool:
    """``TOC_RUN.search(rest, 0, TOC_RUN_WINDOW)`` is not None: the pattern tried where
    ``str.find`` finds one of its keywords in the window."""
    head = rest[:TOC_RUN_WINDOW]
    for word in _TOC_RUN_WORDS:
        k = head.find(word)
        while k >= 0:
            if _TOC_RUN_AT.match(head, k) is not None:
                return True
            k = head.find(word, k + 1)
    return False


def toc_keyword_starts(doc: TextIndex) -> list[int]:
    """In order, every place where one of TOC_RUN's keywords ("Section", "Article" in two writings) may
    stand, and more (either word in any case), from the positions the heading and reference scans of the
    same index find anyway (in its ``ascii_folded`` copy: never None). ``toc_run`` of a line
    holding none of them is False."""
    articles = doc.folded_positions(b"article")
    secs = doc.folded_positions(b"sec")
    low = doc.ascii_folded
    return sorted([*articles, *(k for k in secs if low.startswith(b"tion", k + 3))])


# A page number alone on a line of a table of contents (an HTML table's cell): "12", "iv", "Page 3"
PAGE_CELL = regex.compile(r"[ \t\u00a0]*+(?:(?i:page)[ \t\u00a0]*+)?(?:\d{1,3}|[ivx]{1,5})[ \t\u00a0]*+")
# A line that opens with a street address ("1 Infinite Loop", "345 Park Avenue, Suite 2"): a letterhead
STREET_WORDS = vocabulary("street_words")
STREET_LINE = regex.compile(
    r"\d{1,5}+[ \t\u00a0]++(?:[A-Z][\w'.\-]*+[ \t\u00a0]++){0,4}?(?i:"
    + "|".join(regex.escape(w) for w in STREET_WORDS)
    + r")(?![A-Za-z])"
)
# The last word of a line that a cross-reference continues ("attached as", "set forth in")
REFERENCE_LEAD_WORDS = frozenset(vocabulary("reference_lead_words"))
LAST_WORD = regex.compile(r"(?r)(?<![A-Za-z])[a-z]++[ \t\u00a0]*+\r?+\n[ \t\u00a0]*+\Z")


def wrapped_reference(text: str, pos: int) -> bool:
    """Does the line ending just before ``pos`` (a line start, no blank line between) end with a word
    that leads into a reference ("in the form attached as\\nExhibit 1.")?"""
    m = LAST_WORD.search(text, max(0, pos - 80), pos)
    if m is None:
        return False
    return m.group().split()[0] in REFERENCE_LEAD_WORDS


# -- cross-references --------------------------------------------------------------------
REF_ITEM_PATTERN = _REF_ITEM = (
    r"(?:\d{1,3}(?:\.\d{1,3}){0,3}(?:(?:\.|[ \t\u00a0])?[A-Za-z](?![A-Za-z0-9])\.?)?(?:"
    r"[ \t\u00a0]?\([0-9A-Za-z]{1,5}\)){0,4}"
    r"|[IVXLC]{1,6}(?![A-Za-z])|[A-Z](?:-\d{1,2})?(?![A-Za-z0-9]))"
)
REFERENCE = regex.compile(
    r"\b(?P<kw>(?i:articles?|sections?|subsections?|paragraphs?|subparagraphs?|clauses?|schedules?|exhibits?"
    r"|appendix|appendices|annex(?:es)?|attachments?|sec\.|§§?))\s{0,3}"
    r"(?P<items>"
    + _REF_ITEM
    + r"(?:\s{0,12}(?:,|&|\b(?:and|or|through|to)\b)\s{0,12}(?:,[ \t\u00a0]*)?"
    + _REF_ITEM
    + r"){0,20})"
)
# What follows a reference: "of this Agreement" (internal) or "of the Distributor Agreement" (another one).
REF_TAIL = regex.compile(
    r"\s{0,3}(?:of|to|in|under)\s{1,3}(?P<doc>(?:(?:this|the|such|that)\s{1,3})?"
    r"(?:[A-Z][\w&'\-]*\s{1,3}){0,6}(?:Agreement|Amendment|Plan|License|Lease|Contract|Note|Indenture)"
    r"(?:[ \t\u00a0]*#[ \t\u00a0]*\d{1,2}|[ \t\u00a0]+No\.[ \t\u00a0]*\d{1,2}|[ \t\u00a0]+\d{1,2}\b)?)"
    r"|\s{0,3}(?P<here>hereof|herein|hereto|hereunder|below|above)"
)


# Where a reference may start: a keyword's stem in the lower-cased copy (``ascii_lowered``: it keeps
# every offset and finds every spelling the caseless keywords match). ``find`` is many times faster
# than the case-insensitive scan; a text that copy refuses is scanned by REFERENCE. "sec" stands
# for "section" and "sec.", and "sub" before "sec" or "paragraph" opens "subsection" or
# "subparagraph": ten passes over the text instead of thirteen (each costs the same).
_REF_STEMS = (
    "article", "sec", "paragraph", "clause", "schedule", "exhibit", "appendi", "annex", "attachment", "\u00a7",
)  # fmt: skip


# in an ``ascii_lowered`` copy: Latin-1 bytes ("\u00a7" is one of them, kept as it is)
_REF_STEM_BYTES = tuple(stem.encode("latin-1") for stem in _REF_STEMS)


def reference_starts(low: str | bytes) -> list[int]:
    """Every position of a keyword stem of REFERENCE in the lower-cased text ``low`` (a ``lowered``
    str or an ``ascii_lowered`` bytes copy), in order."""
    if isinstance(low, bytes):
        return _stem_starts(low, _REF_STEM_BYTES, b"sub")
    return _stem_starts(low, _REF_STEMS, "sub")


def _stem_starts(low: AnyStr, stems: tuple[AnyStr, ...], sub: AnyStr) -> list[int]:
    starts = [k for stem in stems for k in find_all(low, stem)]
    starts += [k - 3 for k in starts if k >= 3 and low.startswith(sub, k - 3)]
    return sorted(set(starts))


def _index_reference_starts(doc: TextIndex, low: bytes) -> list[int]:
    """``reference_starts(low)`` for ``low = doc.ascii_folded``, from the positions the index keeps (the
    heading scan of the same text looked for "article" and "sec" already)."""
    starts: list[int] = []
    for stem in _REF_STEM_BYTES:
        starts += doc.folded_positions(stem)
    starts += [k - 3 for k in starts if k >= 3 and low.startswith(b"sub", k - 3)]
    return sorted(set(starts))


def iter_references(doc: TextIndex) -> Iterator[regex.Match[str]]:
    """The matches of ``REFERENCE.finditer(doc.text)``, found from the keyword stems."""
    # the ``ascii_folded`` copy: every place a caseless keyword can start, also in a text holding a
    # "\u017f" or "\u0130" (a large text holds one; a full scan costs ~10x, the caseless str copy ~2x)
    text = doc.text
    low = doc.ascii_folded
    yield from finditer_at(REFERENCE, text, _index_reference_starts(doc, low))


# parse_with_tabs on the wrapper too: parse_string expands tabs unless the element it is called on
# keeps them, and then every offset after a tab ("1.1\tFoo") would be counted in expanded columns
located_heading_number = pp.Located(heading_number).set_name("located_heading_number").parse_with_tabs()

# The stage reads numbers through HEADING_NUMBER (one ``re`` match instead of pyparsing's per-element
# machinery); the alternatives' own names (on an And for "decimal", "article", "section",
# "attachment") only say which alternative matched. tests/test_sections_fast.py checks it against
# ``parse_heading_number_end``.
_ALTERNATIVES = ("paren", "close", "decimal", "article", "section", "attachment", "roman_dot", "letter_dot")
HEADING_NUMBER = compile_grammar(heading_number, marks=("decimal", "article", "section", "attachment"))


class HeadingNumber(NamedTuple):
    """What ``heading_number`` reads at the start of a text."""

    kind: str  # the alternative that matched: "paren", "close", "decimal", "article", ...
    value: str  # its "value"
    keyword: str | None  # "ARTICLE", "Section", "EXHIBIT" as written
    suffix: str | None  # a section number's letter ("SECTION 3 A.": " A")
    end: int  # the raw end of the parse (from the start of the text), as ``parse_heading_number_end`` gives it


def heading_number_at(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The match of HEADING_NUMBER at ``pos``, reading ``text[pos:endpos]`` as
    ``parse_heading_number_end`` reads that slice (the pattern looks neither behind ``pos`` nor past
    ``endpos``). Each alternative is the pattern's outermost group, so the match's ``lastgroup``
    names the alternative (``HeadingNumber.kind``)."""
    return HEADING_NUMBER.pattern.match(text, pos, len(text) if endpos is None else endpos)


def heading_number_of(m: re.Match[str]) -> HeadingNumber:
    """What the match ``m`` of ``heading_number_at`` read (``end`` from the match's start)."""
    kind = m.lastgroup  # the alternative (see heading_number_at): one look-up, not a test per alternative
    assert kind in _ALTERNATIVES
    value = HEADING_NUMBER.value(m, "value")
    assert value is not None  # every alternative names its value
    return HeadingNumber(kind, value, HEADING_NUMBER.value(m, "keyword"), HEADING_NUMBER.value(m, "suffix"),
                         m.end() - m.start())


def match_heading_number(text: str) -> HeadingNumber | None:
    """``parse_heading_number_end(text)`` as a ``HeadingNumber`` (None where it gives None)."""
    m = heading_number_at(text)
    return None if m is None else heading_number_of(m)


def parse_heading_number(text: str) -> tuple[pp.ParseResults, int] | None:
    """Parse the number at the start of ``text`` (a candidate found by ``LINE_STARTS``/``GLUED``):
    its results and the length it spans, or None."""
    parsed = parse_heading_number_end(text)
    if parsed is None:
        return None
    tokens, end = parsed
    return tokens, len(text[:end].rstrip(" \t\u00a0"))


def parse_heading_number_end(text: str) -> tuple[pp.ParseResults, int] | None:
    """Like ``parse_heading_number``, but with the raw end of the parse (trailing blanks the
    optional parts skipped may be counted in it)."""
    # parse at position 0 only (scan_string would try every later position before giving up)
    try:
        start, tokens, end = located_heading_number.parse_string(text)
    except pp.ParseException:
        return None
    if start != 0:
        return None
    return tokens, end
