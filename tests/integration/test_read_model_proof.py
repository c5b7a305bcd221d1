"""Read models that prove they follow the log (issue 22): `audit verify` replays the
history into a temporary database and compares every table, naming the table and the row
that differ; a restore drops and rebuilds the read models of the store it writes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from domain.services.app import Berjasa
from domain.services.session import Session
from projections import open_read_models
from projections.digest import check_digest
from projections.sqlstore import read_models_path
from projections.verify import verify_read_models
from tests.conftest import PASSWORD, enrol_from, fixed_clock
from tests.factories import worker_fields
from tests.opening import confirmed
from tests.security_helpers import run_console


def _store(path: Path, workers: int = 3) -> str:
    url = f"sqlite:///{path.as_posix()}"
    app = fixed_clock(open_store(url))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    code = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 10))["quota"])
    for serial in range(1, workers + 1):
        nik = app.workers.register_worker(admin, **worker_fields(serial))["nik"]
        enrol_from(app, admin, nik, code, "2026-02-01")
    models = open_read_models(app.application)
    models.catch_up()
    models.close()
    app.close()
    return url


def _stats(capsys: pytest.CaptureFixture[str], url: str) -> dict[str, object]:
    status, stats = run_console(capsys, "--store", url, "--user", "admin", "stats")
    assert status == 0
    return stats


def test_a_doctored_read_model_is_caught_naming_table_and_row(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    monkeypatch.setenv("BERJASA_USER", "admin")  # backup and restore: an admin's (#23)
    path = tmp_path / "s.db"
    url = _store(path)
    status, result = run_console(capsys, "--store", url, "audit", "verify")
    assert status == 0 and result["read_models_intact"] is True
    assert result["read_models"]["tables"] >= 10  # every derived table compared
    before = _stats(capsys, url)
    doctored = sqlite3.connect(str(read_models_path(path)), isolation_level=None)
    doctored.execute("UPDATE rm_quota SET seats = 900")
    doctored.close()
    assert _stats(capsys, url) != before  # what reports and stats print changed...
    status, result = run_console(capsys, "--store", url, "audit", "verify")
    models = result["read_models"]
    assert (status, result["intact"], result["read_models_intact"]) == (3, True, False)
    assert (models["table"], models["problem"]) == ("rm_quota", "extra")
    assert models["row"]["code"] == "KU-2026-01" and models["row"]["seats"] == "900"
    assert "rm_quota" in models["message"]


def test_verify_read_models_in_process_finds_a_deleted_row(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    url = _store(path)
    doctored = sqlite3.connect(str(read_models_path(path)), isolation_level=None)
    worker = doctored.execute("SELECT worker_id FROM rm_member ORDER BY nik").fetchone()[0]
    doctored.execute("DELETE FROM rm_member WHERE worker_id = ?", (worker,))
    doctored.close()
    app = open_store(url)
    try:
        result = verify_read_models(app.application)
    finally:
        app.close()
    assert (result.intact, result.table, result.problem) == (False, "rm_member", "missing")
    assert result.row is not None and result.row["worker_id"] == worker


def test_restore_force_rebuilds_the_read_models_of_the_store_it_writes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    monkeypatch.setenv("BERJASA_USER", "admin")  # backup and restore: an admin's (#23)
    path = tmp_path / "s.db"
    url = _store(path, workers=2)
    backup = tmp_path / "cadangan.db"
    assert run_console(capsys, "--store", url, "backup", str(backup))[0] == 0
    app = fixed_clock(open_store(url))
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    for serial in (3, 4, 5):
        app.workers.register_worker(admin, **worker_fields(serial))
    app.close()
    assert _stats(capsys, url)["registered_workers"] == 5
    status, restored = run_console(capsys, "--store", url, "restore", str(backup), "--force")
    assert status == 0 and restored["read_models"] == "rebuilt"
    assert _stats(capsys, url)["registered_workers"] == 2  # not the newer read models' 5
    status, projections = run_console(capsys, "--store", url, "--user", "admin",
                                       "projections", "status")
    assert status == 0
    assert all(m["behind"] >= 0 and not m["ahead"] for m in projections["models"])
    status, result = run_console(capsys, "--store", url, "audit", "verify")
    assert status == 0 and result["read_models_intact"] is True


def _doctor(path: Path, sql: str, *params: object) -> None:
    doctored = sqlite3.connect(str(read_models_path(path)), isolation_level=None)
    doctored.execute(sql, params)
    doctored.close()


def test_the_recorded_digest_names_a_doctored_table_before_the_replay(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The runner's digest (projections.digest) is compared first: the edited table is
    said at once on stderr, then the replay names the row (exit 3)."""
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    path = tmp_path / "s.db"
    url = _store(path)
    status, result = run_console(capsys, "--store", url, "audit", "verify")
    digest = result["read_models"]["digest"]
    assert status == 0 and (digest["recorded"], digest["intact"]) == (True, True)
    assert digest["rows"] > 0 and digest["tables"] == []
    _doctor(path, "UPDATE rm_member SET name = 'Bukan Dia' WHERE rowid = 1")
    from desktop.console.main import main

    capsys.readouterr()
    status = main(["--store", url, "audit", "verify", "--json"])
    captured = capsys.readouterr()
    assert status == 3
    models = json.loads(captured.out)["read_models"]
    assert models["digest"]["tables"] == ["rm_member"] and models["digest"]["intact"] is False
    assert (models["table"], models["problem"]) == ("rm_member", "extra")
    assert "rm_member" in captured.err and "diputar ulang" in captured.err
    # Rebuilt, the read models and their digest agree with the log again.
    assert run_console(capsys, "--store", url, "--user", "admin", "projections",
                       "rebuild")[0] == 0
    status, result = run_console(capsys, "--store", url, "audit", "verify")
    assert status == 0 and result["read_models"]["digest"]["intact"] is True


def test_an_edited_digest_alone_fails_verify_as_such(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.db"
    url = _store(path)
    doctored = sqlite3.connect(str(read_models_path(path)), isolation_level=None)
    body = json.loads(doctored.execute(
        "SELECT value FROM rm_meta WHERE key = 'digest'").fetchone()[0])
    body["tables"]["rm_quota"] = "1"
    doctored.execute("UPDATE rm_meta SET value = ? WHERE key = 'digest'", (json.dumps(body),))
    doctored.close()
    status, result = run_console(capsys, "--store", url, "audit", "verify")
    models = result["read_models"]
    assert status == 3 and (models["table"], models["problem"]) == ("rm_quota", "digest")
    assert "sidik" in models["message"]


def test_read_models_made_before_the_digest_get_one_from_the_next_events(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Read models written by an older version hold no digest: verify says so (and still
    replays); the next batch the runner applies digests every row."""
    path = tmp_path / "s.db"
    url = _store(path)
    _doctor(path, "DELETE FROM rm_meta WHERE key = 'digest'")
    status, result = run_console(capsys, "--store", url, "audit", "verify")
    assert status == 0 and result["read_models"]["digest"]["recorded"] is False
    app = fixed_clock(open_store(url))
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    app.workers.register_worker(admin, **worker_fields(9))
    app.close()
    status, result = run_console(capsys, "--store", url, "audit", "verify")
    digest = result["read_models"]["digest"]
    assert status == 0 and (digest["recorded"], digest["intact"]) == (True, True)


def test_the_digest_on_each_kind_of_store(app: Berjasa, admin: Session) -> None:
    """The same sums from PostgreSQL's values as from SQLite's (BIGINT, TEXT, NULL)."""
    code = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 10))["quota"])
    for serial in (1, 2):
        nik = app.workers.register_worker(admin, **worker_fields(serial))["nik"]
        enrol_from(app, admin, nik, code, "2026-02-01")
    models = open_read_models(app.application)
    try:
        models.catch_up()
        assert check_digest(models.database).intact is True
        with models.database.batch() as writer:
            writer.execute("UPDATE rm_enrolment SET covered_to = '2099-12-31'")
        found = check_digest(models.database)
        assert (found.intact, found.tables) == (False, ["rm_enrolment"])
        assert verify_read_models(app.application, models).table == "rm_enrolment"
    finally:
        models.close()
