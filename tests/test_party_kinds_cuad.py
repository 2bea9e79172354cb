"""Parties by kind of failure left in the CUAD dev set (``../shared/eval/cuad-score --verbose``, issue 19).

Each row names a real corpus document, the parties it must give (name, alias) and the names it must not
give; the document may give more. A kind holds across documents: where the corpus has several, rows
name more than one.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import corpus_path

import extractor


class KindCase(NamedTuple):
    kind: str
    doc: str  # relative to ../shared/corpus
    parties: list[tuple[str, str | None]]  # (name, alias) that must be among the document's parties
    absent: list[str] = []  # names that must not be parties


CASES = [
    # '... a Delaware corporation ("GWG"), and the Trust Advisors to the Seller Trusts listed on Schedule A hereto
    # (the "Trust Advisors"), and any other person ...': the list names a party by a capitalised description
    # that its alias repeats; the trusts signing for it are then no parties of their own
    KindCase(
        "a party named by a description after 'and the'",
        "cuad/GWG HOLDINGS, INC. - ORDERLY MARKETING AGREEMENT.txt",
        [("GWG Holdings, Inc.", "GWG"), ("Trust Advisors to the Seller Trusts", "Trust Advisors")],
        ["THE LT-1 EXCHANGE TRUST"],
    ),
    # '... (the "Company") and the Agent named on the signature page hereof (the "Agent")': a bare role
    # described is no name; the signature block names that party
    KindCase(
        "a role 'named on the signature page' is no name",
        "cuad/BIOPURECORP_06_30_1999-EX-10.13-AGENCY AGREEMENT.txt",
        [("Biopure Corporation", "Company")],
        ["Agent"],
    ),
    # line breaks lost: '(herein referred to as \u201cPrincipal\u201d)AndPreCheck Health Services, Inc.'
    KindCase(
        "'And' glued to the next name after the alias",
        "cuad/Part_I__Distributor__PrecheckHealthServicesInc_20200320_8-K_EX-99.2_12070169_EX-99.2_"
        "Distributor Agreement.txt",
        [("Co-Diagnostics, Inc.", "Principal"), ("PreCheck Health Services, Inc.", "Distributor")],
    ),
    KindCase(
        "'And' glued to the next name after the alias, a name in capitals",
        "cuad/Part_I__Manufacturing__InmodeLtd_20190729_F-1A_EX-10.9_11743243_EX-10.9_Manufacturing Agreement.txt",
        [("INVASIX LTD.", "Customer"), ("FLEXTRONICS ISRAEL LTD.", None)],
    ),
    # line breaks lost: "... December 2001.BETWEEN(1)  CHINA ECONOMIC ... (      "CEIS"); and(2)  XINHUA ..."
    KindCase(
        "numbered list glued to BETWEEN, spaces inside the alias's bracket",
        "cuad/Part_I__License_Agreements__XinhuaSportsEntertainmentLtd_20070221_F-1_EX-99.4_645553_EX-99.4_"
        "Content License Agreement.txt",
        [("CHINA ECONOMIC INFORMATION SERVICE OF XINHUA NEWS AGENCY", "CEIS"),
         ("XINHUA FINANCIAL NETWORK LIMITED", "XFN")],
    ),
    # "by and between:\n\nPPG Paints ... ("PPG Shanghai")\n\nAddress    :   Suite 2512, ...\n\nTel. ...\n\n
    # Legal representative : Viktoras R. Sekmakas and\n\nNeoMedia Micro Paint Repair ... ("DISTRIBUTOR")"
    KindCase(
        "detail lines ('Address :', 'Tel.') under each party",
        "cuad/NEOMEDIATECHNOLOGIESINC_12_15_2005-EX-16.1-DISTRIBUTOR AGREEMENT.txt",
        [("PPG Paints Trading (Shanghai) Co Ltd", "PPG Shanghai"), ("NeoMedia Micro Paint Repair", "DISTRIBUTOR")],
        ["Address"],
    ),
    # "by and between:\n\nParty A: Rise (Tianjin) Education ... ("Service Provider")\n\nAddress: Room C209, ...
    # C217 and C218, 2/F, ...": the label before the name, the address line no party
    KindCase(
        "'Party A:' label before the name, an address line after it",
        "cuad/RISEEDUCATIONCAYMANLTD_04_17_2020-EX-4.23-SERVICE AGREEMENT.txt",
        [("Rise (Tianjin) Education Information Consulting Co., Ltd.", "Service Provider")],
        ["C218"],
    ),
    # "BETWEEN: ORGANIC PREPARATIONS INC. 2nd Floor, ..., Port Vila. Vanuatu ('the Manufacturer') of one part
    # AND: AGAPE ATP INTERNATIONAL HOLDING LIMITED Unit 05, ...": a dot in the address before "of one part"
    KindCase(
        "'of one part AND:' after a dot in the first party's address",
        "cuad/AgapeAtpCorp_20191202_10-KA_EX-10.1_11911128_EX-10.1_Supply Agreement.txt",
        [("ORGANIC PREPARATIONS INC.", None), ("AGAPE ATP INTERNATIONAL HOLDING LIMITED", None)],
    ),
    # line breaks lost: "... of one partAND:AGAPE ATP INTERNATIONAL HOLDING LIMITEDUnit 05, 4F, ..."
    KindCase(
        "'of one partAND:' glued, the address glued to the suffix",
        "cuad/Part_I__Supply__AgapeAtpCorp_20191202_10-KA_EX-10.1_11911128_EX-10.1_Supply Agreement.txt",
        [("ORGANIC PREPARATIONS INC.", None), ("AGAPE ATP INTERNATIONAL HOLDING LIMITED", None)],
        ["Y HOLDINGS LIMITE"],
    ),
    # "... by and between you and Apple.": the signature block and the text write "Apple Computer, Inc." in full
    KindCase(
        "a letter's company by the short form the list uses",
        "edgar-exhibits/AAPL_0000320193-96-000018_6.txt",
        [("APPLE COMPUTER, INC.", None)],
        ["Apple"],
    ),
    KindCase(
        "a one-word short form, the full name in the signature block and the text",
        "contracts-ex10/software_license__1135906_2009-05-11_SOFTWARE-LICENSE-AGREEMENT.txt",
        [("COMBINATORX, INCORPORATED", None)],
        ["CombinatoRx"],
    ),
    # 'confirming the grant on June 15, 2005 (the "Grant Date") by Bristol-Myers Squibb Company, a Delaware
    # corporation (the "Company"), to James D. Robinson III ("Grantee"), of Restricted Stock Units ...'
    KindCase(
        "a grant's preamble: by X (alias), to Y (alias)",
        "edgar-exhibits/BYM_0001193125-05-156446_3.txt",
        [("Bristol-Myers Squibb Company", "Company"), ("James D. Robinson III", "Grantee")],
    ),
    # 'Apple Computer, Inc. and its subsidiaries (the "Company")': the group's alias is the sponsor's
    KindCase(
        "a sponsor's alias defined for its group",
        "edgar-exhibits/AAPL_0000320193-97-000011_3.txt",
        [("APPLE COMPUTER, INC.", "Company")],
    ),
    # a signature block's party with its descriptor run on: "ARC HOSPITALITY TRS STRATFORD, LLC, a Delaware
    # limited liability company HOMEWOO a Delawar" (the same party as "ARC HOSPITALITY TRS STRATFORD LLC")
    KindCase(
        "a descriptor after a signature block's party",
        "cuad/HOSPITALITYINVESTORSTRUST,INC_04_07_2014-EX-10.26-FRANCHISE AGREEMENT.txt",
        [("Homewood Suites Franchise LLC", "we")],
        ["ARC HOSPITALITY TRS STRATFORD, LLC, a Delaware limited liability company HOMEWOO a Delawar"],
    ),
]


def _parties(rel: str) -> list[tuple[str, str | None]]:
    ex = extractor.parse(corpus_path(rel))
    assert all(ex.original[r.start : r.end] == r.text for r in ex.parties.itertuples())
    return [(r.name, None if r.alias is None or str(r.alias) == "<NA>" else r.alias) for r in ex.parties.itertuples()]


@pytest.mark.parametrize("case", CASES, ids=[c.kind for c in CASES])
def test_party_kind(case: KindCase) -> None:
    got = _parties(case.doc)
    for want in case.parties:
        assert want in got, (case.kind, got)
    names = {n for n, _ in got}
    for name in case.absent:
        assert name not in names, (case.kind, got)


def test_an_attachment_is_no_role() -> None:
    """ "... a joinder hereto in the form attached as Exhibit A": "as Exhibit" names an attachment, not a role."""
    ex = extractor.parse(corpus_path("cuad/GWG HOLDINGS, INC. - ORDERLY MARKETING AGREEMENT.txt"))
    assert not any(str(r) == "Exhibit" for r in ex.parties.role)
