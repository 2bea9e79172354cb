"""`sec-exhibits batch` as a data team meets it (issue 15): exit codes that say when nothing was
produced, refusing to clobber, a full disk, choosing tables and columns, removing the chunks."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import SAMPLES

from extractor.model import schema
from extractor.output import cli

SAMPLE = SAMPLES / "qwest-kmc-mgs-amendment-1.txt"


def batch(*args: str) -> int:
    return cli.main(["batch", *args, "--workers", "0"])


@pytest.mark.parametrize("case", ["every-input-failed", "missing-path", "empty-glob"])
def test_nothing_produced_exits_non_zero_and_names_the_first_errors(tmp_path: Path, case: str,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    if case == "every-input-failed":
        (tmp_path / "in").mkdir()
        (tmp_path / "in" / "empty.txt").write_bytes(b"")
        (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01" * 50)
        arg = str(tmp_path / "in")
    elif case == "missing-path":
        arg = str(tmp_path / "no-such-file.txt")
    else:
        arg = str(tmp_path / "*.nothing")
    assert batch(arg, "--out", str(tmp_path / "out"), "--quiet") == cli.EXIT_NOTHING
    line = capsys.readouterr().err.strip()
    assert line.startswith("sec-exhibits: nothing produced: ") and "\n" not in line  # said even with --quiet
    if case == "every-input-failed":
        assert "binary.txt: InputError" in line and "empty.txt: InputError" in line
    elif case == "missing-path":
        assert "no-such-file.txt: InputError" in line
    else:
        assert "no input file found" in line


def test_one_good_input_exits_0_and_fail_on_error_still_exits_1(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    shutil.copy(SAMPLE, tmp_path / "in")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    assert batch(str(tmp_path / "in"), "--out", str(tmp_path / "a"), "--quiet") == 0
    assert batch(str(tmp_path / "in"), "--out", str(tmp_path / "b"), "--quiet", "--fail-on-error") == 1


def test_out_naming_a_file_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "taken").write_text("x")
    assert batch(str(SAMPLE), "--out", str(tmp_path / "taken")) == cli.EXIT_USAGE
    assert "is a file, not a folder" in capsys.readouterr().err
    assert (tmp_path / "taken").read_text() == "x"


def test_another_runs_output_is_refused_unless_overwrite_or_resume(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert batch(str(SAMPLE), "--out", str(out), "--quiet") == 0
    before = (out / "documents.csv").read_bytes()
    assert batch(str(SAMPLES), "--out", str(out), "--quiet") == cli.EXIT_USAGE
    assert "--overwrite" in capsys.readouterr().err
    assert (out / "documents.csv").read_bytes() == before
    assert batch(str(SAMPLES), "--out", str(out), "--quiet", "--overwrite") == 0
    assert len(pd.read_csv(out / "documents.csv")) > 1
    empty = tmp_path / "empty"
    empty.mkdir()  # an empty folder is no other run's output
    assert batch(str(SAMPLE), "--out", str(empty), "--quiet") == 0


def test_chunks_are_removed_after_success_unless_keep_parts(tmp_path: Path) -> None:
    assert batch(str(SAMPLE), "--out", str(tmp_path / "a"), "--quiet") == 0
    assert not (tmp_path / "a" / ".parts").exists()
    assert batch(str(SAMPLE), "--out", str(tmp_path / "b"), "--quiet", "--keep-parts") == 0
    assert list((tmp_path / "b" / ".parts").glob("chunk-*"))


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_tables_and_no_text_choose_what_is_written(tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / "out"
    assert batch(str(SAMPLES), "--out", str(out), "--quiet", "--tables", "parties,dates", "--no-text",
                 "--format", fmt) == 0
    if fmt == "jsonl":
        doc = pd.read_json(out / "exhibits.jsonl", lines=True).iloc[0].to_dict()
        assert set(doc) == {"doc_id", "documents", "parties", "dates"}
        assert doc["parties"] and all("text" not in row for row in doc["parties"])
        return
    written = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))  # not the .lock
    # links comes with the parties and dates it is made from
    assert written == sorted(f"{n}.{fmt}" for n in ("documents", "parties", "dates", "errors", "links"))
    parties = pd.read_csv(out / "parties.csv") if fmt == "csv" else pd.read_parquet(out / "parties.parquet")
    assert list(parties.columns) == ["doc_id", *(c for c in schema.TABLES["parties"] if c != "text")]
    assert len(parties) > 0


def test_an_unknown_table_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert batch(str(SAMPLE), "--out", str(tmp_path / "o"), "--tables", "parties,bogus") == cli.EXIT_USAGE
    assert "bogus" in capsys.readouterr().err


# -- a full disk -----------------------------------------------------------------------------------
# RLIMIT_FSIZE caps the size of any one file the process writes: past it write() fails (EFBIG, with
# SIGXFSZ ignored) as it would on a full disk (ENOSPC). Chunks of one input stay under the cap; the
# final tables, which hold every input, do not.
LIMITED = """
import resource, signal, sys
from extractor.output import cli, export
export.CHUNK_DOCS = 1
limit = int(sys.argv[1])
if limit:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.exit(cli.main(["batch", *sys.argv[2:], "--workers", "0", "--quiet"]))
"""


def _limited(limit: int, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", LIMITED, str(limit), *args], capture_output=True, text=True,
                          timeout=300)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE semantics are Linux's here")
def test_a_full_disk_is_one_line_keeps_what_was_saved_and_resume_finishes(tmp_path: Path) -> None:
    src, out, ref = tmp_path / "in", tmp_path / "out", tmp_path / "ref"
    src.mkdir()
    for n in ("a", "b", "c"):  # three inputs, each as large as the previous run's one
        shutil.copy(SAMPLE, src / f"{n}.txt")
    assert _limited(0, str(src), "--out", str(ref)).returncode == 0
    first = _limited(0, str(SAMPLE), "--out", str(out))  # a previous run's tables
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    limit = max(p.stat().st_size for p in out.glob("*.csv")) + 2000  # room for one input's chunk, not all
    full = _limited(limit, str(src), "--out", str(out), "--overwrite")
    assert full.returncode == cli.EXIT_WRITE
    assert full.stderr.count("\n") == 1 and "Traceback" not in full.stderr, full.stderr
    assert full.stderr.startswith("sec-exhibits: error: cannot write") and "--resume" in full.stderr
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == before  # the previous tables intact
    assert list((out / ".parts").glob("chunk-*")), "the committed chunks are kept"
    assert not list(out.glob(".*.csv*")) and not list((out / ".parts").glob(".tmp-*"))
    again = _limited(0, str(src), "--out", str(out), "--resume")  # space freed
    assert again.returncode == 0, again.stderr
    for name in schema.TABLES:
        assert (out / f"{name}.csv").read_bytes() == (ref / f"{name}.csv").read_bytes(), name


def test_a_types_filter_that_matches_nothing_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sub = SAMPLES / "submission-0000950129-95-001652.txt"
    assert batch(str(sub), "--out", str(tmp_path / "o"), "--quiet", "--types", "EX-10*") == cli.EXIT_NOTHING
    assert "no document in the inputs matched --types" in capsys.readouterr().err


class _TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("enabled", [True, False])
def test_progress_has_a_known_total_taken_only_when_shown(enabled: bool) -> None:
    from extractor.run.batch import JobResult
    from extractor.run.progress import Progress

    asked = []
    stream = _TTY()
    with Progress(enabled=enabled, stream=stream, total=lambda: asked.append(1) or 3000) as bar:
        list(bar.track([JobResult("a", n_docs=1, size=1000), JobResult("b", n_docs=2, size=2000)]))
    assert asked == ([1] if enabled else [])
    out = stream.getvalue()
    assert ("100%" in out and "3.00k/3.00k" in out and "docs=3" in out) if enabled else out == ""


def test_schema_piped_into_head_ends_quietly() -> None:
    run = subprocess.run(f"{sys.executable} -m extractor schema | head -1", shell=True, capture_output=True,
                         text=True, timeout=60)
    assert run.stdout == "{\n" and "Traceback" not in run.stderr, run.stderr
