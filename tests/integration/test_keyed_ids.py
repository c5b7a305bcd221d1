"""Ids that reveal nothing (issue 23): a store created now derives the ids of its workers
and of their NIK and KPJ index entries with an HMAC under its own secret, so one hash no
longer tests a NIK against the ids stored in clear; a store created before keeps its
uuid5 ids for ever (its metadata has no `id_scheme`)."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from domain.model.ids import (
    HMAC_SHA256,
    UUID5,
    AggregateIds,
    KeyedIds,
    index_id,
    keyed_uuid,
    worker_id,
)
from domain.model.indeks import Indeks
from domain.model.peserta import Peserta
from infra.keys import new_key
from infra.meta import META_TABLE
from tests.conftest import PASSWORD
from tests.factories import make_nik, worker_fields

NIK = make_nik(date(1985, 4, 12), "L", 1)
KPJ = "12345678901"


def store_url(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def meta(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(str(path))
    try:
        return dict(connection.execute(f"SELECT name, value FROM {META_TABLE}").fetchall())
    finally:
        connection.close()


def register_one(path: Path) -> tuple[uuid.UUID, uuid.UUID]:
    """A store at `path` with one worker (and a KPJ): the worker's id and its KPJ index's."""
    app = open_store(store_url(path))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    worker = uuid.UUID(app.workers.register_worker(admin, **worker_fields(1))["id"])
    app.workers.assign_kpj(admin, NIK, KPJ)
    kpj_index = app.application.ids.index("kpj", KPJ)
    assert isinstance(app.application.repository.get(kpj_index), Indeks)
    app.close()
    return worker, kpj_index


def test_keyed_ids_are_stable_version_8_and_differ_by_secret() -> None:
    ids, other = KeyedIds(b"\x01" * 32), KeyedIds(b"\x02" * 32)
    assert ids.worker(NIK) == ids.worker(NIK) == keyed_uuid(b"\x01" * 32, f"peserta:{NIK}")
    assert ids.worker(NIK).version == 8 and ids.worker(NIK).variant == uuid.RFC_4122
    assert ids.worker(NIK) != other.worker(NIK)
    assert ids.worker(NIK) != ids.worker(NIK, 2) != ids.index("nik", NIK)
    assert (ids.scheme, AggregateIds().scheme) == (HMAC_SHA256, UUID5)
    assert AggregateIds().worker(NIK) == worker_id(NIK)
    assert AggregateIds().index("nik", NIK) == index_id("nik", NIK)
    assert "secret" not in repr(ids) and "\\x01" not in repr(ids)


def test_a_new_store_derives_its_ids_from_a_secret_not_from_the_nik_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "baru.db"
    worker, kpj_index = register_one(path)
    values = meta(path)
    assert values["id_scheme"] == HMAC_SHA256 and len(values["id_secret"]) == 64
    assert worker == KeyedIds(bytes.fromhex(values["id_secret"])).worker(NIK)
    assert worker != worker_id(NIK) and worker != uuid.uuid5(worker_id(NIK), NIK)
    assert kpj_index != index_id("kpj", KPJ)
    # Reopened, the store finds its worker by NIK and the index entries by their keys.
    app = open_store(store_url(path))
    try:
        admin = app.users.sign_in("admin", PASSWORD, "uji-01")
        assert app.workers.get_worker(admin, NIK)["id"] == worker.hex
        assert isinstance(app.application.repository.get(app.application.ids.index("nik", NIK)),
                          Indeks)
        assert app.application.ids.index("nik", NIK) != index_id("nik", NIK)
        with pytest.raises(Exception) as caught:
            app.workers.register_worker(admin, **worker_fields(1))
        assert getattr(caught.value, "code", None) == "worker.already_registered"
    finally:
        app.close()


def test_an_encrypted_store_keeps_no_id_secret_and_its_file_holds_no_uuid5_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BERJASA_KEY", new_key())
    path = tmp_path / "rahasia.db"
    worker, _kpj_index = register_one(path)
    values = meta(path)
    assert values["encryption"] == "aes-256-gcm" and values["id_scheme"] == HMAC_SHA256
    assert "id_secret" not in values  # derived from the key: no secret beside the data
    raw = path.read_bytes()
    for guessed in (worker_id(NIK), index_id("nik", NIK), index_id("kpj", KPJ)):
        assert guessed.bytes not in raw and guessed.hex.encode() not in raw
    assert worker.bytes in raw or worker.hex.encode() in raw  # its own id is stored
    app = open_store(store_url(path))
    try:
        admin = app.users.sign_in("admin", PASSWORD, "uji-01")
        assert app.workers.get_worker(admin, NIK)["id"] == worker.hex
    finally:
        app.close()


def test_a_store_made_before_keeps_its_uuid5_ids(tmp_path: Path) -> None:
    path = tmp_path / "lama.db"
    app = open_store(store_url(path))
    app.close()
    # What a store made by the earlier program has: no id scheme in its metadata.
    connection = sqlite3.connect(str(path), isolation_level=None)
    connection.execute(f"DELETE FROM {META_TABLE} WHERE name IN ('id_scheme', 'id_secret')")
    connection.close()
    worker, kpj_index = register_one(path)
    assert worker == worker_id(NIK) and kpj_index == index_id("kpj", KPJ)
    assert "id_scheme" not in meta(path)  # never switched: ids are forever
    app = open_store(store_url(path))
    try:
        assert app.application.ids == AggregateIds()
        admin = app.users.sign_in("admin", PASSWORD, "uji-01")
        shown = app.workers.get_worker(admin, NIK)
        assert (shown["id"], shown["kpj"]) == (worker.hex, KPJ)
        found = app.application.repository.get(worker_id(NIK))
        assert isinstance(found, Peserta) and found.nik == NIK
    finally:
        app.close()


def test_an_import_through_the_reader_uses_the_store_s_keyed_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importer import run_import
    from tests.opening import confirmed
    from tests.unit.importer.helpers import worker_row, write_csv

    monkeypatch.setattr("importer.checking.SECOND_PROCESS_MIN_ROWS", 1)
    monkeypatch.setenv("BERJASA_SECOND_PROCESS", "all")  # the reader encodes every row
    app = open_store(store_url(tmp_path / "impor.db"))
    try:
        app.users.initialise_store("admin", PASSWORD, "uji-01")
        admin = app.users.sign_in("admin", PASSWORD, "uji-01")
        quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 10))["quota"])
        rows = [worker_row(serial) for serial in range(1, 6)]
        result = run_import(app, admin, write_csv(tmp_path / "daftar.csv", rows), quota,
                            report_path=tmp_path / "r.xlsx")
        assert result.enrolled == 5
        for row in rows:
            shown = app.workers.get_worker(admin, row[0])
            assert shown["id"] == app.application.ids.worker(row[0]).hex != worker_id(row[0]).hex
    finally:
        app.close()
