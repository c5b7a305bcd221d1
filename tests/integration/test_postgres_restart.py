"""A restart of the PostgreSQL server while a workstation writes loses no committed event."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from tests.conftest import PASSWORD, POSTGRES_URL, fixed_clock
from tests.integration.clerks import register_until_stopped

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
BEFORE, AFTER, DEADLINE = 25, 25, 120


def restart_command() -> list[str]:
    clusters = sorted(p.name for p in Path("/etc/postgresql").glob("*") if p.is_dir())
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("pg_ctlcluster"):
        pytest.skip("restarting PostgreSQL needs root and pg_ctlcluster on this machine")
    if not clusters:
        pytest.skip("no local PostgreSQL cluster under /etc/postgresql to restart")
    return ["pg_ctlcluster", "--skip-systemctl-redirect", clusters[-1], "main", "restart"]


def wait_for_commits(acks: Any, count: int, seen: list[tuple[str, str, int]]) -> None:
    committed = 0
    while committed < count:
        ack = acks.get(timeout=DEADLINE)
        seen.append(ack)
        committed += ack[0] == "committed"


def test_restart_during_writes_keeps_every_acknowledged_command(
    postgres_schema: dict[str, str]
) -> None:
    command = restart_command()
    app = fixed_clock(open_store(POSTGRES_URL, extra_env=postgres_schema))
    app.users.initialise_store("admin", PASSWORD, "server")
    admin = app.users.sign_in("admin", PASSWORD, "server")
    app.users.add_user(admin, "ani", "operator", PASSWORD)
    context = multiprocessing.get_context("spawn")
    stop, acks = context.Event(), context.Queue()
    writer = context.Process(target=register_until_stopped,
                             args=(POSTGRES_URL, postgres_schema, stop, acks))
    writer.start()
    seen: list[tuple[str, str, int]] = []
    try:
        wait_for_commits(acks, BEFORE, seen)
        subprocess.run(command, check=True, capture_output=True, timeout=DEADLINE)
        wait_for_commits(acks, AFTER, seen)  # the writer reconnected by itself
    finally:
        stop.set()
        while not seen or seen[-1][0] != "done":
            seen.append(acks.get(timeout=DEADLINE))
        writer.join(timeout=DEADLINE)

    reopened = fixed_clock(open_store(POSTGRES_URL, extra_env=postgres_schema))
    committed = [nik for kind, nik, _ in seen if kind == "committed"]
    refusals = {code for kind, code, _ in seen if kind == "refused"}
    assert refusals <= {"store.offline"}
    assert len(committed) >= BEFORE + AFTER
    for nik in committed:
        assert reopened.workers.get_worker(admin, nik)["nik"] == nik
    positions = [n.id for n in reopened.application.recorder.select_notifications(1, 100_000)]
    assert positions == list(range(1, len(positions) + 1))
    app.close()
    reopened.close()
