"""The title read from the words of the head (stages/title_runs.py), on real heads from the corpus.

Each kind of failure the token reader fixes has its rows: a title that began inside the legend or
cover text, a contract-number line taken as the title, no title where a plain one exists, and two
extractions of one filing (with and without line breaks) that must give one title.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import CORPUS, corpus_path, requires_corpus
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor.io.reader import read
from extractor.stages import title_runs as tr
from extractor.stages import title_words
from extractor.stages.title_runs import TitleRun, best_title, candidates, preamble_name
from extractor.stages.title_words import split_known, tokens, vocabulary_of


class TitleCase(NamedTuple):
    source: str  # the corpus document the head is copied from
    head: str
    title: str | None


LEGEND_AND_COVER = [
    TitleCase(
        "cuad/Part_II__Supply__SEASPINEHOLDINGSCORP_10_10_2018-EX-10.1-SUPPLY AGREEMENT",
        "Exhibit 10.1CERTAIN CONFIDENTIAL INFORMATION CONTAINED IN THIS DOCUMENT, MARKED BY BRACKETED ASTERISKS [***],"
        " HAS BEENOMITTED AND FILED SEPARATELY WITH THE SECURITIES AND EXCHANGE COMMISSION PURSUANT TO RULE 24B-2 OF"
        " THE SECURITIESEXCHANGE ACT OF 1934, AS AMENDED.SUPPLY AGREEMENTTHIS SUPPLY AGREEMENT (\u201cAgreement\u201d)"
        " is entered into as of this 15th day of May, 2013",
        "SUPPLY AGREEMENT",
    ),
    TitleCase(
        "edgar-raw/qwest-kmc-mgs-amendment-1.txt (legend with no full stop, then the marker)",
        "EXHIBIT 10.1 CERTAIN PORTIONS OF THIS EXHIBIT HAVE BEEN OMITTED BASED ON A REQUEST FOR CONFIDENTIAL\n"
        "TREATMENT. OMITTED PORTIONS HAVE BEEN SEPARATELY FILED WITH THE SECURITIES AND EXCHANGE COMMISSION\n\n"
        "      EXECUTION VERSION\n\n      AMENDMENT NO. 1\n        TO\n"
        "AMENDED AND RESTATED MEDIA GATEWAY SERVICES AGREEMENT II\n\n     THIS AMENDMENT NO. 1",
        "AMENDMENT NO. 1 TO AMENDED AND RESTATED MEDIA GATEWAY SERVICES AGREEMENT II",
    ),
    TitleCase(
        "cuad/AtnInternationalInc_20191108_10-Q_EX-10.1_11878541_EX-10.1_Maintenance Agreement",
        'Exhibit 10.1 CERTAIN CONFIDENTIAL PORTIONS OF THIS EXHIBIT HAVE BEEN OMITTED AND REPLACED WITH "[***]". SUCH'
        " IDENTIFIED INFORMATION HAS BEEN EXCLUDED FROM THIS EXHIBIT BECAUSE IT IS (I) NOT MATERIAL AND (II) WOULD"
        " LIKELY CAUSE COMPETITIVE HARM TO THE COMPANY IF DISCLOSED. Execution Version Network Build and Maintenance"
        " Agreement Between Commnet Wireless, LLC And AT&T Mobility LLC",
        "Network Build and Maintenance Agreement",
    ),
    TitleCase(
        "cuad/ATHENSBANCSHARESCORP_11_02_2009-EX-1.2-AGENCY AGREEMENT , 2009",
        "Exhibit 1.2\n\nATHENS BANCSHARES CORPORATION  up to    Shares  (subject to increase up to    shares)  COMMON"
        " SHARES  ($.01 Par Value)  Subscription Price $10.00 Per Share  AGENCY AGREEMENT   , 2009\n\n",
        "AGENCY AGREEMENT",
    ),
    TitleCase(
        "cuad/MOVADOGROUPINC_04_30_2003-EX-10.28-ENDORSEMENT AGREEMENT (a company name printed before the title)",
        "MOVADO GROUP, INC. ENDORSEMENT AGREEMENT\n\n",
        "ENDORSEMENT AGREEMENT",
    ),
    TitleCase(
        "cuad/Part_I__Franchise__SoupmanInc_20150814_8-K_EX-10.1_9230148_EX-10.1_Franchise Agreement2",
        "\xa0\xa0Attachment\xa0B\xa0toMaster\xa0Franchise\xa0Agreement\xa0GUARANTEES\xa0OF\xa0MASTER\xa0FRANCHISE"
        "\xa0AGREEMENT\xa0As\xa0an\xa0inducement",
        "GUARANTEES OF MASTER FRANCHISE AGREEMENT",
    ),
]

CONTRACT_NUMBER_LINES = [
    TitleCase(
        "cuad/IDREAMSKYTECHNOLOGYLTD_07_03_2014-EX-10.39-Cooperation Agreement on Mobile Game Business",
        "Exhibit 10.39\n\nEnglish Translation\n\nJiangsu Telecom Contract No.: JSXCS1200166CC000\n\n"
        "Cooperation Agreement on Mobile Game Business\n\nBetween\n\n",
        "Cooperation Agreement on Mobile Game Business",
    ),
    TitleCase(
        "cuad/Part_I__Maintenance__CardlyticsInc_20180112_S-1_EX-10.16_11002987_EX-10.16_Maintenance Agreement1",
        "AS AMENDED.  Software License, Customization and Maintenance Agreement  Agreement Number: CW251207Effective"
        " Date: 11/4/10",
        "Software License, Customization and Maintenance Agreement",
    ),
    TitleCase(
        "cuad/INTRICONCORP_03_10_2009-EX-10.22-Strategic Alliance Agreement (an address line)",
        "Exhibit 10.22\n\n\n\n                      1\n\n                   Strategic Alliance Agreement      "
        "               Intricon Corporation  1260 Red Fox Road  Arden Hills, Minnesota 55112  United States   "
        "                and                   Dynamic Hearing Pty Ltd  2 Chapel Street, Richmond, VIC 3121  "
        "AUSTRALIA\n\n\n\n\n\n      AGREEMENT     This Agreement",
        "Strategic Alliance Agreement",
    ),
    TitleCase(
        "edgar-exhibits/AAPL_0001193125-10-044765_2.txt (a plan's year belongs to its title)",
        "Exhibit 10.2\n\nAPPLE INC.\n\n1997 DIRECTOR STOCK PLAN\n\nOn November 10, 2009, the Board",
        "1997 DIRECTOR STOCK PLAN",
    ),
]

PLAIN_TITLES_MISSED_BEFORE = [
    TitleCase(
        "cuad/Part_II__Consulting Agreements__ADUROBIOTECH,INC_06_02_2020-EX-10.7-CONSULTING AGREEMENT(1)",
        "Exhibit 10.7CONSULTING AGREEMENTAduro Biotech, Inc., with a place of business at 740 Heinz Avenue",
        "CONSULTING AGREEMENT",
    ),
    TitleCase(
        "cuad/KIROMICBIOPHARMA,INC_04_08_2020-EX-10.28-JOINT VENTURE AGREEMENT",
        "Exhibit 10.28\n\n[*] Certain information in this document has been omitted from this exhibit because it is"
        " both (i) not material and (ii) would be competitively harmful if publicly disclosed.\n\nJOINT VENTURE"
        " AGREEMENT\n\nBETWEEN\n\nKIROMIC BIOPHARMA Inc.",
        "JOINT VENTURE AGREEMENT",
    ),
    TitleCase(
        "cuad/Part_I__Hosting__QuantumGroupIncFl_20090120_8-K_EX-99.2_3672910_EX-99.2_Hosting Agreement",
        "EXHIBIT\xa099.2e-business\xa0Hosting\xa0Agreement1.0IntroductionThis\xa0e-business\xa0Hosting",
        "e-business Hosting Agreement",
    ),
    TitleCase(
        "cuad/Part_I__Promotion__SigaTechnologiesInc_20190603_8-K_EX-10.1_11695818_EX-10.1_Promotion Agreement",
        "noted in thisdocument with a placeholder identified by the mark \u201c[***]\u201d.EXECUTION COPYPROMOTION"
        " AGREEMENTby and betweenSIGA TECHNOLOGIES, INC.andMERIDIAN",
        "PROMOTION AGREEMENT",
    ),
    TitleCase(
        "cuad/Part_I__Manufacturing__UpjohnInc_20200121_10-12G_EX-2.6_11948692_EX-2.6_Manufacturing Agreement",
        "Exhibit 2.6FINAL VERSIONFORM OFMANUFACTURING AND SUPPLY AGREEMENTBY AND BETWEENPFIZER INC.ANDUPJOHN"
        " INC.DATED AS OF [\u25cf] the form of manufacturing agreement",
        "FORM OF MANUFACTURING AND SUPPLY AGREEMENT",
    ),
    TitleCase("no kind word: no title", "Exhibit 10.1\n\nCONFIDENTIAL TREATMENT REQUESTED\n\nDear Sirs:", None),
]


# An award made under a plan: the agreement is the document; the plan's name (printed under "UNDER THE
# <sponsor>") is not its title. A plan's own heading keeps the plan's name.
AWARDS_UNDER_A_PLAN = [
    TitleCase(
        "edgar-exhibits/BYM_0001193125-12-215050_1.txt",
        "RESTRICTED STOCK UNITS AGREEMENT\n\nUNDER THE BRISTOL-MYERS SQUIBB COMPANY\n\n2012 STOCK AWARD AND INCENTIVE "
        "PLAN\n\nBRISTOL-MYERS SQUIBB COMPANY, a Delaware corporation (the \u201cCompany\u201d), has granted to you",
        "RESTRICTED STOCK UNITS AGREEMENT",
    ),
    TitleCase(
        "edgar-exhibits/BYM_0001193125-06-052456_6.txt",
        "LONG-TERM PERFORMANCE STRATEGIC EXECUTION AWARD AGREEMENT\n\nUNDER THE BRISTOL-MYERS SQUIBB COMPANY\n\n2002 "
        "STOCK INCENTIVE PLAN\nTarget Number of Shares:\nPerformance Period:       January 1, 2006",
        "LONG-TERM PERFORMANCE STRATEGIC EXECUTION AWARD AGREEMENT",
    ),
    TitleCase(
        "edgar-exhibits/AAPL_0000320193-96-000002_1.txt",
        "\nEXHIBIT 10.A.5\n                              APPLE COMPUTER, INC.\n                             1990 STOCK "
        "OPTION PLAN\n\n     1.    Purposes  of the Plan.  The purposes of this 1990  Stock  Option\nPlan  are  to",
        "1990 STOCK OPTION PLAN",
    ),
]


@pytest.mark.parametrize(
    "case",
    LEGEND_AND_COVER + CONTRACT_NUMBER_LINES + PLAIN_TITLES_MISSED_BEFORE + AWARDS_UNDER_A_PLAN,
    ids=lambda c: c.source[:70],
)
def test_title_from_real_heads(case: TitleCase) -> None:
    run = best_title(case.head, 0, len(case.head))
    assert (run.title if run else None) == case.title
    if run is not None:  # the span holds the title's words, in order
        words = case.head[run.start : run.end].split()
        assert words[0].casefold().startswith(case.title.split()[0].casefold()[:3])


TWIN_FILES = [
    # (the extraction with its line breaks, the one whose line breaks were lost), both in ../shared/corpus/cuad
    "ADUROBIOTECH,INC_06_02_2020-EX-10.7-CONSULTING AGREEMENT(1).txt",
    "ArconicRolledProductsCorp_20191217_10-12B_EX-2.7_11923804_EX-2.7_Trademark License Agreement.txt",
    "VEONEER,INC_02_21_2020-EX-10.11-JOINT VENTURE AGREEMENT.txt",
    "PhasebioPharmaceuticalsInc_20200330_10-K_EX-10.21_12086810_EX-10.21_Development Agreement.txt",
    "GALERATHERAPEUTICS,INC_02_14_2020-EX-99.A-JOINT FILING AGREEMENT.txt",
    "ArcGroupInc_20171211_8-K_EX-10.1_10976103_EX-10.1_Sponsorship Agreement.txt",
    "PcquoteComInc_19990721_S-1A_EX-10.11_6377149_EX-10.11_Co-Branding Agreement3.txt",
    "IMPCOTECHNOLOGIESINC_04_15_2003-EX-10.65-JOINT VENTURE AGREEMENT.txt",
]


@pytest.mark.parametrize("name", TWIN_FILES, ids=lambda n: n[:60])
def test_twin_extractions_give_one_title(name: str) -> None:
    lined = corpus_path(f"cuad/{name}")
    flat = [p for p in lined.parent.glob(f"Part_*__{name}")]
    if not flat:
        pytest.skip(f"no flattened twin of {name}")
    a, b = extractor.parse(lined).title, extractor.parse(flat[0]).title
    assert a and b
    assert " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def test_glued_caps_split_only_into_words_the_document_writes() -> None:
    # cuad/ArcGroupInc_20171211_8-K_EX-10.1_10976103_EX-10.1_Sponsorship Agreement (flattened twin)
    head = "JACKSONVILLE JAGUARSSPONSORSHIP AGREEMENT This Sponsorship Agreement ... the Jaguars"
    assert {"jaguars", "sponsorship"} <= vocabulary_of(head)
    assert [c.title for c in candidates(head, 0, len(head))][0] == (
        "JACKSONVILLE JAGUARS SPONSORSHIP AGREEMENT"
    )
    unknown = "JACKSONVILLE JAGUARSSPONSORSHIP AGREEMENT This Agreement"
    assert candidates(unknown, 0, len(unknown))[0].title.startswith(
        "JACKSONVILLE JAGUARSSPONSORSHIP"
    )


def test_preamble_names_the_title() -> None:
    # cuad/GWG HOLDINGS, INC. - ORDERLY MARKETING AGREEMENT: the cover's name run is longer than the title
    head = (
        "Exhibit 10.3 Execution Version GWG HOLDINGS, INC., AND THE TRUST ADVISORS TO THE SELLER TRUSTS LISTED ON"
        " SCHEDULE A HERETO ORDERLY MARKETING AGREEMENT December 27, 2018\n\n\n\n\n\nORDERLY MARKETING AGREEMENT "
    )
    preamble = 'THIS ORDERLY MARKETING AGREEMENT (the "OMA") is entered into on December 27, 2018'
    text = head + preamble
    name = preamble_name(text, len(head))
    assert name == ["orderly", "marketing", "agreement"]
    run = best_title(text, 0, len(head), name, len(head))
    assert run is not None and run.title == "ORDERLY MARKETING AGREEMENT"


def test_tokens_keep_offsets() -> None:
    text = "Exhibit 10.7CONSULTING AGREEMENTAduro\xa0Biotech, Inc. U.S. No. 5"
    for t in tokens(text, 0, len(text)):
        assert text[t.start : t.end] == t.text


def test_title_span_in_a_parsed_document() -> None:
    text = (
        "Exhibit 10.1 CERTAIN CONFIDENTIAL INFORMATION HAS BEEN OMITTED AND FILED SEPARATELY WITH THE COMMISSION."
        "SUPPLY AGREEMENTTHIS SUPPLY AGREEMENT is entered into as of May 15, 2013 by and between Integra"
        ' LifeSciences Corporation ("Integra") and PcoMed, LLC ("PcoMed").\n'
    )
    ex = extractor.parse(text.encode(), name="snippet.txt")
    assert ex.title == "SUPPLY AGREEMENT"
    assert ex.header["kind"] == "agreement"


def _whole_head_candidates(text: str, lo: int, hi: int) -> list[TitleRun]:
    """The candidates read from every token of text[lo:hi], as before the kind windows."""
    return tr._candidates(text, split_known(tokens(text, lo, hi), text))


HEAD_PIECES = ["AGREEMENT", "Agreement", "agreement", "PLAN", "Note", "AMENDMENT NO. 2", "TO", "of", "the", "and",
               "This", "THIS", "between", "EXHIBIT 10.1", "EXECUTION VERSION", "SUPPLY", "Supply", "SERVICES",
               "GUARANTY", "No.", "2", "2003", ",", ".", ":", "(", ")", '"', "\u201c", "\u201d", " ", " ", "\n",
               "\n\n", "   ", "is", "made", "by", "company", "INC.", "Inc.", "X", "ab", "AGREEMENTTHIS",
               "JAGUARSSPONSORSHIP", "Sponsorship", "e-business", "-", "/", "'", "\u00e9", "\ufb01", "\u00df",
               "..", "....", "U.S.", "1.", "A."]  # dot leaders of a contents line, dots that end a word


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(HEAD_PIECES), max_size=60).map("".join), st.data())
def test_kind_windows_give_the_whole_heads_candidates(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert candidates(text, lo, hi) == _whole_head_candidates(text, lo, hi)


@requires_corpus
def test_kind_windows_give_the_whole_heads_candidates_on_the_corpus() -> None:
    """Every 7th corpus document's first 4000 characters."""
    paths = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md")[::7]
    for p in paths:
        text = read(p).text[:4000]
        assert candidates(text, 0, len(text)) == _whole_head_candidates(text, 0, len(text)), p.name


def _plain_tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str, str, bool, bool]]:
    """``tokens`` as written before its shortcuts: every word that is no plain lower or Title Case
    word cut at its glue (GLUE, LOWER_GLUE, CAPS_GLUE)."""
    tw = title_words
    out = []
    prev_end = lo
    for m in tw.TOKEN.finditer(text, lo, hi):
        s, e = m.span()
        space = s > prev_end and (text[prev_end] in tw.BLANKS or tw.SPACE.search(text, prev_end, s) is not None)
        prev_end = e
        kind, word = m.lastgroup or "mark", m.group()
        if kind != "word" or word.islower() or (word[0].isupper() and word[1:].islower()):
            glued = tw.TITLE_GLUE.search(word)  # "Agreementref.": a Title Case kind word glued to a short word
            if kind == "word" and glued is not None:
                out.append((s, s + glued.start(), word[: glued.start()], kind, space, False))
                out.append((s + glued.start(), e, word[glued.start() :], kind, False, True))
                continue
            out.append((s, e, word, kind, space, False))
            continue
        low = [s + c.start() for c in tw.LOWER_GLUE.finditer(word)]
        glue = [c.start() for c in tw.GLUE.finditer(text, s, e) if c.start() + 1 not in low]
        cuts = [s, *glue, *low, e]
        cuts = sorted({*cuts, *tw._caps_cuts(text, cuts)})
        for i, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
            out.append((a, b, text[a:b], "word", space if i == 0 else False, i > 0))
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*HEAD_PIECES, "AGREEMENTBY", "VERSIONJOINT", "EXHIBITAGREEMENT.", "COPYTHIS",
                                 "BETWEENACME", "AMENDMENTAND", "CONTRACTTHIS", "ADDENDUM", "Agreementref.",
                                 "Contractdated", "Agreements", "CERTIFICATEIn", "ATTORNEYKNOW"]),
                max_size=40).map("".join))
def test_tokens_are_the_plain_scans(text: str) -> None:
    got = [(t.start, t.end, t.text, t.kind, t.space_before, t.glued) for t in tokens(text, 0, len(text))]
    assert got == _plain_tokens(text, 0, len(text))
