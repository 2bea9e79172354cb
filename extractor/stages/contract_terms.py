"""Stage 7b: the contract facts analysts ask of a date extractor (after the dates stage).

- ``governing_law``: the place whose law governs ("Delaware", "England and Wales", "Ontario, Canada"),
  from the first sentence with a governing cue that names one (``grammars/contract_terms.py``);
- ``effective_date``: the first ``dates`` row whose role is ``effective``; else the date the initial
  term commences on ("commencing January 1, 2008"), which then takes that role; else the agreement date;
- ``term``: the initial term as written ("fifty-one (51) months"), with ``term_quantity``/``term_unit``
  as on the ``durations`` table;
- ``expiration_date``: the date the initial term ends on ("ending on December 31, 2008", role
  ``expiration`` on ``dates``; a month without its day ends on its last day), else its start plus
  the term ("three (3) years from the Effective Date"), else the Nth anniversary of the effective
  date; counted from the agreement date when the text counts "from the date hereof". The term's own
  sentence is read first, then any sentence about this document's term, then the term under another
  name ('"Contract Period" shall mean ...');
- ``renewal_term``: the length of a renewal ("successive one (1) year periods"); ``notice_period``:
  the notice that stops a renewal ("at least ninety (90) days prior to the expiration").

Each fact has ``<name>_start``/``<name>_end`` in the original text: the date, the duration or the
place name as written. Dates in a renewal sentence that a renewal starts from get role ``renewal``;
a deadline for a notice ("notice given on or before September 30, 2023") gets role ``notice``.
Only rows whose role is ``term`` or ``other`` change role. Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from itertools import chain
from typing import Any, NamedTuple

from ..grammars import contract_terms as ct
from ..grammars import dates as gd
from ..grammars import durations as gu
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars.cue_scan import AnyOf
from ..grammars.text_index import TextIndex
from .dates import DateMention
from .layout import Layout

FACTS = ("governing_law", "effective_date", "expiration_date", "term", "renewal_term", "notice_period")
REROLE = ("term", "other")  # roles this stage may refine; agreement, effective, signature ... stay
TOP = 3000  # an "effective as of" date this near the top is the document's own
NEAR = 70  # characters before a date or duration read for its lead words
OWN_TERM = regex.compile(
    r"(?i)\b(?:this\s{1,8}(?:[\w-]{1,20}\s{1,8}){0,2}?(?:agreement|contract|lease|amendment)|initial\s{1,8}term|the\s{1,8}[\"\u201c]?term\b"
    r"|term\s{1,8}of|effective\s{1,8}term|commencement\s{1,8}date|services\s{1,8}term|(?:termination|expiration)\s{1,8}date\s{0,3}:)"
)
RENEWAL_DATE_BEFORE = regex.compile(
    r"(?i)(?:renew\w{0,6}|extend\w{0,3}|extension)(?:\s{1,8}(?:on|as\s{1,8}of|effective|until|through|to))?\s{0,12}$"
)
RENEWS = regex.compile(
    r"(?i)\b(?:shall|will)\s{1,8}(?:(?:then|thereafter|be)\s{1,8})*(?:automatically\s{1,8})?(?:be\s{1,8})?renew"
    r"|\bautomatically\s{1,8}continue"
)
NOTICE_DATE_BEFORE = regex.compile(
    r"(?i)notice\b[^.;]{0,60}?(?:on\s{1,8}or\s{1,8})?(?:before|prior\s{1,8}to|by|no\s{1,8}later\s{1,8}than)\s{0,12}$"
)
# the sentence tests below as run on the body's ``lowered`` copy (``ct.lowered_program``: the same
# answers, ~1.5x cheaper than a caseless scan), for the many sentences with a term cue; each one's
# top-level alternatives searched one by one (``AnyOf``): only whether a sentence holds a match is asked
LOWERED_TESTS = {
    p: AnyOf(ct.lowered_program(p)) for p in (ct.STRONG_TERM, OWN_TERM, ct.OTHER_DEFINITION, ct.NAMED_PERIOD, RENEWS)
}
TEXT_TESTS = {p: AnyOf(p) for p in LOWERED_TESTS}  # the same on the text (a body without a lowered copy)
UNIT_MONTHS = {"year": 12, "month": 1, "quarter": 3}
UNIT_DAYS = {"day": 1, "week": 7}


class Found(NamedTuple):
    start: int  # view offsets
    end: int
    value: str | None  # ISO date; for a duration its text
    quantity: float | None = None
    unit: str | None = None


@dataclass(frozen=True)
class ContractTerms:
    facts: dict[str, Any]  # the documents columns of FACTS, with their _start/_end (and _quantity/_unit)
    dates: tuple[DateMention, ...]  # the dates table with the roles this stage adds


def add_duration(iso: str | None, quantity: float | None, unit: str | None) -> str | None:
    """'2014-01-20' + 6 months -> '2014-07-20' (a day past the month's end is its last day)."""
    if not iso or len(iso) != 10 or quantity is None or unit is None or quantity != int(quantity):
        return None
    d = dt.date.fromisoformat(iso)
    q = int(quantity)
    if unit in UNIT_DAYS:
        return (d + dt.timedelta(days=q * UNIT_DAYS[unit])).isoformat()
    if unit not in UNIT_MONTHS:
        return None
    months = d.month - 1 + q * UNIT_MONTHS[unit]
    y, m = d.year + months // 12, months % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, min(d.day, day)).isoformat()
        except ValueError:
            continue
    return None


def month_end(iso: str | None) -> str | None:
    """'2013-12' (a month written without its day) or '2029-03-21' -> the month's last day."""
    if not iso or len(iso) < 7:
        return None
    y, m = int(iso[:4]), int(iso[5:7])
    return (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()


Seen = dict[tuple[str, int, int], list[Found]]  # (what, start, end) -> what a sentence holds, read once a call


def _dates_in(text: str, a: int, b: int, seen: Seen | None = None) -> list[Found]:
    if seen is not None:
        if ("dates", a, b) not in seen:
            seen["dates", a, b] = _dates_in(text, a, b)
        return seen["dates", a, b]
    out = []
    for s, e in gd.find_candidates(text[a:b]):
        p = gd.parse_date(text[a + s : a + e].replace("\xa0", " "))
        if p is not None:
            out.append(Found(a + s, a + e, p.value))
    return out


def _durations_in(text: str, a: int, b: int, seen: Seen | None = None) -> list[Found]:
    if seen is not None:
        if ("durations", a, b) not in seen:
            seen["durations", a, b] = _durations_in(text, a, b)
        return seen["durations", a, b]
    out = []
    for s, e in gu.find_candidates(TextIndex(text[a:b])):
        p = gu.parse_duration(text[a + s : a + e].replace("\xa0", " "))
        if p is not None:
            out.append(Found(a + s, a + e, text[a + s : a + e], p.quantity, p.unit))
    return out


def _contract_years_in(text: str, a: int, b: int) -> list[Found]:
    """'ten (10) Contract Years': a length in the contract's own years, read as years."""
    out = []
    for unit in ct.CONTRACT_YEAR_UNIT.finditer(text, a, b):  # the unit first: a literal the scan skips to
        m = ct.CONTRACT_YEARS.search(text, max(a, unit.start() - 30), unit.end())
        if m is None or m.end() != unit.end():
            continue
        p = gu.parse_duration(f"{m.group('quantity')} years".replace("\xa0", " "))
        if p is not None:
            out.append(Found(m.start(), m.end(), m.group(), p.quantity, "year"))
    return out


def _sentences(doc: TextIndex, cue: regex.Pattern[str], keywords: tuple[str, ...]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, _ in ct.cue_matches(cue, doc, keywords):
        if out and start < out[-1][1]:
            continue
        out.append(ct.sentence_bounds(doc.text, start))
    return out


class Term(NamedTuple):
    length: Found | None
    start: Found | None  # a date the term commences on
    end: Found | None  # a date the term ends on
    expiration: str | None
    expiration_span: tuple[int, int] | None


def _start_end(text: str, a: int, dates: list[Found]) -> tuple[Found | None, Found | None]:
    """The dates a sentence (from ``a``) says the term commences and ends on (the first of each)."""
    start = end = None
    for d in dates:
        before = text[max(a, d.start - NEAR) : d.start]
        if end is None and ct.END_BEFORE.search(before) and d.value:
            end = d
        elif start is None and ct.START_BEFORE.search(before) and d.value:
            start = d
    return start, end


def _term_start(text: str, a: int, b: int, seen: Seen | None = None) -> Found | None:
    """``_term(...).start`` (None where ``_term`` gives None): the date the term commences on, read without
    the sentence's lengths and anniversaries, which the start does not depend on."""
    return _start_end(text, a, _dates_in(text, a, b, seen))[0]


def _term(
    text: str, a: int, b: int, effective: str | None, agreement: str | None = None, seen: Seen | None = None
) -> Term | None:
    """The initial term read from one sentence (only its start when it gives neither length nor end),
    or None when the sentence gives none of them. A length or anniversary counted from "the date
    hereof" counts from ``agreement`` (the agreement date) when known, else from ``effective``."""
    dates = _dates_in(text, a, b, seen)
    start, end = _start_end(text, a, dates)
    length = None
    lengths = () if ct.SURVIVAL.search(text, a, b) else _durations_in(text, a, b, seen) + _contract_years_in(text, a, b)
    for u in sorted(lengths):
        before = text[max(a, u.start - NEAR) : u.start]
        if (
            ct.RENEWAL_BEFORE.search(before)
            or ct.NOT_LENGTH_BEFORE.search(before)
            or ct.NOT_LENGTH_AFTER.match(text, u.end, min(b + 1, u.end + 60))
        ):
            continue
        if ct.LENGTH_BEFORE.search(before):
            length = u
            break
    anniversary = ct.ANNIVERSARY.search(text, a, b)
    years = ct.ordinal_value(anniversary.group("nth")) if anniversary is not None else None
    year_end = ct.YEAR_END.search(text, a, b)
    if length is None and end is None and years is None and year_end is None:
        return Term(None, start, None, None, None) if start is not None else None
    if end is not None:  # a month without its day ends on its last day ("to 31st December 2013" read as 2013-12)
        value = month_end(end.value) if end.value and len(end.value) == 7 else end.value
        return Term(length, start, end, value, (end.start, end.end))
    if length is not None:
        base = start.value if start is not None else effective
        rel = gu.RELATION_AFTER.match(text, length.end, b)
        anchor = next((d for d in dates if rel is not None and d.start == rel.end()), None)
        if anchor is not None:
            base = anchor.value  # "fifty-one (51) months after November 1, 2000"
        elif rel is not None and agreement and ct.AGREEMENT_ANCHOR.match(text, rel.end(), b):
            base = agreement  # "two (2) years after the date of this Agreement"
        # else from the effective date, also when counted from an undated event ("after the Launch"),
        # as analysts read it
        value = add_duration(base, length.quantity, length.unit)
        if ct.MONTH_END_BEFORE.search(text, max(a, length.start - NEAR), length.start):
            value = month_end(value)  # "the last day of the month fifteen (15) years from the Effective Date"
        return Term(length, start, None, value, (length.start, length.end))
    if years is not None:
        base = agreement if agreement and ct.AGREEMENT_ANCHOR.fullmatch(anniversary.group("anchor")) else effective
        return Term(None, start, None, add_duration(base, years, "year"), anniversary.span())
    base = start.value if start is not None else effective
    return Term(None, start, None, f"{base[:4]}-12-31" if base else None, year_end.span())


def _renewal(text: str, a: int, b: int, seen: Seen | None = None) -> Found | None:
    for u in _durations_in(text, a, b, seen):
        before = text[max(a, u.start - NEAR) : u.start]
        if ct.NOT_LENGTH_AFTER.match(text, u.end, min(b + 1, u.end + 60)):
            continue
        if ct.RENEWAL_BEFORE.search(before):
            return u
    for cue in ct.RENEWAL_CUE.finditer(text, a, b):  # "automatic annual renewals": one year each
        m = ct.PERIODIC.search(text, max(a, cue.start() - 30), min(b, cue.end() + 50))
        if m is not None:
            return Found(m.start(), m.end(), m.group(), 1.0, "year" if m.group("year") else "month")
    return None


def _notice(text: str, a: int, b: int, seen: Seen | None = None) -> Found | None:
    if not ct.NOTICE_CONTEXT.search(text, a, b) or "notice" not in text[a:b].casefold():
        return None
    for u in _durations_in(text, a, b, seen):
        before = text[max(a, u.start - NEAR) : u.start]
        if ct.NOTICE_AFTER.match(text, u.end, min(b + 1, u.end + 60)) or ct.NOTICE_BEFORE.search(before):
            return u
    return None


def _with_roles(
    dates: tuple[DateMention, ...], roles: dict[tuple[int, int], str], rerole: tuple[str, ...] = REROLE
) -> tuple[DateMention, ...]:
    """The dates table with new roles on the rows at the given original spans (``rerole`` rows only)."""
    if not roles:
        return dates
    return tuple(
        replace(d, role=roles[(d.start, d.end)]) if (d.start, d.end) in roles and d.role in rerole else d
        for d in dates
    )


def _effective_roles(original: str, dates: tuple[DateMention, ...]) -> dict[tuple[int, int], str]:
    """Which dates are this document's effective date. A date the text defines as the Effective Date
    ('EFFECTIVE DATE JUNE 1, 1998', '<date> (the "Effective Date")') is; a date on which something
    else took effect ('the Mutual Confidentiality Agreement ..., which was effective July 17, 2009';
    'Effective November 1, 2004, MasterCard has established ...') is not: it becomes ``other``."""
    roles: dict[tuple[int, int], str] = {}
    for d in dates:
        if not d.value or d.role not in ("effective", "term", "other"):
            continue
        before = original[max(0, d.start - NEAR) : d.start]
        if ct.DEFINED_EFFECTIVE_BEFORE.search(before) or ct.DEFINED_EFFECTIVE_AFTER.match(original, d.end):
            roles[(d.start, d.end)] = "effective"
        elif d.role == "effective" and d.start > TOP and not ct.THIS_DOCUMENT_BEFORE.search(
            original, max(0, d.start - 2 * NEAR), d.start
        ):
            roles[(d.start, d.end)] = "other"
    return roles


def find_contract_terms(layout: Layout, dates: tuple[DateMention, ...], body: TextIndex) -> ContractTerms:
    """The contract's facts (governing law, term, renewal, notice) and the dates' roles; ``body`` indexes
    ``layout.view.text``."""
    text = layout.view.text
    view = layout.view
    facts: dict[str, Any] = {}

    def put(name: str, value: Any, span: tuple[int, int] | None, found: Found | None = None) -> None:
        facts[name] = value
        s, e = view.span(*span) if span is not None else (None, None)
        facts[f"{name}_start"], facts[f"{name}_end"] = s, e
        if found is not None and found.unit is not None:
            facts[name] = layout.original[s:e]
            facts[f"{name}_quantity"], facts[f"{name}_unit"] = found.quantity, found.unit

    law = ct.find_governing_law(body)
    if law is not None:
        put("governing_law", law.place, (law.start, law.end))
    elif body.text != layout.original:  # the clause may sit where the layout cut a page footer out of a
        # sentence: read the original (the same text read again would find nothing again)
        law = ct.find_governing_law(TextIndex(layout.original), alone=True)
        if law is not None:
            facts["governing_law"], facts["governing_law_start"], facts["governing_law_end"] = (
                law.place, law.start, law.end,
            )

    roles: dict[tuple[int, int], str] = {}
    roles.update(_effective_roles(layout.original, dates))
    dates = _with_roles(dates, roles, ("effective", "term", "other"))
    effective_row = next((d for d in dates if d.role == "effective" and d.value), None)
    agreement_row = next((d for d in dates if d.role == "agreement" and d.value), None)
    chosen = effective_row or agreement_row
    effective = chosen.value if chosen else None
    defined = agreement_row is not None and ct.DEFINED_EFFECTIVE_AFTER.match(layout.original, agreement_row.end)

    term = None
    sentences = _sentences(body, ct.TERM_CUE, ct.TERM_KEYWORDS)
    low = body.lowered
    hay, tests = (text, TEXT_TESTS) if low is None else (low, LOWERED_TESTS)
    strong = [(a, b) for a, b in sentences if tests[ct.STRONG_TERM].search(hay, a, b)]
    taken = set(strong)  # membership by set: a list searched per sentence grew with the document squared
    weak = [
        (a, b)
        for a, b in sentences
        if (a, b) not in taken
        and tests[OWN_TERM].search(hay, a, b)
        and not tests[ct.OTHER_DEFINITION].search(hay, a, b)
        and not ct.PART_OF_TERM.search(text, a, b)  # reads case: on the text itself
    ]
    # the term under another name ('"Contract Period" shall mean ... commencing ... and concluding May 31, 2000')
    taken.update(weak)
    # (tested only once the loop below reaches them: most documents give the term before)
    named = ((a, b) for a, b in sentences if (a, b) not in taken and tests[ct.NAMED_PERIOD].search(hay, a, b))
    # the date the term commences on, maybe in a sentence of its own: "The commencement date for this
    # contract will be 16th June 2004. The initial term ... is 5 years from the commencement date."
    seen: Seen = {}  # a sentence's dates and durations, read once for the readings below
    start = next((t for a, b in strong + weak if (t := _term_start(text, a, b, seen))), None)
    agreement = agreement_row.value if agreement_row is not None else None
    for a, b in chain(strong, weak, named):  # the initial term's own sentence first
        term = _term(text, a, b, start.value if start is not None else effective, agreement, seen)
        if term is not None and term.expiration_span is not None:
            break
        term = None
    if start is not None and effective_row is None and not defined:
        roles[view.span(start.start, start.end)] = "effective"
    if term is None or term.expiration is None:  # "shall expire on the Expiration Date" defined elsewhere
        defined_end = next(
            (d for d in dates if d.value and len(d.value) == 10 and d.role in REROLE
             and ct.DEFINED_EXPIRATION_BEFORE.search(layout.original, max(0, d.start - NEAR), d.start)),
            None,
        )
        if defined_end is not None:
            facts["expiration_date"], facts["expiration_date_start"], facts["expiration_date_end"] = (
                defined_end.value, defined_end.start, defined_end.end,
            )
            roles[(defined_end.start, defined_end.end)] = "expiration"
    if term is not None:
        if term.length is not None:
            put("term", None, (term.length.start, term.length.end), term.length)
        if term.end is not None:
            roles[view.span(term.end.start, term.end.end)] = "expiration"
        if term.expiration is not None:
            put("expiration_date", term.expiration, term.expiration_span)

    renewal = notice = None
    for a, b in _sentences(body, ct.RENEWAL_CUE, ct.RENEWAL_KEYWORDS):
        if not (tests[OWN_TERM].search(hay, a, b) or tests[RENEWS].search(hay, a, b)):
            continue  # "non-renewal of any policy": another instrument's renewal
        renewal = renewal or _renewal(text, a, b, seen)
        notice = notice or _notice(text, a, b, seen)
        for d in _dates_in(text, a, b, seen):
            before = text[max(a, d.start - NEAR) : d.start]
            if RENEWAL_DATE_BEFORE.search(before):  # "to be extended to December 31, 2024"
                roles.setdefault(view.span(d.start, d.end), "renewal")
            elif NOTICE_DATE_BEFORE.search(before):
                roles.setdefault(view.span(d.start, d.end), "notice")
        if renewal is not None and notice is not None:
            break
    if renewal is not None:
        put("renewal_term", None, (renewal.start, renewal.end), renewal)
    if notice is not None:
        put("notice_period", None, (notice.start, notice.end), notice)

    out_dates = _with_roles(dates, roles)
    first = next((d for d in out_dates if d.role == "effective" and d.value), None) or next(
        (d for d in out_dates if d.role == "agreement" and d.value), None
    )
    if first is not None:
        facts["effective_date"], facts["effective_date_start"], facts["effective_date_end"] = (
            first.value, first.start, first.end,
        )
    for name in ("governing_law", "effective_date", "expiration_date"):  # the value is read, not as written
        if facts.get(f"{name}_start") is not None:
            facts[f"{name}_text"] = layout.original[facts[f"{name}_start"] : facts[f"{name}_end"]]
    return ContractTerms(facts, out_dates)
