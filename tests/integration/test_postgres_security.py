"""The hash chain and encryption on PostgreSQL (server at 127.0.0.1:5432, db `test`), each
test in its own schema, dropped afterwards."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from desktop.console.main import main
from domain.errors import StoreError
from domain.services.app import Berjasa
from infra.audit import verify_chain
from tests.conftest import PASSWORD, POSTGRES_URL, fixed_clock
from tests.factories import worker_fields
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401

pytestmark = pytest.mark.postgres


def _connect() -> Any:
    import psycopg

    return psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test",
                           autocommit=True)


@pytest.fixture
def schema(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    name = f"uji_sec_{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("POSTGRES_SCHEMA", name)
    yield name
    with _connect() as connection:
        connection.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def _open(schema: str) -> Berjasa:
    return fixed_clock(open_store(POSTGRES_URL, extra_env={"POSTGRES_SCHEMA": schema}))


def _populate(app: Berjasa) -> None:
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    for serial in (1, 2):
        app.workers.register_worker(admin, **worker_fields(serial))


def test_chain_is_kept_and_catches_an_edit(schema: str) -> None:
    app = _open(schema)
    try:
        _populate(app)
        result = verify_chain(app)
        assert result.intact and result.checked == app.application.head_position() == 11
        with _connect() as connection:
            connection.execute(f'UPDATE "{schema}".berjasa_events SET state = state || '
                               "'\\x00'::bytea WHERE notification_id = 9")
        broken = verify_chain(app)
        assert (broken.intact, broken.first_broken, broken.problem) == (False, 9, "altered")
    finally:
        app.close()


def test_console_verify_on_postgres(schema: str, capsys: pytest.CaptureFixture[str]) -> None:
    app = _open(schema)
    _populate(app)
    app.close()
    with _connect() as connection:
        connection.execute(f'DELETE FROM "{schema}".berjasa_events WHERE notification_id = 4')
    capsys.readouterr()
    assert main(["--store", POSTGRES_URL, "audit", "verify", "--json"]) == 3
    assert json.loads(capsys.readouterr().out)["first_broken"] == 4


def test_postgres_store_is_encrypted_and_refuses_a_missing_key(
    schema: str, memory_keyring: MemoryKeyring  # noqa: F811
) -> None:
    app = _open(schema)
    _populate(app)
    assert app.application.store_info["encrypted"]
    app.close()
    with _connect() as connection:
        states = connection.execute(f'SELECT state FROM "{schema}".berjasa_events').fetchall()
    nik = str(worker_fields(1)["nik"]).encode()
    assert all(nik not in bytes(row[0]) for row in states)
    memory_keyring.secrets.clear()
    with pytest.raises(StoreError) as refused:
        _open(schema)
    assert refused.value.code == "store.key_missing"
