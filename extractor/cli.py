"""Command line: ``sec-exhibits parse FILE`` and ``sec-exhibits batch PATH... --out DIR``.

The only module that prints; it writes through ``export`` (atomic writes).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, cli_extra, export
from .batch import parse_many
from .errors import ExtractorError
from .pipeline import parse_submission
from .reader import DEFAULT_MAX_BYTES


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
    for name, df in ex.tables().items():
        if name != "documents":
            lines.append(f"  {name:14s} {len(df):6d}")
    return "\n".join(lines)


def cmd_parse(a: argparse.Namespace) -> int:
    types = tuple(a.types.split(",")) if a.types else None
    exhibits = parse_submission(Path(a.file), types=types, max_bytes=a.max_bytes)
    if a.json:
        print("[" + ",\n".join(export.exhibit_json(ex) for ex in exhibits) + "]" if len(exhibits) != 1
              else export.exhibit_json(exhibits[0]))
    else:
        print("\n\n".join(_summary(ex) for ex in exhibits))
    return 0


def cmd_batch(a: argparse.Namespace) -> int:
    types = tuple(a.types.split(",")) if a.types else None
    result = parse_many(a.paths, types=types, max_bytes=a.max_bytes)
    export.write_tables(result.tables(), Path(a.out), safe=not a.no_csv_safety)
    n_docs, n_err = len(result.documents), len(result.errors)
    if not a.quiet:
        print(f"{n_docs} documents, {n_err} errors -> {a.out}", file=sys.stderr)
    return 1 if (a.fail_on_error and n_err) else 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="sec-exhibits", description="Structured tables from SEC EDGAR exhibits.")
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse one file and print a summary (or --json)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="the whole result: metadata, body, every table")
    p.add_argument("--types", help="with a submission file: only these <TYPE>s, e.g. 'EX-10*'")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES)
    p.set_defaults(func=cmd_parse)

    b = sub.add_parser("batch", help="parse files and folders; write one CSV per table")
    b.add_argument("paths", nargs="+")
    b.add_argument("--out", required=True, help="output folder")
    b.add_argument("--types", help="with submission files: only these <TYPE>s, e.g. 'EX-10*'")
    b.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES)
    b.add_argument("--quiet", action="store_true")
    b.add_argument("--fail-on-error", action="store_true", help="exit 1 when any file failed")
    b.add_argument("--no-csv-safety", action="store_true",
                   help="do not neutralise cells starting with = + - @ (spreadsheet formulas)")
    b.set_defaults(func=cmd_batch)
    cli_extra.add_commands(sub)  # render, stats
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ExtractorError as exc:
        print(f"sec-exhibits: error: {exc}", file=sys.stderr)
        return 2
