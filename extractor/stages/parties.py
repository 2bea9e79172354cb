"""Stage 6: parties from the preamble and signature blocks.

One row per party. Preamble parties come from the party list the header stage
located ("by and among X, a Delaware corporation ("QWEST"), Y ... and Z"): the
list is split at top-level separators ("), and", ";", "AND:"), and each piece
gives a name, jurisdiction, entity type, alias and role. A row's span is the
party's piece of the preamble (name through alias). Signature-block parties
(``source='signature'``) are added only when the preamble named fewer than two
parties, and only when they are not already a preamble party by name or alias.

``mentions`` counts later references to the party in the body (after the
preamble): its name or its alias (as defined, in Title or UPPER case), the
longest form winning, so "Qwest Communications International Inc." counts for
QCI and a bare "Qwest" for QWEST.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..grammars import parties as g
from ..grammars import party_intro, party_noise
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.suffixes import suffix_alternation
from ..grammars.text_index import TextIndex
from ..model.offsets import TextView
from ..model.records import Span
from . import party_extras as extras
from . import party_fallbacks as fb
from .header import Header, sentence_end
from .layout import Layout
from .party_chunks import chunks
from .party_mentions import count_mentions, words_span
from .party_names import respace_all, signature_party_name
from .signatures import SignatureResult

MAX_NAME_CHARS = 120
MAX_NAME_WORDS = 16
SUFFIX_AFTER_COMMA = regex.compile(rf",\s{{0,3}}(?:{suffix_alternation('comma')})(?![a-z])")
NOT_A_PARTY = regex.compile(
    r"(?i)\b(?:agreement|amendment|contract|effective\s+date|is|are|will|shall|via|into|directly|our|them|their"
    r"|desires?|wish(?:es)?|agrees?|has|have|hereby|provides?|means)\b"
    r"|(?i)^(?:and|or)$"
    r"|\bshall(?=[a-z])(?!ow)"  # glued where a line ended: "PageMaster Corporation shallcreate a promotion"
    r"|(?-i:Agreement)(?=[A-Z])"  # "Development AgreementTable of Content"
)
JOINING_AND = regex.compile(r"\s{1,3}(?:and|AND|&)\s{1,3}")
PUNCT = regex.compile(r"[^\w&\s]")
# precompiled: a module-level regex.sub(pattern, ...) pays a cache lookup on every call
LEADING_THE = regex.compile(r"^(?:the|The)\s+")
LEADING_INTRO = regex.compile(
    r"^(?:(?:(?:by\s+and\s+)?(?:between|among|amongst)|and|AND|And)\s*:?\s+)?(?:,\s*)?(?:on\s+the\s+one\s+hand,?\s+)?"
)
TRAILING_AND = regex.compile(r"\s+(?:and|or|of|AND|OR|OF)$")
TRAILING_DOTS = regex.compile(r"\.{2,}$")
ENUMERATOR = regex.compile(r"(?:\(\s{0,2}(?:\d{1,2}|[a-h]|[ivx]{1,4})\s{0,2}\)|\d{1,2}\.)\s{1,6}(?=[A-Z\"\u201c])")
OF_PLACE = regex.compile(r"\s+of\s+(?=[A-Z0-9])")
NAME_OF_WORDS = frozenset({"bank", "company", "trust", "association", "corporation"})  # "Bank of America"
ADDRESS_MARK = regex.compile(r"\d|,")
PAREN_GROUP = regex.compile(r"\([^()]*\)")
COLLECTIVE_ALIASES = frozenset({"parties", "party", "the parties"})
HONORIFIC_IN = regex.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.")
OFFICER_ROLE = regex.compile(r"\b(?:Chief|Officer|President|Director|Secretary|Treasurer|Attorney)\b")
DBA_TAIL = regex.compile(r"\s{1,3}(?i:d/b/a|dba)\s.*+$")  # the trade name an entity does business as
HEADING_LINE = regex.compile(r"[^\n,()]{1,40}+\r?\n[ \t]*+\r?\n\s*+")


@dataclass(frozen=True)
class Party(Span):
    name: str
    jurisdiction: str | None = None
    entity_type: str | None = None
    alias: str | None = None
    role: str | None = None
    source: str | None = None
    mentions: int | None = None


def norm(s: str | None) -> str:
    """Casefolded, punctuation-free form for comparing names."""
    s = PUNCT.sub(" ", (s or "").casefold())
    return " ".join(w for w in s.split() if w != "the")


def _name_end(text: str, s: int, e: int) -> int:
    pos = s
    while True:
        m = g.NAME_END.search(text, pos, e)
        if m is None:
            return e
        sm = SUFFIX_AFTER_COMMA.match(text, m.start())
        if sm is not None and m.start() >= pos:
            pos = sm.end()
            continue
        return m.start()


def _alias(text: str, s: int, e: int) -> str | None:
    best: tuple[int, str] | None = None
    for pat in (g.ALIAS_PAREN, g.ALIAS_REFERRED):
        m = pat.search(text, s, e)
        if m is None:
            continue
        q = g.QUOTED.search(text, m.start() if pat is g.ALIAS_PAREN else m.end(), min(e + 80, len(text)))
        if q is None:
            continue
        alias = " ".join(q.group("alias").split()).strip(" ,.")
        alias = LEADING_THE.sub("", alias)
        if alias and (best is None or m.start() < best[0]):
            best = (m.start(), alias)
    return best[1] if best else None


def _clean_name(raw: str) -> str:
    name = g.GLUED_SMALL_WORD.sub(lambda m: m.group() + " ", " ".join(raw.split()).strip(" ,;:"))
    name = g.AMPERSAND_GLUED.sub(" ", g.GLUED_TITLE.sub("", name))
    name = LEADING_INTRO.sub("", name)
    name = party_noise.trimmed(name)  # "In consideration of ..., Daniel Eilers", "Steve Jobs or his designees"
    name = TRAILING_AND.sub("", name)
    name = TRAILING_DOTS.sub(".", name)  # "Torvec Inc.." as typed
    name = g.SUFFIX_GLUED_TO_WORD.sub(" ", name)
    m = g.SUFFIX_THEN_ADDRESS.search(name) or g.SUFFIX_COMMA_ADDRESS.search(name) or g.SUFFIX_THEN_GROUP.search(name)
    if m is not None:
        name = name[: m.end()]
    for of in OF_PLACE.finditer(name):  # "LEO PHARMA A/S of Industriparken 55, ...": the seat after the name
        head = name[: of.start()]
        # not "Bank of America, N.A.", "Company of Delaware", "Inc. of Pennsylvania": an address follows
        if g.suffix_type(head) and head.split()[-1].casefold() not in NAME_OF_WORDS and ADDRESS_MARK.search(
            name, of.end()
        ):
            name = name[: of.start()]
            break
    name = g.GLUED_SUFFIX.sub(" ", name)
    return g.GLUED_CAPS_SUFFIX.sub(" ", name) if name.isupper() else name


def _looks_like_name(name: str) -> bool:
    if not name or len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
        return False
    if g.NOT_A_NAME.match(name) or g.ADDRESS_PIECE.search(name) or NOT_A_PARTY.search(name):
        return False
    if ":" in name or "--" in name or "__" in name:
        return False
    if party_noise.no_name(name, g.suffix_type(name) is not None) is not None:
        return False  # "January 1", "Sincerely", "I am pleased to extend to you ...", "Province Line Road, ..."
    if name[0].isdigit():  # "695014 B.C. Ltd. dba Galaxy Telecom": the entity's suffix before its trade name
        return g.suffix_at_end(DBA_TAIL.sub("", name)) is not None
    # "drkoop.com, inc." has no capital but a suffix
    has_case = any(c.isupper() for c in name) or g.suffix_at_end(name) is not None
    return has_case and name[0].isalnum()


def _capitalised_entity(name: str) -> bool:
    """ "At Home Corporation": capitalised words ending in an entity suffix, not a role ("Company")."""
    words = name.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and g.suffix_type(name) is not None
        and not party_intro.is_role_name(name)
    )


def _described_party(name: str, alias: str | None) -> bool:
    """ "the Trust Advisors to the Seller Trusts (the "Trust Advisors")": a party the list names by a
    capitalised description, defined by an alias that repeats its first words. Not a bare role ("the Agent
    named on the signature page hereof (the "Agent")"): the signature block names that party."""
    if not alias or not name[:1].isupper() or party_intro.role_of(alias) or party_intro.is_role_name(name):
        return False
    return norm(name).startswith(norm(alias))


MAX_JOINED_WORDS = 6  # "BANK OF AMERICA NATIONAL TRUST" and "SAVINGS ASSOCIATION"


def _continues_name(text: str, piece: str, s: int, e: int) -> bool:
    """After a bare piece and "and", the rest of one name: a name with an entity suffix
    ("... and Engineering Company", "... AND SAVINGS ASSOCIATION"), or, in capitals like the piece,
    one the list defines ("INSTITUTE OF GRASSLAND AND ENVIRONMENTAL RESEARCH ("IGER")")."""
    ne = _name_end(text, s, e)
    rest = _clean_name(text[s:ne])
    if g.suffix_type(rest):
        return True
    return piece.isupper() and rest.isupper() and _alias(text, ne, e) is not None


def _joined_names(text: str, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "ExxonMobil Research and Engineering Company, a ...": a bare name of a few words with no entity
    suffix, then "and", then the rest of the name (``_continues_name``): one party holding the "and"."""
    out: list[tuple[int, int]] = []
    for s, e in chunks:
        if out and JOINING_AND.fullmatch(text, out[-1][1], s):  # the cheap test first: most cuts are no "and"
            ps, pe = out[-1]
            piece = text[ps:pe].strip()
            bare = (
                _name_end(text, ps, pe) >= ps + len(text[ps:pe].rstrip())
                and not g.suffix_type(piece)
                and "(" not in piece
                and 2 <= len(piece.split()) <= MAX_JOINED_WORDS
            )
            if bare and _continues_name(text, piece, s, e):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _resolve_aliases(text: str, list_start: int, found: list[Party]) -> list[Party]:
    """A list member that is a short name defined before the list ('... of Gulf South Medical Supply, Inc.
    ("GSMS") ... by and among PSS, PSS Merger Corp. ("Merger Corp.") and GSMS'): the defined entity, with
    that alias. A defined alias opening a piece before a comma ("PSS, PSS Merger Corp.") is a party too."""
    entities = [f for f in fb.defined_entities(text, list_start) if f.alias and _looks_like_name(f.name)]
    defined = {f.alias.casefold(): f for f in entities if f.alias}
    if not defined:
        return found
    out: list[Party] = []
    for p in found:
        head, sep, rest = p.name.partition(", ")
        if sep and p.alias != head and head.casefold() in defined and not g.suffix_type(head) and rest:
            first = defined[head.casefold()]  # "PSS, PSS Merger Corp.": two parties
            out.append(replace(p, name=first.name, alias=head, entity_type=g.suffix_type(first.name), role=None))
            p = replace(p, name=rest)
        f = defined.get(p.name.casefold())
        if f is not None and p.alias is None and not g.suffix_type(p.name):
            p = replace(p, name=f.name, alias=p.name, entity_type=g.suffix_type(f.name))
        if all(norm(q.name) != norm(p.name) for q in out):
            out.append(p)
    return out


def _after_label(text: str, s: int, e: int, first: bool) -> int:
    """Where the name starts after a label ending in a colon: before the list's first party (a heading or
    a salutation), or a role word ("Company:"); not "Party A:" (``_labelled_parties`` reads those)."""
    m = g.NAME_LABEL.match(text, s, e)
    if m is None or _name_end(text, s, e) < m.end():
        return s
    label = m.group("label").split()
    if not label or label[0].casefold() == "party" or not (first or party_intro.role_of(label[-1])):
        return s
    return m.end()


def _preamble_parties(layout: Layout, header: Header) -> list[Party]:
    text = layout.view.text
    a, b = header.list_start_view, header.preamble_end_view
    if a is None or b is None:
        return []
    out: list[Party] = []
    seen: set[str] = set()
    numbered = False
    pieces = _joined_names(text, chunks(text, a, b))
    first_end = pieces[0][1] if pieces else a
    for s, e in pieces:
        while s < e and text[s] in " \t\r\n\xa0,:;":
            s += 1
        # the list's first piece: "Parties to this agreement" / blank line / "SILICON SMELTERS ..."
        head = (HEADING_LINE.match(text, s, e) or g.GLUED_HEADING.match(text, s, e)) if s < first_end else None
        if head is not None and not g.suffix_type(text[s : head.end()].strip()):
            s = head.end()
        s = _after_label(text, s, e, s < first_end or not out)
        enum = ENUMERATOR.match(text, s, e)  # "between: 1. BT WIRELESS LIMITED, ...; and 2. GEOWORKS ..."
        if enum is not None:
            s, numbered = enum.end(), True
        label = g.PARTY_LABEL.match(text, s, e)
        if label is not None:
            s = label.end()  # "Party A: Rise (Tianjin) Education ... ("Service Provider")"
        unnumbered = numbered and enum is None  # in a numbered list: maybe the last party's address
        while e > s and text[e - 1] in " \t\r\n\xa0,;." and not (text[e - 1] == "." and g.suffix_type(text[s:e])):
            e -= 1  # not the dot of "JERNIGAN, INC." ending the list
        if e <= s:
            continue
        ne = _name_end(text, s, e)
        name = _clean_name(text[s:ne])
        alias = _alias(text, ne, e)
        if name.startswith("the ") and (
            _capitalised_entity(name[4:]) or _described_party(name[4:], alias) or g.THE_BEFORE_CAPS.match(name)
        ):
            name = name[4:]  # "between the At Home Corporation (...)": the article is no part of the name
        if not _looks_like_name(name) or norm(name) in seen:
            continue
        if not g.suffix_type(name) and g.OFFICE_TITLE.match(name):
            continue
        if (alias or "").casefold() in COLLECTIVE_ALIASES:
            alias = None  # "Philips ..., collectively referred to as the "Parties""
        if not g.suffix_type(name) and OFFICER_ROLE.search(name) and HONORIFIC_IN.search(name):
            continue  # "... and Financial Director Mr. R. Moore, acting on the basis of the Charter"
        if unnumbered and alias is None and not g.suffix_type(name):
            continue  # "... Unit 3208 ("SHBV"); and  Convention Plaza, 1 Harbour Rd, Hong Kong  (2) ..."
        tail = len(name.split()) == 1 or any(c.isdigit() for c in name)  # "Berlin", "... number 323 932 236"
        if out and out[-1].alias is None and alias and tail and not g.suffix_type(name):
            # "... offices located at Berlin and Munich ("Siemens")": the alias of the party before
            seen.add(norm(alias))
            out[-1] = replace(out[-1], alias=alias)
            continue
        seen.add(norm(name))
        if alias:
            seen.add(norm(alias))
        rest = text[ne:e]
        jur, etype = g.parse_descriptor(rest)
        if g.INDIVIDUAL.search(rest):
            etype = "individual"
        etype = etype or g.suffix_type(name)
        role = g.ROLE.search(PAREN_GROUP.sub(lambda m: " " * len(m.group()), rest))
        if role is not None and OFFICER_ROLE.search(role.group("role")):
            role = None  # "represented by Mr. Carlos Lafitte as Chief Executive": the signer's office
        if role is None and alias is None:  # "JOHN ROGERS (the Executive)": a role word, unquoted
            role = next((r for r in g.UNQUOTED_ROLE.finditer(rest) if party_intro.role_of(r.group("role"))), None)
        os_, oe = layout.view.span(s, e)
        out.append(
            Party(
                os_,
                oe,
                layout.original[os_:oe],
                name,
                jur,
                etype,
                alias,
                role.group("role") if role else party_intro.role_of(alias),
                "preamble",
            )
        )
    return _resolve_aliases(text, a, out)


LABEL_CHARS = 4000
MAX_LABEL_NAME = 120


def _labelled_parties(layout: Layout) -> list[Party]:
    """'Party A: X Co., Ltd. Address: ...' / 'Party B: Y', or 'Borrower (Party A): X': the first naming
    of each label (a role before it is the party's role)."""
    text = layout.view.text
    out: list[Party] = []
    seen: set[str] = set()
    limit = min(len(text), LABEL_CHARS)
    found = [(m, None) for m in g.PARTY_LABEL.finditer(text, 0, limit)]
    found += [(m, m.group("role")) for m in party_intro.ROLE_PARTY_LABEL.finditer(text, 0, limit)]
    for m, role in sorted(found, key=lambda f: f[0].start()):
        label = m.group("label")
        end = g.LABEL_NAME_END.search(text, m.end(), min(len(text), m.end() + MAX_LABEL_NAME))
        if label in seen or end is None:
            continue
        stop = end.start()
        descriptor = party_intro.LABEL_DESCRIPTOR.search(text, m.end(), stop)  # "CORPORATION\uff0ca company"
        if descriptor is not None:
            stop = descriptor.start()
        name = _clean_name(text[m.end() : stop])
        if not _looks_like_name(name):
            continue
        seen.add(label)
        s, e = layout.view.span(m.end(), m.end() + len(text[m.end() : stop].rstrip(" ,;")))
        out.append(
            Party(
                s,
                e,
                layout.original[s:e],
                name,
                None,
                g.suffix_type(name),
                f"Party {label}",
                party_intro.role_of(role),
                "preamble",
            )
        )
    return out


# a descriptor run on after a signature block's party: "..., LLC, a Delaware limited liability company"
SIGNATURE_DESCRIPTOR = regex.compile(rf",\s{{0,3}}an?\s{{1,3}}(?:\w+\s{{1,3}}){{0,3}}(?i:{g.TYPE_ALT})(?![a-z])")


def _signature_parties(layout: Layout, signatures: SignatureResult, known: list[Party]) -> list[Party]:
    keys = {norm(p.name) for p in known} | {norm(p.alias) for p in known if p.alias}
    out: list[Party] = []
    for sig in signatures.signatures:
        if not sig.party or norm(sig.party) in keys:
            continue
        keys.add(norm(sig.party))
        found = signature_party_name(" ".join(sig.party.split()))
        if found is None or norm(found[0]) in keys - {norm(sig.party)}:
            continue
        name, role = found
        descriptor = SIGNATURE_DESCRIPTOR.search(name)
        if descriptor is not None:  # "ARC HOSPITALITY TRS STRATFORD, LLC, a Delaware limited liability company ..."
            name = name[: descriptor.start()]
            if norm(name) in keys:
                continue
        if party_noise.no_name(name, g.suffix_type(name) is not None) is not None:
            continue  # "Sincerely", "LEGAL", "DAY OF NOVEMBER, 2005" over a signature
        keys.add(norm(name))
        m = words_span(layout.original[sig.start : sig.end], name.split())
        s, e = (sig.start + m[0], sig.start + m[1]) if m else (sig.start, sig.end)
        out.append(
            Party(s, e, layout.original[s:e], name, None, g.suffix_type(name), role=role, source="signature")
        )
    return out


def _between_parties(layout: Layout, header: Header) -> list[Party]:
    """No party list found by the header: the first "between X ... and Y" in the head that names
    two parties, read as a preamble's list."""
    for a, b in fb.between_lists(layout.view.text, sentence_end):
        found = _preamble_parties(layout, replace(header, list_start_view=a, preamble_end_view=b))
        found = [p for p in found if not party_intro.is_role_name(p.name)]
        # two names, one at least an entity ("... Inc."), defined ("(hereinafter "MMI")") or given a role
        if len(found) >= 2 and any(p.alias or p.role or g.suffix_type(p.name) for p in found):
            return found
    return []


PLAN_HEAD_CHARS = 400
JURISDICTION_NAMES = frozenset(j.casefold() for j in g.JURISDICTIONS)
PLAN_IN_HEAD = regex.compile(r"\bPLAN\b")  # "SUPPLEMENT TO THE / APPLE COMPUTER, INC. EXECUTIVE SEVERANCE PLAN"


def _fallback_parties(layout: Layout, header: Header) -> list[Party]:
    """No party list: a plan's sponsor, else the entities the document defines and a letter's
    addressee (``party_fallbacks``), each kept when it reads as a name."""
    text = layout.view.text
    head = " ".join(text[:PLAN_HEAD_CHARS].split()[:12])
    is_plan = (
        header.kind == "plan"
        or (header.title is not None and " plan" in f" {header.title.casefold()}")
        or PLAN_IN_HEAD.search(head) is not None
    )
    found: list[fb.Found] = []
    person = fb.addressee(text)
    if is_plan and person is None:
        sponsor = fb.plan_sponsor(text)
        defined = [f for f in fb.defined_entities(text) if f.role in ("Company", "Corporation", "Employer", "Bank")]
        if sponsor is not None and not g.suffix_type(sponsor.name) and defined:
            sponsor = defined[0]._replace(role="sponsor")
        elif sponsor is None and defined:
            sponsor = defined[0]._replace(role="sponsor")
        elif sponsor is not None and not sponsor.alias:  # 'Bristol-Myers Squibb Company (the "Company")' below
            alias = next((f.alias for f in defined if norm(f.name) == norm(sponsor.name)), None)
            sponsor = sponsor._replace(alias=alias)
        found = [sponsor] if sponsor is not None else []
    else:
        found = fb.first_paragraph_entities(text, fb.defined_entities(text))
        if person is not None:
            found.append(person)
        if not found:  # an award "UNDER THE BRISTOL-MYERS SQUIBB COMPANY / 2002 STOCK INCENTIVE PLAN": its company
            sponsor = fb.plan_sponsor(text)
            found = [sponsor._replace(role=None)] if sponsor is not None else []
        if not found:  # "FINLAY FINE JEWELRY CORPORATION, its parent corporation, ... and EDWARD J. STEIN"
            entity = fb.head_entity(text)
            found = [entity] if entity is not None else []
    out: list[Party] = []
    seen: set[str] = set()
    for f in found:
        name = _clean_name(f.name)
        if not _looks_like_name(name) or norm(name) in seen or (f.alias and norm(f.alias) in seen):
            continue
        if name.casefold() in JURISDICTION_NAMES:  # "... organized under the laws of Bermuda (the "Borrower")"
            continue
        seen.add(norm(name))
        if f.alias:
            seen.add(norm(f.alias))
        s, e = layout.view.span(f.start, f.end)
        out.append(Party(s, e, layout.original[s:e], name, None, g.suffix_type(name), f.alias, f.role, "text"))
    return out


def _signatory_parties(layout: Layout, known: list[Party], body: TextIndex) -> list[Party]:
    """Still fewer than two parties: those of the "For and on behalf of X" lines (a consortium's
    agreement "between and among the Parties signatory hereto"), when they name two at least."""
    keys = {norm(p.name) for p in known} | {norm(p.alias) for p in known if p.alias}
    out: list[Party] = []
    for f in fb.signatories(layout.view.text, body.ascii_lowered):
        name = _clean_name(f.name)
        if not _looks_like_name(name) or norm(name) in keys:
            continue
        keys.add(norm(name))
        s, e = layout.view.span(f.start, f.end)
        out.append(Party(s, e, layout.original[s:e], name, None, g.suffix_type(name), source="signature"))
    return out if len(known) + len(out) >= 2 else []


WITH_CHARS = 300


def _undersigned_parties(layout: Layout, known: list[Party]) -> list[Party]:
    """No party list, and the instrument is made by "the undersigned" (a joint filing agreement):
    each entity or person whose name in capitals opens a signature ("... LLC By: /s/ ...")."""
    keys = {norm(p.name) for p in known}
    out: list[Party] = []
    for f in fb.undersigned(layout.view.text):
        name = _clean_name(f.name)
        words = name.split()
        person = 2 <= len(words) <= 4 and all(w.rstrip(".").isalpha() for w in words)
        if not (g.suffix_type(name) or person or len(words) >= 3) or not _looks_like_name(name) or norm(name) in keys:
            continue
        keys.add(norm(name))
        s, e = layout.view.span(f.start, f.end)
        etype = g.suffix_type(name) or ("individual" if person else None)
        out.append(Party(s, e, layout.original[s:e], name, None, etype, source="signature"))
    return out


def _party_agreed_with(layout: Layout, header: Header, known: list[Party]) -> list[Party]:
    """The party a preamble's parties "hereby confirm their agreement with" (an agency letter's agent)."""
    text, end = layout.view.text, header.preamble_end_view
    m = g.AGREEMENT_WITH.match(text, end) if end is not None else None
    if m is None:
        return []
    stop = g.AS_FOLLOWS.search(text, m.end(), min(len(text), m.end() + WITH_CHARS))
    if stop is None:
        return []
    found = _preamble_parties(layout, replace(header, list_start_view=m.end(), preamble_end_view=stop.start()))
    keys = {norm(p.name) for p in known}
    return [p for p in found if norm(p.name) not in keys]


def _addressee_party(layout: Layout, known: list[Party]) -> list[Party]:
    """One party in the list ('You and Universal City Development Partners, Ltd. ... agree'): a letter's
    other party is its addressee (the name over "Dear ...")."""
    person = fb.addressee(layout.view.text)
    if person is None:
        return []
    name = _clean_name(person.name)
    if not _looks_like_name(name) or norm(name) in {norm(p.name) for p in known}:
        return []
    s, e = layout.view.span(person.start, person.end)
    return [Party(s, e, layout.original[s:e], name, None, None, None, None, "text")]


def verbatim_ranges(view: TextView) -> list[tuple[int, int]] | None:
    """The ranges of the original text that the view holds as they are (its exact pieces, those next to
    each other in both texts joined), in order; None if the pieces are not in the original's order."""
    out: list[tuple[int, int]] = []
    joined = False  # may the next exact piece extend the last range?
    for p in view.pieces:
        if out and p.orig_start < out[-1][1]:
            return None
        if not p.exact:
            joined = False
        elif joined and p.orig_start == out[-1][1]:
            out[-1] = (out[-1][0], p.orig_end)
        else:
            out.append((p.orig_start, p.orig_end))
            joined = True
    return out


def _respaced(parties: list[Party], body: TextIndex, original: TextIndex,
              verbatim: list[tuple[int, int]] | None) -> list[Party]:
    """Names glued where line breaks were lost, spaced as the document writes them (``respace_all``)."""
    names = respace_all([p.name for p in parties], body, original, verbatim)
    return [replace(p, name=n) if n != p.name else p for p, n in zip(parties, names, strict=True)]


def find_parties(layout: Layout, header: Header, signatures: SignatureResult, body: TextIndex) -> tuple[Party, ...]:
    """The parties of the agreement, each with its mentions in the body (``body`` indexes ``layout.view.text``)."""
    parties = _preamble_parties(layout, header)
    if parties:
        parties += _party_agreed_with(layout, header, parties)
    if len(parties) < 2:
        labelled = _labelled_parties(layout)
        if len(labelled) >= 2:
            parties = labelled
    if not parties:
        parties = extras.grant_parties(layout, header, _preamble_parties)
    if not parties:
        parties = _between_parties(layout, header)
    if not parties:
        parties = _fallback_parties(layout, header)
    elif len(parties) == 1:
        parties += _addressee_party(layout, parties)
    parties = extras.completed_short_names(layout.view.text, parties, signatures, body)
    whole = TextIndex(layout.original)  # its copies made once, for both look-ups below
    verbatim = verbatim_ranges(layout.view)
    parties = _respaced(parties, body, whole, verbatim)
    spaced = len(parties)
    if len(parties) < 2:
        parties += _signature_parties(layout, signatures, parties)
    if len(parties) < 2:
        parties += _signatory_parties(layout, parties, body)
    if not any(p.source == "preamble" for p in parties):
        parties += _undersigned_parties(layout, parties)
    known = {norm(p.name) for p in parties[:spaced]}
    # a signature's name glued as the list's was ("WORLDNETCASINOS.COM INC."): the same party once spaced
    added = _respaced(parties[spaced:], body, whole, verbatim)
    parties = parties[:spaced] + [p for p in added if norm(p.name) not in known]
    start = header.preamble_end_view or 0
    counts = count_mentions(body, start, parties)
    return tuple(replace(p, mentions=n) for p, n in zip(parties, counts, strict=True))
