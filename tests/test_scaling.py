"""No stage may grow faster than the text: 4x the text may cost a stage at most 6x the CPU time.

CPU time (not wall time), best of three, of each pipeline stage on real text at n and 4n
characters; stages too quick to time (under 20 ms at 4n) are not judged. Absolute speed lives in
``benchmarks/`` (``scaling.py`` prints the cost per MB per stage up to 64 MB).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import requires_corpus

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from scaling import distinct_text, flattened, stage_times  # noqa: E402

from extractor import pipeline  # noqa: E402

SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
MAX_RATIO = 6.0
MIN_SECONDS = 0.02


def _joined() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8").replace("\r\n", "\n") for p in SAMPLES)


class Growth(NamedTuple):
    name: str
    unit: Callable[[], str]  # the real text repeated to make an input


GROWTH = [
    Growth("samples joined", _joined),
    # text that lost its line breaks (CUAD): one line the size of the document
    Growth("one line", lambda: " ".join(_joined().split())),
    # pages of that one line, each with CUAD's glued footer ("...herein. 7Source: FILER, 10-K, date")
    Growth("glued footers", lambda: " ".join(_joined().split())[:3000] + " 7Source: QWEST CORP, 10-K, 4/1/2001 "),
    # pages of that one line with a signature block each: titles once searched to the text's end
    Growth("one-line signatures", lambda: " ".join(_joined().split())[-4000:]),
    # a signature page repeated: one block per page, as long exhibits with schedules have
    Growth("signature pages", lambda: _joined()[-6000:]),
]


def _grown(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _best_stage_times(text: str) -> dict[str, float]:
    """Each stage's best CPU time of three runs, the cyclic garbage collector paused (its full
    passes grow with the heap, not with the stage's work)."""
    best: dict[str, float] = {}
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            with stage_times() as spent:
                pipeline.build_exhibit(text, {"source": "<scaling>"})
            for stage, secs in spent.items():
                best[stage] = min(best.get(stage, float("inf")), secs)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("growth", GROWTH, ids=[g.name for g in GROWTH])
def test_every_stage_grows_at_most_linearly(growth: Growth) -> None:
    unit = growth.unit()
    small, big = _best_stage_times(_grown(unit, 250_000)), _best_stage_times(_grown(unit, 1_000_000))
    assert small.keys() == big.keys() and len(big) >= 10
    slow = {stage: round(big[stage] / max(small[stage], 1e-4), 1)
            for stage in big if big[stage] >= MIN_SECONDS and big[stage] > MAX_RATIO * small[stage]}
    assert not slow, f"stages more than {MAX_RATIO}x slower on 4x the text: {slow}"


@requires_corpus
def test_every_stage_grows_at_most_linearly_on_real_text_without_line_breaks() -> None:
    """Real agreements on one line (as some PDF and HTML extractions give them): a look back to a
    line's start, or a pattern's search for a required line break, runs to the text's start or end."""
    unit = flattened(distinct_text(250_000))
    test_every_stage_grows_at_most_linearly(Growth("corpus on one line", lambda: unit))
