"""atheris fuzz target for ``extractor.parse`` (the whole pipeline, every table).

Any exception other than the project's own ``ExtractorError`` is a crash, and so is a row whose
offsets do not give back its text. Run by hand (``make fuzz`` runs it for 10 minutes):

    .venv/bin/python fuzz/fuzz_parse.py -max_total_time=600 -max_len=8192 fuzz/work fuzz/seeds

``fuzz/seeds/`` holds slices of real exhibits from the shared corpus (``SOURCES.tsv`` names them).
Crashes are saved as ``crash-*`` files: copy each to ``tests/fuzz_regressions/``, where
``tests/test_fuzz.py`` parses it on every test run.
"""

from __future__ import annotations

import sys

import atheris
import lxml.html  # noqa: F401  (third-party code imported first: only the project's own is instrumented)
import pandas  # noqa: F401
import pyparsing  # noqa: F401
import regex  # noqa: F401

with atheris.instrument_imports(include=["extractor", "checks"]):
    # the pipeline itself (through checks), not the lazy ``extractor.parse`` name: the stages and
    # grammars load here, inside the instrumented block, or the fuzzer sees no coverage in them
    from checks import check


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
