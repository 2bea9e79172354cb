"""Signature pages of raw EDGAR exhibits (issue 18), by kind of layout, on real corpus documents: a
title typed under the signer's name without "Title:", kept in its column; a person's own /s/ beside
an entity's signed "By:"; a name stacked over lines (wrapped without a joining word, staggered
beside the other column's labels, a bank's branch or agency); a capacity written on its own line
("As Documentation Agent and Lender"). Each row names a document and one (signer, party, title) row
its signature table must hold; ``None`` is an empty cell. Texts are compared by their words."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest
from conftest import corpus_path

import extractor
from extractor.stages.signature_parties import names_above


class Row(NamedTuple):
    kind: str
    rel: str  # under ../shared/corpus
    signer: str | None
    party: str | None
    title: str | None


AMEND = "edgar-amendments/"
EX10 = "contracts-ex10/"
ROWS = [
    # a title typed under the name, no label, its last line a department ("Human Resources")
    Row("title_under_name", "edgar-exhibits/AAPL_0000320193-96-000018_6.txt", "Kevin Sullivan",
        "APPLE COMPUTER, INC.", "Senior Vice President, Human Resources"),
    # "/S/ A     /S/ B / A's title": the title under the left column is not the right column's
    Row("title_in_its_column",
        EX10 + "construction__28626_1997-08-28_EXH-10.21-AGREEMENT-BET-OWNER-CONSTRUCTION-MGR.txt",
        "THOMAS BRADY", "MARSHALL CONTRACTORS, INC.", None),
    # the name typed again with its title on one line: the title is what follows the name
    Row("name_comma_title", EX10 + "construction__789570_1996-03-29_CONSTRUCTION-REVOLVING-LOAN-AGREEMENT.txt",
        "Jon Varnell", "BANK OF AMERICA NATIONAL TRUST AND SAVINGS ASSOCIATION", "Managing Director"),
    # "By: /s/ Nancy R. Heinen          /s/ Steve Jobs": a person signing beside the company's officer
    Row("person_beside_by", "edgar-exhibits/AAPL_0001104659-03-017766_2.txt", "Steve Jobs", None, None),
    # "O'BRIEN (NEWARK) / COGENERATION, INC.": a name wrapped with no joining word
    Row("wrapped_name", AMEND + "obrien-newark-cogen-1989-construction-credit-amendment-2.txt", None,
        "O'BRIEN (NEWARK) COGENERATION, INC.", "President"),
    # "ACTION RENT-TO-OWN HOLDINGS     Its: / OF SOUTH CAROLINA, INC.": staggered columns
    Row("staggered_columns", AMEND + "alrenco-1998-credit-amendment-1.txt", None,
        "ACTION RENT-TO-OWN HOLDINGS OF SOUTH CAROLINA, INC.", None),
    # "THE NIPPON CREDIT BANK, LTD., LOS / ANGELES AGENCY, as a Bank": the agency ends the bank's name
    Row("bank_agency", EX10 + "construction__789570_1996-03-29_CONSTRUCTION-REVOLVING-LOAN-AGREEMENT.txt",
        "Bernardo E. Correa-Henschke", "THE NIPPON CREDIT BANK, LTD., LOS ANGELES AGENCY",
        "Vice President and Manager"),
    # "BANK OF AMERICA, N.A., / As Documentation Agent and Lender": the capacity is no party
    Row("capacity_line", EX10 + "credit__1083269_2000-03-20_CREDIT-AGREEMENT.txt", "Paul L. Colon",
        "BANK OF AMERICA, N.A.", "Vice President"),
]


def _words(value: object) -> str | None:
    if value is None or pd.isna(value) or not str(value).strip():
        return None
    return " ".join(str(value).replace(",", " ").split()).casefold()


@pytest.mark.parametrize("case", ROWS, ids=[f"{c.kind}-{c.rel.split('/')[-1][:30]}" for c in ROWS])
def test_raw_signature_layouts(case: Row) -> None:
    sig = extractor.parse(corpus_path(case.rel)).signatures
    got = {(_words(s), _words(p), _words(t)) for s, p, t in zip(sig["signer"], sig["party"], sig["title"], strict=True)}
    want = (_words(case.signer), _words(case.party), _words(case.title))
    assert want in got, sorted(got, key=str)


class Above(NamedTuple):
    kind: str
    text: str  # the text above a "By:" line, as the corpus writes it
    party: str | None


ABOVE = [
    Above("capacity_line", "BANK OF AMERICA, N.A.,\nAs Documentation Agent and Lender\n\n\n", "BANK OF AMERICA, N.A."),
    Above("capacity_wrapped", "THE BANK OF NOVA SCOTIA, as a Co-\nSyndication Agent, as an LC Issuer and as a Lender\n",
          "THE BANK OF NOVA SCOTIA"),
    Above("capacity_lower_case", "JPMORGAN CHASE BANK,\nindividually and as Administrative Agent,\n"
          "Collateral Agent, Issuing Bank and\nSwingline Lender,\n\n", "JPMORGAN CHASE BANK"),
    Above("national_association", "AGENT:\n\nTEXAS COMMERCE BANK\nNATIONAL ASSOCIATION, Agent\n\n",
          "TEXAS COMMERCE BANK NATIONAL ASSOCIATION"),
    Above("wrapped_name", "the day and year first above written.\n\nO'BRIEN (NEWARK)\nCOGENERATION, INC.\n\n\n",
          "O'BRIEN (NEWARK) COGENERATION, INC."),
    Above("two_names_stacked", "ACME HOLDINGS\n\nBETA CORP.\n", "BETA CORP."),  # a blank line between: two names
    Above("letter_closing", "Sincerely,\n\n\n", None),
    Above("office_words", "Senior Vice President,\nHuman Resources\n\n\n", None),
    Above("signing_line_label", "By Its Authorized Representative:\n\n", None),
]


@pytest.mark.parametrize("case", ABOVE, ids=[c.kind for c in ABOVE])
def test_names_above_raw(case: Above) -> None:
    assert names_above(case.text, 1) == [case.party]
