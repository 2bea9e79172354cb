"""Command line: ``sec-exhibits parse FILE`` and ``sec-exhibits batch PATH... --out DIR``.

The only module that prints; it writes through ``export`` (atomic writes).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from .. import __version__
from ..grammars import rx
from ..io.reader import DEFAULT_MAX_ARCHIVE_BYTES, DEFAULT_MAX_BYTES
from ..model import schema
from ..model.errors import ExtractorError, InputError
from ..run import DEFAULT_TIMEOUT
from . import cli_extra, export


def _summary(ex) -> str:
    m = ex.meta
    lines = [
        f"source:   {m.get('source')}",
        f"title:    {m.get('title') or '-'}",
        f"kind:     {m.get('kind') or '-'}",
        f"exhibit:  {m.get('exhibit_number') or '-'}",
        f"encoding: {m.get('encoding')}",
        f"pages:    {len(ex.pages)}",
    ]
    for name in schema.EXHIBIT_TABLES:  # row counts without building DataFrames (no pandas import)
        lines.append(f"  {name:14s} {ex.n_rows(name):6d}")
    return "\n".join(lines)


def cmd_parse(a: argparse.Namespace) -> int:
    from ..pipeline import parse_submission  # the stages load only for a command that runs them here

    types = tuple(a.types.split(",")) if a.types else None
    exhibits = parse_submission(Path(a.file), types=types, max_bytes=a.max_bytes)
    if a.json:
        print("[" + ",\n".join(export.exhibit_json(ex) for ex in exhibits) + "]" if len(exhibits) != 1
              else export.exhibit_json(exhibits[0]))
    else:
        print("\n\n".join(_summary(ex) for ex in exhibits))
    return 0


# Exit codes of `batch` (README "Command line"): 0 done; 1 nothing was produced, or an input failed
# with --fail-on-error; 2 a bad option or output folder; 3 the output could not be written (disk
# full); 130 interrupted.
EXIT_NOTHING, EXIT_USAGE, EXIT_WRITE, EXIT_INTERRUPTED = 1, 2, 3, 130
FIRST_ERRORS = 3  # errors named in the summary line when nothing was produced


def _tables(a: argparse.Namespace) -> tuple[str, ...] | None:
    if not a.tables:
        return None
    names = tuple(t.strip() for t in a.tables.split(",") if t.strip())
    unknown = [t for t in names if t not in schema.TABLES]
    if unknown:
        raise InputError(f"--tables: no table {', '.join(unknown)} (tables: {', '.join(schema.TABLES)})")
    return names


def _first_errors(errors: list[dict]) -> str:
    return "; ".join(f"{e.get('doc_id')}: {e.get('error_type')}: {e.get('message')}" for e in errors)


def cmd_batch(a: argparse.Namespace) -> int:
    # the batch's own modules (worker processes, archives, chunk files) load only for a batch: `parse` starts faster
    from ..io import sources
    from ..run.batch import Options, results
    from ..run.progress import Progress
    from . import chunks

    types = tuple(a.types.split(",")) if a.types else None
    if a.workers is not None and a.workers < 0:
        raise InputError("--workers must be 0 or more")
    out = Path(a.out)
    export.check_out_dir(out, resume=a.resume, overwrite=a.overwrite)
    tables = _tables(a)
    drop = ("text",) if a.no_text else ()
    try:
        writer = chunks.ChunkWriter(out, a.format, resume=a.resume, safe=a.excel_safe, tables=tables, drop=drop)
    except OSError as exc:
        return _write_failed(out, exc, 0)
    jobs = sources.expand(a.paths, max_bytes=a.max_bytes, max_archive_bytes=a.max_archive_bytes)
    # CSV rows are formatted in the workers: the parent only writes bytes
    opts = Options(types=types, max_bytes=a.max_bytes, timeout=a.timeout or None,
                   render="csv" if a.format == "csv" else None, csv_safe=a.excel_safe, tables=tables, drop=drop)
    first: list[dict] = []
    try:
        # the total (a walk of the inputs) is taken only when a bar is shown
        with Progress(enabled=not a.quiet, total=lambda: sources.total_size(a.paths)) as bar:
            for res in bar.track(results(jobs, opts, workers=a.workers, skip=frozenset(writer.done))):
                if len(first) < FIRST_ERRORS:
                    first.extend(res.errors[: FIRST_ERRORS - len(first)])
                _writing(writer.add, res)
        _writing(writer.close, keep_parts=a.keep_parts)
    except KeyboardInterrupt:
        try:
            writer.flush()
        except OSError:
            pass
        print(f"sec-exhibits: interrupted; {len(writer.done)} inputs saved in {a.out}: "
              "run again with --resume to continue", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _WriteFailed as exc:
        return _write_failed(out, exc.error, len(writer.done))
    finally:
        writer.release()  # the folder is free for the next run (an in-process caller's too)
    resumed = len(writer.done) - bar.files if a.resume else 0
    nothing = bar.docs == 0 and resumed <= 0
    if not a.quiet or nothing:
        skipped = f", {resumed} already done" if a.resume else ""
        line = f"{bar.files} files, {bar.docs} documents, {bar.errors} errors{skipped} -> {a.out}"
        if nothing:
            if first:
                why = f"first errors: {_first_errors(first)}"
            elif bar.files:
                why = "no document in the inputs" + (" matched --types" if types else "")
            else:
                why = f"no input file found in {' '.join(map(str, a.paths))}"
            line = f"sec-exhibits: nothing produced: {line}; {why}"
        print(line, file=sys.stderr)
    if nothing:
        return EXIT_NOTHING
    return 1 if (a.fail_on_error and bar.errors) else 0


T = TypeVar("T")


class _WriteFailed(Exception):
    """An OSError of the output (not of an input, which is an errors row)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def _writing(call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    try:
        return call(*args, **kwargs)
    except OSError as exc:
        raise _WriteFailed(exc) from exc


def _write_failed(out: Path, exc: OSError, saved: int) -> int:
    """One line for an output that cannot be written (disk full, file too large, no permission)."""
    print(f"sec-exhibits: error: cannot write {out}: {exc.strerror or exc}; {saved} inputs are saved "
          "(the previous tables are untouched): free space and run again with --resume", file=sys.stderr)
    return EXIT_WRITE


def cmd_schema(a: argparse.Namespace) -> int:
    from ..model.descriptions import json_schema

    doc = json_schema()
    if a.table:
        if a.table not in doc["$defs"]:
            raise InputError(f"no table {a.table} (tables: {', '.join(schema.TABLES)})")
        doc = {"$schema": doc["$schema"], **doc["$defs"][a.table]}
    print(json.dumps(doc, indent=1, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="sec-exhibits",
                                 description="Structured tables from SEC EDGAR exhibits.")
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse one file and print a summary (or --json)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="the whole result: metadata, body, every table")
    p.add_argument("--types", help="with a submission file: only these <TYPE>s, e.g. 'EX-10*'")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES)
    p.set_defaults(func=cmd_parse)

    b = sub.add_parser("batch", help="parse files, folders, globs and archives; write one table per file",
                       description="PATH may be a file, a folder (recursive), a glob, a .gz file, or a "
                                   ".zip / .tar / .tar.gz archive of exhibits or submissions.")
    b.add_argument("paths", nargs="+", metavar="PATH")
    b.add_argument("--out", required=True, help="output folder")
    b.add_argument("--format", choices=export.FORMATS, default="csv",
                   help="csv (default): DIR/<table>.csv; parquet: DIR/<table>.parquet (needs pyarrow); "
                        "jsonl: DIR/exhibits.jsonl, one document per line, and DIR/errors.jsonl")
    b.add_argument("--workers", type=int, default=None,
                   help="worker processes (default: one per core; 0 = no subprocess)")
    b.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                   help=f"seconds allowed per input file before it becomes an errors row "
                        f"(default {DEFAULT_TIMEOUT:g}; 0 = no limit)")
    b.add_argument("--resume", action="store_true",
                   help="skip inputs already written to DIR by an interrupted or earlier run")
    b.add_argument("--types", help="with submission files: only these <TYPE>s, e.g. 'EX-10*'")
    b.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help="largest input file (decompressed)")
    b.add_argument("--max-archive-bytes", type=int, default=DEFAULT_MAX_ARCHIVE_BYTES,
                   help="most bytes one archive may expand to")
    b.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")
    b.add_argument("--fail-on-error", action="store_true", help="exit 1 when any file failed")
    b.add_argument("--overwrite", action="store_true",
                   help="replace the output of an earlier run in --out (else it is refused)")
    b.add_argument("--keep-parts", action="store_true",
                   help="keep the committed chunks (DIR/.parts) after a successful run")
    b.add_argument("--tables", help="only these tables, e.g. 'parties,dates' (documents and errors always)")
    b.add_argument("--no-text", action="store_true",
                   help="leave out the text column of every table (start/end still index the original)")
    b.add_argument("--excel-safe", action="store_true",
                   help="CSV for spreadsheets: prefix cells starting with = + - @ TAB CR with ' "
                        "(changes those values; the default CSV is exact)")
    b.add_argument("--no-csv-safety", action="store_true", help=argparse.SUPPRESS)  # the default now
    b.set_defaults(func=cmd_batch)
    sc = sub.add_parser("schema", help="print the output tables' JSON Schema (a description per column)")
    sc.add_argument("--table", help="only this table")
    sc.set_defaults(func=cmd_schema)
    cli_extra.add_commands(sub)  # render, stats
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    finally:
        # the patterns' programs for the next start, when the cache lacks them (grammars/rx.py): after
        # the command, which imports the stages only where it runs them
        rx.save()


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ExtractorError as exc:
        print(f"sec-exhibits: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # before a batch's writer has anything to save (it handles its own)
        print("sec-exhibits: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `sec-exhibits schema | head`: the reader left; no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
