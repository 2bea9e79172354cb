"""Exactly once under every interruption: resume keys that round-trip any name, one writer per
folder, Ctrl-C at any line of the writer, and a publish that is all-or-nothing."""

from __future__ import annotations

import csv
import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from extractor.io import sources
from extractor.model.errors import InputError
from extractor.output import chunks, export, loader
from extractor.output.cli import main
from extractor.run import batch
from extractor.run.batch import Options

AGREEMENT = "AGREEMENT\n\nThis Agreement is made by Acme Corp. and Beta LLC on March 1, 2001.\n"


def _inputs(folder: Path, names: list[str]) -> Path:
    folder.mkdir()
    for i, name in enumerate(names):
        (folder / name).write_text(AGREEMENT.replace("Acme", f"Acme{i}"), encoding="utf-8")
    return folder


def _doc_ids(out: Path) -> list[str]:
    with (out / "documents.csv").open(encoding="utf-8", newline="") as fh:
        return [row["doc_id"] for row in csv.DictReader(fh)]


@pytest.mark.skipif(sys.platform == "win32", reason="these names are not valid on Windows")
def test_resume_keys_round_trip_names_with_line_breaks(tmp_path: Path) -> None:
    """The resume list was split with splitlines(): names holding \\n, \\x0b, \\x85 or \\u2028 never
    matched, so each --resume parsed them again and added another copy."""
    names = ["plain.txt", "new\nline.txt", "vt\x0b.txt", "nel\x85.txt", "ls\u2028.txt"]
    src = _inputs(tmp_path / "in", names)
    out = tmp_path / "out"
    args = ["batch", str(src), "--out", str(out), "--quiet", "--workers", "0", "--keep-parts"]
    assert main(args) == 0
    assert main([*args, "--resume"]) == 0
    assert main([*args, "--resume"]) == 0
    ids = _doc_ids(out)
    assert sorted(ids) == sorted(names)


def test_resume_keys_on_the_input_not_the_doc_id(tmp_path: Path) -> None:
    """a.txt and a.txt.gz got one doc_id, and --resume skipped the second as done."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(AGREEMENT)
    import gzip

    (src / "a.txt.gz").write_bytes(gzip.compress(AGREEMENT.replace("Acme", "Gamma").encode()))
    out = tmp_path / "out"
    writer = chunks.ChunkWriter(out, chunk_docs=1)
    jobs = list(sources.expand([src]))
    writer.add(next(batch.results(jobs[:1], Options(), workers=0)))
    writer.release()  # stopped after the first input
    writer = chunks.ChunkWriter(out, resume=True, chunk_docs=1)
    assert writer.done == {sources.input_id(jobs[0])}
    for res in batch.results(jobs, Options(), workers=0, skip=frozenset(writer.done)):
        writer.add(res)
    writer.close()
    assert sorted(_doc_ids(out)) == ["a.txt", "a.txt~2"]


def test_a_second_batch_into_the_same_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """Two batches into one --out mixed their rows (350 of 948 from the other run)."""
    src = _inputs(tmp_path / "in", ["a.txt", "b.txt"])
    out = tmp_path / "out"
    first = chunks.ChunkWriter(out)  # a batch that is still running
    code = main(["batch", str(src), "--out", str(out), "--quiet", "--workers", "0", "--overwrite"])
    assert code != 0
    assert "another batch is writing" in capsys.readouterr().err
    first.release()
    assert main(["batch", str(src), "--out", str(out), "--quiet", "--workers", "0", "--overwrite"]) == 0
    assert sorted(_doc_ids(out)) == ["a.txt", "b.txt"]


def _interrupt_at_line(n: int) -> Callable[..., Any]:
    """A trace function that sends this process SIGINT at the n-th line run in chunks.py."""
    seen = 0
    target = chunks.__file__

    def local(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal seen
        if event == "line":
            seen += 1
            if seen == n:
                os.kill(os.getpid(), signal.SIGINT)
        return local

    def in_finaliser(frame: FrameType | None) -> bool:
        while frame is not None:
            if frame.f_code.co_name == "__del__":
                return True
            frame = frame.f_back
        return False

    def glob(frame: FrameType, event: str, arg: object) -> Any:
        # not a finaliser's lines, nor those of what it calls: Python ignores (and prints) an interrupt
        # inside ``__del__``
        return local if frame.f_code.co_filename == target and not in_finaliser(frame) else None

    return glob


def test_ctrl_c_at_any_line_of_the_writer_keeps_every_document_once(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C inside ChunkWriter.add after the rows were buffered and before the key was recorded
    wrote a document twice; inside flush it ended in an OSError traceback. The interrupt lands at
    every line the writer runs in turn; the CLI's own handling then saves what it has, and a
    --resume finishes: each document exactly once."""
    names = [f"doc{i}.txt" for i in range(3)]
    src = _inputs(tmp_path / "in", names)
    args = ["batch", str(src), "--quiet", "--workers", "0"]
    # each input parsed once: the runs below exercise the writer, not the stages (and the trace
    # function, called on every Python call, would make the stages slow)
    parsed = {j.key: batch.run_job(j, Options(render="csv")) for j in sources.expand([src])}
    monkeypatch.setattr(batch, "run_job", lambda job, opts=None: parsed[job.key])
    lines_run = 0
    n = 1
    while True:
        out = tmp_path / f"out{n}"
        sys.settrace(_interrupt_at_line(n))
        try:
            first = main([*args, "--out", str(out)])
        finally:
            sys.settrace(None)
        if first == 0:  # n passed the last line the writer runs: every line has been tried
            lines_run = n - 1
            break
        assert first == 130, n
        assert main([*args, "--out", str(out), "--resume"]) == 0, n
        ids = _doc_ids(out)
        assert sorted(ids) == names, (n, ids)
        n += 1
    assert lines_run > 50  # the writer's add, flush, chunk and publish lines were all reached


def test_an_interrupted_publish_is_finished_by_the_next_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables were published one by one: stopped half-way, the folder mixed a new documents.csv with
    the old other tables, and a .sections.csv.XXXX temporary stayed forever."""
    src = _inputs(tmp_path / "in", ["a.txt"])
    out = tmp_path / "out"
    assert main(["batch", str(src), "--out", str(out), "--quiet", "--workers", "0"]) == 0
    (src / "b.txt").write_text(AGREEMENT.replace("Acme", "Delta"))
    real_publish = chunks.publish
    calls = 0

    def stop_after_two(tmp: Path, target: Path) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        real_publish(tmp, target)

    monkeypatch.setattr(chunks, "publish", stop_after_two)
    assert main(["batch", str(src), "--out", str(out), "--quiet", "--workers", "0", "--overwrite"]) == 130
    monkeypatch.setattr(chunks, "publish", real_publish)
    assert (out / chunks.JOURNAL).exists()
    with pytest.raises(InputError, match="stopped while publishing"):
        loader.read_output(out)
    (out / ".sections.csv.stray1").write_text("left by a run killed while building its tables")
    # the next writer on the folder finishes the publish before anything else, and sweeps strays
    chunks.ChunkWriter(out, resume=True).release()
    assert not (out / chunks.JOURNAL).exists() and not (out / ".sections.csv.stray1").exists()
    tables = loader.read_output(out)
    for name in ("documents", "pages", "dates"):
        assert sorted(set(tables[name]["doc_id"])) == ["a.txt", "b.txt"], name


def test_published_tables_are_listed_in_the_journal_before_any_rename(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    real_publish = chunks.publish

    def check(tmp: Path, target: Path) -> None:
        journal = json.loads((target.parent / chunks.JOURNAL).read_text())
        seen.append([tmp.name, target.name] in journal)
        real_publish(tmp, target)

    monkeypatch.setattr(chunks, "publish", check)
    writer = chunks.ChunkWriter(tmp_path / "out")
    writer.add(batch.run_job(sources.Job("x.txt", "samples/qwest-kmc-mgs-amendment-1.txt")))
    written = writer.close()
    assert seen and all(seen) and len(seen) == len(written) == len(export.output_names("csv"))
