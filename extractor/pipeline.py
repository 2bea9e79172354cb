"""The stages in order: read -> split -> layout -> redactions -> signatures ->
header and parties -> dates -> contract terms -> defined terms -> sections -> amendments -> tables.

Each stage is a pure function of what came before; this module only wires them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .grammars import rx
from .grammars.text_index import TextIndex
from .io.reader import DEFAULT_MAX_BYTES, Decoded, Source, as_text, read
from .io.submission import is_submission, split_submission, type_matches
from .model.errors import ExtractorError, InputError, ParseError, failing_stage
from .model.exhibit import Exhibit, Tables
from .model.records import Diagnostic
from .stages.amendment_coverage import amendment_diagnostics
from .stages.amendments import find_amendments, new_text_blocks
from .stages.contract_terms import find_contract_terms
from .stages.dates import find_dates
from .stages.header import find_header
from .stages.layout import find_layout
from .stages.parties import find_parties
from .stages.redactions import find_redactions
from .stages.sections import find_sections
from .stages.signatures import find_signatures
from .stages.tables import in_new_text, with_sections
from .stages.terms import find_defined_terms

rx.imports_done()  # every stage is imported: their patterns' programs are known (grammars/rx.py)


def _stages(original: str, meta: dict[str, Any]) -> Exhibit:
    layout = find_layout(original)
    red = find_redactions(layout)
    # the body's lower-cased copies, made once for this document and shared by the stages that scan it
    # (sections index the body without signature blocks themselves, and pass that index to amendments)
    body = TextIndex(layout.view.text)
    sigs = find_signatures(layout, body)
    header = find_header(layout)
    parties = find_parties(layout, header, sigs, body)
    dates, durations = find_dates(layout, header, sigs, body)
    contract = find_contract_terms(layout, dates, body)
    dates = contract.dates
    terms = find_defined_terms(layout)
    secs = find_sections(layout, sigs, body)
    amends = find_amendments(layout, secs, [(r.start, r.end) for r in red.redactions], header)
    # provisions quoted as an amendment's new text are the amended agreement's, not the amendment's
    sections = in_new_text(secs.sections, new_text_blocks(amends, original))

    rows = {
        "pages": layout.pages,
        "furniture": layout.furniture,
        # a redaction's section is a provision of the body, never a table-of-contents entry
        "redactions": with_sections(red.redactions, [s for s in secs.sections if s.part != "contents"]),
        "signatures": sigs.signatures,
        "parties": parties,
        "dates": dates,
        "durations": durations,
        "defined_terms": terms,
        "sections": sections,
        "references": secs.references,
        "amendments": amends,
        "diagnostics": (secs.diagnostics + amendment_diagnostics(layout, secs, header, amends)
                        + _repeat_diagnostics(meta.get("repeated_at", ()))),
    }
    meta = {
        **meta,
        "title": header.title,
        "kind": header.kind,
        "amendment_number": header.amendment_number,
        "amended_agreement": header.amended_agreement,
        "amended_agreement_date": header.amended_agreement_date,
        "execution_marker": header.execution_marker,
        "n_chars": len(original),
        "n_pages": len(layout.pages),
        "exhibit_number": layout.exhibit_number,
        "legend": red.legend or layout.legend,
        **contract.facts,
    }
    return Exhibit(original, meta, layout.view, Tables(rows), tuple(sigs.block_spans), red.marks)


def _repeat_diagnostics(repeats: tuple[int, ...]) -> tuple[Diagnostic, ...]:
    """A documents row stands for every copy of a document repeated in its submission: say so."""
    if not repeats:
        return ()
    where = ", ".join(map(str, repeats))
    return (Diagnostic(0, 0, "", "submission", "repeated_document",
                       f"the submission holds this document {len(repeats) + 1} times; the repeat(s) at "
                       f"submission offset(s) {where} were left out"),)


def build_exhibit(original: str, meta: dict[str, Any]) -> Exhibit:
    """Run every extraction stage over one document's original text."""
    try:
        return _stages(original, meta)
    except ExtractorError:
        raise
    except (ValueError, IndexError, KeyError, TypeError, RecursionError) as exc:
        # A stage met text it could not handle: report it as this document's error, not a traceback.
        stage = failing_stage(exc)
        raise ParseError(f"the {stage} stage failed: {exc!r}", document=meta.get("source"), stage=stage) from exc


def parse(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None) -> Exhibit:
    """Parse one exhibit: text (``str``), bytes, or a file (``pathlib.Path``; a ``str`` is always
    text, never a file name). A submission gives its first document; ``parse_submission`` gives all."""
    decoded = read(source, max_bytes=max_bytes, name=name)
    for _, ex in iter_exhibits(decoded):
        return ex
    raise InputError("submission holds no document with text", document=decoded.source)


def parse_file(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Exhibit:
    """Parse the exhibit in the file at ``path`` (a ``str`` here is a file name)."""
    return parse(Path(path), max_bytes=max_bytes)


def _meta(decoded: Decoded, **extra: Any) -> dict[str, Any]:
    return {"source": decoded.source, "encoding": decoded.encoding,
            "converted_from": decoded.converted_from, **extra}


def iter_exhibits(decoded: Decoded, *, types: tuple[str, ...] | None = None) -> Iterator[tuple[str | None, Exhibit]]:
    """(suffix, Exhibit) for each document: suffix None for a plain exhibit, else the document's
    <SEQUENCE> (its offset when it has none) for each <DOCUMENT> whose <TYPE> matches ``types``."""
    if not is_submission(decoded.text):
        yield None, build_exhibit(decoded.text, _meta(decoded))
        return
    sub = split_submission(decoded.text, name=decoded.source)
    seen: set[int | None] = set()
    for part in sub.documents:
        if not type_matches(part.type, types):
            continue
        text, converted = as_text(decoded.text[part.start : part.end])
        if not text.strip():
            continue
        meta = _meta(
            decoded,
            converted_from=converted,
            **sub.header,
            sequence=part.sequence,
            type=part.type,
            filename=part.filename,
            description=part.description,
            submission_start=part.start,
            submission_end=part.end,
            repeated_at=part.repeats,
        )
        # a sequence met twice with different text: the offset keeps the doc_id unique
        suffix = part.sequence if part.sequence is not None and part.sequence not in seen else part.start
        seen.add(part.sequence)
        yield str(suffix), build_exhibit(text, meta)


def parse_submission(
    source: Source | Decoded, *, types: tuple[str, ...] | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Exhibit]:
    """One Exhibit per <DOCUMENT> of a submission (only those whose <TYPE> matches ``types``).

    Each Exhibit's original text is its document's <TEXT> content; ``submission_start``
    and ``submission_end`` on the documents row place it in the submission file.
    A plain exhibit file is one document."""
    decoded = source if isinstance(source, Decoded) else read(source, max_bytes=max_bytes)
    return [ex for _, ex in iter_exhibits(decoded, types=types)]
