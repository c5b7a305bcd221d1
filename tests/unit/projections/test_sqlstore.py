"""The SQL adapter's dialect: one text for SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3

import pytest

from projections.sqlstore import Database


def test_placeholders_and_modulo_in_postgresql_text() -> None:
    database = Database(None, None, "postgresql")
    assert database.sql("SELECT 1 WHERE position % ? <> 0 AND a = ?") == (
        "SELECT 1 WHERE position %% %s <> 0 AND a = %s")
    assert Database(None, None, "sqlite").sql("position % ? <> 0") == "position % ? <> 0"


class _Connection:
    """A SQLite connection's transaction calls, its commit failing when told to."""

    def __init__(self, fail: bool) -> None:
        self.fail = fail
        self.calls: list[str] = []

    def execute(self, text: str) -> None:
        self.calls.append(text)

    def cursor(self) -> None:
        return None

    def commit(self) -> None:
        self.calls.append("commit")
        if self.fail:
            raise sqlite3.OperationalError("disk I/O error")

    def rollback(self) -> None:
        self.calls.append("rollback")


def test_work_runs_while_the_batch_commits() -> None:
    connection = _Connection(fail=False)
    ran: list[str] = []
    with Database(connection, connection, "sqlite").batch(lambda: ran.append("read")):
        pass
    assert ran == ["read"]
    assert connection.calls == ["BEGIN IMMEDIATE", "commit"]


def test_a_failed_commit_beside_the_work_is_rolled_back_and_raised() -> None:
    connection = _Connection(fail=True)
    ran: list[str] = []
    database = Database(connection, connection, "sqlite")
    with (pytest.raises(sqlite3.OperationalError, match="disk I/O error"),
          database.batch(lambda: ran.append("read"))):
        pass
    assert ran == ["read"]  # the work still ran (and its result is left unused)
    assert connection.calls == ["BEGIN IMMEDIATE", "commit", "rollback"]
