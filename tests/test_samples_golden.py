"""Golden tables for every sample in samples/: each table compared whole (pytest --update-golden)."""

from __future__ import annotations

import pytest
from conftest import GOLDEN, SAMPLES
from golden_util import check_golden, check_golden_text

import extractor

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_sample_tables(path, update_golden: bool) -> None:  # noqa: ANN001
    for ex in extractor.parse_submission(path):
        seq = ex.meta.get("sequence")
        base = GOLDEN / "samples" / (path.stem + (f"-{seq}" if seq is not None else ""))
        for name, df in ex.tables().items():
            if name == "documents":
                df = df.assign(source=path.name)  # the absolute path differs between checkouts
            check_golden(df, name, base / f"{name}.csv", update_golden)
        check_golden_text(ex.body, base / "body.txt", update_golden)


def test_header_of_the_qwest_amendment() -> None:
    ex = extractor.parse(SAMPLES / "qwest-kmc-mgs-amendment-1.txt")
    assert ex.header == {
        "title": "AMENDMENT NO. 1 TO AMENDED AND RESTATED MEDIA GATEWAY SERVICES AGREEMENT II",
        "kind": "amendment",
        "exhibit_number": "10.1",
        "amendment_number": "1",
        "amended_agreement": ex.meta["amended_agreement"],
        "amended_agreement_date": "2000-03-31",
        "execution_marker": "EXECUTION VERSION",
    }
    assert "Media Gateway Services Agreement II" in ex.header["amended_agreement"]
