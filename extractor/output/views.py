"""The views an ``Exhibit`` draws of itself (``ex._repr_html_()``, ``ex.to_html(path)``): the renderer
the package's ``__init__`` names to the model (``extractor/model/views.py``), so the model never
imports the output layer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import export, render
from .render import card_html as card_html  # the notebook card, as it is


def save_html(ex: Any, path: str | Path | None = None) -> str:
    """``render.to_html(ex)``; with ``path`` also written there (atomically)."""
    page = render.to_html(ex)
    if path is not None:
        export.atomic_write_text(Path(path), page)
    return page
