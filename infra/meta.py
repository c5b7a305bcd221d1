"""A store's own small metadata table `berjasa_meta` (name → value), kept unencrypted
beside the events: the store id, whether the events are encrypted, and the key check.

It is read before the application opens, so a missing or wrong key is refused before
anything is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from domain.errors import StoreError

META_TABLE = "berjasa_meta"
SQLITE_EVENTS = "stored_events"
POSTGRES_EVENTS = "berjasa_events"


class MetaTable(Protocol):
    def read(self) -> dict[str, str]: ...

    def initialise(self, values: Mapping[str, str]) -> dict[str, str]: ...

    def has_events(self) -> bool: ...


class SQLiteMeta:
    def __init__(self, path: Path, timeout: float = 30) -> None:
        self.path, self.timeout = path, timeout

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(str(self.path), timeout=self.timeout, isolation_level=None)

    def _exists(self, connection: sqlite3.Connection, table: str) -> bool:
        row = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()
        return row is not None

    def read(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        connection = self._connect()
        try:
            if not self._exists(connection, META_TABLE):
                return {}
            return dict(connection.execute(f"SELECT name, value FROM {META_TABLE}").fetchall())
        finally:
            connection.close()

    def initialise(self, values: Mapping[str, str]) -> dict[str, str]:
        """Write `values` unless another process initialised the store first."""
        connection = self._connect()
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(f"CREATE TABLE IF NOT EXISTS {META_TABLE} "
                               "(name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            connection.executemany(
                f"INSERT OR IGNORE INTO {META_TABLE} (name, value) VALUES (?, ?)",
                list(values.items()))
            connection.execute("COMMIT")
        finally:
            connection.close()
        return self.read()

    def has_events(self) -> bool:
        if not self.path.exists():
            return False
        connection = self._connect()
        try:
            return self._exists(connection, SQLITE_EVENTS) and connection.execute(
                f"SELECT 1 FROM {SQLITE_EVENTS} LIMIT 1").fetchone() is not None
        finally:
            connection.close()


class PostgresMeta:
    def __init__(self, env: Mapping[str, str]) -> None:
        self.env = env
        self.schema = (env.get("POSTGRES_SCHEMA") or "").strip() or "public"

    def _connect(self) -> Any:
        import psycopg

        env = self.env
        try:
            return psycopg.connect(
                host=env.get("POSTGRES_HOST", ""), port=int(env.get("POSTGRES_PORT") or 5432),
                user=env.get("POSTGRES_USER", ""),
                password=env.get("POSTGRES_PASSWORD") or None,
                dbname=env.get("POSTGRES_DBNAME", ""),
                connect_timeout=int(env.get("POSTGRES_CONNECT_TIMEOUT") or 10),
                autocommit=True,
            )
        except psycopg.OperationalError as error:
            # An unreachable server is the office's everyday failure, not a crash.
            label = (f"postgresql://{env.get('POSTGRES_HOST', '')}:"
                     f"{env.get('POSTGRES_PORT') or 5432}/{env.get('POSTGRES_DBNAME', '')}")
            raise StoreError("store.offline", store=label,
                             detail=str(error).splitlines()[0]) from None

    def _table(self, name: str) -> Any:
        from psycopg.sql import Identifier

        return Identifier(self.schema, name)

    def _exists(self, connection: Any, table: str) -> bool:
        row = connection.execute("SELECT to_regclass(%s)",
                                 (f'"{self.schema}"."{table}"',)).fetchone()
        return row is not None and row[0] is not None

    def read(self) -> dict[str, str]:
        from psycopg.sql import SQL

        with self._connect() as connection:
            if not self._exists(connection, META_TABLE):
                return {}
            rows = connection.execute(SQL("SELECT name, value FROM {0}").format(
                self._table(META_TABLE))).fetchall()
            return {str(r[0]): str(r[1]) for r in rows}

    def initialise(self, values: Mapping[str, str]) -> dict[str, str]:
        from psycopg.sql import SQL, Identifier

        with self._connect() as connection, connection.transaction():
            connection.execute(SQL("CREATE SCHEMA IF NOT EXISTS {0}").format(
                Identifier(self.schema)))
            connection.execute(SQL("CREATE TABLE IF NOT EXISTS {0} "
                                   "(name text PRIMARY KEY, value text NOT NULL)").format(
                self._table(META_TABLE)))
            for name, value in values.items():
                connection.execute(SQL("INSERT INTO {0} (name, value) VALUES (%s, %s) "
                                       "ON CONFLICT (name) DO NOTHING").format(
                    self._table(META_TABLE)), (name, value))
        return self.read()

    def replace(self, values: Mapping[str, str]) -> dict[str, str]:
        """Take over another store's identity (`migrate` into an empty store): its id,
        encryption and key check, so the copied events open with the same key."""
        from psycopg.sql import SQL

        self.initialise({})
        with self._connect() as connection, connection.transaction():
            connection.execute(SQL("DELETE FROM {0}").format(self._table(META_TABLE)))
            for name, value in values.items():
                connection.execute(SQL("INSERT INTO {0} (name, value) VALUES (%s, %s)").format(
                    self._table(META_TABLE)), (name, value))
        return self.read()

    def has_events(self) -> bool:
        from psycopg.sql import SQL

        with self._connect() as connection:
            return self._exists(connection, POSTGRES_EVENTS) and connection.execute(
                SQL("SELECT 1 FROM {0} LIMIT 1").format(self._table(POSTGRES_EVENTS))
            ).fetchone() is not None


class MemoryMeta:
    """The in-memory store lives as long as its application: nothing to remember."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def read(self) -> dict[str, str]:
        return dict(self.values)

    def initialise(self, values: Mapping[str, str]) -> dict[str, str]:
        for name, value in values.items():
            self.values.setdefault(name, value)
        return self.read()

    def has_events(self) -> bool:
        return False
