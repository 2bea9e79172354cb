"""Batch inputs: expand paths into jobs and load each job's bytes (part of the read stage).

A path may be a file, a folder (walked recursively, sorted), a glob (``corpus/**/*.txt``), a
``.gz`` file, or a ``.zip`` / ``.tar`` / ``.tar.gz`` / ``.tgz`` archive of exhibits or submissions
(EDGAR's bulk feeds). Archives are read in memory, never extracted to disk, so a member name
such as ``../../x`` cannot write anywhere. Two limits stop decompression bombs: each member may
expand to at most ``max_bytes`` (the reader's limit) and one archive to at most
``max_archive_bytes`` in total; past them the member becomes an ``errors`` row.

A job's ``key`` is its ``doc_id``: the file's path relative to the folder or glob it came
from (its file name for a file argument), and ``<archive>/<member>`` inside an archive; a key
already taken in the run gets ``~2``, ``~3``... so doc_ids are unique.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..model.errors import InputError
from .reader import DEFAULT_MAX_ARCHIVE_BYTES, DEFAULT_MAX_BYTES, read_bytes

TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")
GLOB_CHARS = frozenset("*?[")
SKIP_NAMES = ("__MACOSX/", ".DS_Store")
NOTE_SUFFIXES = (".md", ".rst")


@dataclass(frozen=True)
class Job:
    """One input file: a plain or gzipped file, a zip member, or a tar member (with its bytes)."""

    key: str  # the doc_id of this input
    path: str  # the file on disk (the archive, for a member)
    kind: str = "file"  # file | gz | zip | tar | error
    member: str | None = None
    data: bytes | None = None  # a tar member's bytes, read while streaming the archive
    size: int = 0  # bytes on disk (compressed), for progress
    problem: str | None = None  # why this input cannot be read (kind == "error")


def input_id(job: Job) -> str:
    """Which input a job is, across runs: its file's absolute path and its archive member (a
    doc_id can change between runs; --resume keys on this)."""
    return json.dumps([os.path.abspath(job.path), job.member])


def archive_kind(name: str) -> str | None:
    low = name.lower()
    if low.endswith(TAR_SUFFIXES):
        return "tar"
    if low.endswith(".zip"):
        return "zip"
    if low.endswith(".gz"):
        return "gz"
    return None


def _hidden(rel: str) -> bool:
    """Hidden files, archive litter, and a folder's own notes (README.md): not exhibits."""
    hidden = any(p.startswith(".") and p not in (".", "..") for p in Path(rel).parts)
    return hidden or rel.startswith(SKIP_NAMES) or rel.lower().endswith(NOTE_SUFFIXES)


def _glob_base(pattern: str) -> Path:
    """The folder before the first glob character: doc_ids are relative to it."""
    parts = Path(pattern).parts
    base: list[str] = []
    for part in parts:
        if GLOB_CHARS & set(part):
            break
        base.append(part)
    return Path(*base) if base else Path(".")


def _files(raw: str) -> Iterator[tuple[Path, str]]:
    """(file, doc_id) for one path argument: a file, a folder or a glob."""
    p = Path(raw)
    if p.is_dir():
        for f in sorted(p.rglob("*")):
            rel = f.relative_to(p).as_posix()
            if f.is_file() and not _hidden(rel):
                yield f, rel
    elif p.exists() or not (GLOB_CHARS & set(raw)):
        yield p, p.name
    else:
        base = _glob_base(raw)
        for m in sorted(glob.glob(raw, recursive=True)):
            f = Path(m)
            if f.is_file():
                yield f, f.relative_to(base).as_posix() if f.is_relative_to(base) else f.name


def _zip_jobs(path: Path, key: str, max_bytes: int, max_archive_bytes: int) -> Iterator[Job]:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir() and not _hidden(i.filename)]
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError, ValueError) as exc:
        # UnicodeDecodeError: a member name flagged UTF-8 that is not; zipfile gives up on the archive
        yield Job(key, str(path), "error", problem=f"cannot open zip archive: {exc}")
        return
    total = 0
    for info in sorted(infos, key=lambda i: i.filename):
        mkey = f"{key}/{info.filename}"
        total += info.file_size
        if info.file_size > max_bytes:
            yield Job(mkey, str(path), "error", info.filename,
                      problem=f"archive member expands to {info.file_size} bytes, "
                              f"over the limit of {max_bytes}")
        elif total > max_archive_bytes:
            yield Job(mkey, str(path), "error", info.filename,
                      problem=f"archive expands past the limit of {max_archive_bytes} bytes")
        else:
            yield Job(mkey.removesuffix(".gz"), str(path), "zip", info.filename, size=info.compress_size)


def _tar_jobs(path: Path, key: str, max_bytes: int, max_archive_bytes: int) -> Iterator[Job]:
    total = 0
    try:
        with tarfile.open(path, mode="r|*") as tf:  # streaming: one pass, members in archive order
            for info in tf:
                if not info.isfile() or _hidden(info.name):
                    continue
                mkey = f"{key}/{info.name}"
                total += info.size
                if info.size > max_bytes:
                    yield Job(mkey, str(path), "error", info.name,
                              problem=f"archive member is {info.size} bytes, over the limit of {max_bytes}")
                    continue
                if total > max_archive_bytes:
                    yield Job(mkey, str(path), "error", info.name,
                              problem=f"archive expands past the limit of {max_archive_bytes} bytes")
                    return
                fh = tf.extractfile(info)
                data = fh.read() if fh is not None else b""
                if info.name.endswith(".gz"):
                    try:
                        data = _gunzip(data, max_bytes, mkey)
                    except InputError as exc:
                        yield Job(mkey, str(path), "error", info.name, problem=exc.message)
                        continue
                yield Job(mkey.removesuffix(".gz"), str(path), "tar", info.name, data=data, size=info.size)
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        yield Job(f"{key}/", str(path), "error", problem=f"cannot read tar archive: {exc}")


def _gunzip(data: bytes, max_bytes: int, name: str) -> bytes:
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(f"cannot decompress: {exc}", document=name) from exc
    if len(out) > max_bytes:
        raise InputError(f"expands past the limit of {max_bytes} bytes", document=name)
    return out


def printable_name(name: str) -> str:
    """A file name as text that encodes as UTF-8: bytes that are not UTF-8 (an old archive's
    latin-1 ``caf\\xe9.txt``, which Python keeps as lone surrogates) written as ``\\xNN`` escapes."""
    if name.isascii():
        return name
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def expand(paths: Iterable[str | os.PathLike], *, max_bytes: int = DEFAULT_MAX_BYTES,
           max_archive_bytes: int = DEFAULT_MAX_ARCHIVE_BYTES) -> Iterator[Job]:
    """Jobs for every input below ``paths``, lazily (a tar archive is read as it is walked).

    Keys are printable and unique: a name that is not UTF-8 is escaped (``printable_name``), and an
    input whose key an earlier input already took (``a.txt`` and ``a.txt.gz`` in one folder, two
    file arguments with one base name) gets ``~2``, ``~3``... in input order."""
    taken: dict[str, int] = {}
    for job in _jobs(paths, max_bytes, max_archive_bytes):
        key = printable_name(job.key)
        n = taken.get(key, 0) + 1
        taken[key] = n
        if n > 1:
            base = key
            key = f"{base}~{n}"
            while key in taken:  # a real input already named like a disambiguated one
                n += 1
                key = f"{base}~{n}"
            taken[base] = n
            taken[key] = 1
        yield job if key == job.key else replace(job, key=key)


def _jobs(paths: Iterable[str | os.PathLike], max_bytes: int, max_archive_bytes: int) -> Iterator[Job]:
    for raw in paths:
        for f, key in _files(os.fspath(raw)):
            kind = archive_kind(f.name)
            size = f.stat().st_size if f.is_file() else 0
            if kind == "zip":
                yield from _zip_jobs(f, key, max_bytes, max_archive_bytes)
            elif kind == "tar":
                yield from _tar_jobs(f, key, max_bytes, max_archive_bytes)
            elif kind == "gz":
                yield Job(key.removesuffix(".gz").removesuffix(".GZ"), str(f), "gz", size=size)
            else:
                yield Job(key, str(f), size=size)


def total_size(paths: Iterable[str | os.PathLike]) -> int:
    """Bytes on disk of every file below ``paths`` (archives as stored): the total of a progress bar."""
    total = 0
    for raw in paths:
        for f, _ in _files(os.fspath(raw)):
            try:
                total += f.stat().st_size
            except OSError:
                pass
    return total


def load(job: Job, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of one job, decompressed, refusing more than ``max_bytes``."""
    if job.kind == "error":
        raise InputError(job.problem or "cannot read", document=job.key)
    if job.data is not None:
        return job.data
    if job.kind == "file":
        return read_bytes(Path(job.path), max_bytes=max_bytes)
    try:
        if job.kind == "gz":
            with gzip.open(job.path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        elif job.kind == "zip":
            with zipfile.ZipFile(job.path) as zf, zf.open(job.member or "") as fh:
                data = fh.read(max_bytes + 1)
            if (job.member or "").endswith(".gz"):
                data = _gunzip(data, max_bytes, job.key)
        else:
            raise InputError(f"unknown input kind {job.kind!r}", document=job.key)
    except (OSError, EOFError, zlib.error, zipfile.BadZipFile, KeyError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"cannot decompress: {exc}", document=job.key) from exc
    if len(data) > max_bytes:
        raise InputError(f"expands past the limit of {max_bytes} bytes", document=job.key)
    return data


def load_url(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES, storage_options: dict | None = None) -> bytes:
    """The bytes of a local path or any fsspec URL (``s3://...``), ``.gz`` decompressed (needs fsspec)."""
    import fsspec

    try:
        with fsspec.open(url, "rb", compression="infer", **(storage_options or {})) as fh:
            data = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot read: {exc}", document=url) from exc
    if len(data) > max_bytes:
        raise InputError(f"file is over the limit of {max_bytes} bytes", document=url)
    return data
