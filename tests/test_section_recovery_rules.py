"""The rules of the section recovery (``section_recovery``, ``section_gaps``, ``section_follows``) one
by one, on real CUAD and EDGAR snippets: a heading following a number, where a bare number may stand,
contents lines, an ARTICLE running into its first subsection, and the runs of numbers (equal to the scan
over every run they replaced)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages.section_candidates import Cand, Reading
from extractor.stages.section_follows import heading_follows
from extractor.stages.section_gaps import BARE_NUMBER, _first_subsection, _value
from extractor.stages.section_recovery import MAX_FILL, _by_key, _listed, _runs


@pytest.mark.parametrize(
    ("text", "caps_prefix", "want"),
    [
        ("   Capital Contributions. Except as agreed", False, True),
        ("PRICES  The Company shall pay", False, True),
        ("   The third Option to purchase up to an additional", False, False),
        ("    Definitions.............................. 1", False, False),  # a contents line
        ('\n\nDEFINITIONS "Active Country" has the meaning set forth', True, True),
        ('\n\nDEFINITIONS "Active Country" has the meaning set forth', False, False),
        (" -- PREAMBLEThis Consulting and Licensing Agreement", True, True),
        ("    DEFINITIONSThe terms defined in this Section", False, True),  # capitals glued to the text
        (" ESSI shall pay the fees", False, False),
        ('"Definitions"For purposes of this Agreement', True, True),  # a quoted title after ARTICLE I
        ("\u201cOperating Costs\u201d means all operating expenses", False, False),  # a defined term
        ("[***]EUR [***] (\u20ac[***])8.[***]EUR", False, False),  # a table row
        ("       Product sales to TL.         a.       Integrity will", False, True),  # sentence case
        (" General terms\u00a7 1 LicenseUpon activation", False, True),  # closed by its first paragraph's sign
        (" General terms of the license apply", False, False),
        ("Composition, Modification and Supplement of this Agreement19.1All", False, True),
        (" The terms of this Agreement19.1All", False, False),
    ],
)
def test_heading_follows(text: str, caps_prefix: bool, want: bool) -> None:
    assert heading_follows(text, 0, caps_prefix) is want


@pytest.mark.parametrize(
    ("text", "pos", "want"),
    [
        ("It is agreed that:\n\n1     Definitions\n", 20, True),  # HEALTHGATE: a line start, a wide gap
        ("hereby agree asfollows:1DefinitionsFor the purpose", 23, True),  # Kitov: glued after a colon
        ("Commencement Date.2Basics of the Agreement2.1Grant", 18, True),
        ("\n1HE\\8C??#S\nM(R@X)", 1, False),  # a line of uuencoded data: no blank after a line-start number
        ("_8RT;JTWCD^GX].1HE\\8C??#S", 15, False),  # uuencoded data after a "." ("... ^GX].1HE\\8C")
        ("4.1       Existence and Qualification; Power", 2, False),  # the "1" of a dotted number
        ("the term of 5 Years", 12, False),  # running text: no line start, no end of a sentence
    ],
)
def test_bare_number_place(text: str, pos: int, want: bool) -> None:
    assert (BARE_NUMBER.match(text, pos) is not None) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a contents entry converted from an HTML table: heading, then its page number alone (credit__315374)
        ("\n\n\nTHE\nCREDITS\n\n\n13\n\n\n\n2.1.\n\n\nCommitment", True),
        ("\n\n\nDEFINITIONS\n\n\n1\n\n\n\n1.1.\n\n\nCertain\nDefinitions", True),
        # the body's heading (retirement__811808) and one running into its first subsection
        ("\n\n\nEFFECTIVE\nDATE\n\n\n\n\n\n\n\n\nExcept\nas\notherwise provided herein, the Effective Date of "
         "this Agreement shall be", False),
        (" DEFINITIONS\n1.1 Certain Definitions. As used herein", False),
    ],
)
def test_contents_line_after_a_seeded_number(text: str, want: bool) -> None:
    assert _listed(text, 0) is want


@pytest.mark.parametrize(
    ("text", "n", "want"),
    [
        ("ARTICLE\u00a0IV\u00a04.1\u00a0All\u00a0facilities are in place", 4, True),  # KENTUCKY UTILITIES, Part_II
        ("ARTICLE IV\n\n4.01 Service Fees.", 4, True),
        ("ARTICLE IV 5.1 All facilities", 4, False),  # another article's subsection
        ("ARTICLE IV 4.12 All facilities", 4, False),  # not the first one
        ("ARTICLE IV 1998 Agreement", 4, False),
    ],
)
def test_article_running_into_its_first_subsection(text: str, n: int, want: bool) -> None:
    end = text.index("IV") + 2
    assert _first_subsection(text, end, n) is want


def _runs_by_scan(cands: list, key: tuple[str, int]) -> list[list[tuple[int, object]]]:
    """The rule of ``_runs`` as first written: each number compared with the last of every run."""
    runs: list[list[tuple[int, object]]] = []
    for c in cands:
        v = _value(c, key)
        if v is None:
            continue
        best = None
        for run in runs:
            d = v - run[-1][0]
            if 1 <= d <= 1 + MAX_FILL and (best is None or d < v - best[-1][0]):
                best = run
        if best is None:
            runs.append([(v, c)])
        else:
            best.append((v, c))
    return runs


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(1, 12)), max_size=60))
def test_runs_indexed_by_last_value_equal_the_scan_over_every_run(values: list[int | None]) -> None:
    """``_runs`` finds the run to extend through an index of the runs' last values (a scan over every
    run per number grew with the square of a long document's numbers); it must choose as the scan did:
    the closest value below, and among runs ending on it the earliest."""
    key = ("decimal", 1)
    cands = [Cand(i, i + 1, f"{v}.", () if v is None else (Reading("decimal", 1, (v,)),), True, str(v), i + 1)
             for i, v in enumerate(values)]
    assert _runs(_by_key(cands)[key]) == _runs_by_scan(cands, key)
