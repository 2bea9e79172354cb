"""Run the pipeline over many inputs in worker processes; results come back in input order.

``results(jobs, ...)`` yields one ``JobResult`` per input (its tables with ``doc_id`` and its
``errors`` rows) in the order of the inputs, whatever the number of workers, so output never
depends on scheduling. One bad or slow input never stops the batch:

* a stage error becomes an ``errors`` row (``ExtractorError``; any other exception too, with
  ``stage='internal'``);
* a per-document time limit (``timeout`` seconds) is enforced twice: inside the worker by a
  timer signal that raises ``TimeLimitError`` between bytecodes, and from the parent, which kills
  a worker that has not answered ``HARD_GRACE`` seconds after the limit (a runaway inside C code)
  and starts a fresh one; a worker that dies (out of memory, a crash) is replaced the same way.

``parse_many`` gathers everything in memory (a ``CorpusResult``); for corpora larger than memory
the CLI streams ``results`` to disk through ``chunks.ChunkWriter`` instead.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import multiprocessing.connection as mpc
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..io import sources
from ..io.reader import DEFAULT_MAX_BYTES, read
from ..io.sources import Job
from ..model import schema
from ..model.errors import ExtractorError, TimeLimitError, WorkerError, failing_stage
from . import DEFAULT_TIMEOUT  # seconds per input file (defined with the package: the CLI reads it without the batch)

if TYPE_CHECKING:  # workers send column lists; only the parent builds DataFrames
    import pandas as pd

    from ..model.exhibit import Exhibit

HARD_GRACE = 5.0  # seconds past the limit before the parent kills the worker
# An input sent with its bytes (an archive member) goes only to an idle worker past this size: a
# pipe holds ~64 KB, and the parent must never block on a worker that is busy (or stuck).
PIPE_BYTES = 32 * 1024
AHEAD_PER_WORKER = 16  # inputs in flight or waiting to be emitted, per worker: one slow input does not idle the rest


@dataclass(frozen=True)
class Options:
    types: tuple[str, ...] | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT
    # "csv": each result carries its tables as CSV rows (``JobResult.csv``) instead of column lists,
    # formatted where the document was parsed, so the parent of a batch only writes bytes
    render: str | None = None
    csv_safe: bool = False  # with render="csv": neutralise cells that open like a spreadsheet formula
    tables: tuple[str, ...] | None = None  # only these tables (documents and errors always); None: all
    drop: tuple[str, ...] = ()  # columns left out of every table (("text",) for --no-text)


@dataclass
class JobResult:
    """The tables of one input as column lists (each with ``doc_id`` first; only tables with rows)
    and its error rows. Plain lists are cheap to send between processes and to append to a chunk."""

    key: str
    input: str = ""  # which input this is (``sources.input_id``): what --resume skips by
    columns: dict[str, schema.Columns] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)
    n_bytes: int = 0
    n_docs: int = 0
    seconds: float = 0.0
    size: int = 0  # the input's bytes on disk (compressed), for progress against a known total
    # with Options(render="csv"): per table its rows as UTF-8 CSV (no header) and its row count;
    # ``columns`` is then empty
    csv: dict[str, bytes] = field(default_factory=dict)
    n_rows: dict[str, int] = field(default_factory=dict)

    def frame(self, name: str) -> pd.DataFrame:
        """One table of this input as a DataFrame (``doc_id`` first)."""
        if name == "errors":
            return schema.frame("errors", self.errors, doc_id=True)
        return schema.from_columns(name, self.columns.get(name) or {"doc_id": []})


@dataclass
class CorpusResult:
    """Per-document tables concatenated, each with ``doc_id`` first, plus ``errors``."""

    frames: dict[str, pd.DataFrame] = field(default_factory=dict)

    def tables(self) -> dict[str, pd.DataFrame]:
        return self.frames

    def __getattr__(self, name: str) -> pd.DataFrame:
        frames = self.__dict__.get("frames")
        if frames is not None and name in frames:
            return frames[name]
        raise AttributeError(name)

    def __repr__(self) -> str:
        """A short summary: documents, errors (the first one named), rows per non-empty table."""
        frames = self.__dict__.get("frames") or {}
        n_docs = len(frames["documents"]) if "documents" in frames else 0
        errors = frames.get("errors")
        n_err = 0 if errors is None else len(errors)
        rows = ", ".join(f"{n} {len(df):,}" for n, df in frames.items()
                         if len(df) and n not in ("documents", "errors"))
        lines = [f"<CorpusResult: {n_docs:,} documents, {n_err:,} errors", f"  rows: {rows or 'none'}"]
        if errors is not None and n_err:
            first = errors.iloc[0]
            lines.append(f"  first error: {first['doc_id']}: {first['error_type']}: {str(first['message'])[:100]}")
        return "\n".join(lines) + ">"

    def __rich__(self) -> Any:
        """The same summary for ``rich``: a table of row counts per table."""
        from rich.table import Table

        table = Table(title="CorpusResult")
        table.add_column("table")
        table.add_column("rows", justify="right")
        for name, df in self.frames.items():
            table.add_row(name, f"{len(df):,}")
        return table

    def _repr_html_(self) -> str:
        """Jupyter's card: row counts per table and the errors (``extractor.output.render``)."""
        from ..output.render import corpus_card_html

        return corpus_card_html(self.tables())


# -- one input ----------------------------------------------------------------------------------
def _source_name(job: Job) -> str:
    """The input's path (and archive member) for messages and ``errors.path``, escaped to UTF-8."""
    return sources.printable_name(f"{job.path}:{job.member}" if job.member else job.path)


def exhibits_of(job: Job, data: bytes, *, types: tuple[str, ...] | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[str, Exhibit]]:
    """(doc_id, Exhibit) for a plain exhibit, or for each matching document of a submission."""
    from ..pipeline import iter_exhibits  # the stages: workers preload them, the parent never needs them

    decoded = read(data, max_bytes=max_bytes, name=_source_name(job))
    for suffix, ex in iter_exhibits(decoded, types=types):
        yield (job.key if suffix is None else f"{job.key}#{suffix}"), ex


def error_row(doc_id: str, path: str, exc: ExtractorError) -> dict:
    return {
        "doc_id": doc_id, "path": path, "error_type": type(exc).__name__,
        "message": sources.printable_name(exc.message),  # an OS message may quote an undecodable name
        "stage": exc.stage, "offset": exc.offset, "line": exc.line, "preview": exc.preview,
    }


class _Alarm(Exception):
    pass


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``_Alarm`` in this thread after ``seconds`` (main thread of a POSIX process only)."""
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable or seconds is None:
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise _Alarm

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_job(job: Job, opts: Options = Options()) -> JobResult:
    """All tables of one input (with doc_id) and its error rows; never raises for bad input.

    Documents of a submission finished before an error are kept."""
    res = JobResult(job.key, sources.input_id(job), size=job.size)
    t0 = time.perf_counter()
    names = ["documents", *(n for n in schema.EXHIBIT_TABLES if opts.tables is None or n in opts.tables)]
    try:
        with _time_limit(opts.timeout):
            data = sources.load(job, max_bytes=opts.max_bytes)
            res.n_bytes = len(data)
            for doc_id, ex in exhibits_of(job, data, types=opts.types, max_bytes=opts.max_bytes):
                for name in names:
                    if ex.n_rows(name):
                        cols = ex.columns(name, doc_id=doc_id)
                        for col in opts.drop:
                            cols.pop(col, None)
                        if name in res.columns:  # a submission's later documents
                            schema.extend(res.columns, name, cols)
                        else:  # the lists are this call's own: kept, not copied
                            res.columns[name] = cols
                res.n_docs += 1
            if opts.render == "csv":
                _render_csv(res, opts.csv_safe)
    except _Alarm:
        exc = TimeLimitError(f"over the time limit of {opts.timeout:g} s", document=job.key)
        res.errors.append(error_row(job.key, _source_name(job), exc))
    except ExtractorError as exc:
        res.errors.append(error_row(job.key, _source_name(job), exc))
    except Exception as exc:  # a bug in a stage must not stop the batch: report it as this input's error
        res.errors.append({"doc_id": job.key, "path": _source_name(job), "error_type": type(exc).__name__,
                           "message": str(exc)[:500], "stage": failing_stage(exc, "internal")})
    res.seconds = time.perf_counter() - t0
    return res


def _render_csv(res: JobResult, safe: bool) -> None:
    from ..output.export import csv_rows  # not at import: export is the output stage, needed only here

    res.n_rows = {name: schema.n_rows(cols) for name, cols in res.columns.items()}
    res.csv = {name: csv_rows(name, cols, safe=safe) for name, cols in res.columns.items()}
    res.columns = {}


def _lost(job: Job, exc: ExtractorError) -> JobResult:
    return JobResult(job.key, sources.input_id(job), errors=[error_row(job.key, _source_name(job), exc)],
                     size=job.size)


# -- worker processes ---------------------------------------------------------------------------
def _heap_trimmer() -> Callable[[], object] | None:
    """glibc's ``malloc_trim(0)``, where there is one: it hands the free pages of the C heap back to
    the system. A worker's heap grows to its largest document and keeps the pages the next
    documents do not reuse (Python frees its objects, not the heap's pages): trimmed after each
    input, a worker's peak RSS over the corpus is ~10 MB lower, for ~0.3 ms per input (~1% of its CPU)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        trim = ctypes.CDLL(None).malloc_trim  # the process's own C library (musl has none)
    except (OSError, AttributeError):
        return None
    return lambda: trim(0)


def _worker_main(conn: mpc.Connection, opts: Options, path: list[str] | None = None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    if path is not None:  # multiprocessing gave us the parent's path, current folder first: drop it
        sys.path[:] = path
    trim = _heap_trimmer()
    # the modules the fork server preloaded (grammars, stages: ~30k objects) live as long as the
    # worker: frozen, the collector's full passes skip them (~1% of a worker's CPU)
    gc.freeze()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        _send_result(conn, run_job(job, opts))
        if trim is not None:  # while the parent writes the result
            trim()


def _send_result(conn: mpc.Connection, res: JobResult) -> None:
    """A result to the parent, its CSV bytes (most of what it holds) each in a message of their own
    after it: written from their own buffers, not copied into a pickle and out again by the parent."""
    payload = res.csv
    res.csv = dict.fromkeys(payload, b"")
    conn.send(res)
    for data in payload.values():
        conn.send_bytes(data)


def _receive_result(conn: mpc.Connection) -> JobResult:
    """What ``_send_result`` sent: the result, then its CSV bytes in the order of its tables."""
    res: JobResult = conn.recv()
    for name in res.csv:
        res.csv[name] = conn.recv_bytes()
    return res


PRELOAD = ["extractor.pipeline", "extractor.run.batch"]


def worker_path() -> list[str]:
    """The import path of the workers: the folder holding this very ``extractor`` first, then the
    parent's path without the current folder, so a worker never imports another ``extractor``
    (a user's project, a source checkout) that happens to sit in the folder the batch runs from."""
    root = str(Path(__file__).resolve().parents[2])
    cwd = os.getcwd()
    rest = [p for p in sys.path if p not in ("", ".", cwd, root)]
    return [root, *rest]


def _start_forkserver(path: list[str]) -> None:
    """Start the fork server (once per process) so that its preload imports the same ``extractor``.

    Python starts it as ``python -c ...``, which puts the current folder first on its path (3.11
    also ignores the parent's path there): its environment names the path instead, and
    ``PYTHONSAFEPATH`` drops the current folder."""
    from multiprocessing import forkserver

    saved = {k: os.environ.get(k) for k in ("PYTHONPATH", "PYTHONSAFEPATH")}
    os.environ["PYTHONPATH"] = os.pathsep.join(path)
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        forkserver.ensure_running()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@contextmanager
def _without_main() -> Iterator[None]:
    """Hide the parent's ``__main__`` while a worker starts. multiprocessing would run the parent's
    script again in every worker (``__mp_main__``): an unguarded script would start its batch
    again, and a script read from stdin cannot be found at all. The workers only need
    ``extractor``, so they are given a bare ``__main__``."""
    import types

    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


def _context() -> mp.context.ForkServerContext | mp.context.SpawnContext:
    if sys.platform.startswith("linux") or sys.platform == "darwin":
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return mp.get_context("spawn")


class _Slot:
    """One worker process and the jobs sent to it (up to ``DEPTH``: the next one waits in the pipe,
    so the worker never idles while the parent writes output)."""

    DEPTH = 2

    def __init__(self, ctx: mp.context.ForkServerContext | mp.context.SpawnContext, opts: Options,
                 path: list[str] | None = None) -> None:
        self.ctx, self.opts, self.path = ctx, opts, path
        self.queue: deque[tuple[int, Job]] = deque()
        self.started = 0.0  # when the job at the head of the queue started
        self.exitcode: int | None = None  # of the last worker replaced
        self._spawn()

    def _spawn(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_worker_main, args=(child, self.opts, self.path), daemon=True)
        with _without_main():
            self.proc.start()
        child.close()

    def send(self, index: int, job: Job) -> None:
        if not self.queue:
            self.started = time.monotonic()
        self.queue.append((index, job))
        try:
            self.conn.send(job)
        except OSError:  # the worker died: its pipe reads EOF next and replace() re-sends the queue
            pass

    def received(self) -> int:
        """The head job answered: drop it, the next one starts now; returns its index."""
        index, _ = self.queue.popleft()
        self.started = time.monotonic()
        return index

    def replace(self) -> tuple[int, Job]:
        """Kill the worker; start a fresh one with the jobs that were still waiting. Returns the head job."""
        self.proc.kill()
        self.proc.join()
        self.exitcode = self.proc.exitcode
        self.conn.close()
        head, rest = self.queue.popleft(), list(self.queue)
        self.queue.clear()
        self._spawn()
        for index, job in rest:
            self.send(index, job)
        return head

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(timeout=2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def results(jobs: Iterable[Job], opts: Options = Options(), *, workers: int | None = None,
            skip: frozenset[str] | set[str] = frozenset()) -> Iterator[JobResult]:
    """One JobResult per job whose input (``sources.input_id``) is not in ``skip``, in job order.
    ``workers=0`` runs in this process (the time limit then holds only for Python code in the
    main thread)."""
    todo = (j for j in jobs if sources.input_id(j) not in skip)
    n = default_workers() if workers is None else workers
    if n <= 0:
        for queued in todo:
            yield run_job(queued, opts)
        return
    ctx, path = _context(), worker_path()
    if ctx.get_start_method() == "forkserver":
        _start_forkserver(path)
    slots = [_Slot(ctx, opts, path) for _ in range(n)]
    done: dict[int, JobResult] = {}
    pending: Job | None = None  # an input with its bytes, waiting for an idle worker
    submitted = emitted = 0
    exhausted = False
    try:
        while True:
            for depth in range(1, _Slot.DEPTH + 1):
                for slot in slots:
                    if (len(slot.queue) < depth and not exhausted
                            and submitted - emitted < n * AHEAD_PER_WORKER):
                        job = pending if pending is not None else next(todo, None)
                        if job is None:
                            exhausted = True
                            break
                        if slot.queue and len(job.data or b"") > PIPE_BYTES:
                            # bytes a busy worker would not read: the send could block the parent
                            # (and with it every time limit) until that worker answers
                            pending = job
                            continue
                        pending = None
                        slot.send(submitted, job)
                        submitted += 1
            busy = [s for s in slots if s.queue]
            if not busy and exhausted and emitted == submitted:
                return
            ready = set(mpc.wait([s.conn for s in busy], timeout=0.25)) if busy else set()
            now = time.monotonic()
            for slot in busy:
                if slot.conn in ready:
                    try:
                        res = _receive_result(slot.conn)
                    except (EOFError, OSError):
                        index, job = slot.replace()
                        done[index] = _lost(job, WorkerError(
                            f"worker died (exit code {slot.exitcode})", document=job.key))
                    else:
                        done[slot.received()] = res
                elif opts.timeout and now - slot.started > opts.timeout + HARD_GRACE:
                    index, job = slot.replace()
                    done[index] = _lost(job, TimeLimitError(
                        f"over the time limit of {opts.timeout:g} s (worker stopped)", document=job.key))
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1
    finally:
        for slot in slots:
            slot.stop()


# -- in memory ----------------------------------------------------------------------------------
def collect(parts: Iterable[JobResult]) -> CorpusResult:
    """Concatenate JobResults into one table per name (every declared table, even when empty)."""
    collected: dict[str, schema.Columns] = {}
    errors: list[dict] = []
    for res in parts:
        for name, cols in res.columns.items():
            schema.extend(collected, name, cols)
        errors.extend(res.errors)
    frames = {name: schema.from_columns(name, collected.get(name) or {"doc_id": []})
              for name in schema.TABLES if name != "errors"}
    frames["errors"] = schema.frame("errors", errors, doc_id=True)
    return CorpusResult(frames)


def parse_many(paths: Iterable[str | Path], *, workers: int | None = None, progress: bool = True,
               types: tuple[str, ...] | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               timeout: float | None = DEFAULT_TIMEOUT,
               max_archive_bytes: int = sources.DEFAULT_MAX_ARCHIVE_BYTES) -> CorpusResult:
    """Parse every input below ``paths`` (files, folders, globs, .gz, .zip, .tar.gz) with ``workers``
    processes (default: one per core; 0 = this process). Bad or slow inputs become ``errors`` rows.
    A progress bar (``tqdm.auto``, against the inputs' total size) shows when ``progress`` and
    stderr is a terminal or this runs in a Jupyter kernel."""
    from .progress import Progress

    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    jobs = sources.expand(paths, max_bytes=max_bytes, max_archive_bytes=max_archive_bytes)
    opts = Options(types=types, max_bytes=max_bytes, timeout=timeout)
    with Progress(enabled=progress, total=lambda: sources.total_size(paths)) as bar:
        return collect(bar.track(results(jobs, opts, workers=workers)))
