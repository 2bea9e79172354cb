"""Stage 6: parties from the preamble and signature blocks. (Issue 4 fills this in.)"""

from __future__ import annotations

from dataclasses import dataclass

from .header import Header
from .layout import Layout
from .records import Span
from .signatures import SignatureResult


@dataclass(frozen=True)
class Party(Span):
    name: str
    jurisdiction: str | None = None
    entity_type: str | None = None
    alias: str | None = None
    role: str | None = None
    source: str | None = None
    mentions: int | None = None


def find_parties(layout: Layout, header: Header, signatures: SignatureResult) -> tuple[Party, ...]:
    return ()
