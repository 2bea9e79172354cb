"""One error hierarchy: every failure the library reports is an ``ExtractorError``.

Each carries the document, the offset and line where it happened (when known)
and a short preview of the text there, so a batch ``errors`` row says where to look.
"""

from __future__ import annotations

PREVIEW_CHARS = 60


class ExtractorError(Exception):
    """Base class: something about one document could not be read or parsed."""

    stage = "extract"

    def __init__(
        self,
        message: str,
        *,
        document: str | None = None,
        offset: int | None = None,
        text: str | None = None,
    ) -> None:
        self.message = message
        self.document = document
        self.offset = offset
        self.line: int | None = None
        self.preview: str | None = None
        if text is not None and offset is not None:
            self.line = text.count("\n", 0, offset) + 1
            self.preview = text[offset : offset + PREVIEW_CHARS].replace("\n", "\\n")
        super().__init__(str(self))

    def __str__(self) -> str:
        where = []
        if self.document:
            where.append(self.document)
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.offset is not None:
            where.append(f"offset {self.offset}")
        head = f"{': '.join([', '.join(where)]) + ': ' if where else ''}{self.message}"
        return f"{head} near {self.preview!r}" if self.preview else head


class InputError(ExtractorError):
    """The input cannot be used: empty, binary, too large, a directory, unreadable."""

    stage = "read"


class SubmissionError(InputError):
    """An EDGAR submission file is malformed (for example an unterminated <DOCUMENT>)."""

    stage = "split"


class ParseError(ExtractorError):
    """A stage failed on text it accepted."""

    stage = "parse"


class TimeLimitError(ExtractorError):
    """A document took longer than the batch's per-document time limit (or its worker died)."""

    stage = "batch"


class WorkerError(ExtractorError):
    """A batch worker process died (out of memory, a crash) while it held this input."""

    stage = "batch"
