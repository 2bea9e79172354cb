"""Why an amending sentence that gives no operation is not an instruction: each reason code on the
real sentence that needs it (issue 20's coverage: every such sentence has a reason)."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor.stages.amendment_coverage import _Reach, amendment_coverage


class Case(NamedTuple):
    text: str
    code: str


CASES = [
    # a change left to a later agreement, or made later by itself
    Case("In addition, the Parties shall discuss and amend the purchase prices for Compound and Product set forth "
         "in Section 5.11.2(a) by mutual written agreement as they mutually deem appropriate.", "amendment_rule"),
    Case("For each of the Properties identified in or added by mutual agreement to Exhibit A, Fox will provide to "
         "Licensee style guides.", "amendment_rule"),
    Case("We will have a continuing right to designate any person as a Principal, and Exhibit C will be so amended "
         "automatically upon written notice to you.", "amendment_rule"),
    Case("b) Amend the Application Matrix of SECTION II--Sale of IBM Services in Supplement 1 to Attachment 1, "
         "Statement of Work, to the Agreement on or before January 15, 1999.", "amendment_rule"),
    Case("Notwithstanding Section 5.1.2 of the Restated Agreement (as amended by this Amendment), neither the BMS "
         "Chair nor the Otsuka Chair of the JCC shall have the tie-breaking vote.", "amendment_rule"),
    # prose that names the provision changed and states the new rule in its own words
    Case("Both BMS and Otsuka sales representatives will be assigned to cover economically valuable accounts, "
         "including without limitation (and as an amendment to Section 5.3.5 of the Restated Agreement), teaching "
         "hospitals.", "amendment_vague"),
    Case("For the avoidance of doubt, the P-T Supply Agreement shall be deemed to amend and supersede any "
         "inconsistent terms set forth in Section 5.11.1(f) of the Restated Agreement.", "amendment_vague"),
    Case("The Parties hereby agree in this Amendment, on the terms and conditions set forth herein, to amend "
         "Section 12.1 of the Restated Agreement, as it relates to the term of the Restated Agreement.",
         "amendment_vague"),
    Case("The Risk Factors on the cover page of this disclosure document are modified to comply with Section 4 of "
         "the Illinois Franchise Disclosure Act.", "amendment_vague"),
    # the new words are an attachment or a listing not given in the text
    Case("In any event, the physical audit for all assets shall result in a new listing for the assets "
         "contemplated hereunder which listing shall be substituted for the Attachment 3.",
         "amendment_in_attachment"),
    Case("Equipment and Program Loan List, to the Outsourcing Base Agreement dated October 01, 1998 and replace it "
         "in its entirety with the Attachment 5:", "amendment_in_attachment"),
    # the amending word only names a document
    Case("Section 5.11.1(d) of the Restated Agreement requires Otsuka to maintain a rolling inventory of Compound.",
         "amendment_named_document"),
    Case("without limitation, each agreement referred to in Schedule 6.6(F) of the Account and Security Agreement "
         "(as amended or supplemented from time to time).", "amendment_named_document"),
    # the amending word is inside quoted words
    Case('"or (h) amend Article VII hereof" immediately after clause (g) in the first sentence thereof.',
         "amendment_quoted_text"),
    # the change itself is withheld
    Case("Section 5.11.7 of the Restated Agreement remains in effect; provided that the allocation of costs "
         "identified therein on the basis of [*] to BMS and [*] to Otsuka are hereby amended, effective January 1, "
         "2010, [*].", "amendment_redacted"),
    # a step of a payment formula
    Case("Add the Construction Manager's Fee upon the Cost of the Work to the date of termination at the rate "
         "stated in Section 5.1.", "amendment_arithmetic"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.code + ":" + c.text[:30] for c in CASES])
def test_a_sentence_that_gives_no_operation_has_a_reason(case: Case) -> None:
    ex = extractor.parse(case.text.encode(), name="snippet.txt")
    cands = amendment_coverage(ex.view, ex.amendments.itertuples())
    assert [c.code for c in cands] == [case.code]


class Instruction(NamedTuple):
    text: str


# real instructions must stay instructions: none of the reasons above may swallow them
INSTRUCTIONS = [
    Instruction('Section 2.1 of the Agreement is hereby amended by deleting "thirty (30) days" and inserting in lieu '
                'thereof "sixty (60) days".'),
    Instruction("The Parties hereby agree to remove Section 2(c) in its entirety and replace it with the following: "
                '"(c) The term shall be five years."'),
]


@pytest.mark.parametrize("case", INSTRUCTIONS)
def test_a_real_instruction_is_read_as_an_operation(case: Instruction) -> None:
    ex = extractor.parse(case.text.encode(), name="snippet.txt")
    cands = amendment_coverage(ex.view, ex.amendments.itertuples())
    assert [c.status for c in cands] == ["operation"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=12), st.integers(0, 60),
       st.integers(0, 60))
def test_reach_answers_as_a_pass_over_every_span(spans: list[tuple[int, int]], oa: int, ob: int) -> None:
    """A sentence is compared with the operations' spans by bisection (``_Reach``), where a pass over
    every span per sentence grew with the square of a long amendment: the answers must be the pass's."""
    reach = _Reach(spans)
    assert (reach.furthest(ob, strict=True) > oa) == any(x < ob and oa < y for x, y in spans)
    far = reach.furthest(oa, strict=False)
    assert (far + 2 >= ob or far > oa) == (any(x <= oa and ob <= y + 2 for x, y in spans)
                                           or any(x <= oa < y for x, y in spans))
