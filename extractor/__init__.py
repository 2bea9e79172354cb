"""sec-exhibit-extractor: raw SEC EDGAR exhibit text in, clean structured tables out."""

from .apply import ApplyResult, apply_amendments
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
