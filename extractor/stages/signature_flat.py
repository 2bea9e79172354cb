"""Signature blocks of text that lost its line breaks: the repairs that make a flattened copy read the
same signing parties as the copy that kept its layout. Each function is a small hook called from
``signature_parties`` / ``signatures``:

- a sentence's colon glued to the name on the next line ("representatives:LICENSEE") splits it off;
- a page number run on before the name ("10 THEGLOBE.COM, INC.:") is no street address;
- a column's role word run on after a complete name with a single blank ("KIOSK CONCEPTS, INC. MASTER
  FRANCHISEE") is cut, as two blanks would have split it off;
- a short name glued to its form where a blank was lost ("KubientInc.") is completed like "Kubient Inc.";
- a bare "/s/" glued before the next signatory's blank "Name:" ("...CORP./s/ Samuel KafkasName:") opens
  that signatory, as the line break after it would have shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import signature as g
from ..grammars.suffixes import suffix_alternation, suffix_forms
from .signature_names import LEAD_ROLES
from .signature_names import glued_role_cut as names_glued_role_cut

if TYPE_CHECKING:
    from .signature_fields import Field

# A lower-case word ending a sentence with a colon, the next line's capitals glued on: "representatives:LICENSEE"
# (not "to:", "of:": a notice address; a sentence, not a role label "Customer:ELIANCE": SENTENCE_WORDS before it)
SENTENCE_COLON = regex.compile(r"(?<=(?<![A-Za-z])[A-Za-z][a-z]{3,}\)?:)(?=[A-Z])")
SENTENCE_WORDS = 4
# A page number alone on its line, run on before a name: "10 THEGLOBE.COM, INC.:"
PAGE_NUMBER_LEAD = regex.compile(r"^\d{1,3}[ \t\xa0]++(?=[A-Z])")
# A corporate form glued to the short name before it: "KubientInc.", "AcmeCorp"
GLUED_FORM = regex.compile(rf"(?:{suffix_alternation('completes', word_end=True)})")
# What may follow a short name for ``glued_forms``: a comma, blanks and a form glued on or spaced
FORM_GLUED_AFTER = regex.compile(rf"(,?)[ \t\xa0]*+(?=[A-Z])({GLUED_FORM.pattern})")
NameBetween = Callable[[str, int, int], bool]  # signatures._name_between: an entity name between two offsets
MAX_ROLE_WORDS = 3


def _is_suffix(word: str) -> bool:
    return word.lower().strip(",:") in g.ENTITY_SUFFIXES


def sentence_apart(piece: str) -> list[str]:
    """A chunk split after a sentence's colon glued to a name: "...representatives:LICENSEE" ->
    ["...representatives:", "LICENSEE"] (the copy with its line breaks has two lines there)."""
    if ":" not in piece:
        return [piece]
    parts = [p for p in SENTENCE_COLON.split(piece) if p]
    # only a name line after it: in capitals, or ending in a corporate form ("this Amendment:Veoneer Nissin
    # Brake Systems Japan Co., Ltd."); not "to:ADMINISTRATIVE MATTERSGreat Lakes ..." (a notice address)
    named = len(parts) == 2 and len(parts[0].split()) >= SENTENCE_WORDS and (
        parts[1].isupper() or _is_suffix(parts[1].split()[-1]) or g.GLUED_SUFFIX.search(parts[1]) is not None
    )  # "(if applicable):Pizza Fusion Holdings, Inc.Franchisee": two columns' names
    return parts if named else [piece]


def page_number_cut(c: str) -> str | None:
    """The name after a page number run on before it ("10 THEGLOBE.COM, INC.:" -> "THEGLOBE.COM,
    INC.:"): the rest is a name in capitals ending in a corporate form, with no address in it; else None."""
    m = PAGE_NUMBER_LEAD.match(c)
    if m is None:
        return None
    rest = c[m.end() :]
    words = rest.split()
    if len(words) < 2 or not rest.isupper() or not _is_suffix(words[-1]) or g.ADDRESS.search(rest):
        return None
    return rest


def role_after_form_cut(s: str) -> str:
    """A name without the role word run on after its corporate form with one blank ("KIOSK CONCEPTS, INC.
    MASTER FRANCHISEE" -> "KIOSK CONCEPTS, INC."): the words after the last form are capitals ending in a
    role word (``signature_role_words``)."""
    words = s.split()
    last = max((i for i, w in enumerate(words) if _is_suffix(w)), default=None)
    if last is None or last == 0 or last == len(words) - 1:
        return s
    tail = words[last + 1 :]
    role = tail[-1].lower().strip(":") in g.ROLE_WORDS
    if len(tail) > MAX_ROLE_WORDS or not all(w.isupper() for w in tail) or not role:
        return s
    return " ".join(words[: last + 1])


def glued_forms(text: str, full: dict[str, str], places: FormPlaces | None = None) -> dict[str, str]:
    """``full`` (a short name -> its name with a form, from ``with_suffixes``) with the names still short
    completed where the text glues the form on or the name's words together ("KubientInc." -> "Kubient
    Inc.", "AmericanDiabetes Association, Inc." -> "American Diabetes Association, Inc."), the name not
    glued to a word before it."""
    short = [s for s, found in full.items() if found == s and s[-1:].isalnum() and s.split()]
    out = dict(full)
    for name, (_, m) in followed_by(text, short, FORM_GLUED_AFTER, places).items():
        out[name] = f"{name}{m.group(1)} {m.group(2)}"
    return out


# Where a form after a name (``FORM_GLUED_AFTER`` here, ``signature_glued.FORM_AFTER``: both the forms
# tagged "completes") may start: a form written out, with no word end asked for (more places than the
# patterns take; each is confirmed by the pattern). stdlib re: on this alternation of ASCII words it
# scans ~3x faster than regex.
FORM_WORD = re.compile("|".join(re.escape(f) for f in suffix_forms("completes")))
if suffix_alternation("completes", word_end=True) not in g.FORM_SUFFIX:
    raise ImportError("grammars.signature.FORM_SUFFIX no longer ends in the forms tagged 'completes'")
NOT_GLUED_BEFORE = regex.compile(r"(?<![\w.])")
LINE_BLANKS = " \t\xa0"
FIND_NAMES = 8  # names up to which a search per name is cheaper than one scan for every form
TAIL = 4


class FormPlaces:
    """Every place a form is written in one text (``_form_starts``), found on first use and kept: the
    look-ups of one document's names (``followed_by``, ``signature_parties.with_suffixes``) share one scan
    (the forms' alternation costs ~5 ns a character: 0.35 s a scan at 64 MB)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._at: list[int] | None = None

    def __call__(self) -> list[int]:
        if self._at is None:
            self._at = list(_form_starts(self.text))
        return self._at


def followed_by(text: str, names: Iterable[str], form: regex.Pattern[str], places: FormPlaces | None = None
                ) -> dict[str, tuple[int, regex.Match[str]]]:
    """For each name that ``form`` (a comma, blanks and a form: ``FORM_GLUED_AFTER``, ``FORM_AFTER``)
    follows somewhere, where the first such writing of the name ends (in the order of their starts) and
    that match of ``form``. A writing: the name's words glued or apart by blanks of a line, not glued to
    a word before them. A few names are each looked up by ``str.find`` of their first word; more, by one
    scan for the forms and a look-up of the names ending before each (a scan of the text per name made
    the cost names x text, quadratic where every signature block adds a name). ``places``: the text's
    forms, when another look-up shares them."""
    split = {n: n.split() for n in names}
    split = {n: w for n, w in split.items() if w}
    if len(split) <= FIND_NAMES:
        found = ((n, _first_followed(text, w, form)) for n, w in split.items())
        return {n: got for n, got in found if got is not None}
    by_tail: dict[str, list[tuple[str, list[str]]]] = {}  # a name under its last word's last TAIL characters
    for n, words in split.items():
        by_tail.setdefault(words[-1][-TAIL:], []).append((n, words))
    first: dict[str, tuple[int, int, regex.Match[str]]] = {}  # name -> start, end, form of its first writing
    for f in _form_starts(text) if places is None else places():
        run = f
        while run > 0 and text[run - 1] in LINE_BLANKS:
            run -= 1
        # a name's last character is no blank: it ends before the blanks, or before a comma before them
        for end in (run, run - 1) if run > 0 and text[run - 1] == "," else (run,):
            m = form.match(text, end)
            if m is None:
                continue
            for k in range(1, min(TAIL, end) + 1):
                for n, words in by_tail.get(text[end - k : end], ()):
                    start = _start(text, words, end)
                    if start is not None and (n not in first or start < first[n][0]):
                        first[n] = (start, end, m)
    return {n: (end, m) for n, (_, end, m) in first.items()}


def _form_starts(text: str) -> Iterator[int]:
    """Every place a form is written (overlapping ones too: "LP" in "LLP"), in order."""
    for m in FORM_WORD.finditer(text):
        yield m.start()
        yield from (p for p in range(m.start() + 1, m.end()) if FORM_WORD.match(text, p))


def _start(text: str, words: list[str], end: int) -> int | None:
    """Where the writing of ``words`` ending at ``end`` starts, or None. Walked back: a word has no blank
    at either end, so the blanks the pattern's ``[ \t\xa0]*+`` takes going forward are all the blanks
    before the next word."""
    pos = end
    for i, w in enumerate(reversed(words)):
        if i:
            while pos > 0 and text[pos - 1] in LINE_BLANKS:
                pos -= 1
        if pos < len(w) or not text.startswith(w, pos - len(w)):
            return None
        pos -= len(w)
    return pos if NOT_GLUED_BEFORE.match(text, pos) is not None else None


def _first_followed(text: str, words: list[str], form: regex.Pattern[str]) -> tuple[int, regex.Match[str]] | None:
    """``followed_by`` for one name: each writing of its first word, walked forward."""
    head, n = words[0], len(text)
    p = text.find(head)
    while p >= 0:
        if NOT_GLUED_BEFORE.match(text, p) is not None:
            pos = p + len(head)
            for w in words[1:]:
                while pos < n and text[pos] in LINE_BLANKS:
                    pos += 1
                if not text.startswith(w, pos):
                    break
                pos += len(w)
            else:
                m = form.match(text, pos)
                if m is not None:
                    return pos, m
        p = text.find(head, p + 1)
    return None


def signs_next_glued(
    text: str, fields: list[Field], i: int, anchors: set[str], name_between: NameBetween
) -> bool:
    """Is the bare "/s/" ``fields[i]`` the signature of the blank "Name:" glued right after it, under a
    party name written between the signatory before and it ("Title: CEOGROUPE PARAMEUS CORP./s/ Samuel
    KafkasName:Title: President")? With the line breaks kept, ``signatures._signs_next`` sees it."""
    f = fields[i]
    if not (f.bare and f.signed) or i == 0 or i + 1 >= len(fields):
        return False
    nxt = fields[i + 1]
    if nxt.name not in anchors or nxt.name != "name" or nxt.value and nxt.value != f.value:
        return False
    if g.FILLER.fullmatch(text, f.end, nxt.start) is None or g.LINE_END.search(text, f.end, nxt.start) is not None:
        return False
    return name_between(text, fields[i - 1].end, f.start)



# The descriptor after a name, glued on where the line broke: "MORGAN STANLEY DIRECT LENDING FUNDa Delaware
# corporation", "INC.a Delaware corporation" (``g.DESCRIPTOR`` wants a blank or a comma before it)
GLUED_DESCRIPTOR = regex.compile(
    r"(?<=[A-Z.])an?[ \t\xa0]++[A-Z][\w.]*+(?:[ \t\xa0]++[A-Z][\w.]*+){0,2}(?:[ \t\xa0]++[a-z]++){1,4}\.?$"
)


def descriptor_cut(s: str) -> str:
    """A name without the descriptor written after it ("..., INC. a Delaware corporation", also glued on:
    "FUNDa Delaware corporation")."""
    return GLUED_DESCRIPTOR.sub("", g.DESCRIPTOR.sub("", s)).strip(" \t\xa0,;")


# Where a descriptor is glued on after a name in capitals or its form: "FUNDa Delaware corporation"
# (also after the descriptor of the other column: "a Delaware limited liability companya Maryland corporation")
DESCRIPTOR_GLUE_POINT = regex.compile(
    r"(?<=[A-Z]{2}|[A-Z]\.|(?<![A-Za-z])(?:company|corporation|partnership))"
    r"(?=an?[ \t\xa0]++[A-Z][a-z]++(?:[ \t\xa0]++[A-Z][a-z]++){0,2}"
    r"(?:[ \t\xa0]++[a-z]{3,}+){1,4}(?![A-Za-z]))"
)


def descriptor_unglued(s: str) -> str:
    """The text above a "By:" with a blank put back before a glued descriptor, so the chunks keep the name
    whole ("FUNDa Delaware corporation" would split as "FUN" / "Da ..."), and between the role words in
    capitals glued over the columns' names ("LICENSORLICENSEEHERTZ INVESTMENT ...")."""
    s = DESCRIPTOR_GLUE_POINT.sub(" ", s) if "a " in s else s
    s = COMMA_GLUE.sub(_comma_glue, s) if "," in s else s  # "SMART RX SYSTEMS, INC.,A3 DEVELOPMENT GROUP, LLC"
    return GLUED_ROLE_RUN.sub(lambda m: " ".join(ROLE_PIECE.findall(m.group())) + " ", s)


# A comma glued to the next name, where a line or column break was lost (not to a name's own form:
# "ScanSource,Inc." is left as written)
COMMA_GLUE = regex.compile(r"(?<=[A-Za-z.],)(?=[A-Z0-9])(\S*+)")


def _comma_glue(m: regex.Match[str]) -> str:
    return m.group(1) if _is_suffix(m.group(1)) else f" {m.group(1)}"


_ROLE_ALT = "|".join(r.upper() for r in g.GLUED_ROLE_WORDS)
# Two role words or more glued together and onto the name after them: "LICENSORLICENSEEHERTZ"
GLUED_ROLE_RUN = regex.compile(rf"(?<![A-Za-z])(?:{_ROLE_ALT}){{2,}}+(?=[A-Z]{{3}})")
ROLE_PIECE = regex.compile(_ROLE_ALT)


def name_before_by(
    text: str, fields: list[Field], i: int, anchors: set[str], last: list[Field], name_between: NameBetween
) -> bool:
    """Is the "Name:" ``fields[i]`` the first field of the next signatory, its lines written before its
    "By:" ("... Co., Ltd. / By: / Name: / Title: / Shanghai SINA Leju ... Co. Ltd. / Name: / Title: /
    By:", a copy that reordered the lines): the signatory before (``last``) has its "Name:" already, an
    entity name stands between them, and a "By:" follows with no other "Name:" before it."""
    f = fields[i]
    if f.name != "name" or f.name in anchors or not any(x.name == "name" for x in last):
        return False
    nxt = next((j for j in range(i + 1, len(fields)) if fields[j].name in anchors or fields[j].name == "name"), None)
    if nxt is None or fields[nxt].name not in anchors:
        return False
    return name_between(text, max(x.end for x in last), f.start)


def date_holds_name(value: str) -> bool:
    """Is a "Date:" field's value the next party's name, run on past the date's blank line ("Date:__________
    eGain Communications Corporation:" then "Name:")? No digit, two words or more, a corporate form last."""
    words = value.strip(" \t\xa0:,;").split()
    return len(words) >= 2 and _is_suffix(words[-1]) and not any(c.isdigit() for c in value)


# A date with the next party's name in capitals glued on: "26/2/19SCANSOURCE BRASIL ...", "May 7, 2019ACME INC."
DATE_THEN_CAPS = regex.compile(
    r"(?:\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}|[A-Z][a-z]{2,8}\.?[ \t\xa0]++\d{1,2},?[ \t\xa0]*+\d{4})(?=[A-Z]{2})"
)


def date_glued_name(value: str) -> int | None:
    """Where the next party's name starts in a "Date:" value glued to it ("26/2/19SCANSOURCE BRASIL
    DISTRIBUIDORA DE TECHNOLOGIASLTDA."): a name in capitals of two words or more after the date."""
    m = DATE_THEN_CAPS.match(value)
    if m is None:
        return None
    rest = value[m.end() :]
    return m.end() if len(rest.split()) >= 2 and rest.isupper() else None


# A witness's caption over its column, run on before the party's name with one blank: "ATTEST KIOSK CONCEPTS, INC.:"
# (not "WITNESS: HDS LLC": a witness column's label, read with the column by ``signatures``)
CAPTION_LEAD = regex.compile(r"(?i:attest|witness(?:es)?)[ \t\xa0](?=[A-Z])")


def caption_lead_cut(s: str) -> str:
    """A name without the witness caption run on before it ("ATTEST KIOSK CONCEPTS, INC.:" -> "KIOSK
    CONCEPTS, INC.:"), when the rest ends in a corporate form."""
    m = CAPTION_LEAD.match(s)
    if m is None:
        return s
    rest = s[m.end() :]
    words = rest.split()
    return rest if len(words) >= 2 and _is_suffix(words[-1]) else s


def roles_after_office(line: str, k: int) -> list[str] | None:
    """The k column heads run on after an officer's title with one blank ("Att: Chief Executive Officer CRO
    Client" over two "Signature" columns -> ["CRO", "Client"]): each a role word or an acronym in capitals."""
    words = line.split()
    if k < 2 or len(words) <= k or words[-k - 1].lower().strip(".,:") not in g.OFFICER_WORDS:
        return None
    heads = words[-k:]
    if not all(w.lower() in g.ROLE_WORDS or w.isupper() and w.isalpha() and len(w) <= 5 for w in heads):
        return None
    return heads


CONNECTORS = frozenset({"of", "and", "&", "de", "du", "la"})


def whole_names(parts: list[str | None]) -> bool:
    """Are the pieces a line was split into each a name of its own: read as a name, not a form alone
    ("Challenge Bioproducts Corporation / Ltd"), not the rest of one name ("... CORPORATION / OF AMERICA")?"""
    for p in parts:
        words = (p or "").split()
        if not words or words[0].lower() in CONNECTORS or all(_is_suffix(w) for w in words):
            return False
    return True


# Words that end a name without being a corporate form: "American Diabetes Association"
CLOSERS = frozenset({"association", "company", "corporation", "foundation", "university"})


def closer_split(line: str, k: int) -> list[str] | None:
    """Two names on one line over two columns, the first ending in a word that closes a name but is no
    corporate form ("American Diabetes Association Freeze Tag, Inc.", also glued: "AssociationFreeze"):
    split after it, when the rest is a name ending in a form."""
    if k != 2:
        return None
    words = regex.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", line).split() if not line.isupper() else line.split()
    cuts = [i + 1 for i, w in enumerate(words[:-2]) if w.lower().strip(",") in CLOSERS and words[i + 1][:1].isupper()]
    if len(cuts) != 1 or cuts[0] < 2 or not _is_suffix(words[-1]):
        return None
    return [" ".join(words[: cuts[0]]).strip(","), " ".join(words[cuts[0] :])]


def glued_role_cut(s: str) -> str:
    """A name in capitals without the column's role word glued before it where the line broke
    ("DISTRIBUTORMOBILEVISION COMMUNICATIONS LTD." -> "MOBILEVISION COMMUNICATIONS LTD."), when the name
    ends in a corporate form (``signature_names.glued_role_cut`` over the roles that open no name)."""
    words = s.split()
    if len(words) < 2 or not _is_suffix(words[-1]):
        return s
    return names_glued_role_cut(s, LEAD_ROLES)


# An acceptance line run on after a title where two blanks stood for the line break: "Vice-President, General
# Manager, Television  ACCEPTED and AGREED TO this ___ day of ___, 2006." (in capitals, after a blank).
# Apart from signature_names.ACCEPTANCE_IN_VALUE (g.ACCEPTANCE_PHRASES, any case) on purpose: one word in
# capitals also ends a title where the phrase is not one of the vocabulary ("CONFIRMED AND ACCEPTED") or is
# glued to the title ("OfficerACKNOWLEDGED AND AGREED TO"); tests/test_signature_quoted_roles.py has both.
ACCEPTANCE_AFTER = regex.compile(r"(?<=[^\W\d_][ \t\xa0]{1,8})(?:ACCEPTED|AGREED|ACKNOWLEDGED)(?![A-Za-z])")


def acceptance_start(value: str) -> int | None:
    """Where an acceptance line starts inside a "Title:" value that runs on into it; None when none does,
    or when a party's name follows it there ("... Email: AGREED AND ACCEPTED as of ... GWG HOLDINGS, INC.":
    the name is cut off by the rules for a name after a value)."""
    m = ACCEPTANCE_AFTER.search(value)
    if m is None or m.start() == 0 or any(_is_suffix(w) for w in value[m.start() :].split()):
        return None
    return m.start()


# Quoted role names printed over the columns, run on before the name: '"Newegg" "Allied" Newegg Inc.'
# (g.QUOTED_ROLE_LABEL, searched anywhere: what comes before is cut too)
QUOTED_ROLES = regex.compile(rf"(?:{g.QUOTED_ROLE_LABEL}[ \t\xa0]*+)++(?=[A-Z])")


def _roles_before_formed_name(s: str) -> regex.Match[str] | None:
    """The first run of quoted role names in ``s`` when what follows it is a name ending in a corporate form
    ("Newegg Inc."); None otherwise."""
    m = QUOTED_ROLES.search(s)
    if m is None:
        return None
    words = s[m.end() :].split()
    return m if len(words) >= 2 and _is_suffix(words[-1]) else None


def quoted_roles_cut(s: str) -> str:
    """A name without the quoted role names (and the sentence end) run on before it ('Effective Date.
    "Newegg" "Allied" Newegg Inc.' -> "Newegg Inc."), when the rest ends in a corporate form."""
    m = _roles_before_formed_name(s)
    return s if m is None else s[m.end() :]


def lead_noise_cut(s: str) -> str:
    """A name without what a lost line break ran on before it: a witness caption, a role word glued to it."""
    return glued_role_cut(caption_lead_cut(s))


def quoted_role_start(value: str) -> int | None:
    """Where the next party's quoted role and name start inside a field's value that runs on into them
    ('Brian Hayek BRIAN HAYEK, President "Consultant" TruckThat LLC' before the next "By:"); None when none does."""
    m = _roles_before_formed_name(value)
    return m.start() if m is not None and m.start() > 0 else None
