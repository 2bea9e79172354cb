"""Corporate suffixes as written ("Inc.", "L.L.C.", "GmbH"): one list, ``vocab/entity_suffix_forms.txt``,
each form tagged with the patterns that use it, so that a suffix is added in one place."""

from __future__ import annotations

from functools import cache

from . import rx as regex  # regex, with saved programs (grammars/rx.py)
from . import vocabulary


@cache
def suffix_forms(use: str) -> tuple[str, ...]:
    """The forms tagged ``use``, in the file's order (a form with its dot before the form without)."""
    forms = tuple(form for form, *uses in (line.split() for line in vocabulary("entity_suffix_forms")) if use in uses)
    if not forms:
        raise KeyError(f"no entity suffix form is tagged {use!r}")
    return forms


def suffix_alternation(use: str, *, word_end: bool = False) -> str:
    """The forms tagged ``use`` as a pattern alternation (tried in the file's order); ``word_end``:
    a form ending in a letter must end a word ("Inc" not in "Inch")."""
    return "|".join(regex.escape(f) + (r"\b" if word_end and f[-1].isalpha() else "") for f in suffix_forms(use))
