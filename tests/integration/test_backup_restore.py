"""`berjasa-admin backup` copies a live SQLite store with the online backup API and
`restore` brings it back; the restored store verifies and opens with the same key."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from projections.sqlstore import read_models_path
from projections.upgrade import building_path
from tests.conftest import PASSWORD
from tests.factories import worker_fields
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401
from tests.security_helpers import populated_store, raw, table_dump
from tests.security_helpers import run_console as _run


@pytest.fixture(autouse=True)
def _signed_in_admin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backups and restores are an admin's (issue 23): the console signs in as `admin`."""
    monkeypatch.setenv("BERJASA_USER", "admin")
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)


def last_event(path: Path) -> tuple[str, Any]:
    """The topic and the domain event of the last event stored at `path`."""
    app = open_store(f"sqlite:///{path.as_posix()}")
    try:
        head = app.application.head_position()
        [notification] = app.application.recorder.select_notifications(start=head, limit=1)
        return notification.topic, app.application.mapper.to_domain_event(notification)
    finally:
        app.close()


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_of_a_live_store_then_restore_into_a_new_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    db, copy, restored = tmp_path / "live.db", tmp_path / "cadangan.db", tmp_path / "baru.db"
    app = populated_store(db)  # still open: recent writes sit in the -wal file
    status, made = _run(capsys, "--store", str(db), "backup", str(copy))
    # The backup holds every event before it; the store then records it (issue 23).
    assert status == 0 and made["events"] == app.application.head_position() - 1
    topic, backed_up = last_event(db)
    assert topic.endswith("Pencadangan.BackupMade") and backed_up.stamp.actor == "admin"
    assert backed_up.sha256 == made["sha256"] == sha256_of(copy)
    assert backed_up.file == copy.name and backed_up.events == made["events"]
    status, back = _run(capsys, "--store", str(restored), "restore", str(copy))
    assert status == 0 and back["verified"] is True and back["events"] == made["events"]
    topic, restore = last_event(restored)  # recorded in the restored store, after it
    assert topic.endswith("Pemulihan.StoreRestored") and restore.stamp.actor == "admin"
    assert restore.sha256 == made["sha256"] and restore.file == copy.name  # the file as given
    app.close()
    status, verified = _run(capsys, "--store", str(restored), "audit", "verify")
    assert status == 0 and verified["intact"] is True
    reopened = open_store(f"sqlite:///{restored.as_posix()}")
    admin = reopened.users.sign_in("admin", PASSWORD, "x")
    assert reopened.workers.get_worker(admin, worker_fields(3)["nik"])["name"] == "Siti Rahmawati 3"
    reopened.close()


def test_restore_refuses_a_store_with_data_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, db = tmp_path / "lama.db", tmp_path / "kini.db"
    populated_store(old, workers=1).close()
    status, made = _run(capsys, "--store", str(old), "backup", str(tmp_path / "b.db"))
    assert status == 0
    populated_store(db, workers=3).close()
    status, refused = _run(capsys, "--store", str(db), "restore", str(tmp_path / "b.db"))
    assert status == 1 and refused["error"] == "backup.store_not_empty"
    # An upgrade's read models half built from the history restored over (issue 14).
    building = building_path(read_models_path(db))
    building.write_bytes(b"")
    status, forced = _run(capsys, "--store", str(db), "restore", str(tmp_path / "b.db"),
                          "--force")
    assert status == 0 and forced["events"] == made["events"]
    assert not building.exists()
    assert _run(capsys, "--store", str(db), "audit", "verify")[0] == 0


def test_a_tampered_backup_is_not_restored(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db, copy, target = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    populated_store(db, workers=1).close()
    assert _run(capsys, "--store", str(db), "backup", str(copy))[0] == 0
    with raw(copy) as c:
        c.execute("DELETE FROM stored_events WHERE rowid = 3")
    status, refused = _run(capsys, "--store", str(target), "restore", str(copy))
    assert status == 1 and refused["error"] == "backup.restored_broken"
    assert not target.exists() or target.stat().st_size == 0


def test_backup_refuses_to_overwrite_and_needs_sqlite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.db"
    populated_store(db, workers=0).close()
    (tmp_path / "ada.db").write_text("x")
    assert _run(capsys, "--store", str(db), "backup", str(tmp_path / "ada.db"))[1][
        "error"] == "backup.target_exists"
    assert _run(capsys, "--store", "memory:", "backup", str(tmp_path / "m.db"))[1][
        "error"] == "backup.not_sqlite"


def test_backup_and_restore_are_an_admins(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    db, copy = tmp_path / "a.db", tmp_path / "b.db"
    app = populated_store(db, workers=1)
    app.users.add_user(app.users.sign_in("admin", PASSWORD, "x"), "ani", "operator", PASSWORD)
    app.close()
    before = table_dump(db)
    monkeypatch.delenv("BERJASA_USER")
    status, refused = _run(capsys, "--store", str(db), "backup", str(copy))
    assert status == 1 and refused["error"] == "auth.no_user" and not copy.exists()
    status, refused = _run(capsys, "--store", str(db), "--user", "ani", "backup", str(copy))
    assert status == 1 and refused["error"] == "permission.denied" and not copy.exists()
    monkeypatch.setenv("BERJASA_USER", "admin")
    assert _run(capsys, "--store", str(db), "backup", str(copy))[0] == 0
    before = table_dump(db)
    status, refused = _run(capsys, "--store", str(db), "--user", "ani", "restore", str(copy),
                           "--force")
    assert status == 1 and refused["error"] == "permission.denied"
    assert table_dump(db) == before  # nothing restored over the store
