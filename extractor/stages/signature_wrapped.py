"""Names stacked above signatories that follow one another, each wrapped over two lines of a column
and followed by its descriptor::

    BIRCH FIRST                          MOUNT KNOWLEDGE
    INVESTMENTS INC.                     HOLDINGS INC.
    A US Virgin Islands corporation      A Nevada corporation

read one column after the other ("BIRCH FIRST / INVESTMENTS INC. / A US Virgin Islands corporation /
MOUNT KNOWLEDGE / ..."). A name's first line with no company form of its own joins the line under it
that ends in one; a descriptor line ("A Nevada corporation", capital "A" too) is no name; the
signer's name typed again under a signature ("By: /s/ Pier S. Bjorklund / Pier S. Bjorklund,
President") does not part the signatories.
"""

from __future__ import annotations

from ..grammars import signature as g
from .signature_fields import Field
from .signature_parties import _wrapped_name as wrapped_name  # noqa: PLC2701 - one reading of a wrapped name


def unwrapped_lines(pre: str, lines: list[str]) -> list[str]:
    """``lines`` (the name lines above the signatories) with descriptor lines dropped and each name
    wrapped over two lines joined."""
    out: list[str] = []
    for line in lines:
        if g.DESCRIPTOR.fullmatch(" " + line):
            continue  # "A US Virgin Islands corporation" under the name
        if out and wrapped_name(pre, out[-1], line):
            out[-1] = f"{out[-1]} {line}"  # "BIRCH FIRST / INVESTMENTS INC."
        else:
            out.append(line)
    return out


def _words(s: str | None) -> str:
    return " ".join((s or "").replace(",", " ").split()).casefold()


def typed_signer(line: str, fields: list[Field]) -> bool:
    """Is ``line`` the name of the person signing with ``fields``, typed again under the signature?"""
    return bool(_words(line)) and any(_words(f.value) == _words(line) for f in fields if f.name in ("by", "name"))
