"""Signature tables of whole corpus documents: the qwest amendment, an acknowledged block, column
signature lines, and golden tables over several signature layouts."""

from __future__ import annotations

import pytest
from conftest import GOLDEN, corpus_path
from golden_util import check_golden, golden_name

import extractor


def test_qwest_three_rows_and_block_stripped_from_body() -> None:
    ex = extractor.parse(corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt"))
    sig = ex.signatures
    got = list(
        zip(sig["party"], sig["signed"], sig["signer"].fillna(""), sig["title"].fillna(""), strict=True)
    )
    officer = "ASSOCIATE GENERAL COUNSEL AND ASSISTANT SECRETARY"
    assert got == [
        ("KMC Telecom V Inc.", False, "", ""),
        ("Qwest Communications Corporation", True, "YASH RANA", officer),
        ("Qwest Communications International Inc.", True, "YASH RANA", officer),
    ]
    assert set(sig["block"]) == {1} and set(sig["kind"]) == {"party"} and set(sig["page"]) == {4}
    for row in sig.itertuples():
        assert ex.original[row.start : row.end] == row.text
    assert "IN WITNESS WHEREOF" in ex.body  # the clause stays; the block goes
    assert "YASH RANA" not in ex.body and "KMC Telecom V Inc.\n\nBy:" not in ex.body
    assert "YASH RANA" not in ex.body_marked


def test_acknowledged_block_kind() -> None:
    path = corpus_path(
        "cuad/Part_II__Service__FEDERATEDGOVERNMENTINCOMESECURITIESINC_04_28_2020-EX-99.SERV AGREE-SERVICES "
        "AGREEMENT_POWEROF.txt"
    )
    sig = extractor.parse(path).signatures
    assert list(sig["kind"]) == ["party", "acknowledged"]
    assert list(sig["party"]) == [
        "FEDERATED INVESTMENT MANAGEMENT COMPANY",
        "FEDERATED ADVISORY SERVICES COMPANY",
    ]


# -- golden tables on real documents: several signature layouts ------------------------------------
FED = (
    "cuad/Part_II__Service__FEDERATEDGOVERNMENTINCOMESECURITIESINC_04_28_2020-EX-99.SERV AGREE-"
    "SERVICES AGREEMENT"
)
SIGNATURE_GOLDEN = [
    "edgar-raw/qwest-kmc-mgs-amendment-1.txt",  # clean lines, one block left blank
    "cuad/ADMA BioManufacturing, LLC -  Amendment 3 to Manufacturing Agreement.txt",  # with Date:
    "cuad/CANOPETROLEUM,INC_12_13_2007-EX-10.1-Sponsorship Agreement.txt",  # wide gaps, Printed Name:
    "cuad/NEONSYSTEMSINC_03_01_1999-EX-10.5-DISTRIBUTOR AGREEMENT_Amendment.txt",  # joinder: a second block
    f"{FED}_AMENDMENT.txt",  # two columns flattened into one line
    f"{FED}.txt",  # flattened, title glued to the next party
    f"{FED}_POWEROF.txt",  # "Accepted and agreed" block
    "cuad/Part_II__Service__PAXMEDICA,INC_07_02_2020-EX-10.12-Master Service Agreement.txt",  # no colons
    "cuad/WEBHELPCOMINC_03_22_2000-EX-10.8-HOSTING AGREEMENT.txt",  # role labels, Name:/s/
    "cuad/MOELIS_CO_03_24_2014-EX-10.19-STRATEGIC ALLIANCE AGREEMENT.txt",  # By: GP LLC / Its: / By:
    "cuad/IntegrityMediaInc_20010329_10-K405_EX-10.17_2373875_EX-10.17_Co-Branding Agreement.txt",  # columns
    "cuad/INGEVITYCORP_05_16_2016-EX-10.5-INTELLECTUAL PROPERTY AGREEMENT.txt",  # long officer titles
    "cuad/EtonPharmaceuticalsInc_20191114_10-Q_EX-10.1_11893941_EX-10.1_Development Agreement.txt",  # blank
    "cuad/BIOAMBERINC_04_10_2013-EX-10.34-DEVELOPMENT AGREEMENT - First Amendment.txt",  # Date: lines
    "cuad/ELFBEAUTY,INC_07_02_2020-EX-10.1-COOPERATION AGREEMENT.txt",  # several entities per side
    "cuad/HertzGroupRealtyTrustInc_20190920_S-11A_EX-10.8_11816941_EX-10.8_Trademark License Agreement.txt",
    "cuad/TRUENORTHENERGYCORP_02_08_2007-EX-10.1-DEVELOPMENT AGREEMENT.txt",  # witnesses, notary certificates
    "cuad/PharmagenInc_20120803_8-KA_EX-10.1_7693204_EX-10.1_Endorsement Agreement.txt",  # witness columns
    "cuad/MEETGROUP,INC_06_29_2017-EX-10.1-COOPERATION AGREEMENT.txt",  # "By: X LLC Investment Manager"
]


@pytest.mark.parametrize("rel", SIGNATURE_GOLDEN, ids=[golden_name(r)[:40] for r in SIGNATURE_GOLDEN])
def test_signatures_golden(rel: str, update_golden: bool) -> None:
    ex = extractor.parse(corpus_path(rel))
    check_golden(ex.signatures, "signatures", GOLDEN / "signatures" / golden_name(rel), update_golden)


def test_each_column_keeps_its_own_signature_line() -> None:
    # OAsys Mobile outsourcing agreement: "SIGNATURE: /s/ A  SIGNATURE: /s/ B" over "PRINT NAME:" columns
    path = corpus_path("cuad/OASYSMOBILE,INC_07_05_2001-EX-10.17-OUTSOURCING AGREEMENT.txt")
    sig = extractor.parse(path).signatures
    got = list(zip(sig["party"].fillna(""), sig["signer"].fillna(""), sig["signed"], strict=True))
    assert ("HIGH SPEED NET SOLUTIONS, INC.", "Andrew Fox", True) in got
    assert ("E.PIPHANY, INC.", "Karen Richardson", True) in got
