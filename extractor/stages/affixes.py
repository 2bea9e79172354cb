"""Page furniture inside long lines: running heads and feet glued to the body text next to a page
break (text that lost its line breaks), found as the affix the lines at the breaks share."""

from __future__ import annotations

from os.path import commonprefix

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from .lines import DIGITS, Scan, edge_line
from .page_assembly import SpanSet, merged

AFFIX_WINDOW = 600
AFFIX_MIN = 12
AFFIX_COPIES = 3  # windows sharing an affix, at least
LONG_LINE = 60


ZERO_DIGITS = bytes.maketrans(b"123456789", b"000000000")


def _digits_to_zero(s: str) -> str:
    if s.isascii():  # the only ASCII digits are 0-9: one translate, no callback per digit run
        return s.encode().translate(ZERO_DIGITS).decode()  # a bytes table: ~8x str.translate's dict
    return DIGITS.sub(lambda m: "0" * len(m.group()), s)


def _common_prefix(strings: list[str]) -> int:
    """Length of the common prefix of all strings: that of the least and the greatest (in code
    point order every string between them shares their common prefix), so two strings are
    compared, not all of them at every position."""
    if not strings:
        return 0
    return len(commonprefix([min(strings), max(strings)]))


def _best_common(strings: list[str], suffix: bool) -> tuple[int, list[int]]:
    """Common affix of all windows, or of all but the first or last (one page may lack it), or of
    the largest set of windows opening alike, if that is at least half of them; three at least
    (two page-final sentences may well end alike)."""
    keys = [s[::-1] for s in strings] if suffix else strings  # a suffix is a prefix of the reversed strings
    if len(strings) < AFFIX_COPIES:
        return 0, []
    options = [list(range(len(strings))), list(range(1, len(strings))), list(range(len(strings) - 1))]
    alike: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        alike.setdefault(k[:AFFIX_MIN], []).append(i)
    most = max(alike.values(), key=len)
    if AFFIX_COPIES <= len(most) < len(strings) - 1 and 2 * len(most) >= len(strings):
        options.append(most)
    for idx in options:
        n = _common_prefix([keys[i] for i in idx])
        if n >= AFFIX_MIN:
            return n, idx
    return 0, []


def find_affixes(sc: Scan) -> None:
    """Running header/footer text glued to body text next to a page break."""
    text = sc.text
    before, after = [], []
    starts, lengths = sc.lines.starts, sc.lines.lengths
    for b in sorted(sc.boundaries):
        i = sc.lines.index_of_stop(b)
        if i is None:
            continue
        k = edge_line(sc, i, -1)
        if k is not None and lengths[k] >= LONG_LINE:
            end = starts[k] + lengths[k]
            before.append((max(starts[k], end - AFFIX_WINDOW), end))
        k = edge_line(sc, i + 1, +1)
        if k is not None and lengths[k] >= LONG_LINE:
            after.append((starts[k], min(starts[k] + lengths[k], starts[k] + AFFIX_WINDOW)))
    # a page with no long line has the same edge line as its neighbour: each line is one copy, not two
    before, after = list(dict.fromkeys(before)), list(dict.fromkeys(after))
    if len(before) >= 2:
        n, idx, first = _window_common(text, before, suffix=True)
        n = _trim_footer(first, n)
        # a sentence's end the pages share before the foot stays with the sentence
        n = len(first[len(first) - n :].lstrip(SENTENCE_TAIL)) if n else 0
        if (n >= AFFIX_MIN and _glued(text, [(before[i][0], before[i][1] - n) for i in idx])
                and 2 * sum(_after_sentence(text, before[i][0], before[i][1] - n) for i in idx) >= len(idx)):
            _add_affix_spans(sc, [(before[i][1] - n, before[i][1]) for i in idx])
    if len(after) >= 2:
        n, idx, first = _window_common(text, after, suffix=False)
        n = _trim_header(first, n)
        if n >= AFFIX_MIN and _glued(text, [(after[i][0] + n, after[i][1]) for i in idx]):
            _add_affix_spans(sc, [(after[i][0], after[i][0] + n) for i in idx])


SENTENCE_TAIL = ".!?;:)]\"'\u201d \t\xa0"
# What a foot glued to the body follows: a sentence's end, or a number (a page number glued before it).
# A stop after a digit is a heading's number ("Section 1."), not a sentence's end.
FOOT_FOLLOWS = regex.compile(r"(?:(?<!\d)[.!?:;)\]\"'\u201d]|\d)[ \t\xa0]*$")


def _after_sentence(text: str, start: int, pos: int) -> bool:
    """A foot glued to the body starts where a sentence ended (or the line starts), on half the pages
    at least (a page may break in mid-sentence): a suffix that pages share in mid-sentence
    (" under Sections 1.1 and 1.2, above.") is body text."""
    if start < pos < len(text) and text[pos - 1].isdigit() and text[pos].isdigit():
        return False  # the foot would start inside a number ("Sections 10.10": "1" + "0.10, above.")
    return not text[start:pos].strip() or FOOT_FOLLOWS.search(text, start, pos) is not None


def _glued(text: str, rests: list[tuple[int, int]]) -> bool:
    """The affix shares its line with other text on half the pages or more: a head or foot that lost
    its line break. Where it fills its lines it is a whole line, and the running-line rules judge it."""
    return 2 * sum(1 for s, e in rests if text[s:e].strip()) >= len(rests)


AFFIX_PROBE = 64  # window characters compared first (a common affix is rare, and rarely long)


def _window_common(text: str, spans: list[tuple[int, int]], suffix: bool) -> tuple[int, list[int], str]:
    """``_best_common`` of the digit-zeroed windows, and the first chosen window (or "").

    The windows' last (first) AFFIX_PROBE characters are tried first: their common affix is
    min(true, AFFIX_PROBE), so the same windows are chosen (AFFIX_MIN < AFFIX_PROBE), and below
    AFFIX_PROBE - 1 the length and the trimming (which reads one character more) are the same as
    over the whole windows; only then are the whole windows zeroed and compared."""
    for probe in (AFFIX_PROBE, None):
        if probe is None:
            cut = spans
        elif suffix:
            cut = [(max(s, e - probe), e) for s, e in spans]
        else:
            cut = [(s, min(e, s + probe)) for s, e in spans]
        windows = _zeroed_windows(text, cut)
        n, idx = _best_common(windows, suffix)
        if probe is None or n < probe - 1:
            break
    return n, idx, windows[idx[0]] if idx else ""


def _zeroed_windows(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """``_digits_to_zero`` of each span's text: all joined by line breaks and zeroed at once (the
    zeroing keeps lengths and leaves line breaks alone), split again where no window holds one."""
    raw = [text[s:e] for s, e in spans]
    joined = "\n".join(raw)
    if not raw or joined.count("\n") != len(raw) - 1:  # none, or a window with a line break
        return list(map(_digits_to_zero, raw))
    return _digits_to_zero(joined).split("\n")


NON_WORD = regex.compile(r"[^\w]")
# A sentence's end inside a glued header: a letter (or ")") then '.', '!' or '?', and what closes it.
SENTENCE_STOP = regex.compile(r"[A-Za-z)][.!?][\s\"\u201d]*")


def _trim_footer(window: str, n: int) -> int:
    """Start the footer at a word start rather than in the middle of the last body word."""
    if n <= 0:
        return 0
    start = len(window) - n
    if start > 0 and window[start - 1].isalnum() and window[start].isalnum():
        m = NON_WORD.search(window, start)
        return 0 if m is None else n - (m.end() - start)
    return n


def _trim_header(window: str, n: int) -> int:
    """End a glued header after its last whole sentence (a letter then '.', not '2.1')."""
    last = 0
    for m in SENTENCE_STOP.finditer(window, 0, n):
        last = m.end()
    return last


def _add_affix_spans(sc: Scan, spans: list[tuple[int, int]]) -> None:
    if len(spans) < AFFIX_COPIES:  # fewer still once the known furniture is left out: no need to build the set
        return
    known = SpanSet(sc.text, merged([(s, e) for s, e, _ in sc.furniture]))
    spans = [(s, e) for s, e in spans if not known.covers(s, e)]
    if len(spans) < AFFIX_COPIES:
        return
    numbered = varying_number(sc.text, spans)
    for k, (s, e) in enumerate(spans):
        sc.add(s, e, "running")
        if numbered:
            pos, num = numbered[k]
            sc.numbers.append((s, num, pos, pos + len(num)))


def varying_number(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str]] | None:
    """For each span, the digit run that climbs from span to span like a page number."""
    runs = [list(DIGITS.finditer(text, s, e)) for s, e in spans]
    if len({len(r) for r in runs}) != 1 or not runs[0]:
        return None
    for k in range(len(runs[0])):
        values = [int(r[k].group()) for r in runs]
        if _page_like(values):
            return [(r[k].start(), r[k].group()) for r in runs]
    return None


def _page_like(values: list[int]) -> bool:
    """Page numbers climb in small steps (a page or two may lack the footer); a numbering may start
    again at 1 or 2 (a cover page numbered apart, an attachment), but not only restart."""
    steps = [1 <= b - a <= 3 for a, b in zip(values, values[1:])]
    restarts = [b <= 2 < a for a, b in zip(values, values[1:])]
    return (values[0] < 1000 and all(map(bool.__or__, steps, restarts))
            and sum(steps) > sum(restarts))
