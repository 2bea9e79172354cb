"""``extractor.output.stats`` and ``sec-exhibits stats OUT_DIR``: counts and ranges over a batch output."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
from annotate_util import KING, KING_DOC, QWEST, QWEST_DOC, fill
from conftest import corpus_path

import extractor
from extractor.model import schema
from extractor.output import cli, export, stats


def corpus_tables() -> dict[str, pd.DataFrame]:
    """Batch-shaped tables (doc_id first) from two real documents, empty stage tables filled from
    their text, plus one error row."""
    parts: dict[str, list[pd.DataFrame]] = {}
    for rel, findings in ((QWEST_DOC, QWEST), (KING_DOC, KING)):
        ex = fill(extractor.parse(corpus_path(rel)), findings)
        for name, df in ex.tables().items():
            df = df.copy()
            df.insert(0, "doc_id", pd.array([rel] * len(df), dtype="string"))
            parts.setdefault(name, []).append(df)
    tables = {n: schema.conform(n, pd.concat(dfs, ignore_index=True)) for n, dfs in parts.items()}
    err = {"doc_id": "bad.txt", "path": "bad.txt", "error_type": "InputError", "message": "empty file"}
    tables["errors"] = schema.frame("errors", [err], doc_id=True)
    return tables


def test_summarise_counts_what_is_there():
    t = corpus_tables()
    # Some hand-made rows on top: a blank day and a month-precision date.
    extra = schema.frame("dates", [
        {"doc_id": "x", "start": 0, "end": 5, "text": "x", "value": None, "blank_day": True,
         "role": "agreement"},
        {"doc_id": "x", "start": 0, "end": 5, "text": "x", "value": "1987-05", "precision": "month"},
    ], doc_id=True)
    t["dates"] = schema.conform("dates", pd.concat([t["dates"], extra], ignore_index=True))
    s = stats.summarise(t, top=3)
    assert s.documents == 2 and s.errors == 1 and s.error_types == (("InputError", 1),)
    assert dict(s.rows) == {n: len(df) for n, df in t.items()}
    assert s.missing == ()
    kinds = t["redactions"]["kind"].value_counts()
    assert s.redaction_kinds == tuple((k, int(v)) for k, v in kinds.head(3).items())
    assert s.docs_with_redactions == t["redactions"]["doc_id"].nunique() == 2
    values = sorted(v for v in t["dates"]["value"].dropna())
    assert (s.date_min, s.date_max) == ("1987-05", values[-1])
    assert s.dates_with_value == len(values) and s.blank_days == 1
    agreement = sorted(t["dates"][t["dates"]["role"] == "agreement"]["value"].dropna())
    assert (s.agreement_min, s.agreement_max) == (agreement[0], agreement[-1])


def test_summarise_of_nothing():
    s = stats.summarise({"documents": schema.frame("documents", doc_id=True)})
    assert s.documents == 0 and s.errors == 0 and s.redaction_kinds == () and s.date_min is None
    assert "errors" in s.missing and "redactions" in s.missing
    text = stats.format_stats(s)
    assert "redaction kinds: -" in text and "dates:           -" in text and "not in this output" in text


def test_cli_stats_reads_batch_output(tmp_path, capsys):
    t = corpus_tables()
    export.write_tables(t, tmp_path)
    assert cli.main(["stats", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert printed.strip() == stats.format_stats(stats.summarise(t))
    for name, df in t.items():
        assert f"  {name:14s} {len(df):8d}" in printed
    assert cli.main(["stats", str(tmp_path), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["documents"] == 2
    assert got["redaction_kinds"][0][1] == t["redactions"]["kind"].value_counts().iloc[0]


def test_cli_stats_after_batch(tmp_path, capsys):
    src = corpus_path(QWEST_DOC)
    assert cli.main(["batch", str(src), "--out", str(tmp_path), "--quiet"]) == 0
    assert cli.main(["stats", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    n_pages = len(pd.read_csv(tmp_path / "pages.csv"))
    assert printed.startswith("documents   1") and f"  {'pages':14s} {n_pages:8d}" in printed


def test_cli_stats_bad_folder(tmp_path, capsys):
    assert cli.main(["stats", str(tmp_path / "absent")]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert cli.main(["stats", str(tmp_path)]) == 2
    assert "no batch output tables" in capsys.readouterr().err


def test_stats_of_a_cr_only_exhibit(tmp_path: Path) -> None:
    """A CR-only exhibit's CSVs read back with the wrong number of rows (a lone CR unquoted), and
    `sec-exhibits stats` then crashed with a traceback."""
    raw = (Path(__file__).resolve().parent.parent / "samples" / "qwest-kmc-mgs-amendment-1.txt").read_bytes()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cr.txt").write_bytes(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r"))
    out = tmp_path / "out"
    assert cli.main(["batch", str(tmp_path / "in"), "--out", str(out), "--quiet", "--workers", "0"]) == 0
    assert cli.main(["stats", str(out)]) == 0
    with (out / "sections.csv").open(encoding="utf-8", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 18
