"""sec-exhibit-extractor: raw SEC EDGAR exhibit text in, clean structured tables out."""

from typing import Any

from .batch import CorpusResult, parse_many
from .errors import ExtractorError, InputError, ParseError, SubmissionError, TimeLimitError, WorkerError
from .exhibit import Exhibit
from .pipeline import build_exhibit, parse, parse_submission

__all__ = [
    "ApplyResult",
    "CorpusResult",
    "apply_amendments",
    "Exhibit",
    "ExtractorError",
    "InputError",
    "ParseError",
    "SubmissionError",
    "build_exhibit",
    "parse",
    "parse_many",
    "parse_submission",
    "TimeLimitError",
    "WorkerError",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # apply_amendments needs pandas; batch workers import this package and never call it, so it
    # is imported on first use and a worker process stays small (no pandas, no pyarrow).
    if name in ("ApplyResult", "apply_amendments"):
        from . import apply

        return getattr(apply, name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
