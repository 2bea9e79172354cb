"""atheris fuzz target for ``extractor.parse``.

Any exception other than the project's own ``ExtractorError`` is a crash. Run by hand:

    .venv/bin/python fuzz/fuzz_parse.py -max_total_time=300 fuzz/corpus

Crashes it finds are saved as ``crash-*`` files: copy them to ``tests/fuzz_regressions/``,
where ``tests/test_fuzz.py`` parses each one on every test run.
"""

from __future__ import annotations

import sys

import atheris
import pandas  # noqa: F401  (imported first so that only the project's own code is instrumented)
import pyparsing  # noqa: F401
import regex  # noqa: F401

with atheris.instrument_imports():
    import extractor
    from extractor.model.errors import ExtractorError


def test_one_input(data: bytes) -> None:
    try:
        ex = extractor.parse(data, max_bytes=1 << 20)
    except ExtractorError:
        return
    for name, df in ex.tables().items():
        if "text" in df.columns:
            for r in df.itertuples():
                if ex.original[r.start : r.end] != r.text:
                    raise AssertionError(f"{name}: offsets do not round-trip at {r.start}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
