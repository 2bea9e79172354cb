"""Kinds of failure where the two CUAD extractions of one contract (``../shared/eval/twins``) disagreed on
the top-level sections, and the recovery (``extractor.stages.section_recovery``) that now makes them
agree. Each kind has rows from both twins: the original with its line breaks and the flattened copy that
lost them. Snippets are real CUAD text (abridged: provisions cut short, the numbering and its glue kept)."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from test_section_recovery import top_level_labels

from extractor.stages.section_recovery import recover
from extractor.stages.sections import cand_at, made_cand


class TwinCase(NamedTuple):
    name: str
    text: str
    want: list[str]  # top-level labels of the body, in order


CARDLYTICS_FLAT = (
    "SCHEDULE BCustomization ScheduleThis Customization Schedule is attached to the Software License, "
    "Customization and Maintenance Agreement (the \u201cAgreement\u201d) executed by andbetween Bank of America, "
    "N.A. and Supplier. 1.The Customizations shall fulfill or exceed all of the functional, performance and "
    "other specifications described in the Program Materials. Supplier acknowledges receipt of the following "
    "documents from Bank of America:  Detailed Requirements     "
    "2. Bank of America Customizations:     3. Supplier Customizations:      Proprietary to Bank of America B-1 "
    "vTIP2010Source: CARDLYTICS, INC., S-1, 1/12/2018\x0c4.Fees for Customizations:[SPECIFY TIME AND MATERIALS "
    "RATES] If the proposed price Is Increased by Supplier upon delivery to Bank of America of detailed "
    "specifications or at any other time hereafter,Bank of America may terminate this Schedule and shall "
    "receive a refund of all amounts previously paid hereunder. 5.Unless otherwise specified herein, the "
    "environment for this Customization Is the same as described on Product License Schedule A to "
    "thisAgreement. 6The Delivery and Installation Schedule for this Customization is:Delivery Date:  "
    "Installation Date:  [Insert any other Schedule Information pertaining to the Delivery or Installation of "
    "the Product] 7.[Add any special items. e.g., special payment Schedule, for this Schedule.] 8.Project "
    "Personnel:  Bank of America Project Administrator:  Supplier Project Administrator:"
)
CARDLYTICS_LINES = (
    "SCHEDULE B\n\nCustomization Schedule\n\nThis Customization Schedule is attached to the Software License, "
    "Customization and Maintenance Agreement (the \"Agreement\") executed by and between Bank of America, N.A. "
    "and Supplier.\n\n1. The Customizations shall fulfill or exceed all of the functional, performance and "
    "other specifications described in the Program Materials.\n\nSupplier acknowledges receipt of the "
    "following documents from Bank of America:\n\n Detailed Requirements\n\n\n\n\n\n"
    "2.  Bank of America Customizations:\n\n\n\n\n\n3.  Supplier Customizations:\n\n\n\n      Proprietary to "
    "Bank of America  B-1  vTIP2010\n\nSource: CARDLYTICS, INC., S-1, 1/12/2018\n\n\n\n\n\n4. Fees for "
    "Customizations:\n\n[SPECIFY TIME AND MATERIALS RATES]\n\nIf the proposed price Is Increased by Supplier "
    "upon delivery to Bank of America of detailed specifications or at any other time hereafter, Bank of "
    "America may terminate this Schedule and shall receive a refund of all amounts previously paid "
    "hereunder.\n\n5. Unless otherwise specified herein, the environment for this Customization Is the same as "
    "described on Product License Schedule A to this Agreement.\n\n6 The Delivery and Installation Schedule "
    "for this Customization is:\n\nDelivery Date:\n\nInstallation Date:\n\n[Insert any other Schedule "
    "Information pertaining to the Delivery or Installation of the Product]\n\n7. [Add any special items. "
    "e.g., special payment Schedule, for this Schedule.]\n\n8. Project Personnel:\n\n Bank of America Project "
    "Administrator:   Supplier Project Administrator:"
)

# a run of bare numbers ("1     Definitions") whose later numbers are glued to the digits of a reference or a
# page footer once the line breaks are lost ("Schedule 4.6     Release Events", "1 of 64     NCC's Duties"):
# each is found once a later number with a heading bounds its place, and so is one glued after a sentence
# before a heading in capitals ("the Owner.10    NCC's Liability") (HEALTHGATE escrow agreement)
HEALTHGATE_FLAT = (
    "given under it by each of the other parties.It is agreed that:1     Definitions      In this Agreement the "
    "following terms shall have the following meanings:      1.1   \"Full Verification Service\" means those "
    "services.2     Owner's Duties and Warranties      2.1   The Owner shall:            2.1.1 deliver a copy "
    "of the Material to NCC within 30 days of the                  date of this Agreement;\x0c3     Licensee's "
    "Responsibilities      It shall be the responsibility of the Licensee to notify NCC of any change      to "
    "the Package that necessitates a replacement deposit of the Material.Version 1: August 1997          "
    "                                          1 of 64     NCC's Duties      4.1   NCC shall:            4.1.1 "
    "hold the Material in a safe and secure environment;      4.2   NCC shall not be responsible for the "
    "delivery of the Material.5     Payment      NCC's fees are payable in accordance with Schedule 4.6     "
    "Release Events      6.1   Subject to the provisions of Clauses 6.2 and 6.3, NCC shall release the "
    "Material. Any such dispute will be referred to            arbitration in accordance with Clause 12.7     "
    "Confidentiality      7.1   The Material shall remain the confidential property of the Owner. Termination "
    "will not relieve NCC from the obligations of            confidentiality contained in this Clause 7.\x0c8     "
    "Intellectual Property Rights      The release of the Material to the Licensee will not act as an "
    "assignment      of any Intellectual Property Rights that the Owner possesses in the      Material.9     "
    "Verification      9.1   Subject to the provisions of Clauses 9.2 and 9.3, NCC shall bear no obligation. "
    "Any such reasonable charges and expenses will be paid by the Owner.10    NCC's Liability      10.1  NCC "
    "shall not be liable for any loss caused to the Owner or the            Licensee, which NCC in good            "
    "faith believes to be genuine and what it purports to be.11    Termination      11.1  NCC may terminate "
    "this Agreement after failure by the Owner."
)
HEALTHGATE_LINES = (
    "given under it by each of the other parties.\n\nIt is agreed that:\n\n1     Definitions\n\n      In this "
    "Agreement the following terms shall have the following meanings:\n\n      1.1   \"Full Verification "
    "Service\" means those services.\n\n2     Owner's Duties and Warranties\n\n      2.1   The Owner shall:\n\n"
    "            2.1.1 deliver a copy of the Material to NCC within 30 days of the                   date of "
    "this Agreement;\n\n\n\n\n\n3     Licensee's Responsibilities\n\n      It shall be the responsibility of "
    "the Licensee to notify NCC of any change       to the Package that necessitates a replacement deposit of "
    "the Material.\n\nVersion 1: August 1997                                                    1 of 6\n\n4     "
    "NCC's Duties\n\n      4.1   NCC shall:\n\n            4.1.1 hold the Material in a safe and secure "
    "environment;\n\n      4.2   NCC shall not be responsible for the delivery of the Material.\n\n5     "
    "Payment\n\n      NCC's fees are payable in accordance with Schedule 4.\n\n6     Release Events\n\n      "
    "6.1   Subject to the provisions of Clauses 6.2 and 6.3, NCC shall release the Material. Any such dispute "
    "will be referred to             arbitration in accordance with Clause 12.\n\n7     Confidentiality\n\n      "
    "7.1   The Material shall remain the confidential property of the Owner. Termination will not relieve NCC "
    "from the obligations of confidentiality contained in this Clause 7.\n\n\n\n\n\n8     Intellectual "
    "Property Rights\n\n      The release of the Material to the Licensee will not act as an assignment       "
    "of any Intellectual Property Rights that the Owner possesses in the       Material.\n\n9     "
    "Verification\n\n      9.1   Subject to the provisions of Clauses 9.2 and 9.3, NCC shall bear no obligation. "
    "Any such reasonable charges and expenses will be paid by the Owner.\n\n10    NCC's Liability\n\n      10.1  "
    "NCC shall not be liable for any loss caused to the Owner or the             Licensee, which NCC in good     "
    "        faith believes to be genuine and what it purports to be.\n\n11    Termination\n\n      11.1  NCC "
    "may terminate this Agreement after failure by the Owner."
)

# a number after the full stop of a sentence and one blank, its heading in capitals after the wide gap of a
# lost line break ("in writing. 8.           VENUE."): found between its neighbours (PREMIER BIOMEDICAL)
PREMIER_FLAT = (
    "Marv shall not be entitled to a finder\u2019s fee or a commission as a result of the transactions "
    "contemplated hereunder. 5.  REQUIREMENT. The Parties agree that Marv and/or Mitchell S. Felder shall have "
    "no obligation in any capital raisingactivities for THI or Premier at any time and for any reason. 6.      "
    "NONEXCLUSIVE ENGAGEMENT; EXTENT OF SERVICES. The Parties agree that the relationship contemplated by this "
    "Agreement is anonexclusive engagement/venture.  4\x0c  7.        CONFIDENTIALITY. Each Party agrees to hold "
    "in confidence confidential information acquired in the course of this relationship. Copies thereof shall "
    "be promptly returned to the Disclosing Party or, at the option of the Disclosing Party,destroyed, upon the "
    "Disclosing Party\u2019s request, such destruction to be certified in writing. 8.           VENUE. This "
    "Agreement and the rights of the Parties hereunder shall be governed by the laws of theCommonwealth of "
    "Pennsylvania.  9.       MATERIALITY. The Parties agree and stipulate that each and every term and "
    "condition contained in this Agreement is material."
)
PREMIER_LINES = (
    "Marv shall not be entitled to a finder's fee or a commission as a result of the transactions contemplated "
    "hereunder.   5.  REQUIREMENT. The Parties agree that Marv and/or Mitchell S. Felder shall have no "
    "obligation in any capital raising activities for THI or Premier at any time and for any reason.   6.      "
    "NONEXCLUSIVE ENGAGEMENT; EXTENT OF SERVICES. The Parties agree that the relationship contemplated by this "
    "Agreement is a nonexclusive engagement/venture.     4\n\n\n\n\n\n    7.        CONFIDENTIALITY.   Each "
    "Party agrees to hold in confidence confidential information acquired in the course of this relationship. "
    "Copies thereof shall be promptly returned to the Disclosing Party or, at the option of the Disclosing "
    "Party, destroyed, upon the Disclosing Party's request, such destruction to be certified in writing.   8.  "
    "         VENUE. This Agreement and the rights of the Parties hereunder shall be governed by the laws of the "
    "Commonwealth of Pennsylvania.     9.       MATERIALITY. The Parties agree and stipulate that each and "
    "every term and condition contained in this Agreement is material."
)

TWIN_CASES = [
    # a run of "N." whose document left out one full stop ("6 The Delivery"): the flattened copy glues the
    # bare number to the sentence before and the word after it (CardlyticsInc Maintenance Agreement2)
    TwinCase("undotted number between dotted neighbours, flattened (Cardlytics)", CARDLYTICS_FLAT,
             [str(n) for n in range(1, 9)]),
    TwinCase("undotted number between dotted neighbours, with line breaks (Cardlytics)", CARDLYTICS_LINES,
             [str(n) for n in range(1, 9)]),
    # the same kind after a sentence in running text (TALCOTT RESOLUTION service agreement)
    TwinCase(
        "undotted number after a sentence (TALCOTT RESOLUTION)",
        "Accordingly, the parties hereto agree as follows: 1. Fund Availability. Subject to Section 13 below, the "
        "Trust agrees to make shares of the Funds available. 2. Performance of Services. Administrator agrees to "
        "perform the administrative services. 3. Pricing Information. The Trust shall provide prices. 4. Purchases "
        "and Redemptions. The Trust agrees to redeem shares. "
        "5. Maintenance of Records. The Trust or its designee shall maintain the records required. 6. Compliance "
        "with Laws. At all times, Administrator shall comply with all laws. Administrator will identify sources of "
        "potential money laundering and notify the Fund or its agent of any potential areas that would reasonably "
        "raise concerns about the existence of money laundering or unlawful activity. 7 Representations With "
        "Respect to Funds. Administrator and its agents and representatives shall not make any representations "
        "concerning a Fund. 8. Fund Representations. The Trust represents and warrants as follows.",
        [str(n) for n in range(1, 9)],
    ),
    TwinCase("bare numbers glued to a reference's digits, flattened (HEALTHGATE escrow)", HEALTHGATE_FLAT,
             [str(n) for n in range(1, 12)]),
    TwinCase("bare numbers glued to a reference's digits, with line breaks (HEALTHGATE escrow)", HEALTHGATE_LINES,
             [str(n) for n in range(1, 12)]),
]


@pytest.mark.parametrize("case", TWIN_CASES, ids=[c.name[:60] for c in TWIN_CASES])
def test_twins_top_level_sections(case: TwinCase) -> None:
    assert top_level_labels(case.text) == case.want


class GapCase(NamedTuple):
    name: str
    text: str
    scanned: list[str]  # the numbers the candidate scan read in the whole document (first place in the text)
    want: str  # a number the scan or the recovery finds between them


GAP_CASES = [
    GapCase("flattened (PREMIER BIOMEDICAL)", PREMIER_FLAT, ["5.  ", "6. ", "7. ", "9. "], "8. "),
    # (its "8." follows three blanks, as a line start: the scan reads it)
    GapCase("with line breaks (PREMIER BIOMEDICAL)", PREMIER_LINES, ["5.  ", "6. ", "7. ", "8. ", "9. "], "8. "),
]


@pytest.mark.parametrize("case", GAP_CASES, ids=[c.name for c in GAP_CASES])
def test_number_between_scanned_neighbours(case: GapCase) -> None:
    # the scan of the whole document reads the run around the gap (its lines elsewhere); the recovery
    # finds the missing number from its neighbours alone
    cands = []
    for number in case.scanned:
        got = cand_at(case.text, case.text.index(number), True)
        assert got is not None
        cands.append(got[0])
    found = recover(case.text, cands, cand_at, made_cand)
    assert case.text.index(case.want) in {c.start for c in [*cands, *found]}
