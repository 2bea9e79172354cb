"""Amending instructions: "SECTION 7.A is hereby amended by deleting ... and substituting ...".

BNF::

    instruction ::= subject copula verb predicate
                  | subject "hereby"? "agree to"? active_verb object predicate    ("hereby agree to remove Section 2")
                  | [item_label] ["The following"] imperative object predicate  ('5. Delete "X" from item 3. of ...')
                  | qualifier "of" provision "shall end with the words" quoted
                    "and the remainder of said sentence" copula "deleted"
    predicate   ::= ... | "re-designated as" ["\""] division item ["\""]     (the subject's provision renamed)
    copula      ::= ("is" | "are" | "shall be" | "will be") [", and hereby is,"] ["hereby"] ["further"]
    verb        ::= amended | deleted | restated | replaced | ...           (vocab/amendment_verbs.txt)
    subject     ::= [qualifier "of"] provision ["of" other_document] ["entitled" quoted]
    provision   ::= division item ([","] list_sep item)* (("to" | "of") division item)* ("," division item)*
                    [["."] ("of" | "in") "Amendment" number]
    division    ::= "Section" | "Article" | "Schedule" | "Appendix" | "Paragraph" | ...  (vocab)
    qualifier   ::= "the" ordinal [count] ("sentence" | "paragraph" | "line") ["s"]
                  | "each of the" ordinal ("and" ordinal)* "sentences"
    line_loc    ::= "in the" ordinal "line"                                e.g. "in the fourteenth line"
    quoted      ::= '"' text '"' | '\u201c' text '\u201d'

The instruction is found by the compiled ``COPULA_VERB`` scan (``copula_verbs``: only where a
verb stands); the subject and predicate around it are read with the small grammars below, only there.
"""

from __future__ import annotations

import re

import pyparsing as pp

from . import find_all, finditer_at, vocabulary
from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from .sections import REF_ITEM_PATTERN as _REF_ITEM
from .text_index import TextIndex

VERBS = vocabulary("amendment_verbs")
ORDINALS = {w: int(v) for w, v in (ln.split("\t") for ln in vocabulary("position_ordinals"))}
COUNT_WORDS = {w: int(v) for w, v in (ln.split("\t") for ln in vocabulary("cardinal_words"))}
DIVISIONS = vocabulary("division_keywords")

_VERB = "|".join(VERBS)
COPULA_VERB = regex.compile(
    r"(?i)\b(?:is|are|shall\s+be|will\s+be|be)"
    r"(?:\s*,?\s*and\s*hereby\s+(?:is|are)\s*,?)?"
    r"(?:\s+(?:hereby|further|also|each))*\s+(?P<verb>" + _VERB + r")\b"
)
ACTIVE_VERBS = {b: ger for b, ger in (ln.split("\t") for ln in vocabulary("amendment_active_verbs"))}
_ACTIVE = "|".join(sorted(ACTIVE_VERBS, key=lambda w: (-len(w), w)))
# "KMC and Qwest hereby amend Section 4 as follows", "The Parties hereby agree to remove Section 2(c)",
# "The Parties further agree to amend Section 6.5" (active voice: the object names the target)
ACTIVE_VERB = regex.compile(
    r"(?i)\b(?:hereby\s+(?:agree[sd]?\s+(?:that\s+they\s+shall\s+)?to\s+)?|(?:further\s+)?agree[sd]?\s+to\s+)"
    r"(?:further\s+)?(?P<verb>" + _ACTIVE + r")\b"
)
# an instruction in the imperative at the start of a sentence or item: "Delete Section 24.2(d) in Attachment 1
# ... in its entirety and replace with the following:", "The following replaces Section 2.0 of the SOW"
IMPERATIVE_VERB = regex.compile(
    r"(?m)(?:^|(?<=[.:;][ \t]))[ \t]*(?:\(?[a-z0-9]{1,4}[.)][ \t]+)?(?:The[ \t]+following[ \t]+)?"
    r"(?P<verb>Delete|Add|Insert|Replace|Amend|Substitute|Strike|Remove|(?<=following[ \t])(?:replace|amend))"
    r"(?:s(?=[ \t]))?[ \t]"
    # the provision follows within a clause, its keyword in any case ("Delete "February 26, 1999" from item 3.
    # of Amendment 003"); a heading path may hold a colon before an item ("Delete Scope of Services: b), Section")
    r"(?=(?:[^.:;]|:(?=[ \t]\(?[a-z0-9]{1,3}\),)){0,80}?\b(?i:sections?|articles?|paragraphs?|items?|exhibits?"
    r"|schedules?|attachments?|appendix|clauses?|definitions?)\b)"
)
# Where those two scans may match. ACTIVE_VERB opens with "hereby", "further" or "agree" (caseless):
# tried only where those words stand in the folded copy. IMPERATIVE_VERB holds one of its verbs
# (case-sensitive; "replace"/"amend" right after "following"), with at most a label, "The following" and
# spaces between its start and the verb: tried only at the line starts and sentence starts just before a verb.
# "further\s+" ending where an "agree" starts, read backwards (greedy: the only such start)
FURTHER_BEFORE = regex.compile(r"(?i)further\s+", regex.REVERSE)
BLANKS_BEFORE = regex.compile(r"\s+", regex.REVERSE)  # FURTHER_BEFORE's blanks, read back from their end
_BLANKS_MAX = 256
# a match opening with "agree" reads "agree[sd]?\s": a letter other than "s" or "d" after it in the folded
# copy ("agreement", most of the hits) refuses the place without trying the pattern there
_NOT_AFTER_AGREE = frozenset(b"abcefghijklmnopqrtuvwxyz")
_IMPERATIVE_WORDS = ("Delete", "Add", "Insert", "Replace", "Amend", "Substitute", "Strike", "Remove")
_AFTER_VERB = (" ", "\t", "s")  # what may follow an imperative verb: its space, or an "s" ("The following replaces")
_IMPERATIVE_AFTER_FOLLOWING = regex.compile(r"following[ \t](?:replace|amend)")
# Every imperative verb with what may follow it, and every "following replace/amend", in one scan. The
# standard library's engine: these literals open with capitals (and "f"), which its scan skips to ~2x
# faster than nine str.find passes or the regex module's alternation; the pattern holds literals and
# [ \t] only, so both engines read it alike. No two of its matches can overlap (each verb is one capital
# then lower-case letters; "following replace" holds no capital), so finditer sees every one.
# (each alternative a plain literal first: a group around them, or a look-ahead after a group, costs
# the engine its fast skip to the literals' first characters, ~4x)
IMPERATIVE_WORD = re.compile(
    "|".join(w + "(?=[" + "".join(_AFTER_VERB) + "])" for w in _IMPERATIVE_WORDS)
    + "|" + _IMPERATIVE_AFTER_FOLLOWING.pattern
)
_FOLLOWING_VERB = len("following ")  # where the verb stands in a "following replace" match
# IMPERATIVE_VERB's opening up to its verb, read backwards from the verb: each part greedy, so the match
# reaches the leftmost start any reading of the opening can have
IMPERATIVE_OPENING = regex.compile(
    r"[ \t]*(?:\(?[a-z0-9]{1,4}[.)][ \t]+)?(?:The[ \t]+following[ \t]+)?", regex.REVERSE
)


def active_verbs(doc: TextIndex) -> list[regex.Match[str]]:
    r"""``ACTIVE_VERB.finditer(doc.text)``, tried only where "hereby" or "agree" stands, or "further" before
    such an "agree" (a match opening with "further" reads "further\s+agree": no scan for "further")."""
    text, low = doc.text, doc.ascii_folded
    n = len(low)
    agree = [i for i in find_all(low, b"agree") if i + 5 >= n or low[i + 5] not in _NOT_AFTER_AGREE]
    starts = [*find_all(low, b"hereby"), *agree]
    for i in agree:
        further = _further_before(text, low, i)
        if further is not None:
            starts.append(further)
    return list(finditer_at(ACTIVE_VERB, text, sorted(set(starts))))


def _further_before(text: str, low: bytes, i: int) -> int | None:
    """``FURTHER_BEFORE.match(text, 0, i).start()`` (or None), read from the blanks before ``i``: the
    pattern matched from 0 cost the regex module a pass over all of text[:i] when it failed (~1 ms at
    each "agree" of a long text). The blanks run back to j, then "further" must end at j (it ends with
    a letter: no shorter run of blanks can do), as the folded copy tells."""
    lo = max(0, i - _BLANKS_MAX)
    run = BLANKS_BEFORE.match(text, lo, i)
    if run is None:
        return None
    if run.start() == lo > 0:  # a longer run of blanks than the window: the pattern itself
        further = FURTHER_BEFORE.match(text, 0, i)
        return further.start() if further is not None else None
    j = run.start()
    return j - 7 if j >= 7 and low[j - 7 : j] == b"further" else None


def imperative_verbs(text: str) -> list[regex.Match[str]]:
    """``IMPERATIVE_VERB.finditer(text)``, tried only at the line or sentence starts of the short
    openings that end at one of its verbs (its lookbehind tried at every position cost ~70 ms/MB)."""
    verbs = [m.start() + (_FOLLOWING_VERB if text.startswith("f", m.start()) else 0)
             for m in IMPERATIVE_WORD.finditer(text)]
    starts: set[int] = set()
    for v in verbs:
        lo = IMPERATIVE_OPENING.match(text, 0, v).start()
        starts.update(p for p in range(lo, v + 1) if _line_or_sentence_start(text, p))
    return list(finditer_at(IMPERATIVE_VERB, text, sorted(starts)))


def _line_or_sentence_start(text: str, p: int) -> bool:
    """Where IMPERATIVE_VERB's opening anchor holds: a line start, or a space or tab after ".", ":" or ";"."""
    return p == 0 or text[p - 1] == "\n" or (p >= 2 and text[p - 1] in " \t" and text[p - 2] in ".:;")


# a list item under an umbrella instruction, led by a gerund or an imperative: "(a) amending clause (c)
# of such Section 3.1 by deleting ...", "(1) deleting subclause (y) ...", "(i) in the definition of "ADVANCE" add"
ITEM_VERB = regex.compile(
    r"(?i)^[ \t\u00a0]*(?:\((?P<m1>[a-z0-9]{1,5})\)|(?P<m2>[a-z0-9]{1,5})[.)])[ \t\u00a0]+(?:by[ \t\u00a0]+)?"
    r"(?:in[ \t\u00a0]+(?P<defn>the[ \t\u00a0]+definition[ \t\u00a0]+of[ \t\u00a0]+"
    r"[\"\u201c][^\"\u201d]{1,80}[\"\u201d])[ \t\u00a0,]+(?:\([A-Z]\)[ \t\u00a0]+)?)?"
    r"(?P<verb>" + "|".join(sorted(ACTIVE_VERBS.values(), key=lambda w: (-len(w), w))) + "|" + _ACTIVE + r")\b",
    regex.M,
)
# the provision a list item names as its own part: "clause (c) of such Section 3.1", "subclause (y) from
# clause (iii) thereof", "the following new clauses (e) and (f) thereto"
ITEM_PART = regex.compile(
    r"(?i)\b(?:sub)?(?:clauses?|paragraphs?|sections?|subsections?)[ \t\u00a0]+"
    r"(?P<item>\([a-z0-9]{1,5}\)(?:[ \t\u00a0]?\([a-z0-9]{1,5}\)){0,3})"
)
# "the definition of "Maturity Date" in Section 1.01": the target is the definition
DEFINITION_OF = regex.compile(
    r"(?i)\bdefinitions?[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+(?:term|words?)[ \t\u00a0]+)?"
    r"(?P<term>[\"\u201c][^\"\u201d]{1,80}[\"\u201d])"
)
# a subject that is a defined term alone, in a list under "Section 1.1 is amended as follows:":
# ""Final Maturity Date" shall be amended by deleting the definition thereof ..."
TERM_SUBJECT = regex.compile(r"^\s*(?:\([a-z0-9]{1,5}\)\s*)?(?P<term>[\"\u201c][^\"\u201d]{1,80}[\"\u201d])\s*$")
# "amended so that the first sentence that previously read: "..." now reads: "...""
PREVIOUSLY_READ = regex.compile(r"(?i)\b(?:previously|formerly|currently)\s+(?:read|reads|provided|stated)\s*:?\s*$|"
                                r"\bwhereas\b[^:]{0,120}\b(?:was|were)\b[^:]{0,80}:\s*$")
NOW_READS = regex.compile(
    r"(?i)(?:^|\s)(?:(?:it|they|which)\s+)?(?:(?:is|are|shall|will)\s+)?now\s+"
    r"(?:reads?|provides?|states?|(?:is\s+|are\s+|be\s+)?required\s+to|is|are)\s*:"
)
# "redesignating paragraph (c) as paragraph (d)"
REDESIGNATE = regex.compile(
    r"(?i)\bre-?designat\w*\s+(?P<old>(?:sub)?(?:section|paragraph|clause|article)s?\s+\S{1,12}?)"
    r"\s+as\s+(?P<new>(?:sub)?(?:section|paragraph|clause|article)s?\s+\S{1,12}?)(?=[\s,;.]|$)"
)
# a sentence cut short: "The fourth sentence of GC Section 5.3.1 shall end with the words "...will be bound," and
# the remainder of said sentence is deleted" (the subject of "is deleted" ends here; the words are the new ending)
ENDS_WITH_WORDS = regex.compile(
    r"(?i)\bshall\s+end\s+with\s+the\s+words?\s+(?P<q>[\"\u201c][^\"\u201d]{1,200}[\"\u201d]),?\s+and\s+the\s+"
    r"(?:remainder|rest|balance)\s+of\s+(?:said|such|that|the)\s+(?:sentence|paragraph|clause)\s*$"
)
# the passive: "Section 5 ... shall be re-designated as "section 5(a)"", "Existing Section 7.4 shall be renumbered
# as Section 7.5" (the old designation is the subject's provision)
REDESIGNATED_AS = regex.compile(
    r"(?i)(?:re-?designated|renumbered)\s+as\s+(?P<q>[\"\u201c])?"
    r"(?P<new>(?:sub)?(?:section|paragraph|clause|article)s?\s+[^\s\"\u201d,;]{1,12}?)(?(q)[\"\u201d])(?=\.?(?:[\s,;]|$))"
)
# a part of the umbrella's provision as the subject: "(iii) Subsection (c) thereof shall be amended ..."
BARE_PART_SUBJECT = regex.compile(
    r"(?i)\b(?P<part>(?:sub)?(?:sections?|clauses?|paragraphs?)[ \t\u00a0]+"
    r"\([a-z0-9]{1,5}\)(?:[ \t\u00a0]?\([a-z0-9]{1,5}\)){0,3})"
    r"[ \t\u00a0]+(?:thereof|of\s+such\s+section)\s*$"
)
# "In addition, the following is hereby added to the end of Section 11.1(b)": the predicate names the provision
THE_FOLLOWING = regex.compile(r"(?i)^(?:the\s+following|a\s+new|new)\b[^,;]{0,60}$")
# a range of provisions: "Sections 4.1 to 4.3", "Sections 1.1 through 1.9"
RANGE = regex.compile(
    r"(?i)\b(?P<div>(?:sub)?(?:sections?|articles?|paragraphs?|clauses?))[ \t\u00a0]+"
    r"(?P<a>\d{1,3}(?:\.\d{1,3}){0,3}(?:\([a-z0-9]{1,4}\))*)[ \t\u00a0]+(?:to|through|thru)[ \t\u00a0]+"
    r"(?:(?:sub)?(?:sections?|articles?|paragraphs?|clauses?)[ \t\u00a0]+)?"
    r"(?P<b>\d{1,3}(?:\.\d{1,3}){0,3}(?:\([a-z0-9]{1,4}\))*)(?![\w.])"
)
# a block of new provisions that is itself a list of instructions (its items are ops, not new text)

# What may stand between a copula's start and its verb, read backwards from the verb. No word
# here ends another, so the backward reading keeps to the real words and reaches any match start.
COPULA_RUN = regex.compile(r"(?:[\s,]|(?i:is|are|shall|will|be|and|hereby|further|also|each))*", regex.REVERSE)
WORD_CHAR = regex.compile(r"\w")


def copula_verbs(doc: TextIndex) -> list[regex.Match[str]]:
    """``COPULA_VERB.finditer(doc.text)``, run only on the stretches that end at a verb. The
    case-insensitive scan of the whole text costs most of the stage; the verbs are found in the
    lower-cased text (``_verb_starts``), and every match lies within a stretch of copula words,
    commas and spaces before one, so scanning those stretches finds the same matches."""
    text = doc.text
    low = doc.ascii_folded  # the copy the reference scan of the same text made (one TextIndex)
    stretches: list[tuple[int, int]] = []
    for i, verb in _verb_starts(low):
        end = i + len(verb)
        if not WORD_CHAR.match(text, end):
            stretches.append((COPULA_RUN.match(text, 0, i).start(), end))
    out: list[regex.Match[str]] = []
    for a, b in _merged(sorted(stretches)):
        out.extend(COPULA_VERB.finditer(text, a, b))
    return out


# Most verbs end in "ed": one scan led by that literal (the regex module skips to it fast) finds
# them all, where a str.find per verb scanned the text thirteen times.
_ED_VERBS = tuple(v for v in VERBS if v.endswith("ed"))
_OTHER_VERBS = tuple(v for v in VERBS if not v.endswith("ed"))
ED_VERB_END = regex.compile("ed(?<=(?P<verb>" + "|".join(regex.escape(v) for v in _ED_VERBS) + "))")
ED_VERB_END_BYTES = regex.compile(ED_VERB_END.pattern.encode("ascii"))  # the verbs are ASCII
# the other verbs ("struck", "stricken") in one scan: none is a prefix of another nor overlaps one, so its
# finditer sees every place a str.find per verb sees
OTHER_VERB = regex.compile("|".join(regex.escape(v) for v in _OTHER_VERBS))
OTHER_VERB_BYTES = regex.compile(OTHER_VERB.pattern.encode("ascii"))
assert not any(b.startswith(a[k:]) or a[k:].startswith(b)
               for a in _OTHER_VERBS for b in _OTHER_VERBS for k in range(1, len(a)))
assert not any(a != b and b.startswith(a) for a in _OTHER_VERBS for b in _OTHER_VERBS)
# the lookbehind names the one verb ending at a match: none ends another
assert not any(a != b and a.endswith(b) for a in _ED_VERBS for b in _ED_VERBS)


def _verb_starts(low: str | bytes) -> list[tuple[int, str]]:
    """(start, verb) of every occurrence of every verb in ``low`` (a ``lowered`` str or an
    ``ascii_lowered`` bytes copy), as a ``str.find`` per verb gives."""
    # "ed" cannot overlap itself: finditer sees every one
    if isinstance(low, bytes):
        out = [(m.start("verb"), m.group("verb").decode("ascii")) for m in ED_VERB_END_BYTES.finditer(low)]
        out += [(m.start(), m.group().decode("ascii")) for m in OTHER_VERB_BYTES.finditer(low)]
        return out
    out = [(m.start("verb"), m.group("verb")) for m in ED_VERB_END.finditer(low)]
    out += [(m.start(), m.group()) for m in OTHER_VERB.finditer(low)]
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out

_WS = r"\s{1,6}"
_DIV = (
    r"(?i:" + "|".join(d + "s?" for d in DIVISIONS if d not in ("appendix",)) + r"|appendix|appendices|§§?)"
)
_ITEM_LIST = (
    _REF_ITEM
    + r"(?:\s{0,6}(?:,|and|or|&)\s{0,6}(?:(?i:a[ \t\u00a0]+new)[ \t\u00a0]+)?"
    + _REF_ITEM
    + r"){0,12}"
)
_PIECE = r"(?:" + _DIV + _WS + _ITEM_LIST + r")"
_SUB_DIV = r"(?i:(?:sub)?(?:sections?|paragraphs?|clauses?)|items?|parts?)"
_SUB_PIECE = r"(?:" + _SUB_DIV + _WS + _ITEM_LIST + r")"
PROVISION = regex.compile(
    r"(?<![A-Za-z])"
    + _PIECE
    + r"(?:"
    + _WS
    + r"(?i:to|of)"
    + _WS
    + r"(?:(?i:the)"
    + _WS
    + r")?"
    + _PIECE
    + r")*"
    + r"(?:\s{0,3},"
    + _WS
    + _SUB_PIECE
    + r")*"
    # a provision of an earlier amendment: "item 3. of Amendment 003", "item 1. in Amendment 003"
    + r"(?:\.?"
    + _WS
    + r"(?i:of|in)"
    + _WS
    + r"(?P<doc>(?i:amendment)[ \t\u00a0]*(?:#|No\.)?[ \t\u00a0]*\d{1,3}(?!\d)))?"
)
# "In Section 4.2 of the Deed of Trust, "7.11" is hereby deleted ...": the provision leads the subject
IN_PROVISION = regex.compile(r"(?i)^in\s+(?P<prov>" + PROVISION.pattern + r")[^\"\u201c]{0,200},\s*[\"\u201c]")
ENTITLED = regex.compile(
    r"(?i)\b(?:entitled|captioned|headed)\s+[\"\u201c](?P<title>[^\"\u201d]{1,120})[\"\u201d]"
)
DEFINITIONS = regex.compile(r"(?i)\b(?:the\s+)?definitions?\b(?:\s+(?:of|section))?")
WHOLE_AGREEMENT = regex.compile(
    r"^(?i:the)\s+(?:[A-Z][\w&\-]*\s+){0,6}(?:Agreement|AGREEMENT|Amendment|Contract|License)"
    r"\s*,?\s*$"
)
CONDITION = regex.compile(
    r"(?i)\b(?:if|unless|until|when|whenever|once|upon|provided|in\s+the\s+event|subject"
    r"\s+to"
    r"|notwithstanding|pursuant\s+to|in\s+accordance\s+with)\b"
)
# A modal before the copula makes the sentence a rule, not an instruction: "as may be amended".
MODAL = regex.compile(
    r"(?i)\b(?:may|might|must|can|could|would|should|not|never|to)"
    r"\s+(?:(?:also|hereafter|thereafter|from\s+time\s+to\s+time)\s+)?\Z"
)
SELF_REFERENCE_BEFORE = regex.compile(r"(?i)\bthis\s*$")
SELF_REFERENCE_AFTER = regex.compile(
    r"(?i)\s+(?:above|below|hereof|herein|hereto|hereunder|of\s+this\s+agreement)\b"
)
FROM_TIME_TO_TIME = regex.compile(r"(?i)\bfrom\s+time\s+to\s+time\b")
REFERENCES_TO = regex.compile(r"(?i)(?:^|\b(?:each|every|all|any)(?:\s+and\s+all)?\s+)references?\b")
AGREEMENT_NAME = regex.compile(r"(?i)\b(?:the|this)\s+(?:[A-Z][\w&\-]*\s+){0,5}(?:agreement|amendment)\b")

# -- what the predicate does --------------------------------------------------------------
RESTATE = regex.compile(
    r"(?is)\brestat(?:ed|ing)\b|\bto\s+(?:read|state)\s+(?:in\s+(?:its|their)\s+entirety"
    r"\s+)?(?:as\s+follows|as\s+(?:set\s+forth|provided)\b)"
    r"|\b(?:read|state|provide)\s+in\s+(?:its|their)\s+entirety"
    r"|\b(?:replaced|amended)\s+in\s+(?:its|their)\s+entirety"
    r"|\bamended\s+in\s+full\b"
    r"|\bin\s+(?:its|their)\s+entirety\s+(?:to\s+(?:read|provide|state)\s+)?as\s+follows"
    # the provision between the verb and "in its entirety" may be a long path ("Delete Scope of Services: b),
    # Section 24.0 ... in Supplement 1 to Attachment 1, Statement of Work, to the Agreement in its entirety")
    r"|\b(?:deleted|removed|replaced|remove|delete|deleting|removing|striking)\b.{0,240}?\bin\s+(?:its|their)"
    r"\s+entirety\b.{0,120}?\b(?:replac\w*|substitut\w*|insert\w*|following)\b"
    r"|\b(?:deleted|removed)\s+and\s+replaced\s+(?:by|with)\s+the\s+following"
    r"|\b(?:deleting|removing)\s+(?:it|them|the\s+definition\s+thereof|such\s+definition)\s+and\s+"
    r"(?:by\s+)?(?:replac|substitut|insert)\w*"
    r"|\b(?:shall\s+replace|replaces)\b.{0,80}?\bin\s+(?:its|their)\s+entirety"
)
SUBSTITUTE = regex.compile(
    r"(?i)\b(?:substitut\w*|replac\w*|instead\s+of|in\s+lieu\s+of|by\s+changing"
    r"|(?:deleting|striking)\b.{0,400}?\b(?:inserting|adding)"
    r"|(?:delete|strike)\b.{0,400}?\b(?:insert|add)\b.{0,200}?\bin\s+lieu\s+thereof)\b"
)
DELETE = regex.compile(
    r"(?i)\b(?:deleted|deleting|delete|removed|remove|struck|stricken|strike|cancell?ed|striking)\b"
)
INSERT = regex.compile(
    r"(?i)\b(?:add|adding|added|addition|insert\w*|to\s+(?:further\s+)?include|supplemented"
    r"|to\s+provide,?\s+immediately\s+(?:following|after|before|preceding)|new"
    r"\s+(?:section|paragraph|clause|subsection|article))\b"
)
DEFINITION_WORDS = regex.compile(r"(?i)\bdefinitions?\b|\bdefined\s+terms?\b|alphabetical\s+order")
DEFINITION_TEXT = regex.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+)?[\"\u201c][^\"\u201d]{1,100}[\"\u201d]"
    r"\s{1,6}"
    r"(?i:shall\s+mean|means|has\s+the\s+meaning|shall\s+have\s+the"
    r"\s+meaning)"
)
VAGUE = regex.compile(
    r"(?i)^\w+\s+(?:as\s+(?:needed|necessary|appropriate)\b"
    r"|to\s+(?:provide|allow|permit|reflect|clarify|adapt|impose|require|extend|modify|change)"
    r"\s+(?!.{0,120}(?:instead|in\s+lieu|rather\s+than|as\s+follows|the\s+following|entirety))"
    r"|to\s+(?:remove|eliminate|prohibit|require)\s+(?![^\"\u201c]{0,120}[\"\u201c]))"
)
INTRODUCES_BLOCK = regex.compile(
    r"(?i)(?:follows|following[^.]{0,80}|thereof|therefor|hereof)?[ \t\u00a0]*:\s*$"
)
UMBRELLA = regex.compile(
    r"(?i)^\s*(?:amended|modified|supplemented|revised"
    r"|amend\b(?:(?!\b(?:by|to)\b)(?:[^:.;]|\.(?=\S))){0,120}?)[ \t\r\n,]*"
    r"(?:as\s+follows|in\s+the\s+following\s+respects|as\s+set\s+forth\s+below)"
)
QUOTED = regex.compile(r"\"(?P<s>[^\"]{0,4000}?)\"|\u201c(?P<c>[^\u201c\u201d]{0,4000}?)\u201d")
OLD_CUE = regex.compile(
    r"(?i)\b(?:deleting|delete|striking|replace|replacing|references?\s+to|previously\s+read)\b"
)
NEW_FIRST_CUE = regex.compile(r"(?i)\binstead\s+of\b|\bin\s+lieu\s+of\b|\brather\s+than\b")
# "by substituting "sixty (60) days" for "thirty (30) days"": the new words come first
FOR_BETWEEN = regex.compile(r"(?i)^[\s,]*for[\s,]*$")
SUBSTITUTING_BEFORE = regex.compile(r"(?i)\bsubstitut\w*\b[^\"\u201c]{0,60}$")
# Confidential-treatment markers that can stand in for quoted words.
CT_MARKER = regex.compile(
    r"(?i)^\s*(?:\[\s*(?:\*[\s*]*|text\s+deleted|redacted|confidential[^\]]{0,40}|omitted)\s*\]|\*{3,})\s*$"
)

# -- location qualifiers (small pyparsing grammar over the predicate's first words) ----------------
ordinal = pp.Regex(r"(?i)(?:" + "|".join(sorted(ORDINALS, key=lambda w: (-len(w), w))) + r")(?![a-z])").set_name(
    "ordinal"
)
count = pp.Regex(r"(?i)(?:" + "|".join(sorted(COUNT_WORDS, key=lambda w: (-len(w), w))) + r")(?![a-z])").set_name(
    "count"
)
unit = pp.Regex(r"(?i)(?:sentence|paragraph|line|clause)s?(?![a-z])").set_name("unit")
ordinal_list = pp.DelimitedList(ordinal, delim=pp.Regex(r",?\s*(?:and|,)")).set_name("ordinal_list")
the = pp.CaselessKeyword("the")
each_of = (pp.CaselessKeyword("each") + pp.CaselessKeyword("of")).set_name("each_of")
qualifier = (
    (
        pp.Optional(pp.CaselessKeyword("in"))
        + pp.Optional(each_of)
        + pp.Optional(pp.CaselessKeyword("all"))
        + the
        + ordinal_list("ordinals")
        + pp.Optional(count("count"))
        + pp.Optional(pp.CaselessKeyword("complete"))
        + unit("unit")
    )
    .set_name("qualifier")
    .parse_with_tabs()
)
QUALIFIER_START = regex.compile(
    r"(?i)\b(?:in\s+)?(?:each\s+of\s+)?the\s+(?:" + "|".join(sorted(ORDINALS, key=lambda w: (-len(w), w))) + r")\b"
)


# the qualifier with where it starts and ends, parsed at the text's start only: ``scan_string`` tried
# every later position of the text before giving up when it was not there
located_qualifier = pp.Located(qualifier).set_name("located_qualifier").parse_with_tabs()


def parse_qualifier(text: str) -> tuple[str, list[int], int] | None:
    """("sentence", [1, 2], length) for "the first two sentences" at the start of ``text`` (the first
    match of ``qualifier.scan_string`` when it starts there); ordinals -1/-2 mean last/penultimate."""
    try:
        start, tokens, end = located_qualifier.parse_string(text)
    except pp.ParseException:
        return None
    if start == 0:
        unit_word = str(tokens["unit"]).lower().rstrip("s")
        nums = [ORDINALS[str(o).lower()] for o in tokens["ordinals"]]
        if "count" in tokens and len(nums) == 1 and nums[0] > 0:
            n = COUNT_WORDS[str(tokens["count"]).lower()]
            nums = list(range(nums[0], nums[0] + n))
        return unit_word, nums, end
    return None


# -- coverage: sentences that look like instructions, and why one is not ----------------------------
_AMENDING_FORMS = sorted(
    {*VERBS, *ACTIVE_VERBS, *ACTIVE_VERBS.values(), "amends", "deletes", "replaces", "inserts", "adds"},
    key=lambda w: (-len(w), w),  # longest first; ties in one order whatever the set's hash order
)
AMENDING_WORD = regex.compile(r"(?i)\b(?:" + "|".join(_AMENDING_FORMS) + r")\b")
COVERAGE_SENTENCE_END = regex.compile(r"[.;:][\"\u201d]?\s+(?=[A-Z\"\u201c(\[])|:\s*$|\r?\n[ \t\u00a0]*\r?\n", regex.M)
# each reason a sentence with an amending word near a provision is not an instruction (code, pattern, why)
RECITAL = regex.compile(
    r"(?i)^\W*(?:whereas|recitals?)\b|\b(?:wish|wishes|desire|desires|intend|intends|agreed|want)\s+to\s+"
    r"(?:further\s+)?amend"
)
NAMED_DOCUMENT = regex.compile(
    r"(?i)\b(?:as\s+(?:(?:heretofore|previously|further|so|hereby|thereby|subsequently)\s+)?amended"
    r"|(?:(?:first|second|third|fourth|fifth)\s+)?amended\s+and\s+restated"
    r"|as\s+(?:the\s+same\s+)?(?:it\s+)?may\s+(?:be\s+)?(?:(?:further|hereafter|from\s+time\s+to\s+time)\s+)?"
    r"(?:amended|modified|supplemented|restated|replaced)"
    r"|amended\s+(?:facility|agreement|plan)\b|(?:amended|restated|replaced|supplemented),?\s+(?:restated|supplemented|"
    r"modified|amended|replaced|extended)\b)"
)
# a document named by its amendment: "the Restated Agreement", "this Amendment", "Amendment No. 1"
NAMED_AMENDMENT = regex.compile(
    r"(?i)\bas\s+amended,?\s+(?:or|and|and/or)\s+(?:supplemented|modified|restated|replaced|extended)\b"
    r"|\brestated\s+(?:[A-Z][\w&\-]*\s+){0,3}(?:agreement|plan|contract|license)\b"
    r"|\b(?:this|the|such|said)\s+(?:[A-Z][\w&\-]*\s+){0,2}amendment\b(?!\s+(?:to|of)\s+(?:section|article|paragraph))"
    r"|\bamendment\s+(?:no\.?\s*|number\s+|#\s*)?\d{1,3}\b"
)
RULE = regex.compile(
    # a change left to a later agreement: "added by mutual agreement to Exhibit A", "shall discuss and amend"
    r"(?i)\bby\s+mutual\s+(?:written\s+)?agreement\b|\b(?:will|shall)\s+(?:\w+\s+and\s+)(?:amend|modify|revise)\b"
    # a change that happens later by itself: "Exhibit C will be so amended automatically upon written notice"
    r"|\b(?:will|shall)\s+be\s+(?:so\s+)?(?:amended|modified|revised)\s+automatically\b"
    # a commitment to amend by a date: "Amend the Application Matrix ... on or before January 15, 1999"
    r"|\bamend\b[^.;:]{0,200}?\b(?:on\s+or\s+before|no\s+later\s+than)\b"
    r"|^\W*notwithstanding\b"  # "Notwithstanding Section 5.1.2 ..., neither ... shall": a rule
    r"|\b(?:(?:will|shall|may)\s+(?:(?:formally|promptly|also|not|then)\s+)?|right\s+to\s+(?:\w+\s+)?)"
    r"(?:add|remove|delete|replace|amend|modify|insert|substitute)\b"
    r"|\b(?:may|might|must|can|could|would|should|shall\s+not|will\s+not|cannot|not\s+be|to\s+be|no)"
    r"\s+(?:(?:also|hereafter|thereafter|further|be|been|is|are|from\s+time\s+to\s+time)\s+)*"
    r"(?:amend\w*|delet\w*|replac\w*|substitut\w*|insert\w*|add\w*|restat\w*|remov\w*|modif\w*)\b"
)
AUTHORITY = regex.compile(
    r"(?i)\b(?:pursuant\s+to|in\s+accordance\s+with|as\s+(?:provided|contemplated|permitted|required)\s+(?:in|by|under)"
    r"|under|referred\s+to\s+in|as\s+set\s+forth\s+in)\s+(?:the\s+provisions\s+of\s+)?(?:section|article|paragraph)"
)
IN_ATTACHMENT = regex.compile(
    r"(?i)\b(?:as\s+set\s+forth|as\s+provided|attached)\s+(?:on|in|as)?\s*(?:the\s+)?(?:annex|schedule|exhibit"
    r"|attachment|appendix)\b|\battached\s+(?:hereto|to\s+this)\b|\bin\s+the\s+form\s+(?:of|attached)"
    r"|\b(?:at|in|on)\s+(?:exhibit|annex|schedule|attachment|appendix)\s+\S{1,8}\s+hereto\b"
    # the new words are a revised attachment or listing, not given in the text
    r"|\b(?:new|revised|updated|replacement)\s+(?:listing|list|attachment|exhibit|schedule|annex|appendix)\b"
    r"|\breplace\w*\s+(?:it|them)\s+(?:in\s+(?:its|their)\s+entirety\s+)?with\s+(?:the\s+)?(?:attachment"
    r"|exhibit|schedule|annex|appendix)\s+\S{1,8}\s*:?\s*$"
)
VAGUE_SENTENCE = regex.compile(
    # prose that says a provision is changed and then states the new rule in its own words
    r"(?i)\bas\s+(?:an?\s+)?(?:further\s+)?amendment\s+to\b|\bdeemed\s+to\s+(?:amend|modify|supersede)\b"
    r"|\bmodified\s+to\s+comply\b|\bagree\w*\b[^.\"\u201c:]{0,120}?\bto\s+amend\b(?![^\"\u201c:]{0,400}[\"\u201c:])"
    r"|\b(?:amended|amend|revised|modified)\s+(?:hereby\s+)?(?:as\s+(?:needed|necessary|appropriate)|to\s+(?:the\s+extent|provide"
    r"\s+(?:that|for)|allow|permit|reflect|clarify|impose|require|make|modify|change|effect|remove|eliminate|extend|prohibit|(?:further\s+)?include"
    r"(?![^\"\u201c:]{0,200}[\"\u201c:])))"
)
CONVENTION = regex.compile(
    r"(?i)\b(?:inserted|included|used)\s+(?:only\s+)?(?:for|as\s+a\s+matter\s+of)\s+(?:convenience|reference)"
    r"|\b(?:represents?|warrants?|confirms?|reaffirms?|acknowledges?)\b"
)
WHOLE_UMBRELLA = regex.compile(
    r"(?i)\b(?:amended|modified|amend|supplemented)\b[^:]{0,200}?(?:as\s+follows|as\s+set\s+forth\s+below"
    r"|in\s+the\s+following\s+respects|\bby\b|in\s+accordance\s+with\s+sections?\s+[\d.]+\s+(?:through|to)\b.*)"
    r"\s*[:.]?(?:[a-z0-9]{1,3}\.)?\s*$"
)
SELF_REFERENCE = regex.compile(
    r"(?i)\bthis\s+(?:section|article|paragraph|clause|exhibit|schedule|guarantee|guaranty)\b"
)
DEFINITION_SENTENCE = regex.compile(
    r"[\"\u201c][^\"\u201d]{1,80}[\"\u201d]\s+(?i:means|shall\s+mean|has\s+the\s+meaning|shall\s+have\s+the\s+meaning)\b"
)
DELETED_MARKER = regex.compile(
    r"(?i)^\W*(?:(?:\u00a7\s*)?[\d.]+\s+)?[\[(]?(?:paragraph\s+)?(?:deleted|intentionally\s+(?:omitted|deleted))[\])]?\.?"
)
SAVING_CLAUSE = regex.compile(
    r"(?i)\b(?:except\s+as|other\s+than\s+as|save\s+as)\s+(?:(?:expressly|specifically|otherwise|herein)\s+)*"
    r"(?:amended|modified|provided|set\s+forth|supplemented)"
)
# an arithmetic step of a payment formula: "Add the Construction Manager's Fee ... at the rate stated in Section 5.1"
ARITHMETIC = regex.compile(
    r"(?i)^\W*(?:add|subtract|deduct)\s+(?:the|an?|any|all)\s+[^.;:]{0,80}?\b(?:fees?|amounts?|costs?|sums?|prices?"
    r"|interest|charges?)\b"
)
# the change itself is withheld: "... are hereby amended, effective January 1, 2010, [*]."
REDACTED_CHANGE = regex.compile(
    r"(?i)\b(?:amended|modified|revised|replaced|changed)\b[^.;:\[\]\"\u201c]{0,80}?"
    r"\[\s*(?:\*[\s*]*|redacted|omitted|text\s+deleted)\s*\]\s*\.?\s*$"
)
SCOPE = regex.compile(r"(?i)\b(?:this|the)\s+(?:document|amendment|agreement)\s+(?:hereby\s+)?amends\b")
