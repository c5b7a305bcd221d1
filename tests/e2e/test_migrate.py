"""`berjasa-admin migrate`: a demo SQLite store moves to PostgreSQL with the same figures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from desktop.console.main import main
from tests.conftest import PASSWORD, POSTGRES_URL
from tests.demo_stores import built_once, copied

pytestmark = pytest.mark.postgres


def run(capsys: pytest.CaptureFixture[str], store: str, *argv: str) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    code = main(["--store", store, "--user", "admin", *argv, "--json"])
    lines = capsys.readouterr().out.strip().splitlines()
    return code, dict(json.loads(lines[-1])) if lines else {}


@pytest.fixture(scope="module")
def built_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_once(tmp_path_factory, 60, PASSWORD)


@pytest.fixture
def demo_store(built_demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """This test's own copy of the module's demo store (60 workers)."""
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    monkeypatch.setenv("BERJASA_NEW_PASSWORD", PASSWORD)
    return copied(built_demo, tmp_path / "kantor.db")


@pytest.fixture
def empty_server(postgres_schema: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> str:
    for name, value in postgres_schema.items():  # the target store's schema and pool
        monkeypatch.setenv(name, value)
    return POSTGRES_URL


def history(url: str) -> list[tuple[int, bytes]]:
    app = open_store(url)
    try:
        return [(n.id, bytes(n.state)) for n in app.application.recorder.select_notifications(1,
                                                                                              100_000)]
    finally:
        app.close()


def test_demo_store_moves_with_same_stats_positions_and_bytes(
    demo_store: str, empty_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, before = run(capsys, demo_store, "stats")

    code, summary = run(capsys, demo_store, "migrate", "--to", empty_server)

    assert code == 0, summary
    assert summary["stats_equal"] is True
    assert summary["events"] == summary["compared"] == before["position"]
    _, after = run(capsys, empty_server, "stats")
    assert after == before
    assert history(empty_server) == history(demo_store)
    verified, chain = run(capsys, empty_server, "audit", "verify")
    assert verified == 0, chain


def test_the_migrated_store_takes_new_work_after_the_copied_history(
    demo_store: str, empty_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, demo_store, "migrate", "--to", empty_server)
    head = len(history(demo_store))
    code, _ = run(capsys, empty_server, "user", "add", "eko", "--role", "operator")
    positions = [position for position, _ in history(empty_server)]
    assert code == 0
    assert positions[head:] and positions == list(range(1, len(positions) + 1))


def test_a_store_that_already_holds_events_is_refused(
    demo_store: str, empty_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, demo_store, "migrate", "--to", empty_server)
    code, refusal = run(capsys, demo_store, "migrate", "--to", empty_server)
    assert code == 1
    assert refusal["error"] == "migrate.target_not_empty"


@pytest.mark.parametrize(("store", "target", "error"), [
    ("memory:", POSTGRES_URL, "migrate.source_kind"),
    (None, "sqlite:///lain.db", "migrate.target_kind"),
])
def test_only_sqlite_to_postgresql(demo_store: str, capsys: pytest.CaptureFixture[str],
                                   store: str | None, target: str, error: str) -> None:
    code, refusal = run(capsys, store or demo_store, "migrate", "--to", target)
    assert (code, refusal["error"]) == (1, error)


def test_an_encrypted_store_moves_and_opens_with_its_own_key(
    tmp_path: Path, empty_server: str, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from infra.keys import new_key

    monkeypatch.setenv("BERJASA_KEY", new_key())
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    url = f"sqlite:///{(tmp_path / 'rahasia.db').as_posix()}"
    assert run(capsys, url, "demo", "--workers", "20")[0] == 0
    assert open_store(url).application.store_info["encrypted"] is True

    code, summary = run(capsys, url, "migrate", "--to", empty_server)

    assert code == 0, summary
    moved = open_store(empty_server)
    assert moved.application.store_info["encrypted"] is True
    source_info = open_store(url).application.store_info
    assert moved.application.store_info["store_id"] == source_info["store_id"]
    moved.close()
    assert run(capsys, empty_server, "stats")[1] == run(capsys, url, "stats")[1]


def test_an_unreachable_server_is_offline_not_a_crash(
    demo_store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, refusal = run(capsys, demo_store, "migrate", "--to",
                        "postgresql://berjasa@127.0.0.1:1/berjasa")   # nothing listens
    assert (code, refusal["error"]) == (1, "store.offline")


def test_migrate_with_new_ids_rekeys_an_old_store_with_the_same_stats(
    tmp_path: Path, empty_server: str, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 23: a store made before keyed ids (no `id_scheme`: uuid5 of the NIK) moves
    into a new store under that store's keyed ids; the figures are the same."""
    import sqlite3

    from domain.model.ids import HMAC_SHA256, worker_id
    from tests.factories import worker_fields

    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    path = tmp_path / "lama.db"
    url = f"sqlite:///{path.as_posix()}"
    open_store(url).close()
    connection = sqlite3.connect(str(path), isolation_level=None)
    connection.execute("DELETE FROM berjasa_meta WHERE name IN ('id_scheme', 'id_secret')")
    connection.close()
    app = open_store(url)
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    nik = app.workers.register_worker(admin, **worker_fields(1))["nik"]
    app.workers.assign_kpj(admin, nik, "12345678901")
    assert app.workers.get_worker(admin, nik)["id"] == worker_id(nik).hex
    app.close()
    _, before = run(capsys, url, "stats")

    code, summary = run(capsys, url, "migrate", "--to", empty_server, "--new-ids")

    assert code == 0, summary
    assert summary["stats_equal"] is True and summary["id_scheme"] == HMAC_SHA256
    assert summary["workers"] == 1 and summary["events"] == before["position"]
    _, after = run(capsys, empty_server, "stats")
    assert after == before
    code, shown = run(capsys, empty_server, "worker", "show", nik)
    assert code == 0 and shown["id"] != worker_id(nik).hex and shown["kpj"] == "12345678901"
    verified, chain = run(capsys, empty_server, "audit", "verify")
    assert verified == 0, chain
