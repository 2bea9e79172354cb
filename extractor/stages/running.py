"""Running heads and feet: a line repeated (digits aside) at the same place on a real share of pages.

A line is furniture only when its copies sit at one edge of their pages (the top or the bottom,
at most RANK_MAX content lines from it), on distinct pages, on at least SHARE of the pages from the
first copy to the last, and, unless a page number in it climbs with the pages, three times or more.
Lines that repeat with the body around them (a form repeated page after page, a list of notes) and
attachment headings ("SCHEDULE 1", "SCHEDULE 2") are body text, whatever their place.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import compress, filterfalse, repeat
from operator import gt, lt, methodcaller, not_

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from .affixes import varying_number
from .lines import DIGITS, Lines, Scan, break_side, line_of, pick, skippable

# A provision's own number opens the line ("1.1 Term.", "(a) ...", "3. ..."): never a running line.
PROVISION_START = regex.compile(r"#(?:\.#)+|#\.\s|\(?[#a-z]{1,4}\)\s|section\s#")
THREE_LETTERS = regex.compile(r"[^\W\d_]{3}")
# Signature-block labels repeat on every signature page; they are not running heads.
SIGNATURE_LABEL = regex.compile(
    r"(?i)(?:^|\s)(?:by|name|title|dated?|its|witness|attest)\s*:|^/s/"
    r"|^(?:sincerely|very truly yours|in witness whereof)"
    r"|^(?:date(?: of signing)?|signature|print(?:ed)? name|name|title)$"  # a form's labels under its lines
)
# Markup and data (XBRL, JSON) are no page furniture either.
MARKUP = regex.compile(r'<|.*[>{}]$|"[\w:.-]+"\s*:')
# Where a page number stands in a running line: after "Page", or at the line's end ("Agreement - 3").
PAGE_WORD_BEFORE = regex.compile(r"(?i)pages?[\W_]{0,3}$")
NUMBER_AT_END = regex.compile(r"[^\w.,;:]*$")  # not a sentence's last number ("... on day 3.")
# ... or standing alone between the parts of a footer ("LICENSOR: X  1  AGREEMENT"), not after a
# word that a reference number follows ("Paragraph 2 (a) of ...", "Section 5 and").
ALONE_AFTER = regex.compile(r"(?:^|\s)(?<!(?i:section|paragraph|article|clause|schedule|exhibit|annex|appendix"
                            r"|item|no\.?|number|part|page|rule|form|\$|§)\s{1,3})$")
ALONE_BEFORE = regex.compile(r"\s+(?![\d(.,%])")
LOWER_START = regex.compile(r"[\W\d_]*[a-z]")
# An attachment's heading, its label and number alone: "SCHEDULE 1", "Exhibit A-2", "ANNEX II."
HEADING_ONLY = regex.compile(
    r"(?:schedule|exhibit|annex|appendix|attachment|article|section|part|tab|rider|addendum)\s+"
    r"[\"']?[#a-z]{1,5}(?:[-.][#a-z]{1,4})?[\"']?[.:]?"
)
RUNNING_MIN_CHARS = 10
RUNNING_MAX_CHARS = 400
RANK_MAX = 0  # content lines between a running line and its page's edge (stacked lines are taken outside in)
FORM_LINES = 3  # inward lines equal on every page: the page repeats a form, the line is body text
SHARE = 0.2  # of the pages from the first copy to the last
WALK = 60  # lines walked from a line toward its page's edge
TITLE_CHARS = 200  # the opening of a document, where its title stands
PASSES = 4  # of the groups: a block of stacked lines is taken one line a pass, outside in
NUMBERED = methodcaller("__contains__", "#")  # a normalised key with a number in it

@lru_cache(maxsize=16384)  # a line's copies are mostly the same string: each is normalised once
def _normalise(s: str) -> str:
    return " ".join(DIGITS.sub("#", s).split()).casefold()


# ASCII digits, white space and '#': what _rough_key drops from an ASCII line.
ROUGH_DROP = bytes(c for c in range(128) if chr(c).isspace() or chr(c).isdigit() or chr(c) == "#")
ROUGH_DROP_WIDE = ROUGH_DROP + bytes(range(128, 256))  # and every byte of a non-ASCII character's UTF-8
ROUGH_DROP_JOINED = ROUGH_DROP_WIDE.replace(b"\n", b"")
ROUGH_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")  # bytes.lower, same pass
ROUGH_CHUNK = 2048  # segments a translate (some 100 kB: the buffers stay in the cache)
# The non-ASCII characters whose case folding holds an ASCII character (sharp s, dotted I, long s, the
# Kelvin sign, ligatures, ...): every other one folds to non-ASCII characters only.
FOLDS_TO_ASCII = regex.compile("[\xdf\u0130\u0149\u017f\u01f0\u1e96-\u1e9a\u1e9e\u212a\ufb00-\ufb06]")


def _rough_key(s: str) -> bytes:
    """A key equal for any two lines whose ``_normalise`` keys are equal: the ASCII characters of
    the normalised key without its '#' and spaces. Case folding maps no character to a digit, a
    space or '#', so dropping them before folding is the same; and unless a line holds a character
    of FOLDS_TO_ASCII, its folded ASCII characters are its own ASCII characters lower-cased, so one
    bytes translate of the UTF-8 makes the key (no regex, no fold)."""
    if s.isascii() or FOLDS_TO_ASCII.search(s) is None:
        return s.encode().translate(ROUGH_LOWER, ROUGH_DROP_WIDE)
    return "".join(DIGITS.sub("", s).split()).replace("#", "").casefold().encode("ascii", "ignore")


def _rough_keys(text: str, segments: Sequence[str]) -> list[bytes]:
    """``_rough_key`` of each segment (a line's content): the translate over the whole column at C
    speed, then the few segments with a FOLDS_TO_ASCII character one by one."""
    # one encode and one translate of the segments joined by "\n" (no line content holds one, and it
    # is kept), then split: not two calls and two objects a segment. In chunks of ROUGH_CHUNK
    # segments: the buffers of a whole long document (three of its size) missed the cache and were
    # fresh pages each time, and the cost per line grew with the document.
    keys: list[bytes] = []
    for k in range(0, len(segments), ROUGH_CHUNK):
        joined = "\n".join(segments[k : k + ROUGH_CHUNK])
        keys += joined.encode().translate(ROUGH_LOWER, ROUGH_DROP_JOINED).split(b"\n")
    if not text.isascii():
        wide = list(compress(range(len(segments)), map(not_, map(str.isascii, segments))))
        for k in compress(wide, map(FOLDS_TO_ASCII.search, map(segments.__getitem__, wide))):
            keys[k] = _rough_key(segments[k])
    return keys




def running_lines(sc: Scan) -> None:
    """Lines repeated at the same place on a real share of pages: running headers and footers."""
    if not sc.boundaries:
        # No page breaks known: only a numbered footer can make them ("Agreement - 3"), and it is
        # taken only where its number climbs over three or more copies.
        groups = [(key, idx) for key, idx in _candidate_groups(sc) if not _take_unpaged(sc, key, idx)]
        if not sc.boundaries:
            return
        breaks = _break_after(sc)  # the boundaries stay fixed from here on
    else:
        breaks = _break_after(sc)
        if not _edge_pairs(sc, breaks):
            return  # no group can have two copies at a page's edge: none is taken, the lines need no keys
        groups = _candidate_groups(sc)
    _take_in_passes(sc, groups, sorted(sc.boundaries), breaks)


def _take_in_passes(sc: Scan, groups: list[tuple[str, list[int]]], bounds: list[int], breaks: bytearray) -> None:
    """The groups tried in order, pass after pass (PASSES at most), until a pass takes none: a line
    stacked under an accepted one reaches its page's edge on the next pass.

    A group's result depends on the text and on which lines are skippable (blank or furniture), and
    one turned down at ``_common_side`` read the skip flags only within WALK lines of its copies: it
    is tried again only once a line there has become furniture, in blocks of WALK lines (the result
    is then the same; trying every group again at each pass made the passes cost groups x passes)."""
    n_pages = len(bounds) + 1
    stamps = [0] * (len(sc.lines) // WALK + 2)  # a block's last take that made a line in it furniture
    takes = 0
    sided_at = [-1] * len(groups)  # the takes so far when the group was turned down at its side, or -1
    near: list[list[int] | None] = [None] * len(groups)  # the blocks around a group's copies
    order = list(range(len(groups)))
    for _ in range(PASSES):
        left = []
        for g in order:
            key, idx = groups[g]
            if sided_at[g] >= 0:
                blocks = near[g]
                if blocks is None:  # (made on a second pass only: most documents take none on the first)
                    blocks = sorted({b + d for b in {i // WALK for i in idx} for d in (-1, 0, 1) if b + d >= 0})
                    near[g] = blocks
                if max(map(stamps.__getitem__, blocks)) <= sided_at[g]:
                    left.append(g)  # nothing changed near its copies since it was turned down
                    continue
            side, at = _common_side(sc, idx, n_pages, breaks)
            if side is None:
                sided_at[g] = takes
                left.append(g)
                continue
            sided_at[g] = -1
            before = len(sc.furniture)
            if _take_sided(sc, key, idx, bounds, side, at):
                takes += 1
                for start, _, _ in sc.furniture[before:]:
                    stamps[line_of(sc, start) // WALK] = takes
            else:
                left.append(g)
        if len(left) == len(order):
            break
        order = left


def _edge_lines(sc: Scan, breaks: bytearray) -> list[int]:
    """The content lines at a page's edge (``_edge_rank`` not None at the bottom or the top), found
    by a walk from each page break over the blank and furniture lines, not by a walk from every line."""
    n, skip = len(sc.lines), sc.skip
    out = []
    ends = [j for j in compress(range(n), breaks)]
    if n and (not ends or ends[-1] != n - 1):
        ends.append(n - 1)  # the end of the document closes the last page
    for b in ends:  # the page's last content line: b or above, the lines between skippable
        for i in range(b, max(-1, b - WALK), -1):
            if not skip[i]:
                out.append(i)
                break
    for s in [0, *(j + 1 for j in compress(range(n), breaks) if j + 1 < n)]:  # its first: s or below
        for i in range(s, min(n, s + WALK)):
            if not skip[i]:
                out.append(i)
                break
    return out


def _edge_pairs(sc: Scan, breaks: bytearray) -> bool:
    """Whether two lines at page edges share a key that ``_candidate_groups`` keeps. A group is taken
    only with two copies or more at an edge (``_common_side``), and until one is taken the edges stay
    as they are: where no two edge lines share such a key, no group is ever taken."""
    lengths, contents = sc.lines.lengths, sc.lines.contents
    low, high = RUNNING_MIN_CHARS, 2 * RUNNING_MAX_CHARS
    sized = [i for i in set(_edge_lines(sc, breaks)) if low <= lengths[i] <= high]
    # two lines with one normalised key have one rough key: only the lines whose rough key another
    # edge line shares are normalised (the answer is whether some key repeats: order aside)
    segments = pick(contents, sized)
    keys = _rough_keys(sc.text, segments)
    repeated = {key for key, n in Counter(keys).items() if n > 1}
    seen: set[str] = set()
    for segment in compress(segments, map(repeated.__contains__, keys)):
        key = _normalise(segment)
        if not RUNNING_MIN_CHARS <= len(key) <= RUNNING_MAX_CHARS:
            continue
        if key in seen:
            if _kept_key(key):
                return True
        else:
            seen.add(key)
    return False


def _candidate_groups(sc: Scan) -> list[tuple[str, list[int]]]:
    """Lines grouped by their normalised key (digits as '#'), groups of two or more, numbered keys
    first; lines that are provisions, signature labels, headings or markup left out."""
    text = sc.text
    # First a cheap grouping; only lines whose rough key repeats can share a normalised key (and a
    # group of one is never a running line), so only they are normalised, in line order.
    # The columns a line long are tuples and bytes, not lists: the collector visits a list's items at
    # each collection of its generation, a tuple's once (then it leaves the tuple alone).
    idx = tuple(filterfalse(sc.furniture_lines.__contains__, _running_sized(sc.lines)))
    segments = pick(sc.lines.contents, idx)
    # (columns, not a pair a line: a tuple a line is one more object for the collector to visit)
    mask = _repeated_mask(text, segments)
    picked = list(compress(segments, mask))
    # each distinct line normalised once, in a table of this document's: _normalise's cache holds
    # fewer lines than a large document repeats, and there it missed on most of them
    distinct = list(dict.fromkeys(picked))
    normal = dict(zip(distinct, map(_normalise.__wrapped__, distinct)))
    groups: dict[str, list[int]] = defaultdict(list)
    for i, key in zip(compress(idx, mask), map(normal.__getitem__, picked)):
        if RUNNING_MIN_CHARS <= len(key) <= RUNNING_MAX_CHARS:
            groups[key].append(i)
    # numbered keys first, each part in the order met (a stable sort on '#' not in the key, without
    # a pair a key)
    keys = [*filter(NUMBERED, groups), *filterfalse(NUMBERED, groups)]
    return [(key, groups[key]) for key in keys if len(groups[key]) >= 2 and _kept_key(key)]


def _repeated_mask(text: str, segments: Sequence[str]) -> bytes:
    """1 for each segment whose rough key another segment shares."""
    keys = _rough_keys(text, segments)
    # the keys met twice or more: a small set, probed once a line (the counts of every key, probed
    # instead, are a table of megabytes on a large document, each probe a miss of the cache)
    repeated = {key for key, n in Counter(keys).items() if n > 1}
    return bytes(map(repeated.__contains__, keys))


def _kept_key(key: str) -> bool:
    """A normalised key (RUNNING_MIN_CHARS to RUNNING_MAX_CHARS long) that may be a running line's:
    three letters in a row, and no provision, signature label, heading or markup."""
    if not THREE_LETTERS.search(key):
        return False
    return not ((SIGNATURE_LABEL.search(key) and "initials" not in key)  # an initials foot is furniture
                or PROVISION_START.match(key) or HEADING_ONLY.fullmatch(key) or MARKUP.match(key))


def _break_after(sc: Scan) -> bytearray:
    """1 for each line whose terminator ends at a page boundary: one byte a line, read in place of a
    probe of the boundaries dict per line walked (on a large document those probes miss the cache,
    and the walk's cost per line grew with the document)."""
    out = bytearray(len(sc.lines))
    for b in sc.boundaries:
        j = sc.lines.index_of_stop(b)
        if j is not None:
            out[j] = 1
    return out


def _take_sided(sc: Scan, key: str, idx: list[int], bounds: list[int], side: int, at: list[int]) -> bool:
    """Take a group whose copies ``at`` sit at their pages' edges on ``side`` (``_common_side``), if
    the rules make it a running line."""
    starts = sc.lines.starts
    pages = [bisect_right(bounds, starts[i]) for i in at]
    if len(set(pages)) != len(pages) or len(at) < SHARE * (pages[-1] - pages[0] + 1):
        return False
    # copies away from the breaks the layout saw, standing alone between blank lines, sit at breaks it
    # did not see (a page number lost in conversion): they go with the rest
    taken = set(at)  # once: a set built per line made this quadratic in the copies of a line
    alone = [i for i in idx if i not in taken and _between_blanks(sc, i)]
    idx = at
    numbered = None
    if _numbers_differ(sc, idx):
        # Lines that differ in their numbers are body text unless the number is the page's.
        numbered = _numbered(sc, key, idx)
        if not numbered:
            return False
        if len(idx) == 2 and len({int(num) - page for (_, num), page in zip(numbered, pages)}) != 1:
            return False  # two copies: their number must climb exactly as the pages do
        if not all(_page_number_place(sc, i, pos, num) for i, (pos, num) in zip(idx, numbered)):
            return False
    if (not numbered and len(idx) < 3) or _repeated_form(sc, idx, -side) or _reads_on(sc, idx, side):
        return False
    if any(SIGNATURE_LABEL.search(k) for k in _block(sc, idx, -side)):
        return False  # the repeated closing of a letter ("Sincerely," / "/s/ Jane Doe" / "Jane Doe")
    if not numbered:
        # a copy written otherwise ("CREDIT AGREEMENT" over "Credit Agreement") is a title, not the head
        forms = Counter(" ".join(sc.lines.contents[i].split()) for i in idx)
        usual = forms.most_common(1)[0][0]
        idx = [i for i in idx if " ".join(sc.lines.contents[i].split()) == usual]
        alone = [i for i in alone if " ".join(sc.lines.contents[i].split()) == usual]
        if len(idx) < 3:
            return False
        # a head from the second page on that repeats the title opening the document (run into the
        # parties' paragraph there): its first copy stays, a title line for the readers of the body
        title = _normalise(usual)
        if (bisect_right(bounds, starts[idx[0]]) > 0 and len(title) >= 20 and "confidential" not in title
                and title in _normalise(sc.text[:TITLE_CHARS])):
            idx = idx[1:]
    _add(sc, idx, numbered)
    _add(sc, alone, None)
    return True


def _between_blanks(sc: Scan, i: int) -> bool:
    blanks = sc.lines.blanks
    return 0 < i < len(blanks) - 1 and bool(blanks[i - 1]) and bool(blanks[i + 1])


def _numbers_differ(sc: Scan, idx: list[int]) -> bool:
    contents = sc.lines.contents
    return len({tuple(DIGITS.findall(contents[i])) for i in idx}) > 1


def _page_number_place(sc: Scan, i: int, pos: int, num: str) -> bool:
    """The climbing number stands where a page number does: after "Page" or at the line's end."""
    start, end = sc.lines.starts[i], sc.lines.starts[i] + sc.lines.lengths[i]
    text = sc.text
    after = pos + len(num)
    return (PAGE_WORD_BEFORE.search(text, start, pos) is not None
            or NUMBER_AT_END.fullmatch(text, after, end) is not None
            or (ALONE_AFTER.search(text, start, pos) is not None and ALONE_BEFORE.match(text, after, end) is not None))


def _reads_on(sc: Scan, idx: list[int], side: int) -> bool:
    """A sentence runs between the line and the body next to it (no blank line between, the lower
    of the two opening in lower case, the body line differing from page to page): body text."""
    lines, contents = sc.lines, sc.lines.contents
    pairs = [(i, i - side) for i in idx if 0 <= i - side < len(lines) and not skippable(sc, i - side)]
    if len({_normalise(contents[j]) for _, j in pairs}) <= 1:
        return False  # no neighbour, or one that repeats too: a block of running lines
    # (the line below the pair opens in lower case) on half the copies or more
    reads = sum(1 for i, j in pairs if LOWER_START.match(contents[j if side < 0 else i]))
    return 2 * reads >= len(idx)


def _block(sc: Scan, idx: list[int], step: int) -> list[str]:
    """The line's key and the inward neighbours that are the same on every page (its block)."""
    out = [_normalise(sc.lines.contents[idx[0]])]
    columns = [list(_neighbours(sc, i, step)) for i in idx]
    for k in range(min(map(len, columns))):
        if len({c[k] for c in columns}) != 1:
            break
        out.append(columns[0][k])
    return out


def _take_unpaged(sc: Scan, key: str, idx: list[int]) -> bool:
    # (with no page breaks known, copies close together are a list of like lines, not a foot)
    numbered = _numbered(sc, key, idx) if len(idx) >= 3 and _spread(sc, idx) else None
    if not numbered or not all(_page_number_place(sc, i, pos, num) for i, (pos, num) in zip(idx, numbered)):
        return False
    if _repeated_form(sc, idx, -1) and _repeated_form(sc, idx, +1):
        return False
    _add(sc, idx, numbered)
    for i in idx:
        if break_side(sc, i) != +1:
            sc.boundaries.setdefault(sc.lines.stops[i], None)
    return True


def _numbered(sc: Scan, key: str, idx: list[int]) -> list[tuple[int, str]] | None:
    if "#" not in key:
        return None
    starts, lengths = sc.lines.starts, sc.lines.lengths
    return varying_number(sc.text, [(starts[i], starts[i] + lengths[i]) for i in idx])


def _add(sc: Scan, idx: list[int], numbered: list[tuple[int, str]] | None) -> None:
    for k, i in enumerate(idx):
        ln = sc.lines[i]
        sc.add(ln.start, ln.stop, "running", i)
        if numbered:
            pos, num = numbered[k]
            sc.numbers.append((ln.start, num, pos, pos + len(num)))


def _edge_rank(sc: Scan, i: int, step: int, breaks: bytearray) -> int | None:
    """Content lines between line i and its page's bottom (step +1) or top (step -1), if at most RANK_MAX
    (``breaks``: ``_break_after``)."""
    last, skip = len(sc.lines) - 1, sc.skip
    rank, j = 0, i
    for _ in range(WALK):
        if (breaks[j] or j == last) if step > 0 else (j == 0 or breaks[j - 1]):
            return rank
        j += step
        if not skip[j]:
            rank += 1
            if rank > RANK_MAX:
                return None
    return None


def _common_side(sc: Scan, idx: list[int], n_pages: int, breaks: bytearray) -> tuple[int | None, list[int]]:
    """+1 if the copies sit at their pages' bottoms, -1 if at their tops, and those copies: all of
    them, or two thirds of them (three at least), or half of them (eight at least), or three or more
    on half the pages or more: the rest stand where the layout saw no page break.

    Each rule asks for more copies at the edge the more there are, so the fewest that make a side
    are known first; once more copies than the rest are away from the edge, that side is lost and
    its other copies are not walked (most groups are lines of the body, at no edge)."""
    n = len(idx)
    need = _fewest_sided(n, n_pages)
    for step in (+1, -1):
        at: list[int] = []
        misses = 0
        for i in idx:
            if _edge_rank(sc, i, step, breaks) is not None:
                at.append(i)
            else:
                misses += 1
                if misses > n - need:
                    break
        if misses <= n - need and _sided(len(at), n, n_pages):
            return step, at
    return None, idx


def _fewest_sided(n: int, n_pages: int) -> int:
    """The fewest of ``n`` copies at one edge that make it their side (the least of each rule's)."""
    return min(n, max(3, (2 * n + 2) // 3), max(8, (n + 1) // 2), max(3, (n_pages + 1) // 2))


def _sided(n_at: int, n: int, n_pages: int) -> bool:
    """``n_at`` of the ``n`` copies at one edge make it their side (each rule grows with ``n_at``)."""
    return (n_at == n or (n_at >= 3 and 3 * n_at >= 2 * n)
            or (n_at >= 8 and 2 * n_at >= n) or (n_at >= 3 and 2 * n_at >= n_pages))


def _repeated_form(sc: Scan, idx: list[int], step: int) -> bool:
    """The FORM_LINES content lines next to every copy, in direction ``step``, are the same text."""
    seen = {tuple(_neighbours(sc, i, step)) for i in idx}
    return len(seen) == 1 and len(next(iter(seen))) == FORM_LINES


def _neighbours(sc: Scan, i: int, step: int) -> Iterator[str]:
    j, n, found, skip = i + step, len(sc.lines), 0, sc.skip
    while 0 <= j < n and found < FORM_LINES:
        if not skip[j]:
            found += 1
            yield _normalise(sc.lines.contents[j])
        j += step


def _running_sized(lines: Lines) -> Iterator[int]:
    """Indices of the lines of RUNNING_MIN_CHARS to 2 * RUNNING_MAX_CHARS characters: those of
    RUNNING_MIN_CHARS or more (``operator.lt`` a line, twice as fast as a range's ``__contains__``),
    then, only if some line is longer, those of at most 2 * RUNNING_MAX_CHARS among them."""
    lengths = lines.lengths
    idx = compress(range(len(lengths)), map(lt, repeat(RUNNING_MIN_CHARS - 1), lengths))
    if not lengths or max(lengths) <= 2 * RUNNING_MAX_CHARS:
        return idx
    kept = list(idx)
    return compress(kept, map(gt, repeat(2 * RUNNING_MAX_CHARS + 1), pick(lengths, kept)))


def _spread(sc: Scan, idx: list[int]) -> bool:
    """Occurrences mostly a few hundred characters apart (not a list of similar lines; a short page
    may bring two copies closer)."""
    starts = pick(sc.lines.starts, idx)
    return 2 * sum(b - a >= 300 for a, b in zip(starts, starts[1:])) >= len(starts)
