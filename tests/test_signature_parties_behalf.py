"""The party of a block opened by "SIGNED for and on behalf of X by:" over its "By:" line, read alike in
both extractions of one CUAD contract: the layout copy has the phrase on its own line, the flattened copy
glued the phrase's "by" to the name ("HealthGateby:"). The cases are real lines from both copies in
../shared/corpus/cuad; the phrase's closing "by" is no part of the name, and the line opens the block
below it (it is no party written under the signatory above it)."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest

import extractor
from extractor.stages.signature_parties import clean_party


class Line(NamedTuple):
    kind: str
    text: str  # a line (or the chunk of it) read as a party name
    party: str | None


LINES = [
    # the flattened copy: the phrase and the name on one line, "by" glued to the name
    Line("behalf_by_glued", "SIGNED for and on behalf of HealthGateby:", "HealthGate"),
    # the layout copy: the name's chunk cut from the phrase, its "by:" spaced
    Line("name_by_colon", "HealthGate by:", "HealthGate"),
    Line("behalf_by_spaced", "SIGNED for and on behalf of HealthGate by:", "HealthGate"),
    # the phrase without a closing "by": the name as written
    Line("behalf_no_by", "For and on behalf of Telstra Global Networks Limited", "Telstra Global Networks Limited"),
    # a role with its "by:" names nobody
    Line("role_by", "Accepted by:", None),
    Line("publishers", "SIGNED for and on behalf of the Publishers by:", None),
]


@pytest.mark.parametrize("case", LINES, ids=[c.kind for c in LINES])
def test_behalf_by_is_no_part_of_the_name(case: Line) -> None:
    assert clean_party(case.text) == case.party


class Block(NamedTuple):
    kind: str
    text: str
    parties: dict[str, str | None]  # signer -> party


BLOCKS = [
    # the layout copy: the HealthGate line opens the block below, not a party under the Publishers' signer
    Block(
        "behalf_line_opens_next_block",
        "SIGNED for and on behalf of the Publishers by:\n\n/s/ Jonathan Conibear"
        "                                  /s/ Joachim Malling\n\nin the presence of:\n\n/s/ [ILLEGIBLE]"
        "                                        /s/ [ILLEGIBLE]\n\nDate: 20.3.98"
        "                                          30.4.98\n\nSIGNED for and on behalf of HealthGate by:\n\n"
        "By: /s/ William S. Reece     -----------------------------------         William S. Reece\n\n"
        "in the presence of:\n\n/s/ Maria Pace\n\nDate:\n\n4.7.98\n",
        {"Jonathan Conibear": None},
    ),
    # the flattened copy
    Block(
        "behalf_by_glued_block",
        "25Signing ProvisionsSIGNED for and on behalf of the Publishersby:/s/ Jonathan Conibear"
        "                                  /s/ Joachim Mallingin the presence of:/s/ [ILLEGIBLE]"
        "                                        /s/ [ILLEGIBLE]Date: 20.3.98"
        "                                          30.4.98SIGNED for and on behalf of HealthGateby:By: /s/ "
        "William S. Reece    -----------------------------------        William S. Reecein the presence of:"
        "/s/ Maria PaceDate:4.7.98Schedules",
        {"Jonathan Conibear": None, "William S. Reece": "HealthGate"},
    ),
]


@pytest.mark.parametrize("case", BLOCKS, ids=[c.kind for c in BLOCKS])
def test_behalf_block_parties(case: Block) -> None:
    sigs = extractor.parse(case.text).signatures
    got = {s: (None if pd.isna(p) else p) for s, p in zip(sigs["signer"], sigs["party"], strict=True)}
    for signer, party in case.parties.items():
        assert got[signer] == party
