"""sec-exhibit-extractor: raw SEC EDGAR exhibit text in, clean structured tables out."""

from .errors import ExtractorError, InputError, ParseError, SubmissionError
from .exhibit import Exhibit
from .pipeline import build_exhibit, parse, parse_submission

__all__ = [
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
