"""The edgartools bridge (issue 15), offline: an edgartools ``Filing`` built from a local submission
file, its documents parsed with the filing's facts on each ``documents`` row."""

from __future__ import annotations

import pytest
from conftest import SAMPLES

import extractor

edgar = pytest.importorskip("edgar", reason="edgartools is an optional extra: pip install '.[edgartools]'")

SUBMISSION = SAMPLES / "submission-0000950129-95-001652.txt"
FACTS = {"accession_number": "0000950129-95-001652", "cik": "0000810271", "form_type": "24F-2NT",
         "filing_date": "1995-12-28", "filer_name": "COMMON SENSE TRUST"}


@pytest.fixture(scope="module")
def filing():
    return edgar.Filing.from_sgml(str(SUBMISSION))  # read from the file: no network


def _facts(ex: extractor.Exhibit) -> dict:
    row = ex.documents.iloc[0]
    return {k: row[k] for k in FACTS}


def test_a_filing_gives_each_document_with_the_filings_facts(filing) -> None:
    exhibits = extractor.from_edgartools(filing)
    assert [ex.meta["type"] for ex in exhibits] == ["24F-2NT", "EX-99.11"]
    assert [ex.meta["sequence"] for ex in exhibits] == [1, 2]
    for ex in exhibits:
        assert _facts(ex) == FACTS
    # the same tables as our own reading of the submission file (the text is the document's)
    ours = extractor.parse_submission(SUBMISSION)
    assert [len(ex.parties) for ex in exhibits] == [len(ex.parties) for ex in ours]
    assert exhibits[1].title == ours[1].title


def test_types_pick_documents_and_an_attachment_alone_keeps_the_facts(filing) -> None:
    only = extractor.from_edgartools(filing, types=("EX-99*",))
    assert [ex.meta["type"] for ex in only] == ["EX-99.11"]
    att = next(a for a in filing.attachments if a.document_type == "EX-99.11")
    (ex,) = extractor.from_edgartools(att)
    assert _facts(ex) == FACTS and ex.meta["description"] == "OPINION OF SULLIVAN & WORCESTER"


def test_anything_else_is_an_input_error() -> None:
    with pytest.raises(extractor.InputError, match="Filing or Attachment"):
        extractor.from_edgartools("not a filing")
