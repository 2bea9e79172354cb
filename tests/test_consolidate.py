"""extractor.consolidate on the real families of the corpus, extractor.links on a batch, and the
coverage of amending sentences (issue 20)."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import NamedTuple

import pytest
from conftest import CORPUS, corpus_path, requires_corpus

import extractor
from extractor.output.cli import main
from extractor.output.links import facts_of
from extractor.output.loader import link_facts
from extractor.run.batch import parse_many
from extractor.stages.amendment_coverage import amendment_coverage

BELLRING = "cuad/BellringBrandsInc_20190920_S-1_EX-10.12_11817081_EX-10.12_Manufacturing Agreement{}.txt"
FEDERATED_BASE = "cuad/FEDERATEDGOVERNMENTINCOMESECURITIESINC_04_28_2020-EX-99.SERV AGREE-SERVICES AGREEMENT.txt"
FEDERATED_AMENDMENT = ("cuad/Part_II__Service__FEDERATEDGOVERNMENTINCOMESECURITIESINC_04_28_2020-EX-99.SERV "
                       "AGREE-SERVICES AGREEMENT_AMENDMENT.txt")
# the reasons a person accepts for an operation that cannot be carried out
ACCEPTED = {"redacted", "target not found", "old text not found", "new text not given", "old text not given",
            "sentences not found", "overlaps an earlier operation",
            "old text not found (the base is redacted in the target)"}
# "target not in the base (it is in the Commercial License)": the instruction names another agreement


def _words(s: str) -> str:
    return " ".join(s.split())


@pytest.fixture(scope="module")
def bellring() -> tuple[extractor.Exhibit, extractor.Exhibit, extractor.Exhibit]:
    base, first, second = (extractor.parse(corpus_path(BELLRING.format(k))) for k in (1, 2, 3))
    return base, first, second


def test_chain_is_applied_in_date_order_whatever_the_argument_order(bellring) -> None:
    base, first, second = bellring
    c = extractor.consolidate(base, second, first)
    assert c.order == (1, 0)  # Amendment No. 1 (June 2018) before No. 2 (October 2018)
    assert list(c.applied["step"].drop_duplicates()) == [0, 1]
    assert c.applied["amendment_date"].tolist() == sorted(c.applied["amendment_date"].tolist())


def test_every_operation_of_the_family_is_applied_or_failed_for_an_accepted_reason(bellring) -> None:
    base, first, second = bellring
    c = extractor.consolidate(base, first, second)
    ops = len(first.amendments) + len(second.amendments)
    assert len(c.applied) == ops
    failed = c.applied[c.applied["status"] == "failed"]
    assert all(r in ACCEPTED or r.startswith("target not in the base") for r in failed["reason"])
    applied = c.applied[c.applied["status"] == "applied"]
    assert len(applied) > len(failed)
    # the new words of every applied operation are in the consolidated text
    chain = [first, second]
    for r in applied.itertuples():
        new = chain[r.step].amendments["new_text"].iloc[r.operation]
        if isinstance(new, str):
            assert _words(new)[:60] in _words(c.text)


def test_old_words_quoted_in_other_case_and_punctuation_are_found(bellring) -> None:
    # Amendment No. 2 quotes the old notice address as "Email:[***] ... With a Copy to General Counsel: Email
    # [***]" where the base reads "Email: [***] ... With a copy to General Counsel: Email: [***]"
    base, first, second = bellring
    c = extractor.consolidate(base, first, second)
    row = c.applied[(c.applied["step"] == 1) & (c.applied["target"] == "Section 13")].iloc[0]
    assert (row["status"], row["reason"]) == ("applied", "the quoted old words differ from the base in letter case "
                                                         "or punctuation")
    assert "1222 67th Street, Suite 210 Emeryville" in c.text and "188 Spear Street" not in c.text
    # "Units" in Section 2(m)'s second sentence, where the base reads "Unit quantities": not a loose match
    units = c.applied[c.applied["target"] == "Section 2(m)"].iloc[0]
    assert (units["status"], units["reason"]) == ("failed", "old text not found")


def test_restated_provision_replaces_the_old_one(bellring) -> None:
    base, first, _ = bellring
    c = extractor.consolidate(base, first)
    old_2c = base.sections.set_index("label").loc["2(c)"]
    old_words = _words(base.original[old_2c["start"] : old_2c["end"]])
    assert old_words in _words(base.original) and old_words not in _words(c.text)
    assert _words(first.amendments["new_text"].iloc[0]) in _words(c.text)
    assert c.applied["status"].tolist() == ["applied"]


def test_side_by_side_links_every_change_to_its_instruction(bellring) -> None:
    base, first, second = bellring
    c = extractor.consolidate(base, first, second)
    page = c.html
    assert "Content-Security-Policy" in page and "<script" not in page
    targets = set(re.findall(r'href="#(i\d+-\d+)"', page))
    rows = set(re.findall(r'<tr id="(i\d+-\d+)"', page))
    assert targets and targets <= rows
    for k in range(len(c.changes)):
        assert page.count(f'id="c{k}"') == 1
    n_applied = int((c.applied["status"] == "applied").sum())
    assert len({(ch.step, ch.operation) for ch in c.changes}) == n_applied


def test_federated_amendment_restates_an_entitled_part_of_exhibit_a() -> None:
    base = extractor.parse(corpus_path(FEDERATED_BASE))
    amendment = extractor.parse(corpus_path(FEDERATED_AMENDMENT))
    c = extractor.consolidate(base, amendment)
    assert c.applied["status"].tolist() == ["applied"]
    new = amendment.amendments["new_text"].iloc[0]
    assert _words(new)[:80] in _words(c.text)


def test_consolidate_command_writes_the_view_and_prints_each_operation(tmp_path, capsys) -> None:
    paths = [str(corpus_path(BELLRING.format(k))) for k in (1, 2)]
    out = tmp_path / "view.html"
    text = tmp_path / "consolidated.txt"
    assert main(["consolidate", *paths, "-o", str(out), "--text", str(text), "--quiet"]) == 0
    printed = capsys.readouterr().out.strip().splitlines()
    assert printed == [f"1. {paths[1].rsplit('/', 1)[-1]} #0 restate Section 2(c): applied"]
    assert out.read_text().startswith("<!DOCTYPE html>")
    assert "Minimum Annual Order Volume" in text.read_text()


@requires_corpus
def test_links_pair_each_amendment_with_its_base_in_a_batch() -> None:
    docs = [BELLRING.format(k) for k in (1, 2, 3)] + [FEDERATED_BASE, FEDERATED_AMENDMENT,
                                                       "cuad/CANOPETROLEUM,INC_12_13_2007-EX-10.1-Sponsorship "
                                                       "Agreement.txt"]
    result = parse_many([str(CORPUS / d) for d in docs], workers=0)
    links = extractor.links(result)
    assert list(links.columns) == ["amendment_doc_id", "base_doc_id", "evidence"]
    got = {(a.rsplit("/", 1)[-1], b.rsplit("/", 1)[-1]) for a, b in zip(links["amendment_doc_id"],
                                                                           links["base_doc_id"], strict=True)}
    name = [d.rsplit("/", 1)[-1] for d in docs]
    assert got == {(name[1], name[0]), (name[2], name[0]), (name[4], name[3])}
    assert all("parties:" in e for e in links["evidence"])


@requires_corpus
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_a_batch_writes_the_links_table_in_its_format(tmp_path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    docs = [BELLRING.format(k) for k in (1, 2)] + [FEDERATED_BASE, FEDERATED_AMENDMENT]
    src = tmp_path / "in"
    src.mkdir()
    for d in docs:
        (src / d.rsplit("/", 1)[-1]).write_bytes(corpus_path(d).read_bytes())
    out = tmp_path / "out"
    assert main(["batch", str(src), "--out", str(out), "--format", fmt, "--quiet", "--workers", "0"]) == 0
    assert (out / f"links.{fmt}").is_file()
    tables = extractor.read_output(out)
    written = tables["links"]
    assert list(written.columns) == ["amendment_doc_id", "base_doc_id", "evidence"]
    assert all(str(t) == "string" for t in written.dtypes)
    # the table written is the one extractor.links makes from the same batch's tables
    again = extractor.links(tables)
    assert written.reset_index(drop=True).equals(again.reset_index(drop=True))
    name = [d.rsplit("/", 1)[-1] for d in docs]
    assert {(name[1], name[0]), (name[3], name[2])} <= set(zip(written["amendment_doc_id"], written["base_doc_id"],
                                                               strict=True))


@requires_corpus
def test_the_batch_parent_links_without_pandas_and_undoes_excel_safe_quotes(tmp_path) -> None:
    """The parent of a CSV batch reads back only the cells links needs, row by row: pandas (~130 MB)
    stays out of it. With --excel-safe a doc_id opening like a formula ("=base.txt") is written
    "'=base.txt"; links must read it back as the document's own id, as read_output does."""
    src = tmp_path / "in"
    src.mkdir()
    for k, name in ((1, "=base.txt"), (2, "-amendment.txt")):
        (src / name).write_bytes(corpus_path(BELLRING.format(k)).read_bytes())
    out = tmp_path / "out"
    code = ("import sys; from extractor.output.cli import main; "
            f"rc = main(['batch', {str(src)!r}, '--out', {str(out)!r}, '--excel-safe', '--quiet', '--workers', '1']); "
            "print(rc, 'pandas' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["0", "False"]
    tables = extractor.read_output(out, excel_safe=True)
    pairs = list(zip(tables["links"]["amendment_doc_id"], tables["links"]["base_doc_id"], strict=True))
    assert pairs == [("-amendment.txt", "=base.txt")]
    assert tables["links"].equals(extractor.links(tables))
    # what the parent gathered row by row is what the tables read back with their dtypes hold
    files = {f"{n}.csv": out / f"{n}.csv" for n in ("documents", "parties", "dates")}
    streamed, framed = link_facts("csv", files, excel_safe=True), facts_of(tables)
    assert {d["doc_id"] for d in streamed.docs} == {"=base.txt", "-amendment.txt"}
    assert vars(streamed) == vars(framed)


def test_a_batch_without_parties_writes_no_links(tmp_path) -> None:
    out = tmp_path / "out"
    assert main(["batch", str(corpus_path(FEDERATED_BASE)), "--out", str(out), "--tables", "sections",
                 "--quiet", "--workers", "0"]) == 0
    assert (out / "sections.csv").is_file() and not (out / "links.csv").exists()


@requires_corpus
@pytest.mark.parametrize("path", sorted(p.name for p in (CORPUS / "edgar-amendments").glob("*-amendment*")))
def test_coverage_of_each_real_amendment(path: str) -> None:
    """Each sentence with an amending word near a provision gives an operation or a reason; the
    corpus's 31 real amendments leave only the instruction of weingarten's (h) (its words are quoted
    in separate paragraphs after ". . .") unexplained."""
    ex = extractor.parse(corpus_path(f"edgar-amendments/{path}"))
    cands = amendment_coverage(ex.view, ex.amendments.itertuples())
    assert cands, "an amendment has amending sentences"
    unexplained = [c for c in cands if c.status == "unexplained"]
    assert not unexplained
    diags = ex.diagnostics[ex.diagnostics["stage"] == "amendments"]
    assert len(diags) == sum(c.status != "operation" for c in cands)
    assert all(ex.original[r.start : r.end] == r.text for r in diags.itertuples())


def test_new_provisions_given_by_an_operation_are_a_block_the_sections_stage_can_skip() -> None:
    from extractor.stages.amendments import new_text_blocks

    text = ("11.A CONTRACTOR'S INSURANCE. GC Section 11.1 and Section 11.2 are deleted and replaced by the "
            "following:\n\n11.1 Contractor's Liability Insurance. Contractor shall at his expense, procure and "
            "maintain insurance.\n\n11.2 Property Insurance. Owner shall purchase builder's risk insurance.\n")
    ex = extractor.parse(text.encode(), name="snippet.txt")
    rows = ex.frames._rows["amendments"]  # the stage's own records (a Tables from the pipeline)
    blocks = new_text_blocks(rows, ex.original)
    assert len(blocks) == 1
    a, b = blocks[0]
    assert ex.original[a:b].startswith("11.1 Contractor's") and ex.original[a:b].endswith("insurance.")


def test_provisions_inside_a_block_of_new_text_are_not_the_amendments_own_sections() -> None:
    from extractor.stages.amendments import new_text_blocks

    text = ("11.A CONTRACTOR'S INSURANCE. GC Section 11.1 and Section 11.2 are deleted and replaced by the "
            "following:\n\n11.1 Contractor's Liability Insurance. Contractor shall at his expense, procure and "
            "maintain insurance.\n\n11.2 Property Insurance. Owner shall purchase builder's risk insurance.\n")
    ex = extractor.parse(text.encode(), name="snippet.txt")
    (a, b), = new_text_blocks(ex.frames._rows["amendments"], ex.original)
    inside = ex.sections[(ex.sections["start"] >= a) & (ex.sections["start"] < b)]
    assert list(inside["label"]) == ["11.1"]
    assert set(inside["part"]) == {"new text"}  # the amended agreement's provision, kept and marked
    plain = extractor.parse(text.replace("are deleted and replaced by the following:", "apply.").encode(),
                            name="snippet.txt")
    assert set(plain.sections["part"]) == {"body"}  # no operation, no block: the same provisions are the body's


class LinkCase(NamedTuple):
    amendment: str
    base: str
    linked: bool  # the base is the agreement the amendment amends


LINK_CASES = [
    # the amendment's Borrower (The Todd-AO Corporation) is not the base's (Physio-Control Corporation):
    # a credit agreement with the same bank, not the one amended
    LinkCase("edgar-amendments/todd-ao-1997-credit-amendment-5.txt",
             "contracts-ex10/credit__1003088_1997-08-14_CREDIT-AGREEMENT.txt", False),
    # Weingarten Realty's lenders also lent to Fina Oil and Chemical: the Borrowers differ
    LinkCase("edgar-amendments/weingarten-1995-credit-amendment-2.txt",
             "contracts-ex10/credit__5611_1995-03-10_CREDIT-AGREEMENT.txt", False),
    # Licensor and Licensee held by the same parties on both sides
    LinkCase("cuad/NEONSYSTEMSINC_03_01_1999-EX-10.5-DISTRIBUTOR AGREEMENT_Amendment.txt",
             "cuad/NEONSYSTEMSINC_03_01_1999-EX-10.5-DISTRIBUTOR AGREEMENT_New.txt", True),
    # ScanSource is the Distributor on both sides
    LinkCase("cuad/ScansourceInc_20190822_10-K_EX-10.39_11793959_EX-10.39_Distributor Agreement.txt",
             "cuad/ScansourceInc_20190822_10-K_EX-10.38_11793958_EX-10.38_Distributor Agreement1.txt", True),
]


@requires_corpus
@pytest.mark.parametrize("case", LINK_CASES, ids=lambda c: c.amendment.rsplit("/", 1)[-1][:40])
def test_a_role_held_by_other_parties_is_another_agreement(case: LinkCase) -> None:
    result = parse_many([str(CORPUS / case.amendment), str(CORPUS / case.base)], workers=0)
    links = extractor.links(result)
    got = {(a.rsplit("/", 1)[-1], b.rsplit("/", 1)[-1])
           for a, b in zip(links["amendment_doc_id"], links["base_doc_id"], strict=True)}
    pair = (case.amendment.rsplit("/", 1)[-1], case.base.rsplit("/", 1)[-1])
    assert (pair in got) is case.linked


class FamilyCase(NamedTuple):
    base: str
    amendments: tuple[str, ...]
    applied: int
    failed: dict[str, str]  # target -> reason of each failed operation


NEON = "cuad/NEONSYSTEMSINC_03_01_1999-EX-10.5-DISTRIBUTOR AGREEMENT_{}.txt"
BIOAMBER = "cuad/BIOAMBERINC_04_10_2013-EX-10.34-DEVELOPMENT AGREEMENT{}.txt"
SCANSOURCE = "cuad/ScansourceInc_20190822_10-K_EX-10.{}_Distributor Agreement{}.txt"
FAMILY_CASES = [
    # new Sections 15.11 and 15.12 go at the end of Article 15; the new notice addresses of Section 15.2
    # do not say which words they replace
    FamilyCase(NEON.format("New"), (NEON.format("Amendment"),), 7, {"Section 15.2": "old text not given"}),
    # a new Section 13.10 after the words added at the end of Section 13.9; Section 5.9 "of the
    # Commercial License" is another agreement's
    FamilyCase(BIOAMBER.format(" (1)"), (BIOAMBER.format(" - First Amendment"),), 2,
               {"Section 5.9": "target not in the base (it is in the Commercial License)"}),
    # "Section 6.0" and "Section 21.0" are the base's Sections 6 and 21
    FamilyCase(SCANSOURCE.format("38_11793958_EX-10.38", "1"), (SCANSOURCE.format("39_11793959_EX-10.39", ""),),
               3, {}),
    # CUAD's one-line extraction of the BellRing base: Section 2's items (a) ... (o) are not in its section
    # tree, they are found in Section 2's text in order; roman items (1(a)(viii)) are not looked for
    FamilyCase("cuad/Part_I__Manufacturing__" + BELLRING.format(1).removeprefix("cuad/"),
               tuple(BELLRING.format(k) for k in (2, 3)), 8,
               {"Section 1(a)(viii)": "target not found", "Section 1(a)(xi)": "target not found",
                "Section 2(e)": "redacted", "Section 2(f)": "redacted", "Section 2(m)": "old text not found",
                "Section 2(o)(i)": "target not found"}),
    # 'the definition of "Product" as set forth in Section 1.42' is Section 1.42; "Section 7 is hereby
    # amended as follows with respect to ..." is followed by new covenants, not by the words they replace
    FamilyCase("edgar-exhibits/BYM_0001193125-09-176788_12.txt", ("edgar-exhibits/BYM_0001193125-09-176788_14.txt",),
               1, {"Section 7": "old text not given"}),
    # Clause 12.1(ii) "cancelled and substituted as follow: [*****] [*****] ...": the new words are withheld;
    # Exhibit 14 (price conditions) is listed in the base's contents but not filed with it
    FamilyCase("cuad/AzulSa_20170303_F-1A_EX-10.3_9943903_EX-10.3_Maintenance Agreement1.txt",
               ("cuad/AzulSa_20170303_F-1A_EX-10.3_9943903_EX-10.3_Maintenance Agreement2.txt",), 0,
               {"Clause 12.1(ii)": "redacted", "Clause 3.2 of the Exhibit 14": "target not found"}),
]


@requires_corpus
@pytest.mark.parametrize("case", FAMILY_CASES, ids=lambda c: c.base.rsplit("/", 1)[-1][:30])
def test_each_linked_family_applies_and_fails_for_the_reasons_read(case: FamilyCase) -> None:
    base = extractor.parse(corpus_path(case.base))
    c = extractor.consolidate(base, *(extractor.parse(corpus_path(a)) for a in case.amendments))
    failed = c.applied[c.applied["status"] == "failed"]
    assert dict(zip(failed["target"], failed["reason"], strict=True)) == case.failed
    assert int((c.applied["status"] == "applied").sum()) == case.applied


@requires_corpus
def test_new_sections_inserted_at_one_place_keep_the_operations_order() -> None:
    base = extractor.parse(corpus_path(BIOAMBER.format(" (1)")))
    c = extractor.consolidate(base, extractor.parse(corpus_path(BIOAMBER.format(" - First Amendment"))))
    added = c.text.find("Notwithstanding the above, Bioamber may fund the BRI Project")
    new_section = c.text.find("13.10 Notwithstanding the provisions of section 13.9")
    assert 0 <= added < new_section
    assert "Bioamber shall use best efforts to obtain regulatory approvals" not in c.text


@requires_corpus
def test_a_new_section_goes_in_its_parent_not_in_a_section_whose_label_reads_alike() -> None:
    # "15.11" belongs to Article 15, not to Section 1.5 (both "15" once the dots are dropped)
    base = extractor.parse(corpus_path(NEON.format("New")))
    c = extractor.consolidate(base, extractor.parse(corpus_path(NEON.format("Amendment"))))
    assert c.text.find("Section 15.10  WAIVER") < c.text.find("Section 15.11  Right of First Refusal")


@requires_corpus
def test_an_agreement_date_mentioned_far_from_the_parties_is_not_the_bases() -> None:
    # the power of attorney acts "pursuant to the Services Agreement dated as of January 1, 2004": that date
    # is read 8,600 characters before its parties, so only the services agreement itself is the base
    poa = FEDERATED_AMENDMENT.replace("_AMENDMENT.txt", "_POWEROF.txt")
    docs = [FEDERATED_BASE, FEDERATED_AMENDMENT, poa]
    result = parse_many([str(CORPUS / d) for d in docs], workers=0)
    links = extractor.links(result)
    got = {(a.rsplit("/", 1)[-1], b.rsplit("/", 1)[-1])
           for a, b in zip(links["amendment_doc_id"], links["base_doc_id"], strict=True)}
    name = [d.rsplit("/", 1)[-1] for d in docs]
    assert got == {(name[1], name[0])}
