"""Stage 9: the numbered section tree and cross-references. (Issue 5 fills this in.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from .layout import Layout
from .records import Diagnostic, Span
from .signatures import SignatureResult


@dataclass(frozen=True)
class Section(Span):
    number: str
    label: str
    heading: str | None = None
    level: int = 1
    parent: str | None = None
    heading_start: int | None = None
    heading_end: int | None = None
    duplicate: bool = False


@dataclass(frozen=True)
class Reference(Span):
    label: str
    internal: bool | None = None
    target_document: str | None = None


@dataclass(frozen=True)
class SectionResult:
    sections: tuple[Section, ...] = ()
    references: tuple[Reference, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=())


def find_sections(layout: Layout, signatures: SignatureResult) -> SectionResult:
    return SectionResult()
