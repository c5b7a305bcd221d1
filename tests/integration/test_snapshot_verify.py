"""Snapshots are not chained, yet the application reads quotas from them: verification
compares every stored snapshot with a replay of its events and names the bad ones.

Forgeries are made with raw SQL on the snapshot table, as a DBA (or anyone with the file
of an unencrypted store) could, on SQLite and PostgreSQL, unencrypted and encrypted.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from desktop.console.main import main
from domain.model.ids import quota_id
from domain.services.app import Berjasa
from infra.audit import verify_store
from projections import open_read_models
from projections.audit_texts import audit_summary
from tests import pg_test
from tests.conftest import PASSWORD, POSTGRES_URL, fixed_clock
from tests.opening import confirmed
from tests.security_helpers import run_console as _run

KEY = base64.b64encode(bytes(range(32))).decode()
SEATS = 100
INTERVAL = 50  # BerjasaApplication.snapshotting_intervals for Kuota


def _quota_with_snapshot(app: Berjasa, seats: int = SEATS) -> str:
    """A quota with 60 events: one snapshot at version 50."""
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    code = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", seats))["quota"])
    for serial in range(59):
        app.quotas.propose_quota_change(admin, code, 1, f"usulan {serial}")
    return code


def test_an_intact_store_passes_with_every_snapshot_compared(app: Berjasa) -> None:
    code = _quota_with_snapshot(app)
    assert app.application.snapshots is not None
    snapshots = app.application.snapshots
    assert [s.originator_version for s in snapshots.get(quota_id(code))] == [INTERVAL]
    result = verify_store(app)
    assert result.intact and result.chain.intact
    snapshots = result.snapshots
    assert (snapshots.checked, snapshots.intact, snapshots.problems) == (True, True, ())
    assert snapshots.compared == snapshots.stored >= 1


# --- SQLite, through the console ---------------------------------------------------------

class Store:
    """A SQLite store file with two quotas, each snapshotted at version 50."""

    def __init__(self, path: Path) -> None:
        self.path, self.url = path, f"sqlite:///{path.as_posix()}"
        app = fixed_clock(open_store(self.url))
        app.users.initialise_store("admin", PASSWORD, "uji-01")
        self.encrypted = bool(app.application.store_info["encrypted"])
        self.first = _quota_with_snapshot(app, SEATS)
        self.second = _quota_with_snapshot(app, 7)
        app.close()

    def sql(self, statement: str, *params: object) -> None:
        from tests.security_helpers import raw

        with raw(self.path) as c:
            c.execute(statement, params)

    def seats(self, code: str) -> int:
        app = open_store(self.url)
        try:
            return app.quotas.quota(code).seats
        finally:
            app.close()


def _sqlite_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encrypted: bool) -> Store:
    if encrypted:
        monkeypatch.setenv("BERJASA_KEY", KEY)
    store = Store(tmp_path / "berjasa.db")
    assert store.encrypted is encrypted
    return store


def verify(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any], str]:
    capsys.readouterr()
    status = main(["--store", url, "audit", "verify", "--json"])
    captured = capsys.readouterr()
    return status, json.loads(captured.out), captured.err


def _problems(result: dict[str, Any]) -> list[tuple[str, str, int, str]]:
    return [(p["aggregate_id"], p["aggregate_type"], p["version"], p["problem"])
            for p in result["snapshots"]["problems"]]


def _kuota(code: str, version: int, problem: str) -> tuple[str, str, int, str]:
    return (str(quota_id(code)), "Kuota", version, problem)


def _assert_chain_fields_unchanged(result: dict[str, Any]) -> None:
    """The existing fields still describe the events, which are intact."""
    assert (result["intact"], result["first_broken"], result["problem"]) == (True, None, None)
    assert result["checked"] == result["head_position"]


def test_an_edited_snapshot_is_caught_on_an_unencrypted_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = _sqlite_store(tmp_path, monkeypatch, encrypted=False)
    assert verify(store.url, capsys)[0] == 0
    store.sql("UPDATE stored_snapshots SET state = CAST(replace(CAST(state AS TEXT), "
              "'\"seats\":100', '\"seats\":900') AS BLOB)")
    assert store.seats(store.first) == 900  # what the application would now enforce
    status, result, err = verify(store.url, capsys)
    assert status == 3
    _assert_chain_fields_unchanged(result)
    assert result["snapshots_intact"] is False and result["snapshots"]["checked"] is True
    assert _problems(result) == [_kuota(store.first, INTERVAL, "altered")]
    assert str(quota_id(store.first)) in err and "versi 50" in err


def test_an_undecodable_and_an_inserted_snapshot_are_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = _sqlite_store(tmp_path, monkeypatch, encrypted=False)
    first, second = quota_id(store.first).hex, quota_id(store.second).hex
    store.sql("INSERT INTO stored_snapshots SELECT originator_id, 500, topic, state "
              "FROM stored_snapshots WHERE originator_id = ?", first)
    store.sql("UPDATE stored_snapshots SET state = CAST('{\"topic\": 1' AS BLOB) "
              "WHERE originator_id = ?", second)
    status, result, _ = verify(store.url, capsys)
    assert status == 3
    assert sorted(_problems(result)) == sorted([
        _kuota(store.first, 500, "no_event"), _kuota(store.second, INTERVAL, "undecodable")])


def test_a_forged_snapshot_of_any_aggregate_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not only quotas: the repository reads a snapshot of any aggregate that has one."""
    from domain.model.ids import user_id

    store = _sqlite_store(tmp_path, monkeypatch, encrypted=False)
    admin = user_id("admin")
    store.sql("INSERT INTO stored_snapshots SELECT ?, 1, topic, state FROM stored_snapshots "
              "WHERE originator_id = ?", admin.hex, quota_id(store.first).hex)
    status, result, _ = verify(store.url, capsys)
    assert status == 3
    assert _problems(result) == [(str(admin), "Pengguna", 1, "altered")]


@pytest.mark.parametrize("language", ["id", "en"])
def test_an_encrypted_store_without_its_key_is_not_declared_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    language: str,
) -> None:
    """The chain is keyed (issue 22): without the key a forged link cannot be told from a
    true one, so verification refuses instead of declaring the history intact."""
    store = _sqlite_store(tmp_path, monkeypatch, encrypted=True)
    monkeypatch.delenv("BERJASA_KEY")
    monkeypatch.setenv("BERJASA_LANG", language)
    status, result, err = verify(store.url, capsys)
    assert (status, result["error"]) == (1, "audit.chain_key_missing")
    assert "BERJASA_KEY" in result["message"] and "BERJASA_KEY" in err
    assert "intact" not in result


def test_a_transplanted_snapshot_is_caught_with_the_key_on_an_encrypted_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without the key a DBA cannot write valid ciphertext, but can copy it: one quota's
    encrypted snapshot over another's. Its payload is bound to its aggregate and version
    (AES-GCM associated data, issue 22), so it no longer decrypts there: the quota is not
    read with the other's seats, and verification names the snapshot."""
    from eventsourcing.persistence import MapperDeserialisationError

    store = _sqlite_store(tmp_path, monkeypatch, encrypted=True)
    first, second = quota_id(store.first).hex, quota_id(store.second).hex
    store.sql("UPDATE stored_snapshots SET state = (SELECT state FROM stored_snapshots "
              "WHERE originator_id = ?) WHERE originator_id = ?", second, first)
    with pytest.raises(MapperDeserialisationError):
        store.seats(store.first)  # never 7, the other quota's seats
    status, result, _ = verify(store.url, capsys)
    assert status == 3
    assert _problems(result) == [_kuota(store.first, INTERVAL, "undecodable")]
    monkeypatch.delenv("BERJASA_KEY")
    status, result, _ = verify(store.url, capsys)
    assert (status, result["error"]) == (1, "audit.chain_key_missing")  # honestly unknown


def test_a_snapshot_beyond_the_events_is_caught_on_an_encrypted_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = _sqlite_store(tmp_path, monkeypatch, encrypted=True)
    store.sql("UPDATE stored_snapshots SET originator_version = 60000 WHERE originator_id "
              "= ?", quota_id(store.second).hex)
    status, result, _ = verify(store.url, capsys)
    assert status == 3 and result["snapshots"]["checked"] is True
    assert _problems(result) == [_kuota(store.second, 60000, "no_event")]


def test_a_broken_chain_is_reported_and_snapshots_are_not_compared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = _sqlite_store(tmp_path, monkeypatch, encrypted=False)
    store.sql("DELETE FROM stored_events WHERE rowid = 5")
    status, result, _ = verify(store.url, capsys)
    assert status == 3 and (result["intact"], result["first_broken"]) == (False, 5)
    assert result["snapshots"]["reason"] == "chain_broken"
    assert result["snapshots"]["compared"] == 0


# --- repair ------------------------------------------------------------------------------

def test_an_admin_drops_the_forged_snapshot_and_the_drop_is_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = _sqlite_store(tmp_path, monkeypatch, encrypted=True)
    first, second = quota_id(store.first).hex, quota_id(store.second).hex
    store.sql("UPDATE stored_snapshots SET state = (SELECT state FROM stored_snapshots "
              "WHERE originator_id = ?) WHERE originator_id = ?", second, first)
    drop = ("--store", store.url, "audit", "drop-snapshots", "--reason", "dipalsukan DBA")
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    app = open_store(store.url)
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    app.users.add_user(admin, "ani", "operator", PASSWORD)
    app.close()
    monkeypatch.setenv("BERJASA_USER", "ani")
    status, _ = _run(capsys, *drop)
    assert status != 0  # refused: nothing dropped
    monkeypatch.setenv("BERJASA_USER", "admin")
    status, dropped = _run(capsys, *drop)
    assert status == 0 and dropped["dropped"] == 1
    # Bound to its own aggregate, the copied payload does not decrypt here (issue 22).
    assert dropped["snapshots"] == [dict(zip(
        ("aggregate_id", "aggregate_type", "version", "problem"),
        _kuota(store.first, INTERVAL, "undecodable"), strict=True))]
    assert store.seats(store.first) == SEATS  # read from the events again
    status, result, _ = verify(store.url, capsys)
    assert status == 0 and result["snapshots"]["stored"] == 1
    app = open_store(store.url)
    try:
        recorder = app.application.recorder
        last = recorder.select_notifications(recorder.max_notification_id(), 1)[0]
        assert last.topic.endswith("Pemeliharaan.SnapshotsDropped")
        event: Any = app.application.mapper.to_domain_event(last)
        assert event.stamp.actor == "admin" and event.stamp.reason == "dipalsukan DBA"
        models = open_read_models(app.application)
        try:
            models.catch_up()
            line = models.audit_trail(event_type="Pemeliharaan.SnapshotsDropped").rows
            assert [(r["actor"], r["reason"]) for r in line] == [("admin", "dipalsukan DBA")]
            assert audit_summary(line[0]) == ("Menghapus 1 snapshot yang tidak cocok dengan "
                                          f"peristiwanya: Kuota versi {INTERVAL}")
        finally:
            models.close()
    finally:
        app.close()


# --- PostgreSQL ----------------------------------------------------------------------------

@pytest.fixture
def pg_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    with pg_test.fresh_schema(POSTGRES_URL) as env:
        for name, value in env.items():
            monkeypatch.setenv(name, value)  # the console reads the schema from the env
        yield env


@pytest.mark.postgres
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_postgres_snapshot_forgery_is_caught(
    pg_env: dict[str, str], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], encrypted: bool,
) -> None:
    if encrypted:
        monkeypatch.setenv("BERJASA_KEY", KEY)
    app = fixed_clock(open_store(POSTGRES_URL, extra_env=pg_env))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    assert bool(app.application.store_info["encrypted"]) is encrypted
    first, second = _quota_with_snapshot(app, SEATS), _quota_with_snapshot(app, 7)
    app.close()
    assert verify(POSTGRES_URL, capsys)[0] == 0
    forge: Callable[[Any], object] = (
        (lambda c: c.execute(
            f'UPDATE "{pg_env["POSTGRES_SCHEMA"]}".berjasa_snapshots SET state = (SELECT state '
            f'FROM "{pg_env["POSTGRES_SCHEMA"]}".berjasa_snapshots WHERE originator_id = %s) '
            "WHERE originator_id = %s", (quota_id(second), quota_id(first))))
        if encrypted else
        (lambda c: c.execute(
            f'UPDATE "{pg_env["POSTGRES_SCHEMA"]}".berjasa_snapshots SET state = convert_to('
            "replace(convert_from(state, 'UTF8'), '\"seats\":100', '\"seats\":900'), 'UTF8') "
            "WHERE originator_id = %s", (quota_id(first),))))
    with pg_test.admin_connection(POSTGRES_URL) as connection:
        forge(connection)
    status, result, _ = verify(POSTGRES_URL, capsys)
    assert status == 3
    _assert_chain_fields_unchanged(result)
    # An encrypted payload copied from another aggregate does not even decrypt there.
    assert _problems(result) == [_kuota(first, INTERVAL,
                                        "undecodable" if encrypted else "altered")]
    if encrypted:
        monkeypatch.delenv("BERJASA_KEY")
        status, result, _ = verify(POSTGRES_URL, capsys)
        assert (status, result["error"]) == (1, "audit.chain_key_missing")
