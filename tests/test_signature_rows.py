"""One signature row's kind, party, signer or title from a real corpus snippet: witnesses, notaries,
acknowledgments, deeds, parties written under the lines or named in full elsewhere, wrapped titles,
and a block with no signatory left in the body."""

from __future__ import annotations

from typing import NamedTuple

import pytest

import extractor
from extractor.stages.layout import find_layout
from extractor.stages.signatures import find_signatures


class BodyCase(NamedTuple):
    name: str
    text: str  # copied from a corpus document
    rows: list[tuple[str, str]]  # (party, signer) of every signature row
    kept: str  # text the body keeps
    removed: str | None  # text of the block the body loses, when the block gives rows


BODY_CASES = [
    BodyCase(
        "party_written_under_the_signature_lines",
        # Tickets.com sponsorship agreement: conformed signatures, "Representative of X" under the lines
        "mployee-employer relationship is created by this Agreement. MP3.com intends to, and does, bind its "
        "successors and assigns to the terms of this Agreement.\n\n/s/ Greg Flores             "
        "                 /s/ Adam Epstein - -----------------------------------          "
        "----------------------------------- "
        "Representative of MP3.com                    Representative of Tickets.com, Inc.\n",
        [("MP3.com", "Greg Flores"), ("Tickets.com, Inc.", "Adam Epstein")],
        "bind its successors",
        "/s/ Greg Flores",
    ),
    BodyCase(
        "block_with_no_signatory_found_stays_in_the_body",
        # Bangi premium managed hosting agreement: names and companies under the lines, no labels
        "Subversion Change Management System - Trac Issue Tracking System and Project Knowledge Base\n\n"
        "/s/ Ryan Thompson\n\n/s/ Chester Ku   Ryan Thompson, Deep Systems\n\nChester Ku, Astro Nutrition\n\n",
        [],
        "/s/ Chester Ku",
        None,
    ),
]


@pytest.mark.parametrize("case", BODY_CASES, ids=[c.name for c in BODY_CASES])
def test_block_leaves_the_body_with_its_rows(case: BodyCase) -> None:
    ex = extractor.parse(case.text)
    assert list(zip(ex.signatures["party"], ex.signatures["signer"], strict=True)) == case.rows
    assert case.kept in ex.body
    if case.removed is not None:
        assert case.removed not in ex.body


class RowCase(NamedTuple):
    name: str
    text: str  # copied from a corpus document
    fields: tuple[str, ...]  # the fields of each signature row the case checks
    rows: list[tuple[object, ...]]  # those fields of every row, in order


_PAD = " " * 38  # the Atmos agreement's column gap

ROW_CASES = [
    RowCase(
        "witness_line_is_its_own_row",  # Atmos Energy transportation service agreement
        f' as of May 20, 1992.\n\n{_PAD}"TRANSPORTER"\n\n{_PAD}ARKANSAS WESTERN PIPELINE COMPANY{_PAD}an '
        f"Arkansas Corporation\n\n{_PAD}By /s/ [ILLEGIBLE]{_PAD}{'-' * 39}{_PAD}President\n\n"
        f"WITNESS: /s/ [ILLEGIBLE]          {'-' * 24}\n\n",
        ("kind", "party", "signed"),
        [("party", "ARKANSAS WESTERN PIPELINE COMPANY", True), ("witness", None, True)],
    ),
    RowCase(
        "party_after_executed_as_a_deed_by",  # Bicycle Therapeutics service agreement (English deed)
        "THIS AGREEMENT has been executed and delivered as a deed by or on behalf of the parties on the date "
        "written at the top of page 1.\n\nExecuted as a Deed by BICYCLETX LIMITED acting by a director:\n\n"
        "/s/ Kevin Lee (Director) in the presence of: /s/ Phil Jeffrey Witness Name: Phil Jeffrey Witness "
        "Address:\n\n20\n\n",
        ("party", "signed"),
        [("BICYCLETX LIMITED", True)],
    ),
    RowCase(
        "notary_signs_for_no_party",
        # True North Energy development agreement: the acknowledgment after the signature page
        "did say that he is Attorney-in-Fact for BP AMERICA PRODUCTION COMPANY, and that said instrument was "
        "signed on behalf of said corporation.   Given under my hand and seal this 7t h day of February, 2007"
        "       My Commission Expires: /s/ Teresa L. Bowerman\n\nNotary Public, State of Texas\n\n      "
        "Teresa L. Bowerman\n\n(NOTARY SEAL OF TERESA L. BOWERMAN) Name (Typed or Printed)\n",
        ("kind", "party", "signer", "signed"),
        [("notary", None, "Teresa L. Bowerman", True)],
    ),
    RowCase(
        "empty_witness_line_is_no_row",
        # Prolong sponsorship agreement: "ATTEST:" over a blank line, beside the party's block
        "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\nPROLONG INTERNATIONAL CORPORATION\n\n"
        "By: /s/ Elton Alderman\n\nTitle: President\n\nATTEST:                         \n\n",
        ("kind", "party"),
        [("party", "PROLONG INTERNATIONAL CORPORATION")],
    ),
    RowCase(
        "short_party_takes_its_full_name_from_the_text",
        # Tickets.com sponsorship agreement: "MP3.com, Inc." in the preamble, "MP3.com" under the line
        "This Sponsorship Agreement is made between MP3.com, Inc. and Tickets.com, Inc.\n\n/s/ Greg Flores     "
        "                         /s/ Adam Epstein - -----------------------------------          "
        "----------------------------------- "
        "Representative of MP3.com                    Representative of Tickets.com, Inc.\n",
        ("party",),
        [("MP3.com, Inc.",), ("Tickets.com, Inc.",)],
    ),
    RowCase(
        "name_typed_twice_then_title",  # CCA Industries outsourcing agreement
        'CCA INDUSTRIES, INC. "Company"\n\nBy: /s/ Richard Kornhauser Richard Kornhauser, President & CEO\n\n',
        ("kind", "party", "signer", "title"),
        [("party", "CCA INDUSTRIES, INC.", "Richard Kornhauser", "President & CEO")],
    ),
    RowCase(
        "name_typed_twice_then_seal",  # Verso IP agreement's notary ("(SEAL)" after the name)
        "on behalf of said corporation.\n\n\n\n  /s/ Jason A. Minio (SEAL)       Jason A. Minio Notary Public "
        "Commonwealth of Massachusetts My Commission Expires November 1, 2013\n\n\n\nSTATE OF Georgia:\n",
        ("kind", "party", "signer", "title"),
        [("notary", None, "Jason A. Minio", None)],
    ),
    RowCase(
        "individual_acceptance_is_an_acknowledged_row",
        # edgar-exhibits/AAPL_0000320193-96-000018_1: the employee signs a bare "/s/" under "Agreed to"
        "\t\t\tSincerely,\n\n\t\t\tAPPLE COMPUTER, INC.\n\n\n\t\t\tBy_/s/ Fred D. Anderson\t\t\n"
        "\t\t\t         Fred D. Anderson\n\t\t\t\t\n\nAgreed to as of this 18th day of June, 1996.\n\n\n"
        "/s/ Robert M. Calderoni\t\t\n     Robert M. Calderoni\n",
        ("kind", "party", "signer"),
        [("party", "APPLE COMPUTER, INC.", "Fred D. Anderson"), ("acknowledged", None, "Robert M. Calderoni")],
    ),
    # titles wrapped to the next line
    RowCase(
        "two_columns_each_title_wrapped",  # edgar-amendments/idex-1994-second-ar-credit-amendment-2
        "BAND-IT-IDEX, INC.                  VIKING PUMP, INC.\n\n"
        "By:___________________________      By:___________________________\n\n"
        "Name:  Wayne P. Sayatovic           Name:  Wayne P. Sayatovic\n\n"
        "Title: Vice President & Chief       Title: Vice President & Chief Financial\n"
        "Financial Officer                   Officer\n",
        ("title",),
        [("Vice President & Chief Financial Officer",), ("Vice President & Chief Financial Officer",)],
    ),
    RowCase(
        "whole_title_then_the_next_lender",  # contracts-ex10: a credit agreement's lender pages
        "$50,000,000             $50,000,000                         WACHOVIA BANK OF GEORGIA, N.A.\n\n\n"
        "By /s/ Terence A. Snellings\nTitle:  Senior Vice President\n"
        "$25,000,000                0                                THE BANK OF NEW YORK\n\n\n"
        "By /s/ Edward F. Ryan, Jr.\nTitle:  Senior Vice President\n",
        ("title",),
        [("Senior Vice President",), ("Senior Vice President",)],
    ),
]


@pytest.mark.parametrize("case", ROW_CASES, ids=[c.name for c in ROW_CASES])
def test_rows(case: RowCase) -> None:
    rows = find_signatures(find_layout(case.text)).signatures
    assert [tuple(getattr(s, f) for f in case.fields) for s in rows] == case.rows
    for s in rows:
        assert case.text[s.start : s.end] == s.text
