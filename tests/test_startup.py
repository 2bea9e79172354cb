"""What ``sec-exhibits parse FILE --json`` loads (issue 17: a small exhibit's run is mostly start-up).

Checked in a fresh interpreter by module, not by time: the command loads the stages it runs and
nothing only a batch needs (worker processes, archives, chunk files, the progress bar, pandas),
and importing the command builds no grammar until a command runs the pipeline."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SAMPLES

# modules only `sec-exhibits batch` uses, with what they bring in
BATCH_ONLY = ("extractor.run.batch", "extractor.run.progress", "extractor.io.sources", "extractor.output.chunks",
              "multiprocessing", "tarfile", "pandas")
# grammar modules a parse builds (pyparsing elements, compiled patterns): loaded with the pipeline
GRAMMARS = ("extractor.pipeline", "extractor.grammars.dates", "extractor.grammars.parties",
            "extractor.grammars.amendments", "extractor.grammars.contract_terms", "extractor.grammars.sections")


def _loaded(code: str, names: tuple[str, ...]) -> tuple[str, list[str]]:
    """(stdout of ``code`` run in a fresh interpreter, which of ``names`` it had loaded at the end)."""
    probe = f"{code}\nimport sys\nprint(sorted(n for n in {names!r} if n in sys.modules), file=sys.stderr)\n"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout, json.loads(out.stderr.strip().replace("'", '"'))


def test_parse_json_loads_no_batch_module() -> None:
    sample = SAMPLES / "qwest-kmc-mgs-amendment-1.txt"
    stdout, loaded = _loaded(f"from extractor.output.cli import main\nmain(['parse', {str(sample)!r}, '--json'])",
                             BATCH_ONLY + GRAMMARS)
    assert json.loads(stdout)["tables"]["parties"]  # the parse ran, through the grammars
    assert loaded == sorted(GRAMMARS)


def test_importing_the_command_builds_no_grammar() -> None:
    _, loaded = _loaded("import extractor.output.cli", BATCH_ONLY + GRAMMARS)
    assert loaded == []
