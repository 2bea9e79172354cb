"""Throughput of the redaction and signature stages (MB/s), on real corpus text and on ~1 MB of
adversarial text (asterisk runs, unclosed brackets, "By:" lines).

Run: python benchmarks/redactions_signatures.py

The layout stage runs first and is not timed; only ``find_redactions`` and ``find_signatures`` are.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from extractor.stages.layout import find_layout
from extractor.stages.redactions import find_redactions
from extractor.stages.signatures import find_signatures

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"

PIECES = [
    "*" * 60, "***", "* * *", "*****", "[***]", "[", "[TEXT   ", "\n     DELETED]", "{*****", "[* * *",
    "*** Confidential treatment has been requested", "By: /s/ Jane Doe", "By:_____________", "By:",
    "Name: Jane Doe", "Title:", "ACME CORPORATION", "By: ACME GP, LLC, its general partner",
    " ", "   ", "\n", "word", "$", "(", ")", '"[***]"', "as indicated by",
]


def stress_text(size: int = 1_000_000, seed: int = 7) -> str:
    """About ``size`` characters of markers, brackets and signature labels in random order."""
    rnd = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < size:
        p = rnd.choice(PIECES)
        out.append(p)
        n += len(p)
    return "".join(out)


def _time(texts: list[str]) -> tuple[float, float, int]:
    layouts = [find_layout(t) for t in texts]
    mb = sum(len(t) for t in texts) / 1e6
    t0 = time.perf_counter()
    for lay in layouts:
        find_redactions(lay)
    t1 = time.perf_counter()
    for lay in layouts:
        find_signatures(lay)
    t2 = time.perf_counter()
    return mb / (t1 - t0), mb / (t2 - t1), int(mb * 1e6)


def main() -> int:
    cases: dict[str, list[str]] = {
        "stress (1 MB, one line)": [stress_text().replace("\n", " ")],
        "stress (1 MB, lines)": [stress_text()],
    }
    if CORPUS.is_dir():
        files = sorted((CORPUS / "cuad").glob("*.txt"))[:200] + sorted((CORPUS / "edgar-raw").glob("*.txt"))
        texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
        cases[f"corpus ({len(files)} files)"] = texts
    else:
        print("../shared/corpus not found: corpus timing skipped", file=sys.stderr)
    print(f"{'input':28s} {'chars':>10s} {'redactions MB/s':>16s} {'signatures MB/s':>16s}")
    for name, texts in cases.items():
        red, sig, n = _time(texts)
        print(f"{name:28s} {n:10d} {red:16.1f} {sig:16.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
