"""Parts of the section tree: the contents, the body and the attachments, in text that keeps its lines
and in text that lost them (attachment headings after a lost line break, a contents heading on the
line of its first entry). Snippets are real corpus text, abridged."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest
from _helpers import nb

import extractor


# -- parts: the contents, the body, the attachments ---------------------------------------------
class PartCase(NamedTuple):
    name: str
    text: str  # real text copied from the corpus (shortened)
    want: list[tuple[str, int, str]]  # (number as printed, level, part) of every section, in order


PIPELINE_TOC = (  # contracts-ex10/construction__1019756 (fixed width, dot leaders)
    "TABLE OF CONTENTS\nPage\n<S>          <C>                                          <C>\n"
    "ARTICLE 1   DEFINITIONS................................... 1\n\n"
    "ARTICLE 2   CONSTRUCTION OF THE PIPELINE SYSTEM........... 3\n"
    "2.1 General Contractor........................ 3\n"
    "2.2 Property and Permits...................... 3\n\n"
    "Participation Agreement (as such terms are hereinafter defined), Owner and\n"
    "Operator hereby agree as follows:\n\nARTICLE 1\nDEFINITIONS\n\n"
    "For purposes of this Agreement, the following terms are defined as\nfollows:\n\n"
    "ARTICLE 2\nCONSTRUCTION OF THE PIPELINE SYSTEM\n\n"
    "2.1 General Contractor. Owner hereby designates Operator as the\n"
    "general contractor for the construction of the Pipeline.\n\n"
    "2.2 Property and Permits. Operator shall acquire, on behalf of Owner,\n"
    "the Property and all permits from Government Authorities.\n"
)
CELLS_TOC = (  # contracts-ex10/credit__1332815 (HTML table: the page number in a cell of its own)
    "TABLE OF CONTENTS\n\n\n\n\n\nPage\n1.1.\n\nDefined Terms\n1\n\n\n1.2.\n\nOther Definitional Provisions\n19\n"
    "\n\n2.1.\n\nLoan Commitments\n20\n\n\n2.2.\n\nProcedure for Borrowings\n20\n\n\n"
    "The parties hereto hereby agree as follows:\n\n\n\nSECTION 1. DEFINITIONS\n\n\n\n\n"
    "1.1. Defined Terms. As used in this Agreement, the following terms shall have the\n"
    "following meanings:\n\n1.2. Other Definitional Provisions. Unless otherwise specified therein.\n\n"
    "SECTION 2. AMOUNT AND TERMS OF COMMITMENTS\n\n2.1. Loan Commitments. Subject to the terms.\n\n"
    "2.2. Procedure for Borrowings. The Borrower may borrow.\n"
)
PART_CASES = [
    PartCase(
        "contents with dot leaders listed apart, the tree from the body",
        PIPELINE_TOC,
        [("ARTICLE 1", 1, "contents"), ("ARTICLE 2", 1, "contents"), ("2.1", 2, "contents"), ("2.2", 2, "contents"),
         ("ARTICLE 1", 1, "body"), ("ARTICLE 2", 1, "body"), ("2.1", 2, "body"), ("2.2", 2, "body")],
    ),
    PartCase(
        "contents in table cells; the body opens at the heading above the repeated entry",
        CELLS_TOC,
        [("1.1.", 1, "contents"), ("1.2.", 1, "contents"), ("2.1.", 1, "contents"), ("2.2.", 1, "contents"),
         ("SECTION 1.", 1, "body"), ("1.1.", 2, "body"), ("1.2.", 2, "body"), ("SECTION 2.", 1, "body"),
         ("2.1.", 2, "body"), ("2.2.", 2, "body")],
    ),
    PartCase(
        "a reference wrapped to the start of a line is no attachment",  # contracts-ex10/credit__1000453
        "ARTICLE I\n\n\nDEFINITIONS; CONSTRUCTION\n\n1.01. Certain Definitions.  In addition to other words\n\n"
        "\"Letter Agreement\" shall mean the letter agreement, dated as of May 15,\n1997, among Decorative Home,\n"
        "certain of its accounts, a copy of which Letter Agreement is attached hereto as\nExhibit F.\n\n"
        "\"Lien\" shall mean any mortgage, deed of trust, pledge, lien, claim.\n\n"
        "ARTICLE II\n\n\nTHE TERM LOAN\n\n2.01. Term Loan. Each Lender agrees.\n",
        [("ARTICLE I", 1, "body"), ("1.01.", 2, "body"), ("ARTICLE II", 1, "body"), ("2.01.", 2, "body")],
    ),
    PartCase(
        "a letterhead's street address is no section",  # edgar-exhibits/AAPL_0000320193-95-000011_2
        "June 9, 1995\nMr. \"Name\"\n1 Infinite Loop\nCupertino, California 95014\n\n"
        "           1.    Term of Employment Under the Agreement.  The term of  your\n"
        "employment  under  this Agreement shall commence on the Change  in  Control\nDate.\n\n"
        "           2.   Employment During the Term.  During the Term, the following\n"
        "terms and conditions shall apply to your employment with the Company:\n",
        [("1.", 1, "body"), ("2.", 1, "body")],
    ),
    PartCase(
        "an attachment and what it holds are the attachment's part",  # contracts-ex10/credit__1000453, shortened
        "1. Term. The term of this Agreement is one year.\n\n2. Fees. The fees are set out in Exhibit A.\n\n"
        "EXHIBIT A\n\nFEES\n\n1. Monthly Fee. The monthly fee is $100.\n\n2. Late Fee. None.\n",
        [("1.", 1, "body"), ("2.", 1, "body"), ("EXHIBIT A", 1, "Exhibit A"), ("1.", 2, "Exhibit A"),
         ("2.", 2, "Exhibit A")],
    ),
    PartCase(
        "keyword headings glued after a sentence, with no-break spaces",  # CUAD Alliance Bancorp (one-line twin)
        "information\u00a0with\u00a0respect\u00a0to\u00a0the\u00a0Bank,\u00a0the\u00a0Company,\u00a0the\u00a0MHCs"
        "\u00a0and\u00a0the\u00a0Common\u00a0Stock.SECTION\u00a01.\u00a0REPRESENTATIONS\u00a0AND\u00a0WARRANTIES.(a)"
        "\u00a0The\u00a0Company\u00a0represents.\u00a0Any\u00a0certificate\u00a0signed\u00a0by\u00a0counsel\u00a0"
        "shall\u00a0be\u00a0deemed\u00a0a\u00a0representation\u00a0as\u00a0tothe\u00a0matters\u00a0covered\u00a0"
        "thereby.SECTION\u00a02.\u00a0APPOINTMENT\u00a0OF\u00a0SANDLER\u00a0O\u2019NEILL;\u00a0CLOSING.\u00a0On"
        "\u00a0the\u00a0basis\u00a0of\u00a0therepresentations.",
        [("SECTION\u00a01.", 1, "body"), ("SECTION\u00a02.", 1, "body")],
    ),
    PartCase(
        "a list of exhibits inside a provision holds no attachment",  # contracts-ex10/construction__1167880
        "ARTICLE I\nGENERAL MATTERS\nSection\u00a01.01. Exhibits. The following exhibits are attached:\n"
        "(s)\t\u00a0\u00a0\tExhibit S \u2013 Geotechnical Engineering and Subsurface Data\n"
        "(t)\t\u00a0\u00a0\tExhibit T \u2013 Form of Letter of Credit\n\n\n\n"
        "ARTICLE II\nRETENTION OF CONTRACTOR\nSection\u00a02.01. Retention of Contractor. Owner retains.\n",
        # "Exhibit T" would have closed ARTICLE I; "Section\u00a01.01." reads as "Section 1.01."
        [("ARTICLE I", 1, "body"), ("Section\u00a01.01.", 2, "body"), ("ARTICLE II", 1, "body"),
         ("Section\u00a02.01.", 2, "body")],
    ),
]


@pytest.mark.parametrize("case", PART_CASES, ids=[c.name for c in PART_CASES])
def test_section_parts(case: PartCase) -> None:
    ex = extractor.parse(case.text.encode(), name="snippet.txt")
    s = ex.sections
    got = list(zip(s["number"], s["level"].astype(int), s["part"], strict=True))
    assert got == case.want
    for row in s.itertuples():
        assert ex.original[row.start : row.end] == row.text
    # contents rows never stand in for the body's: a reference resolves to the body's section
    if "contents" in set(s["part"]):
        assert s[s["part"] == "contents"]["end"].max() <= s[s["part"] != "contents"]["start"].min()


class AttachmentPartCase(NamedTuple):
    name: str
    text: str
    want: list[tuple[str, str]]  # (label, part) of the level-1 rows


ATTACHMENT_PARTS = [
    AttachmentPartCase(
        "an exhibit heading after the confidential-treatment legend and a wide gap (Paratek)",
        "1. Definitions. Terms have the meanings below.\n\n2. Term. This Agreement runs for five years.\n\n"
        "THIS EXHIBIT HAS BEEN REDACTED AND IS THE SUBJECT OF A CONFIDENTIAL TREATMENT REQUEST. REDACTED "
        "MATERIAL IS MARKED WITH [* * *] AND HAS BEEN FILED SEPARATELY WITH THE SECURITIES AND EXCHANGE "
        "COMMISSION.   Exhibit A - Description of Product\n\n[* * *]\n\nTHIS EXHIBIT HAS BEEN REDACTED AND IS "
        "THE SUBJECT OF A CONFIDENTIAL TREATMENT REQUEST. WHERE TWO PAGES OF MATERIAL HAVE BEEN OMITTED, THE "
        "REDACTED MATERIAL IS MARKED WITH [\u2020].   Exhibit D - Certificate of Analysis and Certificate of "
        "Compliance\n\n[\u2020]\n",
        [("1", "body"), ("2", "body"), ("Exhibit A", "Exhibit A"), ("Exhibit D", "Exhibit D")],
    ),
    AttachmentPartCase(
        "an item of a list of attachments is no attachment heading (Bluefly)",
        "1. Services. IBM will provide the Services described in the Statements of Work.\n\n"
        "2. Term. This Agreement runs for three years, with these Transaction Documents (\"Server Forms\"), "
        "and the following attachments:\n\na.    Attachment A: Facilities Services;\n\n"
        "b.    Service Option Attachment: Managed Hosting.\n",
        [("1", "body"), ("2", "body")],
    ),
    AttachmentPartCase(
        "an attachment heading whose title runs on into its first provision, the text's line breaks lost "
        "(QuantumGroup, Part_I twin)",
        nb("1.0IntroductionThis e-business Hosting Agreement between IBM and Customer states the terms.2.0"
           "DefinitionsThe terms below have these meanings.3.0IBM Services ResponsibilitiesIBM will perform "
           "the Services.4.0Term and TerminationTermThis Agreement will be effective on the Effective Date."
           "Page 11 of 36Attachment A \u2013 Services")
        + "\n"
        + nb("Attachment A \u2013 Services1.0DescriptionIBM will provide a hosting infrastructure and related "
             "services in a secure data center.2.0Base Component SoftwareIBM will provide the following Base "
             "Component software for use by Customer during the term of this Agreement and of any renewal."),
        [("1", "body"), ("2", "body"), ("3", "body"), ("4", "body"), ("Attachment A", "Attachment A")],
    ),
]


@pytest.mark.parametrize("case", ATTACHMENT_PARTS, ids=[c.name[:50] for c in ATTACHMENT_PARTS])
def test_attachment_parts(case: AttachmentPartCase) -> None:
    ex = extractor.parse(case.text.encode(), name="snippet.txt")
    s = ex.sections
    top = s[s["level"] == 1]
    assert list(zip(top["label"], top["part"], strict=True)) == case.want


def test_contents_heading_on_the_line_of_its_first_entry() -> None:
    """Cerence: "TABLE OF CONTENTS Page ARTICLE I DEFINITIONS" on one line, the first entry seen as a contents
    line being ARTICLE II; the body starts where the numbering starts again (its ARTICLE I), not at the
    repeat of ARTICLE II."""
    text = (
        "TABLE OF CONTENTS Page ARTICLE I DEFINITIONS\n\nSection 1.01. Definitions 1\n\n"
        "ARTICLE II RECORDATION OF INTELLECTUAL PROPERTY RIGHTS ASSIGNMENTS\n\nSection 2.01. Recordation 4\n\n"
        "Section 2.02. Security Interests 5\n\nARTICLE III LICENSES AND COVENANTS\n\nSection 3.01. License "
        "Grants 6\n\nSection 3.02. Other Covenants 7\n\n"
        "NOW, THEREFORE, the parties, intending to be legally bound, hereby agree as follows:\n\n"
        "ARTICLE I DEFINITIONS\n\nSection 1.01. Definitions. As used in this Agreement, the following terms "
        "have the meanings below.\n\nARTICLE II RECORDATION OF INTELLECTUAL PROPERTY RIGHTS ASSIGNMENTS\n\n"
        "Section 2.01. Recordation. Each party shall record the assignments.\n\nSection 2.02. Security "
        "Interests. Nuance shall cause the release of any security interest.\n\nARTICLE III LICENSES AND "
        "COVENANTS\n\nSection 3.01. License Grants. Nuance hereby grants to SpinCo a license.\n"
    )
    s = extractor.parse(text.encode(), name="snippet.txt").sections
    body = s[(s["level"] == 1) & (s["part"] == "body")]
    assert list(body["label"]) == ["Article 1", "Article 2", "Article 3"]
    assert body["start"].min() > text.index("agree as follows")


class AttachmentHeadingCase(NamedTuple):
    name: str
    text: str
    want: str | None  # the attachment row's heading


ATTACHMENT_HEADINGS = [
    AttachmentHeadingCase(
        "a table's column headers under the appendix are no heading (AAPL performance share plan)",
        "1.\tPURPOSE\n\nThis plan rewards executive officers.\n\n2.\tADMINISTRATION\n\nThe Committee administers the "
        "Plan.\n\nAPPENDIX A\n\n\n\nPosition\t\t    Maximum Total Award \t  Annual Maximum\n\t\t\t   of Performance "
        "Shares      Performance Share Awards\n\nChief Executive Officer\t     100,000\t\t     50,000\n",
        None,
    ),
    AttachmentHeadingCase(
        "a heading wrapped with one wide gap stays one (Invenda)",
        "1.   DEFINITIONS\n\nTerms have these meanings.\n\n2.   GENERAL\n\nThe Agreement is governed by the laws "
        "of California.\n\nEXHIBIT A\n\nUNTARGETED AND TARGETED OFFERS WITHIN THE CO-                              "
        "BRANDED APPLICATION\n\nExcite@Home will offer the Co-Branded Application.\n",
        "UNTARGETED AND TARGETED OFFERS WITHIN THE CO-                              BRANDED APPLICATION",
    ),
]


@pytest.mark.parametrize("case", ATTACHMENT_HEADINGS, ids=[c.name[:50] for c in ATTACHMENT_HEADINGS])
def test_attachment_heading(case: AttachmentHeadingCase) -> None:
    s = extractor.parse(case.text.encode(), name="snippet.txt").sections
    row = s[s["part"] != "body"].iloc[0]
    assert (None if pd.isna(row["heading"]) else row["heading"]) == case.want
