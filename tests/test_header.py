"""Header: title as printed, kind, amendment number, amended agreement, execution marker."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import corpus_path
from extractor.grammars import dates as gd
from extractor.grammars import find_all, lowered
from extractor.grammars import header as g
from extractor.grammars import parties as g_parties
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import extractor
from extractor.stages import header as header_stage
from extractor.stages.header import intro_matches


class HeaderCase(NamedTuple):
    doc: str  # relative to the corpus
    title: str
    kind: str
    amendment_number: str | None = None
    amended_agreement: str | None = None
    amended_agreement_date: str | None = None
    execution_marker: str | None = None


CASES = [
    HeaderCase(
        "edgar-raw/qwest-kmc-mgs-amendment-1.txt",
        "AMENDMENT NO. 1 TO AMENDED AND RESTATED MEDIA GATEWAY SERVICES AGREEMENT II",
        "amendment",
        "1",
        "Amended and Restated Media Gateway Services Agreement II",
        "2000-03-31",
        "EXECUTION VERSION",
    ),
    # The file opens with the last pages of the base agreement; the title is the amendment's.
    HeaderCase(
        "cuad/NEONSYSTEMSINC_03_01_1999-EX-10.5-DISTRIBUTOR AGREEMENT_Amendment.txt",
        "FIRST AMENDMENT TO DISTRIBUTOR AGREEMENT",
        "amendment",
        "1",
        "Distributor Agreement",
        "1996-01-01",
    ),
    # Title glued to the preamble: "Amendment #3 to the Manufacturing Agreement This Amendment #3 ..."
    HeaderCase(
        "cuad/ADMA BioManufacturing, LLC -  Amendment 3 to Manufacturing Agreement.txt",
        "Amendment #3 to the Manufacturing Agreement",
        "amendment",
        "3",
        "Manufacturing Agreement",
        "2011-09-30",
    ),
    HeaderCase(
        "cuad/Part_II__Service__FEDERATEDGOVERNMENTINCOMESECURITIESINC_04_28_2020-EX-99.SERV AGREE-SERVICES "
        "AGREEMENT_AMENDMENT.txt",
        "AMENDMENT TO SERVICES AGREEMENT",
        "amendment",
        None,
        "Services Agreement",
        "2004-01-01",
    ),
    HeaderCase(
        "cuad/Part_II__Service__PAXMEDICA,INC_07_02_2020-EX-10.12-Master Service Agreement.txt",
        "Master Service Agreement",
        "agreement",
    ),
    HeaderCase(
        "cuad/HertzGroupRealtyTrustInc_20190920_S-11A_EX-10.8_11816941_EX-10.8_Trademark License Agreement.txt",  # noqa: E501
        "FORM OF TRADEMARK LICENSE AGREEMENT",
        "agreement",
    ),
    # A letterhead block stands above the title.
    HeaderCase(
        "cuad/TICKETSCOMINC_06_22_1999-EX-10.22-SPONSORSHIP AGREEMENT.txt",
        "SPONSORSHIP AGREEMENT",
        "agreement",
    ),
    HeaderCase(
        "cuad/ARMSTRONGFLOORING,INC_01_07_2019-EX-10.2-INTELLECTUAL PROPERTY AGREEMENT.txt",
        "INTELLECTUAL PROPERTY AGREEMENT",
        "agreement",
        execution_marker="Execution Version",
    ),
    # The confidential-treatment legend is glued in front of the title.
    HeaderCase(
        "cuad/SEASPINEHOLDINGSCORP_10_10_2018-EX-10.1-SUPPLY AGREEMENT.txt", "SUPPLY AGREEMENT", "agreement"
    ),
    # Non-breaking spaces everywhere and the title glued to "This Agreement".
    HeaderCase(
        "cuad/Part_II__Maintenance__NETZEEINC_11_14_2002-EX-10.3-MAINTENANCE AGREEMENT.txt",
        "MAINTENANCE AGREEMENT",
        "agreement",
    ),
    HeaderCase(
        "cuad/BIOAMBERINC_04_10_2013-EX-10.34-DEVELOPMENT AGREEMENT - First Amendment.txt",
        "AMENDMENT 1 TO DEVELOPMENT AGREEMENT",
        "amendment",
        "1",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.doc.split("/")[-1][:40] for c in CASES])
def test_header(case: HeaderCase) -> None:
    ex = extractor.parse(corpus_path(case.doc))
    d = ex.documents.iloc[0].to_dict()
    got = {k: (None if v is None or str(v) == "<NA>" else v) for k, v in d.items()}
    assert got["title"] == case.title
    assert got["kind"] == case.kind
    assert got["amendment_number"] == case.amendment_number
    if case.amended_agreement is not None:
        assert got["amended_agreement"] == case.amended_agreement
        assert got["amended_agreement_date"] == case.amended_agreement_date
    assert got["execution_marker"] == case.execution_marker


class AmendmentNumberCase(NamedTuple):
    title: str
    number: str | None


@pytest.mark.parametrize(
    "case",
    [
        AmendmentNumberCase(
            "AMENDMENT NO. 1 TO AMENDED AND RESTATED MEDIA GATEWAY SERVICES AGREEMENT II", "1"
        ),
        AmendmentNumberCase("FIRST AMENDMENT TO DISTRIBUTOR AGREEMENT", "1"),
        AmendmentNumberCase("Amendment #3 to the Manufacturing Agreement", "3"),
        AmendmentNumberCase("AMENDMENT NUMBER TWO TO LICENSE AGREEMENT", "2"),
        AmendmentNumberCase("AMENDMENT TO SERVICES AGREEMENT", None),
    ],
)
def test_amendment_number(case: AmendmentNumberCase) -> None:
    assert g.amendment_number(case.title) == case.number


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("AMENDMENT NO. 1 TO AMENDED AND RESTATED MEDIA GATEWAY SERVICES AGREEMENT II", "amendment"),
        ("AMENDED AND RESTATED CREDIT AGREEMENT", "amended and restated agreement"),
        ("LIMITED POWER OF ATTORNEY", "power of attorney"),
        ("MUTUAL TERMINATION AGREEMENT", "agreement"),
        ("Side Letter", "side letter"),
    ],
)
def test_kind(title: str, kind: str) -> None:
    assert g.kind_of(title) == kind


def test_title_span_is_original_text() -> None:
    ex = extractor.parse(corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt"))
    from extractor.stages.header import find_header
    from extractor.stages.layout import find_layout

    h = find_header(find_layout(ex.original))
    assert " ".join(ex.original[h.title_start : h.title_end].split()) == ex.title


# -- golden tables on real documents of different kinds ------------------------------------------------------
GOLDEN_DOCS = [
    "edgar-raw/qwest-kmc-mgs-amendment-1.txt",
    "cuad/ADMA BioManufacturing, LLC -  Amendment 3 to Manufacturing Agreement.txt",
    "cuad/CANOPETROLEUM,INC_12_13_2007-EX-10.1-Sponsorship Agreement.txt",
    "cuad/HertzGroupRealtyTrustInc_20190920_S-11A_EX-10.8_11816941_EX-10.8_Trademark License Agreement.txt",
    "cuad/NEONSYSTEMSINC_03_01_1999-EX-10.5-DISTRIBUTOR AGREEMENT_Amendment.txt",
    "cuad/Part_II__Service__FEDERATEDGOVERNMENTINCOMESECURITIESINC_04_28_2020-EX-99.SERV AGREE-SERVICES "
    "AGREEMENT_AMENDMENT.txt",
    "cuad/Part_II__Service__PAXMEDICA,INC_07_02_2020-EX-10.12-Master Service Agreement.txt",
    "cuad/TICKETSCOMINC_06_22_1999-EX-10.22-SPONSORSHIP AGREEMENT.txt",
    "cuad/WEBHELPCOMINC_03_22_2000-EX-10.8-HOSTING AGREEMENT.txt",
    "cuad/ArconicRolledProductsCorp_20191217_10-12B_EX-2.7_11923804_EX-2.7_Trademark License Agreement.txt",
    "cuad/BIOAMBERINC_04_10_2013-EX-10.34-DEVELOPMENT AGREEMENT - First Amendment.txt",
    "cuad/CORALGOLDRESOURCES,LTD_05_28_2020-EX-4.1-CONSULTING AGREEMENT.txt",
    "cuad/GLOBALTECHNOLOGIESLTD_06_08_2020-EX-10.16-CONSULTING AGREEMENT.txt",
    "cuad/MEDALISTDIVERSIFIEDREIT,INC_05_18_2020-EX-10.1-CONSULTING AGREEMENT.txt",
    "cuad/CytodynInc_20200109_10-Q_EX-10.5_11941634_EX-10.5_License Agreement.txt",
    "cuad/Part_II__Sponsorship__STAMPSCOMINC_06_24_1999-EX-10.18-SPONSORSHIP AGREEMENT.txt",
    "cuad/SONUSCORP_03_12_1997-EX-10.11-SPONSORSHIP AGREEMENT.txt",
    "cuad/ARMSTRONGFLOORING,INC_01_07_2019-EX-10.2-INTELLECTUAL PROPERTY AGREEMENT.txt",
    "cuad/AlliedEsportsEntertainmentInc_20190815_8-K_EX-10.19_11788293_EX-10.19_Content License Agreement.txt",  # noqa: E501
    "cuad/BIOPURECORP_06_30_1999-EX-10.13-AGENCY AGREEMENT.txt",
    "cuad/CURAEGISTECHNOLOGIES,INC_05_26_2010-EX-1-CORPORATE SPONSORSHIP AGREEMENT.txt",
    "cuad/XLITECHNOLOGIES,INC_12_02_2015-EX-10.02-STRATEGIC ALLIANCE AGREEMENT.txt",
    "cuad/SEASPINEHOLDINGSCORP_10_10_2018-EX-10.1-SUPPLY AGREEMENT.txt",
    "cuad/Part_I__Affiliate_Agreements__LinkPlusCorp_20050802_8-K_EX-10_3240252_EX-10_Affiliate Agreement.txt",  # noqa: E501
]
GOLDEN_TABLES = ("parties", "dates", "durations", "defined_terms")
HEADER_FIELDS = (
    "title",
    "kind",
    "amendment_number",
    "amended_agreement",
    "amended_agreement_date",
    "execution_marker",
)


def _slug(doc: str) -> str:
    import re

    return re.sub(r"[^A-Za-z0-9]+", "-", doc.split("/")[-1].rsplit(".", 1)[0]).strip("-")[:60]


@pytest.mark.parametrize("doc", GOLDEN_DOCS, ids=[_slug(d)[:40] for d in GOLDEN_DOCS])
def test_golden(doc: str, update_golden: bool) -> None:
    from conftest import GOLDEN
    from golden_util import check_golden

    from extractor.model import schema

    ex = extractor.parse(corpus_path(doc))
    folder = GOLDEN / "header_parties_dates" / _slug(doc)
    header = schema.frame("documents", [{k: ex.meta.get(k) for k in HEADER_FIELDS}])
    check_golden(header, "documents", folder / "documents.csv", update_golden)
    for table in GOLDEN_TABLES:
        check_golden(getattr(ex, table), table, folder / f"{table}.csv", update_golden)


_INTRO_PIECES = ["by", "BY", "By", "and", " ", "\n", "between", "BETWEEN", "among", "AMONGST", "amon\u017fst",
                 "entered into", "Made", "executed", "nearby", "x", "a", ":", "\u0130", "\t"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_INTRO_PIECES), max_size=14), st.integers(0, 80))
def test_intro_matches_are_the_finditer(pieces: list[str], limit: int) -> None:
    # the literal-led scan must give INTRO.finditer's matches (lowered() None for \u017f, \u0130 falls back)
    text = "".join(pieces)
    limit = min(limit, len(text))
    assert [m.span() for m in intro_matches(text, limit)] == [m.span() for m in g.INTRO.finditer(text, 0, limit)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_INTRO_PIECES), max_size=14), st.integers(0, 80), st.integers(1, 12))
def test_intro_starts_window_by_window_are_every_first_word(pieces: list[str], limit: int, window: int) -> None:
    text = "".join(pieces)
    limit = min(limit, len(text))
    low = lowered(text[:limit])
    assume(low is not None)
    want = sorted(k for w in g.INTRO_FIRST_WORDS for k in find_all(low, w))
    saved = header_stage.INTRO_WINDOW
    try:
        header_stage.INTRO_WINDOW = window  # windows shorter than the words: each still found once
        assert list(header_stage.intro_starts(text, limit)) == want
    finally:
        header_stage.INTRO_WINDOW = saved


_MARKER_PIECES = ["EXECUTION", "execution", "Version", "COPY", "copy", "final", "form", "conformed", " ", "  ",
                  "   ", "\n", "\t", "\xa0", "x", ".", "EXECUTION VERSION", "\u212a", "\r\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MARKER_PIECES), max_size=12), st.integers(0, 100))
def test_execution_marker_is_the_first_marker_piece(pieces: list[str], head_end: int) -> None:
    text = "".join(pieces)
    head_end = min(head_end, len(text))
    want = next(
        (m for s, e, _ in header_stage._pieces(text, 0, head_end) if (m := g.EXECUTION_MARKER.fullmatch(text, s, e))),
        None,
    )
    got = header_stage.execution_marker(text, head_end)
    assert (got.span() if got else None) == (want.span() if want else None)


_DATELESS_PIECES = ["January", "Dec.", "day of", "the ", "this ", "__", "[ ]", "   ", ",", "st", "TH", " ",
                    "of", "-", "/", "AGREEMENT", "\u00b2", "\u2160", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATELESS_PIECES), max_size=12))
def test_date_candidates_hold_a_digit(pieces: list[str]) -> None:
    # _title_ish skips the date search in a piece with no digit: no date candidate may be digit-free
    text = "".join(pieces)
    assert gd.DIGIT.search(text) is not None or gd.DATE_CANDIDATE.search(text) is None


VERB_PIECES = ["agree", "agrees", "hereby", " ", "  ", "\n", "\n\n", "have", "agreed", "enter", "into", "by", "this",
               "Agreement", "Agreementx", "confirm", "X", "x", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VERB_PIECES), max_size=80).map("".join), st.data())
def test_verb_search_answers_as_a_search_from_each_position(text: str, data: st.DataObject) -> None:
    """``_VerbSearch.first`` for positions and ends that never decrease: the regex module's own search."""
    verbs = header_stage._VerbSearch(text)
    pos = end = 0
    for _ in range(12):
        pos = data.draw(st.integers(pos, len(text)))
        end = data.draw(st.integers(max(pos, end), min(len(text), pos + 150)))
        want = g_parties.AGREE_VERB.search(text, pos, end)
        got = verbs.first(pos, end)
        assert (got and got.span()) == (want and want.span())


def test_verb_search_does_not_keep_a_match_the_window_cut() -> None:
    """ "hereby agree|d" cut at the window's end is a match; the next, longer window shows "agreed"."""
    text = "x hereby agreed to"
    verbs = header_stage._VerbSearch(text)
    assert verbs.first(0, 14).group() == "hereby agree"
    assert verbs.first(1, len(text)) is None


@pytest.mark.parametrize("text", ["by   and   between X", "BY \tAND\nAMONG X", "hereby and among", "by andbetween",
                                  "signed by the parties, by and between", "by  an d between", "nearby"])
def test_intro_matches_at_by_need_an_and(text: str) -> None:
    """Only "by and between/among" opens INTRO at "by": the scan tries no other "by", and misses none."""
    for limit in range(len(text) + 1):
        assert [m.span() for m in intro_matches(text, limit)] == [m.span() for m in g.INTRO.finditer(text, 0, limit)]
