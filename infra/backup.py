"""Backup and restore of a SQLite store with SQLite's online backup API: a consistent
copy of a live store (other workstations may keep writing), never a file copy.

The copy holds the events, the hash chain and the metadata (store id, key check), so a
restored store opens with the same key and passes `audit verify`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from domain.errors import StoreError
from infra.meta import META_TABLE, SQLITE_EVENTS

PAGES_PER_STEP = 1024
Progress = Callable[[int, int], object]


def backup_sqlite(source: Path, target: Path, progress: Progress | None = None) -> int:
    """Copy the store at `source` to a new file `target`; returns the events copied."""
    if target.exists():
        raise StoreError("backup.target_exists", file=str(target))
    if not _is_store(source):
        raise StoreError("backup.source_missing", file=str(source))
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        _copy(source, target, progress)
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise StoreError("backup.failed", detail=str(error)) from None
    return event_count(target)


def restore_sqlite(backup: Path, target: Path, force: bool = False,
                   progress: Progress | None = None) -> int:
    """Bring the store in `backup` back into `target`; refuses a non-empty target unless
    `force`. Returns the events restored."""
    if not _is_store(backup):
        raise StoreError("backup.source_missing", file=str(backup))
    existing = event_count(target) if target.exists() else 0
    if existing and not force:
        raise StoreError("backup.store_not_empty", store=str(target), events=existing)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        _copy(backup, target, progress)
    except sqlite3.Error as error:
        raise StoreError("backup.failed", detail=str(error)) from None
    return event_count(target)


def _copy(source: Path, target: Path, progress: Progress | None) -> None:
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    writer = sqlite3.connect(str(target), timeout=30)
    try:
        def report(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        # The backup API restarts when the source changes mid-copy, so the result is one
        # consistent state of the store.
        reader.backup(writer, pages=PAGES_PER_STEP, progress=report)
    finally:
        writer.close()
        reader.close()


def is_store(path: Path) -> bool:
    """A SQLite file holding the events table (a file that lost its write-ahead log, say,
    may hold none): only such a file is verified or restored."""
    return _is_store(path)


def _is_store(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND "
                                      "name=?", (SQLITE_EVENTS,)).fetchone() is not None
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def store_id_of(path: Path) -> str | None:
    """The store id in the metadata of the SQLite store file at `path` (read only: the
    file is not changed), or None when it is no Berjasa store."""
    if not _is_store(path):
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = connection.execute(f"SELECT value FROM {META_TABLE} WHERE name = ?",
                                       ("store_id",)).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return str(found[0]) if found else None


def event_count(path: Path) -> int:
    """Stored events in the SQLite file at `path` (0 when it holds no event table)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        found = connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND "
                                   "name=?", (SQLITE_EVENTS,)).fetchone()
        if found is None:
            return 0
        return int(connection.execute(f"SELECT COUNT(*) FROM {SQLITE_EVENTS}").fetchone()[0])
    finally:
        connection.close()
