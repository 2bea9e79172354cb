"""Dask DataFrames of any table, from a list or glob of paths or URLs (optional extra ``dask``).

    from extractor.run.dask import read_exhibits
    parties = read_exhibits("s3://bucket/exhibits/*.txt", table="parties")   # lazy
    parties.compute()

One partition per group of ``files_per_partition`` files; each partition runs the same
per-file code as ``parse_many`` (``batch.run_job``), so on a cluster the result equals the
single-process result. Paths go through fsspec: local paths, ``s3://`` and the like (install
the matching fsspec backend, e.g. s3fs), ``.gz`` decompressed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

import pandas as pd

from ..io import sources
from ..io.reader import DEFAULT_MAX_BYTES
from ..model import schema
from ..model.errors import InputError
from .batch import DEFAULT_TIMEOUT, Options, run_job

try:
    import dask.dataframe as dd
    import fsspec
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("extractor.run.dask needs the dask extra: "
                      "pip install 'sec-exhibit-extractor[dask]'") from exc

FILES_PER_PARTITION = 16


def _targets(urlpath: str | os.PathLike | Iterable[str | os.PathLike],
             storage_options: dict | None) -> list[tuple[str, str]]:
    """(url, doc_id) for every file: doc_ids as parse_many gives them (relative to a folder or a
    glob's base folder, or the file name for a listed file)."""
    if isinstance(urlpath, (str, os.PathLike)):
        raw = os.fspath(urlpath)
        files = fsspec.open_files(raw, "rb", **(storage_options or {}))
        if any(c in raw for c in sources.GLOB_CHARS):
            base = str(sources._glob_base(raw.split("://", 1)[-1])).rstrip("/") + "/"
            protocol = raw.split("://", 1)[0] + "://" if "://" in raw else ""
            out = []
            for f in files:
                path = f.path
                rel = path.split(base, 1)[1] if base in path else path.rsplit("/", 1)[-1]
                out.append((protocol + path if protocol else path, rel))
            return sorted(out, key=lambda t: t[1])
        fs, root = fsspec.core.url_to_fs(raw, **(storage_options or {}))
        if fs.isdir(root):  # a folder: every file below it, doc_id relative to it (as parse_many)
            protocol = raw.split("://", 1)[0] + "://" if "://" in raw else ""
            root = root.rstrip("/")
            found = sorted(p for p in fs.find(root) if not sources._hidden(p[len(root) + 1 :]))
            return [(protocol + p if protocol else p, p[len(root) + 1 :]) for p in found]
        return [(raw, raw.rstrip("/").rsplit("/", 1)[-1])]
    return [(os.fspath(p), os.fspath(p).rstrip("/").rsplit("/", 1)[-1]) for p in urlpath]


def _partition(group: list[tuple[str, str]], table: str, opts: Options,
               storage_options: dict | None) -> pd.DataFrame:
    collected: dict[str, schema.Columns] = {}
    errors: list[dict] = []
    for url, doc_id in group:
        try:
            data = sources.load_url(url, max_bytes=opts.max_bytes, storage_options=storage_options)
        except InputError as exc:
            job = sources.Job(doc_id, url, "error", problem=exc.message)
        else:
            job = sources.Job(doc_id, url, data=data, size=len(data))
        res = run_job(job, opts)
        if table in res.columns:
            schema.extend(collected, table, res.columns[table])
        errors.extend(res.errors)
    if table == "errors":
        return schema.frame("errors", errors, doc_id=True)
    return schema.from_columns(table, collected.get(table) or {"doc_id": []})


def read_exhibits(urlpath: str | os.PathLike | Iterable[str | os.PathLike], table: str = "documents", *,
                  files_per_partition: int = FILES_PER_PARTITION, types: tuple[str, ...] | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = DEFAULT_TIMEOUT,
                  storage_options: dict | None = None) -> dd.DataFrame:
    """A lazy Dask DataFrame of ``table`` (any name in ``schema.TABLES``, ``errors`` included)."""
    if table not in schema.TABLES:
        raise InputError(f"unknown table {table!r} (one of {', '.join(schema.TABLES)})")
    targets = _targets(urlpath, storage_options)
    if not targets:
        raise InputError(f"no files match {urlpath!r}")
    n = max(1, files_per_partition)
    groups = [targets[i : i + n] for i in range(0, len(targets), n)]
    opts = Options(types=types, max_bytes=max_bytes, timeout=timeout)
    return dd.from_map(_partition, groups, table=table, opts=opts, storage_options=storage_options,
                       meta=schema.frame(table, doc_id=True), label=f"sec-exhibits-{table}",
                       enforce_metadata=False)
