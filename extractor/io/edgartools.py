"""A bridge from edgartools (``pip install 'sec-exhibit-extractor[edgartools]'``), the most used
EDGAR library: ``extractor.from_edgartools(filing_or_attachment)`` parses a ``Filing``'s documents
(or one ``Attachment``) and keeps the filing's accession number, CIK, form type, filing date and
filer on each ``documents`` row, as a submission file read by ``parse_submission`` would.

Only the objects' attributes are used (``accession_no``, ``cik``, ``form``, ``filing_date``,
``company``, ``attachments``; an attachment's ``content``, ``document_type``, ``sequence_number``,
``document``, ``description`` and the ``sgml`` it came from), so this module never imports edgartools
and reads nothing from the network that edgartools has not already loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..model.errors import InputError
from .reader import DEFAULT_MAX_BYTES, Decoded, read
from .submission import sequence_number, type_matches

if TYPE_CHECKING:
    from ..model.exhibit import Exhibit

SKIP_EXTENSIONS = (".xml", ".xsd", ".jpg", ".jpeg", ".gif", ".png", ".pdf", ".zip", ".xlsx", ".json", ".css", ".js")


def _cik(value: Any) -> str | None:
    """EDGAR's ten-digit CIK (edgartools gives an int: 810271 -> 0000810271)."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    return text.zfill(10) if text.isdigit() else text


def _iso(value: Any) -> str | None:
    if value in (None, ""):
        return None
    text = str(value)[:10]
    if len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return text


def _facts(accession: Any, cik: Any, form: Any, filing_date: Any, company: Any) -> dict[str, Any]:
    return {"accession_number": accession or None, "cik": _cik(cik), "form_type": form or None,
            "filing_date": _iso(filing_date), "filer_name": company or None}


def _filing_facts(filing: Any) -> dict[str, Any]:
    return _facts(getattr(filing, "accession_no", None), getattr(filing, "cik", None),
                  getattr(filing, "form", None), getattr(filing, "filing_date", None),
                  getattr(filing, "company", None))


def _attachment_facts(att: Any) -> dict[str, Any]:
    sgml = getattr(att, "sgml", None)
    if sgml is None:
        return {}
    filers = getattr(getattr(sgml, "header", None), "filers", None) or []
    info = getattr(filers[0], "company_information", None) if filers else None
    return _facts(getattr(sgml, "accession_number", None), getattr(sgml, "cik", None),
                  getattr(sgml, "form", None), getattr(sgml, "filing_date", None), getattr(info, "name", None))


def _is_filing(obj: Any) -> bool:
    return hasattr(obj, "attachments") and hasattr(obj, "accession_no")


def _is_attachment(obj: Any) -> bool:
    return hasattr(obj, "document_type") and hasattr(obj, "content")


def _decoded(att: Any, name: str, max_bytes: int) -> Decoded:
    content = att.content  # a str is the text itself (never taken for a file name)
    if not isinstance(content, (str, bytes)):
        raise InputError(f"attachment content is {type(content).__name__}, not text", document=name)
    return read(content, max_bytes=max_bytes, name=name)


def _sequence(att: Any) -> int | None:
    seq = str(getattr(att, "sequence_number", "") or "").strip()
    return sequence_number(seq)


def from_edgartools(obj: Any, *, types: tuple[str, ...] | None = None,
                    max_bytes: int = DEFAULT_MAX_BYTES) -> list[Exhibit]:
    """One Exhibit per text or HTML document of an edgartools ``Filing`` whose type matches
    ``types`` (e.g. ``("EX-10*",)``), or a one-element list for an ``Attachment``. Each
    ``documents`` row carries the filing's ``accession_number``, ``cik`` (ten digits),
    ``form_type``, ``filing_date`` (ISO) and ``filer_name``, and the document's ``sequence``,
    ``type``, ``filename`` and ``description``."""
    from ..pipeline import build_exhibit

    if _is_filing(obj):
        facts, attachments, single = _filing_facts(obj), list(obj.attachments), False
    elif _is_attachment(obj):
        facts, attachments, single = _attachment_facts(obj), [obj], True
    else:
        raise InputError(f"from_edgartools takes an edgartools Filing or Attachment, not {type(obj).__name__}")
    exhibits = []
    for att in attachments:
        filename = getattr(att, "document", None) or None
        if not single and (not type_matches(att.document_type, types)
                           or (filename or "").lower().endswith(SKIP_EXTENSIONS)):
            continue
        name = f"{facts.get('accession_number') or 'edgartools'}/{filename or _sequence(att) or 'document'}"
        try:
            decoded = _decoded(att, name, max_bytes)
        except InputError:
            if single:
                raise
            continue  # an empty or binary attachment of a filing is not an exhibit
        meta = {"source": name, "encoding": decoded.encoding, "converted_from": decoded.converted_from,
                **facts, "sequence": _sequence(att), "type": att.document_type or None, "filename": filename,
                "description": getattr(att, "description", None) or None}
        exhibits.append(build_exhibit(decoded.text, meta))
    return exhibits
