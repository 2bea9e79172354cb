"""Signature lines read below a signature: the name typed under a conformed ``/s/`` and the title
typed under that name without a ``Title:`` label, as letters and plans of the 1990s sign::

    By /s/ Fred Anderson
       Fred Anderson
       Executive Vice President
       Chief Financial Officer

Each becomes a field of the block: ``printed`` (the name typed again, kept out of the party names
read above the next signatory) and ``title`` (its lines joined). A labelled title wrapped to a line
of its own at the left margin (a table cell flattened from HTML: "Title: Senior Vice President /
General Counsel") goes on with the same words. Only a short run of lines right under the
signature is read: a blank line, another label, a second column or a line that is neither a name
nor words of an office ends it."""

from __future__ import annotations

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import signature as g
from ..grammars import vocabulary
from .signature_columns import COLUMN_SLACK, TAB, printed_column
from .signature_fields import SEGMENT, TITLE_HEADS, TITLE_WRAP_WORDS, WRAP_LINE_CHARS, Field
from .signature_parties import is_suffix

MAX_LINES = 5  # the name and at most four lines of title
_TITLE_VOCAB = [line.split(None, 1) for line in vocabulary("signature_title_words")]
# Words that may open a title typed with no label: the officer words, and heads such as "Chair"
OPENERS = frozenset(g.OFFICER_WORDS | TITLE_HEADS | {w for kind, w in _TITLE_VOCAB if kind == "head"})
# Words a title's further lines are made of ("Human Resources", "Strategy and Business Development")
TITLE_WORDS = OPENERS | {w for _, w in _TITLE_VOCAB}
SMALL = frozenset({"and", "of", "the", "&", "for", "to"})
FILLER_LINE = regex.compile(r"[ \t\xa0]*+[-_=][-_= \t\xa0]*+")
NAME_WORD = regex.compile(r"(?:[A-Z][\w'\u2019-]*+\.?|[A-Z]\.(?:[A-Z]\.)*+|[IVX]++|de|van|von|der|la|du)(?:,)?")


def _words(s: str) -> list[str]:
    return [w.strip(",.;()").lower() for w in s.split()]


def _title_word(w: str) -> bool:
    return w in TITLE_WORDS or f"{w}." in TITLE_WORDS


def _opens_title(piece: str) -> bool:
    return g.OFFICER_WORD.search(piece) is not None or any(
        w in OPENERS or f"{w}." in OPENERS for w in _words(piece)
    )


def _plain(piece: str) -> bool:
    """A short line of capitalised words (no label, mark, date or number)."""
    words = piece.split()
    if not words or len(words) > TITLE_WRAP_WORDS or ":" in piece or "/s/" in piece.lower():
        return False
    if any(c.isdigit() for c in piece) or ACK.search(piece):
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in SMALL for w in words)


def _capitals(piece: str) -> bool:
    """Mostly words in capitals ("EXHIBIT A PRODUCTS & SERVICES [Redacted]")."""
    words = [w for w in piece.split() if sum(c.isalpha() for c in w) > 1]
    return bool(words) and 2 * sum(w.isupper() for w in words) > len(words)


HEADING = regex.compile(r"(?i)(?:exhibit|schedule|annex|appendix|article|section)\b")
# Words of a label printed without its colon: a line holding one is a form's caption, no title
LABEL_WORDS = frozenset({"signature", "title", "name", "date", "by", "witness", "attest"})
LEAD_LABEL = regex.compile(r"(?i)(?:its|title)[ \t\xa0]++(?=[A-Z])")  # "Its President", "Title Chief ..."
DASHES = regex.compile(r"[ \t\xa0]*+[-\u2013\u2014][-\u2013\u2014 \t\xa0]*+$")


GENERATION = regex.compile(r"(?i)jr\.?|sr\.?|i{2,3}|iv|2nd|3rd|m\.d\.|ph\.d\.|esq\.?")


def _name_then_title(piece: str) -> tuple[str, str] | None:
    """"Richard Kornhauser, President & CEO" -> ("Richard Kornhauser", "President & CEO"): a person's
    name, then the title from its first word of an office; None when no name leads the line."""
    words = piece.split()
    j = next((k for k, w in enumerate(words) if _opens_title(w) or w.lower().strip(",.") in TITLE_WORDS), 0)
    if j == 0:
        return None
    lead = DASHES.sub("", " ".join(words[:j])).strip(" ,;")
    parts = lead.split(",")
    k = 1
    while k < len(parts) and GENERATION.fullmatch(parts[k].strip()):
        k += 1  # "Thomas F. Mullan, III, President": the generation is the name's
    if k < len(parts):  # "Christopher S. Lawrence, Town Manager": the title from the comma on
        lead = ",".join(parts[:k])
        j = len(lead.split())
    if not lead or not all(NAME_WORD.fullmatch(w) for w in lead.split()):
        return None
    return lead, " ".join(words[j:])


ACK = regex.compile(r"(?i)(?<![a-z])(?:agreed|accepted|acknowledged|witness|attest|notary|dated?)(?![a-z])")


def _same_person(piece: str, signer: str) -> bool:
    """Is ``piece`` the signer's name typed again ("Masazumi Tashiro" under "/s/ M. Tashiro")?"""
    if not _plain(piece) or g.OFFICER_WORD.search(piece) or is_suffix(piece.split()[-1]):
        return False
    if not all(NAME_WORD.fullmatch(w) for w in piece.split()):
        return False
    mine = {w for w in _words(signer) if len(w) > 2 and w not in LABEL_WORDS}  # "Jim Millis Signature"
    return any(w in mine for w in _words(piece) if len(w) > 2)


def _goes_on(piece: str, title: str, all_caps: bool) -> bool:
    """Does ``piece`` read as the next line of ``title``?"""
    if not _plain(piece) or is_suffix(piece.split()[-1]) or _capitals(piece) and not all_caps:
        return False
    if piece.split()[0].lower() == "the" or HEADING.match(piece):  # "The Agent", "EXHIBIT A": no title's
        return False
    if any(w in LABEL_WORDS for w in _words(piece)):
        return False
    dangling = title.rstrip()[-1:] in ",&" or title.split()[-1].lower() in SMALL
    return dangling or any(_title_word(w) for w in _words(piece) if w not in SMALL)


def _joined(title: str, piece: str) -> str:
    """"Senior Vice President, Human Resources"; "Chairman, Compensation and Management ..."."""
    last = title.split()[-1].lower().strip(",.")
    head = last in OPENERS and title.rstrip()[-1:] != "," and piece.split()[0].lower() not in SMALL
    sep = ", " if head else " "
    return f"{title}{sep}{piece}"


END = regex.compile(r"\Z")


def _lines_below(
    text: str, end: int, starts: list[int], *, rest_of_line: bool, column: int | None = None
) -> list[tuple[int, int]]:
    """The pieces (start, end) under a field ending at ``end``: first what follows it on its own line
    (cells of a flattened table row), if ``rest_of_line``; then one piece per line, up to a blank
    line, a line of two columns, or a line holding a label (its piece before the label is kept)."""
    eol = g.LINE_END.search(text, end, end + WRAP_LINE_CHARS)
    if eol is None:
        eol = END.match(text, len(text))  # the text ends on the signature's line
        if eol is None or len(text) - end > WRAP_LINE_CHARS:
            return []
    if any(end < k < eol.start() for k in starts):
        return []  # another label beside it: a second column
    out: list[tuple[int, int]] = []
    if rest_of_line:
        out = [m.span() for m in SEGMENT.finditer(text, end, eol.start()) if not FILLER_LINE.fullmatch(m.group())]
    elif text[end : eol.start()].strip(" \t\xa0_"):
        return []
    pos = eol.end()
    for _ in range(MAX_LINES if pos < len(text) else 0):
        le = g.LINE_END.search(text, pos, pos + WRAP_LINE_CHARS)
        line_end = le.start() if le is not None else min(len(text), pos + WRAP_LINE_CHARS)
        label = next((k for k in starts if pos <= k < line_end), None)
        stop = line_end if label is None else label
        line = text[pos:stop]
        if not line.strip():
            break
        if FILLER_LINE.fullmatch(line):
            if out:
                break
        else:
            pieces = list(SEGMENT.finditer(text, pos, stop))
            left = column is not None and printed_column(text, pieces[0].start()) < column - COLUMN_SLACK
            if len(pieces) != 1 or left:
                break  # two columns, or a line of the column to the left ("By: /S/ A     By: /S/ B / A's title")
            out.append(pieces[0].span())
        if label is not None or le is None:
            break
        pos = le.end()
    return out[: MAX_LINES]


# The columns a signature's column is looked up to: a line read below it starts fewer than
# WRAP_LINE_CHARS characters before its piece (each at most TAB columns wide), so a signature at this
# column or beyond has every such piece to its left all the same (the look back on a long line - a
# flattened text is one - stops here)
BELOW_COLUMNS = TAB * WRAP_LINE_CHARS + COLUMN_SLACK


def _same_line(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return g.LINE_END.search(text, lo, hi) is None


def typed_below(text: str, grp: list[Field]) -> None:
    """Add to ``grp`` (in place, in text order) the ``printed`` name and the unlabelled ``title``
    typed under each conformed signature, and extend a labelled title wrapped to the left margin."""
    starts = sorted(f.start for f in grp)
    added: list[Field] = []
    for i, f in enumerate(grp):
        nxt = grp[i + 1] if i + 1 < len(grp) else None
        if f.name == "title" and f.value:
            _wrapped_at_margin(text, f, starts)
            continue
        if f.name not in ("by", "signature") or not (f.signed and f.value):
            continue
        if nxt is not None and nxt.name in ("name", "title") and g.LINE_END.search(text, f.end, nxt.start) is None:
            continue  # "By: /s/ A    Name: A    Title: B": labelled beside it
        # beside another signatory's "By:" ("By: /S/ A     By: /S/ B"), a line under it is read in its column
        beside = any(x is not f and x.name in ("by", "by_via") and _same_line(text, x.start, f.start) for x in grp)
        column = printed_column(text, f.start, BELOW_COLUMNS) if beside else None
        pieces = _lines_below(text, f.end, starts, rest_of_line=True, column=column)
        k = 0
        first = text[slice(*pieces[0])] if pieces else ""
        split = _name_then_title(first) if pieces else None
        apart = _typed_apart(text, f, starts) if f.bare and not _same_person(first, f.value) else None
        if pieces and _same_person(first, f.value):
            s, e = pieces[0]
            added.append(Field("printed", s, e, e, first.strip(" ,"), False, False, typed=True))
            k = 1
        elif apart is not None:  # "/s/ Daniel Del Grande / Golden West Brewing Company / Daniel Del Grande"
            added.append(apart)
            continue
        elif not pieces or split is not None and not _same_person(split[0], f.value):
            continue  # nothing under it, or "Eric Price - President": another signer's line beside it
        if nxt is not None and nxt.name in ("name", "title"):
            continue  # its title is labelled
        title, t_start, t_end = None, 0, 0
        for s, e in pieces[k:]:
            piece = DASHES.sub("", text[s:e]).strip(" ,;")
            if title is None and split is not None:
                s += text.find(split[1], s, e) - s if split[1] in text[s:e] else 0
                piece = split[1]  # "Jon Varnell, Managing Director": the title after the name
            if title is None:
                lead = LEAD_LABEL.match(piece)
                piece = piece[lead.end() :] if lead is not None else piece
                if not (_plain(piece) and _opens_title(piece)) or is_suffix(piece.split()[-1]):
                    break
                if any(w in LABEL_WORDS for w in _words(piece)):
                    break  # "Signature VP BioTDC CTO Title": a form's captions
                title, t_start, t_end = piece, s, e
            elif _goes_on(piece, title, title.isupper()):
                title, t_end = _joined(title, piece), e
            else:
                break
        if title is not None:
            added.append(Field("title", t_start, t_end, t_end, title, False, False, typed=True))
    if added:
        grp[:] = sorted([*grp, *added], key=lambda f: f.start)


TYPED_REACH = 4  # lines under a bare "/s/" searched for the name typed apart from it


def _typed_apart(text: str, f: Field, starts: list[int]) -> Field | None:
    """The signer's name typed on a line of its own a few lines under a bare "/s/" (the other
    column's party name between them): a ``printed`` field, so it is read as no party name."""
    assert f.value is not None
    nxt = next((k for k in starts if k > f.start), len(text))
    for s, e in _lines(text, f.end, min(nxt, f.end + WRAP_LINE_CHARS))[:TYPED_REACH]:
        for m in SEGMENT.finditer(text, s, e):
            piece = m.group()
            if _same_person(piece, f.value) and len(piece.split()) == len(f.value.split()):
                return Field("printed", m.start(), m.end(), m.end(), piece, False, False, typed=True)
    return None


def _wrapped_at_margin(text: str, f: Field, starts: list[int]) -> None:
    """"Title: Senior Vice President / General Counsel": the title's cell flattened from HTML wraps
    to the start of the next line; a line of office words there, alone on its line, goes on it."""
    assert f.value is not None
    if f.value.rstrip()[-1:] in ".;:":
        return
    for s, e in _lines_below(text, f.end, starts, rest_of_line=False)[:2]:
        piece = text[s:e].strip(" ,;")
        at_line_start = s == 0 or text[s - 1] == "\n"  # s is its line's start: no look back to it
        if not at_line_start or not _goes_on(piece, f.value, f.value.isupper()) or not _closed(text, e, starts):
            return
        f.value, f.end = _joined(f.value, piece), e


def _closed(text: str, end: int, starts: list[int]) -> bool:
    """Does the line after ``end``'s line end the title (the block goes on, or ends)?"""
    eol = g.LINE_END.search(text, end, end + WRAP_LINE_CHARS)
    if eol is None:
        return True
    nxt = g.LINE_END.search(text, eol.end(), eol.end() + WRAP_LINE_CHARS)
    line_end = nxt.start() if nxt is not None else len(text)
    line = text[eol.end() : line_end].strip()
    # a blank line, a label, or the next party's name ("BRISTOL-MYERS SQUIBB COMPANY")
    return not line or any(eol.end() <= k < line_end for k in starts) or line.isupper() or is_suffix(line.split()[-1])


ACCEPT_REACH = 400  # characters after a block searched for an acceptance line
ACCEPT_WORD = regex.compile(r"(?i)(?<![a-z])(?:agreed|accepted|acknowledged)(?![a-z])")
SIGN_LINE = regex.compile(r"[ \t\xa0]*+_{8,}+[ \t\xa0]*+")


def blank_acceptances(text: str, grp: list[Field]) -> None:
    """"Agreed to as of this ___ day of April, 1996. / ________ / John Floisand": the addressee's
    line left blank under an acceptance, the name typed under it, becomes a ``printed`` field (bare,
    unsigned) after the block's last field."""
    pos = max(f.end for f in grp)
    hi = min(len(text), pos + ACCEPT_REACH)
    ack = ACCEPT_WORD.search(text, pos, hi)
    if ack is None:
        return
    lines = _lines(text, ack.end(), hi)[:2]  # the signing line right under the acceptance, the name under it
    if len(lines) < 2 or not SIGN_LINE.fullmatch(text, *lines[0]):
        return
    (s, e), (ns, ne) = lines
    name = text[ns:ne].strip(" \t\xa0,")
    words = name.split()
    if not (2 <= len(words) <= 5 and _plain(name) and all(NAME_WORD.fullmatch(w) for w in words)):
        return
    if g.OFFICER_WORD.search(name) or is_suffix(words[-1]):
        return
    start = s + len(text[s:e]) - len(text[s:e].lstrip(" \t\xa0"))
    end = text.index(name, ns) + len(name)
    grp.append(Field("printed", start, end, end, name, False, True, bare=True, typed=True))


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The non-blank lines starting after ``lo`` (the rest of ``lo``'s line skipped) up to ``hi``."""
    out = []
    eol = g.LINE_END.search(text, lo, hi)
    while eol is not None:
        pos = eol.end()
        eol = g.LINE_END.search(text, pos, hi)
        end = eol.start() if eol is not None else hi
        if text[pos:end].strip():
            out.append((pos, end))
    return out
