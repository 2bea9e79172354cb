"""A batch worker sends a result's CSV bytes as messages of their own after the result
(``batch._send_result``); the parent puts them back (``batch._receive_result``). Whatever the
tables and sizes (empty, one byte, more than a pipe holds), the parent gets the result the
worker made, field for field, and the next result on the same pipe is read whole after it."""

from __future__ import annotations

import multiprocessing as mp
import threading
from dataclasses import asdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.model import schema
from extractor.run import batch

PIPE_SIZE = 1 << 16  # a Linux pipe's buffer: larger payloads only pass while the parent reads

payloads = st.dictionaries(
    st.sampled_from(list(schema.TABLES)),
    st.one_of(st.binary(max_size=40), st.integers(PIPE_SIZE - 3, 3 * PIPE_SIZE).map(lambda n: b"x,\"y\"\n" * (n // 6))),
    max_size=5,
)


def _result(key: str, csv: dict[str, bytes]) -> batch.JobResult:
    return batch.JobResult(key, input=f"in-{key}", csv=dict(csv), n_rows={n: d.count(b"\n") for n, d in csv.items()},
                           errors=[{"doc_id": key, "message": "m"}] if not csv else [], n_bytes=len(csv), n_docs=1)


@settings(max_examples=40, deadline=None)
@given(first=payloads, second=payloads)
def test_a_result_and_its_csv_bytes_arrive_whole_and_in_order(first: dict[str, bytes],
                                                             second: dict[str, bytes]) -> None:
    parent, child = mp.Pipe()
    sent = [_result("a", first), _result("b", second)]
    want = [asdict(r) for r in sent]  # before sending: the sender empties its copy's csv
    sender = threading.Thread(target=lambda: [batch._send_result(child, r) for r in sent])
    sender.start()
    try:
        got = [batch._receive_result(parent), batch._receive_result(parent)]
    finally:
        sender.join()
        parent.close()
        child.close()
    assert [asdict(r) for r in got] == want
    assert [list(r.csv) for r in got] == [list(first), list(second)]  # the tables' order too


def test_a_worker_gone_between_result_and_bytes_reads_as_end_of_file() -> None:
    """The parent treats EOF as a dead worker (and replaces it): a result cut short must raise it."""
    parent, child = mp.Pipe()
    child.send(_result("a", {"dates": b"x\n"}))  # the result, then nothing: the worker died
    child.close()
    try:
        with pytest.raises(EOFError):
            batch._receive_result(parent)
    finally:
        parent.close()
