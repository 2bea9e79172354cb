"""Stage 1: read and decode. The only module that touches files.

Decoding tries UTF-8, then cp1252, then latin-1 and records which one won. HTML input is
converted to text (``extractor.io.html``) and ``converted_from`` says so. The decoded (or
converted) text is the *original text*: every offset in every table indexes it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import regex

from ..model.errors import InputError
from .html import html_to_text, looks_like_html
from .submission import is_submission

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
ENCODINGS = ("utf-8", "cp1252", "latin-1")
# Share of control characters (other than tab, CR, LF, FF) above which bytes are called binary.
BINARY_CONTROL_SHARE = 0.05
CONTROL_CHARS = regex.compile(r"[\x00-\x08\x0e-\x1f]")  # control characters but \t \n \v \f \r
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])  # the same, as UTF-8 bytes


def count_controls(text: str) -> int:
    """``len(CONTROL_CHARS.findall(text))``, 7x faster: in UTF-8 each of these characters is one byte
    and no other character has a byte below 0x80, so deleting those bytes counts them."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, CONTROL_BYTES))

Source = str | bytes | os.PathLike


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    source: str  # a path, or "<bytes>" / "<string>"
    converted_from: str | None = None  # "html" when the input was HTML converted to text


def as_text(text: str) -> tuple[str, str | None]:
    """HTML (a whole exhibit, or one document of a submission) becomes text; other text is kept.

    Returns the text and what it was converted from (``"html"`` or ``None``)."""
    if looks_like_html(text) and not is_submission(text):
        return html_to_text(text), "html"
    return text, None


def _converted(decoded: Decoded) -> Decoded:
    text, kind = as_text(decoded.text)
    if kind is None:
        return decoded
    _check_text(text, decoded.source)
    return Decoded(text, decoded.encoding, decoded.source, kind)


def read_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file, refusing directories, missing files and files over ``max_bytes``."""
    name = str(path)
    if path.is_dir():
        raise InputError("is a directory, not a file", document=name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size} bytes, over the limit of {max_bytes}", document=name)
        with path.open("rb") as fh:
            # read the size stat gave (a read of max_bytes allocates that much for every file),
            # and on to the limit only if the file grew meanwhile
            data = fh.read(size + 1)
            if len(data) > size:
                data += fh.read(max_bytes + 1 - len(data))
    except FileNotFoundError as exc:
        raise InputError("no such file", document=name) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", document=name) from exc
    if len(data) > max_bytes:
        raise InputError(f"file is over the limit of {max_bytes} bytes", document=name)
    return data


def _check_text(text: str, name: str) -> None:
    if not text.strip():
        raise InputError("empty document (no text)", document=name)
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError("binary input (NUL byte)", document=name, offset=nul, text=text)
    sample = text[:65536]
    controls = count_controls(sample)
    if controls > BINARY_CONTROL_SHARE * len(sample):
        raise InputError("binary input (control characters)", document=name)


def decode(data: bytes, *, name: str = "<bytes>") -> Decoded:
    """Decode bytes: UTF-8, else cp1252, else latin-1 (which never fails)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for enc in ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        _check_text(text, name)
        return Decoded(text, enc, name)
    raise InputError("cannot decode", document=name)  # pragma: no cover - latin-1 always decodes


def read(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None) -> Decoded:
    """A path, bytes or str in; decoded original text out."""
    if isinstance(source, bytes):
        if len(source) > max_bytes:
            raise InputError(f"input is over the limit of {max_bytes} bytes", document=name or "<bytes>")
        return _converted(decode(source, name=name or "<bytes>"))
    if isinstance(source, str) and ("\n" in source or not _looks_like_path(source)):
        if len(source) > max_bytes:
            raise InputError(f"input is over the limit of {max_bytes} characters", document=name or "<string>")
        _check_text(source, name or "<string>")
        return _converted(Decoded(source, "str", name or "<string>"))
    path = Path(source)
    return _converted(decode(read_bytes(path, max_bytes=max_bytes), name=name or str(path)))


def _looks_like_path(s: str) -> bool:
    if len(s) >= 4096 or "\x00" in s:
        return False
    if os.sep in s or s.endswith((".txt", ".htm", ".html")):
        return True
    try:
        return Path(s).exists()
    except OSError:  # a name too long for the file system is text, not a path
        return False
