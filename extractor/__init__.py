"""sec-exhibit-extractor: raw SEC EDGAR exhibit text in, clean structured tables out."""

from .apply import ApplyResult, apply_amendments
from .errors import ExtractorError, InputError, ParseError, SubmissionError
from .exhibit import Exhibit
from .pipeline import build_exhibit, parse, parse_submission

__all__ = [
    "ApplyResult",
    "apply_amendments",
    "Exhibit",
    "ExtractorError",
    "InputError",
    "ParseError",
    "SubmissionError",
    "build_exhibit",
    "parse",
    "parse_submission",
]
__version__ = "0.1.0"
