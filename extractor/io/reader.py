"""Stage 1: read and decode. The only module that touches files.

Decoding tries UTF-8, then cp1252, then latin-1 and records which one won. HTML input is
converted to text (``extractor.io.html``) and ``converted_from`` says so. The decoded (or
converted) text is the *original text*: every offset in every table indexes it.
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..model.errors import InputError
from .html import html_to_text, looks_like_html
from .submission import is_submission

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
DEFAULT_MAX_ARCHIVE_BYTES = 8 * 1024**3  # an archive's members in all (io/sources.py); here for the CLI's options
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# A valid UTF-8 multi-byte sequence: with one present, invalid bytes elsewhere are a mixed file.
UTF8_MULTIBYTE = regex.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
CP1252_FALLBACK = "sec-exhibits-cp1252"
CP1252_UNDEFINED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Decode-error handler: bytes that are not UTF-8 are read as cp1252 (latin-1 for the five
    bytes cp1252 leaves undefined), so a file mixing UTF-8 and cp1252 keeps both parts readable."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return "".join(bytes([b]).decode("cp1252", "strict") if b not in CP1252_UNDEFINED else chr(b)
                   for b in bad), exc.end


# A named handler (used only by name below): registering it changes no default of the host.
codecs.register_error(CP1252_FALLBACK, _cp1252_bytes)
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
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):  # a FIFO or device would block or never end
            raise InputError("not a regular file (a pipe, socket or device)", document=name)
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
    if not text or text.isspace():  # ``not text.strip()`` without copying the text
        raise InputError("empty document (no text)", document=name)
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError("binary input (NUL byte)", document=name, offset=nul, text=text)
    sample = text[:65536]
    controls = count_controls(sample)
    if controls > BINARY_CONTROL_SHARE * len(sample):
        raise InputError("binary input (control characters)", document=name)


def decode(data: bytes, *, name: str = "<bytes>") -> Decoded:
    """Decode bytes: UTF-16 with a byte-order mark; else UTF-8, where every run of bytes that is
    not UTF-8 is read as cp1252. ``encoding`` says which: ``utf-16``, ``utf-8``, ``cp1252`` (no
    valid UTF-8 sequence at all) or ``utf-8+cp1252`` (a file mixing both)."""
    if data.startswith(UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 after its byte-order mark at byte {exc.start}",
                             document=name) from exc
        _check_text(text, name)
        return Decoded(text, "utf-16", name)
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text = data.decode("utf-8", CP1252_FALLBACK)
        enc = "utf-8+cp1252" if UTF8_MULTIBYTE.search(data) else "cp1252"
    _check_text(text, name)
    return Decoded(text, enc, name)


def read(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None) -> Decoded:
    """Bytes, a ``str`` of text, or a path (``pathlib.Path`` / ``os.PathLike``) in; decoded original
    text out. A ``str`` is always the text itself, never a file name: a string that came from a
    user can't make the library read a file (pass ``Path(name)`` to read one)."""
    if isinstance(source, bytes):
        if len(source) > max_bytes:
            raise InputError(f"input is over the limit of {max_bytes} bytes", document=name or "<bytes>")
        return _converted(decode(source, name=name or "<bytes>"))
    if isinstance(source, str):
        if len(source) > max_bytes:
            raise InputError(f"input is over the limit of {max_bytes} characters", document=name or "<string>")
        _check_text(source, name or "<string>")
        return _converted(Decoded(source, "str", name or "<string>"))
    if not isinstance(source, os.PathLike):
        raise InputError(f"cannot read a {type(source).__name__}: pass text (str), bytes or a pathlib.Path",
                         document=name or "<input>")
    path = Path(source)
    return _converted(decode(read_bytes(path, max_bytes=max_bytes), name=name or str(path)))
