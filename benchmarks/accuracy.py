"""Accuracy at corpus scale: the three scorers in ../shared/eval/ and the no-party count, as one table.

    python benchmarks/accuracy.py [--shared ../shared] [--json]

Runs ``eval/score`` (hand-labelled dev set), ``eval/cuad-score`` (the CUAD lawyers' answers for
235 contracts) and ``eval/twins`` (287 contracts held twice: both extractions must agree), each
through this checkout's ``sec-exhibits``; then batches the three non-CUAD corpus folders and counts
the documents with no party row (every agreement names its parties). Prints one table, then the
coverage of amending sentences in every amending document of the corpus (benchmarks/amendment_coverage.py):
how many gave an operation, were judged not an instruction (by reason) or are left unexplained.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NO_PARTY_FOLDERS = ("contracts-ex10", "edgar-exhibits", "edgar-amendments")


def scorer(shared: Path, name: str, env: dict[str, str]) -> dict:
    out = subprocess.run([str(shared / "eval" / name), "--json"], capture_output=True, text=True,
                         env=env, cwd=ROOT, check=True)
    return json.loads(out.stdout)


def no_party_counts(shared: Path, env: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Per corpus folder: (documents with no party row, documents)."""
    counts: dict[str, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for folder in NO_PARTY_FOLDERS:
            src = shared / "corpus" / folder
            if not src.is_dir():
                continue
            out = Path(tmp) / folder
            subprocess.run(["sec-exhibits", "batch", str(src), "--out", str(out), "--quiet"],
                           env=env, check=True)
            # the folder's MANIFEST.tsv is batched too; it is not an agreement
            docs = [d for d in _column(out / "documents.csv", "doc_id") if not d.startswith("MANIFEST")]
            with_party = set(_column(out / "parties.csv", "doc_id"))
            counts[folder] = (sum(d not in with_party for d in docs), len(docs))
    return counts


def _column(path: Path, name: str) -> list[str]:
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as fh:
        return [row[name] for row in csv.DictReader(fh)]


def rows(score: dict, cuad: dict, twins: dict, no_party: dict[str, tuple[int, int]]) -> list[tuple[str, str, str]]:
    """(measure, figure, n) rows of the one table."""
    out: list[tuple[str, str, str]] = [("score: overall (labelled dev set)", f"{score['overall']:.3f}",
                                        str(score["documents"]))]
    for table, fig in score["figures"].items():
        value = fig.get("f1", fig.get("accuracy"))
        n = fig.get("n", fig.get("tp", 0) + fig.get("fn", 0))
        out.append((f"score: {table}", f"{value:.3f}", str(n)))
    out.append(("cuad-score: parties F1", f"{cuad['parties']['f1']:.3f}", str(cuad["documents"])))
    for field in ("title", "agreement_date", "effective_date", "governing_law", "expiration_date"):
        fig = cuad[field]
        note = "" if fig.get("extracted", True) else " (not extracted)"
        out.append((f"cuad-score: {field}{note}", f"{fig['accuracy']:.3f}", str(fig["n"])))
    for field, value in twins["agreement"].items():
        out.append((f"twins: {field}", f"{value:.3f}", str(twins["pairs"])))
    out.append(("twins: overall", f"{twins['overall']:.3f}", str(twins["pairs"])))
    for folder, (none, n) in no_party.items():
        out.append((f"no party row: {folder}", f"{none / n:.3f}" if n else "-", f"{none}/{n}"))
    total_none = sum(v[0] for v in no_party.values())
    total = sum(v[1] for v in no_party.values())
    if total:
        out.append(("no party row: all three folders", f"{total_none / total:.3f}", f"{total_none}/{total}"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    shared = Path(a.shared)
    if not (shared / "eval").is_dir():
        print(f"no scorers at {shared / 'eval'}: this needs the project's ../shared folder", file=sys.stderr)
        return 2
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    table = rows(scorer(shared, "score", env), scorer(shared, "cuad-score", env), scorer(shared, "twins", env),
                 no_party_counts(shared, env))
    if a.json:
        print(json.dumps([dict(zip(("measure", "figure", "n"), r)) for r in table], indent=1))
        return 0
    width = max(len(r[0]) for r in table)
    print(f"{'measure':<{width}}  figure  n")
    for measure, figure, n in table:
        print(f"{measure:<{width}}  {figure:>6}  {n}")
    print_amendment_coverage(shared, env)
    return 0


def print_amendment_coverage(shared: Path, env: dict[str, str]) -> None:
    """The coverage section: sentences with an amending word near a provision, in amending documents."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from amendment_coverage import coverage

    got = coverage(shared, env)
    n = int(got["sentences"]) or 1
    print(f"\namendment coverage ({got['documents']} amending documents, {got['sentences']} sentences with an "
          "amending word near a provision)")
    for key in ("operation", "not_instruction", "unexplained"):
        v = int(got.get(key, 0))
        print(f"  {key:<16} {v:>5}  {v / n:.3f}")
    for code, v in sorted(dict(got["codes"]).items(), key=lambda kv: -kv[1]):
        print(f"    {code:<30} {v:>5}")


if __name__ == "__main__":
    raise SystemExit(main())
