"""Parties of documents with no party list: the entity a document defines ("Apple Computer, Inc.
(herein called the "Company")"), a letter's addressee (the name over "Dear ..."), and a plan's
sponsor (the company whose name opens the plan). Used by ``parties`` only when the preamble
names nobody. Every function reads the layout's view text and returns view spans."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..grammars import find_all
from ..grammars import party_intro as g
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.parties import TYPE_ALT, suffix_type

HEAD_CHARS = 6000  # a defined entity, a letter's salutation: on the first page
PLAN_HEAD_CHARS = 2500
MAX_NAME_WORDS = 10
DESCRIPTOR_CHARS = 260  # an entity type and an address between a name and its alias


class Found(NamedTuple):
    start: int  # view offsets of the name
    end: int
    name: str
    alias: str | None
    role: str | None
    described: bool = False  # introduced with its entity type ("..., a Nevada corporation ... ("MEDIANET")")


def _name_before(text: str, p: int, floor: int) -> tuple[int, str] | None:
    """The name that ends at ``p``: capitalised words read leftwards ("Apple Computer, Inc."),
    a comma kept only before an entity suffix, stopping at a lower-case word or a sentence end."""
    seg = text[max(floor, p - 200) : p]
    base = p - len(seg)
    words = [(m.start() + base, m.end() + base, m.group()) for m in _WORDS.finditer(seg)]
    kept: list[tuple[int, int, str]] = []
    for s, e, w in reversed(words):
        bare = w.rstrip(",")
        if w.endswith(",") and not (kept and _suffix_like(kept[-1][2])):
            break  # "Boulder, CO (the ...": a comma inside a name only before "Inc."
        label, colon, glued = bare.rpartition(":")
        if colon and label and glued and g.NAME_WORD.match(glued) and len(kept) < MAX_NAME_WORDS:
            kept.append((e - len(w) + len(label) + 1, e, w[len(label) + 1 :]))
            break  # "Gentlemen:El Banco ...": a salutation glued to the name where a line break was lost
        if not g.NAME_WORD.match(bare) or len(kept) >= MAX_NAME_WORDS:
            break
        if kept and bare.endswith((".", ":", ";")) and not (g.is_suffix_word(bare) or _INITIAL.match(bare)):
            break  # "Agreement. MessageMedia, Inc.": the previous sentence
        kept.append((s, e, w))
        if "\n\n" in text[s - 2 : s] or text[max(0, s - 2) : s].endswith(("\n\n", "\r\n\r")):
            break
    while kept and (kept[-1][2].rstrip(",") in g.LEADING or kept[-1][2] in g.CONNECTOR):
        kept.pop()
    while kept and kept[0][2] in g.CONNECTOR:
        kept.pop(0)
    if not kept:
        return None
    s, e = kept[-1][0], kept[0][1]
    return s, text[s:e]


_WORDS = regex.compile(r"\S+")
_INITIAL = regex.compile(r"[A-Z]\.\Z|(?:[A-Z]\.){2,}\Z")
_DESCRIPTOR_BEFORE = regex.compile(r",\s{0,3}an?\s{1,3}[^()\"\u201c\u201d,;.]{1,80}?,?\s{0,3}\Z")
# 'MediaNet Group Technologies, Inc., a Nevada corporation having an address at 5100 W. Copans Road Suite 710
# Margate, FL 33063 USA ("MEDIANET ...")': an entity type, then an address with commas, before the alias
_ADDRESS_DESCRIPTOR_BEFORE = regex.compile(
    rf",\s{{0,3}}an?\s{{1,3}}(?:[\w-]++\s{{1,3}}){{0,3}}(?i:{TYPE_ALT})(?![\w])"
    r"(?:(?:,\s{0,3}|\s{1,3})(?:having|with|located)\s[^()\"\u201c\u201d;]{1,160}?)?,?\s{0,3}\Z"
)
# 'Apple Computer, Inc. and its subsidiaries (the "Company")': the group an alias names, read as its parent
_GROUP_BEFORE = regex.compile(
    r"\s{1,3}(?:and|together\s{1,3}with)\s{1,3}(?:its|their)\s{1,3}(?:consolidated\s{1,3})?"
    r"(?:subsidiaries|subsidiary|affiliates|affiliated\s{1,3}companies)\s{0,3}\Z"
)


def _suffix_like(word: str) -> bool:
    return g.is_suffix_word(word) or word.strip(",").casefold() in g.NAME_SUFFIXES


def _abbreviates(alias: str, name: str) -> bool:
    """ "PRGS" for "PRG-Schultz USA, Inc.", "MessageMedia" for "MessageMedia, Inc.": the alias is a
    word of the name or its initials."""
    a = alias.casefold().replace(" ", "")
    words = [w.strip(",.").casefold() for w in name.replace("-", " ").split()]
    initials = "".join(w[0] for w in words if w)
    return any(w.startswith(a) or a.startswith(w) for w in words if len(w) > 1) or initials.startswith(a)


# '... on Joint Ventures Using Chinese and Foreign Investment (the "Joint Venture Law")': a statute or a
# document defined, not a party
LAW_ALIAS = regex.compile(r"(?i)(?<!\w)(?:law|act|code|rules|regulations|agreement|contract|plan)$")


def defined_entities(text: str, limit: int = HEAD_CHARS) -> list[Found]:
    """Names defined with a quoted alias in the head of the document, when the name carries an
    entity suffix, the alias is a role word ("Company", "Employer") or abbreviates the name."""
    out: list[Found] = []
    for m in g.DEFINED_ALIAS.finditer(text, 0, min(len(text), limit)):
        alias = " ".join(m.group("alias").split()).strip(" ,.")
        p = m.start()
        described = False
        for pat in (g.DBA_BEFORE, _ADDRESS_DESCRIPTOR_BEFORE, _DESCRIPTOR_BEFORE, _GROUP_BEFORE):
            d = pat.search(text, max(0, p - (DESCRIPTOR_CHARS if pat is _ADDRESS_DESCRIPTOR_BEFORE else 100)), p)
            if d is not None:
                p = d.start()
                described = described or pat is _ADDRESS_DESCRIPTOR_BEFORE
        while p > 0 and text[p - 1] in " \t\r\n\xa0,":
            p -= 1
        found = _name_before(text, p, 0)
        if found is None:
            continue
        s, name = found
        office = g.OFFICE_OF.match(name)
        if office is not None and len(name[office.end() :].split()) >= 2:
            s, name = s + office.end(), name[office.end() :]
        words = name.split()
        if alias.casefold() in g.NOT_PARTY_ALIASES or g.NOT_PARTY_NAME.search(name) or LAW_ALIAS.search(alias):
            continue
        suffixed = g.is_suffix_word(words[-1])
        if not (suffixed or g.role_of(alias) or _abbreviates(alias, name)):
            continue
        if len(words) == 1 and not suffixed and not g.role_of(alias):
            continue
        out.append(Found(s, s + len(name), " ".join(words), alias, g.role_of(alias), described))
    return out


PARAGRAPH_REACH = 800
PARAGRAPH_BREAK = regex.compile(r"\n[ \t\xa0]*\r?\n")


def first_paragraph_entities(text: str, defined: list[Found]) -> list[Found]:
    """The entity the text defines first, and when it is introduced with its entity type, the entities so
    introduced (with an entity suffix) that its paragraph goes on to define: 'MediaNet Group Technologies,
    Inc., a Nevada corporation ... ("MEDIANET GROUP TECHNOLOGIES"), authorizes International Direct Response,
    Inc., a Pennsylvania Corporation, ... ("RESELLER")'."""
    if not defined:
        return []
    first = defined[0]
    out = [first]
    for f in defined[1:] if first.described else ():
        if f.start - first.end > PARAGRAPH_REACH or PARAGRAPH_BREAK.search(text, first.end, f.start):
            break
        if f.described and suffix_type(f.name) and all(f.name.casefold() != o.name.casefold() for o in out):
            out.append(f)
    return out


BETWEEN_CHARS = 4000
LIST_CHARS = 900
LEAD_CHARS = 300
# "nothing herein shall be construed as establishing ... a relationship between X and Y": a clause of the body
NOT_A_LIST = regex.compile(r"(?<![\w])(?:construed|deemed)(?![\w])")


def between_lists(text: str, end_of: Callable[[str, int, int], int]) -> list[tuple[int, int]]:
    """(start, end) view spans of each party list opened by "between"/"among" in the head: ended by
    ``end_of(text, start, limit)`` (the header's sentence end), and again by the recitals or a cover
    page's end (``LIST_END``) for a list whose numbered or abbreviated pieces ("1. BT WIRELESS
    LIMITED", "SPAIN, S.L. As Contractor") end a sentence too early."""
    out = []
    for m in g.BETWEEN.finditer(text, 0, min(len(text), BETWEEN_CHARS)):
        lead = text[max(0, m.start() - LEAD_CHARS) : m.start()]
        if NOT_A_LIST.search(lead[max(lead.rfind(". "), lead.rfind("\n\n")) + 1 :]):
            continue
        limit = min(len(text), m.end() + LIST_CHARS)
        end = end_of(text, m.end(), limit)
        if end > m.end():
            out.append((m.end(), end))
        stop = g.LIST_END.search(text, m.end(), limit)
        longer = stop.start() if stop is not None else limit
        if longer > max(end, m.end()):
            out.append((m.end(), longer))
    return out


def addressee(text: str, limit: int = HEAD_CHARS) -> Found | None:
    """The person a letter is addressed to: the first name line between the letter's date and its
    salutation ("Dear Mr. Jones:"), or the name after "To:"."""
    dear = g.DEAR.search(text, 0, min(len(text), limit))
    if dear is None:
        return None
    floor = max(0, dear.start() - 800)
    dates = list(g.DATE_LINE.finditer(text, floor, dear.start()))
    start = dates[-1].end() if dates else floor
    to = g.TO_LINE.search(text, floor, dear.start())
    if to is not None:
        person = g.PERSON.fullmatch(to.group("name").strip())
        if person is not None and not g.NOT_ADDRESSEE.search(person.group()):
            s = to.start("name") + (len(to.group("name")) - len(to.group("name").lstrip()))
            return _person(text, s, s + len(person.group()))
    pos = start
    for line in text[start : dear.start()].split("\n"):
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        if stripped and g.PERSON.fullmatch(stripped) and not g.NOT_ADDRESSEE.search(stripped):
            return _person(text, pos + lead, pos + lead + len(stripped))
        pos += len(line) + 1
    return None


def _person(text: str, s: int, e: int) -> Found:
    name = " ".join(text[s:e].split())
    honorific = g.HONORIFIC.match(name)
    if honorific is not None:
        s += len(honorific.group())  # the span starts at the name
        while text[s] in " \t":
            s += 1
        name = name[honorific.end() :]
    return Found(s, e, name, None, None)


HEAD_ENTITY_CHARS = 2000
_LINE = regex.compile(r"[^\n]+")


def head_entity(text: str) -> Found | None:
    """The first line of the head that opens with an entity's name ("FINLAY FINE JEWELRY CORPORATION,
    its parent corporation, ...", "SUNPOWER ENERGY SYSTEMS SPAIN, S.L."): capitalised words up to an
    entity suffix, two words at least."""
    for line in _LINE.finditer(text, 0, min(len(text), HEAD_ENTITY_CHARS)):
        before = text[max(0, line.start() - 3) : line.start()]
        if line.start() > 0 and not before.replace("\r", "").endswith("\n\n"):
            continue  # a paragraph's first line only: not "UNIVERSE, INC." under "COLLECTORS"
        words = list(_WORDS.finditer(line.group()))[:10]
        first = words[0].group() if words else ""
        if not first[:1].isalpha() or first in g.CONNECTOR or g.is_suffix_word(first):
            continue  # not "4 Section 31125 of the California Corporation", "Inc. Lebanon, LLC"
        for k, w in enumerate(words):
            bare = w.group().rstrip(",;:")
            if not g.NAME_WORD.match(bare) and not g.is_suffix_word(bare):
                break
            if k >= 1 and g.is_suffix_word(bare) and words[0].group() not in g.LEADING and (
                words[k - 1].group().casefold() not in g.CONNECTOR
            ):
                s = line.start() + words[0].start()
                e = line.start() + w.start() + len(bare)
                return Found(s, e, " ".join(text[s:e].split()), None, None)
            if w.group().endswith((",", ";", ":")) and not (k + 1 < len(words) and _suffix_like(words[k + 1].group())):
                break
    return None


def plan_sponsor(text: str) -> Found | None:
    """The company whose plan this is: an entity name in the lines that open the plan ("APPLE
    COMPUTER, INC. / 1990 STOCK OPTION PLAN"), else the words before the plan's own title words
    ("ARAMARK 2005 Stock Unit Retirement Plan", "KBR / SUPPLEMENTAL EXECUTIVE RETIREMENT PLAN")."""
    for plan in g.PLAN_LINE.finditer(text, 0, min(len(text), PLAN_HEAD_CHARS)):
        found = _sponsor_at(text, plan)
        if found is not None:
            return found
    return None


def _sponsor_at(text: str, plan: regex.Match[str]) -> Found | None:
    line_end = text.find("\n", plan.end())
    line_end = len(text) if line_end < 0 else line_end
    # the plan's line and the lines above it, up to one holding a digit or a blank gap of several lines
    lines: list[tuple[int, str]] = []
    pos = text.rfind("\n", 0, plan.start()) + 1
    lines.append((pos, text[pos:line_end]))
    while pos > 0 and len(lines) < 6:
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev : pos - 1]
        suffixed = any(g.is_suffix_word(w) for w in line.split())
        if line.strip() and not suffixed and (any(c.isdigit() for c in line) or line.strip()[-1:] in ".:;"):
            break
        if line.strip():
            lines.append((prev, line))
        pos = prev
    lines.reverse()
    for i in range(len(lines) - 1, -1, -1):  # the last entity name above or in the plan's title
        found = _suffixed_name(lines, i)
        if found is not None:
            return found
    first_s, _ = lines[0]
    block = text[first_s:line_end]
    skip = g.SPONSOR_SKIP.match(block.lstrip())
    lead = len(block) - len(block.lstrip()) + (skip.end() if skip else 0)
    words = g.PLAN_WORDS.search(block, lead)
    if words is None:
        return None
    prefix = block[lead : words.start()].rstrip(" \t\r\n,")
    parts = prefix.split()
    if not parts or len(parts) > 5 or not all(g.NAME_WORD.match(w) for w in parts) or parts[0] in g.LEADING:
        return None
    if g.PLAN_LINE.search(prefix):
        return None
    if len(parts) == 1 and not (parts[0].isupper() or any(c.isupper() for c in parts[0][1:])):
        return None  # "Financial": one plain word; "ARAMARK", "KBR", "eBay"-like names stand alone
    s = first_s + lead
    return Found(s, s + len(prefix), " ".join(parts), None, "sponsor")


def _suffixed_name(lines: list[tuple[int, str]], i: int) -> Found | None:
    s0, line = lines[i]
    words = [(m.start(), m.end(), m.group()) for m in _WORDS.finditer(line)]
    plan_at = next((k for k, (_, _, w) in enumerate(words) if g.PLAN_WORDS.fullmatch(w.strip(",")) or
                    g.PLAN_LINE.fullmatch(w)), len(words))
    ends = [k for k in range(plan_at) if g.is_suffix_word(words[k][2])]
    if not ends:
        return None
    k = ends[-1]
    text = "\n".join(ln for _, ln in lines)
    offset = sum(len(ln) + 1 for _, ln in lines[:i])
    # "OSHKOSH TRUCK / CORPORATION": a suffix alone on its line ends the name on the line above
    floor = offset - len(lines[i - 1][1]) - 1 if i > 0 and k == 0 else offset
    found = _name_before(text, offset + words[k][1], floor)
    if found is None:
        return None
    s, name = found
    if len(name.split()) < 2 and not (i > 0 and s < offset):
        return None
    # back to view offsets: the lines are contiguous only when nothing was skipped between them
    view_s = _to_view(lines, s)
    view_e = _to_view(lines, offset + words[k][1])
    if view_s is None or view_e is None:
        return None
    return Found(view_s, view_e, " ".join(name.split()), None, "sponsor")


def _to_view(lines: list[tuple[int, str]], p: int) -> int | None:
    for start, line in lines:
        if p <= len(line):
            return start + p
        p -= len(line) + 1
    return None


# "For and on behalf of      ABS Telecom plc": a signatory named in a UK-style execution line, on the
# same line or the next line written ("... between and among the Parties signatory hereto ...")
# A second column's line ("... IXC Communications, Inc.      For and on behalf of") may end where its name is
# written below a signature rule ("-----------" / blank lines / "IXNET Limited").
ON_BEHALF = regex.compile(
    r"(?im)(?:^|(?<=\S[ \t\xa0]{3,}+))[ \t\xa0]*+(?:signed\s+)?for\s+and\s+on\s+behalf\s+of[ \t\xa0:]*+"
    r"(?:\r?\n[ \t\xa0]*+){0,6}(?:[-_=]{3,}+[ \t\xa0]*+(?:\r?\n[ \t\xa0]*+){1,8})?"
    r"(?P<name>[^\s](?:(?![ \t\xa0]{3})[^\n]){1,100}+)"  # up to a wide gap: the next column's line may follow
)
NAME_GAP = regex.compile(r"[ \t\xa0]{3,}|\s*$")
SIGNS_THROUGH = regex.compile(rf"\s{{1,3}}(?:{'|'.join(g.SIGNING_WORDS)})\s")  # how the party signs, after its name


# what every ON_BEHALF match holds before its "behalf", matched leftwards from there
FOR_AND_ON = regex.compile(r"(?i)for\s+and\s+on\s+", regex.REVERSE)


def signatories(text: str, low: bytes | None = None) -> list[Found]:
    """The parties named by the document's "For and on behalf of X" lines, in order, each once. ``low``:
    the text's ``ascii_lowered`` copy, when at hand: the lines are then read only when some "behalf" in
    it (no other character is (?i) one of its letters) follows "for and on" (most texts have none)."""
    if low is not None and not any(FOR_AND_ON.match(text, 0, p) for p in find_all(low, b"behalf")):
        return []
    out: list[Found] = []
    seen: set[str] = set()
    for m in ON_BEHALF.finditer(text):
        s = m.start("name")
        gap = NAME_GAP.search(text, s, m.end("name"))
        e = gap.start() if gap is not None else m.end("name")
        by = SIGNS_THROUGH.search(text, s, e)
        if by is not None and g.is_suffix_word(text[s : by.start()].split()[-1]):
            e = by.start()  # "DATEC (PNG) LIMITED by the authority of the Directors": the name ends at its suffix
        name = " ".join(text[s:e].split()).rstrip(",;:")
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(Found(s, s + len(name), name, None, None))
    return out


# "the undersigned hereby agree to the joint filing ..."
# "each party hereto hereby agrees to the joint filing ..."
UNDERSIGNED = regex.compile(
    r"(?i)\bthe\s{1,3}undersigned\s{1,3}(?:hereby\s{1,3})?(?:agree|confirm|consent)\b"
    r"|\beach\s{1,3}party\s{1,3}hereto\s{1,3}(?:hereby\s{1,3})?agrees\s{1,3}to\s{1,3}the\s{1,3}joint\s{1,3}filing\b"
)
# "/s/ Shelby J. Butterfield Shelby J. Butterfield": a person signing for themself (no "By:" before the
# signature), the printed name repeating the signed one (glued to it where line breaks were lost)
SELF_SIGNED = regex.compile(
    r"(?<!By:?\s{0,3})/s/\s{0,3}(?P<name>[A-Z][\w'.-]{0,20}?(?:[ \t]{1,3}[A-Z][\w'.-]{0,20}?){1,3})"
    r"\s{0,6}(?P=name)(?![\w])"
)
OFFICER = frozenset({"CEO", "CFO", "COO", "PRESIDENT", "SECRETARY", "TREASURER", "DIRECTOR", "NAME", "TITLE"})
UNDERSIGNED_HEAD_CHARS = 3000
SIGNS = regex.compile(r"By\s{0,3}:|/s/")  # where a signer's block begins, after the signing party's name
MAX_SIGNER_WORDS = 24
GLUED_CAPS = regex.compile(r"[a-z0-9]\.?[A-Z]{2}")  # a word glued to a name in capitals


def undersigned(text: str) -> list[Found]:
    """An instrument made by "the undersigned" (a joint filing agreement): the names in capitals
    standing right before each "By:" or "/s/" ("HPS MEZZANINE PARTNERS II, LLC By: ...",
    "ADAM D. PORTNOY /s/ Adam D. Portnoy"), in order, each once."""
    if UNDERSIGNED.search(text, 0, min(len(text), UNDERSIGNED_HEAD_CHARS)) is None:
        return []
    out: list[Found] = []
    seen: set[str] = set()
    selves = {m.start(): m for m in SELF_SIGNED.finditer(text)}
    for m in SIGNS.finditer(text):
        own = selves.get(m.start())
        if own is not None and own.group("name").casefold() not in seen:
            seen.add(own.group("name").casefold())
            out.append(Found(own.start("name"), own.end("name"), own.group("name"), None, None))
            continue
        seg = text[max(0, m.start() - 200) : m.start()]
        base = m.start() - len(seg)
        words = list(_WORDS.finditer(seg))
        kept: list[regex.Match[str]] = []
        cut = False  # the run stopped at a word in capitals: a name cut at its bracket ("(CAYMAN) MANAGEMENT L.P.")
        for w in reversed(words):
            tok = w.group()
            if any(c.islower() for c in tok) or tok.startswith(("[", "(", "/")) or tok.endswith((":", "]", ")")):
                # "(CAYMAN) MANAGEMENT L.P.", "Chief Legal OfficerBLACKSTONE HOLDINGS II L.P." (line breaks lost)
                cut = (tok.startswith("(") and not any(c.islower() for c in tok)) or GLUED_CAPS.search(tok) is not None
                break
            kept.append(w)
            if len(kept) > MAX_SIGNER_WORDS:
                break
        while kept and not any(c.isalpha() for c in kept[-1].group()):
            kept.pop()  # "Date: April 7, 2020 BANK OF AMERICA CORPORATION By:": the date's numbers open no name
        if not 2 <= len(kept) <= MAX_SIGNER_WORDS:
            continue
        while kept and kept[-1].group().rstrip(":") in OFFICER:
            kept.pop()  # "... Chief Executive Officer CEO BLOOM BURTON & CO. LTD."
        if kept and GLUED_CAPS.search(kept[-1].group()):
            continue  # "2020.CLARUS IV-A, L.P."
        head = kept[-1].group() if kept else ""
        opens = len(kept) > 1 and kept[-2].group() == "OF"  # "BANK OF AMERICA CORPORATION": a suffix word opens it
        if cut or (kept and (g.is_suffix_word(head) and not opens or head == "GP")):
            continue  # "GP LLC", "MANAGEMENT L.P.": the tail of a name
        half = len(kept) // 2
        if len(kept) % 2 == 0 and [w.group() for w in kept[:half]] == [w.group() for w in kept[half:]]:
            kept = kept[:half]  # two signature columns: "ARES TRADING SA ARES TRADING SA By: ... By: ..."
        s, e = base + kept[-1].start(), base + kept[0].end()
        name = " ".join(text[s:e].split()).rstrip(",")
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(Found(s, s + len(text[s:e].rstrip(",")), name, None, None))
    return out
