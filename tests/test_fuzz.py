"""Fuzzing in CI: a bounded atheris run over ``extractor.parse``, and saved crashes as regressions."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import extractor
from extractor.model.errors import ExtractorError

ROOT = Path(__file__).resolve().parent.parent
REGRESSIONS = sorted((Path(__file__).parent / "fuzz_regressions").glob("*"))
FUZZ_SECONDS = int(os.environ.get("SEC_EXHIBITS_FUZZ_SECONDS", "25"))


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda p: p.name)
def test_fuzz_regression(path: Path) -> None:
    try:
        ex = extractor.parse(path.read_bytes())
    except ExtractorError:
        return
    for name, df in ex.tables().items():
        if "text" in df.columns:
            assert all(ex.original[r.start : r.end] == r.text for r in df.itertuples()), name


def test_bounded_fuzz_run(tmp_path: Path) -> None:
    pytest.importorskip("atheris", reason="atheris is not installed (Linux x86_64, Python < 3.12 only)")
    seeds = tmp_path / "corpus"
    seeds.mkdir()
    for i, p in enumerate(sorted((ROOT / "samples").glob("*.txt"))):
        (seeds / f"seed{i}").write_bytes(p.read_bytes()[:4000])
    proc = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "fuzz_parse.py"), f"-max_total_time={FUZZ_SECONDS}",
         "-max_len=4096", "-rss_limit_mb=2048", f"-artifact_prefix={tmp_path}/", str(seeds)],
        capture_output=True, text=True, timeout=FUZZ_SECONDS + 120,
    )
    crashes = list(tmp_path.glob("crash-*")) + list(tmp_path.glob("timeout-*"))
    assert proc.returncode == 0 and not crashes, proc.stderr[-3000:]
