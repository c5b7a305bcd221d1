"""An encrypted SQLite store's read models are encrypted too (issue 23): after an import,
a rebuild and a backup no file in the store's folder holds a NIK, a name or a phone in
clear; the read-model file cannot be opened without the key; a plain one left from
before is dropped and rebuilt encrypted."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from desktop.console.main import main
from domain.demo import DEMO_PASSWORD
from domain.errors import StoreError
from domain.services.app import Berjasa
from infra.keys import new_key
from projections import open_read_models
from projections.sqlstore import SQLITE_HEADER, open_sqlite_file, read_models_path

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "contoh-daftar-pekerja.csv"


def run(capsys: pytest.CaptureFixture[str], store: Path, *argv: str) -> dict[str, Any]:
    code = main(["--store", f"sqlite:///{store.as_posix()}", *argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, (out, err)
    result: dict[str, Any] = json.loads(out) if out.strip() else {}
    return result


def imported_people() -> list[tuple[str, str, str]]:
    """(NIK digits, name, phone digits) of every row of the sample list that has them."""
    with SAMPLE.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    people = []
    for row in rows:
        nik, phone = re.sub(r"\D", "", row["NIK"]), re.sub(r"\D", "", row["No HP"])
        people.append((nik, row["Nama"].strip(), phone[-9:]))
    return people


def imported_store(folder: Path, capsys: pytest.CaptureFixture[str],
                   monkeypatch: pytest.MonkeyPatch) -> Path:
    """A demo store in a folder of its own, the sample list imported, the read models
    rebuilt and a backup written beside the store; every process closed."""
    store = folder / "berjasa.db"
    run(capsys, store, "demo", "--workers", "20")
    monkeypatch.setenv("BERJASA_USER", "budi")
    monkeypatch.setenv("BERJASA_PASSWORD", DEMO_PASSWORD)
    result = run(capsys, store, "import", str(SAMPLE), "--quota", "KU-2026-01", "--from",
                 "2026-12-01", "--retroactive", "--reason", "Migrasi roster",
                 "--report", str(folder.parent / "keluar" / "tolak.xlsx"))
    assert result["enrolled"] + result["over_quota"] > 200, result
    run(capsys, store, "projections", "rebuild")
    monkeypatch.setenv("BERJASA_USER", "admin")
    run(capsys, store, "backup", str(folder / "cadangan.db"))
    return store


def found_in_clear(folder: Path) -> dict[str, list[str]]:
    """Which NIKs, names and phones of the imported workers the raw bytes of the files in
    `folder` hold, per file."""
    people = imported_people()
    found: dict[str, list[str]] = {}
    for file in sorted(folder.iterdir()):
        content = file.read_bytes()
        hits = [value for person in people for value in person
                if len(value) >= 8 and value.encode() in content]
        if hits:
            found[file.name] = hits
    return found


def test_no_nik_name_or_phone_in_any_file_of_an_encrypted_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BERJASA_KEY", new_key())
    store = imported_store(tmp_path / "kantor", capsys, monkeypatch)
    names = {p.name for p in store.parent.iterdir()}
    assert {"berjasa.db", "berjasa.db.readmodels.sqlite3", "cadangan.db"} <= names
    assert found_in_clear(store.parent) == {}
    # And while they are open, their write-ahead logs full of a rebuild's pages.
    app = open_store(f"sqlite:///{store.as_posix()}")
    models = open_read_models(app.application)
    try:
        models.rebuild()
        assert (store.parent / "berjasa.db.readmodels.sqlite3-wal").stat().st_size > 0
        assert found_in_clear(store.parent) == {}
    finally:
        models.close()
        app.close()
    with pytest.raises(sqlite3.DatabaseError):  # plain SQLite cannot read it
        sqlite3.connect(read_models_path(store)).execute(
            "SELECT count(*) FROM rm_member").fetchall()


def test_the_same_check_finds_them_in_an_unencrypted_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = imported_store(tmp_path / "kantor", capsys, monkeypatch)
    found = found_in_clear(store.parent)
    # Names and NIKs in the read models, phones in the events: the check can fail.
    assert len(found["berjasa.db.readmodels.sqlite3"]) >= 10
    assert any(p[2] in found.get("berjasa.db", []) + found.get("cadangan.db", [])
               for p in imported_people() if len(p[2]) >= 8)


def encrypted_store(path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("BERJASA_KEY", new_key())
    from tests.security_helpers import populated_store

    return populated_store(path)


def test_read_models_of_an_encrypted_store_open_only_with_its_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "berjasa.db"
    app = encrypted_store(store, monkeypatch)
    models = open_read_models(app.application)
    models.catch_up()
    assert models.stats()["registered_workers"] == 3
    models.close()
    app.close()
    assert read_models_path(store).read_bytes()[:16] != SQLITE_HEADER
    with pytest.raises(StoreError) as refused:
        open_sqlite_file(read_models_path(store))  # as a store opened without the key
    assert refused.value.code == "store.read_models_locked"


def rebuilt_without_the_leftover(app: Berjasa) -> None:
    """The read models answer from the events again, the file's old table gone; closes
    `app`."""
    models = open_read_models(app.application)
    models.catch_up()
    assert models.stats()["registered_workers"] == 3
    assert models.database.scalar(
        "SELECT count(*) FROM sqlite_master WHERE name = 'leftover'") == 0
    models.close()
    app.close()


def test_a_plain_read_model_file_of_an_encrypted_store_is_rebuilt_encrypted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "berjasa.db"
    app = encrypted_store(store, monkeypatch)
    plain = open_sqlite_file(read_models_path(store))  # as written before issue 23
    with plain.batch() as writer:
        writer.execute("CREATE TABLE leftover (nik TEXT)")
        writer.execute("INSERT INTO leftover VALUES ('7371000000000001')")
    plain.close()
    rebuilt_without_the_leftover(app)
    content = b"".join(p.read_bytes() for p in tmp_path.glob("*.readmodels.sqlite3*"))
    assert SQLITE_HEADER not in content and b"7371000000000001" not in content


def test_a_file_under_another_key_is_dropped_and_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "berjasa.db"
    app = encrypted_store(store, monkeypatch)
    other = open_sqlite_file(read_models_path(store), bytes(32))  # another store's key
    with other.batch() as writer:
        writer.execute("CREATE TABLE leftover (n INTEGER)")
    other.close()
    rebuilt_without_the_leftover(app)


def test_an_unencrypted_store_keeps_plain_read_models(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.security_helpers import populated_store

    store = tmp_path / "berjasa.db"
    app = populated_store(store)
    models = open_read_models(app.application)
    models.catch_up()
    models.close()
    app.close()
    with sqlite3.connect(read_models_path(store)) as plain:
        assert plain.execute("SELECT count(*) FROM rm_member").fetchone() == (3,)


def test_the_audit_opens_encrypted_read_models_to_prove_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "berjasa.db"
    app = encrypted_store(store, monkeypatch)
    models = open_read_models(app.application)
    models.catch_up()
    models.close()
    app.close()
    capsys.readouterr()
    monkeypatch.setenv("BERJASA_USER", "admin")
    code = main(["--store", f"sqlite:///{store.as_posix()}", "audit", "verify", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0, out
    assert out["read_models"]["checked"] and out["read_models"]["intact"]


def test_as_of_replays_stay_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                      ) -> None:
    from datetime import UTC, datetime

    from projections import replay_as_of

    store = tmp_path / "berjasa.db"
    app = encrypted_store(store, monkeypatch)
    before = {p.name for p in tmp_path.iterdir()}
    replayed = replay_as_of(app.application, datetime.now(UTC))
    assert replayed.stats()["registered_workers"] == 3
    replayed.close()
    app.close()
    assert {p.name for p in tmp_path.iterdir()} <= before | {"berjasa.db-wal", "berjasa.db-shm"}
