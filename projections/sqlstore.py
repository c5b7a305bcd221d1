"""A thin, portable SQL adapter over sqlite3 and psycopg for the read models.

The projection code writes SQL once, with `?` placeholders; `Database` turns them into
`%s` for psycopg. Where the read models live follows the event store:

- SQLite store `x.db` → a separate SQLite file `x.db.readmodels.sqlite3` beside it, in WAL
  mode, so applying a batch never holds the event store's write lock and readers (the GUI)
  never wait for the runner;
- `memory:` store → one in-memory SQLite database (one connection, serialised by a lock);
- PostgreSQL store → `rm_*` tables in the store's own schema of the same database, so every
  workstation on the office server shares them.

Every batch runs in `Database.batch()`: one transaction that first takes the runner lock
(SQLite: `BEGIN IMMEDIATE`; PostgreSQL: a transaction-scoped advisory lock), so two
processes running the runner against the same read models take turns and neither applies
an event twice (each re-reads the tracking row inside the lock).
"""

from __future__ import annotations

import sqlite3
import threading
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

READ_MODELS_SUFFIX = ".readmodels.sqlite3"
SQLITE_BUSY_TIMEOUT_SECONDS = 30.0
WRITER_CACHE_KIB = 32 * 1024
DEFAULT_CHECKPOINT_PAGES = 1000     # SQLite's own default
BULK_CHECKPOINT_PAGES = 25_000      # ~100 MB of 4 KiB pages
WAL_SIZE_LIMIT_BYTES = 64 * 2**20   # the WAL file shrinks back to this after a checkpoint


class Cursorish(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ...) -> Any: ...
    def fetchall(self) -> list[Any]: ...


class Database:
    """Two connections (writer and reader) to the read models' database, and its dialect."""

    def __init__(self, writer: Any, reader: Any, dialect: str, lock_key: int = 0) -> None:
        self.dialect = dialect
        self._writer = writer
        self._reader = reader
        self._lock_key = lock_key
        self._write_lock = threading.RLock()
        # One connection shared (in-memory SQLite): every use goes through one lock.
        self._read_lock = self._write_lock if reader is writer else threading.RLock()

    # --- SQL text -------------------------------------------------------------------------

    def sql(self, text: str) -> str:
        return text.replace("?", "%s") if self.dialect == "postgresql" else text

    # --- reading --------------------------------------------------------------------------

    def query(self, text: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._read_lock:
            cursor = self._reader.cursor()
            try:
                cursor.execute(self.sql(text), tuple(params))
                return [tuple(row) for row in cursor.fetchall()]
            finally:
                cursor.close()

    def scalar(self, text: str, params: Sequence[Any] = ()) -> Any:
        rows = self.query(text, params)
        return rows[0][0] if rows else None

    # --- writing --------------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[Writer]:
        """One locked transaction on the writer connection; committed only if no error."""
        with self._write_lock:
            if self.dialect == "postgresql":
                with self._writer.transaction():
                    writer = Writer(self, self._writer.cursor())
                    writer.execute("SELECT pg_advisory_xact_lock(?)", (self._lock_key,))
                    yield writer
                return
            connection: sqlite3.Connection = self._writer
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield Writer(self, connection.cursor())
            except BaseException:
                connection.rollback()
                raise
            connection.commit()

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Settings for applying a whole log (a rebuild). SQLite checkpoints its WAL into
        the file every 1,000 pages by default: during a rebuild that copies the same member
        pages again and again (~15% of the time), so it checkpoints every 100 MB instead, and
        once at the end. Durability is unchanged (the WAL is as safe as the file)."""
        if self.dialect != "sqlite":
            yield
            return
        with self._write_lock:
            self._writer.execute(f"PRAGMA wal_autocheckpoint={BULK_CHECKPOINT_PAGES}")
        try:
            yield
        finally:
            with self._write_lock:
                self._writer.execute(f"PRAGMA wal_autocheckpoint={DEFAULT_CHECKPOINT_PAGES}")
                self._writer.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        with self._write_lock, self._read_lock:
            self._writer.close()
            if self._reader is not self._writer:
                self._reader.close()


class Writer:
    """The cursor of one batch transaction, with the adapter's placeholder style."""

    def __init__(self, database: Database, cursor: Any) -> None:
        self.database = database
        self.cursor = cursor

    def execute(self, text: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        self.cursor.execute(self.database.sql(text), tuple(params))
        if self.cursor.description is None:
            return []
        return [tuple(row) for row in self.cursor.fetchall()]

    def executemany(self, text: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.cursor.executemany(self.database.sql(text), [tuple(r) for r in rows])


# --- opening ------------------------------------------------------------------------------


def read_models_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + READ_MODELS_SUFFIX)


def open_sqlite_file(path: Path) -> Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = _sqlite_connection(str(path))
    writer.execute("PRAGMA journal_mode=WAL")
    # A batch upserts member rows all over rm_member; with SQLite's default 2 MB page cache
    # a rebuild re-reads and spills the same pages again and again.
    writer.execute(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")
    # Without a limit the WAL file keeps the size of the biggest transaction (a rebuild's
    # clearing of every row: as big as the database) for good.
    writer.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT_BYTES}")
    return Database(writer, _sqlite_connection(str(path)), "sqlite")


def open_sqlite_memory() -> Database:
    connection = _sqlite_connection(":memory:")
    return Database(connection, connection, "sqlite")


def _sqlite_connection(target: str) -> sqlite3.Connection:
    # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE in Database.batch).
    connection = sqlite3.connect(target, timeout=SQLITE_BUSY_TIMEOUT_SECONDS,
                                 isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("PRAGMA foreign_keys=OFF")
    return connection


def open_postgres(connect_kwargs: dict[str, Any], schema: str) -> Database:
    import psycopg

    def connect(autocommit: bool) -> Any:
        kwargs = {k: v for k, v in connect_kwargs.items() if k != "row_factory"}
        connection = psycopg.connect(**kwargs, autocommit=autocommit)
        connection.execute("SELECT set_config('search_path', %s, false)", (schema,))
        return connection

    # A stable 63-bit key per schema, so runners of different stores never block each other.
    lock_key = zlib.crc32(f"berjasa-readmodels:{schema}".encode()) & 0x7FFFFFFF
    return Database(connect(True), connect(True), "postgresql", lock_key)


def open_sqlite_image(image: bytes) -> Database:
    """An in-memory database holding `image` (what `database_image` gave), writable."""
    connection = _sqlite_connection(":memory:")
    connection.deserialize(image)
    return Database(connection, connection, "sqlite")


def database_image(database: Database) -> bytes:
    """The whole of an in-memory (or file) SQLite database as bytes (`serialize()`)."""
    if database.dialect != "sqlite":
        raise ValueError("only a SQLite database has an image")
    with database._write_lock:
        image: bytes = database._writer.serialize()
    return image
