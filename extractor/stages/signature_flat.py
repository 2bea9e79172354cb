"""Signature blocks of text that lost its line breaks: the repairs that make a flattened copy read the
same signing parties as the copy that kept its layout. Each function is a small hook called from
``signature_parties`` / ``signatures``:

- a sentence's last word glued to the name on the next line ("representatives:LICENSEE") is split off;
- a page number run on before the name ("10 THEGLOBE.COM, INC.:") is no street address;
- a column's role word run on after a complete name with a single blank ("KIOSK CONCEPTS, INC. MASTER
  FRANCHISEE") is cut, as two blanks would have split it off;
- a short name glued to its form where a blank was lost ("KubientInc.") is completed like "Kubient Inc.";
- a bare "/s/" glued before the next signatory's blank "Name:" ("...CORP./s/ Samuel KafkasName:") opens
  that signatory, as the line break after it would have shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import signature as g
from ..grammars.suffixes import suffix_alternation

if TYPE_CHECKING:
    from .signature_fields import Field

# A lower-case word ending a sentence with a colon, the next line's capitals glued on: "representatives:LICENSEE"
SENTENCE_COLON = regex.compile(r"(?<=(?<![A-Za-z])[a-z]{4,}+:)(?=[A-Z])")  # not "to:", "of:" (a notice address)
# A page number alone on its line, run on before a name: "10 THEGLOBE.COM, INC.:"
PAGE_NUMBER_LEAD = regex.compile(r"^\d{1,3}[ \t\xa0]++(?=[A-Z])")
# A corporate form glued to the short name before it: "KubientInc.", "AcmeCorp"
GLUED_FORM = regex.compile(rf"(?:{suffix_alternation('completes', word_end=True)})")
NAME_CHAR = regex.compile(r"[\w.]")
MAX_ROLE_WORDS = 3


def _is_suffix(word: str) -> bool:
    return word.lower().strip(",:") in g.ENTITY_SUFFIXES


def sentence_apart(piece: str) -> list[str]:
    """A chunk split after a sentence's colon glued to a name: "...representatives:LICENSEE" ->
    ["...representatives:", "LICENSEE"] (the copy with its line breaks has two lines there)."""
    if ":" not in piece:
        return [piece]
    parts = [p for p in SENTENCE_COLON.split(piece) if p]
    # only a name line in capitals after it ("to:ADMINISTRATIVE MATTERSGreat Lakes ...": a notice address)
    return parts if len(parts) == 2 and parts[1].isupper() else [piece]


def page_number_cut(c: str) -> str | None:
    """The name after a page number run on before it ("10 THEGLOBE.COM, INC.:" -> "THEGLOBE.COM,
    INC.:"): the rest is a name in capitals ending in a corporate form, with no address in it; else None."""
    m = PAGE_NUMBER_LEAD.match(c)
    if m is None:
        return None
    rest = c[m.end() :]
    words = rest.split()
    if len(words) < 2 or not rest.isupper() or not _is_suffix(words[-1]) or g.ADDRESS.search(rest):
        return None
    return rest


def role_after_form_cut(s: str) -> str:
    """A name without the role word run on after its corporate form with one blank ("KIOSK CONCEPTS, INC.
    MASTER FRANCHISEE" -> "KIOSK CONCEPTS, INC."): the words after the last form are capitals ending in a
    role word (``signature_role_words``)."""
    words = s.split()
    last = max((i for i, w in enumerate(words) if _is_suffix(w)), default=None)
    if last is None or last == 0 or last == len(words) - 1:
        return s
    tail = words[last + 1 :]
    role = tail[-1].lower().strip(":") in g.ROLE_WORDS
    if len(tail) > MAX_ROLE_WORDS or not all(w.isupper() for w in tail) or not role:
        return s
    return " ".join(words[: last + 1])


def glued_forms(text: str, full: dict[str, str]) -> dict[str, str]:
    """``full`` (a short name -> its name with a form, from ``with_suffixes``) with the names still short
    completed where the text glues the form on ("KubientInc." -> "Kubient Inc."), not glued to a word
    before the name."""
    out = dict(full)
    for short, found in full.items():
        if found != short or not short[-1:].isalnum():
            continue
        pos = text.find(short)
        while pos >= 0:
            m = GLUED_FORM.match(text, pos + len(short))
            if m is not None and m.group()[:1].isupper() and (pos == 0 or not NAME_CHAR.match(text[pos - 1])):
                out[short] = f"{short} {m.group()}"
                break
            pos = text.find(short, pos + 1)
    return out


def signs_next_glued(
    text: str, fields: list[Field], i: int, anchors: set[str], name_between: Callable[[str, int, int], bool]
) -> bool:
    """Is the bare "/s/" ``fields[i]`` the signature of the blank "Name:" glued right after it, under a
    party name written between the signatory before and it ("Title: CEOGROUPE PARAMEUS CORP./s/ Samuel
    KafkasName:Title: President")? With the line breaks kept, ``signatures._signs_next`` sees it."""
    f = fields[i]
    if not (f.bare and f.signed) or i == 0 or i + 1 >= len(fields):
        return False
    nxt = fields[i + 1]
    if nxt.name not in anchors or nxt.name != "name" or nxt.value and nxt.value != f.value:
        return False
    if g.FILLER.fullmatch(text, f.end, nxt.start) is None or g.LINE_END.search(text, f.end, nxt.start) is not None:
        return False
    return name_between(text, fields[i - 1].end, f.start)
