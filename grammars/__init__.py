"""pyparsing grammars, one small module per structure (shipped as ``extractor.grammars``).

No module here changes pyparsing's process-wide settings (packrat, default
whitespace): the grammars must not change their host program.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def vocabulary(name: str) -> tuple[str, ...]:
    """Lines of ``vocab/<name>.txt`` (blank lines and ``#`` comments skipped)."""
    text = resources.files(__name__).joinpath("vocab", f"{name}.txt").read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
