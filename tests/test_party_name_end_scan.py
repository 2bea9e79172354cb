"""``grammars.parties.NAME_END`` (its alternatives behind a look-ahead for their first characters) finds
exactly what the alternatives alone find: hypothesis over text built from the pattern's own pieces, and
real party-list snippets from the corpus."""

from __future__ import annotations

from typing import NamedTuple

import pytest
import regex
from extractor.grammars import parties as g
from hypothesis import given, settings
from hypothesis import strategies as st

PLAIN = regex.compile(g.NAME_END_ALTERNATIVES)

PIECES = ["Qwest", "Corporation", "INC", "Inc.", "Ltd", "LLC", "N.A.", "a", "an", "A", " ", "  ", "\n", "\t", "\xa0",
          "\u2003", ",", "(", ")", '"', "\u201c", "\u201d", "'", "the", "Company", "formerly", "Nasdaq:", ":", "1",
          "481", "2nd", "Delaware", "corporation", "having", "located", "of", "c/o", "hereinafter", "dated",
          "effective", "As", "Contractor", "d/b/a", "_", "___", "DE", "Transporter", "an individual", "is", "x",
          "     ", "Floor", "\u0661", "."]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.data())
def test_name_end_equals_its_alternatives(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    got, want = g.NAME_END.search(text, pos, end), PLAIN.search(text, pos, end)
    assert (got and got.span()) == (want and want.span())


class Piece(NamedTuple):
    source: str  # the corpus document the piece comes from
    piece: str
    name: str  # the text before NAME_END's first match


PIECES_REAL = [
    Piece("cuad/DRAGONSYSTEMSINC_01_08_1999-EX-10.17-OUTSOURCING AGREEMENT",
          "MODUS MEDIA INTERNATIONAL                                 LANDDROSTLAAN 51", "MODUS MEDIA INTERNATIONAL"),
    Piece("cuad/Apollo Endosurgery - Manufacturing and Supply Agreement",
          "Apollo Endosurgery, Delaware corporation having offices at 1120 S Capi", "Apollo Endosurgery"),
    Piece("contracts-ex10/employment__1314357_2007-01-25_EMPLOYMENT-AGREEMENT",
          "Universal City Development Partners, Ltd. d/b/a \u201cUniversal Orlando\u201d (hereinaf",
          "Universal City Development Partners, Ltd."),
    Piece("cuad/WPPPLC_04_30_2020-EX-4.28-SERVICE AGREEMENT", "JOHN ROGERS (the Executive).", "JOHN ROGERS"),
    Piece("cuad/HealthcareIntegratedTechnologiesInc_20190812_8-K_EX-10.1_11776966_EX-10.1_Reseller Agreement",
          "Vayyar Imaging Ltd., having its principal place of business at ", "Vayyar Imaging Ltd."),
]


@pytest.mark.parametrize("case", PIECES_REAL, ids=lambda c: c.source)
def test_name_end_on_real_pieces(case: Piece) -> None:
    m = g.NAME_END.search(case.piece)
    assert m is not None and case.piece[: m.start()] == case.name
    assert m.span() == PLAIN.search(case.piece).span()
