"""A batch's output folder: chunks committed as results arrive, every table published at the end.

``ChunkWriter`` streams batch results to ``out``. Each chunk is a folder ``out/.parts/chunk-NNNNNN``
written under a temporary name and renamed when complete; its ``inputs.jsonl`` names the inputs
it holds (one JSON line each: doc_id and input, so any file name round-trips), and
``resume=True`` skips exactly the inputs of committed chunks. ``close()`` builds every table into
a temporary file, records the set in a journal (``out/.publishing.json``) and renames them into
place; an interrupted publish is finished by the next writer on the folder (``roll_forward``),
so the folder never keeps a mix of old and new tables, and stray temporary files are removed.

One writer at a time: the writer holds an exclusive lock on ``out/.lock``; a second batch into the
same folder is refused. ``add`` and ``flush`` run with Ctrl-C held back (the interrupt arrives
when they return), so an interrupt never leaves a result half-recorded.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from ..model import schema
from ..model.errors import InputError
from . import export
from .export import (
    FORMATS,
    PARTS_DIR,
    append_file,
    arrow_schema,
    arrow_table,
    atomic_write_text,
    csv_header,
    csv_rows,
    jsonl_lines,
    links_name,
    output_names,
    publish,
    selected_tables,
    write_links,
)

try:  # POSIX; elsewhere batches into one folder are not guarded
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK = ".lock"
JOURNAL = ".publishing.json"
INPUTS = "inputs.jsonl"


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold back Ctrl-C (SIGINT) while the block runs: it is recorded, not raised, and the handler
    that was in place runs when the block ends (raising KeyboardInterrupt there, by default). A
    Python handler rather than a signal mask: with a mask the interrupt is delivered on unmasking
    and raised at whatever line runs next, even inside the cleanup after the block."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[Any] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(frame))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            if callable(previous):
                previous(signal.SIGINT, caught[0])
            elif previous == signal.SIG_DFL:
                signal.raise_signal(signal.SIGINT)


def roll_forward(out: Path) -> None:
    """Finish a publish that was interrupted: every table the journal names was complete before
    the journal was written, so the renames it lists are carried out and the journal removed."""
    journal = out / JOURNAL
    if not journal.exists():
        return
    for tmp, target in json.loads(journal.read_text(encoding="utf-8")):
        if (out / tmp).exists():
            publish(out / tmp, out / target)
    journal.unlink()


def _stray_temporaries(out: Path) -> list[Path]:
    """Temporary tables of a publish that stopped before its journal (``.sections.csv.XXXX``)."""
    names = {n for fmt in FORMATS for n in output_names(fmt)}
    return [p for p in out.glob(".*") if p.is_file() and p.name[1:].rsplit(".", 1)[0] in names]


class ChunkWriter:
    """Streams batch results to ``out`` in committed chunks; ``close()`` publishes the tables."""

    _lock_fd: int | None = None  # set once the folder is locked (``__del__`` may run before)
    tmp: Path | None = None  # CSV: the chunk being written (``_reset``)

    def __init__(self, out: Path, fmt: str = "csv", *, resume: bool = False, safe: bool = False,
                 chunk_docs: int | None = None, chunk_rows: int | None = None,
                 chunk_bytes: int | None = None, tables: Iterable[str] | None = None,
                 drop: Iterable[str] = ()) -> None:
        if fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
        if fmt == "parquet":
            try:
                import pyarrow.parquet  # noqa: F401
            except ImportError as exc:
                raise InputError("--format parquet needs pyarrow: "
                                 "pip install 'sec-exhibit-extractor[parquet]'") from exc
        self.out, self.fmt, self.safe = Path(out), fmt, safe
        # the module's sizes are read here, not bound at definition (a test may make chunks small)
        self.chunk_docs = export.CHUNK_DOCS if chunk_docs is None else chunk_docs
        self.chunk_rows = export.CHUNK_ROWS if chunk_rows is None else chunk_rows
        self.chunk_bytes = export.CHUNK_BYTES if chunk_bytes is None else chunk_bytes
        self.tables = selected_tables(tables)  # the tables written (documents and errors always)
        self.drop = frozenset(drop)  # columns left out (--no-text)
        self.parts = self.out / PARTS_DIR
        self.out.mkdir(parents=True, exist_ok=True)
        try:
            with interrupts_held():  # the lock and the descriptor that holds it are taken together
                self._lock()
            self._open(resume)
        except BaseException:  # an error or Ctrl-C before the writer exists: the folder is free again
            self.release()
            raise

    def _open(self, resume: bool) -> None:
        """Finish an interrupted publish, sweep temporaries, and start or resume the chunks."""
        roll_forward(self.out)
        for stray in _stray_temporaries(self.out):
            stray.unlink()
        marker = self.parts / "FORMAT"
        if resume and marker.exists():
            previous = marker.read_text(encoding="utf-8").strip()
            if previous != self.fmt:
                raise InputError(f"--resume: {self.out} holds a {previous} batch, not {self.fmt}")
        elif self.parts.exists():
            shutil.rmtree(self.parts)
        self.parts.mkdir(exist_ok=True)
        for stale in self.parts.glob(".tmp-*"):
            shutil.rmtree(stale)
        marker.write_text(self.fmt + "\n", encoding="utf-8")
        self.done: set[str] = set()  # the inputs (``sources.input_id``) of committed chunks
        self.next_chunk = 1
        for chunk in self._chunks():
            with chunk.joinpath(INPUTS).open(encoding="utf-8") as fh:
                self.done.update(json.loads(line)[1] for line in fh)
            self.next_chunk = int(chunk.name.split("-")[1]) + 1
        self._reset()

    # -- one writer per folder ----------------------------------------------------------------
    def _lock(self) -> None:
        if fcntl is None:
            return
        fd = os.open(self.out / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise InputError(f"another batch is writing to {self.out} (it holds {self.out / LOCK}); "
                             "wait for it to finish, or choose another --out") from None
        self._lock_fd = fd

    def release(self) -> None:
        """Let another batch write to the folder (``close`` does this; so does the end of the process).
        A chunk still being written (results added since the last commit) is dropped: it was never
        committed, and ``--resume`` runs its inputs again."""
        with interrupts_held():
            self._drop_uncommitted()
            if self._lock_fd is not None:
                os.close(self._lock_fd)  # closing the descriptor drops its lock
                self._lock_fd = None

    def __del__(self) -> None:
        self._drop_uncommitted()  # no signal handling here: a finaliser may run at any time
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def _drop_uncommitted(self) -> None:
        if self.tmp is not None and self._lock_fd is not None:  # only the writer holding the folder
            self._discard()

    # -- chunks ---------------------------------------------------------------------------------
    def _reset(self) -> None:
        self.columns: dict[str, schema.Columns] = {}
        # CSV output goes to the chunk's files as results bring it (the parent holds no chunk of rows):
        # the chunk's temporary folder and each table's open file, made on first use
        self.tmp: Path | None = None
        self.files: dict[str, BinaryIO] = {}
        self.errors: list[dict] = []
        self.keys: list[tuple[str, str]] = []  # (doc_id, input) of the buffered results
        self.rows = self.n_bytes = 0

    def _chunk_dir(self) -> Path:
        if self.tmp is None:
            self.tmp = Path(tempfile.mkdtemp(prefix=f".tmp-chunk-{self.next_chunk:06d}-", dir=self.parts))
        return self.tmp

    def _csv_file(self, table: str) -> BinaryIO:
        """The open file of a table in the chunk being written, made with its header on first use."""
        fh = self.files.get(table)
        if fh is None:
            fh = self.files[table] = (self._chunk_dir() / f"{table}.csv").open("wb")
            fh.write(csv_header(table, self.drop).encode())
        return fh

    def _discard(self) -> None:
        """Drop the chunk being written (a full disk): its files and results; the committed ones stay."""
        for fh in self.files.values():
            fh.close()
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
        self._reset()

    def _chunks(self) -> list[Path]:
        return sorted(p for p in self.parts.glob("chunk-*") if p.is_dir())

    def add(self, res: Any) -> None:
        """Buffer one JobResult; commit a chunk when the buffer is full. A result is buffered whole
        or not at all: Ctrl-C is held back until it is."""
        if res.csv and self.fmt != "csv":
            raise ValueError(f"a CSV-rendered result cannot go into {self.fmt} output")
        with interrupts_held():
            try:
                for name, cols in res.columns.items():
                    if self.fmt == "csv":  # a result sent as column lists: format it like a rendered one
                        self._csv_file(name).write(csv_rows(name, cols, safe=self.safe))
                    else:
                        schema.extend(self.columns, name, cols)
                    self.rows += schema.n_rows(cols)
                for name, data in res.csv.items():
                    self._csv_file(name).write(data)
                    self.rows += res.n_rows[name]
            except BaseException:  # a full disk half-way through a result: the chunk is not committed
                self._discard()
                raise
            self.errors.extend(res.errors)
            self.keys.append((res.key, res.input))
            self.n_bytes += res.n_bytes
            if len(self.keys) >= self.chunk_docs or self.rows >= self.chunk_rows or self.n_bytes >= self.chunk_bytes:
                self._flush()

    def flush(self) -> None:
        """Commit the buffered results as one chunk (Ctrl-C held back until it is committed)."""
        with interrupts_held():
            self._flush()

    def _flush(self) -> None:
        if not self.keys:
            return
        tmp = self._chunk_dir()
        try:
            self._write_chunk(tmp)
        except BaseException:  # a full disk: free what this chunk took; the committed ones stay
            self._discard()
            raise
        os.replace(tmp, self.parts / f"chunk-{self.next_chunk:06d}")  # the commit point of this chunk
        self.done.update(inp for _, inp in self.keys)
        self.next_chunk += 1
        self._reset()

    def _write_chunk(self, tmp: Path) -> None:
        tables = {n: cols for n, cols in self.columns.items() if schema.n_rows(cols)}
        if self.fmt == "jsonl":
            docs, errs = jsonl_lines(tables, self.errors, self.tables)
            for fname, lines in (("exhibits.jsonl", docs), ("errors.jsonl", errs)):
                if lines:
                    (tmp / fname).write_text("\n".join(lines) + "\n", encoding="utf-8")
        elif self.fmt == "csv":
            if self.errors:
                self._csv_file("errors").write(csv_rows("errors", schema.columns_with_doc_ids("errors", self.errors),
                                                        safe=self.safe))
            while self.files:  # closed (written out) before the chunk is committed
                self.files.popitem()[1].close()
        else:
            if self.errors:
                tables["errors"] = schema.columns_with_doc_ids("errors", self.errors)
            for table, cols in tables.items():
                self._write_chunk_table(table, cols, tmp)
        # ASCII JSON: a name holding "\n", "\x85" or "\u2028" is one line and reads back the same
        (tmp / INPUTS).write_text("".join(json.dumps(list(k)) + "\n" for k in self.keys), encoding="utf-8")

    def _write_chunk_table(self, table: str, cols: schema.Columns, folder: Path) -> None:
        import pyarrow.parquet as pq

        pq.write_table(arrow_table(table, cols), folder / f"{table}.parquet")

    # -- publishing -----------------------------------------------------------------------------
    def close(self, *, keep_parts: bool = False) -> list[Path]:
        """Commit the last chunk and publish every output file as one step; then remove the chunks
        (``DIR/.parts``) unless ``keep_parts``: they hold as much again as the tables."""
        self.flush()
        chunks = self._chunks()
        # every table is built before any is published: a full disk half-way leaves the previous
        # run's tables all as they were
        built: list[tuple[Path, Path]] = []
        try:
            for fname in output_names(self.fmt, self.tables):
                fd, tmp_name = tempfile.mkstemp(prefix=f".{fname}.", dir=self.out)
                os.close(fd)
                built.append((Path(tmp_name), self.out / fname))
                if fname == links_name(self.fmt):
                    # made from the documents, parties and dates just built: published with them, or not at all
                    write_links(self.fmt, {g.name: t for t, g in built[:-1]}, built[-1][0], safe=self.safe)
                else:
                    self._concat(fname, [c / fname for c in chunks if (c / fname).exists()], built[-1][0])
            # the commit point: once the journal is written, the set is published (by this call, or
            # by the next writer on the folder if this one stops half-way through the renames)
            atomic_write_text(self.out / JOURNAL, json.dumps([[t.name, g.name] for t, g in built]))
        except BaseException:
            for tmp, _ in built:
                tmp.unlink(missing_ok=True)
            raise
        roll_forward(self.out)
        if not keep_parts:
            shutil.rmtree(self.parts, ignore_errors=True)
        self.release()
        return [target for _, target in built]

    def _concat(self, fname: str, parts: list[Path], tmp: Path) -> None:
        table = fname.rsplit(".", 1)[0]
        if self.fmt == "parquet":
            import pyarrow.parquet as pq

            arrow = arrow_schema(table, self.drop)
            with pq.ParquetWriter(tmp, arrow) as writer:
                for p in parts:
                    writer.write_table(pq.read_table(p, schema=arrow))
            return
        with tmp.open("wb") as dst:
            if self.fmt == "csv":
                dst.write(csv_header(table, self.drop).encode())
            for p in parts:
                with p.open("rb") as src:
                    if self.fmt == "csv":
                        src.readline()  # each chunk's own header
                    append_file(src, dst)
