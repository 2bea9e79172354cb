"""The stages in order: read -> split -> layout -> redactions -> signatures ->
header and parties -> dates -> defined terms -> sections -> amendments -> tables.

Each stage is a pure function of what came before; this module only wires them.
"""

from __future__ import annotations

from typing import Any

from . import schema
from .errors import ExtractorError, ParseError
from .exhibit import Exhibit
from .layout import find_layout
from .reader import DEFAULT_MAX_BYTES, Decoded, Source, read
from .submission import is_submission, split_submission, type_matches


def build_exhibit(original: str, meta: dict[str, Any]) -> Exhibit:
    """Run every extraction stage over one document's original text."""
    name = meta.get("source") or "<document>"
    try:
        layout = find_layout(original)
    except ExtractorError:
        raise
    except (ValueError, IndexError, KeyError, RecursionError) as exc:  # a bug or a pathological input
        raise ParseError(f"layout stage failed: {exc!r}", document=name) from exc
    frames = {n: schema.frame(n) for n in schema.EXHIBIT_TABLES}
    frames["pages"] = schema.frame("pages", layout.pages)
    frames["furniture"] = schema.frame("furniture", layout.furniture)
    meta = {
        **meta,
        "n_chars": len(original),
        "n_pages": len(layout.pages),
        "exhibit_number": layout.exhibit_number,
        "legend": layout.legend,
    }
    return Exhibit(original, meta, layout.view, layout.view, frames)


def parse(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None) -> Exhibit:
    """Parse one exhibit (a path, bytes or str). A submission file gives its first exhibit-like document;
    use ``parse_submission`` for all of them."""
    decoded = read(source, max_bytes=max_bytes, name=name)
    if is_submission(decoded.text):
        exhibits = parse_submission(decoded)
        return exhibits[0]
    return build_exhibit(decoded.text, _meta(decoded))


def _meta(decoded: Decoded, **extra: Any) -> dict[str, Any]:
    return {"source": decoded.source, "encoding": decoded.encoding, **extra}


def parse_submission(
    source: Source | Decoded, *, types: tuple[str, ...] | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Exhibit]:
    """One Exhibit per <DOCUMENT> of a submission (only those whose <TYPE> matches ``types``).

    Each Exhibit's original text is its document's <TEXT> content; ``submission_start``
    and ``submission_end`` on the documents row place it in the submission file.
    A plain exhibit file is one document."""
    decoded = source if isinstance(source, Decoded) else read(source, max_bytes=max_bytes)
    if not is_submission(decoded.text):
        return [build_exhibit(decoded.text, _meta(decoded))]
    sub = split_submission(decoded.text, name=decoded.source)
    out = []
    for part in sub.documents:
        if not type_matches(part.type, types):
            continue
        text = decoded.text[part.start : part.end]
        meta = _meta(
            decoded,
            **sub.header,
            sequence=part.sequence,
            type=part.type,
            filename=part.filename,
            description=part.description,
            submission_start=part.start,
            submission_end=part.end,
        )
        if not text.strip():
            continue
        out.append(build_exhibit(text, meta))
    return out
