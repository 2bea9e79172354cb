"""Link each amendment of a batch to the agreement it amends.

``links(tables)`` takes a batch's tables (a ``parse_many`` result, or a mapping of table name to
DataFrame such as a batch output folder read back) and returns the ``links`` table: one row per
(amendment, base agreement) pair found in the batch, with the evidence. An amendment is a document
whose kind is ``amendment`` or that names the agreement it amends; a base is any other document.
A pair needs two parties in common (by name, without corporate suffixes; one when either names only
one) and either the amended agreement's title (most of its words in the base's title) or its date
(the amended agreement's date equal to the base's agreement or effective date); with one party in
common both must agree; the base's agreement date counts when it is read near where its preamble names
the parties. Two documents that give one role to different parties are different agreements
(the borrower of Todd-AO's credit agreement amendment is not Physio-Control, the borrower of a credit
agreement sharing its bank): a role both name (``Borrower``, ``Licensor``) must name a party in common.
The best-supported bases are kept (two extractions of one filing are both kept).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..model import schema

AMENDMENT_TITLE = regex.compile(r"(?i)\bamendment\b|^\s*no\.\s*\d+\s+to\b")
WORD = regex.compile(r"[a-z0-9]+")
# an agreement date read farther than this from where the preamble names the parties is another agreement's,
# mentioned in passing ("pursuant to the Services Agreement dated as of January 1, 2004" in a power of
# attorney whose parties are read 8,600 characters on); the corpus's bases read it within 2,100
DATE_NEAR_PARTIES = 3000
SUFFIX_WORDS = {"inc", "llc", "ltd", "corp", "corporation", "company", "co", "lp", "l", "p", "plc", "the", "and",
                "limited", "incorporated", "n", "a", "na", "s"}
TITLE_STOP = {"the", "and", "of", "to", "a", "an", "that", "certain", "this", "amendment", "amended", "restated",
              "no", "first", "second", "third"}


def _words(s: object, stop: set[str]) -> frozenset[str]:
    return frozenset(w for w in WORD.findall(str(s or "").casefold().replace("\u2019", "'").replace("'", ""))
                     if w not in stop)


def _tables(source: Any) -> Mapping[str, pd.DataFrame]:
    return source.tables() if hasattr(source, "tables") and callable(source.tables) else source


def _by_doc(df: pd.DataFrame | None) -> dict[str, pd.DataFrame]:
    if df is None or df.empty:
        return {}
    return {str(k): g for k, g in df.groupby("doc_id", sort=False)}


def _roles(g: pd.DataFrame) -> dict[str, set[frozenset[str]]]:
    """Each party role the document names (lower-cased) and the names holding it."""
    out: dict[str, set[frozenset[str]]] = {}
    if "role" not in g:
        return out
    for n, r in zip(g["name"], g["role"], strict=True):
        if isinstance(n, str) and isinstance(r, str) and r.strip() and _words(n, SUFFIX_WORDS):
            out.setdefault(" ".join(r.casefold().split()), set()).add(_words(n, SUFFIX_WORDS))
    return out


def _role_conflict(a: dict[str, set[frozenset[str]]], b: dict[str, set[frozenset[str]]]) -> bool:
    """A role both documents name held by no party in common (the Borrower is another company)."""
    return any(not (a[r] & b[r]) for r in a.keys() & b.keys())


def links(source: Any) -> pd.DataFrame:
    """The ``links`` table of a batch; see the module docstring. Only the documents that share a party
    name with an amendment are compared with it (an index by name), so a batch of n documents costs
    about n, not n squared."""
    t = _tables(source)
    docs = t["documents"]
    cols = ["doc_id", "kind", "amended_agreement", "amended_agreement_date", "title"]
    # plain None for missing cells (pd.NA has no truth)
    recs = docs[cols].astype(object).where(docs[cols].notna(), None).to_dict("records")
    parties = _by_doc(t.get("parties"))
    dates = _by_doc(t.get("dates"))
    names = {d: {_words(n, SUFFIX_WORDS) for n in g["name"] if isinstance(n, str)} - {frozenset()}
             for d, g in parties.items()}
    roles = {d: _roles(g) for d, g in parties.items()}

    # where each document's preamble names its first party
    named_at = {d: min((int(s) for s, src in zip(g["start"], g["source"], strict=True)
                        if src == "preamble" and not pd.isna(s)), default=None)
                for d, g in parties.items() if "source" in g and "start" in g}

    def dated(doc: str, roles: tuple[str, ...]) -> set[str]:
        g = dates.get(doc)
        if g is None:
            return set()
        at = named_at.get(doc)
        starts = g["start"] if "start" in g else [None] * len(g)  # a batch may pass the dates without offsets
        return {v for v, r, s in zip(g["value"], g["role"], starts, strict=True)
                if isinstance(r, str) and r in roles and isinstance(v, str)
                and (r != "agreement" or at is None or s is None or pd.isna(s)
                     or abs(int(s) - at) <= DATE_NEAR_PARTIES)}

    def is_amendment(r: Mapping[Any, Any]) -> bool:
        return r["kind"] == "amendment" or isinstance(r["amended_agreement"], str)

    # the documents that can be a base, in batch order, indexed by each party name they hold
    bases: dict[frozenset[str], list[int]] = {}
    for k, b in enumerate(recs):
        if is_amendment(b) or AMENDMENT_TITLE.search(str(b["title"] or "")):
            continue  # another amendment (or a second extraction of one), not a base
        for n in names.get(str(b["doc_id"]), ()):
            bases.setdefault(n, []).append(k)

    rows: list[dict[str, str]] = []
    for a in recs:
        if not is_amendment(a):
            continue
        aid = str(a["doc_id"])
        mine = names.get(aid, set())
        want_title = _words(a["amended_agreement"], TITLE_STOP)
        want_dates = dated(aid, ("amended_agreement",))
        if isinstance(a["amended_agreement_date"], str):
            want_dates.add(a["amended_agreement_date"])
        scored: list[tuple[int, str, str]] = []
        for k in sorted({k for n in mine for k in bases.get(n, ())}):
            b = recs[k]
            bid = str(b["doc_id"])
            if bid == aid:
                continue
            shared = sorted(" ".join(sorted(n)) for n in mine & names.get(bid, set()))
            if not shared or len(shared) < min(2, len(names.get(bid, set())), len(mine)):
                continue  # one common lender or employer is not enough: both sides must be there
            if _role_conflict(roles.get(aid, {}), roles.get(bid, {})):
                continue  # the same role held by other parties: another agreement with a common lender
            evidence, score = [f"parties: {'; '.join(shared)}"], 0
            have = _words(b["title"], TITLE_STOP)
            if want_title and have and len(want_title & have) >= max(1, round(0.8 * len(want_title))):
                evidence.append(f"title: {b['title']}")
                score += 1
            same_day = sorted(want_dates & dated(bid, ("agreement", "effective")))
            if same_day:
                evidence.append(f"date: {same_day[0]}")
                score += 1
            if score >= (1 if len(shared) >= 2 else 2):  # with one common party, title and date must both agree
                scored.append((score, bid, ", ".join(evidence)))
        if scored:
            best = max(s for s, _, _ in scored)
            rows += [{"amendment_doc_id": aid, "base_doc_id": bid, "evidence": ev}
                     for s, bid, ev in scored if s == best]
    return schema.frame("links", rows)
