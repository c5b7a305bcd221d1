"""A thin, portable SQL adapter over sqlite3 and psycopg for the read models.

The projection code writes SQL once, with `?` placeholders; `Database` turns them into
`%s` for psycopg. Where the read models live follows the event store:

- SQLite store `x.db` → a separate SQLite file `x.db.readmodels.sqlite3` beside it, in WAL
  mode, so applying a batch never holds the event store's write lock and readers (the GUI)
  never wait for the runner. When the store is encrypted the file is a SQLCipher database
  keyed from the store's key (every page and the WAL encrypted; issue 23);
- `memory:` store → one in-memory SQLite database (one connection, serialised by a lock);
- PostgreSQL store → `rm_*` tables in the store's own schema of the same database, so every
  workstation on the office server shares them.

Every batch runs in `Database.batch()`: one transaction that first takes the runner lock
(SQLite: `BEGIN IMMEDIATE`; PostgreSQL: a transaction-scoped advisory lock), so two
processes running the runner against the same read models take turns and neither applies
an event twice (each re-reads the tracking row inside the lock).
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import tempfile
import threading
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from filelock import FileLock

import projections.messages  # noqa: F401  (the texts of the refusals raised here)
from domain.errors import StoreError
from projections.personal import PersonalCodec

log = logging.getLogger("berjasa.projections")
READ_MODELS_SUFFIX = ".readmodels.sqlite3"
SQLITE_BUSY_TIMEOUT_SECONDS = 30.0
WRITER_CACHE_KIB = 32 * 1024
DEFAULT_CHECKPOINT_PAGES = 1000     # SQLite's own default
BULK_CHECKPOINT_PAGES = 25_000      # ~100 MB of 4 KiB pages
WAL_SIZE_LIMIT_BYTES = 64 * 2**20   # the WAL file shrinks back to this after a checkpoint
# The first bytes of every plain SQLite file; a SQLCipher file starts with random salt.
SQLITE_HEADER = b"SQLite format 3\x00"


class Cursorish(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ...) -> Any: ...
    def fetchall(self) -> list[Any]: ...


class Database:
    """Two connections (writer and reader) to the read models' database, and its dialect."""

    def __init__(self, writer: Any, reader: Any, dialect: str, lock_key: int = 0,
                 codec: PersonalCodec | None = None, plain_file: Path | None = None) -> None:
        self.dialect = dialect
        # A plain (unencrypted) SQLite file, which another process may read too
        # (`projections.digester`); None in memory, encrypted or on PostgreSQL.
        self.plain_file = plain_file
        # Set where personal columns are sealed (`projections.personal`): every row that
        # holds them is sealed on writing and opened on reading.
        self.codec = codec
        self._writer = writer
        self._reader = reader
        self._lock_key = lock_key
        self._write_lock = threading.RLock()
        # One connection shared (in-memory SQLite): every use goes through one lock.
        self._read_lock = self._write_lock if reader is writer else threading.RLock()

    # --- SQL text -------------------------------------------------------------------------

    def sql(self, text: str) -> str:
        # psycopg reads every % as a placeholder's start: SQL's modulo is written %%.
        if self.dialect != "postgresql":
            return text
        return text.replace("%", "%%").replace("?", "%s")

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


def open_sqlite_file(path: Path, key: bytes | None = None) -> Database:
    """The read models in the SQLite file `path`. With `key` (an encrypted store's
    read-model key) the file is a SQLCipher database; without it, plain SQLite."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _file_turn(path):
        writer = _open_writer(path, key)
    writer.execute("PRAGMA journal_mode=WAL")
    # A batch upserts member rows all over rm_member; with SQLite's default 2 MB page cache
    # a rebuild re-reads and spills the same pages again and again.
    writer.execute(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")
    # Without a limit the WAL file keeps the size of the biggest transaction (a rebuild's
    # clearing of every row: as big as the database) for good.
    writer.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT_BYTES}")
    return Database(writer, _sqlite_connection(str(path), key), "sqlite",
                    plain_file=path if key is None else None)


def open_sqlite_memory() -> Database:
    # In memory only (tests, as-of replays, verification): nothing reaches a disk, so
    # nothing is encrypted.
    connection = _sqlite_connection(":memory:")
    return Database(connection, connection, "sqlite")


def _open_writer(path: Path, key: bytes | None) -> sqlite3.Connection:
    """The writer connection, once the file is known to be readable with `key`. Read
    models are derived data: a plain file beside an encrypted store (written before its
    read models were encrypted) or a file under another key (left from another store) is
    dropped, and the runner rebuilds it, encrypted, from the events. An encrypted file
    opened without a key is refused: nothing can be read from it, nor should be
    overwritten in clear."""
    header = _header(path)
    if key is None:
        if header and header != SQLITE_HEADER:
            raise StoreError("store.read_models_locked", file=str(path))
        return _sqlite_connection(str(path))
    if header == SQLITE_HEADER:
        log.warning("read models %s were not encrypted: dropped, rebuilt encrypted", path)
        remove_sqlite_files(path)
    connection = _connect(str(path), key)
    if not _readable(connection):
        connection.close()
        log.warning("read models %s are not under this store's key: dropped, rebuilt", path)
        remove_sqlite_files(path)
        connection = _connect(str(path), key)
    return _configured(connection, key)


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return b""


def _readable(connection: sqlite3.Connection) -> bool:
    """False when SQLCipher cannot decrypt the file with the connection's key."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except Exception as error:  # sqlcipher3's DatabaseError: "file is not a database"
        if type(error).__name__ != "DatabaseError":
            raise
        return False
    return True


def remove_sqlite_files(path: Path) -> None:
    """A SQLite database's file with its WAL and shared-memory files."""
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        file.unlink(missing_ok=True)


def _file_turn(path: Path) -> FileLock:
    """Processes opening the same read-model file check (and maybe drop) it in turn, so
    one never drops a file another has just created encrypted. The lock file lives in the
    temporary folder: nothing is left beside the store."""
    name = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:24]
    return FileLock(Path(tempfile.gettempdir()) / f"berjasa-readmodels-{name}.lock")


def _sqlite_connection(target: str, key: bytes | None = None) -> sqlite3.Connection:
    return _configured(_connect(target, key), key)


def _connect(target: str, key: bytes | None) -> sqlite3.Connection:
    # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE in Database.batch).
    module: Any = sqlite3 if key is None else _sqlcipher()
    connection: sqlite3.Connection = module.connect(
        target, timeout=SQLITE_BUSY_TIMEOUT_SECONDS, isolation_level=None,
        check_same_thread=False)
    if key is not None:
        # A wrong key is handled (`_open_writer`), not logged to stderr by SQLCipher.
        connection.execute("PRAGMA cipher_log_level = NONE")
        # Before anything reads the file. A raw 256-bit key: it is already random, so
        # SQLCipher's passphrase derivation (256,000 PBKDF2 rounds) is skipped.
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def _configured(connection: sqlite3.Connection, key: bytes | None) -> sqlite3.Connection:
    if key is not None:
        # Big sorts and temporary indexes stay in memory: nothing leaves the encrypted
        # file through a clear temporary file.
        connection.execute("PRAGMA temp_store=MEMORY")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("PRAGMA foreign_keys=OFF")
    return connection


def _sqlcipher() -> Any:
    # Imported only for an encrypted store: a plain store never loads the library.
    import sqlcipher3

    return sqlcipher3


def open_postgres(connect_kwargs: dict[str, Any], schema: str, key: bytes | None = None
                  ) -> Database:
    """The `rm_*` tables in `schema`; with `key` (an encrypted store's read-model key)
    their personal columns are sealed (`projections.personal`)."""
    import psycopg

    def connect(autocommit: bool) -> Any:
        kwargs = {k: v for k, v in connect_kwargs.items() if k != "row_factory"}
        connection = psycopg.connect(**kwargs, autocommit=autocommit)
        connection.execute("SELECT set_config('search_path', %s, false)", (schema,))
        return connection

    return Database(connect(True), connect(True), "postgresql", postgres_lock_key(schema),
                    PersonalCodec(key) if key is not None else None)


def postgres_lock_key(schema: str) -> int:
    """The runner lock of the read models in `schema`: a stable key per schema, so runners
    of different stores never block each other."""
    return zlib.crc32(f"berjasa-readmodels:{schema}".encode()) & 0x7FFFFFFF


def open_sqlite_image(image: bytes | memoryview) -> Database:
    """An in-memory database holding `image` (what `database_image` gave), writable."""
    if bytes(image[: len(SQLITE_HEADER)]) != SQLITE_HEADER:
        raise sqlite3.DatabaseError("not the image of a SQLite database")
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


def copy_in_memory(database: Database) -> Database:
    """A new in-memory database holding what the SQLite `database` holds, copied page by
    page with SQLite's backup API (no serialised bytes in between): the as-of session's
    next move works on the copy while the pages still read the original."""
    if database.dialect != "sqlite":
        raise ValueError("only a SQLite database is copied in memory")
    connection = _sqlite_connection(":memory:")
    try:
        with database._write_lock:
            database._writer.backup(connection)
    except BaseException:
        connection.close()
        raise
    return Database(connection, connection, "sqlite")
