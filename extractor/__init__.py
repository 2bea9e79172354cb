"""sec-exhibit-extractor: raw SEC EDGAR exhibit text in, clean structured tables out."""

from importlib import import_module
from typing import Any

from .model import views as _views
from .model.errors import ExtractorError, InputError, ParseError, SubmissionError, TimeLimitError, WorkerError

__all__ = [
    "ApplyResult",
    "CorpusResult",
    "apply_amendments",
    "consolidate",
    "links",
    "Exhibit",
    "ExtractorError",
    "InputError",
    "ParseError",
    "SubmissionError",
    "build_exhibit",
    "from_edgartools",
    "parse",
    "parse_file",
    "parse_many",
    "parse_submission",
    "read_output",
    "TimeLimitError",
    "WorkerError",
]
__version__ = "0.1.0"


# Where each public name lives, imported on first use: the parent process of a batch (the CLI)
# never loads the stages and grammars, which only its workers run, nor pandas, which
# apply_amendments needs and a CSV or JSONL batch never does.
_LAZY = {
    "CorpusResult": "run.batch", "parse_many": "run.batch", "Exhibit": "model.exhibit",
    "build_exhibit": "pipeline", "parse": "pipeline", "parse_file": "pipeline", "parse_submission": "pipeline",
    "ApplyResult": "output.apply", "apply_amendments": "output.apply",
    "read_output": "output.loader", "from_edgartools": "io.edgartools",
    "consolidate": "output.consolidate", "links": "output.links",
}


def _renderer() -> Any:
    """The output layer's views of an Exhibit, loaded when the first one is drawn (they import pandas)."""
    return import_module(".output.views", __name__)


# The model draws nothing itself and must not import the output layer: the package, which sees both,
# names the renderer that Exhibit's notebook card and HTML page use.
_views.set_renderer(_renderer)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
