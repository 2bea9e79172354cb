"""Benchmark: the section tree of a ~500 KB agreement, and 1x vs 2x text (no quadratic behaviour).

The corpus holds no single 500 KB credit agreement, so the input is built by concatenating the
largest real agreements of ../shared/corpus (articles, sections, decimals, lettered items, tables
of contents), cut at a line break after ~500 KB ("1x"); "2x" is that text twice.

    python benchmarks/sections.py [--corpus DIR] [--size BYTES] [--repeat N]

Prints characters, CPU seconds (best of N, so a busy machine disturbs it less) and MB/s for the
layout stage, the sections stage (section tree and cross-references) and the amendments stage,
then the 2x/1x time ratio of each.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from extractor.grammars.text_index import TextIndex

from extractor.stages.amendments import find_amendments
from extractor.stages.header import Header
from extractor.stages.layout import find_layout
from extractor.stages.sections import find_sections
from extractor.stages.signatures import SignatureResult

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
NAMES = (
    "VerizonAbsLlc_20200123_8-K_EX-10.4_11952335_EX-10.4_Service Agreement.txt",
    "MANUFACTURERSSERVICESLTD_06_05_2000-EX-10.14-OUTSOURCING AGREEMENT.txt",
    "HarpoonTherapeuticsInc_20200312_10-K_EX-10.18_12051356_EX-10.18_Development Agreement.txt",
    "Array BioPharma Inc. - LICENSE, DEVELOPMENT AND COMMERCIALIZATION AGREEMENT.txt",
    "RevolutionMedicinesInc_20200117_S-1_EX-10.1_11948417_EX-10.1_Development Agreement.txt",
)


def build_text(corpus: Path, size: int) -> str:
    parts = []
    total = 0
    for name in NAMES:
        p = corpus / "cuad" / name
        if not p.exists():
            continue
        t = p.read_text(encoding="utf-8", errors="replace")
        parts.append(t)
        total += len(t)
        if total >= 2 * size:
            break
    text = "\n\n".join(parts)
    if len(text) < 2 * size:
        raise SystemExit(f"corpus too small for a {size} byte benchmark (found {len(text)} characters)")
    return text


def cut(text: str, size: int) -> str:
    nl = text.find("\n", size)
    return text[: nl + 1 if nl >= 0 else size]


def timed(fn, repeat: int) -> tuple[float, object]:  # noqa: ANN001
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.process_time()
        out = fn()
        best = min(best, time.process_time() - t0)
    return best, out


def run(text: str, repeat: int) -> dict[str, float]:
    sigs = SignatureResult((), ())
    t_layout, layout = timed(lambda: find_layout(text), repeat)
    t_sections, secs = timed(lambda: find_sections(layout, sigs, TextIndex(layout.view.text)), repeat)
    t_amend, _ = timed(lambda: find_amendments(layout, secs, [], Header()), repeat)
    n = len(secs.sections)
    print(
        f"  {len(text):>9,} chars  layout {t_layout:6.3f}s  sections {t_sections:6.3f}s "
        f"({len(text) / t_sections / 1e6:5.2f} MB/s, {n} sections, {len(secs.references)} references)  "
        f"amendments {t_amend:6.3f}s ({len(text) / t_amend / 1e6:5.2f} MB/s)"
    )
    return {"layout": t_layout, "sections": t_sections, "amendments": t_amend}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--size", type=int, default=500_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    text = build_text(a.corpus, a.size)
    one = cut(text, a.size)
    two = one + "\n\n" + one  # the same text twice: equal density, so the ratio shows the scaling
    print("1x:")
    r1 = run(one, a.repeat)
    print("2x:")
    r2 = run(two, a.repeat)
    print(
        "2x/1x time ratio: "
        + ", ".join(f"{k} {r2[k] / r1[k]:.2f}" for k in r1)
        + f"  (text ratio {len(two) / len(one):.2f})"
    )


if __name__ == "__main__":
    main()
