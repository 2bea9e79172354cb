"""``sec-exhibits parse --json`` formats its tables from column lists, without pandas: the JSON is
byte-identical to the one formatted from the DataFrames (the former code, kept here as the reference),
and a parse plus its JSON never imports pandas."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, SAMPLES, requires_corpus

import extractor
from extractor.output import export


def _json_from_frames(ex: Any) -> str:
    """The JSON as it was written from the DataFrames (``DataFrame.to_dict``, then plain values)."""
    def rows(df: Any) -> list[dict[str, Any]]:
        return [{str(k): export.to_jsonable(v) for k, v in row.items()} for row in df.to_dict(orient="records")]

    doc = {
        "meta": {k: export.to_jsonable(v) for k, v in ex.meta.items()},
        "body": ex.body,
        "tables": {name: rows(df) for name, df in ex.tables().items()},
    }
    return json.dumps(doc, ensure_ascii=False, indent=1)


def _float_cells(text: str) -> int:
    """Non-missing float cells (term_quantity, durations' quantity): the cast a DataFrame made."""
    tables = json.loads(text)["tables"]
    return sum(isinstance(v, float) for rows in tables.values() for row in rows for v in row.values())


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_json_equals_frames_json_on_samples(path: Path) -> None:
    for ex in extractor.parse_submission(path):
        assert export.exhibit_json(ex) == _json_from_frames(ex)


@requires_corpus
def test_json_equals_frames_json_on_corpus() -> None:
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".txt", ".htm", ".html"))
    floats = 0
    for path in files[::40]:  # a spread of every folder (~33 documents)
        for ex in extractor.parse_submission(path):
            new = export.exhibit_json(ex)
            assert new == _json_from_frames(ex), path
            floats += _float_cells(new)
    assert floats > 0  # the Float64 cast was exercised


def test_parse_and_json_do_not_import_pandas(tmp_path: Path) -> None:
    doc = tmp_path / "small.txt"
    doc.write_text((SAMPLES / "qwest-kmc-mgs-amendment-1.txt").read_text(encoding="utf-8"), encoding="utf-8")
    code = (
        "import sys\n"
        "from extractor.output.cli import main\n"
        f"sys.argv = ['sec-exhibits', 'parse', {str(doc)!r}, '--json']\n"
        "rc = main()\n"
        "print('pandas' in sys.modules, 'numpy' in sys.modules, rc, file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["tables"]["parties"]  # the JSON was written, with the parties
    assert out.stderr.split() == ["False", "False", "0"]


def test_library_parse_does_not_import_pandas() -> None:
    code = (
        "import sys, extractor\n"
        "ex = extractor.parse('AMENDMENT NO. 1\\n\\nThis Amendment is made on May 1, 2001 '\n"
        "                     'between Acme Inc. and Beta LLC.\\n')\n"
        "print(ex.n_rows('dates'), 'pandas' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "False"]  # the date was found, and pandas never loaded
