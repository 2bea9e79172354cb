"""extractor.run.dask on a distributed.LocalCluster equals the single-process result."""

from __future__ import annotations

import pandas.testing as pdt
import pytest
from conftest import CORPUS, requires_corpus

pytest.importorskip("dask.dataframe", reason="the dask extra is not installed")
pytest.importorskip("distributed", reason="the dask extra is not installed")

import dask  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from extractor.model import schema  # noqa: E402
from extractor.run import batch
from extractor.run.dask import read_exhibits  # noqa: E402

RAW = CORPUS / "edgar-raw"
TABLES = ("documents", "pages")


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


@requires_corpus
def test_local_cluster_equals_single_process(client) -> None:
    want = batch.parse_many([RAW / "*.txt"], workers=0, progress=False)
    ddfs = [read_exhibits(str(RAW / "*.txt"), table=t, files_per_partition=3) for t in TABLES]
    assert [d.npartitions for d in ddfs] == [3, 3]
    for table, got in zip(TABLES, dask.compute(*ddfs), strict=True):
        got = got.reset_index(drop=True)
        assert list(got.columns) == ["doc_id", *schema.TABLES[table]]
        pdt.assert_frame_equal(got, want.tables()[table], obj=table)


@requires_corpus
def test_a_list_of_paths_and_a_missing_file(client) -> None:
    paths = [str(RAW / "qwest-kmc-mgs-amendment-1.txt"), str(RAW / "no-such-file.txt")]
    docs = read_exhibits(paths, table="documents").compute()
    errors = read_exhibits(paths, table="errors").compute()
    assert docs["doc_id"].tolist() == ["qwest-kmc-mgs-amendment-1.txt"]
    assert errors["doc_id"].tolist() == ["no-such-file.txt"]
    assert errors["error_type"].tolist() == ["InputError"]


def test_unknown_table_is_refused() -> None:
    from extractor.model.errors import InputError

    with pytest.raises(InputError, match="unknown table"):
        read_exhibits("*.txt", table="nope")


@requires_corpus
def test_a_folder_gives_the_doc_ids_of_parse_many(client) -> None:
    want = batch.parse_many([RAW], workers=0, progress=False).documents
    got = read_exhibits(str(RAW), table="documents", files_per_partition=4).compute().reset_index(drop=True)
    pdt.assert_frame_equal(got, want)
