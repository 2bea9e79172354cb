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

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..model import schema

if TYPE_CHECKING:  # a batch's parent links the tables it wrote without pandas (about 130 MB per process)
    import pandas as pd

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
# the columns links reads from each table, and the only date roles it compares (a 10x corpus has ~1M date
# rows; these are a few percent of them)
INPUTS = {"documents": ("doc_id", "kind", "amended_agreement", "amended_agreement_date", "title"),
          # roles (a Borrower on both sides must be one party) and where the preamble names them
          "parties": ("doc_id", "start", "name", "role", "source"), "dates": ("doc_id", "start", "value", "role")}
DATE_ROLES = frozenset({"amended_agreement", "agreement", "effective"})


def _words(s: object, stop: set[str]) -> frozenset[str]:
    return frozenset(w for w in WORD.findall(str(s or "").casefold().replace("\u2019", "'").replace("'", ""))
                     if w not in stop)


class LinkFacts:
    """What links compares, gathered row by row from a batch's documents, parties and dates (in any
    order, a document's rows possibly spread over the run): each document's record, its party names,
    the names holding each role, where its preamble names the first party, and its dates of the roles
    compared. A batch's parent fills it while reading its tables back, so it never holds the tables."""

    def __init__(self) -> None:
        self.docs: list[dict[str, Any]] = []
        self.names: dict[str, set[frozenset[str]]] = {}
        self.roles: dict[str, dict[str, set[frozenset[str]]]] = {}
        self.named_at: dict[str, int] = {}
        self.dates: dict[str, list[tuple[str, str, int | None]]] = {}

    def add_document(self, doc_id: str, kind: str | None, amended_agreement: str | None,
                     amended_agreement_date: str | None, title: str | None) -> None:
        self.docs.append({"doc_id": doc_id, "kind": kind, "amended_agreement": amended_agreement,
                          "amended_agreement_date": amended_agreement_date, "title": title})

    def add_party(self, doc_id: str, start: int | None, name: str | None, role: str | None,
                  source: str | None) -> None:
        words = _words(name, SUFFIX_WORDS) if isinstance(name, str) else frozenset()
        mine = self.names.setdefault(doc_id, set())
        roles = self.roles.setdefault(doc_id, {})
        if words:
            mine.add(words)
            if isinstance(role, str) and role.strip():  # each role the document names (lower-cased)
                roles.setdefault(" ".join(role.casefold().split()), set()).add(words)
        if source == "preamble" and start is not None:
            at = self.named_at.get(doc_id)
            self.named_at[doc_id] = start if at is None else min(at, start)

    def add_date(self, doc_id: str, start: int | None, value: str | None, role: str | None) -> None:
        if isinstance(role, str) and role in DATE_ROLES and isinstance(value, str):
            self.dates.setdefault(doc_id, []).append((value, role, start))

    def dated(self, doc: str, roles: tuple[str, ...]) -> set[str]:
        """The document's dates of these roles (an agreement date only near where the preamble names the parties)."""
        at = self.named_at.get(doc)
        return {v for v, r, s in self.dates.get(doc, ())
                if r in roles and (r != "agreement" or at is None or s is None or abs(s - at) <= DATE_NEAR_PARTIES)}

    def rows(self) -> list[dict[str, str]]:
        """The ``links`` rows: see the module docstring. Only the documents that share a party name with
        an amendment are compared with it (an index by name), so a batch of n documents costs about n,
        not n squared."""
        recs, names, roles = self.docs, self.names, self.roles

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
            want_dates = self.dated(aid, ("amended_agreement",))
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
                same_day = sorted(want_dates & self.dated(bid, ("agreement", "effective")))
                if same_day:
                    evidence.append(f"date: {same_day[0]}")
                    score += 1
                if score >= (1 if len(shared) >= 2 else 2):  # with one common party, title and date must both agree
                    scored.append((score, bid, ", ".join(evidence)))
            if scored:
                best = max(s for s, _, _ in scored)
                rows += [{"amendment_doc_id": aid, "base_doc_id": bid, "evidence": ev}
                         for s, bid, ev in scored if s == best]
        return rows


def _role_conflict(a: dict[str, set[frozenset[str]]], b: dict[str, set[frozenset[str]]]) -> bool:
    """A role both documents name held by no party in common (the Borrower is another company)."""
    return any(not (a[r] & b[r]) for r in a.keys() & b.keys())


def _tables(source: Any) -> Mapping[str, pd.DataFrame]:
    return source.tables() if hasattr(source, "tables") and callable(source.tables) else source


def _column(df: pd.DataFrame, col: str) -> Iterable[Any]:
    """A column's cells with None for missing (pd.NA has no truth); all None when the frame lacks it."""
    import pandas as pd

    if col not in df:
        return [None] * len(df)
    return [None if v is None or v is pd.NA or v != v else v for v in df[col].astype(object)]


def _int(v: Any) -> int | None:
    return None if v is None else int(v)


def facts_of(tables: Mapping[str, pd.DataFrame]) -> LinkFacts:
    """The facts links compares, from tables as DataFrames (a ``parse_many`` result, ``read_output``)."""
    facts = LinkFacts()
    docs = tables["documents"]
    facts.docs = [dict(zip(INPUTS["documents"], row, strict=True))
                  for row in zip(*(_column(docs, c) for c in INPUTS["documents"]), strict=True)]
    for name, add in (("parties", facts.add_party), ("dates", facts.add_date)):
        df = tables.get(name)
        if df is None or df.empty:
            continue
        for doc_id, start, *rest in zip(*(_column(df, c) for c in INPUTS[name]), strict=True):
            if doc_id is not None:  # as grouping by doc_id would: a row without one belongs to no document
                add(str(doc_id), _int(start), *rest)
    return facts


def links(source: Any) -> pd.DataFrame:
    """The ``links`` table of a batch (a ``parse_many`` result, or a mapping of table name to DataFrame);
    see the module docstring."""
    return schema.frame("links", facts_of(_tables(source)).rows())
