"""Apply an amendment's operations to the agreement it amends.

``apply_amendments(base, amendment)`` looks up each operation's target among the base's
sections (by normalised label), finds the old words there (white space may differ), and
edits a copy of the base's original text. It returns the consolidated text and one row per
operation saying whether it applied and, if not, why: the target is not a section of the
base, the old words are not in it, the quoted words are a confidential-treatment marker,
or the operation says too little to be carried out (e.g. "the first two sentences" of a
provision whose sentences cannot be told apart).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import regex

from ..model import schema
from ..model.exhibit import Exhibit

SENTENCE = regex.compile(r"[^.!?]{1,4000}?[.!?](?:[\"\u201d)]?)(?=\s+[A-Z\"\u201c(\[]|\s*$)", regex.S)


@dataclass(frozen=True)
class Applied:
    operation: int  # row index in the amendment's ``amendments`` table
    target: str | None
    action: str | None
    status: str  # applied | failed
    reason: str | None
    base_start: int | None
    base_end: int | None


@dataclass(frozen=True)
class ApplyResult:
    text: str  # the base's original text with the applied operations carried out
    operations: pd.DataFrame  # the ``applied`` table


def _words_pattern(words: str) -> regex.Pattern[str]:
    parts = [regex.escape(w) for w in words.split()]
    return regex.compile(r"\s+".join(parts))


def _norm_label(label: object) -> str:
    return regex.sub(r"[\s.]+", "", str(label or "")).casefold().removeprefix("section")


def _find_section(sections: pd.DataFrame, row: pd.Series) -> pd.Series | None:
    want = _norm_label(row["target_label"])
    if not want:
        return None
    for _, s in sections.iterrows():
        if _norm_label(s["label"]) == want and s.get("part") != "contents":  # not the contents' entry
            return s
    if row["action"] == "add_definition":
        for _, s in sections.iterrows():
            if regex.search(r"(?i)definition", str(s["heading"] or "")):
                return s
    return None


def _missing(v: object) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and v != v)


def _plan(base: Exhibit, row: pd.Series) -> tuple[tuple[int, int, str] | None, str | None]:
    """The edit (start, end, replacement) on base.original for one operation, or why not."""
    action = row["action"]
    if bool(row["old_redacted"] is True) or bool(row["new_redacted"] is True):
        return None, "redacted"
    original = base.original
    old = None if _missing(row["old_text"]) else str(row["old_text"])
    new = None if _missing(row["new_text"]) else str(row["new_text"])
    sec = _find_section(base.sections, row)
    if sec is None:
        return None, "target not found"
    s, e = int(sec["start"]), int(sec["end"])
    if action == "delete":
        if old is None:
            return (s, e, ""), None
        m = _words_pattern(old).search(original, s, e)
        return ((m.start(), m.end(), ""), None) if m else (None, "old text not found")
    if new is None:
        return None, "new text not given"
    if action in ("insert", "add_definition"):
        return (e, e, "\n\n" + new), None
    if action == "restate":
        if new.lstrip().startswith(str(sec["number"]).strip().rstrip(".")):
            return (s, e, new), None
        head_end = (
            int(sec["heading_end"]) if not _missing(sec["heading_end"]) else s + len(str(sec["number"]))
        )
        body = original[head_end:e]
        lead = len(body) - len(body.lstrip(" \t\r\n.:"))
        return (head_end + lead, e, new), None
    if action == "substitute":
        if old is not None:
            m = _words_pattern(old).search(original, s, e)
            return ((m.start(), m.end(), new), None) if m else (None, "old text not found")
        if not _missing(row["sentences"]):
            return _sentences(base, sec, str(row["sentences"]), new)
        return None, "old text not given"
    return None, f"unknown action {action!r}"


def _sentences(
    base: Exhibit, sec: pd.Series, which: str, new: str
) -> tuple[tuple[int, int, str] | None, str | None]:
    original = base.original
    start = (
        int(sec["heading_end"])
        if not _missing(sec["heading_end"])
        else int(sec["start"]) + len(str(sec["number"]))
    )
    end = int(sec["end"])
    spans = [
        (m.start(), m.end()) for m in SENTENCE.finditer(original, start, end) if m.group().strip(" \t\r\n.")
    ]
    nums = [int(x) for x in which.split(",") if x.strip().lstrip("-").isdigit()]
    idx = [n - 1 if n > 0 else len(spans) + n for n in nums]
    if not idx or any(i < 0 or i >= len(spans) for i in idx) or idx != list(range(idx[0], idx[-1] + 1)):
        return None, "sentences not found"
    a = spans[idx[0]][0]
    a += len(original[a : spans[idx[0]][1]]) - len(original[a : spans[idx[0]][1]].lstrip())
    return (a, spans[idx[-1]][1], new), None


def apply_amendments(base: Exhibit, amendment: Exhibit) -> ApplyResult:
    """Carry out ``amendment``'s operations on ``base``; report which applied and why others did not."""
    edits: list[tuple[int, int, str]] = []
    rows: list[Applied] = []
    text = base.original
    for i, row in amendment.amendments.iterrows():
        target, action = row["target"], row["action"]
        if action == "replace_all":
            rows.append(_replace_all(base, row, int(i), edits))
            continue
        edit, why = _plan(base, row)
        if edit is None:
            rows.append(Applied(int(i), target, action, "failed", why, None, None))
        elif _overlaps(edits, edit[0], edit[1]):
            rows.append(
                Applied(int(i), target, action, "failed", "overlaps an earlier operation", edit[0], edit[1])
            )
        else:
            edits.append(edit)
            rows.append(Applied(int(i), target, action, "applied", None, edit[0], edit[1]))
    for s, e, new in sorted(edits, key=lambda x: (x[0], x[1]), reverse=True):
        text = text[:s] + new + text[e:]
    return ApplyResult(text, schema.frame("applied", rows))


def _replace_all(base: Exhibit, row: pd.Series, i: int, edits: list[tuple[int, int, str]]) -> Applied:
    """Every occurrence of the old words inside the target (a section, or the whole agreement)."""
    target, action = row["target"], row["action"]
    if _missing(row["old_text"]) or _missing(row["new_text"]):
        return Applied(i, target, action, "failed", "old or new text not given", None, None)
    if row["old_redacted"] is True or row["new_redacted"] is True:
        return Applied(i, target, action, "failed", "redacted", None, None)
    sec = _find_section(base.sections, row)
    if sec is not None:
        s, e = int(sec["start"]), int(sec["end"])
    elif regex.search(r"(?i)\bagreement\b", str(target or "")):
        s, e = 0, len(base.original)
    else:
        return Applied(i, target, action, "failed", "target not found", None, None)
    pattern = regex.compile(r"(?<!\w)" + _words_pattern(str(row["old_text"])).pattern + r"(?!\w)")
    found = list(pattern.finditer(base.original, s, e))
    if not found:
        return Applied(i, target, action, "failed", "old text not found", None, None)
    if any(_overlaps(edits, m.start(), m.end()) for m in found):
        return Applied(i, target, action, "failed", "overlaps an earlier operation", None, None)
    edits += [(m.start(), m.end(), str(row["new_text"])) for m in found]
    return Applied(i, target, action, "applied", None, found[0].start(), found[-1].end())


def _overlaps(edits: list[tuple[int, int, str]], s: int, e: int) -> bool:
    return any(a < e and s < b or (a == b == s == e) for a, b, _ in edits)
