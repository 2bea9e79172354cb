"""Coverage of amending instructions across the corpus, without labels (issue 20).

    python benchmarks/amendment_coverage.py [--shared ../shared] [--verbose]

Batches the corpus, picks every document that amends another (an amendment by its title, or it names
the amended agreement, or it has operations), and in each finds every sentence holding an amending
word near a provision reference (``extractor.stages.amendment_coverage``): how many gave an operation,
how many were judged not to be an instruction (a ``diagnostics`` row says why) and how many are left
unexplained. ``benchmarks/accuracy.py`` prints the totals in its table.
"""

from __future__ import annotations

import argparse
import collections
import csv
import subprocess
import sys
import tempfile
from pathlib import Path

FOLDERS = ("cuad", "edgar-raw", "edgar-exhibits", "edgar-amendments", "contracts-ex10")
# the corpus's own lists of its files (a batch reads them as documents too): not exhibits
CORPUS_LISTS = ("MANIFEST.tsv", "README.md")


def amending_documents(out: Path) -> list[tuple[str, int | None]]:
    """(source path, submission sequence or None) of each document of a batch output that amends another."""
    csv.field_size_limit(1 << 30)
    with (out / "amendments.csv").open(encoding="utf-8", newline="") as fh:
        with_ops = {r["doc_id"] for r in csv.DictReader(fh)}
    found = []
    with (out / "documents.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if Path(r["source"]).name in CORPUS_LISTS:
                continue
            if r["doc_id"] in with_ops or r["kind"] == "amendment" or r["amended_agreement"] or r["amendment_number"]:
                found.append((r["source"], int(r["sequence"]) if r["sequence"] else None))
    return found


def coverage(shared: Path, env: dict[str, str] | None = None, verbose: bool = False,
             batch: Path | None = None) -> dict[str, object]:
    """Totals over the corpus: documents, sentences, operation / not_instruction / unexplained, and codes.

    ``batch`` reuses the output folder of an earlier batch of the corpus instead of batching it again."""
    import extractor
    from extractor.stages.amendment_coverage import amendment_coverage

    folders = [str(shared / "corpus" / f) for f in FOLDERS if (shared / "corpus" / f).is_dir()]
    if batch is not None:
        docs = amending_documents(batch)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out"
            subprocess.run([sys.executable, "-m", "extractor", "batch", *folders, "--out", str(out), "--quiet"],
                           env=env, check=True)
            docs = amending_documents(out)
    status: collections.Counter[str] = collections.Counter()
    codes: collections.Counter[str] = collections.Counter()
    for source, seq in docs:
        if seq is None:
            ex = extractor.parse(Path(source))  # a str would be read as the text itself
        else:
            ex = next(e for e in extractor.parse_submission(Path(source)) if e.meta.get("sequence") == seq)
        for c in amendment_coverage(ex.view, ex.tables()["amendments"].itertuples()):
            status[c.status] += 1
            if c.code:
                codes[c.code] += 1
            if verbose and c.status == "unexplained":
                print(f"unexplained: {Path(source).name}: {' '.join(ex.original[c.start:c.end].split())[:600]}")
    return {"documents": len(docs), "sentences": sum(status.values()), **status, "codes": dict(codes)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--verbose", action="store_true", help="print every unexplained sentence")
    ap.add_argument("--batch", metavar="DIR", help="reuse the output of an earlier batch of the corpus "
                    "(which documents amend another); the sentences are always read with the code as it is")
    a = ap.parse_args(argv)
    got = coverage(Path(a.shared), verbose=a.verbose, batch=Path(a.batch) if a.batch else None)
    for k, v in got.items():
        print(f"{k}: {v}")
    return 0 if not got.get("unexplained") else 1


if __name__ == "__main__":
    sys.exit(main())
