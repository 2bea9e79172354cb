"""Robustness over the whole pipeline: real documents with random edits, arbitrary text,
determinism, CSV formula safety and hostile submission file names."""

from __future__ import annotations

import csv
import importlib
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pytest
from conftest import CORPUS, corpus_path, requires_corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extractor
from extractor.io import sources
from extractor.model.errors import ExtractorError
from extractor.output import export
from extractor.output.cli import main
from extractor.run import batch

REAL = [
    "edgar-raw/qwest-kmc-mgs-amendment-1.txt",
    "cuad/TICKETSCOMINC_06_22_1999-EX-10.22-SPONSORSHIP AGREEMENT.txt",
    "cuad/ADMA BioManufacturing, LLC -  Amendment 3 to Manufacturing Agreement.txt",
    "cuad/Part_II__Service__PAXMEDICA,INC_07_02_2020-EX-10.12-Master Service Agreement.txt",
]
EDITS = st.sampled_from(["\n<PAGE>\n", "\f", "\t", "\r\n", "\r", "\xa0", "\u201c", "\u201d", "\n", "\n\n   7\n\n"])


def _real_texts() -> list[str]:
    if not CORPUS.is_dir():
        return []
    return [(CORPUS / r).read_text(encoding="utf-8") for r in REAL if (CORPUS / r).exists()]


TEXTS = _real_texts()


def check_exhibit(ex: extractor.Exhibit) -> None:
    """Every row is a true span; every character is body, furniture or signature block."""
    covered = bytearray(len(ex.original))
    for name, df in ex.tables().items():
        if "text" not in df.columns:
            continue
        for r in df.itertuples():
            assert ex.original[r.start : r.end] == r.text, (name, r.start)
            if name == "furniture":
                covered[r.start : r.end] = b"\x01" * (r.end - r.start)
    for s, e in ex.signature_blocks:
        covered[s:e] = b"\x01" * (e - s)
    for r in ex.signatures.itertuples():  # every signature row lies inside a stripped block
        assert any(s <= r.start and r.end <= e for s, e in ex.signature_blocks), r.start
    for p in ex.view.pieces:
        # a lone "\r" (a line break of CR-only text) is in the body, shown as "\n"
        if p.exact or (p.text == "\n" and ex.original[p.orig_start : p.orig_end] == "\r"):
            covered[p.orig_start : p.orig_end] = b"\x01" * (p.orig_end - p.orig_start)
    missing = [i for i, c in enumerate(covered) if not c]
    assert not missing, f"{len(missing)} characters neither body nor stripped, first at {missing[:3]}"


def _parse_or_error(text: str) -> extractor.Exhibit | None:
    try:
        return extractor.parse(text)
    except ExtractorError:
        return None


@requires_corpus
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_real_documents_with_random_edits(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(TEXTS))
    for _ in range(data.draw(st.integers(1, 12))):
        pos = data.draw(st.integers(0, len(text)))
        text = text[:pos] + data.draw(EDITS) + text[pos:]
    ex = _parse_or_error(text)
    assert ex is not None  # real exhibits with small edits are never refused
    check_exhibit(ex)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
def test_arbitrary_text(text: str) -> None:
    ex = _parse_or_error(text)
    if ex is not None:
        check_exhibit(ex)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data: bytes) -> None:
    try:
        ex = extractor.parse(data)
    except ExtractorError:
        return
    check_exhibit(ex)


@requires_corpus
@pytest.mark.parametrize("rel", REAL)
def test_deterministic(rel: str) -> None:
    a = extractor.parse(corpus_path(rel))
    b = extractor.parse(corpus_path(rel))
    assert a.body == b.body
    for name, df in a.tables().items():
        pd.testing.assert_frame_equal(df, b.tables()[name])


def test_csv_formula_cells_are_neutralised(tmp_path: Path) -> None:
    df = extractor.model.schema.frame("pages", [
        {"start": 0, "end": 5, "text": "=cmd|' /C calc'!A0", "page": 1, "number": "- 2 -"},
        {"start": 5, "end": 9, "text": "plain", "page": 2, "number": "@SUM(1)"},
        # a spreadsheet strips a leading TAB or CR and runs the formula behind it
        {"start": 9, "end": 12, "text": "\t=1+1", "page": 3, "number": "\r=2"},
    ])
    export.write_csv(df, tmp_path / "safe.csv", safe=True)  # --excel-safe
    export.write_csv(df, tmp_path / "raw.csv")  # the default: exact
    # a lone CR inside a cell is data: rows end at "\n" only (what extractor.read_output reads)
    safe = pd.read_csv(tmp_path / "safe.csv", dtype=str, lineterminator="\n").to_dict("records")
    raw = pd.read_csv(tmp_path / "raw.csv", dtype=str, lineterminator="\n").to_dict("records")
    assert [r["text"] for r in safe] == ["'=cmd|' /C calc'!A0", "plain", "'\t=1+1"]
    assert [r["number"] for r in safe] == ["'- 2 -", "'@SUM(1)", "'\r=2"]
    assert [r["text"] for r in raw] == ["=cmd|' /C calc'!A0", "plain", "\t=1+1"]
    assert safe[0]["start"] == "0"  # numbers are never touched


def test_hostile_filename_stays_inside_out(tmp_path: Path) -> None:
    sub = (
        "<SEC-DOCUMENT>x\n<DOCUMENT>\n<TYPE>EX-10.1\n<SEQUENCE>2\n<FILENAME>../../etc/passwd\n<TEXT>\n"
        "AGREEMENT between Alpha Inc. and Beta LLC.\n</TEXT>\n</DOCUMENT>\n"
    )
    src = tmp_path / "in"
    src.mkdir()
    (src / "s.txt").write_text(sub, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(src), "--out", str(out), "--quiet"]) == 0
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert all(w.startswith(("in/", "out/")) for w in written)
    with (out / "documents.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["doc_id"] == "s.txt#2" and rows[0]["filename"] == "../../etc/passwd"


class StageFailure(NamedTuple):
    module: str  # the module of the helper broken on purpose
    function: str  # a helper its stage calls
    exception: type[Exception]
    error_type: str  # what the batch's errors row says
    stage: str


STAGE_FAILURES = [
    StageFailure("extractor.stages.dates", "_durations", ValueError, "ParseError", "dates"),
    StageFailure("extractor.stages.signatures", "names_above", IndexError, "ParseError", "signatures"),
    StageFailure("extractor.stages.sections", "_candidates", AttributeError, "AttributeError", "sections"),
]


@pytest.mark.parametrize("case", STAGE_FAILURES, ids=lambda c: f"{c.module}.{c.function}")
def test_a_stage_failure_names_its_stage(case: StageFailure, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every stage failure was a bare ParseError ('extraction failed'): the errors row names the
    stage it came from, and a bug (AttributeError) is reported with its stage too."""

    def broken(*args: object, **kwargs: object) -> None:
        raise case.exception("broken on purpose")

    monkeypatch.setattr(importlib.import_module(case.module), case.function, broken)
    sample = Path(__file__).resolve().parent.parent / "samples" / "qwest-kmc-mgs-amendment-1.txt"
    res = batch.run_job(sources.Job("q.txt", str(sample)))
    assert [(e["error_type"], e["stage"]) for e in res.errors] == [(case.error_type, case.stage)]
    if case.error_type == "ParseError":
        assert f"the {case.stage} stage failed" in res.errors[0]["message"]
