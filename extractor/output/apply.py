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

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

import pandas as pd

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..model import schema
from ..model.exhibit import Exhibit

# a sentence ends at a stop before a capital, the end of the provision, or a paragraph's end ("... agreement.\n\n5.4")
SENTENCE = regex.compile(
    r"[^.!?]{1,4000}?[.!?](?:[\"\u201d)]?)(?=\s+[A-Z\"\u201c(\[]|\s*$|[ \t]*\r?\n[ \t]*\r?\n)", regex.S
)


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


LOOSE_TOKEN = regex.compile(r"[^\s:;,.]+")
LOOSE_NOTE = "the quoted old words differ from the base in letter case or punctuation"


def _loose_match(old: str, original: str, s: int, e: int) -> regex.Match[str] | None:
    """The old words inside [s, e) compared without letter case and the punctuation between words
    ("Email:[***] With a Copy to" quoted where the base reads "Email: [***] With a copy to")."""
    tokens = LOOSE_TOKEN.findall(old)
    if len(tokens) < 3:  # a word or two: too little to match loosely
        return None
    return regex.compile(r"(?i)" + r"[\s:;,.]*".join(map(regex.escape, tokens))).search(original, s, e)


def _norm_label(label: object) -> str:
    # "Section 21.0" is Section 21
    raw = regex.sub(r"(?<=\d)(?:\.0)+\.?$", "", str(label or "").strip())
    return regex.sub(r"[\s.]+", "", raw).casefold().removeprefix("section")


LABEL_IN_SECTION = regex.compile(
    r"(?i)\s(?:in|of)\s+(?:section|clause)\s+(?P<n>\d{1,3}(?:\.\d{1,3})*(?:\([a-z0-9]{1,5}\))*)$"
)
MARKER_ONLY = regex.compile(
    r"\[\s*\*[\s*]*\]|\*{3,}|\[(?i:redacted)\]|\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)|[\s.,;:\"\u201c\u201d]+"
)


NEXT_ITEM = regex.compile(r"\s\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)\s")


def _only_markers(new: str) -> bool:
    """New words that are confidential-treatment markers only, up to the next item of the amendment's list
    ("[*****] [*****] (ii) Any other provision of Clause 12 shall remain in full force")."""
    first = NEXT_ITEM.split(new, maxsplit=1)[0]
    return bool(_REDACTION.search(first)) and not MARKER_ONLY.sub("", first)


def _dotted_label(label: object) -> str:
    """A label compared with its dots kept: "Article 15" and "Section 15.0" are "15", "1.5" stays "1.5"."""
    raw = regex.sub(r"\s+", "", str(label or "")).casefold().rstrip(".")
    raw = regex.sub(r"^(?:section|article)", "", raw)
    return regex.sub(r"(?<=\d)(?:\.0)+$", "", raw)


def _find_section(sections: pd.DataFrame, row: pd.Series, original: str | None = None) -> pd.Series | None:
    want = _norm_label(row["target_label"])
    if not want:
        return None
    # 'definition of "Product" in Section 1.42': the provision is the section the label ends with
    inner = LABEL_IN_SECTION.search(str(row["target_label"]))
    wants = [want] + ([_norm_label(inner.group("n"))] if inner is not None else [])
    for w in wants:
        for _, s in sections.iterrows():
            if _norm_label(s["label"]) == w and s.get("part") != "contents":  # not the contents' entry
                return s
    if original is not None:
        item = _item_in_parent(sections, str(row["target_label"]), original)
        if item is not None:
            return item
    if row["action"] == "add_definition":
        for _, s in sections.iterrows():
            if regex.search(r"(?i)definition", str(s["heading"] or "")):
                return s
    if row["action"] == "insert":
        # a new item ("A new section, Section 1(a)(xi), is inserted"): it goes at the end of its parent
        # the parent read from the label with its dots ("15.11" -> "15", not "1.5": "1511" has none)
        dotted = _dotted_label(row["target_label"])
        parent = PARENT_LABEL.sub("", dotted)
        if parent and parent != dotted:
            for _, s in sections.iterrows():  # "Article 15" is the 15 that "15.11" belongs to
                if _dotted_label(s["label"]) == parent and s.get("part") != "contents":
                    return s
    return _find_in_text(original, row) if original is not None else None


ITEM_TAIL = regex.compile(r"\((?P<x>[a-z]{1,3}|[0-9]{1,2})\)$")


def _item_in_parent(sections: pd.DataFrame, label: str, original: str) -> pd.Series | None:
    """An item the section tree missed ("2(c)" where the one-line text's Section 2 holds "(a) ... (b) ...
    (c) ..."): found in its parent's span after the items before it, ending at the next one."""
    dotted = _dotted_label(label)
    tail = ITEM_TAIL.search(dotted)
    if tail is None or tail.start() == 0:
        return None
    parent = dotted[: tail.start()]
    span = next(((int(r["start"]), int(r["end"])) for _, r in sections.iterrows()
                 if _dotted_label(r["label"]) == parent and r.get("part") != "contents"), None)
    x = tail.group("x")
    if span is None or not (x.isdigit() or len(x) == 1):
        return None  # only (a), (b), ... and (1), (2), ...: the items before it are then known
    seq = [str(k) for k in range(1, int(x) + 2)] if x.isdigit() else [chr(c) for c in range(ord("a"), ord(x) + 2)]
    pos, starts = span[0], []
    for label_k in seq:  # each item after the one before it, not preceded by a word character or digit
        m = regex.compile(r"(?<![0-9a-z])\(" + regex.escape(label_k) + r"\)").search(original, pos, span[1])
        if m is None:
            break
        starts.append(m.start())
        pos = m.end()
    if len(starts) < len(seq) - 1:
        return None
    a = starts[len(seq) - 2]
    e = starts[len(seq) - 1] if len(starts) == len(seq) else span[1]
    return pd.Series({"start": a, "end": e, "number": f"({x})", "heading_end": None, "label": label, "heading": None})


NEAR_NOTE = "the quoted old words differ slightly from the base"


def _near_body(original: str, sec: pd.Series, old: str) -> tuple[int, int] | None:
    """The provision's body when the quoted old words are nearly all of it (a misquoted word or two)."""
    s, e = int(sec["start"]), int(sec["end"])
    body_start = s + len(str(sec["number"] or ""))
    while body_start < e and original[body_start] in " \t\r\n.:":
        body_start += 1
    body = original[body_start:e].split()
    words = old.split()
    if not body or abs(len(body) - len(words)) > max(2, len(words) // 10):
        return None
    ratio = difflib.SequenceMatcher(None, body, words, autojunk=False).ratio()
    return (body_start, e) if ratio >= 0.9 else None


PARENT_LABEL = regex.compile(r"(?:\([a-z0-9]{1,5}\)|\.[0-9a-z]{1,4})$")
# "Exhibit A, Administration and Risk Management": a paragraph opening with the title
ENTITLED_TARGET = regex.compile(r",\s*(?P<title>[A-Z][^,]{3,120})$")
NUMBER_ONLY = regex.compile(r"(?i)^(?:section|article|paragraph)?\s*(?P<n>\d{1,3})\.?$")


def _find_in_text(original: str, row: pd.Series) -> pd.Series | None:
    """A target the section tree missed: a top-level number opening a line or following a sentence
    ("... principles. 13. NOTICES"), or a titled paragraph ("Administration and Risk Management.")."""
    target = str(row["target"] or "")
    title = ENTITLED_TARGET.search(target)
    if title is not None:
        m = regex.search(r"(?m)^[ \t]*(?:\d{1,3}\.[ \t]*)?" + regex.escape(title.group("title")) + r"\b", original)
        if m is None:
            return None
        end = PARAGRAPH_END.search(original, m.end())
        return pd.Series({"start": m.start(), "end": end.start() if end else len(original), "number": "",
                          "heading_end": None, "label": target, "heading": None})
    num = NUMBER_ONLY.match(_norm_label(row["target_label"]) or "")
    if num is None:
        return None
    n = int(num.group("n"))
    heads = [m for m in regex.finditer(r"(?m)(?:^|(?<=[.:;\]][ \t]))[ \t]*(?P<n>\d{1,3})\.[ \t]+(?=[A-Z])", original)]
    mine = [m for m in heads if int(m.group("n")) == n]
    if len(mine) != 1:
        return None  # absent, or not one place: do not guess
    a = mine[0].start("n")
    nxt = [m.start("n") for m in heads if m.start() > a and int(m.group("n")) == n + 1]
    if not nxt:
        return None  # where it ends is not known
    return pd.Series({"start": a, "end": nxt[0], "number": f"{n}.",
                      "heading_end": None, "label": str(n), "heading": None})


PARAGRAPH_END = regex.compile(r"\r?\n[ \t]*\r?\n")


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
    if new is not None and _only_markers(new) and action != "redesignate":
        return None, "redacted"  # "substituted as follow: [*****] [*****] ... (ii)": nothing but markers
    other = _other_agreement(row)
    if other is not None:
        return None, f"target not in the base (it is in the {other})"
    sec = _find_section(base.sections, row, original)
    if sec is None:
        return None, "target not found"
    s, e = int(sec["start"]), int(sec["end"])
    if action == "delete":
        if old is None:
            return (s, e, ""), None
        m = _words_pattern(old).search(original, s, e)
        return ((m.start(), m.end(), ""), None) if m else (None, "old text not found")
    if action == "redesignate":
        return _redesignate(original, sec, new)
    if new is None:
        return None, "new text not given"
    if action in ("insert", "add_definition"):
        return (e, e, "\n\n" + new), None
    if action == "restate":
        if old is not None:  # "whereas it previously read: ... it now reads: ...": the old words must be there
            found = _old_words(old, original, s, e)
            if found is not None:
                return (found[0], found[1], new), found[2]
            near = _near_body(original, sec, old)
            return ((near[0], near[1], new), NEAR_NOTE) if near else (None, "old text not found")
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
            found = _old_words(old, original, s, e)
            if found is not None:
                return (found[0], found[1], new), found[2]
            if _missing(row["sentences"]) or len(old.split()) < 8:
                return None, "old text not found"
            # "the first sentence that previously read: ..." quoted with other words: the sentence is the target
        if not _missing(row["sentences"]):
            return _sentences(base, sec, str(row["sentences"]), new)
        return None, "old text not given"
    return None, f"unknown action {action!r}"


def _old_words(old: str, original: str, s: int, e: int) -> tuple[int, int, str | None] | None:
    """Where the old words stand in original[s:e]: exactly (no note), else ignoring case and the
    punctuation between words (``LOOSE_NOTE``); None when neither finds them."""
    m = _words_pattern(old).search(original, s, e)
    if m is not None:
        return m.start(), m.end(), None
    loose = _loose_match(old, original, s, e)
    return (loose.start(), loose.end(), LOOSE_NOTE) if loose is not None else None


# "Section 5.9 of the Commercial License is amended": the agreement the target belongs to
TARGET_OF = regex.compile(
    r"\s*,?\s*of\s+(?:the|that)\s+(?P<title>(?:[A-Z][\w'\u2019&-]*\s+){0,6}"
    r"(?:Agreement|License|Licence|Contract|Lease|Plan|Indenture|Note|Amendment))\b"
)
TITLE_WORD = regex.compile(r"[a-z0-9]+")
TITLE_STOP = {"the", "and", "of", "amended", "restated", "agreement"}


def _other_agreement(row: pd.Series) -> str | None:
    """The agreement the instruction's target is in when it names one other than the amended agreement
    ("Section 5.9 of the Commercial License" in an amendment to a Development Agreement), else None."""
    text, target = row.get("text"), row.get("target")
    if _missing(text) or _missing(target):
        return None
    k = str(text).find(str(target))
    m = TARGET_OF.match(str(text), k + len(str(target))) if k >= 0 else None
    if m is None:
        return None
    title = m.group("title")
    words = set(TITLE_WORD.findall(title.casefold())) - TITLE_STOP
    named = row.get("amended_agreement")
    amended = set() if _missing(named) else set(TITLE_WORD.findall(str(named).casefold()))
    if not words or not amended or words <= amended:
        return None  # "of the Agreement", or the amended agreement's own title
    return title


LABEL_ITEM = regex.compile(r"\([A-Za-z0-9]{1,5}\)$|[0-9]+(?:\.[0-9]+)*$")


def _redesignate(original: str, sec: pd.Series, new: str | None) -> tuple[tuple[int, int, str] | None, str | None]:
    """"redesignating paragraph (c) as paragraph (d)": the provision's own number is rewritten."""
    old_item = LABEL_ITEM.search(str(sec["number"] or "").strip().rstrip("."))
    new_item = LABEL_ITEM.search((new or "").strip())
    if old_item is None or new_item is None:
        return None, "new text not given"
    s = int(sec["start"])
    k = original.find(old_item.group(), s, s + 40)
    if k < 0:
        return None, "old text not found"
    return (k, k + len(old_item.group()), new_item.group()), None


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
    ending = NEW_ENDING.match(new)
    if ending is not None:
        # "shall end with the words "...will be bound," and the remainder ... is deleted": keep the sentence up
        # to those words, cut the rest (its closing full stop stays)
        e = spans[idx[-1]][1]
        # a comma inside the closing quote mark is the quoting style, not the sentence's
        m = _words_pattern(ending.group("words").rstrip(",;: ")).search(original, a, e)
        if m is None:
            return None, "old text not found"
        stop = e
        while stop > m.end() and original[stop - 1] in " \t\r\n.":
            stop -= 1
        return (m.end(), stop, ""), None
    return (a, spans[idx[-1]][1], new), None


# new words that open with an ellipsis are a sentence's new ending: "...will be bound,"
NEW_ENDING = regex.compile(r"^\s*(?:\.{3}|\u2026)\s*(?P<words>\S.*)$", regex.S)


def apply_amendments(base: Exhibit, amendment: Exhibit) -> ApplyResult:
    """Carry out ``amendment``'s operations on ``base``; report which applied and why others did not."""
    edits, rows = plan_edits(base, amendment)
    text = base.original
    # two insertions at one place keep the operations' order (the later is made first, then pushed after)
    for s, e, new, _ in sorted(edits, key=lambda x: (x[0], x[1], x[3]), reverse=True):
        text = text[:s] + new + text[e:]
    return ApplyResult(text, schema.frame("applied", rows))


def plan_edits(base: Exhibit, amendment: Exhibit) -> tuple[list[tuple[int, int, str, int]], list[Applied]]:
    """The edits (start, end, replacement, operation) on ``base.original`` and one row per operation."""
    edits: list[tuple[int, int, str]] = []
    owner: list[int] = []  # the operation each edit carries out
    rows: list[Applied] = []
    # cast: the amendments table has a default integer index (pandas-stubs types iterrows labels as Hashable)
    for i, row in cast("Iterator[tuple[int, pd.Series]]", amendment.amendments.iterrows()):
        target, action = row["target"], row["action"]
        if action == "replace_all":
            n = len(edits)
            rows.append(_replace_all(base, row, int(i), edits))
            owner += [int(i)] * (len(edits) - n)
            continue
        edit, why = _plan(base, row)
        if edit is None:
            rows.append(Applied(int(i), target, action, "failed", _why(base, row, why), None, None))
        elif _overlaps(edits, edit[0], edit[1]):
            rows.append(
                Applied(int(i), target, action, "failed", "overlaps an earlier operation", edit[0], edit[1])
            )
        else:
            edits.append(edit)
            owner.append(int(i))
            rows.append(Applied(int(i), target, action, "applied", why, edit[0], edit[1]))
    return [(s, e, new, k) for (s, e, new), k in zip(edits, owner, strict=True)], rows


def _why(base: Exhibit, row: pd.Series, why: str | None) -> str | None:
    """A failure's reason made specific: the old words are there only with a marker standing for some of them."""
    if why == "old text not found" and not _missing(row["old_text"]):
        sec = _find_section(base.sections, row, base.original)
        words = str(row["old_text"]).split()
        if sec is not None and len(words) > 2:
            marker = r"(?:\s*(?:\[[^\]]{0,40}\]|\*{3,})\s*|\s+)"
            loose = regex.compile(marker.join(regex.escape(w) for w in words[:3]))
            if _REDACTION.search(base.original, int(sec["start"]), int(sec["end"])) and loose.search(
                base.original, int(sec["start"]), int(sec["end"])
            ) is None and any(w.startswith("[") for w in words) is False:
                return "old text not found (the base is redacted in the target)"
    return why


_REDACTION = regex.compile(r"\[\s*\*[\s*]*\]|\[(?i:redacted|text\s+deleted)\]")


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
    """Two edits touching the same words; insertions at one place do not (Sections 13.9's new words and a
    new Section 13.10 both go at the end of Section 13), they are made in order."""
    return any(a < e and s < b for a, b, _ in edits)
