"""A runner process killed inside a batch transaction resumes to the same state."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from berjasa.bootstrap import open_store
from domain.services.session import Session
from projections.runner import Runner
from projections.schema import INDEXES, TABLES
from projections.sqlstore import Database, open_sqlite_memory, read_models_path
from tests.conftest import PASSWORD, enrol_from, fixed_clock
from tests.factories import worker_fields
from tests.opening import confirmed

ROOT = Path(__file__).resolve().parents[2]  # `python -m tests.paused` runs here
BATCH = 40
PAUSE_AT = 100  # inside the third batch (81..120): two batches committed, one open


def _history(url: str) -> int:
    app = fixed_clock(open_store(url))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = Session("admin", "admin", "uji-01")
    quota = confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 100))["quota"]
    for serial in range(1, 41):
        nik = app.workers.register_worker(admin, **worker_fields(serial))["nik"]
        enrol_from(app, admin, nik, quota, start="2026-02-01")
    head = app.application.head_position()
    app.close()
    return head


def _runner(url: str, pause_after: int = 0) -> subprocess.Popen[str]:
    """`python -m projections`; with `pause_after`, through `tests.paused`."""
    command = (["-m", "tests.paused", "projections", str(pause_after)] if pause_after
               else ["-m", "projections"])
    return subprocess.Popen(
        [sys.executable, *command, url, "--batch", str(BATCH)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )


def _dump(query: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {name: [tuple(r) for r in query(f"SELECT * FROM {name} ORDER BY 1, 2")]
            for name in TABLES if name != "rm_meta"}


def test_killed_runner_resumes_to_the_uninterrupted_state(tmp_path: Path) -> None:
    store = tmp_path / "kantor.db"
    url = f"sqlite:///{store.as_posix()}"
    head = _history(url)
    assert head > PAUSE_AT + BATCH

    paused = _runner(url, pause_after=PAUSE_AT)
    assert paused.stdout is not None
    assert paused.stdout.readline().split() == ["projections-paused", str(PAUSE_AT)]
    paused.kill()  # a real kill while the third batch's transaction is open
    paused.wait()

    with sqlite3.connect(read_models_path(store)) as models:
        committed = models.execute("SELECT MIN(position), MAX(position) FROM rm_tracking")
        assert committed.fetchone() == (2 * BATCH, 2 * BATCH)
        assert models.execute("SELECT COUNT(*) FROM rm_audit").fetchone() == (2 * BATCH,)

    resumed = _runner(url)
    output, _ = resumed.communicate()
    assert resumed.returncode == 0
    assert output.split() == ["caught-up", str(head)]

    app = open_store(url)
    reference: Database = open_sqlite_memory()
    Runner(app.application, reference).catch_up()  # uninterrupted, in one go
    with sqlite3.connect(read_models_path(store)) as models:
        assert _dump(lambda sql: models.execute(sql).fetchall()) == _dump(reference.query)
        # Killed in a bulk catch-up (indexes dropped, coverage owed): both made again.
        indexes = models.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        assert set(INDEXES) <= {name for name, in indexes}
        owed = models.execute("SELECT 1 FROM rm_meta WHERE key = 'coverage_pending'")
        assert owed.fetchall() == []
    reference.close()
    app.close()


def test_two_runners_on_one_store_apply_each_event_once(tmp_path: Path) -> None:
    store = tmp_path / "kantor.db"
    url = f"sqlite:///{store.as_posix()}"
    head = _history(url)
    first, second = _runner(url), _runner(url)
    outputs = [p.communicate()[0].split() for p in (first, second)]
    assert outputs == [["caught-up", str(head)]] * 2
    with sqlite3.connect(read_models_path(store)) as models:
        positions = [r[0] for r in models.execute("SELECT position FROM rm_audit ORDER BY 1")]
    assert positions == list(range(1, head + 1))


