"""Header: title as printed, kind, amendment number, amended agreement, execution marker."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import corpus_path

import extractor
from extractor.grammars import header as g


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
        "AMENDMENT NO. 1 TO AMENDED AND RESTATED MEDIA GATEWAY SERVICES AGREEMENT II", "amendment", "1",
        "Amended and Restated Media Gateway Services Agreement II", "2000-03-31", "EXECUTION VERSION",
    ),
    # The file opens with the last pages of the base agreement; the title is the amendment's.
    HeaderCase(
        "cuad/NEONSYSTEMSINC_03_01_1999-EX-10.5-DISTRIBUTOR AGREEMENT_Amendment.txt",
        "FIRST AMENDMENT TO DISTRIBUTOR AGREEMENT", "amendment", "1", "Distributor Agreement", "1996-01-01",
    ),
    # Title glued to the preamble: "Amendment #3 to the Manufacturing Agreement This Amendment #3 ..."
    HeaderCase(
        "cuad/ADMA BioManufacturing, LLC -  Amendment 3 to Manufacturing Agreement.txt",
        "Amendment #3 to the Manufacturing Agreement", "amendment", "3", "Manufacturing Agreement", "2011-09-30",
    ),
    HeaderCase(
        "cuad/Part_II__Service__FEDERATEDGOVERNMENTINCOMESECURITIESINC_04_28_2020-EX-99.SERV AGREE-SERVICES "
        "AGREEMENT_AMENDMENT.txt",
        "AMENDMENT TO SERVICES AGREEMENT", "amendment", None, "Services Agreement", "2004-01-01",
    ),
    HeaderCase(
        "cuad/Part_II__Service__PAXMEDICA,INC_07_02_2020-EX-10.12-Master Service Agreement.txt",
        "Master Service Agreement", "agreement",
    ),
    HeaderCase(
        "cuad/HertzGroupRealtyTrustInc_20190920_S-11A_EX-10.8_11816941_EX-10.8_Trademark License Agreement.txt",
        "FORM OF TRADEMARK LICENSE AGREEMENT", "agreement",
    ),
    # A letterhead block stands above the title.
    HeaderCase("cuad/TICKETSCOMINC_06_22_1999-EX-10.22-SPONSORSHIP AGREEMENT.txt", "SPONSORSHIP AGREEMENT", "agreement"),
    HeaderCase(
        "cuad/ARMSTRONGFLOORING,INC_01_07_2019-EX-10.2-INTELLECTUAL PROPERTY AGREEMENT.txt",
        "INTELLECTUAL PROPERTY AGREEMENT", "agreement", execution_marker="Execution Version",
    ),
    # The confidential-treatment legend is glued in front of the title.
    HeaderCase("cuad/SEASPINEHOLDINGSCORP_10_10_2018-EX-10.1-SUPPLY AGREEMENT.txt", "SUPPLY AGREEMENT", "agreement"),
    # Non-breaking spaces everywhere and the title glued to "This Agreement".
    HeaderCase(
        "cuad/Part_II__Maintenance__NETZEEINC_11_14_2002-EX-10.3-MAINTENANCE AGREEMENT.txt",
        "MAINTENANCE AGREEMENT", "agreement",
    ),
    HeaderCase(
        "cuad/BIOAMBERINC_04_10_2013-EX-10.34-DEVELOPMENT AGREEMENT - First Amendment.txt",
        "AMENDMENT 1 TO DEVELOPMENT AGREEMENT", "amendment", "1",
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
        AmendmentNumberCase("AMENDMENT NO. 1 TO AMENDED AND RESTATED MEDIA GATEWAY SERVICES AGREEMENT II", "1"),
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
    from extractor.header import find_header
    from extractor.layout import find_layout

    h = find_header(find_layout(ex.original))
    assert " ".join(ex.original[h.title_start : h.title_end].split()) == ex.title
