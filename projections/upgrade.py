"""Upgrading the read models without stopping the office (issue 14).

When this code's `schema.SCHEMA_VERSION` differs from the version the stored read models
were built with, they are not dropped: they keep answering while read models of the new
version are built beside them from the events, in bulk and with progress
(`LiveReadModels`), and then take their place in one transaction:

- SQLite `x.db.readmodels.sqlite3` → the new ones are built in `x.db.readmodels.building.sqlite3`
  beside it, then copied into it in one transaction (readers go on reading the old rows
  from their WAL snapshot meanwhile) and the building file deleted. The file every process
  opens never changes name: no process is ever left on a renamed file or a stranger's WAL;
- PostgreSQL → built in the schema `<store schema>_rm_building` of the same database, then
  moved into the store's schema (`ALTER TABLE ... SET SCHEMA`, instant) in one transaction
  that drops the old tables.

While the new ones are built the old ones are frozen at their position: new events show at
the switch (the status bar shows the build's progress). Old tables that lack columns of the
new shape are served through views that add them with empty values (temporary views on
SQLite; on PostgreSQL views in `<store schema>_rm_shim`, put first on the reading
connection's search path), so the new queries run against the old rows. A kill during the
build resumes it at the next start (the building read models keep their position like any
others); a kill during the switch rolls it back. An office's workstations should all run
one version: read models of any other version are rebuilt beside, so two versions side by
side take turns switching (neither stops the other's office, but each switch costs a
rebuild).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any, Protocol

from projections import schema
from projections.personal import lookup_columns
from projections.sqlstore import (
    Database,
    Writer,
    open_postgres,
    open_sqlite_file,
    postgres_lock_key,
)

BUILDING_SUFFIX = ".building"
BUILDING_SCHEMA = "_rm_building"
SHIM_SCHEMA = "_rm_shim"
COPY_CHUNK = 20_000

_TABLE_CONSTRAINT = re.compile(r"^(PRIMARY KEY|UNIQUE|FOREIGN KEY|CHECK)\b", re.IGNORECASE)


# --- what is stored ---------------------------------------------------------------------


def stored_version(database: Database, store_schema: str | None = None) -> str | None:
    """The schema version the read models in `database` were built with (None: none yet)."""
    if not existing_tables(database, store_schema).get("rm_meta"):
        return None
    found = database.scalar("SELECT value FROM rm_meta WHERE key = 'schema_version'")
    return None if found is None else str(found)


def needs_upgrade(database: Database, store_schema: str | None = None) -> bool:
    """True when `database` holds read models of another version with events applied:
    worth serving while the new ones are built."""
    found = stored_version(database, store_schema)
    if found is None or found == schema.version_of(database):
        return False
    if schema.sealing_differs(found, database):
        # Plain rows cannot be served where personal columns are sealed (issue 23), nor
        # the reverse: they are dropped and rebuilt (`schema.ensure_schema`).
        return False
    if "rm_tracking" not in existing_tables(database, store_schema):
        return False
    return bool(database.scalar("SELECT MAX(position) FROM rm_tracking") or 0)


def existing_tables(database: Database, store_schema: str | None = None) -> dict[str, list[str]]:
    """Every `rm_` table of the read models (PostgreSQL: in `store_schema`, default the
    connection's current schema) and its columns, views left out."""
    if database.dialect == "postgresql":
        rows = database.query(
            "SELECT c.table_name, c.column_name FROM information_schema.columns c "
            "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
            "AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' "
            "WHERE c.table_schema = COALESCE(?, current_schema()) "
            "AND substr(c.table_name, 1, 3) = 'rm_' ORDER BY c.table_name, c.ordinal_position",
            (store_schema,))
    else:
        rows = database.query(
            "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
            "WHERE m.type = 'table' AND substr(m.name, 1, 3) = 'rm_' "
            "ORDER BY m.name, p.cid")
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(str(table), []).append(str(column))
    return tables


# --- serving the old read models ----------------------------------------------------------


def new_columns(name: str) -> list[tuple[str, str]]:
    """(column, the SQL of its empty value) of table `name` in this version's shape."""
    columns: list[tuple[str, str]] = []
    for item in _split_top_level(schema.TABLES[name]):
        if _TABLE_CONSTRAINT.match(item):
            continue
        column, kind, *rest = item.split()
        required = "NOT NULL" in " ".join(rest).upper() or "PRIMARY KEY" in item.upper()
        empty = "NULL" if not required else ("''" if kind.upper() == "TEXT" else "0")
        columns.append((column, empty))
    return columns


def _split_top_level(columns: str) -> Iterator[str]:
    depth, start = 0, 0
    for index, char in enumerate(columns):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            yield columns[start:index].strip()
            start = index + 1
    yield columns[start:].strip()


def shim_views(existing: dict[str, list[str]], source: str) -> dict[str, str]:
    """The SELECT of a view for every table of the new shape whose old table lacks a
    column: the old columns, the missing ones empty; `source` qualifies the old tables."""
    views: dict[str, str] = {}
    for name in schema.TABLES:
        have = existing.get(name)
        wanted = new_columns(name)
        if have is None or all(column in have for column, _ in wanted):
            continue  # unchanged, or new: no old rows to show
        picks = [column if column in have else f"{empty} AS {column}"
                 for column, empty in wanted]
        # Sealed tables' look-up hashes (`projections.personal`) are read as they are.
        picks += [column for column in lookup_columns(name) if column in have]
        views[name] = f"SELECT {', '.join(picks)} FROM {source}.{name}"
    return views


def serve_old(serving: Database, store_schema: str | None = None) -> None:
    """Let this version's queries read `serving`'s old read models: temporary views on
    SQLite's reading connection (found before the tables of `main`); on PostgreSQL views in
    a schema of their own put first on the reading connection's search path (`store_schema`:
    the store's, default the connection's current one)."""
    if serving.dialect != "postgresql":
        for name, select in shim_views(existing_tables(serving), "main").items():
            serving.query(f"DROP VIEW IF EXISTS temp.{name}")
            serving.query(f"CREATE TEMP VIEW {name} AS {select}")
        return
    store_schema = store_schema or str(serving.scalar("SELECT current_schema()"))
    store = quoted(store_schema)
    views = shim_views(existing_tables(serving, store_schema), store)
    if not views:
        return
    shim = quoted(store_schema + SHIM_SCHEMA)
    with serving.batch() as writer:
        writer.execute(f"CREATE SCHEMA IF NOT EXISTS {shim}")
        for name, select in views.items():
            writer.execute(f"CREATE OR REPLACE VIEW {shim}.{name} AS {select}")
    serving.query("SELECT set_config('search_path', ?, false)", (f"{shim}, {store}",))


def quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


# --- where the new ones are built -----------------------------------------------------------


class Beside(Protocol):
    """Read models of the new version being built beside the served ones."""

    database: Database

    def serve_old(self, serving: Database) -> None:
        """Let this version's queries read `serving`'s old read models meanwhile."""

    def switched(self, serving: Database) -> bool:
        """True once `serving` holds this version's read models (another process switched)."""

    def switch(self, serving: Database) -> None:
        """Put the built read models in place of `serving`'s, in one transaction, and serve
        them (no view of the old ones left)."""

    def stop_serving_old(self, serving: Database) -> None:
        """No view of the old read models left (another process switched)."""

    def close(self) -> None:
        """Close the building read models' connections."""

    def remove(self) -> None:
        """Remove what is left of the building place once switched."""


def building_path(path: Path) -> Path:
    return path.with_name(path.name.replace(".sqlite3", "") + BUILDING_SUFFIX + ".sqlite3")


class SqliteBeside:
    """New read models built in a file beside the served one, then copied into it."""

    def __init__(self, serving_path: Path, key: bytes | None = None) -> None:
        self.path = building_path(serving_path)
        self.database = open_sqlite_file(self.path, key)  # encrypted as the served file

    def serve_old(self, serving: Database) -> None:
        serve_old(serving)

    def switched(self, serving: Database) -> bool:
        return stored_version(serving) == schema.version_of(serving)

    def switch(self, serving: Database) -> None:
        # The building file's write lock first: no runner of another process adds a batch
        # to it while it is copied; then the served file's, for one transaction.
        with self.database.batch() as source, serving.batch() as target:
            _drop_old_tables(target, serving)
            for name in schema.TABLES:
                target.execute(schema.create_table_sql(name, "sqlite"))
                _copy(source, target, name)
            schema.create_tables(target)  # the indexes
        self.stop_serving_old(serving)

    def stop_serving_old(self, serving: Database) -> None:
        for name in schema.TABLES:
            serving.query(f"DROP VIEW IF EXISTS temp.{name}")

    def close(self) -> None:
        self.database.close()

    def remove(self) -> None:
        for name in (self.path.name, self.path.name + "-wal", self.path.name + "-shm"):
            with suppress(OSError):  # another process may hold it open (Windows)
                self.path.with_name(name).unlink(missing_ok=True)


def _drop_old_tables(target: Writer, serving: Database) -> None:
    for name in existing_tables(serving):
        target.execute(f"DROP TABLE IF EXISTS {name}")


def _copy(source: Writer, target: Writer, name: str) -> None:
    """`name`'s rows, a chunk at a time in key order (rowid, or the key of a table that is
    its key), inside the two open transactions."""
    marks = ", ".join("?" for _ in new_columns(name))
    insert = f"INSERT INTO {name} VALUES ({marks})"
    if name in schema.SQLITE_WITHOUT_ROWID:
        offset = 0
        while rows := source.execute(f"SELECT * FROM {name} LIMIT ? OFFSET ?",
                                     (COPY_CHUNK, offset)):
            target.executemany(insert, rows)
            offset += len(rows)
        return
    after = -1
    while rows := source.execute(f"SELECT rowid, * FROM {name} WHERE rowid > ? "
                                 "ORDER BY rowid LIMIT ?", (after, COPY_CHUNK)):
        target.executemany(insert, [row[1:] for row in rows])
        after = rows[-1][0]


class PostgresBeside:
    """New read models built in a schema beside the store's, then moved into it."""

    def __init__(self, connect_kwargs: dict[str, Any], store_schema: str,
                 key: bytes | None = None) -> None:
        self.store_schema = store_schema
        self.schema = store_schema + BUILDING_SCHEMA
        maker = open_postgres(connect_kwargs, store_schema)
        try:
            with maker.batch() as writer:
                writer.execute(f"CREATE SCHEMA IF NOT EXISTS {quoted(self.schema)}")
        finally:
            maker.close()
        self.database = open_postgres(connect_kwargs, self.schema, key)  # sealed as served

    def serve_old(self, serving: Database) -> None:
        serve_old(serving, self.store_schema)

    def switched(self, serving: Database) -> bool:
        return stored_version(serving, self.store_schema) == schema.version_of(serving)

    def switch(self, serving: Database) -> None:
        store, building = quoted(self.store_schema), quoted(self.schema)
        with serving.batch() as target:
            # The building schema's runner lock too: no batch of another process meanwhile.
            target.execute("SELECT pg_advisory_xact_lock(?)", (postgres_lock_key(self.schema),))
            for name in existing_tables(serving, self.store_schema):
                target.execute(f"DROP TABLE IF EXISTS {store}.{name} CASCADE")
            for name in schema.TABLES:
                target.execute(f"ALTER TABLE {building}.{name} SET SCHEMA {store}")
            target.execute(f"DROP SCHEMA IF EXISTS {building} CASCADE")
            target.execute(f"DROP SCHEMA IF EXISTS {quoted(self.store_schema + SHIM_SCHEMA)} "
                           "CASCADE")
        self.stop_serving_old(serving)

    def stop_serving_old(self, serving: Database) -> None:
        serving.query("SELECT set_config('search_path', ?, false)",
                      (quoted(self.store_schema),))

    def close(self) -> None:
        self.database.close()

    def remove(self) -> None:
        """Nothing: the switch dropped the building schema."""
