"""Stage 1b: split a whole EDGAR submission file into its documents."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field, replace

from ..grammars import submission as g
from ..model.errors import SubmissionError


@dataclass(frozen=True)
class DocumentPart:
    """One <DOCUMENT> block: its tags and the span of its <TEXT> content in the submission."""

    start: int
    end: int
    sequence: int | None
    type: str | None
    filename: str | None
    description: str | None
    # submission offsets of the <TEXT> of later copies of this very document, left out (a download
    # artefact: some submission files hold the same filing twice)
    repeats: tuple[int, ...] = ()


@dataclass(frozen=True)
class Submission:
    header: dict[str, str] = field(default_factory=dict)
    documents: tuple[DocumentPart, ...] = ()


def is_submission(text: str) -> bool:
    return g.LOOKS_LIKE_SUBMISSION.search(text, 0, 8192) is not None


def _tags(text: str, start: int, end: int) -> dict[str, str]:
    tags: dict[str, str] = {}
    for line in text[start:end].splitlines():
        parsed = g.parse_tag_line(line)
        if parsed and parsed[0] in g.DOCUMENT_TAGS:
            tags.setdefault(parsed[0], parsed[1])
    return tags


MAX_SEQUENCE_DIGITS = 9  # EDGAR numbers a submission's documents 1, 2, ...; more digits is no sequence


def sequence_number(seq: str) -> int | None:
    """A <SEQUENCE> value as a number: ASCII digits that fit a table's Int64 (not "\u00b2", nor 50 digits)."""
    seq = seq.strip()
    return int(seq) if seq.isascii() and seq.isdigit() and len(seq) <= MAX_SEQUENCE_DIGITS else None


def _document(text: str, open_end: int, close_start: int, name: str) -> DocumentPart:
    text_open = g.TEXT_OPEN.search(text, open_end, close_start)
    if text_open is None:
        raise SubmissionError("<DOCUMENT> without <TEXT>", document=name, offset=open_end, text=text)
    text_close = g.TEXT_CLOSE.search(text, text_open.end(), close_start)
    body_end = text_close.start() if text_close else close_start
    tags = _tags(text, open_end, text_open.start())
    seq = tags.get("SEQUENCE", "")
    return DocumentPart(
        start=text_open.end(),
        end=body_end,
        sequence=sequence_number(seq),
        type=tags.get("TYPE"),
        filename=tags.get("FILENAME"),
        description=tags.get("DESCRIPTION"),
    )


def split_submission(text: str, *, name: str = "<submission>") -> Submission:
    """Every <DOCUMENT> block with its tags; an unterminated block is an error."""
    header_match = g.SEC_HEADER.search(text, 0, 200_000)
    header = g.parse_header_fields(header_match.group(1)) if header_match else {}
    if _is_yyyymmdd(header.get("filing_date")):  # EDGAR's 20250110: ISO like every other date
        d = header["filing_date"]
        header["filing_date"] = f"{d[:4]}-{d[4:6]}-{d[6:]}"
    docs: list[DocumentPart] = []
    pos = 0
    while True:
        opened = g.DOCUMENT_OPEN.search(text, pos)
        if opened is None:
            break
        closed = g.DOCUMENT_CLOSE.search(text, opened.end())
        nxt = g.DOCUMENT_OPEN.search(text, opened.end())
        if closed is None or (nxt is not None and nxt.start() < closed.start()):
            raise SubmissionError("unterminated <DOCUMENT> (no </DOCUMENT>)", document=name,
                                  offset=opened.start(), text=text)
        docs.append(_document(text, opened.end(), closed.start(), name))
        pos = closed.end()
    if not docs:
        raise SubmissionError("submission has no <DOCUMENT> block", document=name)
    return Submission(header, _without_repeats(text, docs))


def _without_repeats(text: str, docs: list[DocumentPart]) -> tuple[DocumentPart, ...]:
    """Each document once: a later <DOCUMENT> with the same sequence, type, file name and text is
    a repeat of the first (whose ``repeats`` then lists it); one with the same sequence and other
    text is kept (its doc_id then falls back to its offset)."""
    first: dict[tuple[int | None, str | None, str | None], int] = {}
    kept: list[DocumentPart] = []
    for part in docs:
        key = (part.sequence, part.type, part.filename)
        k = first.get(key) if part.sequence is not None else None
        if k is not None and text[kept[k].start : kept[k].end] == text[part.start : part.end]:
            kept[k] = replace(kept[k], repeats=(*kept[k].repeats, part.start))
            continue
        if k is None:
            first[key] = len(kept)
        kept.append(part)
    return tuple(kept)


def _is_yyyymmdd(value: str | None) -> bool:
    return value is not None and len(value) == 8 and value.isascii() and value.isdigit()


def type_matches(doc_type: str | None, patterns: tuple[str, ...] | None) -> bool:
    """Shell-style filter on <TYPE>, e.g. ('EX-10*',)."""
    if not patterns:
        return True
    return any(fnmatch.fnmatchcase((doc_type or "").upper(), p.upper()) for p in patterns)
