"""Cost per MB of each stage as one document grows: every stage must stay linear.

    python benchmarks/scaling.py [--sizes 0.25,1,4,16,64] [--kinds distinct,repeated] [--same-text 16]

Builds one document per size from real text: ``distinct`` joins different corpus agreements
(../shared/corpus) until the size is reached, ``repeated`` repeats one sample exhibit. Each is
parsed once, in a fresh Python process of its own (so no measurement finds caches another one
filled), with every ``find_*`` stage of ``extractor.pipeline`` timed in CPU seconds; the table gives
CPU seconds per MB per stage at each size and the ratio of the largest size's cost per MB to the
cost at 1 MB (the target: at most 1.3).

``--gc frozen`` is a diagnostic: before each stage it collects and freezes every object alive
(``gc.freeze``, in this benchmark's own process only), so a stage is charged for the collector's
work on the objects it makes itself, not for a full collection over the earlier stages' objects
that happens to fall due while it runs. The whole parse is then also timed that way; the default
(``--gc normal``) is what a user's process sees.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor import pipeline  # noqa: E402

MB = 1_000_000
CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLE = ROOT / "samples" / "qwest-kmc-mgs-amendment-1.txt"


@contextmanager
def stage_times(freeze: bool = False) -> Iterator[dict[str, float]]:
    """CPU seconds per pipeline stage (each ``find_*`` the pipeline calls, and the table join)
    while the block runs; the pipeline's own functions are restored after it. ``freeze``: collect
    and freeze the objects alive before each stage, outside its timing (see the module's notes)."""
    spent: dict[str, float] = {}

    def timed(name: str, fn: Callable) -> Callable:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            if freeze:
                gc.collect()
                gc.freeze()
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - t0
        return wrapper

    names = [n for n in dir(pipeline) if n.startswith("find_") or n == "with_sections"]
    saved = {n: getattr(pipeline, n) for n in names}
    for n, fn in saved.items():
        setattr(pipeline, n, timed(n.removeprefix("find_"), fn))
    try:
        yield spent
    finally:
        for n, fn in saved.items():
            setattr(pipeline, n, fn)


def distinct_text(size: int) -> str:
    """Different real agreements joined until ``size`` characters (cut at a line end)."""
    return "".join(distinct_pieces(size, size))


def distinct_pieces(size: int, piece: int) -> list[str]:
    """``distinct_text(size)`` cut into pieces of about ``piece`` characters, each cut where one
    agreement ends and the next begins (the last piece ends where the whole text does): the same
    text as one document and as several, so a stage's cost per MB can be compared on one content."""
    parts: list[str] = []
    total = 0
    folders = ("cuad", "contracts-ex10", "edgar-exhibits", "edgar-amendments")
    for path in sorted(p for f in folders for p in (CORPUS / f).glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        parts.append(text)
        total += len(text) + 2
        if total >= size:
            break
    joined = "\n\n".join(parts)
    if len(joined) < size:
        raise SystemExit(f"the corpus holds only {len(joined)} characters; largest size is too large")
    whole = joined[: joined.rfind("\n", 0, size) + 1]
    joins, at = [], 0  # where each agreement after the first begins
    for text in parts[:-1]:
        at += len(text) + 2
        joins.append(at)
    pieces: list[str] = []
    start = 0
    for join in [*joins, len(whole)]:
        if join >= len(whole) or join - start >= piece:
            pieces.append(whole[start:min(join, len(whole))])
            start = join
        if start >= len(whole):
            break
    return pieces


def repeated_text(size: int) -> str:
    one = SAMPLE.read_text(encoding="utf-8").replace("\r\n", "\n")
    return (one * (size // len(one) + 1))[:size]


def profile(*texts: str, freeze: bool = False) -> dict[str, float]:
    """CPU seconds per stage to parse each text as one document (summed over the texts)."""
    with stage_times(freeze) as spent:
        t0 = time.process_time()
        for text in texts:
            pipeline.build_exhibit(text, {"source": "<scaling>"})
        spent["(whole parse)"] = time.process_time() - t0
    if freeze:  # the whole parse less the collections the benchmark itself asked for
        spent["(whole parse)"] = sum(v for k, v in spent.items() if k != "(whole parse)")
    return spent


GC_MODE = "normal"


def measured(kind: str, size: float) -> dict[str, float]:
    """``profile`` of one text (kind ``distinct``, ``repeated`` or ``pieces``: the distinct text in
    1 MB pieces) of ``size`` MB, run in a fresh interpreter: the parse of one size must not find the
    memos a parse of another filled (the pieces of a text the whole of it had, or the other way)."""
    out = subprocess.run([sys.executable, __file__, "--gc", GC_MODE, "--child", kind, str(size)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def _child(kind: str, size: float, freeze: bool) -> dict[str, float]:
    # a stage imports numpy on a document with many names: a once-per-process cost, not the stage's
    import numpy  # noqa: F401
    n = int(size * MB)
    if kind == "pieces":
        return profile(*distinct_pieces(n, MB), freeze=freeze)
    return profile(distinct_text(n) if kind == "distinct" else repeated_text(n), freeze=freeze)


def same_text(size: float) -> None:
    """Distinct text of ``size`` MB parsed as one document and as 1 MB pieces of the same text:
    the later agreements hold more amendments, dates and sections per MB than the first ones, so
    the cost per MB across sizes mixes content with growth; this ratio is growth alone."""
    whole = measured("distinct", size)
    pieces = measured("pieces", size)
    print(f"\ndistinct text, {size:g} MB as one document against the same text in 1 MB pieces")
    print(f"  {'stage':22s}{'one doc':>12s}{'pieces':>12s}{'ratio':>10s}   (CPU seconds per MB)")
    for stage in sorted(whole, key=lambda s: -whole[s]):
        one, cut = whole[stage] / size, pieces.get(stage, 0.0) / size
        ratio = one / cut if cut else float("nan")
        print(f"  {stage:22s}{one:12.3f}{cut:12.3f}{ratio:9.2f}x")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="0.25,1,4,16,64", help="document sizes in MB")
    ap.add_argument("--kinds", default="distinct,repeated")
    ap.add_argument("--same-text", type=float, default=None, metavar="MB",
                    help="also parse MB of distinct text as one document and as 1 MB pieces of it")
    ap.add_argument("--gc", choices=("normal", "frozen"), default="normal",
                    help="frozen: charge each stage only for the collector's work on its own objects")
    ap.add_argument("--child", nargs=2, metavar=("KIND", "MB"), help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:  # one measurement, for ``measured``: its stage times as JSON on stdout
        print(json.dumps(_child(a.child[0], float(a.child[1]), a.gc == "frozen")))
        return 0
    global GC_MODE
    GC_MODE = a.gc
    sizes = [float(s) for s in a.sizes.split(",")]
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}; "
          f"CPU seconds per MB, one process per measurement, collector {a.gc}")
    for kind in a.kinds.split(","):
        rows: dict[str, dict[float, float]] = {}
        for size in sizes:
            for stage, secs in measured(kind, size).items():
                rows.setdefault(stage, {})[size] = secs / (int(size * MB) / MB)
        base = 1.0 if 1.0 in sizes else sizes[0]
        print(f"\n{kind} text")
        print(f"  {'stage':22s}" + "".join(f"{s:>9g} MB" for s in sizes) + f"   {sizes[-1]:g}/{base:g} MB")
        for stage in sorted(rows, key=lambda s: -rows[s].get(sizes[-1], 0.0)):
            per = rows[stage]
            ratio = per.get(sizes[-1], 0.0) / per[base] if per.get(base) else float("nan")
            print(f"  {stage:22s}" + "".join(f"{per.get(s, 0.0):12.3f}" for s in sizes) + f"   {ratio:8.2f}x")
    if a.same_text:
        same_text(a.same_text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
