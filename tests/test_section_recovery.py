"""Top-level numbers the candidate scan misses in text that lost its line breaks, recovered from the
run around them (``extractor.stages.section_recovery``), and bare numbers glued to text that are no
heading. Snippets are real CUAD text (abridged: provisions cut short, the numbering and its glue kept)."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from _helpers import nb

import extractor


class TopCase(NamedTuple):
    name: str
    text: str
    want: list[str]  # top-level labels of the body, in order


TOP_CASES = [
    TopCase(
        "number glued after a full stop, then the wide gap of a lost line break (LOYALTYPOINT, Part_II twin)",
        "1.       PURPOSE\n\nUnder and subject to the terms of this Agreement:\n\na.       AEIS will provide "
        "Schoolpop for resale the following stored value cards.\n\n2.       EXCLUSIVITY\n\na.       Schoolpop "
        "shall have the exclusive right to resell Cards in the NPO Marketplace.\n\n3.       INVENTORY AND "
        "FORECASTING\n\na.       Schoolpop shall secure a physical location for maintaining Cards.\n\n4.       "
        "PROGRAM TERMS\n\na.       Schoolpop may order Cards.\n\nb.       Schoolpop agrees that any such terms "
        + nb("and provisions shall be included in such agreements.5.           PROGRAM SERVICING         a.  ")
        + "     AEIS will provide 24-hour customer service representation.\n\n6.      REPRESENTATIONS AND "
        "WARRANTIES\n\na.       Schoolpop and AEIS each represents and warrants that participation is lawful.\n\n"
        "7.      CONFIDENTIALITY\n\na.       The terms of this Agreement are confidential.",
        [str(n) for n in range(1, 8)],
    ),
    TopCase(
        "number glued to a word, after a page number, after a reference (ACCELERATED TECHNOLOGIES)",
        nb(
            "The parties agree to the terms and provisions of thisAgreement.1.   Name of the Joint Venture. The "
            "name of the Joint Venture will be MightyCell     Batteries, and may sometimes be referred to as "
            '"MightyCell" in this Agreement.2.   Scope of the Joint Venture Business. The Joint Venture is formed '
            "for the     purpose of engaging generally in the business of selling batteries. Exhibit A attached "
            "hereto, describes by way of example but not limitation     the responsibilities of the Joint "
            "Venturers3.   Capital Contributions. Except as agreed upon by mutual consent, the Joint     Venturers "
            "shall not be required to make any capital contribution to the     Joint Venture.4.   Offices of the "
            "Joint Venture. The principal place of business of the Joint     Venture shall be at 1600 Lower State "
            "Road.5.   Powers and Authority of the Joint Venturers. The Joint Venturers shall have equal rights "
            "in the management of the Joint Venture and no commitment to purchase any item for the Joint Venture "
            "     shall be made.                                         396.   Division of Income and Losses. "
            "All income and credits, and all losses and     deductions shall be owned and shared among the Joint "
            "Venturers.7.   Accounting Provisions. The Joint Venturers shall maintain adequate books.8.   Term of "
            "Joint Venture. The Joint Venture shall commence on the 1st day of January.9.   Distributions. Each "
            "distribution shall be made ratably to the Joint     Venturers according to their prorata interest "
            "in the Joint Venture as shown     in Section 6.10.  Internal Revenue Code Election. The Joint "
            "Venturers agree and declare that     this association is a joint venture.11.  Procedure on "
            "Termination and Liquidation. On any termination of the Joint Venture the assets shall be sold."
        ),
        [str(n) for n in range(1, 12)],
    ),
    TopCase(
        "the first number glued to a heading in capitals (EcoScience Solutions)",
        'ENDORSEMENT AGREEMENTTHIS ENDORSEMENT AGREEMENT (the "Agreement") is dated as of this 14th day of '
        'November 2017, by andbetween Eco Science Solutions, Inc. ("ESSI") and Stephen Marley ("Talent").'
        "AGREEMENT1. Engagement. ESSI engages Talent and Talent hereby accepts the engagement to act as a "
        "Spokesperson for ESSI, domestically and worldwide.2. Term of Agreement. The term of this Agreement "
        'shall be one year ("Term").3. Grant. During the Term and subject to the terms hereof, Talent grants '
        "ESSI the right to use his name.4. Duties of Talent. Talent shall appear at two events.",
        ["1", "2", "3", "4"],
    ),
    TopCase(
        "ARTICLE numerals glued to capitals, found above their first subsection (Conformis)",
        "the Partieshereby agree as follows:ARTICLE IDEFINITIONS1.1 Definitions. For purposes of this "
        "Agreement, the following terms shall have the meanings below.ARTICLE IIRESEARCH AND DEVELOPMENT "
        "PROGRAM2.1 R&D Work Plan. The Parties shall agree a work plan.ARTICLE IIIDELIVERABLES AND "
        "COMPLETION3.1 Deliverables. Subject to the remedies set forth in Section 3.4, Conformis shall "
        "deliver.ARTICLE IVRESTRICTIVE COVENANT4.1 Exclusivity. Except as specifically provided in the "
        "Distribution Agreement, Conformis shall not.ARTICLE VINTELLECTUAL PROPERTY5.1 Inventions. "
        "Inventorship shall be determined under patent law.",
        ["Article 1", "Article 2", "Article 3", "Article 4", "Article 5"],
    ),
    TopCase(
        "ARTICLE N on its own line after the end of a sentence (Gpaq Acquisition)",
        "NOW, THEREFORE, in consideration of the promises herein contained, the Parties hereto agree as "
        "follows: ARTICLE 1\n\nSUPPLY OF PRODUCTS & SERVICES 1.1 Sale of Products & Services. The HOF "
        "Entities shall consult with Constellation. 1.2 Title and Risk of Loss. With respect to Products, "
        "title passes on delivery. ARTICLE 2\n\nPROVISION OF SERVICES 2.1 Services. Throughout the Term, "
        "Constellation shall provide the Services. ARTICLE 3\n\nSPONSORSHIP RIGHTS AND BENEFITS 3.1 "
        "Sponsorship Rights. Subject to the terms hereof, Constellation shall have the rights.",
        ["Article 1", "Article 2", "Article 3"],
    ),
    TopCase(
        "ARTICLE N -- HEADING glued to its first subsection (Emerald Health)",
        "Consulting and Product Development AgreementARTICLE 1 -- PREAMBLEThis Consulting and Licensing "
        "Agreement is entered into this 1st day of September 2016 by andbetween Emerald Health Sciences Inc. "
        '("EHS") and Michael T. Murray ("Dr. Murray"). ThisAgreement sets forth a description of those '
        "responsibilities, of certain rights granted to EHS and EHN, and ofcertain other terms."
        "ARTICLE 2 -- RESPONSIBILITIES2.1EHS "
        "and EHN shall bear all costs.2.2EHS: During any Services Term Dr. Murray shall provide guidance."
        "ARTICLE 3 -- DEFINITION OF SCOPE3.1Licensing rights. EHS and EHN agree to license.3.2Exclusivity. "
        "Dr. Murray shall not directly compete.ARTICLE 4 -- PROPERTY RIGHTS4.1 EHS and EHN shall have the "
        "exclusive rights.ARTICLE 5 -- COMPENSATION5.1Payment for Services. EHN will pay Dr. Murray monthly."
        "ARTICLE 6 - TERM and TERMINATION of AGREEMENT6.1Term. This Agreement shall become effective on the "
        "Effective Date.",
        ["Article 1", "Article 2", "Article 3", "Article 4", "Article 5", "Article 6"],
    ),
    TopCase(
        "ARTICLE - N with a dash between keyword and number (IMPCO Technologies)",
        "the Parties hereto have agreed as follows:\n\n  ARTICLE - 1 DEFINITIONS   1.1   In this Agreement, "
        "unless the context otherwise requires, the following words shall have these meanings.   1.2   "
        "Interpretation:    In this Agreement, unless the contrary intention appears, the singular includes "
        "the plural.   ARTICLE - 2 INCORPORATION OF JVC   2.1   The Parties hereby agree to incorporate the "
        "JVC.   2.2   It is further agreed between the Parties that the JVC shall be formed.",
        ["Article 1", "Article 2"],
    ),
    TopCase(
        "no number found by the scan: a run seeded from '1.' and a heading (Go Call)",
        nb(
            "the parties hereto, intending to be legally bound and acknowledge, hereby agree as follows:1.      "
            "Description of the Promotion        ------------------------        PageMaster Corporation will "
            "offer a promotion to the customers of Go Call.2.      Consumer Cost Description        PageMaster "
            "Corporation shall charge the customers for the pagers and the applicable sales taxes based on their "
            "locations.3.      Term        ----        This promotion shall begin on June 1,1999 and shall "
            "terminate June 1,2000 (herein \"Term\") unless extended by the parties in writing for a further "
            "year.4.      Responsibilities of PageMaster Corporation        ----------------        PageMaster "
            "Corporation shall be responsible for providing the following services to the customers."
        ),
        ["1", "2", "3", "4"],
    ),
    TopCase(
        "no number found by the scan: ARTICLE I glued to its heading seeds the run (Regan Holding)",
        nb(
            "NOW, THEREFORE, intending to be legally bound hereby, LMG and TAG agree as follows:ARTICLE "
            "IAGREEMENT AND DEFINITIONSAgreement. The parties agree that the terms of this Agreement shall apply "
            "to all services provided by LMG to TAG during the term of this Agreement, and to the software.ARTICLE "
            "IILICENSE OF LMG TOOLSGrant of License. LMG grants TAG a non-exclusive license to use the LMG Tools "
            "for the purposes of this Agreement, subject to the restrictions below.ARTICLE IIISUPPORT AND "
            "HOSTING SERVICESCSC Software. LMG will provide support for the CSC Software as described in the "
            "Schedule.ARTICLE IVCHARGESReimbursement Generally. In consideration of the services, TAG shall pay."
        ),
        ["Article 1", "Article 2", "Article 3", "Article 4"],
    ),
    TopCase(
        "a number the document repeats, glued but followed by a heading, is kept as a duplicate (WebMD)",
        nb(
            "WebMD grants Licensee a license.1. Definitions. Terms have the meanings below.2. License. WebMD "
            "grants a license, by estoppel, or otherwise.3. Term and Termination.(a) Term. This Agreement runs "
            "for two years as agreed to by the parties.4. Fees. Licensee shall pay the fees as agreed to by the "
            "parties.5. Warranties. Each party warrants its authority as agreed to by the parties.6. "
            "Disclaimer. WebMD MAKES NO REPRESENTATIONS OR WARRANTIES OF ANY KIND AND THE PARTIES AGREE TO THE "
            "FAILURE OF ESSENTIAL PURPOSE OF ANY LIMITED WARRANTY OR REMEDY.6. Confidentiality.(a) Confidential "
            'Information. "Confidential Information" means information designated as such.7. Assignment. '
            "Neither party shall assign this Agreement."
        ),
        ["1", "2", "3", "4", "5", "6", "6", "7"],
    ),
    TopCase(
        "a numbered list of names spaced as a list is not a run of provisions (IMPCO Technologies)",
        nb(
            "The shareholders of MIL are:A.1.  1. MR. S.L. MINDA  2. MRS. SAVITRI DEVI MINDA  3. S.L. MINDA & "
            "SONS (HUF)   A.2. MR. NIRMAL K. MINDA & FAMILY  4. PRIDHI MINDA  5. NIRMAL K.MINDA (HUF)"
        ),
        [],
    ),
    TopCase(
        "a number glued to the fax number and the page number before it (HealthCentral, IMAGEWARE; renumbered)",
        "1.  FORCE MAJEURE\n\nNeither Party shall be liable for failure to perform.\n\n2.  NOTICES\n\n"
        "All notices shall be in writing.     Fax: (416) 350-5212     with a copy to Legal Department:     "
        "Fax No.: (416) 350-52123.  COUNTERPARTSThis Agreement may be executed in one or more counterparts."
        "4.  HEADINGSThe section and article headings are for convenience only.5.  WAIVERNo waiver shall "
        "be effective unless in writing.                     Page 96.  SEVERABILITY     If any provision is "
        "held invalid, the remainder shall continue in full force.",
        ["1", "2", "3", "4", "5", "6"],
    ),
    TopCase(
        "a number glued to a contract number, the run found from it (NETGEAR, Part_II twin)",
        nb(
            "Ingram NETGEAR Distributor Agreement                 0830961.       APPOINTMENTSubject to "
            "Distributor's performance of its obligations under this Agreement, NETGEAR appoints Distributor as "
            "a non-exclusive distributor of the Products listed in Exhibit A in the Territory, and Distributor "
            "accepts such appointment.2.       TERRITORYExcept as may be otherwise provided by law, Distributor "
            "may sell Products only to resellers located in the Territory described in Exhibit B, and shall not "
            "solicit orders from outside the Territory.3.       ORDERSA.       Distributor may purchase Products "
            "by placing orders with NETGEAR, each of which shall state the products, the quantities, the prices "
            "and the requested delivery dates.4.       PRICES, PRICE LIST, TAXES AND PAYMENTDistributor shall "
            "pay the prices in the price list then in effect."
        ),
        ["1", "2", "3", "4"],
    ),
    TopCase(
        "no number glued to a quotation, a reference or a contents line's page number (Lucent, Microgenics, "
        "Exact Sciences)",
        "1. DEFINITIONS. \"T+52 Delivery\" means the delivery of all Licensed Materials by the date "
        "representing \"T+52.\" [REDACTED]\n\n3. GRANT. Lucent grants Licensee a license.\n\n4. FEES. "
        "Licensee shall pay the fees. Achaogen shall maintain such information in accordance with Article 12. "
        "Achaogen shall have the right to inspect.\n\n5. TERM. This Agreement runs for two years.\n\n"
        "7. AUDIT. Each party keeps records. 435.8Disclaimer446.INDEMNIFICATION; LIMITATION OF LIABILITY AND "
        "INSURANCE446.1Indemnification446.2Insurance Requirements\n\n8. NOTICES. Notices are in writing.",
        ["1", "3", "4", "5", "7", "8"],
    ),
    TopCase(
        "a lettered list under a provision numbered \"1)\" with a heading stays under it (SIBANNAC)",
        "the parties hereto agree to enter into a strategic alliance under the following terms and conditions:"
        "   1) Duties of Bravatek   Bravatek agrees to serve as a non-exclusive provider of products to COMPANY "
        "and further agrees to:   a. Promote, market and introduce the Products to prospective clients.   b. "
        "Provide a quarterly Pipeline or project information leads.\n\n  2) Duties of COMPANY   COMPANY agrees "
        "to use its best efforts to:   a. Listing Bravatek in all appropriate sales and marketing materials.   "
        "b. Provide timely responses to both technical and administrative questions.   3) Obligations of the "
        "Parties   Bravatek and COMPANY agree to jointly:   a. Develop and implement a joint Product Solution "
        "and Application Strategy.   b. Support each other in all agreed-upon technical, marketing and "
        "promotional efforts.   4) Compensation   When custom Products are designed, developed and delivered, "
        "COMPANY shall pay Bravatek.",
        ["1", "2", "3", "4"],
    ),
    TopCase(
        "a lettered list whose \"I.\" is no roman numeral stays under its provision (PCQuote, Part_I twin)",
        "1.  The Co-Branded Service     A.  PCQ agrees to allow ABW to co-brand the service.\n\n    B.  PCQ "
        "will provide a continuous HYPERFEED to the ABW server.\n\n2.  Term\n\n    A.  [***]  The effective date "
        "for purposes of this Agreement is the date of signing.\n\n3.  Payment For Service     A.  Beginning "
        "with the date specified, ABW will pay PCQ monthly.\n\n    H.   In the event that any invoice is not "
        "paid by ABW within thirty days, PCQ may suspend the service.\n\n    I.   Upon termination as provided "
        "for in this Agreement, ABW will pay all charges.4. Technical Support     A.   ABW agrees to field all "
        "initial customer support requests.5. Exchange Authorization     A.   The ABW hereby acknowledges the "
        "exchange rules.",
        ["1", "2", "3", "4", "5"],
    ),
    TopCase(
        "ARTICLE glued after the end of a sentence, its heading in title case (VEONEER, Part_I twin)",
        "NOW, THEREFORE, the Veoneer Parties and the Nissin Parties hereby agree as follows:Article 1.Amendment "
        "and Termination of JV Agreementa.As of the VNBJ Closing, the JV Agreement shall terminate.Article "
        "2.D&O IndemnityNotwithstanding Article 1.1, each party shall indemnify the directors.Article 3."
        "Governing LawThis Amendment shall be governed by the laws of Japan.Article 4.EffectivenessThis "
        "Amendment shall only become effective upon the VNBJ Closing.",
        ["Article 1", "Article 2", "Article 3", "Article 4"],
    ),
    TopCase(
        "ARTICLE glued after a colon, then after a word (ImperialGarden, Part_I twin)",
        nb("with regard to thedevelopment of Miaoli Royal Resort Hotel: Article I.Outsourced Project Development "
           "of Miaoli Royal Resort Hotel Article II.Project Range The base of the project is located on Lot No. "
           "19. Article III.Outsourced Work Outsourced work regarding this Contract is stated below. Article "
           "IV.Service Fee The fees for services mentioned in Part I shall be paid."),
        ["Article 1", "Article 2", "Article 3", "Article 4"],
    ),
    TopCase(
        "a lone list item is no provision: the body has no numbered top level (SPHERE3D)",
        "TERM & TERMINATION. This Agreement is for a term (the \"Term\") of 12 months from the Effective Date on "
        "June 1st 2020 and expiring May 31st 2021.\n\n(a) In the case that the company would not like to extend "
        "the terms of agreement for an additional month. The company must notify the consultant within 5 days "
        "of the conclusion of the 12 month term.\n\nCOMPENSATION. The Company shall pay the Consultant monthly.",
        [],
    ),
    TopCase(
        "page numbers alone on the last line of a page, before CUAD's Source footer (Ehave, Clickstream)",
        "1. INTERPRETATION (a) Definitions In this Agreement the following terms have these meanings. "
        "\"Applicable Law\" means all laws which are applicable to CHT or Ehave.\n\n2.\n\nSource: EHAVE, INC., "
        "20-F, 5/15/2019\n\n\n\n\n\n\"Authentication ID\" means a security mechanism by which an Authorized "
        "User gains access.\n\n2. APPOINTMENT AND LICENSE GRANT (a) Exclusive Appointment Ehave hereby appoints "
        "CHT.\n\n3 \u2502 Page\n\nSource: EHAVE, INC., 20-F, 5/15/2019\n\n\n\n\n\n(b) Grant by Ehave Subject "
        "to the terms of this Agreement.\n\n3. DEVELOPMENT AND IMPLEMENTATION (a) Specifications Ehave shall "
        "develop the Companion Solution.",
        ["1", "2", "3"],
    ),
    TopCase(
        "roman numerals glued after a full stop, no other run: seeded from I. (SouthernStar, Part_I twin)",
        "These General Terms and Conditions govern the participation in the Affiliate Program (governed by II. "
        "and IV. in these General Terms and Conditions) and the Affiliate Management provided by element 5.I. "
        "Object of the Affiliate Program/ Affiliate Management Program forSoftware PublishersThe object of the "
        "Affiliate Program provided by element 5 (hereafter, the Program) is the sale of software products by "
        "the Affiliates through their Web sites and their partnerships.\x0cII. Affiliate Program\u00a7 1 "
        "Affiliate ParticipationParticipation of an individual Affiliate in the Program requires approval, which "
        "element 5 may refuse without a statement of reasons; the Affiliate may object in writing, including a "
        "statement of reasons, within four weeks.III. Affiliate Management for Software Publishers\u00a7 1 "
        "Participation by the Software Publisher(1) Software Publisher's participation in Affiliate Management "
        "is subject to the share-it! Developer Agreement between Software Publisher andelement 5.IV. General "
        "terms\u00a7 1 LicenseUpon activation of the Affiliate, the Software Publisher grants a license.",
        ["I", "II", "III", "IV"],
    ),
    TopCase(
        "a table of contents flattened into one line: heading, page number, next entry (ExactSciences)",
        "Exhibit 10.1 COLOGUARD PROMOTION AGREEMENT BY AND BETWEEN EXACT SCIENCES CORPORATION AND PFIZER INC.\n\n"
        "TABLE OF CONTENTS Page 1. DEFINITIONS 1 2. GOVERNANCE 10 2.1 Joint Steering Committee 10 2.2 Joint "
        "Operations Committee 13 3. APPOINTMENT; PRODUCT OWNERSHIP; MARKETING AND SALES 17 3.1 Appointment 17 "
        "4. ACCOUNTING 30 4.1 Responsibility for Shared M&P Expenses 30 5. REPRESENTATIONS, WARRANTIES AND "
        "COVENANTS 37 5.1 Mutual Representations and Warranties 37 6. INDEMNIFICATION; LIMITATION OF LIABILITY "
        "AND INSURANCE 44 6.1 Indemnification 44\n\nThis Promotion Agreement is entered into as of August 21, "
        "2018 by and between Exact Sciences Corporation and Pfizer Inc. NOW, THEREFORE, in consideration of the "
        "premises, the Parties hereby agree as follows: 1. DEFINITIONS. 1.1 \"AdvaMed Code\" shall have the "
        "meaning set forth in Section 3.4. 1.2 \"Affiliate\" means any entity controlling a Party. 2. GOVERNANCE. "
        "2.1 Joint Steering Committee. (a) Composition. Promptly following the Effective Date, the Parties shall "
        "form a committee. 3. APPOINTMENT; PRODUCT OWNERSHIP; MARKETING AND SALES. 3.1 Appointment. (a) Exact "
        "appoints Pfizer. 4. ACCOUNTING. 4.1 Responsibility for Shared M&P Expenses. (a) General. Shared M&P "
        "Expenses shall be borne by the Parties. 5. REPRESENTATIONS, WARRANTIES AND COVENANTS. 5.1 Mutual "
        "Representations and Warranties. Each Party represents to the other. 6. INDEMNIFICATION; LIMITATION OF "
        "LIABILITY AND INSURANCE. 6.1 Indemnification. Each Party shall indemnify the other.",
        ["1", "2", "3", "4", "5", "6"],
    ),
    TopCase(
        "a 1.0 whose heading runs on into the first sentence, before a run of 2.0, 3.0 (QuantumGroup)",
        "EXHIBIT 99.2\n\ne-business Hosting Agreement 1.0 Introduction This e-business Hosting Agreement "
        "(\"Agreement\") between International Business Machines Corporation (\"IBM\") and  The Quantum Group "
        "Inc., (\"Customer\") establishes the terms and conditions. The provision contained therein expressly "
        "states that it will prevail over the Base Terms. 2.0 Definitions \"Acceptable Use Policy\" means the "
        "Acceptable Use Policy for IBM e-business Hosting Services. 3.0 IBM Services Responsibilities IBM will "
        "perform the Services described in Attachment A. 4.0 Term and Termination Term This Agreement will be "
        "effective beginning on the Effective Date.",
        ["1", "2", "3", "4"],
    ),
    TopCase(
        "bare numbers over their first subsections, a wide gap before the heading (HEALTHGATE escrow)",
        "It is agreed that:\n\n1     Definitions\n\n      In this Agreement the following terms shall have the "
        "following meanings:\n\n      1.1   \"Full Verification Service\" means those bespoke tests agreed "
        "between the Licensee and NCC;\n\n      1.2   \"Material\" means the source code of the Package.\n\n"
        "2     Owner's Duties and Warranties\n\n      2.1   The Owner shall deliver a copy of the Material to "
        "NCC within 30 days of the date of this Agreement.\n\n3     Licensee's Responsibilities\n\n      It "
        "shall be the responsibility of the Licensee to notify NCC of any change to the Package.\n\n"
        "4     NCC's Duties\n\n      4.1   NCC shall hold the Material in a safe and secure environment.\n",
        ["1", "2", "3", "4"],
    ),
    TopCase(
        "bare numbers glued after the end of a sentence, their headings glued to the text (KitovPharma, Part_I)",
        "the Parties, intending to be legally bound, hereby agree asfollows:1DefinitionsFor the purpose of this "
        "Agreement, the terms set forth in this clause shall have the meanings below.1.1\u201cAffiliate\u201d of a "
        "Party shall mean any corporation controlling that Party.1.2\u201cBatch\u201d shall mean the defined "
        "quantity of the Product.2Basics of the Agreement2.1Grant of Rights; Exclusivity2.1.1Kitov hereby grants "
        "to Dexcel a fully paid, limited license.3Purchase and Supply of Product3.1Packaging3.1.1Kitov shall "
        "provide Dexcel with reasonable Packaging and Labelling instructions.",
        ["1", "2", "3"],
    ),
]


@pytest.mark.parametrize("case", TOP_CASES, ids=[c.name[:50] for c in TOP_CASES])
def test_top_level_sections(case: TopCase) -> None:
    assert top_level_labels(case.text) == case.want


def top_level_labels(text: str) -> list[str]:
    """The labels of the body's level-1 sections of ``text`` parsed as a document (every sections
    row's offsets checked against the original on the way)."""
    ex = extractor.parse(text.encode(), name="snippet.txt")
    s = ex.sections
    for row in s.itertuples():
        assert ex.original[row.start : row.end] == row.text
    return list(s[(s["level"] == 1) & (s["part"] == "body")]["label"])


class GluedCase(NamedTuple):
    text: str
    number: str  # a number the tree must not hold at the top level


GLUED_CASES = [
    # a page number after a form feed, glued to the running date (Virtuoso Surgical)
    GluedCase("2.4 Royalties shall be paid.Source: VIRTUOSO SURGICAL, INC.\x0c2May 3, 20162.5 Net Sales means "
              "gross sales.", "2"),
    # a footnote number glued to a defined term (Chaparral Resources)
    GluedCase("1. Definitions.\n\n1.1 Terms.                                       2\"Secondary Period\" means the "
              "period from the CPC Pipeline Operational Date.", "2"),
]


@pytest.mark.parametrize("case", GLUED_CASES, ids=[c.text[:30] for c in GLUED_CASES])
def test_bare_number_glued_to_text_is_no_heading(case: GluedCase) -> None:
    s = extractor.parse(case.text.encode(), name="snippet.txt").sections
    assert case.number not in list(s[s["level"] == 1]["number"])
