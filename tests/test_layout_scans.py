"""The layout stage's rewritten scans give what the plain versions give (hypothesis property tests)."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import compress, filterfalse, repeat
from operator import lt

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.stages import running
from extractor.stages.lines import Scan, split_lines

# lines that repeat (some with other digits or spacing, some in other case), short ones, provisions
LINES = [
    "ACME CORP CONFIDENTIAL", "Acme Corp Confidential", "ACME  CORP   CONFIDENTIAL", "Page 1 of 9", "Page 2 of 9",
    "Credit Agreement - 3", "Credit Agreement - 4", "1.1 Term.", "(a) the Borrower", "", "   ", "short",
    "Stra\u00dfe GmbH Agreement", "STRASSE GMBH AGREEMENT", "Kelvin \u212a line here", "the body of a page runs on",
    "SCHEDULE 1", "By: /s/ Jane Doe", "\u0130stanbul office copy", "istanbul office copy",
]


def _plain_candidate_groups(sc: Scan) -> list[tuple[str, list[int]]]:
    """The grouping as first written: every line's count probed, each repeated line normalised."""
    idx = list(filterfalse(sc.furniture_lines.__contains__, running._running_sized(sc.lines)))
    segments = list(map(sc.lines.contents.__getitem__, idx))
    keys = running._rough_keys(sc.text, segments)
    seen = Counter(keys)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, segment in compress(zip(idx, segments), map(lt, repeat(1), map(seen.__getitem__, keys))):
        key = running._normalise(segment)
        if running.RUNNING_MIN_CHARS <= len(key) <= running.RUNNING_MAX_CHARS:
            groups[key].append(i)
    return [(key, lines) for key, lines in sorted(groups.items(), key=lambda kv: "#" not in kv[0])
            if len(lines) >= 2 and running._kept_key(key)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=60), st.sets(st.integers(0, 59), max_size=10))
def test_candidate_groups_equal_the_plain_grouping(lines: list[str], furniture: set[int]) -> None:
    text = "\n".join(lines) + "\n"
    sc = Scan(text, split_lines(text))
    sc.add_lines(i for i in furniture if i < len(sc.lines))
    assert running._candidate_groups(sc) == _plain_candidate_groups(sc)


def _plain_edge_pairs(sc: Scan, breaks: bytearray) -> bool:
    """``_edge_pairs`` as first written: every edge line of a running line's size normalised."""
    lengths, contents = sc.lines.lengths, sc.lines.contents
    seen: set[str] = set()
    for i in set(running._edge_lines(sc, breaks)):
        if running.RUNNING_MIN_CHARS <= lengths[i] <= 2 * running.RUNNING_MAX_CHARS:
            key = running._normalise(contents[i])
            if not running.RUNNING_MIN_CHARS <= len(key) <= running.RUNNING_MAX_CHARS:
                continue
            if key in seen:
                if running._kept_key(key):
                    return True
            else:
                seen.add(key)
    return False


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=60), st.sets(st.integers(0, 59), max_size=12))
def test_edge_pairs_equal_the_plain_test(lines: list[str], breaks_at: set[int]) -> None:
    text = "\n".join(lines) + "\n"
    sc = Scan(text, split_lines(text))
    breaks = bytearray(len(sc.lines))
    for i in breaks_at:
        if i < len(sc.lines):
            breaks[i] = 1
    assert running._edge_pairs(sc, breaks) == _plain_edge_pairs(sc, breaks)
