"""Stage 4: signature blocks. (Issue 3 fills this in.)"""

from __future__ import annotations

from dataclasses import dataclass

from .layout import Layout
from .records import Span


@dataclass(frozen=True)
class Signature(Span):
    block: int
    kind: str
    party: str | None = None
    signed: bool | None = None
    signer: str | None = None
    title: str | None = None
    date: str | None = None
    page: int | None = None


@dataclass(frozen=True)
class SignatureResult:
    signatures: tuple[Signature, ...]
    block_spans: tuple[tuple[int, int], ...]  # original spans stripped from the body


def find_signatures(layout: Layout) -> SignatureResult:
    return SignatureResult((), ())
