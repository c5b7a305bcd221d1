"""A restart of the PostgreSQL server while a workstation writes loses no committed event.

The server restarted is a private one, made for this test in a temporary folder: the
machine's server (127.0.0.1:5432) is shared by every test run and benchmark on the
machine, and restarting it cut their connections ("the database system is shutting
down": a concurrent run's PostgreSQL tests failed, and passed on re-run)."""

from __future__ import annotations

import multiprocessing
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from tests import pg_test
from tests.conftest import PASSWORD, fixed_clock
from tests.integration.clerks import register_until_stopped

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
BEFORE, AFTER, DEADLINE = 25, 25, 120
SCHEMA = "uji_restart"


def server_programs() -> Path:
    """The folder of the newest installed PostgreSQL's initdb and pg_ctl."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if not found:
        pytest.skip("no PostgreSQL server programs (initdb) under /usr/lib/postgresql")
    return found[-1].parent


def as_postgres(*command: str | Path) -> list[str]:
    """`command` as the `postgres` system user (the server refuses to run as root)."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *map(str, command)]
    return list(map(str, command))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def private_server() -> Iterator[tuple[str, list[str]]]:
    """A PostgreSQL server of this test's own: (its store URL, the command restarting it)."""
    programs = server_programs()
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("no `postgres` system user to run a private server as root")
        if not shutil.which("runuser"):
            pytest.skip("runuser is needed to start a server as `postgres`")
    folder = Path(tempfile.mkdtemp(prefix="berjasa-pg-"))
    if os.geteuid() == 0:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    data, port = folder / "data", free_port()
    pg_ctl = [programs / "pg_ctl", "-D", data, "-w", "-t", str(DEADLINE), "-l", folder / "log",
              "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"]
    try:
        subprocess.run(as_postgres(programs / "initdb", "-D", data, "-U", "postgres",
                                   "--auth=trust", "-E", "UTF8", "--no-sync"),
                       check=True, capture_output=True, timeout=DEADLINE)
        subprocess.run(as_postgres(*pg_ctl, "start"), check=True, capture_output=True,
                       timeout=DEADLINE)
        url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        with pg_test.admin_connection(url) as conn:
            conn.execute(f"CREATE SCHEMA {SCHEMA}")
        yield (url, as_postgres(*pg_ctl, "-m", "fast", "restart"))
    finally:
        subprocess.run(as_postgres(programs / "pg_ctl", "-D", data, "-m", "immediate", "stop"),
                       capture_output=True, timeout=DEADLINE, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def started_at(url: str) -> Any:
    with pg_test.admin_connection(url) as conn:
        row = conn.execute("SELECT pg_postmaster_start_time()").fetchone()
    assert row is not None
    return row[0]


def wait_for_commits(acks: Any, count: int, seen: list[tuple[str, str, int]]) -> None:
    committed = 0
    while committed < count:
        ack = acks.get(timeout=DEADLINE)
        seen.append(ack)
        committed += ack[0] == "committed"


def test_restart_during_writes_keeps_every_acknowledged_command(
    private_server: tuple[str, list[str]]
) -> None:
    url, restart = private_server
    env = {"POSTGRES_SCHEMA": SCHEMA, **pg_test.TEST_POOL}
    app = fixed_clock(open_store(url, extra_env=env))
    app.users.initialise_store("admin", PASSWORD, "server")
    admin = app.users.sign_in("admin", PASSWORD, "server")
    app.users.add_user(admin, "ani", "operator", PASSWORD)
    context = multiprocessing.get_context("spawn")
    stop, acks = context.Event(), context.Queue()
    writer = context.Process(target=register_until_stopped, args=(url, env, stop, acks))
    writer.start()
    seen: list[tuple[str, str, int]] = []
    first_start = started_at(url)
    try:
        wait_for_commits(acks, BEFORE, seen)
        subprocess.run(restart, check=True, capture_output=True, timeout=DEADLINE)
        wait_for_commits(acks, AFTER, seen)  # the writer reconnected by itself
    finally:
        stop.set()
        while not seen or seen[-1][0] != "done":
            seen.append(acks.get(timeout=DEADLINE))
        writer.join(timeout=DEADLINE)

    assert started_at(url) > first_start  # the server did restart
    reopened = fixed_clock(open_store(url, extra_env=env))
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
