"""Cost per MB of each stage as one document grows: every stage must stay linear.

    python benchmarks/scaling.py [--sizes 0.25,1,4,16,64] [--kinds distinct,repeated,flat] [--same-text 16]
                                 [--base pieces|first] [--gc normal|frozen]

Builds one document per size from real text: ``distinct`` joins different corpus agreements
(../shared/corpus) until the size is reached, ``repeated`` repeats one sample exhibit, ``flat`` is
the distinct text with every line break (and the blanks around it) written as one blank: a whole
document on one line, as some PDF and HTML extractions give it. Each is
parsed once, in a fresh Python process of its own (so no measurement finds caches another one
filled), with every ``find_*`` stage of ``extractor.pipeline`` timed in CPU seconds; the table gives
CPU seconds per MB per stage at each size and the ratio of the largest size's cost per MB to the
cost at 1 MB (the target: at most 1.3).

The distinct (and flat) text is the corpus's agreements in file order, and the later ones hold more signature
blocks, dates, defined terms and redaction markers per MB than the first: the first 1 MB is no fair
base for the largest size. So for ``distinct`` the ratio (``--base pieces``, the default) is the
largest size's cost per MB as one document over the cost per MB of the SAME text parsed in 1 MB
pieces (their average: one content, only the document's size differs); ``--base first`` gives the
former ratio against the first 1 MB. Each table's rows per MB and each stage's CPU per thousand rows
of its tables are printed too: a cost per MB that grows while the cost per row stays flat is content.

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
import re
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
# the tables whose rows a stage makes: its cost per row is its cost over their rows
STAGE_TABLES = {
    "layout": ("pages", "furniture"), "redactions": ("redactions",), "signatures": ("signatures",),
    "parties": ("parties",), "dates": ("dates", "durations"), "defined_terms": ("defined_terms",),
    "sections": ("sections", "references"), "amendments": ("amendments",),
}
FLAT_BREAK = re.compile(r"[ \t\xa0]*[\r\n\f][\s]*")
ROWS = "rows:"  # prefix of the row counts in a measurement (its other keys are stages)


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


def flattened(text: str) -> str:
    """``text`` on one line: each line break and the blanks around it written as one blank."""
    return " ".join(FLAT_BREAK.split(text))


def repeated_text(size: int) -> str:
    one = SAMPLE.read_text(encoding="utf-8").replace("\r\n", "\n")
    return (one * (size // len(one) + 1))[:size]


def profile(*texts: str, freeze: bool = False) -> dict[str, float]:
    """CPU seconds per stage to parse each text as one document (summed over the texts), and each
    table's rows (keys ``rows:<table>``)."""
    rows: dict[str, int] = {}
    with stage_times(freeze) as spent:
        t0 = time.process_time()
        for text in texts:
            tables = pipeline.build_exhibit(text, {"source": "<scaling>"}).frames
            # counted inside the timing (a few len() calls), the exhibit freed before the next text
            for name in tables:
                rows[name] = rows.get(name, 0) + tables.n_rows(name)  # type: ignore[attr-defined]
            del tables
        spent["(whole parse)"] = time.process_time() - t0
    if freeze:  # the whole parse less the collections the benchmark itself asked for
        spent["(whole parse)"] = sum(v for k, v in spent.items() if k != "(whole parse)")
    return {**spent, **{ROWS + name: float(n) for name, n in rows.items()}}


GC_MODE = "normal"


def measured(kind: str, size: float) -> dict[str, float]:
    """``profile`` of one text of ``size`` MB (kind ``distinct``, ``repeated``, ``flat``, ``pieces``:
    the distinct text in 1 MB pieces, or ``flat pieces``: those pieces each on one line), run in a
    fresh interpreter: the parse of one size must not find the memos a parse of another filled (the
    pieces of a text the whole of it had, or the other way)."""
    out = subprocess.run([sys.executable, __file__, "--gc", GC_MODE, "--child", kind, str(size)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def _child(kind: str, size: float, freeze: bool) -> dict[str, float]:
    # a stage imports numpy on a document with many names: a once-per-process cost, not the stage's
    import numpy  # noqa: F401
    n = int(size * MB)
    if kind in ("pieces", "flat pieces"):
        pieces = distinct_pieces(n, MB)
        return profile(*(map(flattened, pieces) if kind == "flat pieces" else pieces), freeze=freeze)
    text = {"distinct": distinct_text, "flat": lambda n: flattened(distinct_text(n))}.get(kind, repeated_text)(n)
    return profile(text, freeze=freeze)


def _split(run: dict[str, float]) -> tuple[dict[str, float], dict[str, float]]:
    """A measurement's stage seconds and its table row counts."""
    stages = {k: v for k, v in run.items() if not k.startswith(ROWS)}
    return stages, {k.removeprefix(ROWS): v for k, v in run.items() if k.startswith(ROWS)}


def same_text(size: float) -> None:
    """Distinct text of ``size`` MB parsed as one document and as 1 MB pieces of the same text:
    the later agreements hold more amendments, dates and sections per MB than the first ones, so
    the cost per MB across sizes mixes content with growth; this ratio is growth alone."""
    whole, _ = _split(measured("distinct", size))
    pieces, _ = _split(measured("pieces", size))
    print(f"\ndistinct text, {size:g} MB as one document against the same text in 1 MB pieces")
    print(f"  {'stage':22s}{'one doc':>12s}{'pieces':>12s}{'ratio':>10s}   (CPU seconds per MB)")
    for stage in sorted(whole, key=lambda s: -whole[s]):
        one, cut = whole[stage] / size, pieces.get(stage, 0.0) / size
        ratio = one / cut if cut else float("nan")
        print(f"  {stage:22s}{one:12.3f}{cut:12.3f}{ratio:9.2f}x")


def _table(title: str, columns: list[str], rows: dict[str, list[float]], ratio_of: tuple[int, int],
           fmt: str = "12.3f") -> None:
    """One printed table: a row per name, a column per measurement, and the ratio of two columns."""
    print(title)
    hi, lo = ratio_of
    print(f"  {'':32s}" + "".join(f"{c:>12s}" for c in columns) + f"   {columns[hi]} / {columns[lo]}")
    for name in sorted(rows, key=lambda n: -rows[n][hi]):
        vals = rows[name]
        ratio = vals[hi] / vals[lo] if vals[lo] else float("nan")
        print(f"  {name:32s}" + "".join(f"{v:{fmt}}" for v in vals) + f"   {ratio:8.2f}x")


def report(kind: str, sizes: list[float], base: str) -> None:
    """The tables for one kind of text: CPU per MB of each stage, rows per MB of each table, and CPU
    per thousand rows of each stage's tables, at each size. For ``distinct`` with ``base`` "pieces",
    one more column: the largest size's text parsed in 1 MB pieces, the base of the ratio."""
    runs = [_split(measured(kind, size)) for size in sizes]
    columns = [f"{size:g} MB" for size in sizes]
    mbs = [int(size * MB) / MB for size in sizes]
    largest = len(sizes) - 1
    if kind in ("distinct", "flat") and base == "pieces":
        runs.append(_split(measured("pieces" if kind == "distinct" else "flat pieces", sizes[-1])))
        columns.append(f"{sizes[-1]:g}x1 MB")
        mbs.append(mbs[-1])
        ratio_of = (largest, len(runs) - 1)
        what = (f"ratio: {sizes[-1]:g} MB as one document over the same {sizes[-1]:g} MB of text in 1 MB pieces "
                f"(column {columns[-1]}: one content, only the size differs)")
    else:
        at = sizes.index(1.0) if 1.0 in sizes else 0
        ratio_of = (largest, at)
        what = (f"ratio: {columns[largest]} over {columns[at]}"
                + (" (the first agreements of the corpus: less content per MB than later ones)"
                   if kind != "repeated" else " (the same text repeated)"))
    print(f"\n{kind} text; {what}")
    stages = sorted({s for st, _ in runs for s in st})
    per_mb = {s: [st.get(s, 0.0) / mb for (st, _), mb in zip(runs, mbs)] for s in stages}
    _table("  CPU seconds per MB", columns, per_mb, ratio_of)
    tables = sorted({t for _, rw in runs for t in rw})
    rows_mb = {t: [rw.get(t, 0.0) / mb for (_, rw), mb in zip(runs, mbs)] for t in tables}
    _table("  rows per MB", columns, rows_mb, ratio_of, "12.1f")
    per_row = {}
    for stage, names in STAGE_TABLES.items():
        counts = [sum(rw.get(t, 0.0) for t in names) for _, rw in runs]
        if all(counts) and stage in stages:
            label = f"{stage} ({'+'.join(names)})"
            per_row[label] = [1000 * st.get(stage, 0.0) / n for (st, _), n in zip(runs, counts)]
    _table("  CPU seconds per 1000 rows of the stage's tables", columns, per_row, ratio_of)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="0.25,1,4,16,64", help="document sizes in MB")
    ap.add_argument("--kinds", default="distinct,repeated")
    ap.add_argument("--same-text", type=float, default=None, metavar="MB",
                    help="also parse MB of distinct text as one document and as 1 MB pieces of it")
    ap.add_argument("--base", choices=("pieces", "first"), default="pieces",
                    help="distinct text's ratio against the largest size's text in 1 MB pieces (default), "
                         "or against the first 1 MB of the corpus")
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
          f"one process per measurement, collector {a.gc}")
    for kind in a.kinds.split(","):
        report(kind, sizes, a.base)
    if a.same_text:
        same_text(a.same_text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
