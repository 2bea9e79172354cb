"""The heading after a section number, and the line helpers the candidate scan shares with it.

A heading is capitals or title case up to the first full stop (or the whole line, when a paragraph
follows), or for "ARTICLE I" alone on its line the next non-blank line. Moved out of ``sections``
to keep that module small; the tests are in ``tests/test_sections.py``.
"""

from __future__ import annotations

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import vocabulary

HEADING_MAX = 120
SMALL_WORDS = frozenset(vocabulary("heading_small_words"))
# the number sign: "Amendment No. 1" (an entity's "Inc. 9110 Red Branch Road" is no sentence going on)
NUMBER_SIGNS = frozenset({"no", "nos"})
WORD = regex.compile(r"[A-Za-z][A-Za-z'\u2019\-]*")
SENTENCE_END = regex.compile(r"[.:](?=[ \t\u00a0]|$)|\r|\n")
VERB_WORDS = frozenset({"shall", "will", "may", "must", "is", "are", "agrees", "hereby"})
NEW_SENTENCE = regex.compile(r"[ \t\u00a0]+[A-Z\"\u201c(]")
NEXT_LINE = regex.compile(r"[ \t\u00a0]*(?:\r?\n|\r)\s*")
BLANK_LINE_AFTER = regex.compile(r"[ \t\u00a0]*(?:\r?\n|\r)[ \t\u00a0]*(?:\r?\n|\r)")
ENDS_WITH_ITEM = regex.compile(r"(?:^|\s)(?:[A-Za-z]|\d+)$")
# the same pattern matched backwards from the end: one try instead of a search from every position
_ENDS_WITH_ITEM_AT_END = regex.compile(r"(?r)(?:^|\s)(?:[A-Za-z]|\d+)$")
KW_STYLES = ("article", "section", "attachment")
NEXT_LINE_STYLES = (*KW_STYLES, "roman_dot")  # a number that may have its heading on the next line
# blanks between words; two runs of them with a tab or three blanks on a line: three table columns
BLANK_RUN = regex.compile(r"[ \t\u00a0]{2,}+")
LINE_WINDOW = 600  # text that lost its line breaks: look this far for the end of a "line"


def line_end(text: str, pos: int, has_cr: bool = True) -> int:
    """The first line break at or after ``pos``, else the end of the window or of the text (``has_cr``
    False: the text holds no "\r", not looked for)."""
    # two str.find calls are several times faster than one search for [\r\n]
    stop = min(len(text), pos + LINE_WINDOW)
    n = text.find("\n", pos, stop)
    r = text.find("\r", pos, n if n >= 0 else stop) if has_cr else -1
    return r if r >= 0 else n if n >= 0 else stop


def heading(text: str, start: int, tok_end: int, tok_line_end: int, style: str, stop: int) -> tuple[int, int] | None:
    """The (start, end) of the heading after the number at ``start``..``tok_end`` (its first
    reading's ``style``; ``tok_line_end`` is ``line_end(text, start)``), before ``stop``."""
    pos = tok_end
    # the candidate's line end is the token's unless it is where the window ran out (no token holds a
    # line break); one str.find pair fewer per heading
    end_of_line = min(tok_line_end if tok_line_end < start + LINE_WINDOW else line_end(text, pos), stop)
    while pos < end_of_line and text[pos] in " \t\u00a0.:-\u2013\u2014":
        pos += 1
    if pos >= end_of_line:
        # "ARTICLE I" alone on its line: the next non-blank line may hold the heading.
        if style not in NEXT_LINE_STYLES:
            return None
        m = NEXT_LINE.match(text, end_of_line, end_of_line + 200)
        if m is None or m.end() >= stop:
            return None
        s = m.end()
        e = min(line_end(text, s), stop)
        cand = text[s:e].rstrip(" \t.")
        if sum(1 for m in BLANK_RUN.finditer(cand) if "\t" in m.group() or len(m.group()) >= 3) >= 2:
            return None  # a table's column headers ("Position\t\t    Maximum Total Award \t  Annual Maximum")
        if cand and len(cand) <= HEADING_MAX and is_heading(cand, strict=True):
            return s, s + len(cand)
        return None
    stop_at = sentence_end(text, pos, end_of_line)
    while stop_at >= 0 and _abbreviated(text, pos, stop_at):  # "This Amendment No. 1 shall be ..."
        stop_at = sentence_end(text, stop_at + 1, end_of_line)
    punct = stop_at >= 0
    end = stop_at if punct else end_of_line
    s = text[pos:end].rstrip(" \t\u00a0")
    if not s or len(s) > HEADING_MAX:
        return None
    if not is_heading(s, strict=not punct) and not (punct and short_sentence(s, text, end + 1)):
        return None
    if ends_with_item(s) and WORD.findall(s[-3:])[-1:] != ["I"]:
        return None  # "SECTION 3 A." is a reference opening a sentence, not a heading
    if not punct and not all_caps(s) and end < stop:
        # no full stop: a heading only if it is the whole line and a paragraph follows
        nl = BLANK_LINE_AFTER.match(text, end, end + 200)
        if nl is None and end < len(text):
            return None
    return pos, pos + len(s)


def _abbreviated(text: str, pos: int, dot: int) -> bool:
    """The "." at ``dot`` closes an abbreviation before a number ("No. 1"): no sentence end."""
    if text[dot] != ".":
        return False
    if not text[dot + 1 : dot + 3].lstrip(" \t\u00a0")[:1].isdigit():
        return False  # (the cheap test first: most full stops are not followed by a number)
    words = WORD.findall(text, max(pos, dot - 12), dot)
    return bool(words) and words[-1].casefold() in NUMBER_SIGNS


def ends_with_item(s: str) -> bool:
    """``ENDS_WITH_ITEM.search(s)`` is not None: "... 3 A", "... 12"."""
    if s.endswith("\n"):
        return ENDS_WITH_ITEM.search(s) is not None  # "$" also matches before a final line break
    return _ENDS_WITH_ITEM_AT_END.match(s) is not None


def sentence_end(text: str, pos: int, end: int) -> int:
    """``SENTENCE_END.search(text, pos, end).start()`` (-1 for no match) for a stretch with no line
    break: the first "." or ":" followed by a blank or by ``end``, found by ``str.find`` (a
    third of the search's time)."""
    dot = text.find(".", pos, end)
    colon = text.find(":", pos, end)
    while dot >= 0 or colon >= 0:
        k = dot if colon < 0 or 0 <= dot < colon else colon
        if k + 1 == end or text[k + 1] in " \t\u00a0":
            return k
        if k == dot:
            dot = text.find(".", k + 1, end)
        else:
            colon = text.find(":", k + 1, end)
    return -1


def short_sentence(s: str, text: str, after: int) -> bool:
    """ "Limitation of liability." followed by a new sentence: a heading in sentence case."""
    words = WORD.findall(s)
    if any(ch in s for ch in '[],;"\u201c') or any(w.lower() in VERB_WORDS for w in words):
        return False
    return 0 < len(words) <= 5 and s[0].isupper() and bool(NEW_SENTENCE.match(text, after, after + 20))


def all_caps(s: str) -> bool:
    if s.isascii():
        return s.isupper()  # the same test: every ASCII letter is cased
    letters = [ch for ch in s if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def is_heading(s: str, strict: bool) -> bool:
    """Capitals, or title case (small words aside, at most 12 words when ``strict``)."""
    ascii_ = s.isascii()
    if ascii_ and s.isupper():
        return True  # capitals, and so a cased ASCII letter: a WORD (no need to find them all)
    words = WORD.findall(s)
    if not words:
        return False
    if not ascii_ and all_caps(s):
        return True
    if strict and len(words) > 12:
        return False
    return all(w[0].isupper() or w.lower() in SMALL_WORDS for w in words) and words[0][0].isupper()
