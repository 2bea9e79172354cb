"""Record types shared between stages. Field names are the schema's column names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A span of the original text: ``text == original[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Page(Span):
    page: int
    number: str | None = None
    number_start: int | None = None
    number_end: int | None = None


@dataclass(frozen=True)
class Furniture(Span):
    kind: str
    page: int | None = None


@dataclass(frozen=True)
class Diagnostic(Span):
    stage: str
    code: str
    message: str


def make_span(original: str, start: int, end: int) -> Span:
    return Span(start, end, original[start:end])
