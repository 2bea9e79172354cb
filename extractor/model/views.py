"""Where an ``Exhibit`` finds the functions that draw it (the Jupyter card, the annotated HTML page).

Those live in the output layer (``extractor/output/render.py``), which imports the model; the model
must not import it back. The package's ``__init__`` names the renderer here once, as a loader called
on first use, so ``import extractor`` does not load the renderer (nor pandas) until a view is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol


class Renderer(Protocol):
    """What ``Exhibit`` asks of its renderer (``extractor.output.render`` provides both)."""

    def card_html(self, ex: Any, n_rows: int = ...) -> str: ...

    def save_html(self, ex: Any, path: str | Path | None = None) -> str: ...


_loaders: list[Callable[[], Renderer]] = []  # at most one: set by extractor/__init__.py


def set_renderer(load: Callable[[], Renderer]) -> None:
    """Name the renderer (``load()`` returns it; called each time a view is drawn, so it should be cheap)."""
    _loaders[:] = [load]


def renderer() -> Renderer:
    """The renderer the package named."""
    if not _loaders:
        raise RuntimeError("no renderer is set: extractor/__init__.py sets one when the package is imported")
    return _loaders[0]()
