"""Bounded resources outside the importer (issue 22): checkpoint and key files are read
with a size cap, and a store whose metadata vanished is never opened as a new one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from domain.errors import BerjasaError
from infra.audit import read_checkpoint
from infra.keys import open_key_file
from infra.smallfiles import SMALL_FILE_BYTES, read_small_text
from tests.security_helpers import populated_store, run_console, table_dump

DEV_ZERO = Path("/dev/zero")


@pytest.mark.skipif(not DEV_ZERO.exists(), reason="needs /dev/zero")
def test_checkpoint_and_key_file_from_dev_zero_are_refused() -> None:
    with pytest.raises(BerjasaError) as checkpoint:
        read_checkpoint(DEV_ZERO)
    assert checkpoint.value.code == "audit.checkpoint_invalid"
    with pytest.raises(BerjasaError) as key:
        open_key_file(DEV_ZERO, "frasa-sandi-panjang")
    assert key.value.code == "key.file_invalid"


def test_a_file_over_the_cap_is_refused_after_reading_the_cap(tmp_path: Path) -> None:
    big = tmp_path / "besar.json"
    big.write_bytes(b" " * (SMALL_FILE_BYTES + 1))
    with pytest.raises(ValueError, match="larger than"):
        read_small_text(big)
    exact = tmp_path / "pas.json"
    exact.write_bytes(b" " * SMALL_FILE_BYTES)
    assert len(read_small_text(exact)) == SMALL_FILE_BYTES


@pytest.mark.skipif(not DEV_ZERO.exists(), reason="needs /dev/zero")
def test_audit_verify_with_dev_zero_checkpoint_exits_1(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.db"
    populated_store(path, workers=1).close()
    status, answer = run_console(capsys, "--store", f"sqlite:///{path.as_posix()}",
                                 "audit", "verify", "--checkpoint", str(DEV_ZERO))
    assert (status, answer["error"]) == (1, "audit.checkpoint_invalid")


def test_a_store_whose_metadata_table_was_deleted_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    populated_store(path, workers=1).close()
    connection = sqlite3.connect(str(path), isolation_level=None)
    connection.execute("DROP TABLE berjasa_meta")
    connection.close()
    before = table_dump(path)
    with pytest.raises(BerjasaError) as refused:
        open_store(f"sqlite:///{path.as_posix()}")
    assert refused.value.code == "store.meta_missing"
    assert table_dump(path) == before
    connection = sqlite3.connect(str(path))
    try:
        assert connection.execute("SELECT name FROM sqlite_master WHERE name = "
                                  "'berjasa_meta'").fetchone() is None
    finally:
        connection.close()
