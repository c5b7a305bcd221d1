"""`berjasa-admin stats`, `projections status` and `projections rebuild` on a SQLite store."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from desktop.console.main import main
from domain.services.session import Session
from tests.conftest import PASSWORD, enrol_from
from tests.factories import worker_fields
from tests.opening import confirmed


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{(tmp_path / 'kantor.db').as_posix()}"
    app = open_store(url)
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    app.close()
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    return url


def _run(capsys: pytest.CaptureFixture[str], store: str, *args: str) -> dict[str, Any]:
    assert main(["--store", store, "--user", "admin", *args, "--json"]) == 0
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    return result


def _enrol_workers(store: str, serials: range) -> None:
    app = open_store(store)
    admin = Session("admin", "admin", "uji-01")
    quota = confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 10))["quota"]
    for serial in serials:
        nik = app.workers.register_worker(admin, **worker_fields(serial))["nik"]
        enrol_from(app, admin, nik, quota, start="2026-01-01")
    app.close()


def test_stats_as_of_answers_what_stats_said_then(
    store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _enrol_workers(store, range(1, 3))
    then = _run(capsys, store, "stats", "--on", "2026-06-30")
    moment = datetime.now(UTC).isoformat()
    _enrol_workers(store, range(3, 6))
    now = _run(capsys, store, "stats", "--on", "2026-06-30")
    assert (then["active_members"], now["active_members"]) == (2, 5)
    replayed = _run(capsys, store, "stats", "--as-of", moment, "--on", "2026-06-30")
    assert replayed.pop("as_of") == moment
    assert replayed == then
    assert then["position"] < now["position"]


def test_stats_keys(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    _enrol_workers(store, range(1, 2))
    stats = _run(capsys, store, "stats", "--on", "2026-03-01")
    for key in ("active_members", "by_programme", "by_kecamatan", "quotas", "claims", "mous",
                "position"):
        assert key in stats
    assert set(stats["quotas"][0]) >= {"quota", "year", "programmes", "seats", "used"}


def test_status_and_rebuild(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    _enrol_workers(store, range(1, 4))
    status = _run(capsys, store, "projections", "status")
    assert all(m["position"] == status["head"] and m["behind"] == 0 for m in status["models"])
    assert main(["--store", store, "--user", "admin", "projections", "rebuild", "--json"]) == 0
    captured = capsys.readouterr()
    rebuilt = json.loads(captured.out)
    assert rebuilt["rebuilt"] == rebuilt["head"] == status["head"]
    assert "membangun ulang" in captured.err  # plain progress lines when not a terminal


def test_bad_as_of_is_refused_with_a_message(
    store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--store", store, "--user", "admin", "stats", "--as-of", "kemarin"]) == 1
    assert "kemarin" in capsys.readouterr().err


def test_stats_far_behind_shows_its_catch_up(store: str, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from projections import runner

    _enrol_workers(store, range(1, 4))
    monkeypatch.setattr(runner, "BULK_AFTER_BATCHES", 0)  # any lag is "far behind" here
    assert main(["--store", store, "--user", "admin", "stats", "--json"]) == 0
    captured = capsys.readouterr()
    head = json.loads(captured.out)["position"]
    lines = captured.err.splitlines()
    assert lines[0] == f"mengejar log: 0/{head} peristiwa (0%)"
    assert lines[-1] == f"mengejar log: {head}/{head} peristiwa (100%)"
    assert main(["--store", store, "--user", "admin", "stats", "--json"]) == 0
    assert capsys.readouterr().err == ""  # caught up: nothing to show
