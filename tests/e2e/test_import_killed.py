"""`berjasa-admin import` killed inside a batch's transaction, with its reader process
running: whole batches stay, the reader process does not outlive it, and the same
command run again completes the import without enrolling anyone twice."""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from domain.services.session import Session
from importer import checking
from infra.audit import verify_chain
from tests.conftest import PASSWORD, fixed_clock
from tests.opening import confirmed
from tests.unit.importer.helpers import worker_row, write_xlsx

ROOT = Path(__file__).resolve().parents[2]  # `python -m tests.paused` runs here
ROWS = checking.SECOND_PROCESS_MIN_ROWS + 500  # large enough for the reader process
BATCH = 500
PAUSED_SAVE = 4  # inside the fourth save's transaction: at least two batches before it

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="finds the reader process through /proc")


def _store_with_quota(url: str) -> str:
    app = fixed_clock(open_store(url))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    quota = str(confirmed(app, app.quotas.open_quota(Session("admin", "admin", "uji-01"), 2026,
                                                     "JKK,JKM",
                               2 * ROWS))["quota"])
    app.close()
    return quota


def _import(url: str, data: Path, quota: str, pause_in_save: int = 0
            ) -> subprocess.Popen[str]:
    """`berjasa-admin import`; with `pause_in_save`, through `tests.paused`."""
    command = (["-m", "tests.paused", "save", str(pause_in_save)] if pause_in_save
               else ["-m", "desktop.console.main"])
    return subprocess.Popen(
        [sys.executable, *command, "--store", url, "--user", "admin",
         "import", str(data), "--quota", quota, "--from", "2026-02-01",
         "--retroactive", "--reason", "Migrasi roster",  # backdated on purpose (issue 16)
         "--batch-size", str(BATCH), "--json"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "BERJASA_PASSWORD": PASSWORD, "PYTHONIOENCODING": "utf-8"},
    )


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # ended meanwhile
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _ends_within(pid: int, seconds: float) -> bool:
    """Waits on the process itself (a pidfd), not on a clock."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = select.select([handle], [], [], seconds)
        return bool(readable)
    finally:
        os.close(handle)


def test_killed_import_keeps_whole_batches_and_completes_when_run_again(
    tmp_path: Path
) -> None:
    store = tmp_path / "kantor.db"
    url = f"sqlite:///{store.as_posix()}"
    quota = _store_with_quota(url)
    rows = [worker_row(serial) for serial in range(1, ROWS + 1)]
    # A spreadsheet: a large one is read by the reader process (a CSV is read in process).
    data = write_xlsx(tmp_path / "daftar.xlsx", rows)

    paused = _import(url, data, quota, pause_in_save=PAUSED_SAVE)
    assert paused.stdout is not None
    line = paused.stdout.readline()
    assert line.split() == ["save-paused", str(PAUSED_SAVE)], paused.communicate()[1]
    readers = _children(paused.pid)
    assert readers, "the import should have its reader process"
    paused.kill()  # a real kill while a batch's events are written and not committed
    paused.wait()
    try:
        assert all(_ends_within(reader, 30) for reader in readers)
    finally:
        for reader in readers:  # should the check fail, leave nothing behind
            with contextlib.suppress(ProcessLookupError):
                os.kill(reader, signal.SIGKILL)
        for stream in (paused.stdin, paused.stdout, paused.stderr):
            if stream is not None:
                stream.close()

    app = open_store(url)
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    used = app.quotas.get_quota(admin, quota)["used"]
    assert 0 < used < ROWS and used % BATCH == 0  # whole batches only
    assert verify_chain(app).intact
    app.close()

    again = _import(url, data, quota)
    output, errors = again.communicate()
    assert again.returncode == 0, errors
    result = json.loads(output.strip().splitlines()[-1])
    assert (result["rows"], result["enrolled"], result["duplicates"]) == (
        ROWS, ROWS - used, used)
    app = open_store(url)
    assert app.quotas.get_quota(app.users.sign_in("admin", PASSWORD, "uji-01"),
                                quota)["used"] == ROWS
    assert verify_chain(app).intact
    app.close()
