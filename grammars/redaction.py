"""Confidential-treatment redaction markers: what a filer left where it cut text out.

BNF::

    star           ::= "*" | "\u2217"
    star_run       ::= star {[" "] star}                 (at most 30 stars: "***", "* * *", "*****")
    ellipsis       ::= "\u2026" | "..."
    open           ::= "[" | "{"
    close          ::= "]" | "}"
    keyword        ::= "text deleted" | "confidential treatment requested" | "redacted"
                     | "deleted" | "omitted" | ...       (vocab/redaction_keywords.txt)
    tail           ::= ("-" | "\u2013" | "\u2014" | ":" | ",") words
    count_omitted  ::= words "omitted"                    ("*** 2 pages omitted")
    star_body      ::= [ellipsis] star_run [ellipsis] [count_omitted]
    word_body      ::= [star_run] keyword [tail]
    bracket_marker ::= open (star_body | word_body) close
    bare_marker    ::= star_run                           (3 to 10 stars, outside brackets)

Words inside a bracket may be split by any run of white space, line breaks included
("[TEXT\\n     DELETED]"), so a marker broken across a line or a page break still parses.
"[Intentionally Omitted]", "[GRAPHIC OMITTED]" and "[Omitted: ...]" are drafting or converter
notes, not confidential-treatment gaps: the keyword must open the bracket, and only "redacted"
and "confidential treatment requested" take a tail.

Bare asterisk runs (the rule the stage applies; each side is tested on real corpus text):

- fewer than three stars is a footnote star or emphasis (``Discount*``, ``Phase IIa**``,
  ``**NFL Alumni``), never a marker; more than ten is a rule line (``*****...*****``);
- a run that opens a sentence explaining the markers ("*** Confidential treatment has been
  requested ...", "*** = Portions of this exhibit ...") is the legend, not a gap; so is a run
  that is quoted in, or follows "indicated by" / "denoted with" in, such a sentence;
- a run glued to a letter on one side and closed by another run glued to a letter on the other
  (``*****SIGNATURE PAGE FOLLOWS***``), or two equal runs around a page-layout phrase
  (``* * * Signature Page Follows * * *``), decorate the phrase (Markdown-like emphasis);
- a run explained right after it is a footnote key (``*, **, *** : for Crude``), and a run opening
  a sentence (after a line break or a full stop, blanks between or not) glued to the term it explains
  is a footnote definition (``***"Direct Deals" shall
  refer to ...``);
- a run glued to the end of a word (``Direct Deals***``) is a footnote reference unless the
  document shows a legend or bracket/standalone markers of the same length, or names a marker of
  that length in its legend (``denoted with "***"``) (text that lost its spaces: ``PaperExchange*****``,
  ``Research Plan***13``);
- a run alone on its line is a section ornament unless the document has a legend or other
  markers (then it stands for an omitted paragraph or schedule); so is a run that closes its line
  after a full stop and a wide gap (``securities laws.     ***``: the line break before it was lost);
- a legend after a marker that names its marker itself (``[***]   CERTAIN PORTIONS ... OMISSIONS ARE
  DESIGNATED [***].``) is a running legend glued after a gap, not a legend keyed by the marker;
  inside a legend sentence only its opener and mentions are legend (a sentence that runs on past a
  lost page break must not hide the gaps after it);
- any other run set off by spaces or punctuation (``$*** per unit``, ``(*****%)``,
  ``Email: ***``) is a marker.
"""

from __future__ import annotations

from functools import lru_cache

import pyparsing as pp

from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from . import vocabulary

WS = " \t\r\n\xa0"
TAILED = {"redacted", "ct_requested"}  # kinds that may carry a description after a dash
GAP = r"[\s\xa0]{1,40}"


def _keywords() -> list[tuple[str, str]]:
    pairs = []
    for line in vocabulary("redaction_keywords"):
        kind, phrase = line.split(None, 1)
        pairs.append((kind, phrase.strip()))
    # Longest phrase first, so "text deleted" wins over "deleted".
    return sorted(pairs, key=lambda kp: -len(kp[1]))


def _phrase(words: str) -> str:
    return GAP.join(regex.escape(w) for w in words.split())


def _ws(expr: pp.ParserElement) -> pp.ParserElement:
    return expr.set_whitespace_chars(WS).parse_with_tabs()


star_run = _ws(pp.Regex(r"[*\u2217](?:[ \t\xa0]?[*\u2217]){0,29}")).set_name("star_run")
ellipsis = _ws(pp.Regex(r"\u2026|\.{2,4}")).set_name("ellipsis")
open_bracket = _ws(pp.Regex(r"[\[{]")).set_name("open")
close_bracket = _ws(pp.Regex(r"[\]}]")).set_name("close")

keyword = pp.MatchFirst(
    [
        _ws(pp.Regex(rf"(?i){_phrase(phrase)}(?![\w])")).set_parse_action(pp.replace_with(kind))
        for kind, phrase in _keywords()
    ]
).set_name("keyword")
tail = _ws(pp.Regex(r"[-\u2013\u2014:,][^\[\]{}]{1,100}")).set_name("tail")
count_omitted = _ws(pp.Regex(r"(?i)[^\[\]{}*]{0,40}?\bomitted\.?")).set_name("count_omitted")

star_body = (
    pp.Optional(ellipsis) + star_run("stars") + pp.Optional(ellipsis) + pp.Optional(count_omitted("omitted"))
).set_name("star_body")
word_body = (pp.Optional(star_run) + keyword("kind") + pp.Optional(tail("tail"))).set_name("word_body")
bracket_marker = (
    (open_bracket + (word_body | star_body) + close_bracket).set_name("bracket_marker").parse_with_tabs()
)

# -- regex pre-filters (fast, linear) -------------------------------------------
# A bracket or brace with short content (no nested brackets) that opens with a star or the first
# word of a keyword may be a marker; only those go to the grammar.
_FIRST_WORDS = sorted({phrase.split()[0] for _, phrase in _keywords()}, key=lambda w: (-len(w), w))
BRACKET_CANDIDATE = regex.compile(
    r"[\[{][\s\xa0.\u2026]{0,8}(?:[*\u2217]|(?i:" + "|".join(map(regex.escape, _FIRST_WORDS)) + r"))"
    r"[^\[\]{}]{0,160}[\]}]"
)
# A run of stars, single spaces allowed between them.
# A run of stars: contiguous ("*****"), or single stars set one space apart ("* * *"); "*** ***" is two.
STAR_RUN = regex.compile(
    r"(?<![*\u2217])(?:[*\u2217]{2,40}|[*\u2217](?:[ \t\xa0][*\u2217](?![*\u2217])){0,29})"
)
STAR_CHARS = "*\u2217"  # the characters STAR matches
STAR = regex.compile(r"[*\u2217]")
WORD = regex.compile(r"\w+")


def _alternation(name: str) -> str:
    return "|".join(f"(?:{p})" for p in vocabulary(name))


# A legend footnote opens right after the marker: "*** Confidential treatment has been requested".
LEGEND_AFTER = regex.compile(
    r"(?i)[ \t\xa0]{0,4}[=:\-\u2013]?[ \t\xa0]{0,4}(?:" + _alternation("redaction_legend") + ")"
)
# The characters a LEGEND_AFTER phrase can open with: the first letters of the redaction_legend
# phrases in any case (I with a dot folds to i), and its "=", "-", ":". Past the blanks and the dash
# after a marker anything else and the pattern cannot match (the vocabulary is checked in the tests).
LEGEND_FIRST = frozenset("cmtipodrCMTIPODR\u0130=-:")
LEGEND_LEAD = " \t\xa0\u2013"  # what LEGEND_AFTER may pass over before a phrase, besides "=", "-", ":"

# Words just before a marker that make it a mention inside a legend: 'indicated by "[***]"'.
# Searched right to left (REVERSE): anchored at \Z, it fails at once everywhere but the end, where a
# left-to-right search tries the whole alternation at every position of the window (~5x slower).
# Only whether it matches is used, and that does not depend on the direction.
MENTION_BEFORE = regex.compile(
    r"(?i)(?:"
    + _alternation("redaction_mention")
    + r")[\s\xa0]{0,4}(?:the\s{1,4})?[\"'\u201c\u2018(]{0,2}[\s\xa0]{0,2}\Z",
    regex.REVERSE,
)
# The characters a MENTION_BEFORE match can end with once the blanks, quotes and "(" after its phrase
# are skipped: the last letters of the redaction_mention phrases (by, with, symbol, asterisk(s), as,
# of, denote(s), designated) and of "the", in either case (K and long s fold to k and s). Anything
# else there and the pattern cannot match, so it is not run (tests/test_redactions.py checks every
# phrase of the vocabulary against this set).
MENTION_LAST = frozenset("yhlksfedYHLKSFED\u212a\u017f")
MENTION_SKIP = "\"'\u201c\u2018("  # besides white space

# Words of a page-layout phrase set between two runs: "* * * Signature Page Follows * * *".
ORNAMENT_PHRASE = regex.compile(r"(?i)\b(?:signature|page|intentionally|blank|follows?|remainder)\b")
# A footnote key: the run is explained right after it ("*, **, *** : for Crude").
KEY_AFTER = regex.compile(r"[ \t\xa0]{0,3}[:=][ \t\xa0]{0,3}[A-Za-z]")
LEGEND_WORDS = regex.compile(r"(?i)" + _alternation("redaction_legend_words"))
QUOTE_BEFORE = regex.compile(r"[\"'\u201c\u2018][\s\xa0]{0,2}\Z", regex.REVERSE)  # as MENTION_BEFORE
QUOTE_AFTER = regex.compile(r"[\s\xa0]{0,2}[\"'\u201d\u2019]")
SENTENCE_START = regex.compile(r"[.!?;][\s\xa0]|\n[ \t\xa0]*\n")
# A legend sentence runs to its first full stop (or a blank line), at most 600 characters.
LEGEND_END = regex.compile(r"[.!?](?=[\s\xa0]|$)|\n[ \t\xa0]*\n")


@lru_cache(maxsize=4096)
def parse_bracket(text: str) -> tuple[str, int] | None:
    """(kind, number of stars) if ``text`` (one bracketed candidate) is a marker, else None."""
    try:
        res = bracket_marker.parse_string(text, parse_all=True)
    except pp.ParseException:
        return None
    if "kind" in res:
        if "tail" in res and res["kind"] not in TAILED:
            return None  # "[Omitted: Agreement no longer in effect]" is a note, not a gap
        return res["kind"], 0
    stars = len(STAR.findall(res["stars"]))
    return ("omitted" if "omitted" in res else "asterisks"), stars


def star_count(run: str) -> int:
    return len(STAR.findall(run))
