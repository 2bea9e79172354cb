"""Page furniture: what a printer put on the page, not what the parties wrote.

BNF::

    page_marker    ::= "<PAGE>" [integer]
    page_number    ::= "Page" ["-"] (exhibit_page | number) ["-"] ["of" integer] ["."]
                     | integer "of" integer
                     | "-" number "-"
                     | "[" number "]"
                     | exhibit_page
                     | integer                      (at most 3 digits; 2010 is a year)
                     | roman
    exhibit_page   ::= letter{1,2} ("-" part){0,2} "-" integer     ("A-3", "E-1-1", "E - 4 - 1", "E-10Q-1")
    number         ::= integer | roman
    exhibit_banner ::= ("EXHIBIT" | "EX-") exhibit_no         (EXHIBIT_BANNER_START, the document's first text)
    exhibit_no     ::= integer {"." (integer | letter)} ["-" integer] {"(" alnum ")"} | letter
    source_footer  ::= [integer] "Source:" filer "," form "," m/d/yyyy     (CUAD, PDF-extracted)
    quicklinks     ::= "QuickLinks" ["--" "Click here to rapidly navigate through this document"]
    table_markup   ::= "<" ["/"] ("TABLE" | "CAPTION" | "S" | "C" | "FN" | "F" digit{1,2}) ">"

Each line candidate is chosen first by a compiled ``regex`` (short lines only),
then parsed with ``parse_all=True`` so that "2." (a list item) or "2 years" are
never page numbers. ``.parse_with_tabs()`` keeps offsets true on tabbed lines.
"""

from __future__ import annotations

from functools import lru_cache

import pyparsing as pp

from . import rx as regex  # regex, with saved programs (grammars/rx.py)

integer = pp.Regex(r"\d{1,3}").set_name("integer")
roman = pp.Regex(r"(?i)(?=[ivxlc])(?:c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})(?![a-z])").set_name("roman")
number = (integer | roman).set_name("number")
dash = pp.Regex(r"[-\u2010-\u2015]").set_name("dash")

# An exhibit's own page numbering: its letter, the exhibit's parts, then the page ("E-10Q-1", "A - 3").
exhibit_page = pp.Regex(
    r"(?P<number>[A-Z]{1,2}(?:[ ]?[-\u2013][ ]?[0-9A-Z]{1,4}){0,2}[ ]?[-\u2013][ ]?\d{1,3})"
).set_name("exhibit_page")
page_word_number = (
    pp.CaselessKeyword("Page") + pp.Optional(pp.Suppress(dash)) + (exhibit_page | number("number"))
    + pp.Optional(pp.Suppress(dash)) + pp.Optional(pp.CaselessKeyword("of") + integer("of")) + pp.Optional(".")
).set_name("page_word_number")
of_number = (integer("number") + pp.CaselessKeyword("of") + integer("of")).set_name("of_number")
dashed_number = (pp.Suppress(dash) + number("number") + pp.Suppress(dash)).set_name("dashed_number")
bracketed_number = (pp.Suppress("[") + number("number") + pp.Suppress("]")).set_name("bracketed_number")
bare_number = number("number").set_name("bare_number")

page_number = (
    page_word_number | of_number | dashed_number | bracketed_number | exhibit_page | bare_number
).set_name("page_number").parse_with_tabs()

page_marker = (
    pp.CaselessLiteral("<PAGE>") + pp.Optional(integer("number"))
).set_name("page_marker").parse_with_tabs()

# "10.1", "10.A.26.1", "10(iii)(A)(5)", "10x", "10ff", "10S", "10.1.1", "A"
# (letters glued to a digit: one capital or two small letters, or the word after lost its space: "10.2IN")
EXHIBIT_NO = (r"\d{1,3}(?:[.-](?:\d{1,3}|[A-Za-z]{1,3}\d{0,3}(?![A-Za-z]))|(?<=\d)(?:[a-z]{1,2}|[A-Z])(?![A-Za-z]))*"
              r"(?:\([A-Za-z0-9]{1,5}\)){0,4}"
              r"|[A-Z](?![A-Za-z])")

# -- regex pre-filters and mid-line terminals ---------------------------------
# The shapes a page number line can take; only these reach the grammar.
PAGE_NUMBER_SHAPE = regex.compile(
    r"(?i)page\s*[-\u2010-\u2015]?\s*[\w -\u2013]{1,10}?(?:\s+of\s+\d{1,4})?\.?"
    r"|[-\u2010-\u2015]\s*\w{1,6}\s*[-\u2010-\u2015]|\[\s*\w{1,6}\s*\]"
    r"|[A-Z]{1,2}(?:\s?[-\u2013]\s?[0-9A-Z]{1,4}){0,2}\s?[-\u2013]\s?\d{1,3}|\d{1,3}(?:\s+of\s+\d{1,3})?|[ivxlc]{1,7}"
)
# SGML table markup of the 1990s EDGAR text filings: furniture around a table's text, not text.
TABLE_MARKUP = regex.compile(r"(?i)</?(?:TABLE|CAPTION|S|C|FN|F\d{1,2})>")
# CUAD footers: page number glued in front, filer, form, filing date.
SOURCE_FOOTER = regex.compile(
    r"(?P<number>\d{1,4})?Source:[ \t]*(?P<filer>[^\r\n]{1,120}?),[ \t]*(?P<form>[0-9A-Z][0-9A-Z/ .-]{0,14}),"
    r"[ \t]*(?P<date>\d{1,2}/\d{1,2}/\d{4})"
)
QUICKLINKS = regex.compile(
    r"^[ \t]*QuickLinks(?:[ \t]*--[ \t]*Click here to rapidly navigate through this document)?[ \t]*$",
    regex.M | regex.I,
)
# The word every QuickLinks line holds (its flag, so it finds whatever QUICKLINKS's word matches): found
# first, and QUICKLINKS tried only at the start of its line. Searched over a whole document,
# QUICKLINKS itself scans every position once the text holds the word anywhere (~1 s at 64 MB).
QUICKLINKS_WORD = regex.compile(r"QuickLinks", regex.I)
EXHIBIT_BANNER_START = regex.compile(
    # matched where the document's first text is (\G after nothing but white space: blank lines may
    # come first), its number in EXHIBIT_NO's forms
    r"(?i)\G(?<=\A[\s\f]*)[\s\f]*(?:EXHIBITS?|EX-)[ \t]*(?P<number>(?-i:" + EXHIBIT_NO + r"))"
    r"(?:\.(?=[ \t]*(?:\r?\n|\Z)))?"
)
# The confidential-treatment legend opens with one of these phrases.
LEGEND_START = regex.compile(
    r"(?i)(?:certain\s+(?:portions|information|confidential\s+(?:portions|information)|identified\s+information)"
    r"\s+(?:of\s+this\s+(?:exhibit|agreement|document)\s+)?(?:have|has)\s+been\s+(?:omitted|excluded|redacted)"
    r"|confidential\s+treatment\s+(?:has\s+been|is\s+being|was)\s+requested"
    # the bare phrase only where it ends its line, or opens "... REQUESTED. CONFIDENTIAL PORTION ..."
    r"|(?:\*{1,10}[ \t]*)?(?:foia[ \t]+)?confidential[ \t]+treatment[ \t]+requested"
    r"(?=[ \t]*[.\]]?[ \t]*(?:\r?\n|\Z)|\.[ \t]+confidential[ \t]+portion)"
    r"|\[\*{1,5}\]\s+(?:indicates|=|denotes)"
    r"|portions\s+of\s+this\s+(?:exhibit|agreement|document)\s+(?:have|has)\s+been\s+(?:omitted|redacted))"
)


# Whole-line forms, built once (parse_all=True would build a new StringEnd on every call).
page_number_line = (page_number + pp.StringEnd()).set_name("page_number_line").parse_with_tabs()
page_marker_line = (page_marker + pp.StringEnd()).set_name("page_marker_line").parse_with_tabs()


def parse_page_number(line: str) -> str | None:
    """The printed page number if the whole (stripped) line is one, else None."""
    s = line.strip()
    if not s or len(s) > 16:
        return None
    return page_number_of_stripped(s)


@lru_cache(maxsize=8192)  # short lines repeat ("[***]", "}", "2", "ARTICLE I"): a third are new in a corpus
def page_number_of_stripped(s: str) -> str | None:
    """``parse_page_number`` of a line already stripped, of 1 to 16 characters (mapped over a column:
    the cache is C code, so a line the cache knows costs no Python call)."""
    return None if PAGE_NUMBER_SHAPE.fullmatch(s) is None else _page_number(s)


@lru_cache(maxsize=4096)
def _page_number(s: str) -> str | None:
    try:
        return page_number_line.parse_string(s)["number"]
    except pp.ParseException:
        return None


@lru_cache(maxsize=1024)
def parse_page_marker(line: str) -> tuple[bool, str | None]:
    try:
        res = page_marker_line.parse_string(line.strip())
    except pp.ParseException:
        return False, None
    return True, res.get("number")
