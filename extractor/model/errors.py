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
        stage: str | None = None,
    ) -> None:
        self.message = message
        if stage is not None:
            self.stage = stage  # the stage that raised it (the class's default otherwise)
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


STAGES_PACKAGE = __name__.split(".")[0] + ".stages."


def failing_stage(exc: BaseException, default: str = "pipeline") -> str:
    """The stage an exception came out of: the first frame of its traceback in a stage module (the
    stage the pipeline called; the helper modules a stage uses are called from it), else ``default``."""
    tb = exc.__traceback__
    while tb is not None:
        module = tb.tb_frame.f_globals.get("__name__", "")
        if module.startswith(STAGES_PACKAGE):
            return module.removeprefix(STAGES_PACKAGE)
        tb = tb.tb_next
    return default
