"""Hostile inputs at n and 4n: time for each, and the ratio (near 4 means linear).

Not a test: run `python benchmarks/hostile.py [--n-kb 256]` and read the ratios.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import extractor
from extractor.model.errors import ExtractorError

PATTERNS: dict[str, Callable[[int], str]] = {
    "asterisks": lambda n: "*" * n,
    "one long line": lambda n: ("The Company shall pay [***] to the Agent. " * (n // 41 + 1))[:n],
    "brackets": lambda n: ("[" * 50 + "TEXT DELETED" + "]" * 50 + " ((((a)))) ")[: n] * (n // 123 + 1),
    "By: lines": lambda n: ("By: /s/ John Smith\nName: John Smith\nTitle: CEO\n" * (n // 44 + 1))[:n],
    "page markers": lambda n: ("Some text of the agreement.\n<PAGE>\n   3\n" * (n // 40 + 1))[:n],
    "number lines": lambda n: ("\n12\n\n" * (n // 5 + 1))[:n],
    "form feeds": lambda n: ("text\f" * (n // 5 + 1))[:n],
    "repeated footer": lambda n: ("Body text that goes on.\n\nACME CORP CONFIDENTIAL 7\n\n" * (n // 50 + 1))[:n],
    "numbered headings": lambda n: "".join(f"{i}. Heading {i}. Section {i}.1 text.\n" for i in range(n // 30)),
}


def timed(text: str) -> float:
    t0 = time.perf_counter()
    try:
        extractor.parse(text, max_bytes=1 << 30)
    except ExtractorError:
        pass
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n-kb", type=int, default=128)
    ap.add_argument("--big", action="store_true", help="also parse a 50 MB exhibit")
    a = ap.parse_args()
    n = a.n_kb * 1024
    print(f"{'pattern':20s} {'n':>8s} {'t(n) s':>9s} {'t(4n) s':>9s} {'ratio':>6s} {'MB/s':>7s}")
    for name, make in PATTERNS.items():
        small, big = make(n), make(4 * n)
        t1, t4 = timed(small), timed(big)
        print(f"{name:20s} {len(small):8d} {t1:9.3f} {t4:9.3f} {t4 / max(t1, 1e-9):6.1f} "
              f"{len(big) / 1e6 / max(t4, 1e-9):7.2f}")
    if a.big:
        big_file()


def big_file(mb: int = 50) -> None:
    """A real-looking 50 MB exhibit: real sample text repeated, parsed whole."""
    from pathlib import Path

    sample = (Path(__file__).resolve().parent.parent / "samples" / "qwest-kmc-mgs-amendment-1.txt").read_text()
    text = (sample * (mb * 1_000_000 // len(sample) + 1))[: mb * 1_000_000]
    t = timed(text)
    print(f"{'50 MB exhibit':20s} {len(text):8d} {t:9.3f} {'':>9s} {'':>6s} {len(text) / 1e6 / t:7.2f}")


if __name__ == "__main__":
    main()
