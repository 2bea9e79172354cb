"""Party names written above (or under) signature lines, as text: a block's pre-text cut into
chunks, addresses and descriptors dropped, k side-by-side names told apart, and a short name
completed with its corporate suffix from elsewhere in the document. Used by ``signatures``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from ..grammars import party_noise, vocabulary
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import signature as g
from .signature_flat import (
    FormPlaces,
    closer_split,
    descriptor_cut,
    descriptor_unglued,
    lead_noise_cut,
    page_number_cut,
    quoted_roles_cut,
    role_after_form_cut,
    roles_after_office,
    sentence_apart,
    whole_names,
)
from .signature_names import (
    LEAD_ROLES,
    after_quoted_label,
    brand_columns,
    dba_continues,
    glued_role_cut,
    unglued_ltd,
    without_quoted_labels,
)

MAX_PARTY_WORDS = 14
# Beside the signature line, not above it: "Date   1/18/96" (a date label and a date, no colon)
DATE_BESIDE = regex.compile(r"(?i)(?:dated?|[\d]{1,2}[/.\-][\d]{1,2}[/.\-][\d]{2,4})")
# The capacity a party signs in, after its name: "JPMORGAN CHASE BANK, N.A., as Administrative Agent and as a
# Lender" -> the bank. Only after a comma, and only a capacity of a lender's or trustee's kind.
CAPACITY = regex.compile(
    r"(?i),[ \t\xa0]*+(?:individually[ \t\xa0]++and[ \t\xa0]++)?as[ \t\xa0]++(?=[^\n]{0,80}?(?<![a-z])"
    r"(?:agents?|lenders?|banks?|trustee|servicer|arrangers?|issuer|guarantors?|borrowers?|administrator|depositary|managers?"
    r"|custodian|bookrunners?)(?![a-z]))[^\n]*+$"
)
# A line holding only the capacity a name signs in: "As Documentation Agent and Lender", "individually and as
# Co-Agent", "Syndication Agent, as an LC Issuer and as a Lender" (a wrapped "as a Co- / Syndication Agent")
_AGENT_NOUN = (
    r"(?:(?:co-)?(?:administrative|documentation|syndication|collateral|managing|paying|issuing)[ \t\xa0]++)*+"
    r"(?:co-)?agent"
)
CAPACITY_LINE = regex.compile(
    r"(?i)(?:(?:individually[ \t\xa0]++(?:and[ \t\xa0]++)?)?as[ \t\xa0]++(?=[^\n]{0,80}?(?<![a-z])"
    r"(?:agents?|lenders?|banks?|trustee|issuer|arrangers?|administrator|managers?)(?![a-z]))"
    rf"|{_AGENT_NOUN}(?![a-z])(?:,|[ \t\xa0]*+$))"
)
NATIONAL_ASSOCIATION = regex.compile(r"NATIONAL[ \t\xa0]++ASSOCIATION(?![A-Za-z])")
# A capacity after the name without "as": "TEXAS COMMERCE BANK NATIONAL ASSOCIATION, Agent"
AGENT_TAIL = regex.compile(rf"(?i),[ \t\xa0]*+{_AGENT_NOUN}$")
# A name line that goes on on the next line: "JPMORGAN CHASE BANK, N.A., as", "SAVINGS AND", "UFJ, LTD.,"
CONTINUES = regex.compile(r"(?i)(?:(?<![a-z])(?:as|and|of|the|an?)|&|,)$")
AS_OPEN = regex.compile(r",[ \t\xa0]*+as[ \t\xa0]++[A-Z][\w-]*+(?:[ \t\xa0]++[A-Z][\w-]*+){0,3}$")  # ", as Syndication"
CAPACITY_OPEN = regex.compile(r"(?i)(?<![a-z])as(?:[ \t\xa0]+an?)?$")  # "..., as" / "..., as a": lower case may follow
# The branch or form written after a bank's name, never a name of its own: "LONDON BRANCH", "LOS ANGELES AGENCY",
# "N.V.", "SA/NV"
NAME_TAIL = regex.compile(r"(?i)(?:[A-Z][\w.'-]*[ \t\xa0]+){0,3}(?:branch|agency)|[A-Z]{1,3}/[A-Z]{1,3}")
# Words that end a bank's name and may wrap to a line of their own ("NATIONAL / ASSOCIATION")
# Words of an office's or department's name ("Human Resources", "Business Development"): never a party alone
OFFICE_WORDS = g.OFFICER_WORDS | {line.split(None, 1)[1] for line in vocabulary("signature_title_words")} | {
    "of", "and", "the", "&",
}
BY_ITS = regex.compile(r"(?i)by[ \t\xa0]++its(?![a-z])")
NAME_CLOSERS = frozenset({"association", "branch", "company", "corporation"})
# An approval of the form by counsel: no party signs there
NOT_PARTY_PHRASE = regex.compile(r"(?i)(?:approved|reviewed)[ \t\xa0]+as[ \t\xa0]+to[ \t\xa0]+form")


def name_chunks(s: str) -> list[str]:
    out = []
    for piece in (p for q in g.split_chunks(descriptor_unglued(s)) for p in sentence_apart(q)):
        # AFTER_SUFFIX splits only at two blanks or more: most pieces hold none
        two_blanks = "\t" in piece or "\xa0" in piece or "  " in piece
        for c in (c for p in g.AFTER_SUFFIX.split(piece) for c in g.AFTER_OFFICER.split(p)) if two_blanks else (piece,):
            c = c.strip(" \t\xa0,")
            if c and not g.FILLER.fullmatch(c):
                out.append(c)
    return out


# The zip code that ends the address above a name, the name run on after it in flattened text:
# "... NW Canton, Ohio 44708 HOF VILLAGE MEDIA GROUP, LLC"
ZIP_THEN_NAME = regex.compile(r"\b\d{5}(?:-\d{4})?[ \t\xa0]++(?=[A-Z])")


def drop_address(c: str) -> str:
    """"TIME LIFE, INC. Tax ID#63-0952549" -> "TIME LIFE, INC."; an address line ("Tenth Floor") -> "";
    an address run on before a name ("Canton, Ohio 44708 HOF VILLAGE MEDIA GROUP, LLC") -> the name."""
    if g.ADDRESS.search(c):
        if (named := page_number_cut(c)) is not None:
            return named  # "10 THEGLOBE.COM, INC.:": the page number, not a street number
        zips = list(ZIP_THEN_NAME.finditer(c))
        rest = c[zips[-1].end() :] if zips else ""
        if rest and is_suffix(rest.split()[-1]) and not g.ADDRESS.search(rest):
            return rest
        return ""
    m = g.NOTE.search(c)
    return c if m is None else c[: m.start()].strip(" ,;")


# An ampersand spaced on one side only, where a line break was lost: "LICENSING &MERCHANDISING"
LOPSIDED_AMPERSAND = regex.compile(r"(?<=[ \t\xa0])&(?=\w)|(?<=\w)&(?=[ \t\xa0])")


def clean_party(s: str) -> str | None:
    label = after_quoted_label(s)
    if label is not None and is_suffix(s.split()[-1]):
        s = s[label[1] :]  # 'BRIAN HAYEK, President“Consultant”TruckThat LLC': the labelled name after the signer's
    s = LOPSIDED_AMPERSAND.sub(lambda m: "& " if m.string[m.start() - 1 : m.start()].isspace() else " &", s)
    s = g.LEAD_FILLER.sub("", s)
    behalf = g.ON_BEHALF.sub("", s)
    # "SIGNED for and on behalf of HealthGate by:": the name without the phrase's closing "by"
    s = g.ACTING_BY.sub("", (g.BEHALF_BY if behalf != s else g.PARTY_BY).sub("", behalf))
    s = AGENT_TAIL.sub("", CAPACITY.sub("", " ".join(s.split())))
    s = g.DATE_PREFIX.sub("", g.ROLE_PREFIX.sub("", s.strip())).strip(" \t:,;")
    # '"COMPANY" THE JOINT CORP.', 'ACCEPTED AND AGREED TO PALMER SQUARE BDC ADVISOR LLC'; three readers of
    # g.QUOTED_ROLE_LABEL: labels anywhere before a formed name, one opening label, a run of opening labels
    s = without_quoted_labels(g.QUOTED_ROLE.sub("", g.KIND_PREFIX.sub("", quoted_roles_cut(s))))
    s = descriptor_cut(g.ALIAS.sub("", " ".join(s.split()))).strip(" \t:,;\"")
    # "Google Confidential": the page's foot read onto the name; "ATTEST KIOSK CONCEPTS, INC.": a caption before it
    s = party_noise.trimmed(_lead_words_cut(lead_noise_cut(s)))
    if g.CAPTION.search(s) or g.NOT_PARTY.match(s) or NOT_PARTY_PHRASE.match(s):
        return None
    if s and not (s[0].isalnum() or s[0] in "\"'\u201c") or s.count("]") > s.count("["):  # "[Existing / Lender]"
        return None
    if not s or not any(c.isalpha() for c in s) or len(s.split()) > MAX_PARTY_WORDS:
        return None
    # "eGain" and "e-centives, INC." are names
    lowered = s[0].islower() and not any(c.isupper() for c in s.split()[0]) and not _lower_name(s)
    if lowered or s[0] in "([" or s.lower().startswith(("in witness", "the parties", "signature")):
        return None
    if s.split()[-1].lower().strip(".,") in g.OFFICER_WORDS:  # the previous signer's title
        return None
    if all(w.lower().strip(".,") in OFFICE_WORDS for w in s.split()):  # "Human Resources": a title's last line
        return None
    if BY_ITS.match(s):  # "By Its Authorized Representative:": the line the officer signs on
        return None
    while len(s.split()) > 1 and s.split()[0].lower().strip(".,") in g.OFFICER_WORDS:
        s = s.split(None, 1)[1]  # "CEO THE LT-1 EXCHANGE TRUST": the last signer's title before it
    if s.split()[0] in ("of", "and", "&"):  # "[Secretary] of Alco Standard Corporation": a title's rest
        return None
    if "/s/" in s.lower() or s.split()[0].lower().strip(":,") in g.NOT_PARTY_WORDS:
        return None
    if len(s.split()) == 1 and s.lower().endswith("ed"):  # "Requested", "Approved": form columns
        return None
    words = [w for w in s.split() if w.lower() not in g.SMALL_WORDS]
    capital = sum(1 for w in words if not w[0].isalpha() or any(c.isupper() for c in w))
    if words and capital < 0.7 * len(words):  # a sentence of the body, not a name
        return None
    # the one definition of text that names nobody, shared with the parties stage ("Sincerely", a date)
    if party_noise.no_name(s, is_suffix(s.split()[-1])) is not None:
        return None
    return role_after_form_cut(s)


Cleaner = Callable[[str], str | None]  # clean_party, or a memo of it


# What an acceptance line says before the name, once its "Accepted and agreed to" is cut: "this January 1,
# 2004 FEDERATED ...", "AS OF THE EFFECTIVE DATE OF THIS AGREEMENT NEW MOUNTAIN ..." (also glued: "AGREEMENTNEW")
ACCEPTED_AS_OF = regex.compile(
    r"(?i)^(?:as[ \t\xa0]++of[ \t\xa0]++)?(?:this|the)[ \t\xa0]++"
    r"(?:effective[ \t\xa0]++date(?:[ \t\xa0]++of[ \t\xa0]++this[ \t\xa0]++agreement)?"
    r"|date[ \t\xa0]++first[ \t\xa0]++(?:above[ \t\xa0]++)?written(?:[ \t\xa0]++above)?"
    r"|(?:\d{1,2}(?:st|nd|rd|th)?[ \t\xa0]++day[ \t\xa0]++of[ \t\xa0]++)?"
    r"[a-z]{3,9}\.?[ \t\xa0]++\d{1,2},?[ \t\xa0]++\d{4})"
    r"[ \t\xa0,:]*+(?=(?-i:[A-Z]))"
)


# A heading or a list mark run onto the name: "ARTICLE 26 - AFFIRMATION AND EXECUTION Novo Integrated Sciences
# Inc." (a heading in capitals, then a name that is not), "B2. SOPAN INVESTMENT & AGRO FARMS PVT. LTD."
HEADING_LEAD = regex.compile(
    r"^(?:(?i:article|section)[ \t\xa0]++[\dIVX]++\.?+[ \t\xa0]*+(?:[-\u2013\u2014:][ \t\xa0]*+)?"
    r"(?:[A-Z&,]++[ \t\xa0]++){0,8}(?=[A-Z][a-z])"
    r"|[A-Z]\d{1,2}[.)][ \t\xa0]++(?=[A-Z]))"
)


def _lead_words_cut(s: str) -> str:
    """A name without the words run on before it on its line: an acceptance's date ("this January 1, 2004
    FEDERATED ADVISORY SERVICES COMPANY"), a heading or list mark, or a role word in capitals over a name
    that is not ("RESELLER Bravatek Solutions, Inc.": the column's header row flattened onto it)."""
    s = HEADING_LEAD.sub("", ACCEPTED_AS_OF.sub("", s))
    if len(s.split()) > 1 and is_suffix(s.split()[-1]):
        s = glued_role_cut(s, LEAD_ROLES)  # "DISTRIBUTORMOBILEVISION COMMUNICATIONS LTD."
    words = s.split()
    if len(words) > 1 and words[0].isupper() and words[0].lower() in LEAD_ROLES and not words[1].isupper() and (
        words[1][:1].isupper()
    ):
        return s.split(None, 1)[1]
    return s


# The role words that never open a name ("PARTNER Communications Company Ltd.", "OWNER ..." may be names)


def _lower_name(s: str) -> bool:
    """A name written in lower case ("e-centives, INC."): it ends in a suffix, and is no descriptor
    ("a Delaware Corporation", "banking corporation") nor the end of a sentence ("and Tickets.com, Inc.")."""
    first = s.split()[0]
    return is_suffix(s.split()[-1]) and first not in g.SMALL_WORDS and first != "as" and not s.islower()


def is_suffix(s: str) -> bool:
    return s.lower().strip(",") in g.ENTITY_SUFFIXES


def is_tail(s: str) -> bool:
    """A branch or corporate form alone ("LONDON BRANCH", "N.V.", "SA/NV"): the end of a name, not a name."""
    s = s.strip(" ,")
    return NAME_TAIL.fullmatch(s) is not None or all(is_suffix(w) for w in s.split())


# A role label alone over a column ("CLUB:", "THE COMPANY:"), never a name ("THE BOXLOT COMPANY:" is one)
ROLE_ONLY = regex.compile(r"(?!(?i:witness|attest))(?i:the[ \t\xa0]++)?+[A-Z][A-Za-z]*+[ \t\xa0]*+:")


def name_lines(pre: str) -> list[str]:
    """The text above a ``By:`` line as name lines: chunks without addresses, signatures and dates, a
    name wrapped over two lines joined into one."""
    chunks = [
        c for c in map(drop_address, name_chunks(pre))
        if c and not g.CONFORMED_MARK.search(c) and not g.DATE_LINE.match(c)  # "Dated: 3/13/99" beside it
        and not DATE_BESIDE.fullmatch(c) and not _date_only(c)  # "July 26, 2013" after a "Dated:" split off
    ]
    merged: list[str] = []
    for c in chunks:  # "AMSTERDAM FEDERAL SAVINGS AND / LOAN ASSOCIATION": a name on two lines
        joined = bool(merged) and merged[-1].isupper() and c.isupper() and (
            merged[-1].split()[-1] in ("AND", "&", "OF") or c.split()[0] in ("AND", "&", "OF")  # "/ AND SAVINGS ..."
        )
        # "JPMORGAN CHASE BANK, N.A., as / Administrative Agent ...": a name or its capacity wrapped
        joined = joined or bool(merged) and CONTINUES.search(merged[-1]) is not None and (
            any(is_suffix(w) or w.isupper() and sum(ch.isalpha() for ch in w) > 1 for w in merged[-1].split())
        ) and (c[:1].isupper() or CAPACITY_OPEN.search(merged[-1]) is not None)
        # "WELLS FARGO BANK, NATIONAL / ASSOCIATION, as ...": the name's suffix on the next line
        joined = joined or bool(merged) and merged[-1].isupper() and len(merged[-1].split()) > 1 and (
            c.split()[0].isupper()
        ) and (
            is_suffix(c.split()[0]) or c.split()[0].strip(",").lower() in NAME_CLOSERS
        )
        # "BANK OF AMERICA, N.A., as Syndication / Agent and as a Lender": a capacity wrapped mid-phrase
        joined = joined or bool(merged) and AS_OPEN.search(merged[-1]) is not None and (
            CAPACITY.search(f"{merged[-1]} {c}") is not None and CAPACITY.search(merged[-1]) is None
        )
        # "TEXAS COMMERCE BANK / NATIONAL ASSOCIATION, Agent": a national bank's form on the next line
        joined = joined or bool(merged) and merged[-1].isupper() and NATIONAL_ASSOCIATION.match(c) is not None and (
            merged[-1].split()[-1].strip(",").upper() == "BANK" or not is_suffix(merged[-1].split()[-1])
        )  # not after another column's complete name ("SMART MODULAR TECHNOLOGIES, INC.")
        # "CREDIT SUISSE AG, CAYMAN ISLANDS / BRANCH, as a Lender": the branch ends the name above
        joined = joined or bool(merged) and is_tail(CAPACITY.sub("", c))
        # "..., DBA BOB / STALLINGS RACING", "... Savings Bank / d/b/a Alliance Bank": a trade name wrapped
        joined = joined or bool(merged) and dba_continues(merged[-1], c, is_suffix(c.split()[-1]))
        # (not after a line left open, "UNITED STATES NATIONAL BANK OF": "as a Lender" is the other column's)
        opened = CONTINUES.search(merged[-1]) is not None if merged else False
        capacity = CAPACITY_LINE.match(c) is not None and (c[:1].isupper() or not opened)
        if merged and capacity and not CAPACITY_LINE.match(merged[-1]):
            # "BANK OF AMERICA, N.A., / As Documentation Agent and Lender", "..., as a Co- / Syndication Agent":
            # the capacity the name above signs in, on a line of its own (CAPACITY strips it from the name)
            open_end = CAPACITY_OPEN.search(merged[-1]) or CONTINUES.search(merged[-1])
            glue = "" if merged[-1].endswith("-") else " " if open_end else ", "
            merged[-1] = f"{merged[-1]}{glue}{c}"
            continue
        # "a Delaware corporation", "as Agent"; not "mPhase, Inc." nor "e-centives, INC."
        lower = c.split()[0].islower() and not _lower_name(c)
        if merged and (is_suffix(c) or joined or lower and len(merged[-1].split()) < MAX_PARTY_WORDS):
            if lower and not joined:
                continue  # "a Delaware corporation" under the name
            merged[-1] = f"{merged[-1]} {c}"
        else:
            merged.append(c)
    return merged


def _date_only(c: str) -> bool:
    m = g.DATE_PREFIX.match(c + " ")
    return m is not None and m.end() > len(c)


def names_above(pre: str, k: int, clean: Cleaner = clean_party) -> list[str | None]:
    """The k entity names written above k side-by-side ``By:`` lines (last chunks of ``pre``), each line
    read by ``clean`` (``clean_party``, or a caller's memo of it: the same lines are read again)."""
    merged = name_lines(pre)
    rest = [c for c in merged if not ROLE_ONLY.fullmatch(c)] if k > 1 else merged
    if len(rest) >= k or len(rest) == 1 and split_columns(rest[0], k):  # "CLUB: SPONSOR:" over the names: labels
        merged = rest
    if k == 1:
        if len(merged) >= 2 and _wrapped_name(pre, merged[-2], merged[-1]):
            return [clean(f"{merged[-2]} {merged[-1]}")]  # "O'BRIEN (NEWARK) / COGENERATION, INC."
        if len(merged) >= 2 and not is_suffix(merged[-1].split()[-1]) and is_suffix(merged[-2].split()[-1]):
            if clean(merged[-2]) and not clean(merged[-1]) or g.DEPARTMENT.search(merged[-1]):
                return [clean(merged[-2])]  # "CARGILL, INCORPORATED / Bio Technology Development Center"
        return [clean(merged[-1])] if merged else [None]
    if len(merged) > k > 1:
        named = [c for c in merged if is_suffix(c.split()[-1])]
        if len(named) == k:  # names among department or address lines: keep the entity names
            return [clean(c) for c in named]
    if merged and (heads := roles_after_office(merged[-1], k)) is not None:
        return [clean(c) for c in heads]  # "Att: Chief Executive Officer CRO Client"
    # "... written above. / Pizza Fusion Holdings, Inc. Franchisee": the last line holds the k names, a sentence above
    above = len(merged) >= k and clean(merged[-k]) is None
    split = split_columns(merged[-1], k) or closer_split(merged[-1], k) if above else None
    if split and whole_names(names := [clean(c) for c in split]):
        return names
    if len(merged) >= k:  # a role label over a column whose name is not read ("DISTRIBUTOR:") is no name
        return [None if rest and ROLE_ONLY.fullmatch(c) else clean(c) for c in merged[-k:]]
    if len(merged) >= 2:  # a third "By:" under one of two columns: its party is not written
        return [clean(c) for c in merged] + [None] * (k - len(merged))
    if merged:
        split = split_columns(merged[-1], k) or brand_columns(merged[-1], k)
        if split:
            return [clean(c) for c in split]
    return [None] * k


WRAP_HEAD_WORDS = 4  # a name's first line, wrapped before its form, is short


def _wrapped_name(pre: str, head: str, tail: str) -> bool:
    """Is ``tail`` (in capitals, ending in a corporate form) the second line of a name in capitals whose
    first line ``head`` is written right above it, with no form of its own ("O'BRIEN (NEWARK) /
    COGENERATION, INC.")?"""
    tail = AGENT_TAIL.sub("", tail)  # "NATIONAL ASSOCIATION, Agent"
    hw, tw = head.split(), tail.split()
    formed = is_suffix(tw[-1]) or tw[-1].lower().strip(",.") in NAME_CLOSERS  # "... INC.", "... ASSOCIATION"
    if not (head.isupper() and tail.isupper() and formed and len(tw) > 1) or len(hw) > WRAP_HEAD_WORDS:
        return False
    if any(is_suffix(w) for w in hw) or head.endswith(":") or any(w.lower().strip(".,") in g.OFFICER_WORDS for w in hw):
        return False
    adjacent = regex.escape(head) + r"[ \t\xa0,]*+\r?\n[ \t\xa0]*+" + regex.escape(tail.split()[0])
    return regex.search(adjacent, pre) is not None


def split_columns(s: str, k: int) -> list[str] | None:
    """Two names flattened into one: after an entity suffix ("X, LLC Y, INC."), or interleaved by
    line ("FEDERATED INVESTMENT MANAGEMENT FEDERATED ADVISORY SERVICES COMPANYCOMPANY")."""
    # "ADURO BIOTECH, INC.CONSULTANT": a suffix glued to the next column's name (flattened text)
    # ("...SERVICES COMPANYCOMPANY" is two names interleaved by line: see DOUBLED below)
    s = unglued_ltd(s)  # "GLOBAL TECHNOLOGIES, LTDTIMOTHY CABRERA"
    unglued = g.GLUED_SUFFIX.sub(lambda m: m.group() if _doubled(s, m) else m.group() + " ", s)
    words = g.DESCRIPTOR_ANY.sub(" ", unglued).split()  # "a Delaware limited liability company" under a name
    if len(words) > k and all(w.lower() in g.ROLE_WORDS for w in words[:k]):
        words = words[k:]  # "LICENSOR LICENSEE" over the two names
    cut = [i + 1 for i, w in enumerate(words[:-1]) if is_suffix(w)]
    if len(cut) > k - 1:  # "REALTY TRUST, INC.": a suffix followed by another is inside one name
        cut = [i for i in cut if not is_suffix(words[i])]
    if len(cut) == k - 1:
        bounds = [0, *cut, len(words)]
        parts = [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        if not any(is_tail(p) for p in parts):  # not "DEUTSCHE BANK AG, / LONDON BRANCH": one bank
            return parts
    m = g.DOUBLED.search(s)
    if k == 2 and m is not None and is_suffix(m.group(1)):
        head = s[: m.start()].split()
        suffix = m.group(1)
        for j in range(1, len(head)):
            if head[j] == head[0]:
                return [" ".join([*head[:j], suffix]), " ".join([*head[j:], suffix])]
    return None


def _doubled(s: str, m: regex.Match[str]) -> bool:
    """Is the glued suffix ``m`` followed by itself ("COMPANYCOMPANY")?"""
    return s[m.end() : m.end() + len(m.group())].lower() == m.group().lower()


FORM_SUFFIX_AT = regex.compile(g.FORM_SUFFIX)
FORM_SUFFIX_LEAD = r",?[ \t\xa0]+"
if not g.FORM_SUFFIX.startswith(FORM_SUFFIX_LEAD):
    raise ImportError("grammars.signature.FORM_SUFFIX no longer opens with ',?[ \\t\\xa0]+'")
# The word alone. stdlib re: on this alternation of ASCII words it scans ~3x faster than regex.
SUFFIX_WORD = re.compile(g.FORM_SUFFIX.removeprefix(FORM_SUFFIX_LEAD))
TAIL = 4
FIND_BUDGET = 20_000_000  # names x characters up to which one search per name is cheaper than a scan


def _with_suffix(text: str, name: str) -> str:
    pos = text.find(name)
    while pos >= 0:
        if pos == 0 or not NAME_CHAR.match(text[pos - 1]):
            m = FORM_SUFFIX_AT.match(text, pos + len(name))
            if m is not None:
                return text[pos : m.end()]
        pos = text.find(name, pos + 1)
    return name
NAME_CHAR = regex.compile(r"[\w.]")


def suffix_starts(text: str, forms: Iterable[int]) -> Iterator[int]:
    """Where ``SUFFIX_WORD.finditer(text)`` finds a match, from ``forms`` (every place in order where a form
    is written, ``FormPlaces``): its forms are the same words, some asked to end a word, so each of its
    matches starts at one of them; the first match from each place on, as ``finditer`` takes them."""
    end = 0
    for p in forms:
        if p >= end and (m := SUFFIX_WORD.match(text, p)) is not None:
            yield p
            end = m.end()


def with_suffixes(text: str, names: Iterable[str], places: FormPlaces | None = None) -> dict[str, str]:
    """For each name, the first "name, Inc." in ``text`` (the name not glued to a word before it),
    else the name. One scan for the suffix words, then a look-up of the names ending before each: a
    search per name made the cost names x text, quadratic on exhibits with many signature blocks.
    ``places``: the text's forms (``signature_flat.FormPlaces``), whose scan then serves here too."""
    out = {n: n for n in names}
    if len(out) * len(text) <= FIND_BUDGET:  # a few names in a normal exhibit: str.find in C is quicker
        return {n: _with_suffix(text, n) for n in out}
    by_tail: dict[str, list[str]] = {}  # a name under its last TAIL characters (a short one: all)
    for n in out:
        by_tail.setdefault(n[-TAIL:], []).append(n)
    found: set[str] = set()
    for at in (w.start() for w in SUFFIX_WORD.finditer(text)) if places is None else suffix_starts(text, places()):
        run = at
        while run > 0 and text[run - 1] in " \t\xa0":
            run -= 1
        # where FORM_SUFFIX can start before this word: at a comma before the blanks, or in them
        for q in range(run - (run > 0 and text[run - 1] == ","), at):
            m = FORM_SUFFIX_AT.match(text, q)
            if m is None:
                continue
            for k in range(1, TAIL + 1):
                for n in by_tail.get(text[max(0, q - k) : q], ()):
                    pos = q - len(n)
                    if n not in found and text.startswith(n, pos) and (pos == 0 or not NAME_CHAR.match(text[pos - 1])):
                        out[n] = text[pos : m.end()]
                        found.add(n)
    return out
