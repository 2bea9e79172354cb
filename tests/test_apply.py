"""extractor.apply_amendments on base/amendment pairs built from real corpus text.

The base is a real agreement from the corpus; the amendment is written with the amending
instructions' own wording taken from real amendments in the corpus (qwest-kmc, NEON, ADMA,
Sonos), pointed at the base's sections and words.
"""

from __future__ import annotations

import pytest
from conftest import corpus_path

import extractor

BASE = "cuad/CANOPETROLEUM,INC_12_13_2007-EX-10.1-Sponsorship Agreement.txt"

AMENDMENT = """AMENDMENT NO. 1 TO SPONSORSHIP AGREEMENT

     NOW,  THEREFORE,  in consideration of the premises set forth above, the parties agree as follows:

     1.  DEFINITIONS.  Capitalized terms not otherwise defined herein shall have
the meanings ascribed to them in the Sponsorship Agreement.

     2.  AMENDMENT TO THE SPONSORSHIP AGREEMENT. Effective as of the date hereof the Sponsorship
Agreement shall be and hereby is amended as follows:

          (a)  SECTION 9 is  hereby  amended  by  deleting  the words  "one (1) year" in the first
     line therein and  substituting the words "two (2) years" therefore.

          (b)  SECTION 11 is  hereby  amended  by  deleting  the words  "Tarrant County" in the
     second line therein and  substituting the words "[TEXT DELETED]" therefore.

          (c)  SECTION 13 is  hereby  amended  by  deleting  the words  "forty-two  (42)" in the
     eleventh line therein and  substituting the words "fifty-one (51)" therefore.

          (d)  SECTION 42 is  hereby  amended  by  deleting  the words  "Tarrant County" and
     substituting the words "Dallas County" therefore.

          (e)  Section 12 of the Sponsorship Agreement is hereby amended to read in its entirety as follows:

          12. Rights Cumulative. The rights of the parties under this Agreement are cumulative.

          (f)  Section 20 of the Sponsorship Agreement is hereby deleted in its entirety.

     3.  COUNTERPARTS.   This   Amendment  may  be  executed  in  one  or  more
counterparts, each of which shall be deemed an original.
"""


@pytest.fixture(scope="module")
def pair() -> tuple[extractor.Exhibit, extractor.Exhibit]:
    base = extractor.parse(corpus_path(BASE))
    amendment = extractor.parse(AMENDMENT.encode(), name="amendment.txt")
    return base, amendment


def test_operations_are_read_from_the_amendment(pair: tuple[extractor.Exhibit, extractor.Exhibit]) -> None:
    _, amendment = pair
    a = amendment.amendments
    assert list(zip(a["target_label"], a["action"], strict=True)) == [
        ("9", "substitute"),
        ("11", "substitute"),
        ("13", "substitute"),
        ("42", "substitute"),
        ("12", "restate"),
        ("20", "delete"),
    ]


def test_apply_reports_each_operation(pair: tuple[extractor.Exhibit, extractor.Exhibit]) -> None:
    base, amendment = pair
    result = extractor.apply_amendments(base, amendment)
    ops = result.operations
    assert list(ops["status"]) == ["applied", "failed", "failed", "failed", "applied", "applied"]
    assert list(ops["reason"].fillna("")) == [
        "",
        "redacted",
        "old text not found",
        "target not found",
        "",
        "",
    ]
    assert list(ops["operation"]) == list(range(6))


def test_consolidated_text(pair: tuple[extractor.Exhibit, extractor.Exhibit]) -> None:
    base, amendment = pair
    text = extractor.apply_amendments(base, amendment).text
    assert "The term of this Agreement shall be two (2) years, commencing January 1, 2008" in text
    assert "shall be one (1) year" not in text
    assert "12. Rights Cumulative. The rights of the parties under this Agreement are cumulative." in text
    assert "20. Partial Invalidity" not in text and "20. Partial Invalidity" in base.original
    assert "21. Government Regulation" in text
    assert "Tarrant County" in text  # the redacted substitution was not carried out
    # nothing outside the edited provisions moved
    head = base.original[: base.original.find("9. Term and Renewal")]
    assert text.startswith(head)


def test_replace_all_and_insert() -> None:
    base = extractor.parse(corpus_path(BASE))
    amendment = extractor.parse(
        (
            b"     1.  AMENDMENT.\n\n"
            b'          (a) References in Section 3 of the Sponsorship Agreement to "Company" shall be '
            b'amended to include "Boyd".\n\n'
            b"          (b) Section 9 of the Sponsorship Agreement is hereby amended by adding the following "
            b"sentence to the end of Section 9:\n\n"
            b"          This Agreement may be renewed for one additional year.\n"
        ),
        name="amendment.txt",
    )
    a = amendment.amendments
    assert list(a["action"]) == ["replace_all", "insert"]
    result = extractor.apply_amendments(base, amendment)
    assert list(result.operations["status"]) == ["applied", "applied"]
    three = result.text.find("3. Signage at Public Appearances")
    assert result.text[three:].startswith("3. Signage at Public Appearances. The Boyd agrees that Cano")
    # only inside Section 3: the other references stay
    assert result.text.count("Company") == base.original.count("Company") - 1
    nine = result.text.find("9. Term and Renewal")
    assert "This Agreement may be renewed for one additional year." in result.text[nine : nine + 300]


def test_substitute_numbered_sentences() -> None:
    base = extractor.parse(corpus_path(BASE))
    amendment = extractor.parse(
        (
            b"     1.  AMENDMENT.\n\n"
            b"          (c) SECTION 13 is hereby  amended by deleting the first sentence\n"
            b'     and  substituting the words  "Each party shall bear its own attorneys\' fees."\n'
        ),
        name="amendment.txt",
    )
    a = amendment.amendments
    assert list(zip(a["action"], a["sentences"], strict=True)) == [("substitute", "1")]
    result = extractor.apply_amendments(base, amendment)
    assert list(result.operations["status"]) == ["applied"]
    thirteen = result.text.find("13. Attorneys' Fees.")
    assert result.text[thirteen:].startswith(
        "13. Attorneys' Fees. Each party shall bear its own attorneys' fees. For"
    )
    assert "If any legal action is brought by either of the parties hereto" not in result.text


def test_a_sentence_cut_short_keeps_it_up_to_the_quoted_words() -> None:
    # the instruction is the construction addendum's (contracts-ex10/construction__881524_...); the base is
    # AIA A201's 5.3.1 as that addendum amends it, shortened to its four sentences
    base = extractor.parse(
        b"5.3 SUBCONTRACTUAL RELATIONS\n\n"
        b"5.3.1 By appropriate agreement, the Contractor shall require each Subcontractor to be bound to the "
        b"Contractor. Each subcontract shall preserve the rights of the Owner. The Contractor shall make copies "
        b"available. Where appropriate, the Contractor shall require each Subcontractor to enter into similar "
        b"agreements with Sub-subcontractors, which will be bound, unless specifically provided otherwise in the "
        b"subcontract agreement.\n\n5.4 CONTINGENT ASSIGNMENT\n\n5.4.1 Each subcontract is assigned to the Owner.\n",
        name="base.txt",
    )
    amendment = extractor.parse(
        b"5 SUBCONTRACTORS. The fourth sentence of GC Section\n"
        b'5.3.1 shall end with the words "...will be bound," and the remainder of said\nsentence is deleted.\n',
        name="amendment.txt",
    )
    result = extractor.apply_amendments(base, amendment)
    assert list(result.operations["status"]) == ["applied"]
    assert "Sub-subcontractors, which will be bound.\n\n5.4 CONTINGENT" in result.text
    assert "unless specifically provided" not in result.text
