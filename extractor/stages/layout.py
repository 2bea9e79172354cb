"""Stage 2: page layout. Find page furniture, the pages, and the clean body.

Furniture is what a printer or converter put on the page: ``<PAGE>`` markers,
form feeds, page numbers standing at a page boundary, running headers and
footers repeated on every page, the exhibit banner, the confidential-treatment
legend at the top, CUAD's ``13Source: FILER, 10-K, 4/1/2019`` footers glued
in mid-line, and HTML converters' "QuickLinks" lines.

The body is the original with furniture removed (plus the blank lines around a
page break); where furniture sat inside a line, one line break stands in for it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress, filterfalse, repeat
from operator import gt, itemgetter, sub

from ..grammars import page_furniture as g
from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..model.offsets import TextView, lone_cr_as_newline
from ..model.records import Furniture, Page
from .affixes import find_affixes
from .lines import Lines, Scan, edge_line, line_of, pick, split_and_find
from .lines import break_side as _break_side
from .page_assembly import SpanSet, assemble_pages, blank_around, body_pieces, merged
from .running import running_lines

# Page-number lines of the forms an exhibit's own numbering takes (not the plain "A-3").
LATE_FORMS = regex.compile(
    r"(?i)(?!(?-i:[A-Z]{1,2}-\d{1,3})$)(?:page\s*[-\u2013]?\s*)?[A-Z]{1,2}(?:\s?[-\u2013]\s?[0-9A-Z]{1,4}){0,2}"
    r"\s?[-\u2013]\s?\d{1,3}|\d{1,3}\s+of\s+\d{1,3}|page\s*[-\u2013].*|page\s+\w+\s+of\s+\d{1,3}\."
)
# searched window by window as the lines are split (their matches hold no line break), and the
# table markup where the text holds a '<' (that test stops at the first one, a search would not)
WINDOW_PATTERNS = (g.SOURCE_FOOTER, g.QUICKLINKS_WORD)
MARKUP_PATTERNS = (*WINDOW_PATTERNS, g.TABLE_MARKUP)
PAGE_NUMBER_CHARS = 16  # longest page number line, stripped ("Page 123 of 456")
MIN_PAGE_CHARS = 80


@dataclass(frozen=True)
class Layout:
    original: str
    view: TextView
    pages: tuple[Page, ...]
    furniture: tuple[Furniture, ...]
    exhibit_number: str | None = None
    legend: str | None = None
    boundaries: tuple[int, ...] = field(default=(), repr=False)

    @cached_property
    def _page_starts(self) -> list[int]:
        return [p.start for p in self.pages]

    def page_at(self, pos: int) -> int | None:
        """The page index holding original offset ``pos``."""
        return _page_index(self._page_starts, self.pages, pos)

    def pages_at(self, positions: Sequence[int]) -> list[int | None]:
        """``page_at`` of each position (column-wise)."""
        return _page_indices(self._page_starts, self.pages, positions)


def _marker_or_feed_lines(text: str, lines: Lines) -> list[int]:
    """Lines that may hold a ``<PAGE>`` marker (a '<' in at most 30 characters, trailing white space
    aside: "<PAGE>" and 25 spaces is a marker) or end at a form feed, in order: found from the '<' and
    form feed positions, not by a pass over every line."""
    found: set[int] = set()
    p = text.find("\f")
    while p >= 0:  # a form feed is always a line's whole terminator: the line that stops after it
        i = lines.index_of_stop(p + 1)
        if i is not None:
            found.add(i)
        p = text.find("\f", p + 1)
    starts, lengths, stops = lines.starts, lines.lengths, lines.stops
    p = text.find("<")
    while p >= 0:
        i = bisect_right(starts, p) - 1  # '<' is no terminator: p lies in line i's content
        if lengths[i] <= 30 or len(lines.contents[i].rstrip()) <= 30:
            found.add(i)
        p = text.find("<", stops[i])  # the next line's first '<'
    return sorted(found)


NON_SPACE = regex.compile(r"\S")
# a character ``str.strip`` keeps: not white space (``\s``) and not one of the four separators
# U+001C..U+001F, which ``str.isspace`` counts as space and Unicode does not. Searched between two
# offsets in place of ``text[a:b].strip()``, which copies what lies between (on a long document,
# the text between every two running lines: most of it).
STRIPPED_CHAR = regex.compile(r"[^\s\x1c-\x1f]")


def _hard_boundaries(sc: Scan) -> None:
    text, lines = sc.text, sc.lines
    for i in _marker_or_feed_lines(text, lines):
        start, end, stop = lines.starts[i], lines.end(i), lines.stops[i]
        if len(text[start:end].rstrip()) <= 30 and "<" in text[start:end]:
            ok, num = g.parse_page_marker(text[start:end])
            if ok:
                sc.add(start, stop, "page_marker", i)
                sc.boundaries[stop] = num
                continue
        if lines.terms[i] == "\f":
            sc.add(end, stop, "form_feed")
            sc.boundaries[stop] = None
    previous: int | None = None
    for m in sc.finditer(g.SOURCE_FOOTER):
        digits = m.group("number")
        number = _glued_number(digits, previous)
        start = m.start() if number is None else m.start("number") + len(digits) - len(number)
        if number is None and digits:
            start = m.start() + len(digits)
        i = line_of(sc, start)
        line_start, line_stop = lines.starts[i], lines.stops[i]
        # searched, not sliced: CUAD text can hold every page's footer on one line of megabytes
        whole = (NON_SPACE.search(text, line_start, start) is None
                 and NON_SPACE.search(text, m.end(), lines.end(i)) is None)
        if whole:
            sc.add(line_start, line_stop, "source_footer", i)
        else:
            sc.add(start, m.end(), "source_footer")
        if number is not None:
            sc.numbers.append((start, number, start, start + len(number)))
            previous = int(number)
        sc.boundaries.setdefault(line_stop if whole else m.end(), None)


def _glued_number(digits: str | None, previous: int | None) -> str | None:
    """Page number glued to text before 'Source:': prefer the one that continues the sequence."""
    if not digits:
        return None
    if previous is not None:
        want = str(previous + 1)
        if digits.endswith(want):
            return want
    return digits[-3:] if len(digits) > 3 else digits


def _page_numbers(sc: Scan) -> None:
    candidates = _page_number_candidates(sc)
    # An exhibit's own page numbers ("E-1-1", "S - 3", "1 of 2") are taken last, so that where the
    # text has no marked pages they do not stop the document's plain numbers from making its pages.
    late = [(i, num) for i, num in candidates if LATE_FORMS.fullmatch(sc.lines.contents[i].strip())]
    if late:
        later = set(late)  # once: a set built per candidate made this quadratic in the page numbers
        candidates = [c for c in candidates if c not in later]
    _plain_page_numbers(sc, candidates)
    blanks, n = sc.lines.blanks, len(sc.lines)
    for i, num in late:
        alone = (i == 0 or blanks[i - 1]) and (i + 1 >= n or blanks[i + 1])
        near = _break_side(sc, i) is not None
        if alone or near:
            _take_number(sc, i, num)
            if not near:
                sc.boundaries.setdefault(sc.lines.stops[i], None)


def _plain_page_numbers(sc: Scan, candidates: list[tuple[int, str]]) -> None:
    # "- 15 -", "Page 3 of 9": a page number wherever it stands alone between blank lines. Where
    # the text marks its pages otherwise (<PAGE>, form feeds, CUAD footers) it names the page it is on;
    # elsewhere it ends a page.
    hard = bool(sc.boundaries)
    plain = []
    blanks, n = sc.lines.blanks, len(sc.lines)
    for i, num in candidates:
        alone = (i == 0 or blanks[i - 1]) and (i + 1 >= n or blanks[i + 1])
        if alone and not sc.lines.contents[i].strip().isdigit():
            _take_number(sc, i, num)
            if not hard and _break_side(sc, i) is None:
                sc.boundaries.setdefault(sc.lines.stops[i], None)
        else:
            plain.append((i, num))
    candidates = plain
    if sc.boundaries:
        for i, num in candidates:
            if _break_side(sc, i) is not None:
                _take_number(sc, i, num)
        return
    # No hard breaks: numbers standing alone between blank lines, increasing down the document in
    # runs of two or more (a run restarts when a new numbering starts, e.g. an amendment after its base).
    chains: list[list[tuple[int, str]]] = []
    for i, num in candidates:
        before = i == 0 or blanks[i - 1]
        after = i + 1 >= n or blanks[i + 1]
        if not (before and after and num.isdigit()):
            continue
        last = chains[-1][-1] if chains else None
        if (last is not None and int(last[1]) < int(num) <= int(last[1]) + 10
                and sc.lines.starts[i] - sc.lines.starts[last[0]] >= MIN_PAGE_CHARS):
            chains[-1].append((i, num))
        else:
            chains.append([(i, num)])
    for chain in chains:
        if len(chain) < 2:
            continue
        # Numbers printed at the top of the page (the first one opens the document) start pages.
        top = edge_line(sc, 0, +1) == chain[0][0]
        for i, num in chain:
            _take_number(sc, i, num)
            cut = sc.lines[i].start if top else sc.lines[i].stop
            sc.boundaries.setdefault(cut, None)


def _page_number_candidates(sc: Scan) -> list[tuple[int, str]]:
    """(line, printed number) of each line of at most 80 characters that is a page number, not blank
    and not yet furniture. The lines are stripped column-wise and only those of at most
    PAGE_NUMBER_CHARS (longer ones the grammar turns down at once) reach the grammar, through
    ``page_number_of_stripped`` mapped over the column (no Python call a line)."""
    lines = sc.lines
    # under 81 characters (``operator.gt`` a line: twice as fast as a range's ``__contains__``); the
    # empty lines go with the blank ones
    # (short and not blank: ``True > blank`` a line, the blank flags read as the bytes' ints)
    # (tuples and bytes, not lists: the collector visits a list's items at each collection)
    idx = tuple(compress(range(len(lines)), map(gt, map(gt, repeat(81), lines.lengths), lines.blanks)))
    if sc.furniture_lines:
        idx = tuple(filterfalse(sc.furniture_lines.__contains__, idx))
    stripped = tuple(map(str.strip, pick(lines.contents, idx)))
    # (a line that strips to nothing, such as an em space, reaches the grammar's shape, which turns it down)
    tiny = bytes(map(gt, repeat(PAGE_NUMBER_CHARS + 1), map(len, stripped)))
    numbers = map(g.page_number_of_stripped, compress(stripped, tiny))
    return [(i, num) for i, num in zip(compress(idx, tiny), numbers) if num is not None]


def _take_number(sc: Scan, i: int, num: str) -> None:
    start, content = sc.lines.starts[i], sc.lines.contents[i]
    s = start + len(content) - len(content.lstrip())
    sc.add(start, sc.lines.stops[i], "page_number", i)
    sc.numbers.append((start, num, s, s + len(content.strip())))


# -- the top of the document ---------------------------------------------------
LEGEND_WORDS = regex.compile(
    r"(?i)confidential|omitted|redact|commission|24b-2|excluded|asterisk|\[\s*\*|competitive\s+harm|separately\s+filed"
)
# a line break is CRLF, LF or a lone CR (atomic: CRLF is one break, never a CR and an LF)
BLANK_LINE = regex.compile(r"(?>\r\n|\r|\n)[ \t]*(?>\r\n|\r|\n)(?:[ \t]*(?>\r\n|\r|\n))*")
SENTENCE_END = regex.compile(r"[.!?]\]?(?=\s|[A-Z\"\u201c]|$)")  # "... appeared in the original.]"
TOP_CHARS = 3000
LEGEND_MAX_OFFSET = 200


def _top_furniture(sc: Scan) -> tuple[str | None, str | None]:
    """QuickLinks lines anywhere; the exhibit banner and the CT legend near the top."""
    text = sc.text
    for m in quicklinks(text, sc.finditer(g.QUICKLINKS_WORD)):
        sc.add(m.start(), m.end(), "quicklinks", line_of(sc, m.start()))
    pos = _first_content(sc, 0)
    exhibit_number = None
    m = g.EXHIBIT_BANNER_START.match(text, pos)
    if m is not None and m.start("number") - pos < 20:
        i = line_of(sc, m.start())
        ln = sc.lines[i]
        rest = text[m.end() : ln.end]
        if not rest.strip():
            sc.add(ln.start, ln.stop, "banner", i)
        else:
            sc.add(m.start(), m.end(), "banner")
        exhibit_number = m.group("number")
        pos = _first_content(sc, m.end())
    legend = None
    start = _legend_start(text, pos)
    if start is not None and start - pos <= LEGEND_MAX_OFFSET:  # it opens the document, or follows a title
        end = _legend_end(text, start)
        s = _line_start_if_blank_before(sc, start)
        ln = sc.lines[line_of(sc, max(s, end - 1))]
        if end <= ln.end and not text[end : ln.end].strip():
            end = ln.stop  # the legend closes its line: take the line break with it
        legend = " ".join(text[start:end].split())
        sc.add(s, end, "legend")
    return exhibit_number, legend


# Every LEGEND_START alternative opens with one of these characters ("certain", "confidential",
# "[***]", "portions", "* CONFIDENTIAL", "FOIA"); under its (?i), simple case folding, no other
# character matches them.
LEGEND_FIRST_CHARS = "cCpP[*fF"


def _legend_start(text: str, pos: int) -> int | None:
    """Where ``LEGEND_START.search(text, pos, pos + TOP_CHARS)`` matches, or None where that is
    not within LEGEND_MAX_OFFSET (then no legend either way). A match can start only at one of
    the first characters, so the pattern is tried at those, in order, rather than searched for
    over 3000 characters."""
    end = min(len(text), pos + TOP_CHARS)
    stop = min(end, pos + LEGEND_MAX_OFFSET + 1)
    at = []
    for c in LEGEND_FIRST_CHARS:
        k = text.find(c, pos, stop)
        while k >= 0:
            at.append(k)
            k = text.find(c, k + 1, stop)
    for k in sorted(at):
        if g.LEGEND_START.match(text, k, end) is not None:
            return k
    return None


def quicklinks(text: str, words: Iterable[regex.Match[str]] | None = None) -> Iterator[regex.Match[str]]:
    """``g.QUICKLINKS.finditer(text)``: the pattern matched at the start of each line that holds its
    word (a match is a whole line, its line separator "\n" alone, as for the pattern's ``^``/``$``).
    ``words``: the word's matches over the text, if found already."""
    end = -1
    for word in g.QUICKLINKS_WORD.finditer(text) if words is None else words:
        if word.start() < end:
            continue  # this line was tried
        start = text.rfind("\n", 0, word.start()) + 1
        end = text.find("\n", word.end())
        m = g.QUICKLINKS.match(text, start)
        if m is not None:
            yield m
        if end < 0:
            return


def _first_content(sc: Scan, pos: int) -> int:
    """First non-space position at or after pos that is not already furniture."""
    spans = sorted((s, e) for s, e, _ in sc.furniture)
    text = sc.text
    moved = True
    while moved:
        moved = False
        while pos < len(text) and text[pos] in " \t\r\n\f\xa0":
            pos += 1
        for s, e in spans:
            if s <= pos < e:
                pos, moved = e, True
    return pos


def _legend_end(text: str, start: int) -> int:
    """End of the legend: a blank line, or the last of its sentences that talk about omissions."""
    blank = BLANK_LINE.search(text, start, start + 1200)
    if blank is not None:
        end = blank.start()
        cut = _legend_sentences_end(text, start)
        if cut < end and _plain_sentence_end(text, cut) and not LEGEND_WORDS.search(text, cut, end):
            # the legend's paragraph runs on into the title and preamble (one long line): the
            # legend is its sentences about omissions only, the rest is the document's text
            return cut
        # A legend often runs over two or three short paragraphs ("... OMITTED" / "... SEPARATELY FILED").
        while True:
            nxt = BLANK_LINE.search(text, blank.end(), blank.end() + 400)
            para_end = nxt.start() if nxt is not None else min(len(text), blank.end() + 400)
            para = text[blank.end() : para_end]
            if nxt is None or not para.strip() or not LEGEND_WORDS.search(para):
                return end
            end, blank = para_end, nxt
    return _legend_sentences_end(text, start)


# a full stop after one of these closes an abbreviation, not a sentence ("Co., Ltd.", "17 C.F.R.")
ABBREVIATION_END = regex.compile(r"(?i)(?<![\w.])(?:\w|inc|ltd|co|corp|llc|no|nos|mr|mrs|ms|dr|st|sec|jr|sr)\.$")


def _plain_sentence_end(text: str, end: int) -> bool:
    """``end`` closes a sentence: a stop followed by white space that ends no abbreviation."""
    return (
        text[end - 1] in ".!?"
        and (end == len(text) or text[end].isspace())
        and ABBREVIATION_END.search(text, max(0, end - 6), end) is None
    )


def _legend_sentences_end(text: str, start: int) -> int:
    """End of the run of (up to four) sentences from ``start`` that talk about omissions."""
    end = start
    pos = start
    for _ in range(4):
        m = SENTENCE_END.search(text, pos, min(len(text), pos + 700))
        if m is None:
            break
        sentence = text[pos : m.end()]
        if pos != start and not LEGEND_WORDS.search(sentence):
            break
        if pos == start:
            caps = _capitals_end(text, start, m.end())
            if caps is not None:
                return caps  # a legend in capitals with no stop, run on into the preamble
        end = pos = m.end()
    return end if end > start else min(len(text), start + 400)


LEGEND_WORD = regex.compile(r"\S++")
ROMAN_ITEM = regex.compile(r"\(?[ivx]{1,4}\)[,;]?")  # "(i) NOT MATERIAL, AND (ii) WOULD ..."
LEGEND_LAST_WORD = regex.compile(
    r"(?i)(?:disclosed|requested|omitted|omissions|redacted|commission|confidential|treatment|harm|filed"
    r"|amended|\*\]|\*)[\].,;:)]*$"
)
MIN_CAPITAL_WORDS = 4


def _capitals_end(text: str, start: int, end: int) -> int | None:
    """A legend in capitals whose first "sentence" runs on, with no full stop, into text in mixed case
    ("... IF PUBLICLY DISCLOSED JOINT SUPPLY AND MARKETING AGREEMENT This Joint Supply ... 107 St."):
    the end of its last legend word in the run of capitals (else of the run), or None when the
    sentence is in capitals throughout or opens in mixed case."""
    words = 0
    last_legend = None
    for w in LEGEND_WORD.finditer(text, start, end):
        tok = w.group()
        if any(c.islower() for c in tok) and not ROMAN_ITEM.fullmatch(tok):
            if words < MIN_CAPITAL_WORDS:
                return None
            return last_legend if last_legend is not None else w.start()
        words += 1
        if LEGEND_LAST_WORD.search(tok):
            last_legend = w.end()
    return None


def _running_legend(sc: Scan) -> str | None:
    """A confidential-treatment legend printed as a running head or foot (two legend words or more
    in its first copy, the lines of one block joined) is the document's legend."""
    rows = sorted((s, e) for s, e, kind in sc.furniture if kind == "running")
    k = 0
    while k < len(rows):
        s, e = rows[k]
        block = [sc.text[s:e]]
        while k + 1 < len(rows) and STRIPPED_CHAR.search(sc.text, e, rows[k + 1][0]) is None:
            k += 1
            s, e = rows[k]
            block.append(sc.text[s:e])
        text = " ".join(" ".join(block).split())
        if len({w.casefold() for w in LEGEND_WORDS.findall(text)}) >= 2:
            return text
        k += 1
    return None


def _table_markup(sc: Scan) -> None:
    """``<TABLE>``, ``<S>``, ``<C>``, ``<FN>`` ...: a line holding nothing else goes whole; a tag
    beside text goes alone (the table's text stays)."""
    text, lines = sc.text, sc.lines
    if g.TABLE_MARKUP not in sc.found and "<" not in text:
        return
    found = list(sc.finditer(g.TABLE_MARKUP))
    k = 0
    while k < len(found):
        i = line_of(sc, found[k].start())
        start, end = lines.starts[i], lines.end(i)
        tags = []
        while k < len(found) and found[k].start() < end:
            tags.append(found[k])
            k += 1
        rest = g.TABLE_MARKUP.sub("", text[start:end])
        if not rest.strip():
            sc.add(start, lines.stops[i], "markup", i)
        else:
            for m in tags:
                sc.add(m.start(), m.end(), "markup")


def _line_start_if_blank_before(sc: Scan, pos: int) -> int:
    ln = sc.lines[line_of(sc, pos)]
    return ln.start if not sc.text[ln.start : pos].strip() else pos


def find_layout(original: str) -> Layout:
    """Page furniture, pages and the clean body of one document's original text."""
    lines, found = split_and_find(original, MARKUP_PATTERNS if "<" in original else WINDOW_PATTERNS)
    found.setdefault(g.TABLE_MARKUP, [])  # no '<': no markup
    sc = Scan(original, lines, found=found)
    _hard_boundaries(sc)
    _page_numbers(sc)
    running_lines(sc)
    find_affixes(sc)
    exhibit_number, legend = _top_furniture(sc)
    legend = legend or _running_legend(sc)
    _table_markup(sc)
    spans = [(s, e) for s, e, _ in sc.furniture]
    # the blank lines around a table stay: they part it from the text, unlike those at a page break
    line_spans = blank_around(sc, [(s, e) for s, e, kind in sc.furniture if kind != "markup"])
    # merging is canonical (the components of the spans' union), so the merged parts merge again
    # to what merging all at once gives: each list is sorted once
    merged_spans, merged_lines = merged(spans), merged(line_spans)
    removed = merged(merged_spans + merged_lines)
    pages = assemble_pages(sc, SpanSet(original, removed))
    page_starts = [p.start for p in pages]
    covered = SpanSet(original, merged_spans)
    rows = sc.furniture + [(s, e, "blank") for s, e in merged_lines if not covered.covers(s, e)]
    rows.sort(key=itemgetter(0, 1))  # stable: furniture at the same span stays in the order found
    # column by column (``zip(*rows)`` makes an iterator a row, all alive at once for the collector)
    starts, ends, kinds = (list(map(itemgetter(k), rows)) for k in range(3))
    texts = map(original.__getitem__, map(slice, starts, ends))
    furniture = tuple(map(Furniture, starts, ends, texts, kinds, _page_indices(page_starts, pages, starts)))
    spaced = {(s, e) for s, e, kind in sc.furniture if kind == "markup"}
    view = TextView.build(original, lone_cr_as_newline(original, body_pieces(original, removed, spaced)))
    return Layout(original, view, tuple(pages), furniture, exhibit_number, legend, tuple(sorted(sc.boundaries)))


def _page_indices(starts: list[int], pages: Sequence[Page], positions: Sequence[int]) -> list[int | None]:
    """``_page_index`` of each position, column-wise (a bisect each, no Python loop)."""
    if not pages:
        return [None] * len(positions)
    numbers = [p.page for p in pages]
    at = map(max, repeat(0), map(sub, map(bisect_right, repeat(starts), positions), repeat(1)))
    return list(map(numbers.__getitem__, at))


def _page_index(starts: list[int], pages: Sequence[Page], pos: int) -> int | None:
    if not pages:
        return None
    i = bisect_right(starts, pos) - 1
    return pages[max(0, i)].page
