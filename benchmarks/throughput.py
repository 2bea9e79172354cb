"""Throughput of the whole pipeline (not a test): MB/s per core, documents/s, peak RSS, speed-up.

    python benchmarks/throughput.py [DIR] [--workers 1,2] [--scales 1,10] [--no-stages]

DIR defaults to ../shared/corpus when it is there, else samples/. Three parts:

0. The limit: CPU seconds to read and decode every file and scan its text once with one compiled
   ``regex`` (written dates, redaction markers); the per-stage run prints the pipeline's CPU over it.
1. Per stage, in this process over 1x DIR, the whole pipeline from file to CSV: each stage
   function of ``extractor.pipeline`` (and reading/HTML conversion, submission splitting, the
   tables' column lists, and writing the CSV chunks and final tables with ``chunks.ChunkWriter``)
   is timed; MB/s is DIR's bytes over the stage's seconds.
2. End to end, as a user runs it: ``sec-exhibits batch DIR... --out TMP`` in a subprocess for each
   scale (DIR given N times: 10x the corpus) and each worker count, streaming to disk. Peak RSS and
   CPU time are sampled from /proc every 100 ms over the whole process tree (Linux): RSS of the
   main process, of the largest worker, and of all processes together; MB per CPU-second is the
   throughput per core net of other load on the machine (wall-clock MB/s per core is shown too).
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import regex  # noqa: E402

from extractor import pipeline  # noqa: E402
from extractor.io import reader, sources  # noqa: E402
from extractor.model import schema  # noqa: E402
from extractor.output import chunks  # noqa: E402
from extractor.run import batch  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "corpus"
SUMMARY = re.compile(r"(\d+) files, (\d+) documents, (\d+) errors")


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, nproc={os.cpu_count()}, Python {platform.python_version()}, {platform.system()}"


# -- 0. the limit -------------------------------------------------------------------------------
# What no extractor can beat in Python: read and decode every file, then one compiled `regex` scan
# of the text for written dates and redaction markers. The pipeline's CPU over this one's is the
# ratio issue 17 asks about.
LIMIT_SCAN = regex.compile(  # case-sensitive: a caseless scan of the same alternation costs ~3x
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
    r"[a-zA-Z]*\.?\s+\d{1,2},?\s+\d{4}|\[\s*(?:TEXT DELETED|\*+)\s*\]|\*{3,}")


def limit(jobs: list[sources.Job]) -> tuple[float, int]:
    """CPU seconds to read, decode and scan every job once, and the number of matches."""
    c0 = time.process_time()
    found = 0
    for job in jobs:
        if job.kind == "error":
            continue
        text = reader.decode(sources.load(job), name=job.key).text
        found += sum(1 for _ in LIMIT_SCAN.finditer(text))
    return time.process_time() - c0, found


# -- 1. per stage --------------------------------------------------------------------------------
def stage_profile(jobs: list[sources.Job]) -> tuple[dict[str, float], float, int, int]:
    """Seconds per stage over ``jobs`` in this process (stages wrapped with timers)."""
    spent: dict[str, float] = {}

    def timed(name: str, fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0
        return wrapper

    patches = [(pipeline, n, n.removeprefix("find_")) for n in dir(pipeline) if n.startswith("find_")]
    patches += [(batch, "read", "read+decode+html"), (pipeline, "split_submission", "split"),
                (pipeline, "as_text", "html (submission parts)"), (schema, "columns", "tables (column lists)"),
                (batch, "_render_csv", "csv rows (formatting)"),
                (chunks.ChunkWriter, "add", "write csv"), (chunks.ChunkWriter, "close", "write csv")]
    saved = [(mod, attr, getattr(mod, attr)) for mod, attr, _ in patches]
    for mod, attr, label in patches:
        setattr(mod, attr, timed(label, getattr(mod, attr)))
    try:
        with tempfile.TemporaryDirectory(prefix="sec-exhibits-stages-") as tmp:
            t0, c0 = time.perf_counter(), time.process_time()
            writer = chunks.ChunkWriter(Path(tmp), "csv")
            n_bytes = n_docs = 0
            for job in jobs:
                res = batch.run_job(job, batch.Options(timeout=None, render="csv"))
                writer.add(res)
                n_bytes += res.n_bytes
                n_docs += res.n_docs
            writer.close()
            total = time.perf_counter() - t0
        spent["(cpu seconds)"] = time.process_time() - c0
    finally:
        for mod, attr, fn in saved:
            setattr(mod, attr, fn)
    return spent, total, n_bytes, n_docs


# -- 2. end to end -------------------------------------------------------------------------------
def _children() -> dict[int, int]:
    """pid -> parent pid for every process."""
    out = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = Path(f"/proc/{d}/stat").read_text()
                out[int(d)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    return out


TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS
    except (OSError, IndexError, ValueError):
        return 0.0


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class RssSampler(threading.Thread):
    """Samples the RSS and CPU time of a process and all its descendants until stopped.

    CPU seconds (the last sample of each process, summed) give a throughput per core that does
    not depend on other load on the machine."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.stop = threading.Event()
        self.main_kb = self.worker_kb = self.total_kb = 0
        self.cpu: dict[int, float] = {}

    def run(self) -> None:
        while not self.stop.is_set():
            parents = _children()
            tree, frontier = {self.pid}, [self.pid]
            while frontier:
                p = frontier.pop()
                for child, parent in parents.items():
                    if parent == p and child not in tree:
                        tree.add(child)
                        frontier.append(child)
            sizes = {p: _rss_kb(p) for p in tree}
            for p in tree:
                self.cpu[p] = max(self.cpu.get(p, 0.0), _cpu_seconds(p))
            self.main_kb = max(self.main_kb, sizes.get(self.pid, 0))
            others = [v for p, v in sizes.items() if p != self.pid]
            self.worker_kb = max([self.worker_kb, *others])
            self.total_kb = max(self.total_kb, sum(sizes.values()))
            self.stop.wait(0.1)


def end_to_end(path: Path, scale: int, workers: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="sec-exhibits-bench-") as tmp:
        cmd = [sys.executable, "-m", "extractor", "batch", *[str(path)] * scale, "--out", tmp,
               "--workers", str(workers)]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                cwd=ROOT)
        sampler = RssSampler(proc.pid)
        sampler.start()
        _, err = proc.communicate()
        wall = time.perf_counter() - t0
        sampler.stop.set()
        sampler.join()
    m = SUMMARY.search(err or "")
    if proc.returncode != 0 or not m:
        raise SystemExit(f"batch failed ({proc.returncode}): {err[-2000:]}")
    return {"scale": scale, "workers": workers, "wall": wall, "files": int(m.group(1)),
            "docs": int(m.group(2)), "errors": int(m.group(3)), "main_mb": sampler.main_kb / 1024,
            "worker_mb": sampler.worker_kb / 1024, "total_mb": sampler.total_kb / 1024,
            "cpu": sum(sampler.cpu.values()), "main_cpu": sampler.cpu.get(proc.pid, 0.0)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR if DEFAULT_DIR.is_dir() else ROOT / "samples"))
    ap.add_argument("--workers", default=f"1,{os.cpu_count() or 1}", help="worker counts, e.g. 1,2,4")
    ap.add_argument("--scales", default="1,10", help="corpus multiples, e.g. 1,10")
    ap.add_argument("--big-workers", type=int, default=None,
                    help="run scales above 1 with this worker count only (default: every count)")
    ap.add_argument("--no-stages", action="store_true", help="skip the per-stage profile")
    a = ap.parse_args(argv)
    path = Path(a.dir)
    jobs = list(sources.expand([path]))
    n_bytes = sum(len(sources.load(j)) if j.kind != "error" else 0 for j in jobs)
    mb = n_bytes / 1e6
    print(f"machine: {machine()}; load average before: {os.getloadavg()[0]:.1f}")
    print(f"corpus:  {path} ({len(jobs)} files, {mb:.1f} MB)\n")

    limit_cpu, found = limit(jobs)
    print(f"limit (read + decode + one compiled regex scan, {found} matches): {limit_cpu:.2f} CPU s, "
          f"{mb / limit_cpu:.1f} MB per CPU-second\n")

    if not a.no_stages:
        spent, total, _, n_docs = stage_profile(jobs)
        cpu = spent.pop("(cpu seconds)")
        print(f"pipeline / limit, CPU: {cpu / limit_cpu:.1f}x")
        print(f"per stage, one process, 1x ({n_docs} documents, {total:.1f} s, "
              f"{mb / total:.2f} MB/s, {n_docs / total:.1f} docs/s in total; "
              f"{cpu:.1f} CPU s, {mb / cpu:.2f} MB per CPU-second):")
        print(f"  {'stage':24s} {'seconds':>8s} {'share':>6s} {'MB/s':>8s}")
        for name, sec in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"  {name:24s} {sec:8.2f} {sec / total:6.1%} {mb / sec:8.1f}")
        rest = total - sum(spent.values())
        print(f"  {'(the rest: batch glue)':24s} {max(rest, 0):8.2f}\n")

    workers = [int(w) for w in a.workers.split(",")]
    scales = [int(s) for s in a.scales.split(",")]
    print("end to end (sec-exhibits batch --out TMP, csv):")
    print(f"  {'scale':>5s} {'workers':>7s} {'seconds':>8s} {'MB/s':>7s} {'MB/s/core':>9s} {'docs/s':>7s} "
          f"{'speed-up':>8s} {'CPU s':>6s} {'main':>5s} {'MB/CPU-s':>8s} {'RSS main':>8s} {'worker':>7s} "
          f"{'all':>7s}")
    base: dict[int, float] = {}  # seconds with one worker, per scale
    for scale in scales:
        for w in workers:
            if scale > 1 and a.big_workers is not None and w != a.big_workers:
                continue
            r = end_to_end(path, scale, w)
            total_mb = mb * scale
            if w == 1:
                base[scale] = r["wall"]
            speedup = f"{base[scale] / r['wall']:.2f}x" if scale in base else "-"
            print(f"  {scale:>4d}x {w:>7d} {r['wall']:8.1f} {total_mb / r['wall']:7.2f} "
                  f"{total_mb / r['wall'] / max(w, 1):9.2f} {r['docs'] / r['wall']:7.1f} {speedup:>8s} "
                  f"{r['cpu']:6.1f} {r['main_cpu']:5.1f} {total_mb / max(r['cpu'], 1e-9):8.2f} {r['main_mb']:7.0f}M "
                  f"{r['worker_mb']:6.0f}M {r['total_mb']:6.0f}M", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
