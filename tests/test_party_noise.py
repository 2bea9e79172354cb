"""Text taken for a party's name that names nobody (grammars/party_noise.py), on real snippets from the corpus."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from extractor.grammars import party_noise


class NoiseCase(NamedTuple):
    name: str  # as a party list or signature block handed it over
    suffixed: bool  # ends in an entity suffix
    kind: str | None  # what no_name says; None: may be a name


NOISE = [
    NoiseCase("January 1", False, "date"),  # BYM_0001193125-07-039915_3: "between January 1, 2010 and March 15, 2010"
    NoiseCase("DAY OF NOVEMBER, 2005", False, "date"),  # employment__1123337 signature block
    NoiseCase("Sincerely", False, "closing"),  # a letter's closing over the company's signature
    NoiseCase("LEGAL", False, "word"),  # OMINTO: a form's "LEGAL" column over the signature
    NoiseCase("Title", False, "word"),
    NoiseCase("I am pleased to extend to you an offer of employment", False, "sentence"),
    NoiseCase("Mr. Albright was granted an option to purchase 40", False, "sentence"),
    NoiseCase("Cisco governing Customer's use of the Software", False, "sentence"),
    NoiseCase("Director of Asia-Pacific Operations", False, "office"),
    NoiseCase("Chief Executive Officer of Licensor", False, "office"),
    NoiseCase("Province Line Road, Princeton, New Jersey 08540, USA", False, "address"),
    NoiseCase("Broad & Walnut Streets, PMB006", False, "address"),
    NoiseCase("Companies of Paris under number B 732 059 332", False, "address"),
    NoiseCase("Restated 2010 Equity Incentive Plan", False, "thing"),
    NoiseCase("COMPETITIVE ADVANCE FACILITY ==========", False, "rule"),
    # signature blocks: a form's blanks, an e-mail, an acceptance line or a form label taken for the party
    NoiseCase("Name of Master Reseller (if applicable):____________ Approved", False, "rule"),  # OMINTO
    NoiseCase("Kchase@equidata.com Email Address: ivan.posniak@nationalcreditreport.com", False, "rule"),  # SteelVault
    NoiseCase("CONFIRMED AND ACCEPTED", False, "word"),  # ALLIANCEBANCORP agency agreement
    NoiseCase("THE FOREGOING IS UNDERSTOOD AND AGREED TO", False, "word"),  # Cardlytics maintenance agreement
    NoiseCase("AGREED TO", False, "word"),  # TcPipelines transportation agreement
    NoiseCase("COMMENTS", False, "word"),  # Musclepharm approval form
    NoiseCase("SCHEDULE OF SERVICES AND FEES[***]", False, "heading"),  # PcQuote: the next page's heading
    NoiseCase("Responsible Person", False, "word"),  # IDREAMSKY: "Responsible Person (signature):"
    # names
    NoiseCase("Trust Advisors to the Seller Trusts", False, None),
    NoiseCase("NeoMedia Micro Paint Repair", False, None),
    NoiseCase("Health Plan of Nevada, Inc.", True, None),
    NoiseCase("President and Fellows of Harvard College", False, None),
    NoiseCase("Rockefeller Center Properties, Inc.", True, None),
    NoiseCase("Fund I", False, None),
]


@pytest.mark.parametrize("case", NOISE, ids=[c.name[:30] for c in NOISE])
def test_no_name(case: NoiseCase) -> None:
    assert party_noise.no_name(case.name, case.suffixed) == case.kind


class TrimCase(NamedTuple):
    name: str
    trimmed: str


TRIMS = [
    TrimCase("In consideration of the mutual agreements set forth below, Daniel Eilers", "Daniel Eilers"),
    TrimCase("Steve Jobs or his designees from time to time", "Steve Jobs"),
    TrimCase("Chase Bank USA, N.A. (?Chase?) and you", "Chase Bank USA, N.A."),
    TrimCase("Chief Technology Officer Martin Zuurbier", "Martin Zuurbier"),
    TrimCase("In-Q-Tel, Inc.", "In-Q-Tel, Inc."),
    TrimCase("Asia Pacific Ltd.", "Asia Pacific Ltd."),
    TrimCase("Google Confidential", "Google"),  # WHITESMOKE: the page's foot read onto the signing party
]


@pytest.mark.parametrize("case", TRIMS, ids=[c.name[:30] for c in TRIMS])
def test_trimmed(case: TrimCase) -> None:
    assert party_noise.trimmed(case.name) == case.trimmed
