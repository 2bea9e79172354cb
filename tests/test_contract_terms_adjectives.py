"""A governing law written as a nationality adjective ("governed by Dutch law"), on real snippets.

``grammars/vocab/governing_law_places.txt`` maps the adjective to its place ("Dutch|Netherlands"), as
it did for "English" and "Swiss"; the grammar's ``place_law`` reads "<place> law". A sentence that
names such a law without a governing cue (a rule of some other law the contract cites) is no
governing law.
"""

from __future__ import annotations

import pytest
from test_contract_terms import LawCase, check_governing_law

ADJECTIVE_LAWS = [
    LawCase(
        # contracts-ex10/employment__1049606_2001-05-10_EMPLOYMENT-AGREEMENT.txt
        "21.  The  Employee's  work  area  covers  several  countries,   but  under  this\nEmployment  Contract the"
        "  Netherlands  must be regarded as his  operational\nbase, which means that this Employment Contract is"
        " governed by Dutch law.",
        "Dutch", "Netherlands",
    ),
    LawCase(
        # cuad/VERICELCORP_08_06_2019-EX-10.10-SUPPLY AGREEMENT: a rule the contract cites, no governing cue
        "MediWound will notify the IIA in accordance with applicable Israeli Laws upon the commencement of"
        " Manufacturing",
        None, None,
    ),
    LawCase(
        # cuad/WASTE2ENERGYHOLDINGS,INC_06_03_2010-EX-10.2-STRATEGIC ALLIANCE AGREEMENT (read before, too)
        "22 GOVERNING LAW     22.1 This Agreement is governed by English law.     22.2 The Parties submit",
        "English", "England",
    ),
]


@pytest.mark.parametrize("case", ADJECTIVE_LAWS, ids=lambda c: c.snippet[:40])
def test_governing_law_written_as_an_adjective(case: LawCase) -> None:
    check_governing_law(case)
