"""Parties: the descriptor grammar on real snippets, preamble parties on real documents, signature merge."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import corpus_path
from extractor.grammars import parties as g
from extractor.grammars.text_index import TextIndex
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor.io.reader import read
from extractor.stages import party_chunks, party_mentions
from extractor.stages.header import find_header
from extractor.stages.layout import find_layout
from extractor.stages.parties import find_parties
from extractor.stages.signatures import Signature, SignatureResult


class DescriptorCase(NamedTuple):
    snippet: str  # the text after a party's name, from the corpus
    jurisdiction: str | None
    entity_type: str | None


DESCRIPTORS = [
    DescriptorCase(', a\nDelaware  corporation  ("QWEST")', "Delaware", "corporation"),
    DescriptorCase(", aPennsylvaniacorporation having a principal place", "Pennsylvania", "corporation"),
    DescriptorCase(", aCalifornia Corporation, having a principal", "California", "corporation"),
    DescriptorCase(
        ", a Delaware limited liability company, having a place", "Delaware", "limited liability company"
    ),
    DescriptorCase(", a Nevada Limited Liability Company located at", "Nevada", "limited liability company"),
    DescriptorCase(", a Delaware statutory trust (the", "Delaware", "trust"),
    DescriptorCase(", a company existing and organized under the laws of France (", "France", "company"),
    DescriptorCase(
        ", a corporation  incorporated pursuant                   to the laws of the  Province  of Alberta and",  # noqa: E501
        "Alberta",
        "corporation",
    ),
    DescriptorCase(
        ", a company amalgamated under the                   laws of British  Columbia,",
        "British Columbia",
        "company",
    ),
    DescriptorCase(", a New Jersey corporation, located at 4700", "New Jersey", "corporation"),
    DescriptorCase(
        ', having an address at P.O. Box 910091, San Diego, CA 92191-0091 ("MP3.com")', None, None
    ),
]


@pytest.mark.parametrize("case", DESCRIPTORS, ids=[c.snippet[:30] for c in DESCRIPTORS])
def test_descriptor(case: DescriptorCase) -> None:
    assert g.parse_descriptor(case.snippet) == (case.jurisdiction, case.entity_type)


@pytest.mark.parametrize(
    ("name", "entity_type"),
    [
        ("KMC Telecom V Inc.", "corporation"),
        ("Bank of America, N.A.", "bank"),
        ("AFI Licensing LLC", "limited liability company"),
        ("Sanofi Pasteur S.A.", "company"),
        ("MOSSIMO, INC.", "corporation"),
        ("Timothy Cabrera", None),
    ],
)
def test_suffix_type(name: str, entity_type: str | None) -> None:
    assert g.suffix_type(name) == entity_type


class PartyCase(NamedTuple):
    doc: str
    parties: list[tuple[str, str | None]]  # (name, alias), in preamble order


CASES = [
    PartyCase(
        "edgar-raw/qwest-kmc-mgs-amendment-1.txt",
        [
            ("Qwest Communications Corporation", "QWEST"),
            ("Qwest Communications International Inc.", "QCI"),
            ("KMC Telecom V Inc.", "KMC"),
        ],
    ),
    # "referred to in this Agreement as "Company" or "Boyd"": the first alias is kept.
    PartyCase(
        "cuad/CANOPETROLEUM,INC_12_13_2007-EX-10.1-Sponsorship Agreement.txt",
        [("R. C. Boyd Enterprises, LLC", "Company"), ("Cano Petroleum, Inc.", "Sponsor")],
    ),
    # Glued "madebetween" / "andFEDERATED", curly quotes.
    PartyCase(
        "cuad/Part_II__Service__FEDERATEDGOVERNMENTINCOMESECURITIESINC_04_28_2020-EX-99.SERV AGREE-SERVICES "
        "AGREEMENT_AMENDMENT.txt",
        [
            ("FEDERATED INVESTMENT MANAGEMENT COMPANY", "Adviser"),
            ("FEDERATED ADVISORY SERVICES COMPANY", "FASC"),
        ],
    ),
    # "(Pty) Limited" stays in the name; "PharmaceuticalsLLC" is unglued.
    PartyCase(
        "cuad/Part_II__Service__PAXMEDICA,INC_07_02_2020-EX-10.12-Master Service Agreement.txt",
        [("CRO Consulting (Pty) Limited", "CRO"), ("Purinix Pharmaceuticals LLC", "Client")],
    ),
    # "entered into by X and Y" without "between".
    PartyCase(
        "cuad/WEBHELPCOMINC_03_22_2000-EX-10.8-HOSTING AGREEMENT.txt",
        [("eGain Communications Corporation", "eGain"), ("Eliance Corporation", "Customer")],
    ),
    # Four parties, "(formerly known as ...)" inside, aliases with "and together with ...".
    PartyCase(
        "cuad/ARMSTRONGFLOORING,INC_01_07_2019-EX-10.2-INTELLECTUAL PROPERTY AGREEMENT.txt",
        [
            ("Armstrong Flooring, Inc.", "Seller"),
            ("AFI Licensing LLC", "Licensing"),
            ("AHF Holding, Inc.", "Buyer"),
            ("Armstrong Hardwood Flooring Company", "Company"),
        ],
    ),
    # "BETWEEN:" ... "AND:" on their own lines, aliases on lines of their own.
    PartyCase(
        "cuad/SONUSCORP_03_12_1997-EX-10.11-SPONSORSHIP AGREEMENT.txt",
        [("HEALTHCARE CAPITAL CORP.", "Issuer"), ("C.M. OLIVER & COMPANY LIMITED", "Sponsor")],
    ),
    # Alias before the descriptor: 'Newegg Inc. ("Newegg"), a Delaware corporation, and ...'
    PartyCase(
        "cuad/AlliedEsportsEntertainmentInc_20190815_8-K_EX-10.34_11788308_EX-10.34_Sponsorship Agreement.txt",  # noqa: E501
        [("Newegg Inc.", "Newegg"), ("Allied Esports International, Inc.", "Allied")],
    ),
    # A consulting agreement with an individual.
    PartyCase(
        "cuad/GLOBALTECHNOLOGIESLTD_06_08_2020-EX-10.16-CONSULTING AGREEMENT.txt",
        [("Global Technologies, Ltd", "Company"), ("Timothy Cabrera", "Consultant")],
    ),
    # "Party A (Shipper): ZTO Express Co., Ltd. Address: ..." labels instead of a party list.
    PartyCase(
        "cuad/ZtoExpressCaymanInc_20160930_F-1_EX-10.10_9752871_EX-10.10_Transportation Agreement.txt",
        [("ZTO Express Co., Ltd.", "Party A"), ("Tonglu Tongze Logistics Ltd.", "Party B")],
    ),
    # The parties open the paragraph: 'X ("Aduro") and Y ("Consultant") agree to ...'.
    PartyCase(
        "cuad/ADUROBIOTECH,INC_06_02_2020-EX-10.7-CONSULTING AGREEMENT(1).txt",
        [("Aduro Biotech, Inc.", "Aduro"), ("IREYA B.V", "Consultant")],
    ),
    # A name that begins with "The" (capitalised) is a name; a cover page comes first.
    PartyCase(
        "cuad/BABCOCK_WILCOXENTERPRISES,INC_08_04_2015-EX-10.17-INTELLECTUAL PROPERTY AGREEMENT between "
        "THE BABCOCK _ WILCOX COMPANY and BABCOCK _ WILCOX ENTERPRISES, INC..txt",
        [("The Babcock & Wilcox Company", "RemainCo"), ("Babcock & Wilcox Enterprises, Inc.", "SpinCo")],
    ),
    # "England and Wales" is one jurisdiction, not two parties.
    PartyCase(
        "cuad/ENERGOUSCORP_03_16_2017-EX-10.24-STRATEGIC ALLIANCE AGREEMENT.txt",
        [("Dialog Semiconductor (UK) Ltd.", "DIALOG"), ("Energous Corporation", "ENERGOUS")],
    ),
    # The address after "INC." is not part of the name.
    PartyCase(
        "cuad/MOSSIMOINC_04_14_2000-EX-10.14-ENDORSEMENT AGREEMENT.txt",
        [("MOSSIMO, INC.", "Company"), ("DAVID DUVAL ENTERPRISES, INC.", "Licensor")],
    ),
    # "Mt. Kemble Ave" does not end the sentence; "and its Affiliates" stays out of the name.
    PartyCase(
        "cuad/CARDAX,INC_08_19_2014-EX-10.1-COLLABORATION AGREEMENT.txt",
        [("Capsugel US, LLC", "CAPSUGEL"), ("Cardax, Inc.", "CARDAX")],
    ),
    # A name without capitals: "drkoop.com, inc.".
    PartyCase(
        "cuad/DRKOOPCOMINC_04_21_1999-EX-10.28-SPONSORSHIP AGREEMENT.txt",
        [("drkoop.com, inc.", "drkoop.com"), ("Vitamin Shoppe Industries, Inc.", "Sponsor")],
    ),
    # "among the persons ... listed on Schedule A (collectively, ...), X (the "Company") and an individual".
    PartyCase(
        "cuad/ALLISONTRANSMISSIONHOLDINGSINC_12_15_2014-EX-99.1-COOPERATION AGREEMENT.txt",
        [("Allison Transmission Holdings, Inc.", "Company"), ("Gregory P. Spivy", "ValueAct Designee")],
    ),
    # "... located at Berlin and Munich ("Siemens")": a place, and the alias of the party before it.
    PartyCase(
        "cuad/ACCURAYINC_09_01_2010-EX-10.31-DISTRIBUTOR AGREEMENT.txt",
        [("ACCURAY INCORPORATED", "Accuray"), ("SIEMENS AKTIENGESELLSCHAFT", "Siemens")],
    ),
    # "X Research and Engineering Company": "and" inside a name that ends in an entity suffix.
    PartyCase(
        "cuad/FuelcellEnergyInc_20191106_8-K_EX-10.1_11868007_EX-10.1_Development Agreement.txt",
        [("ExxonMobil Research and Engineering Company", "ExxonMobil"), ("FuelCell Energy, Inc.", "FCE")],
    ),
    # Glued "betweenLink"; no aliases.
    PartyCase(
        "cuad/Part_I__Affiliate_Agreements__LinkPlusCorp_20050802_8-K_EX-10_3240252_EX-10_Affiliate Agreement.txt",  # noqa: E501
        [("Link Plus Corporation", None), ("Axiometric, LLC", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.doc.split("/")[-1][:40] for c in CASES])
def test_preamble_parties(case: PartyCase) -> None:
    ex = extractor.parse(corpus_path(case.doc))
    p = ex.parties
    got = [(r.name, None if r.alias is None or str(r.alias) == "<NA>" else r.alias) for r in p.itertuples()]
    assert got == case.parties
    assert set(p.source) == {"preamble"}
    assert all(ex.original[r.start : r.end] == r.text for r in p.itertuples())


def test_qwest_party_facts_and_mentions() -> None:
    ex = extractor.parse(corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt"))
    p = ex.parties.set_index("alias")
    assert set(p.jurisdiction) == {"Delaware"} and set(p.entity_type) == {"corporation"}
    # "Qwest" and "QWEST" after the preamble count for QWEST; the full name of QCI counts for QCI.
    assert p.loc["QWEST", "mentions"] > p.loc["QCI", "mentions"] >= 2
    assert p.loc["KMC", "mentions"] >= 10


def _layout(rel: str):
    return find_layout(read(corpus_path(rel)).text)


def test_signature_parties_fill_in_when_the_preamble_has_none() -> None:
    lay = _layout("cuad/WEBHELPCOMINC_03_22_2000-EX-10.8-HOSTING AGREEMENT.txt")
    text = lay.original
    s = text.index("Customer: Eliance Corporation")
    e = s + len("Customer: Eliance Corporation")
    sigs = SignatureResult((Signature(s, e, text[s:e], 1, "party", party="Eliance Corporation"),), ((s, e),))
    header = find_header(lay)
    # With the preamble: the signature party is already known by name, no new row.
    assert [r.source for r in find_parties(lay, header, sigs, TextIndex(lay.view.text))] == ["preamble", "preamble"]
    # Without a preamble: the text defines Eliance ('Eliance Corporation ... ("Customer")'), and the
    # signature block's party, the same by name, adds no second row.
    from dataclasses import replace

    bare = replace(header, list_start_view=None, preamble_end_view=None, preamble_start_view=None)
    rows = find_parties(lay, bare, sigs, TextIndex(lay.view.text))
    assert [(r.name, r.source, r.role) for r in rows] == [("Eliance Corporation", "text", "Customer")]
    # Nor does a signature party named by that party's alias; one the text does not name is added.
    for party, added in (("Customer", []), ("WebHelp Hosting Corp.", [("WebHelp Hosting Corp.", "signature")])):
        other = SignatureResult((Signature(s, e, text[s:e], 1, "party", party=party),), ((s, e),))
        rows = find_parties(lay, bare, other, TextIndex(lay.view.text))
        assert [(r.name, r.source) for r in rows] == [("Eliance Corporation", "text"), *added]



_MENTION_CHARS = "aAbBsS \n\t\u00a0\u017f\u212a\u0130\x1c.,_1\u00e9?\u4e00\U0001d400"


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet=_MENTION_CHARS, max_size=60),
    forms=st.lists(
        st.tuples(st.text(alphabet="aAbBsS .\u00e9?", min_size=1, max_size=6), st.booleans()), min_size=1, max_size=4
    ),
    start=st.integers(0, 10),
)
def test_literal_mentions_match_the_mention_pattern(text: str, forms: list[tuple[str, bool]], start: int) -> None:
    """The str.find scan finds the mention pattern's matches, each as the alternative that matched."""
    forms = sorted(dict(forms).items(), key=lambda f: len(f[0]), reverse=True)
    got = party_mentions._literal_mentions(TextIndex(text), start, [(f.split(), c) for f, c in forms])
    if got is None:
        return
    saved = party_mentions.TESTS_PER_SCAN
    try:  # a case-sensitive form's places by a scan of the text, and by a test of each caseless place
        for ratio in (0, 10**9):
            party_mentions.TESTS_PER_SCAN = ratio
            assert party_mentions._literal_mentions(TextIndex(text), start, [(f.split(), c) for f, c in forms]) == got
    finally:
        party_mentions.TESTS_PER_SCAN = saved
    singles = [party_mentions.mention_pattern([f]) for f in forms]
    want = []
    for m in party_mentions.mention_pattern(forms).finditer(text, start):
        k = next(k for k, p in enumerate(singles) if p.match(text, m.start()))  # the alternative taken
        assert singles[k].match(text, m.start()).end() == m.end()
        want.append(k)
    assert got == [want.count(k) for k in range(len(forms))]  # how many mentions each form is


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAb \n\t\xa0\x1c.", max_size=30), st.text(alphabet="aAb \n\t\xa0\x1c.", max_size=8))
def test_words_span_matches_the_words_pattern(text: str, name: str) -> None:
    """The str.find search of a signature party's words finds what their \\s+-joined pattern does."""
    import regex

    words = " ".join(name.split()).split()
    m = regex.search(r"\s+".join(regex.escape(w) for w in words), text)
    assert party_mentions.words_span(text, words) == (m.span() if m else None)


def _depths_by_char(text: str, a: int, b: int) -> list[bool]:
    """The former _depths: every character stepped over (a \u201d before a word after "(" or a space opens)."""
    out = []
    depth, quoted = 0, False
    for i in range(a, min(b, len(text))):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == '"':
            quoted = not quoted
        elif ch == "\u201c":
            quoted = True
        elif ch == "\u201d":
            quoted = not quoted and i > 0 and text[i - 1] in "( " and text[i + 1 : i + 2].isalnum()
        out.append(depth == 0 and not quoted)
    return out


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet='ab ()"\u201c\u201d,', max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_depths_by_runs_are_the_char_loop(text: str, a: int, b: int) -> None:
    assert party_chunks.depths(text, a, b) == _depths_by_char(text, a, b)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(['("QWEST")', ")", "(", '"', "\u201d", ",", " ", "  ", "\n", "Qwest", "Inc", "LLC",
                                 "a", "A", "(collectively)", "x"]), max_size=14).map("".join))
def test_after_parens_are_the_finditer(seg: str) -> None:
    want = [m.span() for m in party_chunks.AFTER_PAREN.finditer(seg)]
    assert [m.span() for m in party_chunks._after_parens(seg)] == want


_SUFFIX_NAME = st.lists(st.sampled_from([*g.ENTITY_SUFFIXES, "Limited Partnership", "x", "Acme", ",", ".",
                                         " ", "  ", "\n", "\u212a", "\xe9"]), max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(_SUFFIX_NAME)
def test_suffix_at_end_is_the_search(name: str) -> None:
    """The suffix search tried only in a name's last characters finds the whole search's match."""
    want = g.SUFFIX_AT_END.search(name)
    got = g.suffix_at_end(name)
    assert (got and got.span()) == (want and want.span())


_WRITTEN_NOISE = st.lists(st.sampled_from(["apple", "Inc.", " ", "\n", "\xa0", "\u212a", "\u0131", "\u017f", "\u0130",
                                          "k", "x", ","]), max_size=4).map("".join)
_WRITTEN_CASE = {"i": ["i", "I", "\u0130", "\u0131"], "k": ["k", "K", "\u212a"], "s": ["s", "S", "\u017f"]}


@settings(max_examples=400, deadline=None)
@given(st.data(), st.sampled_from([["Apple", "Inc."], ["APPLE", "COMPUTER"], ["Kik", "Inc."], ["Apple", "Apple"]]))
def test_written_twice_is_the_pattern(data: st.DataObject, words: list[str]) -> None:
    """The look-up of a signature's full name in the lower-cased copy agrees with its caseless pattern, on
    texts writing the name up to three times in drawn cases (odd letters too) and spacing, among noise."""
    import regex

    from extractor.stages import party_extras

    parts = [data.draw(_WRITTEN_NOISE)]
    for _ in range(data.draw(st.integers(0, 3))):
        written = [
            "".join(data.draw(st.sampled_from(_WRITTEN_CASE.get(c.lower(), [c.lower(), c.upper()]))) for c in w)
            for w in words
        ]
        parts += [data.draw(st.sampled_from([" ", "  \n", "\xa0", ""])).join(written), data.draw(_WRITTEN_NOISE)]
    text = "".join(parts)
    pattern = regex.compile(r"(?i)" + r"\s+".join(regex.escape(w) for w in words))
    want = len(list(pattern.finditer(text))) >= 2
    assert party_extras._written_twice(TextIndex(text), words) == want
