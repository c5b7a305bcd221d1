"""A `migrate` and a PostgreSQL `backup` killed half way (a real SIGKILL inside a page's
transaction, issue 22): the partial copy never passes for the whole history. The killed
backup leaves no file under the backup's name, and its partial file fails `audit verify`
and `restore`; the killed migration's target is marked incomplete, refuses to open, and
the same command run again resumes it to an exact, verified copy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, POSTGRES_URL
from tests.demo_stores import built_once, copied
from tests.e2e.test_migrate import history, run

pytestmark = pytest.mark.postgres
PAUSED_SAVE = 2  # the copy's second page: one page (500 events) committed before it


@pytest.fixture(scope="module")
def built_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_once(tmp_path_factory, 150, PASSWORD)


@pytest.fixture
def demo_store(built_demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A demo history of more than one page of the copy (about 800 events): this test's
    own copy of the module's demo store."""
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    monkeypatch.setenv("BERJASA_NEW_PASSWORD", PASSWORD)
    url = copied(built_demo, tmp_path / "kantor.db")
    assert len(history(url)) > 500
    return url


ROOT = Path(__file__).resolve().parents[2]  # `python -m tests.paused` runs here


def _killed(store: str, *argv: str, env: dict[str, str], pause: str) -> None:
    """Run `berjasa-admin` until it pauses inside the copy's second page, then kill it."""
    paused = subprocess.Popen(
        [sys.executable, "-m", "tests.paused", pause, str(PAUSED_SAVE), "--store", store,
         "--user", "admin", *argv, "--json"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=ROOT, env={**os.environ, **env, "BERJASA_PASSWORD": PASSWORD})
    assert paused.stdout is not None
    try:
        line = paused.stdout.readline()
        assert line.split() == ["save-paused", str(PAUSED_SAVE)], paused.communicate()[1]
    finally:
        paused.kill()  # a real kill: the page's events are written, not committed
        paused.communicate()


def test_killed_migration_is_marked_incomplete_and_resumes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        demo_store: str, postgres_schema: dict[str, str]) -> None:
    for name, value in postgres_schema.items():
        monkeypatch.setenv(name, value)
    _killed(demo_store, "migrate", "--to", POSTGRES_URL, env=dict(postgres_schema),
            pause="server-save")
    status, verdict = run(capsys, POSTGRES_URL, "audit", "verify")
    assert (status, verdict["problem"], verdict["first_broken"]) == (3, "incomplete", 501)
    status, refused = run(capsys, POSTGRES_URL, "stats")
    assert (status, refused["error"]) == (1, "store.copy_incomplete")
    status, moved = run(capsys, demo_store, "migrate", "--to", POSTGRES_URL)
    assert status == 0, moved
    assert moved["resumed_after"] == 500 and moved["stats_equal"] is True
    assert history(POSTGRES_URL) == history(demo_store)
    status, verdict = run(capsys, POSTGRES_URL, "audit", "verify")
    assert status == 0 and verdict["checked"] == len(history(demo_store))


def test_killed_postgres_backup_leaves_nothing_that_passes_for_a_backup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        demo_store: str, postgres_schema: dict[str, str]) -> None:
    for name, value in postgres_schema.items():
        monkeypatch.setenv(name, value)
    assert run(capsys, demo_store, "migrate", "--to", POSTGRES_URL)[0] == 0
    target = tmp_path / "cadangan.db"
    _killed(POSTGRES_URL, "backup", str(target), env=dict(postgres_schema), pause="save")
    partial = target.with_name(target.name + ".partial")
    assert not target.exists() and partial.exists()
    for suffix in ("", "-wal", "-shm"):  # even renamed by hand, it cannot pass for a backup
        moved = partial.with_name(partial.name + suffix)
        if moved.exists():
            moved.rename(target.with_name(target.name + suffix))
    status, verdict = run(capsys, f"sqlite:///{target.as_posix()}", "audit", "verify")
    assert (status, verdict["problem"]) == (3, "incomplete")
    with pytest.MonkeyPatch.context() as other:
        other.setenv("POSTGRES_SCHEMA", postgres_schema["POSTGRES_SCHEMA"] + "_x")
        status, refused = run(capsys, POSTGRES_URL, "restore", str(target))
    assert (status, refused["error"]) == (1, "backup.restored_broken")
    for suffix in ("", "-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    status, done = run(capsys, POSTGRES_URL, "backup", str(target))
    assert status == 0 and done["verified"] is True
    assert not partial.exists()
    # The server then records the backup (issue 23): the one event the copy lacks.
    server = history(POSTGRES_URL)
    assert history(f"sqlite:///{target.as_posix()}") == server[:-1]
    assert b"Pencadangan" in server[-1][1]
