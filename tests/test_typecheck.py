"""mypy sees ``extractor.grammars`` (shipped from grammars/ by a package-dir mapping) with its real
types, not as Any: a stage's misuse of a grammar function is a type error."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed (the test extra has it)")
def test_mypy_reads_the_grammars_types_through_the_package(tmp_path: Path) -> None:
    code = (
        "from extractor.grammars.text_index import TextIndex\n"
        "from extractor.grammars import durations\n"
        "low: bytes = TextIndex('a').lowered\n"  # str | None, not bytes
        "spans: list[str] = durations.find_candidates(TextIndex('a'))\n"  # list[tuple[int, int]]
    )
    snippet = tmp_path / "uses_grammars.py"
    snippet.write_text(code, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
                          "--cache-dir", str(tmp_path / "cache"), str(snippet)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1, run.stdout + run.stderr
    assert 'expression has type "str | None", variable has type "bytes"' in run.stdout
    assert 'expression has type "list[tuple[int, int]]", variable has type "list[str]"' in run.stdout
