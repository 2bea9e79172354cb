"""Does a heading in words follow a number? Capitals or title case, a few words up to a stop, a heading
in capitals glued to the sentence after it ("DEFINITIONSThe terms"), or a short title in sentence case closed
by a full stop ("Product sales to TL."); not dot leaders, not a table row.

Shared by ``sections`` and ``section_duplicates`` (is a top-level number a provision's heading?) and by the
recovery (``section_gaps``, ``section_recovery``: may a number found by its value stand here?).
"""

from __future__ import annotations

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from .section_headings import VERB_WORDS, WORD, is_heading
from .section_numbers import BLANK

# the words of a heading, up to the first full stop, colon, double blank, digit or glued capital
HEADING_STOP = regex.compile(r"[.:;\r\n\d\u00a7]|" + BLANK + r"{2}|(?<=[a-z])(?=[A-Z])")
HEADING_WORDS = 12
SENTENCE_HEADING_WORDS = 6
# a heading in capitals glued to the sentence after it: "DEFINITIONSThe terms", "GOVERNING LAWVenue for"
CAPS_GLUED = regex.compile(r"(?:[A-Z][A-Z&'\-,;]*+[ \t\u00a0]++){0,6}+[A-Z][A-Z&'\-]{2,}(?=[A-Z][a-z])")
QUOTED_TITLE = regex.compile(r"[\"\u201c][A-Z][A-Za-z ,&'\-]{0,60}+[\"\u201d]")  # ARTICLE I"Definitions"For
CAPS_WORDS = regex.compile(r"[A-Z][A-Z&'\-]{3,}(?![a-z])")  # may give back a letter: "PREAMBLEThis"


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
