"""A progress bar for batches (``tqdm.auto``): bytes read of a known total, MB/s and time left,
files, documents, errors.

Shown when enabled and either stderr is a terminal or the caller runs in a Jupyter kernel (where
``tqdm.auto`` draws a notebook widget when ipywidgets is installed); logs and pipes stay clean.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, TypeVar


class _Result(Protocol):
    n_bytes: int
    n_docs: int
    errors: list
    size: int


R = TypeVar("R", bound=_Result)  # track() hands back each result as the caller's own type


def in_notebook() -> bool:
    """True inside a Jupyter kernel (its stderr is no terminal, yet a bar is wanted there)."""
    shell = sys.modules.get("IPython")
    ip = getattr(shell, "get_ipython", lambda: None)() if shell is not None else None
    return ip is not None and "IPKernelApp" in getattr(ip, "config", {})


def _has_widgets() -> bool:
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        return False
    return True


class Progress:
    def __init__(self, *, enabled: bool = True, stream: Any = None,
                 total: int | Callable[[], int] | None = None) -> None:
        self.stream = stream or sys.stderr
        self.notebook = stream is None and in_notebook()
        tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.enabled = bool(enabled) and (tty or self.notebook)
        self._total = total  # bytes on disk of every input (sources.total_size), or how to get them
        self.total: int | None = None
        self.files = self.docs = self.errors = 0
        self.bar: Any = None

    def __enter__(self) -> Progress:
        if self.enabled:
            self.total = (self._total() if callable(self._total) else self._total) or None
            if self.notebook and _has_widgets():
                from tqdm.auto import tqdm  # the notebook widget
            else:  # a terminal, or a notebook without ipywidgets: the text bar (tqdm.auto would warn)
                from tqdm import tqdm
            tqdm.monitor_interval = 0  # no monitor thread (worker processes are started meanwhile)
            self.bar = tqdm(file=self.stream, total=self.total, unit="B", unit_scale=True, unit_divisor=1000,
                            desc="sec-exhibits", mininterval=0.2)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            if self.total and not any(exc):  # sizes of archive members are estimates: end at 100%
                self.bar.n = self.total
                self.bar.refresh()
            self.bar.close()

    def update(self, res: _Result) -> None:
        self.files += 1
        self.docs += res.n_docs
        self.errors += len(res.errors)
        if self.bar is not None:
            self.bar.set_postfix(files=self.files, docs=self.docs, errors=self.errors, refresh=False)
            if self.total:  # on-disk sizes against the known total; never past it
                self.bar.update(max(0, min(getattr(res, "size", 0), self.total - self.bar.n)))
            else:
                self.bar.update(res.n_bytes)

    def track(self, items: Iterable[R]) -> Iterator[R]:
        for res in items:
            self.update(res)
            yield res
