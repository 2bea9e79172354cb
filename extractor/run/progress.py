"""A progress bar for batches (tqdm on stderr): bytes read and MB/s, files, documents, errors.

Silent unless enabled and stderr is a terminal, so logs and pipes stay clean.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from tqdm import tqdm


class _Result(Protocol):
    n_bytes: int
    n_docs: int
    errors: list


class Progress:
    def __init__(self, *, enabled: bool = True, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = bool(enabled) and bool(getattr(self.stream, "isatty", lambda: False)())
        self.files = self.docs = self.errors = 0
        self.bar: tqdm | None = None

    def __enter__(self) -> Progress:
        if self.enabled:
            tqdm.monitor_interval = 0  # no monitor thread (worker processes are started meanwhile)
            self.bar = tqdm(file=self.stream, unit="B", unit_scale=True, unit_divisor=1000,
                            desc="sec-exhibits", mininterval=0.2)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()

    def update(self, res: _Result) -> None:
        self.files += 1
        self.docs += res.n_docs
        self.errors += len(res.errors)
        if self.bar is not None:
            self.bar.set_postfix(files=self.files, docs=self.docs, errors=self.errors, refresh=False)
            self.bar.update(res.n_bytes)

    def track(self, items: Iterable[_Result]) -> Iterator[_Result]:
        for res in items:
            self.update(res)
            yield res
