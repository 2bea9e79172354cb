"""Contract terms: the governing-law grammar on real snippets, term / renewal / notice read from real
snippets, and the documents columns on real documents of ../shared/corpus (CUAD and contracts-ex10)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pandas as pd
import pytest
from conftest import corpus_path
from extractor.grammars import contract_terms as ct
from extractor.grammars.text_index import TextIndex
from hypothesis import given
from hypothesis import strategies as st

import extractor
from extractor.stages.contract_terms import FACTS, add_duration, month_end


class LawCase(NamedTuple):
    snippet: str  # copied from the corpus
    written: str | None  # the place as written (None: no governing law)
    place: str | None  # the value of documents.governing_law


LAW_CASES = [
    LawCase(
        "11. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the "
        "State of Texas and venue for any legal action brought in State Court shall lie exclusively in Tarrant County",
        "Texas", "Texas",
    ),
    LawCase(
        "This Agreement shall be governed by the laws of the province of Ontario, Canada, without regard to its "
        "conflict of laws principles.",
        "Ontario", "Ontario, Canada",
    ),
    LawCase(
        "10.1 Governing Laws The execution, validity, construction, enforcement and the settlement of any disputes "
        "herefrom shall be governed by PRC Laws.",
        "PRC", "People's Republic of China",
    ),
    LawCase(
        "governed by, and construed in accordance with, the laws of the People\u2019s Republic of China (without "
        "regard to its conflicts of laws rules",
        "People\u2019s Republic of China", "People's Republic of China",
    ),
    LawCase(
        "10. GOVERNING LAW This agreement shall be governed by the Laws of England (English common and statutory Law).",
        "England", "England",
    ),
    LawCase(
        "This Agreement shall be governed by and interpreted in accordance with the laws of England and Wales and "
        "the parties to this Agreement submit to the exclusive jurisdiction of the Courts of England and Wales",
        "England and Wales", "England and Wales",
    ),
    LawCase(
        "This Agreement shall be governed by English law and the parties submit to the exclusive jurisdiction of "
        "the English courts",
        "English", "England",
    ),
    # glued words (text that lost its line breaks) and non-breaking spaces
    LawCase(
        "This\xa0Agreement\xa0and\xa0all\xa0acts\xa0and\xa0transactions\xa0hereundershall\xa0in\xa0all\xa0respects\xa0be"
        "\xa0governed\xa0by\xa0and\xa0construed\xa0in\xa0accordance\xa0with\xa0the\xa0lawsof\xa0the\xa0Commonwealth"
        "\xa0of\xa0Virginia,\xa0without\xa0regard",
        "Virginia", "Virginia",
    ),
    LawCase(
        "This Distributor Agreement shall be exclusively governed, construed, enforced and controlled by the laws "
        "of the UnitedStates of America and of the State of Texas.",
        "Texas", "Texas",
    ),
    # the place named before the law: "the laws thereof"
    LawCase(
        "Governing Law; Attorney's Fee. This Agreement is accepted by Company in the State of Nevada and shall be "
        "governed by and construed in accordance with the laws thereof, which laws shall prevail",
        "Nevada", "Nevada",
    ),
    # contracts-ex10: "internal laws", the clause in capitals
    LawCase(
        "shall be governed by the internal  laws of the State of New Jersey but excluding any principles",
        "New Jersey", "New Jersey",
    ),
    LawCase(
        "THIS AGREEMENT IS TO BE CONSTRUED IN ACCORDANCE WITH AND GOVERNED BY THE LAWS OF THE STATE OF GEORGIA "
        "(WITHOUT REGARD TO THOSE LAWS RELATING TO CHOICE OF LAW)",
        "GEORGIA", "Georgia",
    ),
    # an opinion's law is not this agreement's: the sentence about the agreement wins
    LawCase(
        "Such counsel's opinion shall be limited to matters governed by federal laws and by the laws of Tennessee. "
        "Section 17. Construction. This Agreement shall be construed in accordance with the laws of the State of "
        "New York without regard to principles of conflicts of law.",
        "New York", "New York",
    ),
    # no place: the law of another agreement
    LawCase("(f) This Amendment shall be governed by and construed under the law governing the Distributor Agreement.",
            None, None),
    # a party's jurisdiction of organisation is not a governing law
    LawCase('("GSMS"), a corporation organized and existing under the laws of the State of Delaware, and will become',
            None, None),
]


def check_governing_law(case: LawCase) -> None:
    """The governing-law reader finds ``case.written`` read as ``case.place`` in the snippet (or nothing)."""
    found = ct.find_governing_law(TextIndex(case.snippet))
    if case.place is None:
        assert found is None
        return
    assert found is not None
    assert (case.snippet[found.start : found.end], found.place) == (case.written, case.place)


@pytest.mark.parametrize("case", LAW_CASES, ids=lambda c: c.snippet[:40])
def test_governing_law(case: LawCase) -> None:
    check_governing_law(case)


GRAMMARS = [ct.LAWS_OF_PLACE, ct.PLACE_LAW_MATCH, ct.NAMED_POLITY_PLACE]


@pytest.mark.parametrize("case", LAW_CASES, ids=lambda c: c.snippet[:40])
@pytest.mark.parametrize("tab", [False, True], ids=["spaces", "tabs"])
def test_compiled_place_grammars_read_as_pyparsing(case: LawCase, tab: bool) -> None:
    """At every word of a snippet (its blanks tabs too: pyparsing then reads text.expandtabs()), the place
    grammars give the values pyparsing's parse gives."""
    text = case.snippet.replace(" ", "\t") if tab else case.snippet
    for pos in [0] + [i + 1 for i, c in enumerate(text) if c in " \t"]:
        for grammar in GRAMMARS:
            toks = ct._parse_at(grammar.expr, text, pos)
            want = None if toks is None else {n: toks.get(n) for n in grammar.names}
            got = ct._values_at(grammar.expr, grammar.compiled, text, pos, grammar.names)
            assert got == want, (text[pos : pos + 40], grammar.expr)


@pytest.mark.parametrize("pattern", [r"(?i)Term", r"term", r"(?i)a(?-i:b)", r"(?i)(?P<x>a)"])
def test_lowered_program_needs_a_caseless_lower_case_pattern(pattern: str) -> None:
    with pytest.raises(ValueError, match="caseless pattern"):
        ct.lowered_program(ct.regex.compile(pattern))


@pytest.mark.parametrize(
    ("written", "place"),
    [("NEW  YORK", "New York"), ("P.R.C.", "People's Republic of China"), ("British Columbia",
     "British Columbia, Canada"), ("UnitedStates of America", "United States"), ("Hong Kong SAR", "Hong Kong"),
     ("DELAWARE", "Delaware"), ("Narnia", None)],
)
def test_place_name(written: str, place: str | None) -> None:
    assert ct.place_name(written) == place


class TermCase(NamedTuple):
    snippet: str  # copied from the corpus
    facts: dict[str, object]  # expected documents columns (others may be anything)


TERM_CASES = [
    TermCase(
        "2.01 Term. This agreement shall commence on January 20, 2014 (the \"Effective Date\") and shall continue in "
        "effect for six (6) months (the \"Initial Term\"). This agreement shall automatically renew for successive "
        "six (6) month periods unless written notice is provided of either party's intent not to renew at least six "
        "(6) months before the end of the then-current term.",
        {"effective_date": "2014-01-20", "term": "six (6) months", "term_quantity": 6.0, "term_unit": "month",
         "expiration_date": "2014-07-20", "renewal_term": "six (6) month", "renewal_term_unit": "month",
         "notice_period": "six (6) months", "notice_period_quantity": 6.0},
    ),
    TermCase(
        "9. Term and Renewal. The term of this Agreement shall be one (1) year, commencing January 1, 2008 and "
        "ending on December 31, 2008. 10. Force Majeure.",
        {"effective_date": "2008-01-01", "term": "one (1) year", "expiration_date": "2008-12-31"},
    ),
    TermCase(  # the commencement date in a sentence of its own
        "1.4 Contract Term The commencement date for this contract will be 16th June 2004. The initial term of the "
        "contracted agreement is 5 years from the commencement date.",
        {"effective_date": "2004-06-16", "term": "5 years", "expiration_date": "2009-06-16"},
    ),
    TermCase(  # the term as a definition, the end day first (WHITESMOKE,INC_11_08_2011-EX-10.26, CUAD)
        "\u201cTerm\u201d\xa0means the earlier of: (a) the end of the two year period from the Effective Date to "
        "31 July 2013;",
        {"expiration_date": "2013-07-31"},
    ),
    TermCase(  # a survival period is not the term
        "the internal use license in this Section 2.3 shall remain in effect during the term of this Agreement and "
        "for a period of nine (9) months after termination or expiration of this Agreement.",
        {"term": None, "expiration_date": None},
    ),
    TermCase(  # what survives the agreement (EtonPharmaceuticalsInc_20191114_10-Q_EX-10.1, CUAD)
        "This Section 9.1 shall survive termination or expiration of this Agreement and continue in effect "
        "thereafter for a period of five (5) years.",
        {"term": None, "expiration_date": None},
    ),
    TermCase(  # a covenant during and after the term (THERAVANCEBIOPHARMA,INC_05_08_2020, CUAD)
        "21. Post Termination Restrictions During the term of employment and for one (1) year thereafter, the "
        "Executive will not directly or indirectly, either themselves or through others, encourage",
        {"term": None},
    ),
    TermCase(  # a covenant for the term and a period after it (Monsanto Company - SECOND A&R EXCLUSIVE ..., CUAD)
        "(a) Noncompetition Period. The \"Noncompetition Period\" shall be the term of this Agreement, and for the "
        "two- year period following the termination, cancellation or non-renewal of this Agreement;",
        {"term": None},
    ),
    TermCase(  # "for the five (5) year term" (SmartRxSystemsInc_20180914_1-A_EX1A-6, CUAD)
        "12.1 Generally. This contract shall remain in effect initially for the five (5) year term (\"Initial Term\") "
        "from the date signed and shall beautomatically extended for one (1) year periods",
        {"term": "five (5) year", "term_quantity": 5.0, "term_unit": "year"},
    ),
    TermCase(  # a renewal length without a number (LEGACYTECHNOLOGYHOLDINGS,INC_12_09_2005-EX-10.2, CUAD)
        "The term of this Agreement shall be two (2) years from the Effective Date with automatic annual renewals "
        "thereafter provided either party does not provide sixty (60) days notice of termination prior to the "
        "renewal date",
        {"term": "two (2) years", "renewal_term": "annual", "renewal_term_quantity": 1.0, "renewal_term_unit": "year",
         "notice_period": "sixty (60) days"},
    ),
    TermCase(  # "additional extended terms each of two (2) years" (MidwestEnergyEmissionsCorp_20080604, CUAD)
        "This Agreement shall be automatically renewed for additional extended terms each of two (2) years duration "
        "unless either party notifies the other in writing of its intention not to renew the Agreement",
        {"renewal_term": "two (2) years", "renewal_term_quantity": 2.0},
    ),
    TermCase(  # an evergreen clause (ENTERPRISEPRODUCTSPARTNERSLP_07_08_1998-EX-10.3, CUAD)
        "4. This contract shall be for a term of one year commencing on the date first above written; thereafter, "
        "it shall automatically continue until terminated by either party upon not less than thirty (30) days prior "
        "written notice to the other party.",
        {"term": "one year", "notice_period": "thirty (30) days"},
    ),
    TermCase(  # "until terminated" names the renewals, not the initial term (Apollo Endosurgery, CUAD)
        "This Agreement shall commence on the Effective Date and shall be valid for a period of five (5) years with "
        "automatic renewal of one year thereafter until terminated by either party with one (1) year written "
        "notice prior to the expiration of the initial period or any extension period thereof.",
        {"term": "five (5) years", "notice_period": "one (1) year"},
    ),
    TermCase(  # contracts-ex10
        "This monthly maintenance and support arrangement will have an initial term of\nsix (6) months. The "
        "arrangement will then automatically renew for an additional\ntwelve (12) months at the above rates and "
        "conditions unless written notification",
        {"term": "six (6) months", "renewal_term": "twelve (12) months", "renewal_term_quantity": 12.0},
    ),
    TermCase(  # a renewal of some other instrument is not this agreement's
        "15.3 Notices to us. In the event of cancellation, material change, or non-renewal of any policy, sixty "
        "(60) days' advance written notice must be provided to us in the manner provided in Section 24 below.",
        {"notice_period": None, "renewal_term": None},
    ),
    # -- kinds of expiration read since the CUAD error list (issue 19); every snippet from ../shared/corpus/cuad
    TermCase(  # "shall end as of" (EmbarkComInc_19991008_S-1A_EX-10.10)
        "4.1   TERM. The Term shall commence on the date of this Agreement and, unless earlier terminated or extended "
        "as provided below, shall end as of December 31, 2000.",
        {"expiration_date": "2000-12-31"},
    ),
    TermCase(  # "take effect ... remain in effect for" (BNCMORTGAGEINC_05_17_1999-EX-10.4)
        "This Agreement will take effect on the Effective Date and remain in effect for a period of 1 year;",
        {"term": "1 year", "term_quantity": 1.0, "term_unit": "year"},
    ),
    TermCase(  # "come into force ... remain valid for" (IDREAMSKYTECHNOLOGYLTD_07_03_2014-EX-10.39)
        "This Agreement shall come into force as of January 1, 2013 and remain valid for 1 year.",
        {"effective_date": "2013-01-01", "term": "1 year", "expiration_date": "2014-01-01"},
    ),
    TermCase(  # "remain in full force and effect until one (1) year subsequent to" (TICKETSCOMINC_06_22_1999-EX-10.22)
        "This Agreement shall commence on the Effective Date and shall remain in full force and effect until one (1) "
        "year subsequent to the Effective Date,",
        {"term": "one (1) year"},
    ),
    TermCase(  # "for the entire four (4) year term" (HYDRONTECHNOLOGIESINC_03_31_1997-EX-10.47)
        "If Hydron does not timely exercise its right to terminate this Agreement, then Hydron agrees that this "
        "Agreement shall continue for the entire four (4) year term unless earlier terminated pursuant to Section 8 "
        "of this Agreement.",
        {"term": "four (4) year", "term_quantity": 4.0},
    ),
    TermCase(  # "the date that is two (2) years after" (NEONSYSTEMSINC_03_01_1999-EX-10.5 ... _New)
        "Section 14.1   TERM.  This Agreement shall be effective until the earlier of (a) its termination in "
        "accordance with the provisions of this Article 14 or (b) the date that is two (2) years after the date of "
        "this Agreement;",
        {"term": "two (2) years"},
    ),
    TermCase(  # a length from an undated event, capped by a date (PlayboyEnterprisesInc_20090220_10-QA_EX-10.2)
        "10.1. Term. This Agreement shall commence as of the Effective Date and, unless earlier terminated as "
        "provided under  this Agreement, shall terminate five (5) years following the date of launch of the first "
        "Website, but in no event later than February  28, 2013",
        {"expiration_date": "2013-02-28"},
    ),
    TermCase(  # a month without its day ends on the month's last day (ArcGroupInc_20171211_8-K_EX-10.1)
        "The term of this Agreement (the \"Term\") shall commence as of April 1, 2018 (the \"Effective Date\") and "
        "shall expire upon the later of: (a) the conclusion of the 2022/23 NFL season and (b) the last day in "
        "February, 2023 (such expiration date, the \"Scheduled Expiration Date\").",
        {"effective_date": "2018-04-01", "expiration_date": "2023-02-28"},
    ),
    TermCase(  # an unquoted definition (LeadersonlineInc_20000427_S-1A_EX-10.8)
        "1.20.  Term shall mean the Effective Date through June 15, 2001 and any Renewal Term (as defined in "
        "paragraph 7.4 herein.)",
        {"expiration_date": "2001-06-15"},
    ),
    TermCase(  # the term under another name (WARNINGMANAGEMENTSERVICESINC_12_10_1999-EX-10)
        "(a)   \"Contract Period\" shall mean that period of time commencing as of May 31, 1999 and concluding May 31, "
        "2000.",
        {"expiration_date": "2000-05-31"},
    ),
    TermCase(  # a schedule's label, the date far to its right (EUROPEANMICROHOLDINGSINC_03_06_1998-EX-10.6)
        "TERMINATION DATE:                                           September 30, 1997",
        {"expiration_date": "1997-09-30"},
    ),
    TermCase(  # the contract's own years (VIOLINMEMORYINC_12_12_2012-EX-10.14)
        "(a) This Agreement shall commence on the \"Effective Date\" and shall continue for ten (10) Contract Years,",
        {"term": "ten (10) Contract Years", "term_quantity": 10.0, "term_unit": "year"},
    ),
    TermCase(  # "expire on the day that is ... from that date" (EMERALDHEALTHTHERAPEUTICSINC_06_10_2020-EX-4.5)
        "5.1 Term. The term of this Agreement shall commence on January 10th, 2019 and shall expire on the day that "
        "is twenty-four (24) months from that date (the \"Term of Engagement\")",
        {"effective_date": "2019-01-10", "term": "twenty-four (24) months", "expiration_date": "2021-01-10"},
    ),
    TermCase(  # a covenant for the term "or" a period after it (the same document)
        "The Contractor will not, either during the Term of this Agreement or for a period of five years thereafter,",
        {"term": None},
    ),
]


@pytest.mark.parametrize("case", TERM_CASES, ids=lambda c: c.snippet[:40])
def test_term_facts(case: TermCase) -> None:
    row = extractor.parse(case.snippet.encode()).documents.iloc[0]
    assert {k: None if pd.isna(row[k]) else row[k] for k in case.facts} == case.facts


def test_expiration_and_effective_roles() -> None:
    snippet = TERM_CASES[1].snippet
    dates = extractor.parse(snippet.encode()).dates
    assert dict(zip(dates["text"], dates["role"], strict=True)) == {
        "January 1, 2008": "effective", "December 31, 2008": "expiration",
    }


def test_notice_and_renewal_date_roles() -> None:
    # FLOTEKINDUSTRIESINCCN_05_09_2019-EX-10.1-SUPPLY AGREEMENT (CUAD)
    snippet = (
        "3. Term. The \"Term\" shall begin on the date hereof and shall expire December 31, 2023, subject to early "
        "termination pursuant to the terms of Section 19. Flotek, may, by written notice given to FCC on or before "
        "September 30, 2023, elect for the Term to be extended to December 31, 2024. 4. Price."
    )
    ex = extractor.parse(snippet.encode())
    assert dict(zip(ex.dates["text"], ex.dates["role"], strict=True)) == {
        "December 31, 2023": "expiration", "September 30, 2023": "notice", "December 31, 2024": "renewal",
    }
    assert ex.documents.iloc[0]["expiration_date"] == "2023-12-31"


@pytest.mark.parametrize(
    ("snippet", "years"),
    [
        # SigaTechnologiesInc_20190603_8-K_EX-10.1 (CUAD)
        ("shallcontinue until the five (5) year anniversary of the Effective Date (the \u201cInitial Term\u201d).", 5),
        # QIWI_06_16_2017-EX-99.(D)(2)-COOPERATION AGREEMENT (CUAD): a split ordinal in the parenthesis
        ("until the earlier of the below events occur: (a) The fifth (5t h) anniversary of this Agreement; and", 5),
        ("concluding on the last day of the month in which the fifth anniversary of the Offtake Agreement", None),
    ],
)
def test_anniversary(snippet: str, years: int | None) -> None:
    m = ct.ANNIVERSARY.search(snippet)
    assert (ct.ordinal_value(m.group("nth")) if m else None) == years


@pytest.mark.parametrize(
    ("iso", "quantity", "unit", "expected"),
    [("2014-01-20", 6.0, "month", "2014-07-20"), ("1999-06-21", 1.0, "year", "2000-06-21"),
     ("2000-11-01", 51.0, "month", "2005-02-01"), ("2019-08-31", 6.0, "month", "2020-02-29"),
     ("2016-02-29", 1.0, "year", "2017-02-28"), ("2020-01-01", 90.0, "day", "2020-03-31"),
     ("2020-01-01", 2.5, "year", None), ("2020-01", 1.0, "year", None), ("2020-01-01", 1.0, "hour", None)],
)
def test_add_duration(iso: str, quantity: float, unit: str, expected: str | None) -> None:
    assert add_duration(iso, quantity, unit) == expected


@pytest.mark.parametrize(
    ("iso", "expected"),
    [("2013-12", "2013-12-31"), ("2023-02", "2023-02-28"), ("2024-02-10", "2024-02-29"), ("2029-03-21", "2029-03-31"),
     (None, None), ("2013", None)],
)
def test_month_end(iso: str | None, expected: str | None) -> None:
    assert month_end(iso) == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)), st.integers(1, 600),
       st.sampled_from(["day", "week", "month", "quarter", "year"]))
def test_add_duration_moves_forward(day: dt.date, n: int, unit: str) -> None:
    out = add_duration(day.isoformat(), float(n), unit)
    assert out is not None and out > day.isoformat()


class DocCase(NamedTuple):
    path: str  # relative to ../shared/corpus
    facts: dict[str, object]


DOC_CASES = [
    DocCase("cuad/CCAINDUSTRIESINC_04_14_2014-EX-10.1-OUTSOURCING AGREEMENT.txt",
            {"governing_law": "New Jersey", "effective_date": "2014-01-20", "expiration_date": "2014-07-20"}),
    DocCase("cuad/CANOPETROLEUM,INC_12_13_2007-EX-10.1-Sponsorship Agreement.txt",
            {"governing_law": "Texas", "expiration_date": "2008-12-31", "term": "one (1) year"}),
    DocCase("cuad/CybergyHoldingsInc_20140520_10-Q_EX-10.27_8605784_EX-10.27_Affiliate Agreement.txt",
            {"governing_law": "Nevada", "expiration_date": "2014-12-31", "renewal_term": "one (1) year"}),
    DocCase("cuad/ATHENSBANCSHARESCORP_11_02_2009-EX-1.2-AGENCY AGREEMENT , 2009.txt",
            {"governing_law": "New York"}),
    DocCase("contracts-ex10/credit__1269127_2008-01-31_CREDIT-AGREEMENT.txt", {"governing_law": "New Jersey"}),
    # a date on which something else took effect is not the document's effective date
    DocCase("cuad/OFGBANCORP_03_28_2007-EX-10.23-OUTSOURCING AGREEMENT.txt",
            {"effective_date": "2007-01-26", "expiration_date": "2014-11-30"}),
    DocCase("cuad/BIOAMBERINC_04_10_2013-EX-10.34-DEVELOPMENT AGREEMENT (1).txt",
            {"effective_date": "2010-04-15", "expiration_date": "2014-04-15", "term": "four (4) years"}),
    # the effective date as a label: "EFFECTIVE DATE  JUNE 1, 1998"; "Effective Date: January 1, 2019"
    DocCase("cuad/MANUFACTURERSSERVICESLTD_06_05_2000-EX-10.14-OUTSOURCING AGREEMENT.txt",
            {"effective_date": "1998-06-01", "expiration_date": "2001-06-01"}),
    DocCase("cuad/WestPharmaceuticalServicesInc_20200116_8-K_EX-10.1_11947529_EX-10.1_Supply Agreement.txt",
            {"effective_date": "2019-01-01", "expiration_date": "2023-12-31", "governing_law": "Texas"}),
    DocCase("contracts-ex10/software_license__1000297_1999-03-16_SOFTWARE-LICENSE-AGREEMENT.txt",
            {"renewal_term": "twelve (12) months"}),
    # "the seventh anniversary of the date hereof": from the agreement date, not the effective date
    DocCase("cuad/NEXSTARFINANCEHOLDINGSINC_03_27_2002-EX-10.26-OUTSOURCING AGREEMENT.txt",
            {"effective_date": "2001-12-01", "expiration_date": "2008-11-28"}),
    # an unquoted definition: "EFFECTIVE DATE     means 18 May 2000;"
    DocCase("cuad/XinhuaSportsEntertainmentLtd_20070221_F-1_EX-99.4_645553_EX-99.4_Content License Agreement.txt",
            {"effective_date": "2000-05-18", "expiration_date": "2020-05-18", "term": "twenty (20) years"}),
    # the start as a label: "COMMENCEMENT DATE FOR MAINTENANCE UNDER THIS ADDENDUM: MARCH 1, 2001"
    DocCase("cuad/NETZEEINC_11_14_2002-EX-10.3-MAINTENANCE AGREEMENT.txt",
            {"effective_date": "2001-03-01", "expiration_date": "2002-03-01"}),
    # "Expiration Date: at midnight on the last day of the month fifteen (15) years from the Effective Date"
    DocCase("cuad/HOSPITALITYINVESTORSTRUST,INC_04_07_2014-EX-10.26-FRANCHISE AGREEMENT.txt",
            {"effective_date": "2014-03-21", "expiration_date": "2029-03-31", "term": "fifteen (15) years"}),
]


@pytest.mark.parametrize("case", DOC_CASES, ids=lambda c: c.path.split("/")[-1][:40])
def test_documents_columns(case: DocCase) -> None:
    ex = extractor.parse(corpus_path(case.path))
    row = ex.documents.iloc[0]
    assert {k: row[k] for k in case.facts} == case.facts
    # offsets: a fact written as text is the original text at its span; a place or date is inside it
    for name in FACTS:
        s, e = row[f"{name}_start"], row[f"{name}_end"]
        if pd.isna(row[name]):
            assert pd.isna(s) and pd.isna(e)
            continue
        assert 0 <= s < e <= len(ex.original)
        if name in ("term", "renewal_term", "notice_period"):
            assert ex.original[s:e] == row[name]
        if name == "governing_law":
            assert ct.place_name(ex.original[s:e]) == row[name]


def test_a_place_grammar_builds_its_pattern_once_it_has_parsed_often() -> None:
    """pyparsing's parse until COMPILE_AFTER parses, the pattern after: the same values either way."""
    grammar = ct.PlaceGrammar(ct.laws_of_place, ("place", "also"))
    text = "the laws of the State of New York, without regard to"
    first = [grammar.values_at(text, pos) for pos in range(0, len(text), 3)]
    while grammar.parses < ct.COMPILE_AFTER:
        grammar.values_at(text, 4)
    assert grammar._compiled is None
    assert [grammar.values_at(text, pos) for pos in range(0, len(text), 3)] == first
    assert grammar._compiled is not None
    assert first[1] == {"place": "New York", "also": None}
