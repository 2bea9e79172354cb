"""One signature row's kind, party, signer or title from a real corpus snippet: witnesses, notaries,
acknowledgments, deeds, parties written under the lines or named in full elsewhere, wrapped titles,
and a block with no signatory left in the body."""

from __future__ import annotations

from typing import NamedTuple

import pytest

import extractor
from extractor.stages.layout import find_layout
from extractor.stages.signatures import find_signatures


def test_party_written_under_the_signature_lines() -> None:
    # Tickets.com sponsorship agreement: conformed signatures, "Representative of X" under the lines
    text = (
        "mployee-employer relationship is created by this Agreement. MP3.com intends to, and does, bind its "
        "successors and assigns to the terms of this Agreement.\n\n/s/ Greg Flores             "
        "                 /s/ Adam Epstein - -----------------------------------          "
        "----------------------------------- "
        "Representative of MP3.com                    Representative of Tickets.com, Inc.\n"
    )
    ex = extractor.parse(text)
    assert list(zip(ex.signatures["party"], ex.signatures["signer"], strict=True)) == [
        ("MP3.com", "Greg Flores"),
        ("Tickets.com, Inc.", "Adam Epstein"),
    ]
    assert "/s/ Greg Flores" not in ex.body and "bind its successors" in ex.body


def test_block_with_no_signatory_found_stays_in_the_body() -> None:
    # Bangi premium managed hosting agreement: names and companies under the lines, no labels
    text = (
        "Subversion Change Management System - Trac Issue Tracking System and Project Knowledge Base\n\n"
        "/s/ Ryan Thompson\n\n/s/ Chester Ku   Ryan Thompson, Deep Systems\n\nChester Ku, Astro Nutrition\n\n"
    )
    ex = extractor.parse(text)
    assert len(ex.signatures) == 0
    assert "/s/ Chester Ku" in ex.body


def test_witness_line_is_its_own_row() -> None:
    # Atmos Energy transportation service agreement
    pad = " " * 38
    text = (
        f' as of May 20, 1992.\n\n{pad}"TRANSPORTER"\n\n{pad}ARKANSAS WESTERN PIPELINE COMPANY{pad}an '
        f"Arkansas Corporation\n\n{pad}By /s/ [ILLEGIBLE]{pad}{'-' * 39}{pad}President\n\n"
        f"WITNESS: /s/ [ILLEGIBLE]          {'-' * 24}\n\n"
    )
    sig = find_signatures(find_layout(text)).signatures
    assert [(s.kind, s.party, s.signed) for s in sig] == [
        ("party", "ARKANSAS WESTERN PIPELINE COMPANY", True),
        ("witness", None, True),
    ]


def test_party_after_executed_as_a_deed_by() -> None:
    # Bicycle Therapeutics service agreement (English deed)
    text = (
        "THIS AGREEMENT has been executed and delivered as a deed by or on behalf of the parties on the date "
        "written at the top of page 1.\n\nExecuted as a Deed by BICYCLETX LIMITED acting by a director:\n\n"
        "/s/ Kevin Lee (Director) in the presence of: /s/ Phil Jeffrey Witness Name: Phil Jeffrey Witness "
        "Address:\n\n20\n\n"
    )
    sig = find_signatures(find_layout(text)).signatures
    assert [(s.party, s.signed) for s in sig] == [("BICYCLETX LIMITED", True)]


def test_notary_signs_for_no_party() -> None:
    # True North Energy development agreement: the acknowledgment after the signature page
    text = (
        "did say that he is Attorney-in-Fact for BP AMERICA PRODUCTION COMPANY, and that said instrument was "
        "signed on behalf of said corporation.   Given under my hand and seal this 7t h day of February, 2007"
        "       My Commission Expires: /s/ Teresa L. Bowerman\n\nNotary Public, State of Texas\n\n      "
        "Teresa L. Bowerman\n\n(NOTARY SEAL OF TERESA L. BOWERMAN) Name (Typed or Printed)\n"
    )
    sig = find_signatures(find_layout(text)).signatures
    assert [(s.kind, s.party, s.signer, s.signed) for s in sig] == [("notary", None, "Teresa L. Bowerman", True)]


def test_empty_witness_line_is_no_row() -> None:
    # Prolong sponsorship agreement: "ATTEST:" over a blank line, beside the party's block
    text = (
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\nPROLONG INTERNATIONAL CORPORATION\n\n"
        "By: /s/ Elton Alderman\n\nTitle: President\n\nATTEST:                         \n\n"
    )
    sig = find_signatures(find_layout(text)).signatures
    assert [(s.kind, s.party) for s in sig] == [("party", "PROLONG INTERNATIONAL CORPORATION")]


def test_short_party_takes_its_full_name_from_the_text() -> None:
    # Tickets.com sponsorship agreement: "MP3.com, Inc." in the preamble, "MP3.com" under the line
    text = (
        "This Sponsorship Agreement is made between MP3.com, Inc. and Tickets.com, Inc.\n\n/s/ Greg Flores     "
        "                         /s/ Adam Epstein - -----------------------------------          "
        "----------------------------------- "
        "Representative of MP3.com                    Representative of Tickets.com, Inc.\n"
    )
    sig = find_signatures(find_layout(text)).signatures
    assert [s.party for s in sig] == ["MP3.com, Inc.", "Tickets.com, Inc."]


def test_name_typed_twice_then_title_and_seal() -> None:
    # CCA Industries outsourcing agreement; Verso IP agreement's notary ("(SEAL)" after the name)
    cca = 'CCA INDUSTRIES, INC. "Company"\n\nBy: /s/ Richard Kornhauser Richard Kornhauser, President & CEO\n\n'
    verso = (
        "on behalf of said corporation.\n\n\n\n  /s/ Jason A. Minio (SEAL)       Jason A. Minio Notary Public "
        "Commonwealth of Massachusetts My Commission Expires November 1, 2013\n\n\n\nSTATE OF Georgia:\n"
    )
    rows = [s for t in (cca, verso) for s in find_signatures(find_layout(t)).signatures]
    got = [(s.kind, s.party, s.signer, s.title) for s in rows]
    assert got == [
        ("party", "CCA INDUSTRIES, INC.", "Richard Kornhauser", "President & CEO"),
        ("notary", None, "Jason A. Minio", None),
    ]


def test_individual_acceptance_is_an_acknowledged_row() -> None:
    """edgar-exhibits/AAPL_0000320193-96-000018_1: the employee signs a bare "/s/" under "Agreed to"."""
    text = (
        "\t\t\tSincerely,\n\n\t\t\tAPPLE COMPUTER, INC.\n\n\n\t\t\tBy_/s/ Fred D. Anderson\t\t\n"
        "\t\t\t         Fred D. Anderson\n\t\t\t\t\n\nAgreed to as of this 18th day of June, 1996.\n\n\n"
        "/s/ Robert M. Calderoni\t\t\n     Robert M. Calderoni\n"
    )
    rows = find_signatures(find_layout(text)).signatures
    assert [(s.kind, s.party, s.signer) for s in rows] == [
        ("party", "APPLE COMPUTER, INC.", "Fred D. Anderson"),
        ("acknowledged", None, "Robert M. Calderoni"),
    ]


class TitleCase(NamedTuple):
    name: str
    text: str  # copied from a corpus document
    titles: list[str]


TITLE_CASES = [
    TitleCase(
        "two_columns_each_title_wrapped",  # edgar-amendments/idex-1994-second-ar-credit-amendment-2
        "BAND-IT-IDEX, INC.                  VIKING PUMP, INC.\n\n"
        "By:___________________________      By:___________________________\n\n"
        "Name:  Wayne P. Sayatovic           Name:  Wayne P. Sayatovic\n\n"
        "Title: Vice President & Chief       Title: Vice President & Chief Financial\n"
        "Financial Officer                   Officer\n",
        ["Vice President & Chief Financial Officer", "Vice President & Chief Financial Officer"],
    ),
    TitleCase(
        "whole_title_then_the_next_lender",  # contracts-ex10: a credit agreement's lender pages
        "$50,000,000             $50,000,000                         WACHOVIA BANK OF GEORGIA, N.A.\n\n\n"
        "By /s/ Terence A. Snellings\nTitle:  Senior Vice President\n"
        "$25,000,000                0                                THE BANK OF NEW YORK\n\n\n"
        "By /s/ Edward F. Ryan, Jr.\nTitle:  Senior Vice President\n",
        ["Senior Vice President", "Senior Vice President"],
    ),
]


@pytest.mark.parametrize("case", TITLE_CASES, ids=[c.name for c in TITLE_CASES])
def test_titles_wrapped_to_the_next_line(case: TitleCase) -> None:
    rows = find_signatures(find_layout(case.text)).signatures
    assert [s.title for s in rows] == case.titles
    for s in rows:
        assert case.text[s.start : s.end] == s.text
