"""Small helpers shared by test modules (not fixtures: those are in conftest.py)."""

from __future__ import annotations

NB = "\u00a0"


def nb(s: str) -> str:
    """The text as the flattened CUAD extraction prints it: every space a no-break space."""
    return s.replace(" ", NB)
