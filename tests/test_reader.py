"""Reading and decoding: the project's own errors for bad input, and the recorded encoding."""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor import InputError, SubmissionError
from extractor.io.reader import read


def test_utf8_cp1252_latin1(tmp_path: Path) -> None:
    text = "AGREEMENT \u201cQuoted\u201d \u00a7 1.1 \u2014 dated as of March 31, 2000\n"
    for enc, expect in (("utf-8", "utf-8"), ("cp1252", "cp1252")):
        p = tmp_path / f"{enc}.txt"
        p.write_bytes(text.encode(enc))
        d = read(p)
        assert d.encoding == expect and d.text == text
    # 0x81 is undefined in cp1252: that byte alone falls back to latin-1, so no byte is lost
    raw = b"Fee: \x81 100 \x93quoted\x94\n"
    assert read(raw).encoding == "cp1252" and read(raw).text == "Fee: \x81 100 \u201cquoted\u201d\n"


class Encoded(NamedTuple):
    data: bytes
    encoding: str
    text: str


ENCODED = [
    Encoded("AGREEMENT \u00a7 1.1\n".encode("utf-16"), "utf-16", "AGREEMENT \u00a7 1.1\n"),
    Encoded(codecs.BOM_UTF16_BE + "Caf\u00e9 Agreement\n".encode("utf-16-be"), "utf-16", "Caf\u00e9 Agreement\n"),
    # a file pasted together from a UTF-8 part and a cp1252 part: both stay readable
    Encoded("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale ".encode() + "\u201cBank\u201d \u2014 100\n".encode("cp1252"),
            "utf-8+cp1252", "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \u201cBank\u201d \u2014 100\n"),
    Encoded(codecs.BOM_UTF8 + "\u00a7 2 Term\n".encode(), "utf-8", "\u00a7 2 Term\n"),
]


@pytest.mark.parametrize("case", ENCODED, ids=["utf16-le", "utf16-be", "mixed", "utf8-bom"])
def test_utf16_and_mixed_encodings(case: Encoded) -> None:
    d = read(case.data)
    assert (d.encoding, d.text) == (case.encoding, case.text)


def test_truncated_utf16_is_an_input_error() -> None:
    with pytest.raises(InputError, match="UTF-16"):
        read(codecs.BOM_UTF16_LE + "AGREEMENT between A and B".encode("utf-16-le")[:-1] + b"\x00\xd8")


def test_a_str_is_text_never_a_path(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("AGREEMENT\n\nThe secret file.\n")
    ex = extractor.parse(str(secret))  # a one-line string naming a file is still text
    assert ex.original == str(secret)
    assert extractor.parse("Paid on 1/1/2020 and/or later.").original == "Paid on 1/1/2020 and/or later."
    assert extractor.parse(secret).original == secret.read_text()
    assert extractor.parse_file(str(secret)).original == secret.read_text()
    with pytest.raises(InputError, match="pathlib.Path"):
        extractor.parse(12345)  # type: ignore[arg-type]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        extractor.parse(fifo)  # would block forever on open() for reading


def test_line_endings_are_kept() -> None:
    ex = extractor.parse(b"EXHIBIT 10.1\r\n\r\nAGREEMENT\r\nbetween A and B.\r\n")
    assert ex.original == "EXHIBIT 10.1\r\n\r\nAGREEMENT\r\nbetween A and B.\r\n"
    assert "AGREEMENT\r\nbetween" in ex.body


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"   \n\n\t  \n", "empty"),
        (b"PK\x03\x04\x00\x00binary zip", "NUL"),
        (bytes(range(1, 32)) * 50, "binary"),
    ],
    ids=["empty", "blank", "nul", "controls"],
)
def test_bad_bytes(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        extractor.parse(data)


def test_directory_missing_and_too_large(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        extractor.parse(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        extractor.parse(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(b"AGREEMENT\n" * 1000)
    with pytest.raises(InputError, match="over the limit") as info:
        extractor.parse(big, max_bytes=5000)
    assert info.value.document == str(big)


def test_error_carries_line_offset_preview() -> None:
    data = b"AGREEMENT\nline two\nbad \x00 byte here\n"
    with pytest.raises(InputError) as info:
        extractor.parse(data, name="doc.txt")
    err = info.value
    assert (err.document, err.line, err.offset) == ("doc.txt", 3, 23)
    assert err.preview.startswith("\x00 byte") and "doc.txt, line 3" in str(err)


def test_unterminated_document() -> None:
    data = b"<SEC-DOCUMENT>x\n<DOCUMENT>\n<TYPE>EX-10.1\n<TEXT>\nAGREEMENT between A and B\n"
    with pytest.raises(SubmissionError, match="unterminated"):
        extractor.parse_submission(data)
    assert issubclass(SubmissionError, extractor.ExtractorError)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.one_of(st.characters(max_codepoint=0x40), st.characters(), st.sampled_from(
    ["\x00", "\x08", "\x09", "\x0d", "\x0e", "\x1f", "\x7f", "\x85", "\ud800", "\U0001f600"]))))
def test_control_count_equals_the_pattern(text: str) -> None:
    from extractor.io.reader import CONTROL_CHARS, count_controls

    assert count_controls(text) == len(CONTROL_CHARS.findall(text))
