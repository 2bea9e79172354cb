"""Stage 10: amendment operations. (Issue 5 fills this in.)"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .header import Header
from .layout import Layout
from .records import Span
from .sections import SectionResult


@dataclass(frozen=True)
class Amendment(Span):
    section: str | None = None
    target: str | None = None
    target_label: str | None = None
    action: str | None = None
    location: str | None = None
    line: int | None = None
    sentences: str | None = None
    old_text: str | None = None
    old_start: int | None = None
    old_end: int | None = None
    new_text: str | None = None
    new_start: int | None = None
    new_end: int | None = None
    old_redacted: bool | None = None
    new_redacted: bool | None = None
    amended_agreement: str | None = None


def find_amendments(
    layout: Layout, sections: SectionResult, redaction_spans: Sequence[tuple[int, int]], header: Header
) -> tuple[Amendment, ...]:
    return ()
