"""Review: the page furniture removed from each document of the raw EDGAR corpus, per kind.

    python benchmarks/furniture.py [PATH ...] [--top N] [--show KIND ...] [--doc SUBSTRING]

PATH defaults to the raw folders of ../shared/corpus (edgar-exhibits, edgar-raw, edgar-amendments,
contracts-ex10). Prints the furniture rows per kind over the corpus, the documents removing the
most lines of each kind (the outliers to read), every document whose body still holds an SGML tag
of the period (``<PAGE>``, ``<TABLE>``, ``<S>``, ``<C>``, ...), repeated doc_ids, and with ``--show``
the distinct texts removed as each named kind per document (``--show running`` is the list to read
for body text taken as a running head or foot).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

import regex

from extractor.io.reader import read
from extractor.pipeline import iter_exhibits

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FOLDERS = ("edgar-exhibits", "edgar-raw", "edgar-amendments", "contracts-ex10")
SKIP = {"MANIFEST.tsv", "README.md"}
SGML_TAG = regex.compile(r"(?im)^[ \t]*</?(?:PAGE|TABLE|CAPTION|S|C|FN|F\d{1,2})>")


def files(paths: list[Path]) -> list[tuple[str, Path]]:
    out = []
    for p in paths:
        found = sorted(p.rglob("*")) if p.is_dir() else [p]
        out += [(f"{p.name}/{f.relative_to(p)}" if p.is_dir() else f.name, f)
                for f in found if f.is_file() and f.name not in SKIP]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--top", type=int, default=8, help="outlier documents listed per kind")
    ap.add_argument("--show", nargs="*", default=(), help="list the distinct texts of these kinds per document")
    ap.add_argument("--doc", default="", help="only documents whose doc_id holds this")
    a = ap.parse_args()
    paths = a.paths or [CORPUS / f for f in FOLDERS if (CORPUS / f).exists()]
    totals: Counter[str] = Counter()
    per_doc: dict[str, Counter[str]] = {}
    shown: dict[str, list[tuple[str, str]]] = defaultdict(list)
    tagged: list[tuple[str, int, str]] = []
    ids: Counter[str] = Counter()
    for key, path in files(paths):
        for suffix, ex in iter_exhibits(read(path)):
            doc = key if suffix is None else f"{key}#{suffix}"
            if a.doc not in doc:
                continue
            ids[doc] += 1
            kinds = Counter(ex.furniture["kind"].tolist())
            per_doc[doc] = kinds
            totals.update(kinds)
            body = ex.view.text
            tags = SGML_TAG.findall(body)
            if tags:
                tagged.append((doc, len(tags), tags[0].strip()))
            for kind, text in zip(ex.furniture["kind"], ex.furniture["text"]):
                if kind in a.show:
                    shown[doc].append((kind, " ".join(text.split())[:110]))
    print(f"{len(per_doc)} documents; furniture rows per kind:")
    for kind, n in totals.most_common():
        docs = sum(1 for c in per_doc.values() if c[kind])
        print(f"  {kind:14} {n:7} rows in {docs:4} documents")
    for kind in sorted(totals):
        if kind in ("blank",):
            continue
        top = sorted(per_doc.items(), key=lambda kv: -kv[1][kind])[: a.top]
        print(f"most {kind}: " + ", ".join(f"{d} ({c[kind]})" for d, c in top if c[kind]))
    print(f"documents with an SGML tag left in the body: {len(tagged)}")
    for doc, n, first in tagged:
        print(f"  {doc}: {n} (first {first!r})")
    dups = [d for d, n in ids.items() if n > 1]
    print(f"repeated doc_ids: {len(dups)} {dups[:10]}")
    for doc, rows in shown.items():
        print(f"== {doc}")
        for (kind, text), n in Counter(rows).items():
            print(f"   {kind:10} x{n:<3} {text!r}")


if __name__ == "__main__":
    main()
