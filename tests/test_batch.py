"""Batch runs: workers, order, time limit, errors, progress, and the CLI's output contract."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest
from conftest import CORPUS, requires_corpus

import extractor
from extractor import pipeline
from extractor.io import sources
from extractor.model import schema
from extractor.output import cli, export
from extractor.run import batch
from extractor.run.batch import Options, parse_many
from extractor.run.progress import Progress

RAW = CORPUS / "edgar-raw"


@pytest.fixture(scope="module")
def single() -> batch.CorpusResult:
    if not RAW.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    return parse_many([RAW], workers=0, progress=False)


def assert_same(a: batch.CorpusResult, b: batch.CorpusResult) -> None:
    assert list(a.tables()) == list(b.tables()) == list(schema.TABLES)
    for name in schema.TABLES:
        pdt.assert_frame_equal(a.tables()[name], b.tables()[name], obj=name)


@requires_corpus
def test_workers_give_the_single_process_result_in_input_order(single: batch.CorpusResult) -> None:
    multi = extractor.parse_many([RAW], workers=2, progress=False)
    assert_same(single, multi)
    order = [j.key for j in sources.expand([RAW])]
    seen = list(dict.fromkeys(d.split("#")[0] for d in multi.documents["doc_id"]))
    assert seen == order
    assert len(single.documents) > len(order)  # submissions give one row per <DOCUMENT>


@requires_corpus
def test_every_table_has_doc_id_first_and_the_declared_columns(single: batch.CorpusResult) -> None:
    for name, df in single.tables().items():
        assert list(df.columns) == ["doc_id", *schema.TABLES[name]], name
    assert single.documents["doc_id"].is_unique
    pages = single.pages.merge(single.documents[["doc_id", "n_chars"]], on="doc_id")
    assert (pages["end"] <= pages["n_chars"]).all()


@requires_corpus
def test_bad_inputs_become_error_rows_and_the_batch_completes(tmp_path: Path) -> None:
    shutil.copy(RAW / "qwest-kmc-mgs-amendment-1.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "huge.txt").write_bytes(b"x" * 20_000)
    res = parse_many([tmp_path, tmp_path / "missing.txt"], workers=2, progress=False, max_bytes=10_000)
    assert res.documents["doc_id"].tolist() == ["good.txt"]
    errs = res.errors.set_index("doc_id")
    assert sorted(errs.index) == ["binary.txt", "empty.txt", "huge.txt", "missing.txt"]
    assert set(errs["error_type"]) == {"InputError"}
    assert errs.loc["huge.txt", "stage"] == "read"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
@requires_corpus
def test_a_named_pipe_is_refused_at_once_and_the_rest_completes(tmp_path: Path) -> None:
    # Reading a named pipe that nobody writes blocks forever: it was a TimeLimitError after the
    # timeout (and `sec-exhibits parse` hung); now it is refused before it is opened.
    shutil.copy(RAW / "qwest-kmc-mgs-amendment-1.txt", tmp_path / "a.txt")
    os.mkfifo(tmp_path / "b-stuck.txt")
    shutil.copy(RAW / "submission-0000950129-95-001652.txt", tmp_path / "c.txt")
    files = [tmp_path / n for n in ("a.txt", "b-stuck.txt", "c.txt")]
    res = parse_many(files, workers=1, progress=False, timeout=60.0)
    assert res.errors["doc_id"].tolist() == ["b-stuck.txt"]
    assert res.errors["error_type"].tolist() == ["InputError"]
    assert "not a regular file" in res.errors["message"].iloc[0]
    assert set(res.documents["doc_id"].str.split("#").str[0]) == {"a.txt", "c.txt"}


def test_in_process_time_limit_stops_a_slow_stage(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def slow(original: str, meta: dict) -> None:
        while True:
            pass

    monkeypatch.setattr(pipeline, "build_exhibit", slow)
    (tmp_path / "a.txt").write_text("AGREEMENT\n\nThis Agreement is made.\n")
    res = batch.run_job(sources.Job("a.txt", str(tmp_path / "a.txt")), Options(timeout=0.3))
    assert [e["error_type"] for e in res.errors] == ["TimeLimitError"]
    assert res.columns == {}


def test_a_bug_in_a_stage_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken(original: str, meta: dict) -> None:
        raise AttributeError("no such attribute")

    monkeypatch.setattr(pipeline, "build_exhibit", broken)
    (tmp_path / "a.txt").write_text("AGREEMENT\n")
    res = batch.run_job(sources.Job("a.txt", str(tmp_path / "a.txt")))
    assert [(e["error_type"], e["stage"]) for e in res.errors] == [("AttributeError", "internal")]


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stream, enabled, shown", [(FakeTTY(), True, True), (FakeTTY(), False, False),
                                                     (io.StringIO(), True, False)])
def test_progress_bar_only_on_a_terminal_and_not_when_quiet(stream: io.StringIO, enabled: bool,
                                                            shown: bool) -> None:
    res = batch.JobResult("x", errors=[{"doc_id": "x"}], n_bytes=2_000_000, n_docs=3)
    with Progress(enabled=enabled, stream=stream) as bar:
        list(bar.track([res, res]))
    assert (bar.files, bar.docs, bar.errors) == (2, 6, 2)
    out = stream.getvalue()
    assert ("errors=2" in out and "MB" in out) == shown
    assert (out != "") == shown


# -- the CLI's output contract ----------------------------------------------------------------
def run_cli(*args: str) -> int:
    return cli.main(["batch", *args, "--quiet"])


@requires_corpus
def test_cli_writes_every_table_with_header_and_doc_id_first(tmp_path: Path, single) -> None:
    out = tmp_path / "out"
    assert run_cli(str(RAW), "--out", str(out), "--workers", "2") == 0
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(
        f"{n}.csv" for n in (*schema.TABLES, *schema.RUN_TABLES))
    for name in schema.TABLES:
        df = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        assert list(df.columns) == ["doc_id", *schema.TABLES[name]], name
        assert len(df) == len(single.tables()[name]), name
    docs = pd.read_csv(out / "documents.csv", dtype=str)
    assert docs["doc_id"].tolist() == single.documents["doc_id"].tolist()
    assert not list(out.glob(".*.csv*")), "no temporary files left behind"


@requires_corpus
def test_cli_exit_codes_with_and_without_fail_on_error(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    shutil.copy(RAW / "qwest-kmc-mgs-amendment-1.txt", tmp_path / "in")
    assert run_cli(str(tmp_path / "in"), "--out", str(tmp_path / "o1")) == 0
    assert run_cli(str(tmp_path / "in"), "--out", str(tmp_path / "o2"), "--fail-on-error") == 1
    errs = pd.read_csv(tmp_path / "o1" / "errors.csv")
    assert errs["doc_id"].tolist() == ["empty.txt"]


def test_cli_summary_line_and_bad_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("AGREEMENT\n\nThis Agreement is made.\n")
    assert cli.main(["batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--workers", "0"]) == 0
    err = capsys.readouterr().err
    assert "1 files, 1 documents, 0 errors" in err
    assert "\r" not in err  # stderr is not a terminal here: no progress bar
    with pytest.raises(SystemExit):
        cli.main(["batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--format", "xlsx"])


def test_output_names_stay_inside_the_folder() -> None:
    for fmt in export.FORMATS:
        for name in export.output_names(fmt):
            assert Path(name).name == name and not name.startswith(".")



class _Sabotage(sources.Job):
    """A job that, when the worker unpickles it, runs ``action`` there (outside run_job's alarm)."""

    action: tuple = ()

    def __reduce__(self):
        return self.action


def _sabotaged(key: str, action: tuple) -> sources.Job:
    job = _Sabotage(key, key)
    object.__setattr__(job, "action", action)
    return job


def test_a_dying_worker_is_replaced_and_its_queued_input_still_runs(tmp_path: Path) -> None:
    (tmp_path / "next.txt").write_text("AGREEMENT\n\nThis Agreement is made.\n")
    jobs = [_sabotaged("dies", (os._exit, (3,))), sources.Job("next.txt", str(tmp_path / "next.txt"))]
    got = list(batch.results(jobs, Options(timeout=30), workers=1))
    assert [r.key for r in got] == ["dies", "next.txt"]
    assert [(e["error_type"], e["message"]) for e in got[0].errors] == [
        ("WorkerError", "worker died (exit code 3)")]
    assert got[1].errors == [] and got[1].n_docs == 1


def test_a_worker_stuck_outside_python_is_killed_after_the_grace(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    monkeypatch.setattr(batch, "HARD_GRACE", 0.5)
    (tmp_path / "next.txt").write_text("AGREEMENT\n\nThis Agreement is made.\n")
    jobs = [_sabotaged("stuck", (time.sleep, (600,))), sources.Job("next.txt", str(tmp_path / "next.txt"))]
    t0 = time.monotonic()
    got = list(batch.results(jobs, Options(timeout=0.5), workers=1))
    assert time.monotonic() - t0 < 30
    assert [r.key for r in got] == ["stuck", "next.txt"]
    assert got[0].errors[0]["error_type"] == "TimeLimitError"
    assert "worker stopped" in got[0].errors[0]["message"]
    assert got[1].n_docs == 1


def test_the_batch_parent_loads_no_stage_and_no_pandas() -> None:
    """The CLI process of a batch only hands out paths and writes bytes: the stages (which its
    workers preload) and pandas stay out of it, which keeps its start-up short and its RSS small."""
    code = ("import sys, extractor, extractor.output.cli; "
            "print(sorted(m for m in sys.modules if m == 'pandas' or m.startswith(("
            "'extractor.pipeline', 'extractor.stages.sections', 'extractor.stages.layout', "
            "'extractor.model.exhibit'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_stuck_worker_with_large_members_queued_still_hits_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Archive members travel to the workers with their bytes. A stuck worker with a 16 MB member
    queued behind it blocked the parent in send() (the pipe was full), so the hard kill never fired
    and the batch hung past --timeout."""
    monkeypatch.setattr(batch, "HARD_GRACE", 0.5)
    big = b"AGREEMENT\n\nThis Agreement is made by Acme Corp. and Beta LLC.\n" * 250_000  # ~16 MB
    members = [sources.Job(f"bulk.tar/m{i}.txt", "bulk.tar", "tar", f"m{i}.txt", data=big) for i in range(2)]
    jobs = [_sabotaged("stuck", (time.sleep, (600,))), *members]
    def hung(signum: int, frame: object) -> None:
        raise AssertionError("the batch hung: the parent blocked sending to a stuck worker")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(120)  # a failure rather than a hang if the parent blocks again
    try:
        got = list(batch.results(jobs, Options(timeout=0.5), workers=1))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [r.key for r in got] == ["stuck", "bulk.tar/m0.txt", "bulk.tar/m1.txt"]
    assert got[0].errors[0]["error_type"] == "TimeLimitError"
