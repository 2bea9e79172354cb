"""Batch inputs: folders, globs, .gz, .zip and .tar.gz archives, and the expansion limits."""

from __future__ import annotations

import gzip
import io
import shutil
import tarfile
import zipfile
from pathlib import Path
from typing import NamedTuple

import pandas.testing as pdt
import pytest
from conftest import CORPUS, requires_corpus

from extractor.io import sources
from extractor.run import batch

RAW = CORPUS / "edgar-raw"
QWEST = "qwest-kmc-mgs-amendment-1.txt"
SUB = "submission-0000950129-95-001652.txt"


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    if not RAW.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    shutil.copy(RAW / QWEST, d / QWEST)
    shutil.copy(RAW / SUB, d / "sub" / SUB)
    return d


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def make_tgz(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def tables_without_source(res: batch.CorpusResult) -> dict:
    out = {}
    for name, df in res.tables().items():
        drop = [c for c in ("doc_id", "source") if c in df.columns]
        out[name] = df.drop(columns=drop).reset_index(drop=True)
    return out


class Case(NamedTuple):
    label: str
    build: str  # how the inputs are packed
    want_ids: list[str]


CASES = [
    Case("folder", "dir", [QWEST, f"sub/{SUB}#1", f"sub/{SUB}#2"]),
    Case("glob", "glob", [QWEST, f"sub/{SUB}#1", f"sub/{SUB}#2"]),
    Case("gzip files", "gz", [QWEST, f"{SUB}#1", f"{SUB}#2"]),
    Case("zip archive", "zip", [f"bulk.zip/{QWEST}", f"bulk.zip/sub/{SUB}#1", f"bulk.zip/sub/{SUB}#2"]),
    Case("tar.gz archive", "tgz", [f"bulk.tar.gz/{QWEST}", f"bulk.tar.gz/sub/{SUB}#1",
                                   f"bulk.tar.gz/sub/{SUB}#2"]),
]


@requires_corpus
@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_every_input_kind_gives_the_same_tables(case: Case, inputs: Path, tmp_path: Path) -> None:
    members = {QWEST: (inputs / QWEST).read_bytes(), f"sub/{SUB}": (inputs / "sub" / SUB).read_bytes()}
    if case.build == "dir":
        paths = [inputs]
    elif case.build == "glob":
        paths = [str(inputs / "**" / "*.txt")]
    elif case.build == "gz":
        paths = []
        for name, data in members.items():
            p = tmp_path / (Path(name).name + ".gz")
            p.write_bytes(gzip.compress(data))
            paths.append(p)
    elif case.build == "zip":
        paths = [make_zip(tmp_path / "bulk.zip", members)]
    else:
        paths = [make_tgz(tmp_path / "bulk.tar.gz", members)]
    got = batch.parse_many(paths, workers=0, progress=False)
    assert got.documents["doc_id"].tolist() == case.want_ids
    assert got.errors.empty
    want = tables_without_source(batch.parse_many([inputs], workers=0, progress=False))
    for name, df in tables_without_source(got).items():
        pdt.assert_frame_equal(df, want[name], obj=name)


@requires_corpus
def test_archives_work_through_worker_processes(inputs: Path, tmp_path: Path) -> None:
    members = {QWEST: (inputs / QWEST).read_bytes(), "b.txt": (inputs / "sub" / SUB).read_bytes()}
    paths = [make_zip(tmp_path / "a.zip", members), make_tgz(tmp_path / "b.tgz", members)]
    one = batch.parse_many(paths, workers=0, progress=False)
    two = batch.parse_many(paths, workers=2, progress=False)
    for name in one.tables():
        pdt.assert_frame_equal(one.tables()[name], two.tables()[name], obj=name)
    assert len(one.documents) == 6


class Bomb(NamedTuple):
    label: str
    kind: str
    max_bytes: int
    max_archive_bytes: int
    want_errors: list[str]


BOMBS = [
    Bomb("zip member too large", "zip", 10_000, 10**9, ["big.txt"]),
    Bomb("zip archive expands too far", "zip", 10**6, 30_050, ["c.txt"]),
    Bomb("tar member too large", "tgz", 10_000, 10**9, ["big.txt"]),
    Bomb("tar archive expands too far", "tgz", 10**6, 30_050, ["c.txt"]),
    Bomb("gz member too large", "gz", 10_000, 10**9, ["big.txt"]),
]


@pytest.mark.parametrize("case", BOMBS, ids=[b.label for b in BOMBS])
def test_expansion_limits_turn_bombs_into_error_rows(case: Bomb, tmp_path: Path) -> None:
    small = b"AGREEMENT\n\nThis Agreement is made.\n"
    members = {"a.txt": small, "big.txt": b"A" * 30_000 + b"\n", "c.txt": small}
    if case.kind == "zip":
        paths = [make_zip(tmp_path / "x.zip", members)]
    elif case.kind == "tgz":
        paths = [make_tgz(tmp_path / "x.tgz", members)]
    else:
        paths = []
        for name, data in members.items():
            (tmp_path / f"{name}.gz").write_bytes(gzip.compress(data))
            paths.append(tmp_path / f"{name}.gz")
    res = batch.parse_many(paths, workers=0, progress=False, max_bytes=case.max_bytes,
                           max_archive_bytes=case.max_archive_bytes)
    got = [d.rsplit("/", 1)[-1] for d in res.errors["doc_id"]]
    assert got == case.want_errors
    assert res.errors["error_type"].eq("InputError").all()
    assert len(res.documents) == 3 - len(case.want_errors)


def test_member_names_never_leave_the_archive(tmp_path: Path) -> None:
    zpath = make_zip(tmp_path / "evil.zip", {"../../escape.txt": b"AGREEMENT\n\nText.\n", ".hidden": b"x"})
    jobs = list(sources.expand([zpath]))
    assert [j.key for j in jobs] == ["evil.zip/../../escape.txt"]
    res = batch.parse_many([zpath], workers=0, progress=False)
    assert len(res.documents) == 1
    assert not (tmp_path.parent / "escape.txt").exists()


def test_a_corrupt_archive_is_an_error_row(tmp_path: Path) -> None:
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "bad.tar.gz").write_bytes(gzip.compress(b"not a tar"))
    res = batch.parse_many([tmp_path / "bad.zip", tmp_path / "bad.tar.gz"], workers=0, progress=False)
    assert res.errors["error_type"].tolist() == ["InputError", "InputError"]
    assert res.errors["message"].str.contains("archive").all()


def test_a_zip_member_name_that_is_not_utf8_is_an_error_row_and_the_rest_completes(tmp_path: Path) -> None:
    """A member name flagged UTF-8 that is not valid UTF-8 stopped the whole batch with a
    UnicodeDecodeError while listing the archive; now it is that archive's errors row."""
    good = make_zip(tmp_path / "good.zip", {"a.txt": b"AGREEMENT\n\nThis Agreement is made.\n"})
    raw = make_zip(tmp_path / "bad.zip", {"caf\u00e9.txt": b"AGREEMENT\n\nText.\n"}).read_bytes()
    # same length, UTF-8 flag still set, but \xe9\xe9 is not UTF-8 (old archives hold such names)
    (tmp_path / "bad.zip").write_bytes(raw.replace("caf\u00e9".encode(), b"caf\xe9\xe9"))
    with pytest.raises(UnicodeDecodeError):
        zipfile.ZipFile(tmp_path / "bad.zip")
    res = batch.parse_many([tmp_path / "bad.zip", good], workers=0, progress=False)
    assert res.errors["doc_id"].tolist() == ["bad.zip"]
    assert "cannot open zip archive" in res.errors["message"].iloc[0]
    assert res.documents["doc_id"].tolist() == ["good.zip/a.txt"]


def test_doc_ids_are_unique_per_run(tmp_path: Path) -> None:
    """``a.txt`` beside ``a.txt.gz``, and two file arguments with one base name, gave two inputs the
    same doc_id (and --resume then skipped the second as done)."""
    text = b"AGREEMENT\n\nThis Agreement is made by A and B.\n"
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "a.txt").write_bytes(text)
    (tmp_path / "one" / "a.txt.gz").write_bytes(gzip.compress(text))
    (tmp_path / "one" / "a.txt~2").write_bytes(text)  # a real name that looks disambiguated
    (tmp_path / "two" / "a.txt").write_bytes(text)
    jobs = list(sources.expand([tmp_path / "one", tmp_path / "two" / "a.txt"]))
    keys = [j.key for j in jobs]
    assert len(set(keys)) == len(keys) == 4
    assert keys[0] == "a.txt"
    assert keys == [j.key for j in sources.expand([tmp_path / "one", tmp_path / "two" / "a.txt"])]
    res = batch.parse_many([tmp_path / "one", tmp_path / "two" / "a.txt"], workers=0, progress=False)
    assert res.documents["doc_id"].is_unique and len(res.documents) == 4
