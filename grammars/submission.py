"""EDGAR submission files: SGML-ish tag lines around each document.

BNF::

    submission   ::= [sec_document] [sec_header] document+
    document     ::= "<DOCUMENT>" tag_line* "<TEXT>" text "</TEXT>" "</DOCUMENT>"
    tag_line     ::= "<" tag_name ">" value EOL
    header_field ::= field_name ":" value EOL        (inside <SEC-HEADER>)

Blocks are located with compiled ``regex`` scans (fast over megabytes); the
small grammars below parse the tag lines and header fields of each block.
"""

from __future__ import annotations

import pyparsing as pp

from . import rx as regex  # regex, with saved programs (grammars/rx.py)

# -- fast pre-filters ------------------------------------------------------
DOCUMENT_OPEN = regex.compile(r"^[ \t]*<DOCUMENT>[ \t]*\r?$", regex.M | regex.I)
DOCUMENT_CLOSE = regex.compile(r"^[ \t]*</DOCUMENT>[ \t]*\r?$", regex.M | regex.I)
TEXT_OPEN = regex.compile(r"^[ \t]*<TEXT>[ \t]*\r?\n?", regex.M | regex.I)
TEXT_CLOSE = regex.compile(r"\r?\n?[ \t]*</TEXT>[ \t]*\r?$", regex.M | regex.I)
SEC_HEADER = regex.compile(r"<(?:SEC|IMS)-HEADER>(.*?)</(?:SEC|IMS)-HEADER>", regex.S | regex.I)
# EDGAR's older files open with a PEM envelope before <SEC-DOCUMENT>.
LOOKS_LIKE_SUBMISSION = regex.compile(
    r"^[ \t]*(?:<SEC-DOCUMENT>|<SEC-HEADER>|<IMS-HEADER>|<DOCUMENT>)[^\r\n]*\r?$", regex.I | regex.M
)

# -- grammars ----------------------------------------------------------------
tag_name = pp.Regex(r"[A-Z][A-Z0-9-]*", flags=0).set_name("tag_name")
tag_value = pp.Regex(r"[^\r\n]*").set_name("tag_value")
tag_line = (
    pp.Suppress("<") + tag_name("name") + pp.Suppress(">") + tag_value("value")
).set_name("tag_line").leave_whitespace()

field_name = pp.Regex(r"[A-Z][A-Z0-9 ,.()/&-]*?(?=:)").set_name("field_name")
field_value = pp.Regex(r"[^\r\n]*").set_name("field_value")
header_field = (
    pp.Optional(pp.White(" \t")).suppress() + field_name("name") + pp.Suppress(":") + field_value("value")
).set_name("header_field").leave_whitespace()

DOCUMENT_TAGS = ("TYPE", "SEQUENCE", "FILENAME", "DESCRIPTION")
HEADER_FIELDS = {
    "ACCESSION NUMBER": "accession_number",
    "CONFORMED SUBMISSION TYPE": "form_type",
    "FILED AS OF DATE": "filing_date",
    "COMPANY CONFORMED NAME": "filer_name",
    "CENTRAL INDEX KEY": "cik",
}


def parse_tag_line(line: str) -> tuple[str, str] | None:
    try:
        res = tag_line.parse_string(line.strip(), parse_all=True)
    except pp.ParseException:
        return None
    return res["name"].upper(), res["value"].strip()


def parse_header_fields(block: str) -> dict[str, str]:
    """First value of each wanted header field (the first filer, for CIK and name)."""
    out: dict[str, str] = {}
    for line in block.splitlines():
        if ":" not in line:
            continue
        try:
            res = header_field.parse_string(line.rstrip(), parse_all=True)
        except pp.ParseException:
            continue
        key = HEADER_FIELDS.get(" ".join(res["name"].split()).upper())
        if key and key not in out and res["value"].strip():
            out[key] = res["value"].strip()
    return out
