"""Helpers shared by the security tests: a populated SQLite store and raw-file access."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from domain.services.app import Berjasa
from tests.conftest import PASSWORD, fixed_clock
from tests.factories import worker_fields


def populated_store(path: Path, workers: int = 3) -> Berjasa:
    """A SQLite store with an admin and a few registered workers (about a dozen events)."""
    app = fixed_clock(open_store(f"sqlite:///{path.as_posix()}"))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    for serial in range(1, workers + 1):
        app.workers.register_worker(admin, **worker_fields(serial, name=f"Siti Rahmawati {serial}"))
    return app


def raw(path: Path) -> sqlite3.Connection:
    """A connection behind the application's back, as an attacker with the file has."""
    return sqlite3.connect(str(path), isolation_level=None)


def table_dump(path: Path) -> list[tuple[object, ...]]:
    """Every event and link, to prove a refused command wrote nothing."""
    connection = raw(path)
    try:
        events = connection.execute("SELECT rowid, * FROM stored_events ORDER BY rowid")
        links = connection.execute("SELECT * FROM berjasa_chain ORDER BY position")
        return [*events.fetchall(), *links.fetchall()]
    finally:
        connection.close()


def run_console(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    """`berjasa-admin ARGV --json` in process: its exit status and its JSON answer."""
    from desktop.console.main import main

    capsys.readouterr()
    status = main([*argv, "--json"])
    out = capsys.readouterr().out
    return status, json.loads(out) if out.strip() else {}
