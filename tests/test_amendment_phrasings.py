"""Amending instructions in the language real amendments use (issue 20), one row per phrasing.

Each snippet is copied from the corpus (the file is named) or, where the corpus holds no instance,
from the real amendment the issue quotes (marked "issue"), completed only with a provision body.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest

import extractor


class Phrase(NamedTuple):
    name: str
    source: str
    text: str
    ops: list[tuple[str, str]]  # (target, action) of each row
    old: list[str | None]
    new_start: list[str | None]


def _v(x: object) -> object:
    return None if x is None or x is pd.NA else x


PHRASES = [
    Phrase(
        "provision amended to be new words",
        "issue",
        "Effective as of the Amendment Effective Date, the Territory in Section 1.1 of the Agreement is "
        'amended to be "the United States, Canada and Mexico".',
        [("Section 1.1", "substitute")],
        [None],
        ["the United States, Canada"],
    ),
    Phrase(
        "agree to remove ... in its entirety and replace it with the following",
        "cuad/BellringBrandsInc_..._Manufacturing Agreement2.txt",
        "1. The Parties hereby agree to remove Section 2(c) in its entirety and replace it with the following:\n\n"
        "During the Term of this Agreement, Premier shall be required to purchase a Minimum Annual Order Volume "
        '("MAOV") of [***] ("Units") for the twelve-month period commencing July 1, 2018.\n\n'
        "2. Except as otherwise specified above in this Amendment, all other terms, conditions and covenants "
        "of the Agreement shall remain in full force and effect.",
        [("Section 2(c)", "restate")],
        [None],
        ["During the Term of this Agreement"],
    ),
    Phrase(
        "deleted and replaced by the following",
        "contracts-ex10/construction__881524_1998-03-31_ADDENDUM-TO-THE-CONTRACT-FOR-CONSTRUCT...",
        "9.G REVIEW OF APPLICATION FOR PAYMENT. GC Section 9.7.1 is deleted and replaced by the following: "
        "Owner may review each Application for Payment and may make such exceptions, by written notice to "
        "Contractor, as Owner reasonably deems necessary.\n\n9.H OTHER. Words.",
        [("Section 9.7.1", "restate")],
        [None],
        ["Owner may review each Application"],
    ),
    Phrase(
        "two provisions deleted and replaced",
        "contracts-ex10/construction__881524_1998-03-31_ADDENDUM-TO-THE-CONTRACT-FOR-CONSTRUCT...",
        "11.A CONTRACTOR'S INSURANCE. GC Section 11.1 and Section 11.2 are deleted and replaced by the following: "
        "11.1 Contractor's Liability Insurance. Contractor shall at his expense, procure and maintain insurance.",
        [("Section 11.1 and Section 11.2", "restate")],
        [None],
        ["11.1 Contractor's Liability"],
    ),
    Phrase(
        "is amended as follows: then the quoted provision",
        "edgar-amendments/cincinnati-milacron-1996-ar-credit-amendment-2.htm (wording)",
        "1. Section 3(b)(ii) of the Agreement is amended as follows:\n\n"
        '"(ii) Licensee shall pay the fees within thirty (30) days."\n\n2. Other terms remain.',
        [("Section 3(b)(ii)", "restate")],
        [None],
        ["(ii) Licensee shall pay"],
    ),
    Phrase(
        "a sentence amended in its entirety to provide as follows",
        "edgar-exhibits/BYM_0000014272-95-000004_3.txt",
        "1. The second sentence of Section 1 of the Plan shall be, and hereby is, amended in its entirety to "
        'provide as follows:\n\n"Accordingly, the Company may, from time to time, on or before June 30, 1997, '
        'grant to selected employees restricted stock."\n\n2. Other terms.',
        [("Section 1", "substitute")],
        [None],
        ["Accordingly, the Company may"],
    ),
    Phrase(
        "substituting new for old",
        "issue",
        '2. Section 5.2 of the Agreement is hereby amended by substituting "sixty (60) days" for '
        '"thirty (30) days" in the second sentence thereof.',
        [("Section 5.2", "substitute")],
        ["thirty (30) days"],
        ["sixty (60) days"],
    ),
    Phrase(
        "deleting X and replacing in lieu thereof Y, twice",
        "edgar-amendments/topps-1999-credit-amendment-3.txt",
        'Section 2.05 of the Credit Agreement is hereby amended by (a) deleting the dollar amount "$4,500,000" '
        'in subparagraph (b)(i) thereof and replacing in lieu thereof the amount "$7,500,000" and (b) by deleting '
        'the dollar amount "$2,000,000" in subparagraph (b)(iii) thereof and replacing in lieu thereof the amount '
        '"$3,500,000."',
        [("Section 2.05(b)(i)", "substitute"), ("Section 2.05(b)(iii)", "substitute")],
        ["$4,500,000", "$2,000,000"],
        ["$7,500,000", "$3,500,000"],
    ),
    Phrase(
        "deleting X and inserting in lieu thereof Y",
        "issue",
        '3. Section 2.1 of the Credit Agreement is hereby amended by deleting "$10,000,000" and inserting in lieu '
        'thereof "$15,000,000".',
        [("Section 2.1", "substitute")],
        ["$10,000,000"],
        ["$15,000,000"],
    ),
    Phrase(
        "an exhibit deleted in its entirety and a new one inserted",
        "edgar-amendments/idex-1994-second-ar-credit-amendment-2.txt",
        "2.2 Exhibit A to the Credit Agreement. Exhibit A to the Credit Agreement is hereby amended by deleting it "
        "in its entirety and inserting in lieu thereof a new Exhibit A, which is attached hereto as Annex I.",
        [("Exhibit A", "restate")],
        [None],
        [None],
    ),
    Phrase(
        "an exhibit amended by adding",
        "issue",
        "4. Exhibit A to the Agreement is hereby amended by adding the following new product at the end thereof:"
        '\n\n"Product 7: Protein Shake, 11 oz."\n\n5. Other.',
        [("Exhibit A", "insert")],
        [None],
        ["Product 7"],
    ),
    Phrase(
        "redesignating a paragraph and inserting a new one",
        "issue",
        "5. Section 6 of the Plan is hereby amended by redesignating paragraph (c) as paragraph (d) and inserting "
        'immediately after paragraph (b) a new paragraph (c) to read as follows:\n\n"(c) Vesting shall accelerate '
        'on a Change in Control."\n\n6. Other.',
        [("Section 6(c)", "redesignate"), ("Section 6", "insert")],
        ["paragraph (c)", None],
        ["paragraph (d)", "(c) Vesting"],
    ),
    Phrase(
        "a range of provisions deleted and replaced",
        "issue",
        '2. Sections 4.1 to 4.3 of the Agreement are deleted and replaced with the following:\n\n"4.1 Fees. '
        'Licensee shall pay the fees."\n\n3. Other.',
        [("Sections 4.1 to 4.3", "restate")],
        [None],
        ["4.1 Fees"],
    ),
    Phrase(
        "two provisions each amended by adding",
        "edgar-amendments/telespectrum-2000-credit-amendment-4.txt",
        "(m) Sections 2.06(b)(i) and 2.06(b)(ii) are each amended by adding at the end of the clause beginning "
        'with the word "second" the following "and the Revolving Credit Facility as set forth in clause (viii) '
        'below".',
        [("Sections 2.06(b)(i) and 2.06(b)(ii)", "insert")],
        [None],
        ["and the Revolving Credit Facility"],
    ),
    Phrase(
        "a definition restated",
        "edgar-amendments/apw-2002-dip-credit-amendment-1.txt",
        '(i) The definition of "Applicable Margin" in Section 1.1 of the Credit Agreement is hereby amended to '
        'state in its entirety as follows:\n\n"Applicable Margin" means 2.00%.\n\n(ii) Other.',
        [('definition of "Applicable Margin" in Section 1.1', "restate")],
        [None],
        ['"Applicable Margin" means'],
    ),
    Phrase(
        "a definition deleted",
        "edgar-amendments/apw-2002-dip-credit-amendment-1.txt",
        '(xiii) The definition of "Interest Coverage Ratio" in Section 1.1 of the Credit Agreement is hereby '
        "deleted.",
        [('definition of "Interest Coverage Ratio" in Section 1.1', "delete")],
        [None],
        [None],
    ),
    Phrase(
        "a defined term's definition deleted and replaced",
        "edgar-amendments/cincinnati-milacron-1996-ar-credit-amendment-2.htm",
        '(b) Section 1.1 shall be further amended as follows:\n\n"Applicable Borrowing Margin" shall be amended '
        "by deleting the definition thereof and replacing it with the following:\n\n\"'Applicable Borrowing "
        "Margin' shall mean 1.25%.\"\n\n(c) Other.",
        [('definition of "Applicable Borrowing Margin"', "restate")],
        [None],
        ["'Applicable Borrowing Margin'"],
    ),
    Phrase(
        "a plan amended by adding a sentence",
        "issue",
        "1. Section 4.2 of the Plan is amended by adding the following sentence at the end thereof:\n\n"
        '"Notwithstanding the foregoing, no award shall vest before the first anniversary."\n\n2. Other.',
        [("Section 4.2", "insert")],
        [None],
        ["Notwithstanding the foregoing"],
    ),
    Phrase(
        "whereas it previously read ... it now reads",
        "cuad/BellringBrandsInc_..._Manufacturing Agreement3.txt",
        "a. Section 3(b) of the Agreement is amended so that whereas it previously read:\n\n"
        '"Heritage shall purchase all ingredients identified in Schedule C."\n\nnow reads:\n\n'
        '"Heritage shall purchase all ingredients identified in the relevant Schedule C or Schedule C-l."\n\n'
        "b. Other.",
        [("Section 3(b)", "restate")],
        ["Heritage shall purchase all ingredients identified in Schedule C."],
        ["Heritage shall purchase all ingredients identified in the relevant"],
    ),
    Phrase(
        "the words in a provision's subject",
        "edgar-amendments/ferry-building-2002-construction-loan-amendment-1.txt",
        "In Section 4.2 of each of the Deed of Trust and the deed of trust made by Associates securing "
        'Associates\' repayment guaranty, "7.11" is hereby deleted and replaced with "7.12".',
        [("Section 4.2", "substitute")],
        ["7.11"],
        ["7.12"],
    ),
    Phrase(
        "rather than: the new words first",
        "edgar-amendments/precision-response-1999-employment-amendment-epstein.txt",
        "Paragraph 12 is amended to provide that notice to the Company shall be to the attention of each of the "
        '"Chairman and General Counsel" rather than to the "CEO and General Counsel."',
        [("Paragraph 12", "substitute")],
        ["CEO and General Counsel."],
        ["Chairman and General Counsel"],
    ),
    Phrase(
        "list items under an umbrella provision",
        "edgar-amendments/borg-warner-security-1995-credit-amendment-2-consent.txt",
        "A. Subsection 6.1 of the Credit Agreement is hereby amended by:\n\n"
        "(1) deleting subclause (y) from clause (iii) thereof in its entirety and by substituting the following "
        "therefor:\n\n(y) concurrently with any such refinancing;\n\n"
        '(3) deleting the phrase "clauses (i)-(vii)" from clause (viii) thereof and by substituting "clauses '
        '(i)-(vii) and clause (x)" therefor;\n',
        [("Subsection 6.1(iii)(y)", "restate"), ("Subsection 6.1(viii)", "substitute")],
        [None, "clauses (i)-(vii)"],
        ["(y) concurrently", "clauses (i)-(vii) and clause (x)"],
    ),
    Phrase(
        "imperative items in definitions",
        "edgar-amendments/telespectrum-2000-credit-amendment-4.txt",
        "(a) The following definitions in Section 1.01 are hereby amended as follows:\n\n"
        '(i) in the definition of "ADVANCE" add "a Term D Advance, a Revolving Credit Advance," after '
        '"a Term C Advance,";\n\n(ii) Other words.',
        [('definition of "ADVANCE" in Section 1.01', "insert")],
        [None],
        ["a Term D Advance"],
    ),
    Phrase(
        "imperative on an item of an earlier amendment",
        "cuad/MANUFACTURERSSERVICESLTD_06_05_2000-EX-10.14-OUTSOURCING AGREEMENT.txt",
        "The Parties agree to amend the Agreement as follow:\n\n"
        '5. Delete "February 26, 1999" from item 3. of Amendment 003 to the Agreement and replace it with the '
        'following:\n\n"April 3, 1999"\n\n'
        "6. Delete the last two sentences from item 3. of Amendment 003 to the Agreement and replace them with the "
        'following:\n\n"This Supplement may be extended under mutually agreed to terms and conditions."\n\n'
        "8. Delete item 5. of Amendment 003 to the Agreement in its entirety and replace it with the following:\n\n"
        '"b) Any extension of the I/T Services beyond the April 3, 1999 date will be priced at IBM\'s rates."\n',
        [("item 3. of Amendment 003", "substitute"), ("item 3. of Amendment 003", "substitute"),
         ("item 5. of Amendment 003", "restate")],
        ["February 26, 1999", None, None],
        ["April 3, 1999", "This Supplement may", "b) Any extension"],
    ),
    Phrase(
        "imperative through a heading path with a colon and a defined name",
        "cuad/MANUFACTURERSSERVICESLTD_06_05_2000-EX-10.14-OUTSOURCING AGREEMENT.txt",
        'Other words."\n\n5. Delete Scope of Services: b), Section 24.0 Information Technologies Services ("I/T '
        'Services"), SECTION II - Sale of IBM Services in Supplement 1 to Attachment 1, Statement of Work, to the '
        "Agreement in its entirety and replace it with the following:\n\n"
        '"b) Any extension of the I/T Services beyond the February 26, 1999 date, due to an MSL delay, will be '
        "priced at IBM's then prevailing commercial rates.\"\n",
        [("Section 24.0", "restate")],
        [None],
        ["b) Any extension"],
    ),
    Phrase(
        "imperative on a part named before the provision",
        "cuad/MANUFACTURERSSERVICESLTD_06_05_2000-EX-10.14-OUTSOURCING AGREEMENT.txt",
        "1. Add Attachment K, Product Attachment - IBM 5494 for NHD, to Attachment 1, Statement of Work to the "
        "Agreement.\n\n2. Delete the list of appendices, attachments, and supplements and associated attachments "
        "as listed on page 1 of Attachment 1, Statement of Work to the Agreement, and as amended by Amendment 007, in "
        "its entirety and replace it with the following list:\n\na) Appendix 1 Markup b) Appendix 2 Requirements "
        "Accuracy\n",
        [("Attachment K", "insert"), ("Attachment 1", "substitute")],
        [None, None],
        [None, "a) Appendix 1 Markup"],
    ),
    Phrase(
        "revised as follows: with the new words on the same line",
        "edgar-exhibits/AAPL_0000320193-95-000011_1.txt",
        "SECTION 4.     AMENDMENT AND ASSUMPTION.\n\n"
        "           (a)  Section 12.1 of the Plan is revised as follows:  The Plan  and\n"
        "this  Supplement may not be amended or terminated by Apple on  and  after  the\n"
        "occurrence  of  the  Change in Control Date.\n",
        [("Section 12.1", "restate")],
        [None],
        ["The Plan  and\nthis  Supplement may not be amended"],
    ),
    Phrase(
        "supplemented as follows: then new provisions the sections stage reads as the amendment's",
        "contracts-ex10/construction__881524_1998-03-31_ADDENDUM-TO-THE-CONTRACT-FOR-CONSTRUCTION.txt",
        "9.H  [INTENTIONALLY OMITTED.]\n\n9.I  FINAL COMPLETION.  GC Section 9.10 is supplemented as follows:\n\n"
        "9.I.1 Punch List. Immediately prior to the Substantial Completion of the Work, Contractor shall notify\n"
        "Architect and Owner that the Project is ready for final inspection.\n\n"
        "9.I.2 Final Payment. Neither final payment nor any remaining retained percentage shall become due.\n\n"
        "9.J  PARTIAL OCCUPANCY.  Owner may occupy any completed part of the Work.\n",
        [("Section 9.10", "insert")],
        [None],
        ["9.I.1 Punch List"],
    ),
    Phrase(
        "a sentence cut short after some words",
        "contracts-ex10/construction__881524_1998-03-31_ADDENDUM-TO-THE-CONTRACT-FOR-CONSTRUCTION.txt",
        "5 SUBCONTRACTORS. GC Section 5.2.3 is deleted. The fourth sentence of GC Section\n"
        '5.3.1 shall end with the words "...will be bound," and the remainder of said\n'
        "sentence is deleted.\n",
        [("Section 5.2.3", "delete"), ("Section 5.3.1", "substitute")],
        [None, None],
        [None, "...will be bound,"],
    ),
    Phrase(
        "re-designated as a quoted designation, and a new subsection added",
        "contracts-ex10/employment__1044880_2001-02-12_EXHIBIT-10.1-EXECUTIVE-EMPLOYMENT-AGREEMENT.txt",
        "FIRST.    Section 5 of the Employment Agreement shall be re-designated\n"
        'as "section 5(a)" and a new subsection (b) shall be added which shall read\nin its entirety as follows:\n\n'
        "(b)(i)    The Executive shall also be entitled, upon his\ntermination of employment, to receive\n"
        "a cash benefit.\n",
        [("Section 5", "redesignate"), ("Section 5", "insert")],
        ["Section 5", None],
        ["section 5(a)", "(b)(i)"],
    ),
]


@pytest.mark.parametrize("case", PHRASES, ids=[c.name for c in PHRASES])
def test_phrasing_gives_the_operation(case: Phrase) -> None:
    ex = extractor.parse(case.text.encode(), name="snippet.txt")
    a = ex.amendments
    assert list(zip(a["target"], a["action"], strict=True)) == case.ops
    assert [_v(v) for v in a["old_text"]] == case.old
    assert [None if _v(v) is None else v[: len(w or "")] for v, w in zip(a["new_text"], case.new_start,
                                                                         strict=True)] == case.new_start
    for r in a.itertuples():
        assert ex.original[r.start : r.end] == r.text
        if _v(r.new_text) is not None:
            assert ex.original[r.new_start : r.new_end] == r.new_text
