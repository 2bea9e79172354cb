"""Throughput of the header, parties, dates/durations and defined-terms stages (MB/s), each alone.

Usage: python benchmarks/header_parties_dates.py [FOLDER_OR_FILE ...] [--limit N] [--repeat R]

Defaults to ../shared/corpus/cuad (777 real contracts). The layout stage runs first
and is not counted; each stage's figure is characters of view text it scanned per
second of its own time (best of R runs per document). A script that prints, not a test.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.grammars.text_index import TextIndex  # noqa: E402

from extractor.io.reader import read  # noqa: E402
from extractor.stages.dates import find_dates  # noqa: E402
from extractor.stages.header import find_header  # noqa: E402
from extractor.stages.layout import find_layout  # noqa: E402
from extractor.stages.parties import find_parties  # noqa: E402
from extractor.stages.signatures import SignatureResult  # noqa: E402
from extractor.stages.terms import find_defined_terms  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "cuad"


def files(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p]
    return out


def best(fn, repeat: int) -> float:
    t = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        t = min(t, time.perf_counter() - t0)
    return t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(DEFAULT)])
    ap.add_argument("--limit", type=int, default=0, help="only the first N files")
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    docs = files(a.paths)
    if a.limit:
        docs = docs[: a.limit]
    if not docs:
        print("no input files (is ../shared/corpus beside this checkout?)")
        return 1
    sigs = SignatureResult((), ())
    chars = 0
    totals = {"header": 0.0, "parties": 0.0, "dates+durations": 0.0, "defined_terms": 0.0}
    for path in docs:
        layout = find_layout(read(path).text)
        chars += len(layout.view.text)
        header = find_header(layout)
        runs = {
            "header": lambda lay=layout: find_header(lay),
            "parties": lambda lay=layout, h=header: find_parties(lay, h, sigs, TextIndex(lay.view.text)),
            "dates+durations": lambda lay=layout, h=header: find_dates(lay, h, sigs, TextIndex(lay.view.text)),
            "defined_terms": lambda lay=layout: find_defined_terms(lay),
        }
        for name, fn in runs.items():
            totals[name] += best(fn, a.repeat)
    mb = chars / 1e6
    print(f"{len(docs)} documents, {mb:.1f} MB of body text")
    for name, secs in totals.items():
        print(f"{name:16s} {mb / secs:8.2f} MB/s  ({secs:.2f} s)")
    all_secs = sum(totals.values())
    print(f"{'all four':16s} {mb / all_secs:8.2f} MB/s  ({all_secs:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
