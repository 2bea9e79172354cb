"""Golden top-level sections, parties and signatures of raw EDGAR exhibits (issue 18).

Each row was written by reading the exhibit (``../shared/corpus/edgar-exhibits``), not from the
tool's output; where the tool disagrees the aspect is a strict xfail naming the kind of failure.
Texts are compared by their words (case, commas and spacing aside); a signer may be written
``"conformed|printed"`` when the ``/s/`` line and the name typed under it differ (README: the
signer comes from ``Name:``, else the ``/s/`` line)."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest
import regex
from conftest import corpus_path

from extractor import Exhibit, parse


class Sec(NamedTuple):
    number: str
    heading: str | None
    part: str = "body"


class Pty(NamedTuple):
    name: str
    entity_type: str | None = None
    alias: str | None = None
    role: str | None = None


class Sig(NamedTuple):
    party: str | None
    signer: str
    title: str | None
    signed: bool


class Golden(NamedTuple):
    rel: str
    kind: str  # what the exhibit is, for the reader of this table
    sections: list[Sec]  # level 1, in order
    parties: list[Pty]
    signatures: list[Sig]
    xfail: dict[str, str] = {}  # aspect ("sections", "parties", "signatures") -> kind of failure


E = "edgar-exhibits/"
APPLE = "APPLE COMPUTER, INC."
BMS = "Bristol-Myers Squibb Company"
BMS_SPONSOR = Pty("BRISTOL-MYERS SQUIBB COMPANY", "company", "Company", "sponsor")
DEFERRED = [Sec(f"Section {k}.", h) for k, h in enumerate(
    ["Effective Date", "Eligibility", "Deferred Compensation Account", "Amount of Deferral",
     "Form and Computation of Deferred Amounts", "Period of Deferral", "Form of Payment", "Death Prior to Receipt",
     "Time of Election of Deferral", "Status of Previous Deferrals", "Manner of Electing Deferral",
     "Effect of Election", "Further Election", "Participant's Rights Unsecured", "Statement of Account",
     "Assignability", "Administration", "Amendment"], start=1)]


def _numbered(*headings: str | None) -> list[Sec]:
    return [Sec(f"{k}.", h) for k, h in enumerate(headings, start=1)]


GOLDEN = [
    Golden(E + "AAPL_0000320193-97-000014_1.txt", "letter amending an employment agreement", [],
           [Pty("Apple Computer, Inc.", "corporation", "Company", "Company"), Pty("Gilbert F. Amelio")],
           [Sig(APPLE, "John B. Douglass III", "Senior Vice President, General Counsel and Secretary", False),
            # "/s/Dr. Gilber F. Amelio" (sic), the mark glued to the name, under "ACCEPTED AND AGREED"
            Sig(None, "Gilber F. Amelio|Gilbert F. Amelio", None, True)]),
    Golden(E + "AAPL_0000320193-96-000018_6.txt", "employment and severance letter", [],
           [Pty(APPLE, "corporation"), Pty("Jeanne Seeley")],
           [Sig(APPLE, "Fred Anderson", "Executive Vice President, Chief Financial Officer", True),
            Sig(APPLE, "Kevin Sullivan", "Senior Vice President, Human Resources", True),
            Sig(None, "Jeanne Seeley", None, True)]),
    Golden(E + "BYM_0000014272-95-000004_3.txt", "plan amendment", [Sec("1.", None), Sec("2.", None)],
           [Pty("BRISTOL-MYERS SQUIBB COMPANY", "company", None, "sponsor")], []),
    Golden(E + "BYM_0000014272-98-000002_7.txt", "retention letter", [],
           [Pty("Charles A. Heimbold, Jr."), Pty(BMS, "company")],
           [Sig(BMS, "Andrew C. Sigler", "Chairman, Compensation and Management Development Committee", True),
            Sig(None, "Charles A. Heimbold, Jr.", "Chairman and Chief Executive Officer", True)]),  # "Agreed to."
    Golden(E + "BYM_0000014272-00-000006_1.txt", "directors' stock option plan",
           _numbered("Purpose", "Administration", "Amount of Stock", "Eligible Directors",
                     "Terms and Conditions of Options", "Adjustment in the Event of Change in Stock",
                     "Miscellaneous Provisions", "Amendment or Discontinuance", "Termination",
                     "Effective Date of Plan"),
           [BMS_SPONSOR], []),
    Golden(E + "AAPL_0000320193-97-000014_2.txt", "retention agreement (letter)",
           _numbered("Term of Employment Under the Agreement", "Employment During the Term",
                     "Involuntary Termination During the Term", "Additional Payment", "Other Provisions",
                     "Legal Fees and Expenses", "Successors; Binding Agreement", "Definitions", "Notice",
                     "Miscellaneous"),
           [Pty("Apple Computer, Inc.", "corporation", "Company", "Company"), Pty("Fred Anderson")],
           [Sig(APPLE, "Gilbert F. Amelio", "Chief Executive Officer", True), Sig(None, "Fred Anderson", None, True)]),
    Golden(E + "BYM_0001193125-05-156446_3.txt", "restricted stock units agreement",
           _numbered("General", "Grant Amount", "Vesting Schedule", "Account for Grantee", "Settlement",
                     "Nontransferability", "Termination Provisions", "Dividend Equivalents and Adjustments",
                     "Miscellaneous"),
           [Pty(BMS, "corporation", "Company", "Company"), Pty("James D. Robinson III", None, "Grantee", "Grantee")],
           [Sig(BMS, "Lewis B. Campbell", "Chair of the Compensation and Management Development Committee", True),
            Sig(None, "James D. Robinson III", "Non-Executive Chairman of the Board", True)]),
    Golden(E + "AAPL_0000912057-02-030796_2.txt", "aircraft reimbursement agreement",
           _numbered("Reimbursement of Aircraft Expense", "Term", "Base of the Aircraft", "Reimbursement", "Pilots",
                     "Operation and Maintenance Responsibilities of Jobs", "Insurance", "Indemnity; Loss or Damage",
                     "General Provisions"),
           [Pty("Steven Jobs", None, "Jobs"), Pty("Apple Computer, Inc.", "corporation", "Apple")],
           [Sig(None, "Steven P. Jobs|Steven Jobs", None, True),
            Sig(APPLE, "Nancy R. Heinen", "Senior Vice President", True)]),
    Golden(E + "AAPL_0001104659-03-017766_2.txt", "option cancellation and restricted stock award agreement",
           _numbered("Cancellation of Options", "Grant of Restricted Stock", "Vesting of the Shares",
                     "Restriction on Transfer", "Escrow of Shares", "Tax Consequences", "General Provisions"),
           [Pty("Apple Computer, Inc.", "corporation", "Apple"), Pty("Steven P. Jobs")],
           [Sig(APPLE, "Nancy R. Heinen", "Senior Vice President", True),
            Sig(None, "Steve Jobs|Steven P. Jobs", None, True)]),
    Golden(E + "BYM_0001193125-09-176788_7.txt", "amendment to an alliance support agreement",
           _numbered(*[None] * 9),
           [Pty("Sanofi-Synthélabo", "company", "SSBO"), Pty(BMS, "corporation", "BMS")],
           [Sig("SANOFI-SYNTHÉLABO", "Jean-Pierre KERJOUAN", "Senior Vice President, General Counsel", True),
            Sig("SANOFI-SYNTHÉLABO", "Jean-Claude LEROY", "Senior Vice President, Strategy and Business Development",
                True),
            Sig("BRISTOL-MYERS SQUIBB COMPANY", "Richard J. Lane", "Executive Vice president", True)]),
    Golden(E + "BYM_0000014272-97-000008_7.txt", "directors' retirement plan",
           [Sec(f"{n}.", h) for n, h in zip(
               ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"],
               ["PURPOSE", "PAYMENTS", "ELIGIBLE DIRECTORS", "YEARS OF SERVICE", "TOTAL AVERAGE COMPENSATION",
                "RETIREMENT BENEFITS", "FORMS OF PAYMENT OF RETIREMENT BENEFITS", "SPECIAL RETIREMENT BENEFITS",
                "BENEFIT NOT ASSIGNABLE", "EFFECTIVE DATE, AMENDMENT AND TERMINATION OF PLAN",
                "ADMINISTRATION OF PLAN"])],
           [BMS_SPONSOR], []),
    Golden(E + "AAPL_0000320193-96-000018_2.txt", "employment letter",
           _numbered("Commencement of Employment", "Position", "Compensation", "Termination", "Definitions", "Notice",
                     "Miscellaneous"),
           [Pty("Ellen Hancock"), Pty("Apple Computer, Inc.", "corporation", "Company", "Company")],
           [Sig(APPLE, "Gilbert F. Amelio", "Chairman and C.E.O.", True),
            Sig(None, "Ellen M. Hancock|Ellen Hancock", None, True)]),
    Golden(E + "BYM_0000014272-98-000002_5.txt", "directors' deferred compensation plan (1998)", DEFERRED,
           [BMS_SPONSOR], []),
    Golden(E + "AAPL_0000320193-96-000011_6.txt", "employment letter (subsidiary)",
           _numbered("Term of Employment Under the Agreement", "Employment", "Compensation", "Termination",
                     "Automobiles", "Cost of Living", "Membership Fees", "Accountant Fees", "Notice", "Miscellaneous"),
           [Pty("Apple Japan", None, "Apple Japan"), Pty("John Floisand")],
           [Sig("APPLE JAPAN, INC.", "M. Tashiro|Masazumi Tashiro", "Director", True),
            Sig(None, "John Floisand", None, False)]),
    Golden(E + "BYM_0000014272-97-000008_8.txt", "directors' deferred compensation plan (1997)", DEFERRED,
           [BMS_SPONSOR], []),
    Golden(E + "AAPL_0000320193-96-000011_3.txt", "employment letter",
           _numbered("Commencement of Employment", "Position", "Compensation", "Termination", "Relocation",
                     "Automobile Expense", "Definitions", "Notice", "Miscellaneous"),
           [Pty("Fred D. Anderson, Jr."), Pty("Apple Computer, Inc.", "corporation", "Company", "Company")],
           [Sig(APPLE, "G.F. Amelio|Gilbert F. Amelio", None, True),
            Sig(None, "F.D. Anderson|Fred D. Anderson, Jr.", None, True)]),
    Golden(E + "AAPL_0000320193-96-000018_1.txt", "employment letter",
           _numbered("Commencement of Employment", "Position", "Compensation", "Termination", "Relocation",
                     "Definitions", "Notice", "Miscellaneous"),
           [Pty("Robert M. Calderoni"), Pty("Apple Computer, Inc.", "corporation", "Company", "Company")],
           [Sig(APPLE, "Fred D. Anderson", None, True), Sig(None, "Robert M. Calderoni", None, True)]),
    Golden(E + "AAPL_0000320193-97-000011_3.txt", "performance share plan with an appendix",
           _numbered("PURPOSE", "ELIGIBILITY AND PARTICIPATION", "PLAN YEAR AND PERFORMANCE OBJECTIVES",
                     "DETERMINATION OF PERFORMANCE SHARE AWARDS", "PAYMENT OF AWARDS", "OTHER TERMS AND CONDITIONS",
                     "ADMINISTRATION", "AMENDMENT AND TERMINATION") + [Sec("APPENDIX A", None, "Appendix A")],
           # 'Apple Computer, Inc. and its subsidiaries (the "Company")'
           [Pty(APPLE, "corporation", "Company", "sponsor")], []),
]

_HONORIFIC = regex.compile(r"^(?:dr|mr|mrs|ms)\.?\s+", regex.IGNORECASE)


def _words(value: object) -> str | None:
    """A text cell by its words: case, commas, semicolons and spacing aside; NA is None."""
    if value is None or pd.isna(value):
        return None
    return " ".join(regex.sub(r"[,;:]", " ", str(value)).split()).casefold().rstrip(".") or None


def _signer_ok(got: object, want: str) -> bool:
    g = _words(got)
    return g is not None and _HONORIFIC.sub("", g) in {_words(w) for w in want.split("|")}


def _cases(aspect: str) -> list[object]:
    return [pytest.param(c, id=c.rel.split("/")[-1].removesuffix(".txt"),
                         marks=[pytest.mark.xfail(strict=True, reason=c.xfail[aspect])] if aspect in c.xfail else [])
            for c in GOLDEN]


_parsed: dict[str, Exhibit] = {}


def _exhibit(rel: str) -> Exhibit:
    if rel not in _parsed:
        _parsed[rel] = parse(corpus_path(rel))
    return _parsed[rel]


def test_the_golden_set_is_large_enough() -> None:
    assert len({c.rel for c in GOLDEN}) == len(GOLDEN) >= 15


@pytest.mark.parametrize("case", _cases("sections"))
def test_top_level_sections(case: Golden) -> None:
    s = _exhibit(case.rel).sections
    top = s[s["level"] == 1]
    got = [(_words(n), _words(h), _words(p)) for n, h, p in zip(top["number"], top["heading"], top["part"])]
    assert got == [(_words(w.number), _words(w.heading), _words(w.part)) for w in case.sections]


@pytest.mark.parametrize("case", _cases("parties"))
def test_parties(case: Golden) -> None:
    p = _exhibit(case.rel).parties
    got = sorted((tuple(_words(v) for v in row) for row in
                  zip(p["name"], p["entity_type"], p["alias"], p["role"])), key=str)
    assert got == sorted((tuple(_words(v) for v in w) for w in case.parties), key=str)


@pytest.mark.parametrize("case", _cases("signatures"))
def test_signatures(case: Golden) -> None:
    sig = _exhibit(case.rel).signatures
    got = [(_words(r.party), r.signer, _words(r.title), bool(r.signed)) for r in sig.itertuples()]
    assert len(got) == len(case.signatures), got
    unmatched = list(got)
    for w in case.signatures:  # each expected row matches one row of the table, in any order
        hit = next((g for g in unmatched if g[0] == _words(w.party) and _signer_ok(g[1], w.signer)
                    and g[2] == _words(w.title) and g[3] == w.signed), None)
        assert hit is not None, (w, unmatched)
        unmatched.remove(hit)

