"""Batch workers import the installed package whatever the current folder or how the parent started
(issue 15): a folder holding another ``extractor``, a script fed on stdin, a script without a
``__main__`` guard."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import SAMPLES

SAMPLE = SAMPLES / "qwest-kmc-mgs-amendment-1.txt"
BIN = Path(sys.executable).parent


def _decoy(folder: Path, kind: str = "package") -> None:
    """An unrelated ``extractor`` in the folder (a package or a module of that name), as a user's own
    project or a stray script would have; importing it instead of the installed package breaks."""
    if kind == "module":
        (folder / "extractor.py").write_text("DECOY = True\n")
    else:
        (folder / "extractor").mkdir()
        (folder / "extractor" / "__init__.py").write_text("DECOY = True\n")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    return env


@pytest.mark.parametrize("kind", ["package", "module"])
def test_cli_workers_ignore_an_extractor_in_the_current_folder(tmp_path: Path, kind: str) -> None:
    _decoy(tmp_path, kind)
    run = subprocess.run([str(BIN / "sec-exhibits"), "batch", str(SAMPLE), "--out", "out", "--workers", "1",
                          "--quiet"], cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert errors.empty, errors.to_dict("records")
    assert len(pd.read_csv(tmp_path / "out" / "documents.csv")) == 1


SCRIPT = f"""
import os, sys
sys.path = [p for p in sys.path if p not in ("", ".", os.getcwd())]  # the parent imports the installed package
import extractor
res = extractor.parse_many([{str(SAMPLE)!r}], workers=1, progress=False)
print("ROWS", len(res.documents), len(res.errors), list(res.errors["message"]))
"""


def _rows(out: str) -> str:
    return next((line for line in out.splitlines() if line.startswith("ROWS")), "")


@pytest.mark.parametrize("how", ["stdin", "unguarded-script"])
def test_parse_many_from_stdin_and_an_unguarded_script(tmp_path: Path, how: str) -> None:
    _decoy(tmp_path)
    if how == "stdin":
        cmd, stdin = [sys.executable, "-"], SCRIPT
    else:
        (tmp_path / "job.py").write_text(SCRIPT)
        cmd, stdin = [sys.executable, "job.py"], None
    run = subprocess.run(cmd, input=stdin, cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    # one result line: an unguarded script is not run again by the workers
    assert [line for line in run.stdout.splitlines() if line.startswith("ROWS")] == ["ROWS 1 0 []"], run.stdout


# -- file names that are not UTF-8 -----------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_file_name_that_is_not_utf8_is_escaped_and_the_batch_completes(tmp_path: Path, fmt: str) -> None:
    from extractor.output import cli

    src = tmp_path / "in"
    src.mkdir()
    data = SAMPLE.read_bytes()
    (src / "good.txt").write_bytes(data)
    with open(os.path.join(os.fsencode(src), b"caf\xe9.txt"), "wb") as fh:  # latin-1 name, as old archives hold
        fh.write(data)
    assert cli.main(["batch", str(src), "--out", str(tmp_path / "out"), "--workers", "0", "--quiet",
                     "--format", fmt]) == 0
    if fmt == "csv":
        ids = sorted(pd.read_csv(tmp_path / "out" / "documents.csv")["doc_id"])
        assert pd.read_csv(tmp_path / "out" / "errors.csv").empty
    else:
        ids = sorted(pd.read_json(tmp_path / "out" / "exhibits.jsonl", lines=True)["doc_id"])
    assert ids == ["caf\\xe9.txt", "good.txt"]  # the undecodable byte written as an escape, not lost


def test_parse_many_in_a_notebook_runs_workers_and_shows_progress(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat", reason="the test extra (nbformat) is not installed")
    nbclient = pytest.importorskip("nbclient", reason="the test extra (nbclient) is not installed")
    pytest.importorskip("ipykernel", reason="the test extra (ipykernel) is not installed")
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        "import extractor\n"
        f"res = extractor.parse_many([{str(SAMPLES)!r}], workers=1)\n"
        "print('ROWS', len(res.documents), len(res.errors))")]
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3", coalesce_streams=False,
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    streams: dict[str, str] = {}
    for o in nb.cells[0].outputs:
        if o.output_type == "stream":
            streams[o.name] = streams.get(o.name, "") + o.text
    n_docs = len(extractor_documents())
    assert f"ROWS {n_docs} 0" in streams.get("stdout", "")
    # a progress bar although the kernel's stderr is no terminal, with the inputs' total size
    assert "sec-exhibits: 100%" in streams.get("stderr", ""), streams


def extractor_documents() -> list[str]:
    import extractor

    return list(extractor.parse_many([SAMPLES], workers=0, progress=False).documents["doc_id"])
