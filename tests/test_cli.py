"""The command line: parse summary and JSON, batch output contract and errors."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from conftest import SAMPLES, corpus_path

from extractor.model import schema
from extractor.output.cli import main

QWEST = SAMPLES / "qwest-kmc-mgs-amendment-1.txt"


def test_parse_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(QWEST)]) == 0
    out = capsys.readouterr().out
    assert "pages:    4" in out and "furniture" in out


def test_parse_json_has_every_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(QWEST), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc["tables"]) == {"documents", *schema.EXHIBIT_TABLES}
    original = QWEST.read_text(encoding="utf-8")
    for row in doc["tables"]["pages"]:
        assert original[row["start"] : row["end"]] == row["text"]
    assert [r["number"] for r in doc["tables"]["pages"]] == [None, "2", "3", "4"]
    assert doc["body"].startswith("\n") is False or "AMENDMENT NO. 1" in doc["body"]


def test_parse_bad_file_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    assert main(["parse", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("sec-exhibits: error:") and "empty" in err and "\n" not in err


def _read(p: Path) -> list[dict[str, str]]:
    with p.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_batch_contract(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(QWEST, src / QWEST.name)
    shutil.copy(corpus_path("edgar-raw/submission-0000899681-95-000096.txt"), src / "sub" / "s.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02" * 10)
    (src / "open.txt").write_bytes(b"<DOCUMENT>\n<TYPE>EX-10\n<TEXT>\nno end\n")
    out = tmp_path / "out"
    assert main(["batch", str(src), "--out", str(out), "--quiet"]) == 0
    for name, cols in schema.TABLES.items():
        with (out / f"{name}.csv").open(encoding="utf-8") as fh:
            header = fh.readline().strip().split(",")
        assert header == ["doc_id", *cols], name
    with (out / "links.csv").open(encoding="utf-8") as fh:  # written once for the run: no doc_id
        assert fh.readline().strip().split(",") == list(schema.EXTRA_TABLES["links"])
    docs = [r["doc_id"] for r in _read(out / "documents.csv")]
    assert docs == ["qwest-kmc-mgs-amendment-1.txt", "sub/s.txt#1", "sub/s.txt#2"]
    errors = {r["doc_id"]: r for r in _read(out / "errors.csv")}
    assert set(errors) == {"empty.txt", "binary.txt", "open.txt"}
    assert errors["open.txt"]["error_type"] == "SubmissionError" and errors["open.txt"]["line"] == "1"
    pages = [r for r in _read(out / "pages.csv") if r["doc_id"] == "qwest-kmc-mgs-amendment-1.txt"]
    assert [r["number"] for r in pages] == ["", "2", "3", "4"]
    # no temporary files are left behind, and the chunks are removed after success (the empty
    # lock file stays: removing it would let a third batch lock a new file while a second holds the old)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [".lock", *(f"{n}.csv" for n in (*schema.TABLES, *schema.RUN_TABLES))])
    assert not [p for p in out.rglob("*") if p.name.startswith(".") and p.is_file() and p.name != ".lock"]
    assert main(["batch", str(src), "--out", str(out), "--quiet", "--fail-on-error"]) == 2  # another run's output
    assert main(["batch", str(src), "--out", str(out), "--quiet", "--fail-on-error", "--overwrite"]) == 1


def test_module_entry_point_is_the_same_cli() -> None:
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "extractor", "parse", str(QWEST)], capture_output=True, text=True)
    assert r.returncode == 0 and "pages:    4" in r.stdout
