"""Choose the HTML-to-text converter by measurement (not a test).

Runs each candidate over the HTML documents inside ``../shared/corpus/edgar-raw/submission-*.txt``
(or the files given) and prints its speed (MB/s) and fidelity:

* ``words``  share of the visible words (as a multiset) that reach the output;
* ``blocks`` share of paragraphs, headings, list items and table rows whose text lands on ONE
  output line (the grammars read lines: a paragraph split at an inline tag, or a table row spread
  over several lines, is a fidelity loss).

    python benchmarks/html_converters.py [FILE...]
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.io import html as ours  # noqa: E402
from extractor.io.reader import decode  # noqa: E402
from extractor.io.submission import is_submission, split_submission  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "edgar-raw"
WS = re.compile(r"\s+")


def norm(s: str) -> str:
    return WS.sub(" ", s.replace("\xa0", " ")).strip()


def html_documents(files: list[Path]) -> list[tuple[str, str]]:
    docs = []
    for f in files:
        text = decode(f.read_bytes(), name=str(f)).text
        parts = [(f.name, text)]
        if is_submission(text):
            sub = split_submission(text, name=f.name)
            parts = [(f"{f.name}#{p.sequence}", text[p.start : p.end]) for p in sub.documents]
        docs += [(n, t) for n, t in parts if ours.looks_like_html(t)]
    return docs


def reference(html: str) -> tuple[Counter, list[str]]:
    root = lxml.html.document_fromstring(ours.strip_wrappers(html).encode("utf-8", "replace"))
    for bad in root.xpath("//script|//style|//head|//*[local-name()='header']"
                          "|//*[contains(translate(@style, ' ', ''), 'display:none')]"):
        bad.drop_tree()
    blocks = []
    for el in root.iter("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"):
        cells = el.xpath("./td|./th") if el.tag == "tr" else []
        blocks.append(" ".join(norm(c.text_content()) for c in cells) if cells else norm(el.text_content()))
    for el in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "br"):
        el.tail = " " + (el.tail or "")
    words = Counter(norm(root.text_content()).split())
    return words, [norm(b) for b in blocks if len(norm(b)) >= 3]


def fidelity(out: str, words: Counter, blocks: list[str]) -> tuple[float, float]:
    got = Counter(norm(out).split())
    w = sum(min(n, got[k]) for k, n in words.items()) / max(1, sum(words.values()))
    lines = [norm(x) for x in out.splitlines()]
    joined = "\n".join(lines)
    b = sum(1 for blk in blocks if blk in joined) / max(1, len(blocks))
    return w, b


def candidates():
    out = {"extractor.io.html (lxml walker, chosen)": ours.html_to_text}
    try:
        import inscriptis

        out["inscriptis"] = inscriptis.get_text
    except ImportError:
        pass
    try:
        import html2text

        def h2t(h: str) -> str:
            conv = html2text.HTML2Text()
            conv.body_width = 0
            return conv.handle(h)

        out["html2text"] = h2t
    except ImportError:
        pass
    try:
        from selectolax.lexbor import LexborHTMLParser

        def sel(h: str) -> str:
            tree = LexborHTMLParser(h)
            tree.strip_tags(["script", "style"])
            return tree.body.text(separator="\n") if tree.body else ""

        out["selectolax text(separator='\\n')"] = sel

        def sel_plain(h: str) -> str:
            tree = LexborHTMLParser(h)
            return tree.body.text(separator="") if tree.body else ""

        out["selectolax text()"] = sel_plain
    except ImportError:
        pass

    def lxml_text_content(h: str) -> str:
        return lxml.html.document_fromstring(ours.strip_wrappers(h).encode()).text_content()

    out["lxml text_content()"] = lxml_text_content
    return out


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(CORPUS.glob("submission-*.txt"))
    docs = html_documents(files)
    total = sum(len(t.encode()) for _, t in docs)
    print(f"{len(docs)} HTML documents, {total / 1e6:.2f} MB")
    refs = [reference(t) for _, t in docs]
    print(f"{'converter':40s} {'MB/s':>7s} {'words':>6s} {'blocks':>6s}")
    for name, fn in candidates().items():
        t0 = time.perf_counter()
        reps = 5
        for _ in range(reps):
            outs = [fn(t) for _, t in docs]
        dt = (time.perf_counter() - t0) / reps
        scores = [fidelity(o, w, b) for o, (w, b) in zip(outs, refs, strict=True)]
        wf = sum(s[0] for s in scores) / len(scores)
        bf = sum(s[1] for s in scores) / len(scores)
        print(f"{name:40s} {total / 1e6 / dt:7.1f} {wf:6.3f} {bf:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
