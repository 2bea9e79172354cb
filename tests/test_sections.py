"""The numbered section tree on real EDGAR and CUAD text: which numbers become headings, at which level,
their headings, parents and extent, duplicates, and numbers before a tab or after "Sec."."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor.stages import section_headings


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from("a.: \t\u00a0Z1"), max_size=30), st.integers(0, 5), st.integers(0, 35))
def test_sentence_end_is_the_search(line: str, pos: int, stop: int) -> None:
    # a stretch with no line break, as _heading searches it
    m = section_headings.SENTENCE_END.search(line, pos, stop)
    assert section_headings.sentence_end(line, pos, min(stop, len(line))) == (m.start() if m else -1)


# -- whole snippets: which numbers become headings, at which level ------------------------------
class TreeCase(NamedTuple):
    name: str
    text: str  # real text copied from the corpus
    want: list[tuple[str, int]]  # (number as printed, level) of every section, in order


QWEST = """     1.  DEFINITIONS.  Capitalized terms not otherwise defined herein shall have
the meanings ascribed to them in the MGS Agreement.

     2.  AMENDMENT TO THE MGS AGREEMENT. Effective as of the date hereof the MGS
Agreement shall be and hereby is amended as follows:

          (a) The Definitions are hereby amended to include the following:

          (b)  SECTION 3 A. is  hereby  amended  by  deleting  the words  "[TEXT
     DELETED]" in the fourteenth line therein and  substituting the words "[TEXT
     DELETED]" therefore.

          (c) SECTION 7.A is hereby  amended by deleting the first two sentences
     and  substituting the words  "This  Agreement  shall have an initial  term
     commencing on the  Effective  Date and ending  fifty-one  (51) months after
     November 1, 2000 unless earlier terminated  pursuant to Section 9 b.,10, 14
     or 16. Each of the MGS Circuits listed in the Implementation Schedule shall
     have a term that is  fifty-one  (51)  months  after July 29, 2000."

          (c)  SCHEDULE 1,  PARAGRAPH 4 is hereby  amended by deleting the words
     "forty-two  (42)  months" in the fifth line  therein and  substituting  the
     words "fifty-one (51) months" therefore.

          (e) APPENDIX A TO SCHEDULE 1 is hereby amended to add paragraph number
     5 which shall state:

          "5.  Qwest  shall be  entitled  to  receive  a  credit  equal to [TEXT
               DELETED] of any payments or credits.

     3.  REPRESENTATIONS AND WARRANTIES.  Qwest, QCI and KMC hereby respectively
represent and warrant as follows:
"""

TREE_CASES = [
    TreeCase(
        "qwest: lettered items, a duplicate (c), a quoted '5.', numbers in running text",
        QWEST,
        [("1.", 1), ("2.", 1), ("(a)", 2), ("(b)", 2), ("(c)", 2), ("(c)", 2), ("(e)", 2), ("3.", 1)],
    ),
    TreeCase(
        "PAXMEDICA: PDF text with lost line breaks",
        "(hereinafter referred to as \u201cClient\u201d).1.0Services1.1.Client requires CRO to carry out "
        "Clinical "
        "Research Services in South Africa (\u201cServices\u201d). CRO will carry out the tasks "
        "agreed.1.2.This "
        "Agreement forms the basis for a working relationship between Client and CRO.2.0Payment2.1Client "
        "will pay "
        "CRO for satisfactory performance of the Services. The budget is 2.5 million rand in total.",
        [("1.0", 1), ("1.1.", 2), ("1.2.", 2), ("2.0", 1), ("2.1", 2)],
    ),
    TreeCase(
        "Hertz: ARTICLE and decimals run together in one line",
        "and the Parties agree as follows: ARTICLE 1. BACKGROUND AND DEFINITIONS 1.1 Licensor has adopted, "
        "is "
        "using, and is the owner of the Licensed Mark (as defined in Article 1.6) in the United States. 1.2 "
        "Licensee is a real estate investment trust. ARTICLE 2. LICENSE GRANT AND CONDITIONS OF LICENSED "
        "USE 2.1 "
        "Licensor hereby grants Licensed Users a nonexclusive license.",
        [("ARTICLE 1.", 1), ("1.1", 2), ("1.2", 2), ("ARTICLE 2.", 1), ("2.1", 2)],
    ),
    TreeCase(
        "Phasebio: ARTICLE glued to its heading",
        "the Parties agree as follows:ARTICLE 1DEFINITIONS1.1 Defined Terms. Initially capitalized terms "
        "will "
        "have the meanings below.ARTICLE 2 THE CLINICAL TRIALS2.1 The Protocols.2.1.1 The Protocols. The "
        "Parties agree.",
        [("ARTICLE 1", 1), ("1.1", 2), ("ARTICLE 2", 1), ("2.1", 2), ("2.1.1", 3)],
    ),
    TreeCase(
        "AFSALA: (h) then (i) is a letter; (i) opening a list is roman",
        "                  (a) The  Company  has been duly  incorporated.\n\n"
        "                  (b) The  Association is a member of the Federal Home Loan Bank.\n\n"
        "                  (c) The Company and the  Association  have good title:\n\n"
        "                      (i) to all assets owned by them; and\n\n"
        "                      (ii) to all real property.\n\n"
        "                  (d) The Company shall not have sustained any loss.\n\n"
        "                  (e) E.\n\n                  (f) F.\n\n                  (g) G.\n\n"
        "                  (h) At the Closing  Date,  Capital  Resources  shall receive a letter.\n\n"
        "                  (i) The Company and the  Association  shall not have sustained any loss.\n",
        [
            ("(a)", 1),
            ("(b)", 1),
            ("(c)", 1),
            ("(i)", 2),
            ("(ii)", 2),
            ("(d)", 1),
            ("(e)", 1),
            ("(f)", 1),
            ("(g)", 1),
            ("(h)", 1),
            ("(i)", 1),
        ],
    ),
    TreeCase(
        "numbers in running text, even at the start of a wrapped line, are not headings",
        "     November 1, 2000 unless earlier terminated  pursuant to Section 9 b.,10, 14\n"
        "     or 16. Each of the MGS Circuits listed in the Implementation Schedule shall\n"
        "     have a term that is fifty-one (51) months after July 29, 2000, and the first six (6) months "
        "of\n"
        "Calendar Year 2019, is less than $22.5 million, and with regard to each Annual Supplement the fee "
        "of\n"
        "2.5 million shall apply, and the 14\n"
        "16. Each of the parties shall comply.\n",
        [],
    ),
    TreeCase(
        "table of contents entries are not the body's sections",
        "TABLE OF CONTENTS\n\nARTICLE 1 DEFINITIONS 1\nARTICLE 2 SERVICES 4\nARTICLE 13 MISCELLANEOUS 68\n\n"
        'ARTICLE 1\nDEFINITIONS\n\n1.1 "Affiliate" means any entity.\n\nARTICLE 2\nSERVICES\n\n'
        "2.1 Services. Vendor shall perform.\n",
        [("ARTICLE 1", 1), ("1.1", 2), ("ARTICLE 2", 1), ("2.1", 2)],
    ),
]


@pytest.mark.parametrize("case", TREE_CASES, ids=[c.name for c in TREE_CASES])
def test_section_tree(case: TreeCase) -> None:
    ex = extractor.parse(case.text.encode(), name="snippet.txt")
    body = ex.sections[ex.sections["part"] != "contents"]
    got = list(zip(body["number"], body["level"].astype(int), strict=True))
    assert got == case.want
    for row in ex.sections.itertuples():
        assert ex.original[row.start : row.end] == row.text


def test_duplicate_number_is_kept_and_reported() -> None:
    ex = extractor.parse(QWEST.encode(), name="snippet.txt")
    dup = ex.sections[ex.sections["duplicate"]]
    assert list(dup["label"]) == ["2(c)"]
    assert list(ex.diagnostics["code"]) == ["duplicate_number"]
    assert ex.diagnostics["text"].iloc[0] == "(c)"


def test_headings_parents_and_extent() -> None:
    ex = extractor.parse(QWEST.encode(), name="snippet.txt")
    s = ex.sections.set_index("number", drop=False)
    first = ex.sections.iloc[0]
    assert first["heading"] == "DEFINITIONS"
    assert ex.original[first["heading_start"] : first["heading_end"]] == "DEFINITIONS"
    assert list(ex.sections["parent"].fillna("-")) == ["-", "-", "2", "2", "2", "2", "2", "-"]
    # a provision runs to its next sibling or ancestor: section 2 ends where 3 begins
    two = s.loc["2."]
    three = s.loc["3."]
    assert two["end"] <= three["start"]
    assert ex.original[two["start"] : two["end"]].rstrip().endswith("credits.")


class TabCase(NamedTuple):
    text: str
    want: list[tuple[str, str, str | None]]  # (number, label, heading) of every section


TAB_CASES = [
    # a tab after the number: its end was counted in expanded columns and ran into the heading
    TabCase("AGREEMENT\n\nARTICLE\tI\tDEFINITIONS\n\n1.1\tFoo. Text.\n",
            [("ARTICLE\tI", "Article 1", "DEFINITIONS"), ("1.1", "1.1", "Foo")]),
    TabCase("AGREEMENT\n\n1.\tDefinitions. The terms apply.\n\n2.\tTerm. The term is one year.\n",
            [("1.", "1", "Definitions"), ("2.", "2", "Term")]),
    # "Sec. 1.1": the number after the keyword's "." is the keyword's own, not a glued heading beside it
    TabCase("AGREEMENT\n\nSec. 1.1 Foo Bar.\nThe parties agree.\n\nSec. 1.2 Baz.\nMore text here.\n",
            [("Sec. 1.1", "1.1", "Foo Bar"), ("Sec. 1.2", "1.2", "Baz")]),
    TabCase("AGREEMENT\n\nSec.\t1.1 Foo Bar.\nThe parties agree.\n\nSec.\t1.2 Baz.\nMore text here.\n",
            [("Sec.\t1.1", "1.1", "Foo Bar"), ("Sec.\t1.2", "1.2", "Baz")]),
]


@pytest.mark.parametrize("case", TAB_CASES, ids=[repr(c.text[11:30]) for c in TAB_CASES])
def test_numbers_before_a_tab_and_after_sec(case: TabCase) -> None:
    ex = extractor.parse(case.text.encode(), name="snippet.txt")
    s = ex.sections
    got = [(n, lab, None if pd.isna(h) else h) for n, lab, h in zip(s["number"], s["label"], s["heading"])]
    assert got == case.want
    for row in s.itertuples():
        assert ex.original[row.start : row.end] == row.text
