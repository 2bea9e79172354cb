"""Parties recall, by kind of miss (cuad-score --verbose and the corpus documents with fewer than two
parties): each kind as a table of REAL snippets through the function that reads it, then one corpus
document per kind through the whole pipeline."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import corpus_path

import extractor
from extractor.stages import party_fallbacks as fb
from extractor.stages.header import find_preamble
from extractor.stages.parties import _clean_name, _looks_like_name, _name_end
from extractor.stages.party_chunks import chunks
from extractor.stages.party_names import signature_party_name


class NameCase(NamedTuple):
    kind: str
    piece: str  # one piece of a real party list, as the list cutter hands it over
    name: str | None  # the name read from it, None when it is no name


NAME_CASES = [
    # TEARDROPGOLFCO EX-10.12: an address with no number first after the suffix and a comma
    NameCase(
        "address after the suffix's comma",
        "Consolidated Artists  Inc., Sommerville House, Phillips Street, St. Helier, Jersey JE1 1DE, Channel  "
        'Islands, British Isles (hereinafter referred to as "Consolidated Artists").',
        "Consolidated Artists Inc.",
    ),
    NameCase("a suite after the comma", "XACCT Technologies, Inc., Suite 100, Santa Clara", "XACCT Technologies, Inc."),
    # the comma's suffix is the name's own ("N.A."), no street follows: nothing is cut
    NameCase("suffix after a comma, no address", 'Bank of America, N.A. ("Bank of America")', "Bank of America, N.A."),
    # ASIANDRAGONGROUP EX-10.5: a name opening with a number, its suffix before the trade name
    NameCase(
        "numbered company doing business as",
        '695014 B.C. Ltd. dba Galaxy Telecom, having a principal office at 200 - 375 Water Street ("Galaxy")',
        "695014 B.C. Ltd. dba Galaxy Telecom",
    ),
    NameCase("a number that is no company", "2560 Nidau dba Galaxy", None),
    # contracts-ex10 FORM-OF-EMPLOYMENT-AGREEMENT (Lante): the group the company heads is no part of its name
    NameCase(
        "the group after the suffix",
        "Lante Corporation and any existing or future assigns or subsidiaries owned or controlled, directly or "
        'indirectly by Lante and for whom Employee works ("Lante")',
        "Lante Corporation",
    ),
    NameCase("'and' inside a name", 'Procter and Gamble Company ("P&G")', "Procter and Gamble Company"),
]


class PreambleCase(NamedTuple):
    kind: str
    text: str
    list_text: str | None  # the party list the header finds, None when it finds none


PREAMBLE_CASES = [
    # contracts-ex10 FORM-OF-EMPLOYMENT-AGREEMENT: the form's first party left blank, its alias alone
    PreambleCase(
        "a form's blank first party",
        'FORM OF EMPLOYMENT AGREEMENT\n\nAGREEMENT made this day of , , between ("Employee") and Lante Corporation '
        '("Lante"). In consideration of ...',
        '("Employee") and Lante Corporation ("Lante").',
    ),
    PreambleCase(
        "a bracket that is no alias",
        "This Agreement shall be construed as a contract between (i) the Seller and (ii) the Buyer.",
        None,
    ),
]


@pytest.mark.parametrize("case", PREAMBLE_CASES, ids=lambda c: c.kind)
def test_preamble_list(case: PreambleCase) -> None:
    found = find_preamble(case.text)
    assert (case.text[found[1] : found[2]] if found else None) == case.list_text


@pytest.mark.parametrize("case", NAME_CASES, ids=lambda c: c.kind)
def test_name_of_a_piece(case: NameCase) -> None:
    name = _clean_name(case.piece[: _name_end(case.piece, 0, len(case.piece))])
    assert (name if _looks_like_name(name) else None) == case.name


class SplitCase(NamedTuple):
    kind: str
    text: str  # a real party list
    names: list[str]  # the names of its pieces, in order


SPLIT_CASES = [
    # LEGACYEDUCATIONALLIANCE EX-10.9: the agent's principal is a party of its own
    SplitCase(
        "an agent for its principal",
        'Tigrent Learning UK Limited ("Company") and Celebrity Speakers of 90 High Street, Burnham, Buckinghamshire, '
        'SL1 7JT ("CSA") agent for Robbie Fowler ("Talent") in his individual capacity',
        ["Tigrent Learning UK Limited", "Celebrity Speakers", "Robbie Fowler"],
    ),
    # "agent for" inside a description is no cut: no alias closes just before it
    SplitCase(
        "agent for in a description",
        'Keefe, Bruyette & Woods, Inc., as agent for the Purchasers ("Agent")',
        ["Keefe, Bruyette & Woods, Inc."],
    ),
    # DELTATHREE EX-10.19: a name in lower case after "and"
    SplitCase(
        "a lower-case domain name after 'and'",
        'RSL COM PrimeCall, Inc., a Delaware corporation("PrimeCall"), and deltathree.com, Inc. (formerly known as '
        'Delta Three, Inc.), aDelaware corporation ("DeltaThree").',
        ["RSL COM PrimeCall, Inc.", "deltathree.com, Inc."],
    ),
]


@pytest.mark.parametrize("case", SPLIT_CASES, ids=lambda c: c.kind)
def test_list_pieces(case: SplitCase) -> None:
    names = [_clean_name(case.text[s : _name_end(case.text, s, e)]) for s, e in chunks(case.text, 0, len(case.text))]
    assert names == case.names


class SignatureCase(NamedTuple):
    kind: str
    party: str  # a signature block's party line as the signature stage reads it
    name: str | None


SIGNATURE_CASES = [
    # ELANDIAINTERNATIONAL EX-10.21 execution lines
    SignatureCase(
        "suffix then how the attorney signs",
        "BANK OF SOUTH PACIFIC LIMITED by its Attorney who hereby states",
        "BANK OF SOUTH PACIFIC LIMITED",
    ),
    SignatureCase("suffix then its partner", "Acme Widgets, Inc. by its General Partner", "Acme Widgets, Inc."),
    SignatureCase("no suffix: no cut", "Signed by the Parties", None),
]


@pytest.mark.parametrize("case", SIGNATURE_CASES, ids=lambda c: c.kind)
def test_signature_party_name(case: SignatureCase) -> None:
    got = signature_party_name(case.party)
    assert (got[0] if got else None) == case.name


def test_signatory_name_ends_at_how_it_signs() -> None:
    # ELANDIAINTERNATIONAL EX-10.21: "Signed for and on behalf of DATEC (PNG) LIMITED by the authority of ..."
    text = (
        "Signed for and on behalf of DATEC (PNG) LIMITED by the authority of the Directors and Management   )\n\n"
        "For and on behalf of Bank South Pacific Ltd\n"
    )
    assert [f.name for f in fb.signatories(text)] == ["DATEC (PNG) LIMITED", "Bank South Pacific Ltd"]


class UndersignedCase(NamedTuple):
    kind: str
    text: str  # a joint filing agreement, cut to its opening and its signatures
    names: list[str]


UNDERSIGNED_CASES = [
    # BLACKROCKMUNIHOLDINGS EX-99.01: the instrument's words, and a date before the first name
    UndersignedCase(
        "each party hereto agrees to the joint filing; a date before a bank's name",
        "JOINT FILING AGREEMENT Pursuant to ... each party hereto hereby agrees to the joint filing, on behalf of "
        "each of them, ...\n\nDate: April 7, 2020 BANK OF AMERICA CORPORATION\n\nBy: Ally Pecarro\n\nName: "
        "Ally Pecarro\n\nTitle: Attorney-in-fact\n\nBANC OF AMERICA PREFERRED FUNDING CORPORATION\n\nBy: Michael "
        "Jentis",
        ["BANK OF AMERICA CORPORATION", "BANC OF AMERICA PREFERRED FUNDING CORPORATION"],
    ),
    # NELNETINC EX-1: a person signing for themself, the printed name under the signature
    UndersignedCase(
        "a person signing for themself",
        "Exhibit 1 JOINT FILING AGREEMENT The undersigned hereby agree to jointly prepare and file ... Dated: "
        "March 27, 2020.\n\n/s/ Shelby J. Butterfield\n\nShelby J. Butterfield\n\nBUTTERFIELD FAMILY TRUST\n\n"
        "By: /s/ Shelby J. Butterfield\n\nShelby J. Butterfield\n\nCo-Trustee",
        ["Shelby J. Butterfield", "BUTTERFIELD FAMILY TRUST"],
    ),
    # GALERATHERAPEUTICS EX-99.A (line breaks lost): the printed name glued to the signed one
    UndersignedCase(
        "a person signing for themself, line breaks lost",
        "the undersigned hereby agree ...\x0cBLACKSTONE GROUP MANAGEMENT L.L.C.By:/s/ John G. FinleyName:John G. "
        "FinleyTitle:Chief Legal Officer/s/ Stephen A. SchwarzmanStephen A. Schwarzman[Galera Therapeutics, Inc.]",
        ["BLACKSTONE GROUP MANAGEMENT L.L.C.", "Stephen A. Schwarzman"],
    ),
    # the trust's signer signs "By:": no party of their own
    UndersignedCase(
        "a signer for an entity is no party",
        "The undersigned hereby agree ...\n\nABC TRUST\n\nBy: /s/ Jane Roe Jane Roe\n\nTrustee",
        ["ABC TRUST"],
    ),
    # no instrument of "the undersigned": nothing read
    UndersignedCase("no joint filing", "This Agreement ...\n\nACME CORPORATION\n\nBy: /s/ Jane Roe", []),
]


@pytest.mark.parametrize("case", UNDERSIGNED_CASES, ids=lambda c: c.kind)
def test_undersigned(case: UndersignedCase) -> None:
    assert [f.name for f in fb.undersigned(case.text)] == case.names


def test_second_column_signatory_below_its_rule() -> None:
    # STARTECGLOBALCOMMUNICATIONS EX-10.30: the second column's execution line ends its line; its name is
    # written under the signature rule
    text = (
        "     For and on behalf of IXC Communications, Inc.      For and on behalf of\n\n"
        "     ---------------------------\n\n\n\n\n\n     IXNET Limited\n\n     ---------------------------\n\n"
        "     For and on behalf of      Japan Telecom Co., Ltd.\n"
    )
    names = [f.name for f in fb.signatories(text)]
    assert names == ["IXC Communications, Inc.", "IXNET Limited", "Japan Telecom Co., Ltd."]


class DefinedCase(NamedTuple):
    kind: str
    text: str
    entities: list[tuple[str, str]]  # (name, alias) of the document's opening entities, in order


DEFINED_CASES = [
    # OMINTO EX-10 reseller agreement: no party list; each entity's type, then an address with commas
    DefinedCase(
        "entity type and address before the alias, two in one paragraph",
        'THIS AGREEMENT (the "AGREEMENT") entered into as of the 19 day of March, 2004 (the "EFFECTIVE DATE") '
        "provides the terms and conditions under which MediaNet Group Technologies, Inc., a Nevada corporation "
        'having an address at 5100 W. Copans Road Suite 710 Margate, FL 33063 USA ("MEDIANET GROUP TECHNOLOGIES"), '
        "authorizes International Direct Response, Inc., a Pennsylvania Corporation, having an address at 1125 "
        'Lancaster Avenue, Berwyn, PA 19312("RESELLER") to be its true and lawful representative',
        [("MediaNet Group Technologies, Inc.", "MEDIANET GROUP TECHNOLOGIES"),
         ("International Direct Response, Inc.", "RESELLER")],
    ),
    # the first entity is defined without its type: the paragraph's later entity is no party of its own
    DefinedCase(
        "first entity without its type",
        'Bristol-Myers Squibb Company (the "Company") hereby adopts this plan. Acme Holdings, Inc., a Delaware '
        'corporation having an office at 1 Main Street, Dover, DE ("Acme") administers it.',
        [("Bristol-Myers Squibb Company", "Company")],
    ),
]


@pytest.mark.parametrize("case", DEFINED_CASES, ids=lambda c: c.kind)
def test_first_paragraph_entities(case: DefinedCase) -> None:
    got = fb.first_paragraph_entities(case.text, fb.defined_entities(case.text))
    assert [(f.name, f.alias) for f in got] == case.entities


class DocCase(NamedTuple):
    kind: str
    doc: str  # relative to ../shared/corpus
    parties: list[tuple[str, str | None]]  # (name, alias) that must be among the document's parties
    absent: list[str] = []


DOC_CASES = [
    # '... a Delaware corporation("PrimeCall"), and deltathree.com, Inc. (formerly known as Delta Three, Inc.)'
    DocCase(
        "lower-case domain name after 'and'",
        "cuad/DeltathreeInc_19991102_S-1A_EX-10.19_6227850_EX-10.19_Co-Branding Agreement_ Service Agreement.txt",
        [("RSL COM PrimeCall, Inc.", "PrimeCall"), ("deltathree.com, Inc.", "DeltaThree")],
    ),
    DocCase(
        "address after the suffix's comma",
        "cuad/TEARDROPGOLFCO_10_23_1996-EX-10.12-ENDORSEMENT AGREEMENT.txt",
        [("Teardrop Putter Corporation", "TPC"), ("Consolidated Artists Inc.", "Consolidated Artists")],
    ),
    DocCase(
        "numbered company doing business as",
        "cuad/ASIANDRAGONGROUPINC_08_11_2005-EX-10.5-Reseller Agreement.txt",
        [("695014 B.C. Ltd. dba Galaxy Telecom", "Galaxy"), ("Galaxy Telnet SRL", None)],
    ),
    DocCase(
        "joint filing: a person signing for themself",
        "cuad/NELNETINC_04_08_2020-EX-1-JOINT FILING AGREEMENT.txt",
        [("BUTTERFIELD FAMILY TRUST", None), ("Shelby J. Butterfield", None)],
    ),
    DocCase(
        "no party list: the entities the opening paragraph introduces with their type",
        "cuad/OMINTO,INC_03_29_2004-EX-10-RESELLER AGREEMENT.txt",
        [("MediaNet Group Technologies, Inc.", "MEDIANET GROUP TECHNOLOGIES"),
         ("International Direct Response, Inc.", "RESELLER")],
    ),
    DocCase(
        "an agent for its principal",
        "cuad/LegacyEducationAllianceInc_20141110_8-K_EX-10.9_8828866_EX-10.9_Endorsement Agreement.txt",
        [("Celebrity Speakers", "CSA"), ("Robbie Fowler", "Talent")],
    ),
    DocCase(
        "a form's blank first party, the company's group after its name",
        "contracts-ex10/employment__1100370_2000-05-15_FORM-OF-EMPLOYMENT-AGREEMENT.txt",
        [("Lante Corporation", "Lante")],
    ),
    DocCase(
        "execution line: the name ends at 'by'",
        "cuad/ELANDIAINTERNATIONALINC_04_25_2007-EX-10.21-Outsourcing Agreement.txt",
        [("Datec PNG Limited", None)],
        ["DATEC (PNG) LIMITED by the authority of the Directors and Management"],
    ),
]


@pytest.mark.parametrize("case", DOC_CASES, ids=lambda c: c.kind)
def test_document_parties(case: DocCase) -> None:
    ex = extractor.parse(corpus_path(case.doc))
    got = [(n, None if str(a) == "<NA>" else a) for n, a in zip(ex.parties.name, ex.parties.alias, strict=True)]
    for want in case.parties:
        assert want in got, got
    for name in case.absent:
        assert name not in [n for n, _ in got], got
