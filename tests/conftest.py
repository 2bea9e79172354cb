"""Shared fixtures. Tests that read ../shared/ skip with a clear reason when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run (a CI run cannot fail by the luck of the draw);
# HYPOTHESIS_PROFILE=explore draws new ones, and a failure found that way becomes an @example.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SEC_EXHIBITS_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
NO_SHARED = "../shared/corpus is not beside this checkout (a fresh clone has no shared data)"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden CSVs from current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def corpus_path(rel: str) -> Path:
    """A corpus document by path relative to ../shared/corpus; skips when the corpus is absent."""
    p = CORPUS / rel
    if not CORPUS.is_dir():
        pytest.skip(NO_SHARED)
    if not p.exists():
        pytest.skip(f"corpus document missing: {rel}")
    return p


requires_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=NO_SHARED)
