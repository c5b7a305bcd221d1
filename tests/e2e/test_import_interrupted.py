"""Issue 22: `berjasa-admin import` stopped with Ctrl+C (a real SIGINT to its process
group, as a terminal sends it, reader process included) after its first batch was
committed: whole batches stay, the message says how many, and the same command run again
finishes the import without enrolling anyone twice."""

from __future__ import annotations

import json
import os
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
BATCHES = -(-ROWS // BATCH)

# Windows delivers Ctrl+C as CTRL_C_EVENT to a console group, which a test cannot send to
# a child alone; the handler is the same (Python maps it to SIGINT).
pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="sends SIGINT to a POSIX process group")


def _store_with_quota(url: str) -> str:
    app = fixed_clock(open_store(url))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    quota = str(confirmed(app, app.quotas.open_quota(Session("admin", "admin", "uji-01"), 2026,
                                                     "JKK,JKM", 2 * ROWS))["quota"])
    app.close()
    return quota


def _import(url: str, data: Path, quota: str, *command: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *(command or ("-m", "desktop.console.main")), "--store", url,
         "--user", "admin", "import", str(data), "--quota", quota, "--from", "2026-02-01",
         "--retroactive", "--reason", "Migrasi roster",  # any day the tests run on
         "--batch-size", str(BATCH), "--json"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, start_new_session=True,  # its own process group, as a terminal's job
        env={**os.environ, "BERJASA_PASSWORD": PASSWORD, "PYTHONIOENCODING": "utf-8",
             "BERJASA_LANG": "id"},
    )


def _used(url: str, quota: str) -> int:
    app = open_store(url)
    try:
        assert verify_chain(app).intact
        return int(app.quotas.get_quota(app.users.sign_in("admin", PASSWORD, "uji-01"),
                                        quota)["used"])
    finally:
        app.close()


def test_ctrl_c_keeps_whole_batches_and_says_how_many(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'kantor.db').as_posix()}"
    quota = _store_with_quota(url)
    # A spreadsheet: a large one is read by the reader process, which gets Ctrl+C too.
    data = write_xlsx(tmp_path / "daftar.xlsx", [worker_row(s) for s in range(1, ROWS + 1)])

    paused = _import(url, data, quota, "-m", "tests.paused", "batch", "1")
    assert paused.stdout is not None and paused.stdin is not None
    line = paused.stdout.readline()
    assert line.split() == ["batch-saved", "1"], paused.communicate()[1]
    os.killpg(paused.pid, signal.SIGINT)  # Ctrl+C: to the whole group, after batch 1
    output, errors = paused.communicate("go\n", timeout=120)  # then let it go on

    assert paused.returncode == 1, errors
    assert "Traceback" not in errors and "KeyboardInterrupt" not in errors, errors
    refusal = json.loads(output.strip().splitlines()[-1])
    assert refusal["error"] == "import.cancelled"
    kept = f"1 dari {BATCHES} batch ({BATCH} baris) tersimpan utuh"
    assert kept in refusal["message"] and kept in errors, errors
    assert "Ctrl+C" in errors  # the first press says what it will do
    assert _used(url, quota) == BATCH  # exactly the committed batch, nothing of the next

    again = _import(url, data, quota)
    output, errors = again.communicate(timeout=300)
    assert again.returncode == 0, errors
    result = json.loads(output.strip().splitlines()[-1])
    assert (result["rows"], result["enrolled"], result["duplicates"]) == (
        ROWS, ROWS - BATCH, BATCH)
    assert _used(url, quota) == ROWS
