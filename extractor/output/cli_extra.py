"""Command line, continued: ``sec-exhibits render FILE -o FILE.html``, ``sec-exhibits stats OUT_DIR``,
``sec-exhibits consolidate BASE AMENDMENT...`` and ``sec-exhibits links OUT_DIR``.

``add_commands(subparsers)`` is called by ``cli.build_parser``. Like ``cli``, this module prints
and writes; the work is done by ``render`` and ``stats``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..io.reader import DEFAULT_MAX_BYTES
from ..model.errors import InputError
from . import export

if TYPE_CHECKING:  # pandas, the stages, the HTML view and stats load with their commands: a `batch` parent needs none
    from collections.abc import Iterable

    import pandas as pd


def cmd_render(a: argparse.Namespace) -> int:
    from ..pipeline import parse_submission
    from . import render

    types = tuple(a.types.split(",")) if a.types else None
    exhibits = parse_submission(Path(a.file), types=types, max_bytes=a.max_bytes)
    if not exhibits:
        raise InputError("no document to render (check --types)", document=a.file)
    if not 1 <= a.document <= len(exhibits):
        raise InputError(f"--document {a.document}: the file has {len(exhibits)} document(s)",
                         document=a.file)
    out = Path(a.output) if a.output else Path(Path(a.file).name).with_suffix(".html")
    export.atomic_write_text(out, render.to_html(exhibits[a.document - 1]))
    if not a.quiet:
        more = f" (document {a.document} of {len(exhibits)})" if len(exhibits) > 1 else ""
        print(f"wrote {out}{more}", file=sys.stderr)
    return 0


def read_output(out_dir: Path) -> dict[str, pd.DataFrame]:
    """The tables of a batch output folder with their declared dtypes (``loader.read_output``)."""
    from .loader import read_output

    return read_output(out_dir)


def cmd_stats(a: argparse.Namespace) -> int:
    from . import stats

    summary = stats.summarise(read_output(Path(a.out_dir)), top=a.top)
    print(json.dumps(summary.to_dict(), indent=1) if a.json else stats.format_stats(summary))
    return 0


def cmd_consolidate(a: argparse.Namespace) -> int:
    from ..pipeline import parse
    from .consolidate import consolidate

    base = parse(Path(a.base), max_bytes=a.max_bytes)
    result = consolidate(base, *(parse(Path(p), max_bytes=a.max_bytes) for p in a.amendments))
    stem = Path(Path(a.base).name).stem
    html_out = Path(a.output) if a.output else Path(f"{stem}.consolidated.html")
    export.atomic_write_text(html_out, result.html)
    if a.text:
        export.atomic_write_text(Path(a.text), result.text)
    if a.applied:
        export.atomic_write_text(Path(a.applied), result.applied.to_csv(index=False))
    t = result.applied
    # cast: the rows of the declared applied table (pandas-stubs types every field as any Scalar)
    for r in cast("Iterable[Any]", t.itertuples()):
        why = f" ({r.reason})" if isinstance(r.reason, str) else ""
        print(f"{r.step + 1}. {r.amendment} #{r.operation} {r.action} {r.target}: {r.status}{why}")
    n_ok = int((t["status"] == "applied").sum())
    if not a.quiet:
        print(f"{n_ok} of {len(t)} operations applied -> {html_out}", file=sys.stderr)
    return 0


def cmd_links(a: argparse.Namespace) -> int:
    from .links import links

    table = links(read_output(Path(a.out_dir)))
    if a.json:
        print(table.to_json(orient="records", indent=1))
    else:
        for r in table.itertuples():
            print(f"{r.amendment_doc_id} -> {r.base_doc_id} ({r.evidence})")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add ``render``, ``stats``, ``consolidate`` and ``links`` to the ``sec-exhibits`` subcommands."""
    r = sub.add_parser("render", help="write one self-contained HTML page with every finding highlighted")
    r.add_argument("file")
    r.add_argument("-o", "--output", help="the HTML file to write (default: FILE's name with .html, here)")
    r.add_argument("--types", help="with a submission file: only these <TYPE>s, e.g. 'EX-10*'")
    r.add_argument("--document", type=int, default=1, help="with a submission: which document (1-based)")
    r.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES)
    r.add_argument("--quiet", action="store_true")
    r.set_defaults(func=cmd_render)

    s = sub.add_parser("stats", help="a short text summary of a batch output folder")
    s.add_argument("out_dir")
    s.add_argument("--top", type=int, default=5, help="how many redaction kinds, document kinds, ... to list")
    s.add_argument("--json", action="store_true", help="the summary as JSON")
    s.set_defaults(func=cmd_stats)

    c = sub.add_parser("consolidate", help="apply a chain of amendments to their base agreement")
    c.add_argument("base")
    c.add_argument("amendments", nargs="+", metavar="amendment")
    c.add_argument("-o", "--output", help="the side-by-side HTML (default: BASE's name with .consolidated.html)")
    c.add_argument("--text", help="also write the consolidated text here")
    c.add_argument("--applied", help="also write the applied table here (CSV)")
    c.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES)
    c.add_argument("--quiet", action="store_true")
    c.set_defaults(func=cmd_consolidate)

    ln = sub.add_parser("links", help="link each amendment in a batch output folder to the agreement it amends")
    ln.add_argument("out_dir")
    ln.add_argument("--json", action="store_true", help="the links table as JSON records")
    ln.set_defaults(func=cmd_links)
