"""Fuzzing in CI: a bounded atheris run over ``extractor.parse``, and saved crashes as regressions."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fuzz"))
from checks import check  # noqa: E402  (fuzz/ is no package: the target runs as a script)

REGRESSIONS = sorted(p for p in (Path(__file__).parent / "fuzz_regressions").glob("*") if p.suffix != ".md")
FUZZ_SECONDS = int(os.environ.get("SEC_EXHIBITS_FUZZ_SECONDS", "25"))
# one seed: each run tries the same mutations in the same order (how far it gets depends on the machine's
# speed); `make fuzz` explores, and what it finds is kept in tests/fuzz_regressions
FUZZ_SEED = int(os.environ.get("SEC_EXHIBITS_FUZZ_SEED", "1"))


def test_there_are_regression_inputs() -> None:
    assert len(REGRESSIONS) >= 2


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda p: p.name)
def test_fuzz_regression(path: Path) -> None:
    """The fuzz target's own check (offsets of every row and inner pair round-trip) on a saved input."""
    check(path.read_bytes())


def test_bounded_fuzz_run(tmp_path: Path) -> None:
    pytest.importorskip("atheris", reason="atheris is not installed (Linux x86_64, Python < 3.12 only)")
    seeds = tmp_path / "corpus"
    seeds.mkdir()
    for p in sorted((ROOT / "fuzz" / "seeds").glob("[0-9]*")):
        (seeds / p.name).write_bytes(p.read_bytes())
    proc = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "fuzz_parse.py"), f"-max_total_time={FUZZ_SECONDS}", f"-seed={FUZZ_SEED}",
         "-max_len=4096", "-rss_limit_mb=2048", f"-artifact_prefix={tmp_path}/", str(seeds)],
        capture_output=True, text=True, timeout=FUZZ_SECONDS + 120,
    )
    crashes = list(tmp_path.glob("crash-*")) + list(tmp_path.glob("timeout-*"))
    assert proc.returncode == 0 and not crashes, proc.stderr[-3000:]
