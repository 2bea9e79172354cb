"""Reading one amending instruction: its subject (the target), its predicate (the action, the
location qualifier, the quoted old and new words) and the block of new text after a colon.

``ops(doc, index)`` returns the operations of a text (view offsets); ``stages.amendments`` turns
them into rows. List items under an umbrella instruction are read in ``amendment_items``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..grammars import amendments as g
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.text_index import TextIndex
from ..model.records import NestedSpans
from . import amendment_blocks as blocks
from . import amendment_items as items

SENTENCE_BREAK = regex.compile(r"[.;:][\"\u201d]?\s+(?=[A-Z\"\u201c(\[])|[\r\n][ \t\u00a0]*[\r\n]")
PREDICATE_MAX = 1500
SUBJECT_MAX = 400
CONNECTIVE = regex.compile(
    r"(?i)^(?:\([a-z0-9]{1,4}\)|[a-z0-9]{1,3}\.)?\s*(?:in"
    r"\s+addition|further|also|furthermore|moreover|and)?[ \t\r\n,]*"
)
CLAUSE_SPLIT = regex.compile(
    r"(?i)\s*(?:,|;)?\s+and\s+(?=(?:\([a-z0-9]{1,4}\)\s*)?by"
    r"\s+(?:amending|deleting|adding|inserting|replacing|substituting)\b)"
)
# "is hereby amended by:", "is amended as follows:", "shall be further amended as set forth below:"
UMBRELLA_BY = regex.compile(
    r"(?i)(?:amended|modified|supplemented|amend)\b[^:;.]{0,160}?(?:\bby|as\s+follows|as\s+set\s+forth\s+below"
    r"|in\s+the\s+following\s+respects)[ \t\u00a0]*:"
)
DELETING_WHOLE = regex.compile(r"(?i)(?:amended\s+)?(?:by\s+)?(?:deleting|striking)\b(?:(?![\"\u201c])[^;])*\Z")
SUBSTITUTING_THEREFOR = regex.compile(
    r"(?i)by\s+(?:substituting|inserting|replacing)\b[^;]{0,200}?\b(?:therefor|in\s+lieu\s+thereof|in\s+(?:its|their)\s+place)"
)
ANCHOR_BEFORE = regex.compile(
    r"(?i)\b(?:after|before|following|preceding|beginning\s+with|ending\s+with)\s+(?:the\s+(?:words?|phrases?|terms?|figures?)\s+)?[\"\u201c]\Z"
)
# only spaces between an instruction's colon and its new words, which start with a capital: one line
SAME_LINE_TEXT = regex.compile(r"[ \t\u00a0]*(?=[A-Z][a-z])")


def _same_line(text: str, b: int, bs: int) -> bool:
    m = SAME_LINE_TEXT.match(text, b)
    return m is not None and m.end() == bs
SUPPLEMENTED = regex.compile(r"(?i)\s*supplemented\b")
NEW_DEFINITION = regex.compile(r"(?i)\bnew\s+definitions?\b")
THEREOF_ITEM = regex.compile(
    r"(?i)\b(?:sub)?(?:section|paragraph|clause)\s+(?P<item>\([a-z0-9]{1,4}\)(?:"
    r"[ \t\u00a0]?\([a-z0-9]{1,4}\)){0,3})\s+thereof"
)




@dataclass(frozen=True)
class Quote:
    start: int  # view offsets of the words inside the quote marks
    end: int


def _quotes(text: str, a: int, b: int) -> list[Quote]:
    out = []
    for m in g.QUOTED.finditer(text, a, b):
        grp = "s" if m.group("s") is not None else "c"
        out.append(Quote(m.start(grp), m.end(grp)))
    return out


# precompiled: a module-level regex.search(pattern, ...) pays a cache lookup on every call
THIS_WORD = regex.compile(r"(?i)this\b")
DEFINING_VERB = regex.compile(r"(?i)replac|refer|mean|read|amended|deemed")
NEW_TEXT_CUE = regex.compile(r"(?i)substitut|insert|with\s*$")
BY_AMENDING = regex.compile(r"(?i)by\s+amending\b")
REDESIGNATE_AND = regex.compile(r"[ \t\u00a0]*[,;]?[ \t\u00a0]*and[ \t\u00a0]+(?:by[ \t\u00a0]+)?(?=\w)")
ITEM_OF_LABEL = regex.compile(r"\([a-z0-9]{1,5}\)$|\b[0-9]+(?:\.[0-9]+)*$", regex.I)
JOINED = regex.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:and|or|&)[ \t\u00a0]*")

# The characters _predicate_end acts on; it steps over the rest.
PREDICATE_CHARS = regex.compile(r"[\"\u201c\u201d:;.]")
QUOTE_ENDS_PARAGRAPH = regex.compile(r"(?P<p>[.;,]?)[ \t\u00a0]*\r?\n[ \t\u00a0]*\r?\n")
# the first character no QUOTE_ENDS_PARAGRAPH match can hold: a match ends before it
NOT_PARAGRAPH_END = regex.compile(r"[^.;, \t\u00a0\r\n]")
SEMICOLON_AND = regex.compile(r"\s+and\b")
INITIAL_DOT = regex.compile(r"(?<=\b[A-Za-z0-9])\.")
QUOTE_THEN_SENTENCE = regex.compile(r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?[A-Z][a-z]")
NEXT_CHAR = regex.compile(r"\s+(?P<c>\S)")
# a colon inside a heading path, before the item it leads to: "Delete Scope of Services: b), Section 24.0 ..."
HEADING_PATH_COLON = regex.compile(r"[ \t]\(?[a-z0-9]{1,3}\),")


def _paragraph_after(text: str, i: int) -> regex.Match[str] | None:
    """``QUOTE_ENDS_PARAGRAPH.match(text, i)``, read only as far as its characters run: the regex
    module first looks for a pattern's required "\n" through the rest of the text, so on a text
    without line breaks each call read it to its end (quadratic in a flattened document)."""
    stop = NOT_PARAGRAPH_END.search(text, i)
    return QUOTE_ENDS_PARAGRAPH.match(text, i, stop.start() if stop else len(text))


def _predicate_end(text: str, pos: int, limit: int) -> int:
    """End of the instruction's sentence: a full stop (or colon) outside quotation marks. Only the
    quotation marks and stops change anything, so the scan jumps from one to the next."""
    straight = False
    curly = 0
    stop = min(limit, pos + PREDICATE_MAX)
    for m in PREDICATE_CHARS.finditer(text, pos, max(pos, stop)):
        i = m.start()
        ch = text[i]
        if ch == '"':
            straight = not straight
            if not straight and not curly and (q := _paragraph_after(text, i + 1)):
                return q.end("p")  # 'inserting "or Letters of Credit" after "any Loans."' then a new paragraph
            if not straight and not curly and _quote_ends_sentence(text, i):
                return i + 1
        elif ch == "\u201c":
            curly += 1
        elif ch == "\u201d":
            curly = max(0, curly - 1)
            if not straight and not curly and (q := _paragraph_after(text, i + 1)):
                return q.end("p")
            if not straight and not curly and _quote_ends_sentence(text, i):
                return i + 1
        elif not straight and not curly:
            if ch == ":":
                if not HEADING_PATH_COLON.match(text, i + 1):
                    return i + 1
            elif ch == ";" and SEMICOLON_AND.match(text[i + 1 : i + 8]):
                pass  # "...; and the following paragraph shall be substituted"
            elif i + 1 >= len(text) or text[i + 1] in " \t\r\n\u00a0":
                if not INITIAL_DOT.match(text, i) or _sentence_follows(text, i + 1):
                    return i + 1
    return stop


def _quote_ends_sentence(text: str, i: int) -> bool:
    """A closing quotation mark at ``i`` after a full stop, with a sentence after it: '... initial term." In
    addition, SECTION 7 A. is hereby amended ...' (the instruction's sentence ends with its quotation)."""
    return i > 0 and text[i - 1] in ".!?" and QUOTE_THEN_SENTENCE.match(text, i + 1) is not None


def _sentence_follows(text: str, pos: int) -> bool:
    m = NEXT_CHAR.match(text, pos)
    return m is None or m.group("c").isupper() or m.group("c") in '"\u201c(['


ITEM_DOT = regex.compile(r"(?:^|[ \t\u00a0])[A-Za-z0-9]\.$")
CAPITAL_WORD = regex.compile(r"\s+[A-Z][a-z]")


def _subject_start(text: str, verb_start: int, floor: int) -> int:
    lo = max(floor, verb_start - SUBJECT_MAX)
    start = lo
    for m in SENTENCE_BREAK.finditer(text, lo, verb_start):
        # "SECTION 7 A. is" : a letter item's full stop is not a sentence end
        if ITEM_DOT.search(text[max(lo, m.start() - 2) : m.start() + 1]) and not CAPITAL_WORD.match(
            text[m.start() + 1 : m.end() + 2]
        ):
            continue
        start = m.end()
    return start


@dataclass
class Op:
    subject_start: int
    end: int
    target: str | None
    target_start: int | None
    action: str
    location: str | None
    line: int | None
    sentences: str | None
    old: Quote | None
    new: Quote | None
    block: bool


# the object of an active or imperative verb that names a part of the provision after it: "Delete the table
# in 1. a) of Appendix 1", "replace the wording in Section 7.0"
OBJECT_PART = regex.compile(
    r"(?i)\w+[ \t\u00a0]+(?P<part>the[ \t\u00a0]+\w[^\"\u201c:;]{0,200}?)[ \t\u00a0\r\n,]+(?:in|of|from|to)"
    r"[ \t\u00a0\r\n]*"
)


def _defined_name(text: str, q: Quote) -> bool:
    """The quote is a name defined in parentheses: '("I/T Services")'."""
    return text[max(0, q.start - 2) : q.start] in ('("', "(\u201c") and text[q.end : q.end + 2] in ('")', "\u201d)")


def _blank_quotes(s: str) -> str:
    """The same text with quoted words blanked out (same length), so commas inside quotes are ignored."""
    return g.QUOTED.sub(lambda m: " " * len(m.group()), s)


def _target(text: str, a: int, b: int) -> tuple[str | None, int | None, bool]:
    """The provision named by the subject text[a:b], its start, and whether the subject is a whole
    agreement ("The Distributor Agreement is hereby amended by adding ...").

    The provision must head the subject's last clause ("In consideration of the foregoing, Section
    6.5 is ..."; "Section 2.2.7 of the Agreement, under the heading "Term", shall be ..."), not sit
    in a condition ("If any of the conditions specified in Section 8 shall not ...")."""
    sub = text[a:b]
    flat = _blank_quotes(sub)
    hits = [m for m in g.PROVISION.finditer(flat)] or [m for m in g.DEFINITIONS.finditer(flat)]
    defn = g.DEFINITION_OF.search(sub)
    if defn is not None and not g.CONDITION.search(flat[: defn.start()]):
        # "The definition of "Maturity Date" in Section 1.01 ...": the target is the definition
        t = "definition of " + " ".join(defn.group("term").split())
        inside = [h for h in hits if h.start() >= defn.end() and h.start() - defn.end() < 40]
        if inside:
            t += " in " + " ".join(sub[inside[0].start() : inside[0].end()].split())
        return t, a + defn.start(), False
    if hits:
        hit = hits[-1]
        first = hit.start()
        for prev in reversed(hits[:-1]):
            if not JOINED.fullmatch(flat, prev.end(), first):
                break
            first = prev.start()  # "Section 11.1 and Section 11.2 are deleted": both are the target
        cs = max(flat.rfind(",", 0, hit.start()), flat.rfind(";", 0, hit.start())) + 1
        lead = flat[cs : hit.start()]
        after = flat[hit.end() :].split(",")
        if len(lead.split()) > 10 or g.CONDITION.search(lead) or any(len(p.split()) > 8 for p in after):
            return None, None, False
        if g.SELF_REFERENCE_BEFORE.search(lead) or g.SELF_REFERENCE_AFTER.match(flat, hit.end()):
            return None, None, False  # "this Exhibit 14", "Section 5.1(c) above": a rule of this document
        t = " ".join(sub[first : hit.end()].split())
        entitled = g.ENTITLED.search(sub, hit.end() - 1)
        if entitled is not None:
            t += ", " + " ".join(entitled.group("title").split()).rstrip(",")
        return t, a + first, False
    bare = g.BARE_PART_SUBJECT.search(sub)
    if bare is not None:
        return " ".join(bare.group("part").split()), a + bare.start("part"), False
    if g.THE_FOLLOWING.match(CONNECTIVE.sub("", sub, count=1).strip()):
        return None, None, True  # the predicate names the provision
    term = g.TERM_SUBJECT.match(sub)
    if term is not None:  # ""Final Maturity Date" shall be amended by deleting the definition thereof"
        return "definition of " + " ".join(term.group("term").split()), a + term.start("term"), False
    head = CONNECTIVE.sub("", sub, count=1).strip()
    if g.WHOLE_AGREEMENT.match(head) and not THIS_WORD.match(head):
        return None, None, True
    return None, None, False


def _location(text: str, a: int, b: int) -> tuple[str | None, int | None, str | None]:
    parts: list[str] = []
    line = None
    sentences = None
    for m in g.QUALIFIER_START.finditer(text, a, b):
        q = g.parse_qualifier(text[m.start() : min(b, m.start() + 120)])
        if q is None:
            continue
        unit, nums, length = q
        phrase = " ".join(text[m.start() : m.start() + length].split())
        if phrase in parts:
            continue
        parts.append(phrase)
        if unit == "line" and line is None and nums:
            line = nums[0]
        elif unit == "sentence" and sentences is None:
            sentences = ",".join(str(n) for n in nums)
    return ("; ".join(parts) or None), line, sentences


def _classify(subject: str, pred: str, has_location: bool, quotes: int) -> str | None:
    if (
        g.REFERENCES_TO.search(subject[:60])
        and quotes >= 2
        and DEFINING_VERB.search(pred)
    ):
        return "replace_all"
    if g.UMBRELLA.match(pred) and quotes == 0:
        return None
    if g.VAGUE.search(pred):
        return None
    cues = []
    for name, pat in (("restate", g.RESTATE), ("substitute", g.SUBSTITUTE), ("insert", g.INSERT)):
        m = pat.search(pred)
        if m is not None:
            cues.append((m.start(), name))
    if cues:
        name = min(cues)[1]
        return "substitute" if name == "restate" and has_location else name
    if g.DELETE.search(pred):
        return "delete"
    if quotes:
        return "substitute"
    return None


def _assign_quotes(
    pred_text: str, pred_start: int, quotes: list[Quote], action: str
) -> tuple[Quote | None, Quote | None]:
    if not quotes:
        return None, None
    if action in ("insert", "restate", "add_definition"):
        if len(quotes) > 1 and ANCHOR_BEFORE.search(pred_text, 0, quotes[0].start - pred_start):
            return None, quotes[1]  # "adding immediately after the phrase "of which" ... the following "...""
        return None, quotes[0]
    if action == "replace_all":
        return quotes[0], quotes[1]
    if action == "delete":
        return quotes[0], None
    if len(quotes) == 1:
        before = pred_text[: quotes[0].start - pred_start]
        return (
            (quotes[0], None)
            if g.OLD_CUE.search(before) and not NEW_TEXT_CUE.search(before)
            else (None, quotes[0])
        )
    between = pred_text[quotes[0].end - pred_start + 1 : quotes[1].start - pred_start - 1]
    first_new = g.NEW_FIRST_CUE.search(between) or (
        g.FOR_BETWEEN.match(between) and g.SUBSTITUTING_BEFORE.search(pred_text[: quotes[0].start - pred_start - 1])
    )
    return (quotes[1], quotes[0]) if first_new else (quotes[0], quotes[1])


def ops(doc: TextIndex, index: NestedSpans) -> list[Op]:
    """The amending operations of ``doc.text``, in text order (``index``: its sections' spans)."""
    text = doc.text
    imperative = g.imperative_verbs(text)
    opens = {m.start() for m in imperative}  # an imperative opens its sentence or item: its subject starts there
    hits = sorted([*g.copula_verbs(doc), *g.active_verbs(doc), *imperative], key=lambda m: m.start())
    ops: list[Op] = []
    umbrellas: list[tuple[str | None, int, int, int]] = []  # target, items start, items end, subject start
    floor = 0
    prev_end = 0
    for k, m in enumerate(hits):
        sec = index.innermost(m.start())
        sec_start = index.spans[sec][0] if sec is not None else 0
        s0 = m.start() if m.start() in opens else _subject_start(text, m.start(), max(floor, sec_start))
        pend = _predicate_end(text, m.start("verb"), len(text))
        j = k + 1
        # the next instruction: not a rule inside the new words ("The Plan ... may not be amended")
        while j < len(hits) and (hits[j].start() < pend or _modal(text, hits[j].start())):
            j += 1
        nxt = hits[j].start() if j < len(hits) else len(text)
        floor = m.end()
        subject = text[s0 : m.start()]
        active = m.group("verb").lower() in g.ACTIVE_VERBS
        if active:
            # active voice: "the Parties hereby amend Section 4 ..." (the object names the target)
            subject = text[m.end() : pend]
        if active and g.CONDITION.search(text, s0, m.start()):
            continue  # "(If the parties agree to substitute terms ...": a condition, not an instruction
        if _modal(text, m.start()):
            continue  # "as may be amended", "must be replaced", "shall not be removed"
        if m.start() < prev_end or (s0 < prev_end and not g.PROVISION.search(subject)):
            continue  # "... such that "X" is deleted and replaced ..." continues the instruction before
        prev_end = pend
        pred_a = m.start("verb")
        n = len(ops)
        for part_a, part_b in _clauses(text, pred_a, pend):
            op = _one_op(text, s0, m.start(), part_a, part_b, pend, nxt, index, sec, active)
            if op is not None:
                ops.append(op)
        if len(ops) == n and text[pend - 1 : pend] == ":" and UMBRELLA_BY.match(text, pred_a, pend):
            target = _umbrella_target(text, s0, m.start(), pred_a, pend, active)
            # the list may outlast the innermost section ("(g) ... as follows: (i) ..." read as item (i) after (h))
            section_end = _outermost_end(index, m.start(), len(text))
            umbrellas.append((target, pend, min(section_end, pend + items.REGION_MAX), s0))
    regions = []
    # an instruction naming its own provision ends the list ("(h) Section 2.23 is hereby deleted."): where
    # those start, sorted, so each umbrella finds the first after it by bisection, not by a pass over every op
    stops = sorted(op.subject_start for op in ops
                   if not items.is_bare(op.target) and not str(op.target).startswith("definition of"))
    for i, (t, a, b, _) in enumerate(umbrellas):
        if i + 1 < len(umbrellas):
            b = min(b, umbrellas[i + 1][3])
        k = bisect_right(stops, a)
        if k < len(stops) and stops[k] < b:
            b = stops[k]
        regions.append(items.Umbrella(t, a, b))
    if regions:
        ops = items.with_umbrella_targets(ops, regions)
        ops += items.item_ops(text, regions, [(op.subject_start, op.end) for op in ops])
        ops.sort(key=lambda op: op.subject_start)
    return ops


def _outermost_end(index: NestedSpans, pos: int, default: int) -> int:
    """The end of the outermost section holding ``pos`` (``default`` if none): the sections holding it are
    the latest-starting one at or before it and its enclosing ones, so a walk up the tree finds them,
    where a pass over every section per umbrella grew with sections x umbrellas."""
    k = bisect_right(index.starts, pos) - 1
    end = None
    while k >= 0:
        b = index.spans[index.order[k]][1]
        if pos < b:
            end = b if end is None else max(end, b)
        k = index.parent[k]
    return default if end is None else end


def _modal(text: str, start: int) -> bool:
    """A modal before the copula: "as may be amended", "must be replaced", "shall not be removed"."""
    return g.MODAL.search(text[max(0, start - 40) : start]) is not None


def _umbrella_target(text: str, s0: int, verb_start: int, a: int, b: int, active: bool) -> str | None:
    if active:
        own = g.PROVISION.search(text, a, b)
        return " ".join(own.group().split()) if own is not None and own.start() - a < 60 else None
    return _target(text, s0, verb_start)[0]


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    cuts = [a]
    for m in CLAUSE_SPLIT.finditer(text, a, b):
        if DELETING_WHOLE.match(text, cuts[-1], m.start()) and SUBSTITUTING_THEREFOR.match(text, m.end(), b):
            continue  # "by deleting subsection (b) in its entirety and by substituting the following therefor": one
        cuts.append(m.end())
    for m in [*g.REDESIGNATE.finditer(text, a, b), *g.REDESIGNATED_AS.finditer(text, a, b)]:
        # "redesignating paragraph (c) as paragraph (d) and inserting ... a new paragraph (c)": two operations
        after = REDESIGNATE_AND.match(text, m.end(), b)
        if after is not None:
            cuts.append(after.end())
    cuts.sort()
    cuts.append(b)
    return [(x, y) for x, y in zip(cuts, cuts[1:], strict=False) if y > x]


def _one_op(
    text: str,
    s0: int,
    verb_start: int,
    a: int,
    b: int,
    pend: int,
    nxt: int,
    index: NestedSpans,
    sec: int | None,
    active: bool = False,
) -> Op | None:
    subject = text[s0:verb_start]
    pred = text[a:b]
    ends = None if active else g.ENDS_WITH_WORDS.search(text, s0, verb_start)
    if ends is not None and (cut := _cut_short(text, s0, b, ends)) is not None:
        return cut
    target, tstart, whole = _target(text, s0, verb_start)
    if active:
        target, tstart, whole = None, None, True  # "KMC and Qwest hereby amend Section 4 ...": the object
    head = CONNECTIVE.sub("", subject, count=1).lstrip()
    refs_to = g.REFERENCES_TO.match(head) or g.REFERENCES_TO.search(head[:60])
    if refs_to is not None and not _quotes(text, s0, verb_start):
        refs_to = None  # "references to any statutory provision shall include ...": no quoted words
    if target is None and refs_to is not None:
        scope = g.AGREEMENT_NAME.search(subject)
        if scope is not None and scope.group().lower().startswith("this"):
            return None
        target = " ".join(scope.group().split()) if scope else "the Agreement"
        tstart = s0 + scope.start() if scope else s0
    in_provision = None
    if target is None and not whole:
        # 'In Section 4.2 of each of the Deed of Trust ..., "7.11" is hereby deleted and replaced with "7.12"'
        in_provision = g.IN_PROVISION.match(CONNECTIVE.sub("", subject, count=1).lstrip())
        if in_provision is None or not _quotes(text, s0, verb_start):
            return None
        target = " ".join(in_provision.group("prov").split())
        tstart = s0 + subject.find(in_provision.group("prov"))
    if g.FROM_TIME_TO_TIME.search(pred):
        return None
    own = g.PROVISION.search(pred)
    if BY_AMENDING.match(pred) and own is not None:
        target, tstart = " ".join(own.group().split()), a + own.start()
    thereof = THEREOF_ITEM.search(pred)
    if thereof is not None and target is not None and not items.is_bare(target):
        target = target + thereof.group("item").replace(" ", "")
    if target is None and own is not None:
        if active:
            names = [" ".join(own.group().split())] if own.start() < 120 else []
        else:
            names = [" ".join(p.group().split()) for p in g.PROVISION.finditer(pred)]
        if names:
            target, tstart = " and ".join(names), a + own.start()
    if target is None:
        return None
    if not active:
        target = _range_target(text, s0, verb_start, target)
    if g.PREVIOUSLY_READ.search(text[max(a, b - 200) : b]) and b == pend:
        return _previously_read(text, s0, a, b, nxt, target, tstart)
    redesignate = g.REDESIGNATE.search(text, a, b)
    if redesignate is not None and redesignate.start() - a < 80:
        item = ITEM_OF_LABEL.search(redesignate.group("old"))
        if item is not None and item.group().startswith("("):
            target = target + item.group()
        old_q = Quote(redesignate.start("old"), redesignate.end("old"))
        new_q = Quote(redesignate.start("new"), redesignate.end("new"))
        return Op(s0, b, target, tstart, "redesignate", None, None, None, old_q, new_q, False)
    redesignated = g.REDESIGNATED_AS.match(text, a, b)
    own_span = g.PROVISION.match(text, tstart) if tstart is not None and tstart < verb_start else None
    if redesignated is not None and own_span is not None:
        # "Section 5 ... shall be re-designated as "section 5(a)"": the old designation is the subject's
        old_q = Quote(own_span.start(), own_span.end())
        new_q = Quote(redesignated.start("new"), redesignated.end("new"))
        return Op(s0, b, target, tstart, "redesignate", None, None, None, old_q, new_q, False)
    location, line, sentences = _location(text, s0, b)
    if active and location is None and own is not None and tstart == a + own.start():
        # "Delete the list of appendices ... as listed on page 1 of Attachment 1 ...": a part of the provision
        part = OBJECT_PART.fullmatch(pred, 0, own.start())
        if part is not None:
            location = " ".join(part.group("part").split())
    # a name defined in parentheses on the way ("Section 24.0 Information Technologies Services ("I/T
    # Services")") names the target: not words of the operation
    quotes = [q for q in _quotes(text, a, b) if not _defined_name(text, q)]
    if refs_to is not None:
        quotes = _quotes(text, s0, verb_start)[:1] + quotes
    elif in_provision is not None:
        quotes = _quotes(text, s0, verb_start)[-1:] + quotes
    action = _classify(head, pred, location is not None, len(quotes))
    if action is None and not quotes and b == pend and g.UMBRELLA.match(pred):
        # "Section 3(b)(ii) is amended as follows:" then the quoted provision: the provision restated
        bs, be = blocks.block_after(text, b, nxt, index, sec)
        if be > bs and text[bs - 1 : bs] in '"\u201c' and not g.COPULA_VERB.match(_after_quote(text, bs - 1)):
            action = "substitute" if location is not None else "restate"
        elif be > bs and SUPPLEMENTED.match(pred) and not g.ITEM_VERB.match(text, bs):
            action = "insert"  # "GC Section 9.10 is supplemented as follows:" then the added words
        elif be > bs and _same_line(text, b, bs) and not g.ITEM_VERB.match(text, bs):
            # "Section 12.1 of the Plan is revised as follows:  The Plan and ...": the new words on the
            # instruction's own line are the provision restated, not a list of instructions
            action = "substitute" if location is not None else "restate"
    if action is None:
        return None
    old, new = _assign_quotes(pred, a, quotes, action)
    block = False
    if (
        new is None
        and action in ("insert", "restate", "substitute", "add_definition")
        and b == pend
        and g.INTRODUCES_BLOCK.search(text[max(a, b - 120) : b])
    ):
        bs, be = blocks.block_after(text, b, nxt, index, sec)
        if be > bs:
            new, block = Quote(bs, be), True
    if action == "insert":
        new_words = text[new.start : new.end] if new else ""
        if g.DEFINITION_TEXT.match(new_words) or (
            g.DEFINITION_WORDS.search(subject + pred)
            and not (str(target).startswith("definition of") and not NEW_DEFINITION.search(subject))
        ):
            action = "add_definition"  # not words inserted into one existing definition
    end = new.end if block and new else b
    return Op(s0, end, target, tstart, action, location, line, sentences, old, new, block)


def _cut_short(text: str, s0: int, b: int, ends: regex.Match[str]) -> Op | None:
    """"The fourth sentence of GC Section 5.3.1 shall end with the words "...will be bound," and the remainder
    of said sentence is deleted": the sentence is substituted from those words on; the new text is its new
    ending (opening with the ellipsis as quoted), which ``apply`` finds in the sentence and cuts after."""
    target, tstart, _ = _target(text, s0, ends.start())
    location, line, sentences = _location(text, s0, ends.start())
    if target is None or sentences is None:
        return None
    q = Quote(ends.start("q") + 1, ends.end("q") - 1)
    return Op(s0, b, target, tstart, "substitute", location, line, sentences, None, q, False)


QUOTE_THEN = regex.compile(r"[\"\u201c][^\"\u201c\u201d\r\n]{1,80}[\"\u201d][ \t\u00a0,]*")


def _after_quote(text: str, q: int) -> str:
    """The words after a short quoted term at ``q`` ("\"EBITDA\" shall be amended ..." -> "shall be ...")."""
    m = QUOTE_THEN.match(text, q)
    return text[m.end() : m.end() + 60] if m is not None else ""


def _range_target(text: str, s0: int, verb_start: int, target: str) -> str:
    """"Sections 4.1 to 4.3": a range of provisions named in the subject is the target as written."""
    for m in g.RANGE.finditer(text, s0, verb_start):
        first = regex.sub(r"\s+", " ", m.group("div")) + " " + m.group("a")
        if target.startswith(first.split()[0][:7]) and m.group("a") in target:
            return " ".join(m.group().split())
    return target


def _previously_read(
    text: str,
    s0: int,
    a: int,
    b: int,
    nxt: int,
    target: str,
    tstart: int | None,
) -> Op | None:
    """"Section 2(d) is amended so that whereas it previously read: "..." it now reads: "..."": the old
    words run to "now reads:", the new words from there to the end of the provision."""
    now = g.NOW_READS.search(text, b, min(len(text), b + PREDICATE_MAX * 4))
    if now is None:
        return None
    os_, oe = blocks.quoted_or_block(text, b, now.start())
    ns = blocks.skip_space(text, now.end(), len(text))
    para = blocks.PARAGRAPH_BREAK.search(text, ns)
    stop = len(text) if text[ns : ns + 1] in ('"', "\u201c") or para is None else para.start()
    ns, ne = blocks.quoted_or_block(text, ns, stop)
    if oe <= os_ or ne <= ns:
        return None
    location, line, sentences = _location(text, s0, b)
    action = "substitute" if location is not None else "restate"
    return Op(s0, ne, target, tstart, action, location, line, sentences, Quote(os_, oe), Quote(ns, ne), True)


