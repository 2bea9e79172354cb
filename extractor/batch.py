"""Run the pipeline over many files; collect every table with a ``doc_id`` and an ``errors`` table."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import schema
from .errors import ExtractorError
from .exhibit import Exhibit
from .pipeline import build_exhibit
from .reader import DEFAULT_MAX_BYTES, read
from .submission import is_submission, split_submission, type_matches

TEXT_SUFFIXES = {".txt", ".htm", ".html", ".nc", ".sgml", ""}


@dataclass(frozen=True)
class Job:
    path: Path
    doc_id: str


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

    def _repr_html_(self) -> str:
        """Jupyter's card: row counts per table and the errors (``extractor.render``)."""
        from .render import corpus_card_html

        return corpus_card_html(self.tables())


def discover(paths: Iterable[str | Path]) -> list[Job]:
    """Files named directly, and files below named folders (recursively, sorted)."""
    jobs: list[Job] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")):
                jobs.append(Job(f, f.relative_to(p).as_posix()))
        else:
            jobs.append(Job(p, p.name))
    return jobs


def exhibits_of(job: Job, *, types: tuple[str, ...] | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[str, Exhibit]]:
    """(doc_id, Exhibit) for a plain exhibit, or for each matching document of a submission."""
    decoded = read(job.path, max_bytes=max_bytes)
    if not is_submission(decoded.text):
        yield job.doc_id, build_exhibit(decoded.text, {"source": str(job.path), "encoding": decoded.encoding})
        return
    sub = split_submission(decoded.text, name=job.doc_id)
    for part in sub.documents:
        if not type_matches(part.type, types):
            continue
        text = decoded.text[part.start : part.end]
        if not text.strip():
            continue
        meta = {
            "source": str(job.path), "encoding": decoded.encoding, **sub.header, "sequence": part.sequence,
            "type": part.type, "filename": part.filename, "description": part.description,
            "submission_start": part.start, "submission_end": part.end,
        }
        yield f"{job.doc_id}#{part.sequence if part.sequence is not None else part.start}", build_exhibit(text, meta)


def error_row(doc_id: str, path: Path, exc: ExtractorError) -> dict:
    return {
        "doc_id": doc_id, "path": str(path), "error_type": type(exc).__name__, "message": exc.message,
        "stage": exc.stage, "offset": exc.offset, "line": exc.line, "preview": exc.preview,
    }


def run_job(job: Job, *, types: tuple[str, ...] | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[dict[str, list[pd.DataFrame]], list[dict]]:
    """All tables of one input file (with doc_id), and its error rows."""
    parts: dict[str, list[pd.DataFrame]] = {}
    errors: list[dict] = []
    try:
        for doc_id, ex in exhibits_of(job, types=types, max_bytes=max_bytes):
            for name, df in ex.tables().items():
                df = df.copy()
                df.insert(0, "doc_id", pd.array([doc_id] * len(df), dtype="string"))
                parts.setdefault(name, []).append(df)
    except ExtractorError as exc:
        errors.append(error_row(job.doc_id, job.path, exc))
    return parts, errors


def parse_many(paths: Iterable[str | Path], *, types: tuple[str, ...] | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> CorpusResult:
    """Parse every file below ``paths``; bad files become ``errors`` rows and the rest completes."""
    collected: dict[str, list[pd.DataFrame]] = {}
    errors: list[dict] = []
    for job in discover(paths):
        parts, errs = run_job(job, types=types, max_bytes=max_bytes)
        for name, dfs in parts.items():
            collected.setdefault(name, []).extend(dfs)
        errors.extend(errs)
    frames = {}
    for name in schema.TABLES:
        if name == "errors":
            frames[name] = schema.frame("errors", errors, doc_id=True)
            continue
        dfs = [d for d in collected.get(name, []) if len(d)]
        frames[name] = (schema.conform(name, pd.concat(dfs, ignore_index=True)) if dfs
                        else schema.frame(name, doc_id=True))
    return CorpusResult(frames)
