"""The README's Python API example runs as written (issue 15: it once used an undefined ``base``)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

from extractor.output import cli


def _api_block() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_readme_api_example_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("dask", reason="the example uses the dask extra (pip install '.[dask]')")
    (tmp_path / "samples").symlink_to(SAMPLES)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["batch", "samples", "--out", "out", "--quiet"]) == 0
    scope: dict = {}
    exec(compile(_api_block(), "README.md", "exec"), scope)  # noqa: S102 - the documented example itself
    assert (tmp_path / "qwest.html").is_file()
    assert scope["docs"][0].documents["filing_date"].tolist() == ["1995-12-28"]
    assert len(scope["parties"].compute()) == len(scope["corpus"].parties)
    assert set(scope["tables"]) >= {"documents", "parties", "errors"}
    assert os.path.samefile(Path.cwd(), tmp_path)
