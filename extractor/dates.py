"""Stage 7: dates and durations. (Issue 4 fills this in.)"""

from __future__ import annotations

from dataclasses import dataclass

from .header import Header
from .layout import Layout
from .records import Span
from .signatures import SignatureResult


@dataclass(frozen=True)
class DateMention(Span):
    value: str | None = None
    precision: str | None = None
    role: str | None = None
    blank_day: bool | None = None


@dataclass(frozen=True)
class Duration(Span):
    quantity: float | None = None
    unit: str | None = None
    anchor_text: str | None = None
    anchor_date: str | None = None


def find_dates(
    layout: Layout, header: Header, signatures: SignatureResult
) -> tuple[tuple[DateMention, ...], tuple[Duration, ...]]:
    return (), ()
