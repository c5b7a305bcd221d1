"""Backup and restore of the store in use, for the console and the desktop alike.

A SQLite store is copied with SQLite's online backup API (`infra.backup`). A backup of
the office's PostgreSQL store is an ordinary Berjasa SQLite store: every event as stored
(the same bytes, so the same ciphertext when encrypted) under the same positions, the
hash chain rebuilt over them, and the server's identity (store id, encryption, key
check), so it opens with the same key and passes `audit verify` on any workstation. It
is compared byte for byte with the server, then its chain is checked.

`restore_postgres` brings such a file (or any verified SQLite store) into an EMPTY
PostgreSQL store, a new database or schema, the way `migrate` moves a SQLite store up:
an office store is never overwritten. A PostgreSQL backup needs an admin of the server's
store (it takes every worker's data off the server, and the admin's sign-in records who
did); a restore needs a file whose chain is intact and an admin of its history (the
console checks the sign-in on a throwaway copy: signing in to the file would write to it),
and is recorded in the restored store (issue 23).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import NotRequired, TypedDict

from berjasa.bootstrap import open_store
from desktop.outputs import BACKUP, check_output
from domain.errors import StoreError
from domain.services.app import Berjasa
from domain.services.permissions import Action
from domain.services.session import Session
from infra.audit import VerificationResult, open_recorder, verify_recorder
from infra.backup import backup_sqlite, restore_sqlite, store_id_of
from infra.chain import (
    COPY_INCOMPLETE_ENTRY,
    COPYING_SETTING,
    EXPECTED_HEAD_ENTRY,
    HEAD_ENTRY,
)
from infra.meta import PostgresMeta, SQLiteMeta
from infra.migration import migrate_history
from infra.storeurl import StoreAddress, parse_store_url, persistence_env

Progress = Callable[[int, int], object]
NOT_COPIED = (HEAD_ENTRY, EXPECTED_HEAD_ENTRY, COPY_INCOMPLETE_ENTRY)


class BackupSummary(TypedDict):
    """A copy made or restored: the store, the backup file, its events, its chain."""

    store: str
    backup: str
    events: int
    verified: bool
    head_position: int


class BackupMade(BackupSummary):
    sha256: str
    recorded_by: str


class SqliteRestored(BackupSummary):
    read_models: str  # "rebuilt", or "dropped" (rebuilt when the store is opened)


class RestoreRecorded(BackupSummary):
    read_models: NotRequired[str]  # a SQLite store's (`SqliteRestored`)
    sha256: str
    recorded_by: str


def backup_store(app: Berjasa, session: Session, store_url: str, target: Path,
                 password: str | None = None, progress: Progress | None = None,
                 force: bool = False) -> BackupMade:
    """The store at `store_url` (which `app` has open) into the new file `target`, by an
    admin; the copy is verified before this returns, then recorded in the store (issue
    23: who, when, which file and its SHA-256). An existing `target` is replaced only
    with `force`, and only when it is an earlier backup of this store (`replaceable`)."""
    app.authoriser.authorise(session, Action.MANAGE_USERS, "cadangan penyimpanan")
    app.maintenance.authorise_backup(session)
    address = backup_kind(store_url)
    replace = replaceable(app, address, target, force)
    if address.kind == "postgresql":
        made = backup_postgres(app, address, target, password, progress, replace=replace)
    else:
        made = backup_sqlite_store(address, target, progress, replace=replace)
    digest = sha256_of(target)
    recorded = app.maintenance.record_backup(session, target.name, digest, made["events"],
                                             made["head_position"])
    return BackupMade(**made, sha256=digest, recorded_by=recorded["actor"])


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def replaceable(app: Berjasa, address: StoreAddress, target: Path, force: bool) -> bool:
    """Whether an existing `target` is to be replaced: only with `force`, and only an
    earlier backup of this very store (a SQLite store file with the same store id), never
    the store itself nor anything else; refused `backup.target_exists` (the code this
    command always gave) otherwise. False when there is no file to replace."""
    if not os.path.lexists(target):
        return False
    check_output(target, BACKUP, force, code="backup.target_exists")
    itself = address.path is not None and target.resolve() == address.path.resolve()
    if itself or store_id_of(target) != app.application.store_info.get("store_id"):
        raise StoreError("backup.target_exists", file=str(target))
    return True


def _put_in_place(partial: Path, target: Path, replace: bool) -> None:
    if not replace:
        if target.exists():
            raise StoreError("backup.target_exists", file=str(target))
        partial.rename(target)
        return
    # The old backup's journal files would otherwise be read as the new file's.
    for stale in (target.with_name(target.name + "-wal"),
                  target.with_name(target.name + "-shm")):
        stale.unlink(missing_ok=True)
    os.replace(partial, target)


def backup_sqlite_store(address: StoreAddress, target: Path,
                        progress: Progress | None = None, replace: bool = False
                        ) -> BackupSummary:
    """The SQLite store at `address` copied (online) into the new file `target`, verified.
    Whoever may read the file may copy it: no sign-in is needed for this one."""
    assert address.path is not None
    if target.exists() and not replace:
        raise StoreError("backup.target_exists", file=str(target))
    partial = partial_name(target)
    remove_store_files(partial)
    try:
        events = backup_sqlite(address.path, partial, progress)
        checked = verified_backup(partial)
        _settle(partial)
        _put_in_place(partial, target, replace)
    except BaseException:
        remove_store_files(partial)  # never left where it could pass for a backup
        raise
    return summary(str(address.path), target, events, checked)


def backup_kind(store_url: str) -> StoreAddress:
    address = parse_store_url(store_url)
    if address.kind not in ("sqlite", "postgresql"):
        raise StoreError("backup.not_sqlite", store=address.label)
    return address


def backup_postgres(source: Berjasa, address: StoreAddress, target: Path,
                    password: str | None, progress: Progress | None = None,
                    replace: bool = False) -> BackupSummary:
    """The server's history into the new SQLite file `target`, verified."""
    if target.exists() and not replace:
        raise StoreError("backup.target_exists", file=str(target))
    meta = PostgresMeta({**os.environ, **persistence_env(address, password)})
    identity = identity_of(meta.read())
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written under a temporary name, marked incomplete with the head it must reach, and
    # renamed only once complete and verified: a killed backup leaves no file that could
    # pass for a whole one (and the partial one fails `audit verify` and `restore`).
    partial = partial_name(target)
    remove_store_files(partial)  # the leftover of an earlier, interrupted backup
    try:
        SQLiteMeta(partial).initialise(identity)
        copy = open_store(f"sqlite:///{partial.as_posix()}",
                          extra_env={COPYING_SETTING: "1"})
        try:
            copied = migrate_history(source, copy, progress=progress)
        finally:
            copy.close()
        checked = verified_backup(partial)
        _settle(partial)
        _put_in_place(partial, target, replace)
    except BaseException:
        remove_store_files(partial)
        raise
    return summary(source.application.store_label, target, copied["events"], checked)


def partial_name(target: Path) -> Path:
    return target.with_name(target.name + ".partial")


def _settle(path: Path) -> None:
    """Fold the write-ahead log into the file, so the renamed file holds everything."""
    connection = sqlite3.connect(str(path))
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def restore_postgres(store_url: str, backup: Path, password: str | None,
                     progress: Progress | None = None) -> BackupSummary:
    """The history in the SQLite file `backup` into the empty PostgreSQL store there."""
    checked = verified_backup(backup)
    source = open_store(f"sqlite:///{backup.as_posix()}")
    try:
        adopt_identity(backup, parse_store_url(store_url), password)
        target = open_store(store_url, password=password,
                            extra_env={COPYING_SETTING: "1"})
        try:
            copied = migrate_history(source, target, progress=progress)
            label = target.application.store_label
        finally:
            target.close()
    finally:
        source.close()
    return summary(label, backup, copied["events"], checked)


def adopt_identity(source: Path, target: StoreAddress, password: str | None) -> None:
    """Give the empty PostgreSQL store the SQLite file's store id, encryption and key
    check, so the copied events (ciphertext included) open there with the same key."""
    meta = PostgresMeta({**os.environ, **persistence_env(target, password)})
    identity = identity_of(SQLiteMeta(source).read())
    if meta.has_events():
        current = meta.read()
        if (current.get(COPY_INCOMPLETE_ENTRY)
                and current.get(COPY_INCOMPLETE_ENTRY) == identity.get("store_id")):
            return  # this source's interrupted copy: it resumes with the same identity
        raise StoreError("migrate.target_not_empty", store=target.label, count="beberapa")
    if identity:
        meta.replace(identity)


def restore_sqlite_store(backup: Path, target: Path, force: bool = False
                         ) -> SqliteRestored:
    """A verified backup file brought back into the SQLite store `target`; the target's
    read models are dropped and rebuilt from the restored history (newer ones would
    otherwise list workers the restored history never had)."""
    checked = verified_backup(backup)
    events = restore_sqlite(backup, target, force=force)
    return SqliteRestored(**summary(str(target), backup, events, checked),
                          read_models=rebuild_read_models(target))


def rebuild_read_models(store: Path) -> str:
    """Drop the read models beside the SQLite store and rebuild them: "rebuilt", or
    "dropped" when the store's key is not here (they are rebuilt when it is opened)."""
    from projections import open_read_models
    from projections.sqlstore import read_models_path
    from projections.upgrade import building_path

    remove_store_files(read_models_path(store))
    # And an upgrade's read models half built from the history restored over.
    remove_store_files(building_path(read_models_path(store)))
    try:
        app = open_store(f"sqlite:///{store.as_posix()}")
    except StoreError:
        return "dropped"
    try:
        models = open_read_models(app.application)
        try:
            models.rebuild()
        finally:
            models.close()
    finally:
        app.close()
    return "rebuilt"


def identity_of(values: dict[str, str]) -> dict[str, str]:
    """What a copy takes over from its source's metadata: store id, encryption, key
    checks and the keyed-from switch (bound to the store id and the position, both kept).
    Not the head: the copy's recorder writes its own as the events arrive."""
    return {k: v for k, v in values.items()
            if not k.startswith("_") and k not in NOT_COPIED}


def verified_backup(path: Path) -> VerificationResult:
    """A backup file's hash chain, which must be intact before it is used or trusted."""
    from infra.backup import _is_store

    if not _is_store(path):
        raise StoreError("backup.source_missing", file=str(path))
    factory, recorder = open_recorder(f"sqlite:///{path.as_posix()}")
    try:
        result = verify_recorder(recorder)
    finally:
        factory.close()
    if not result.intact:
        raise StoreError("backup.restored_broken", file=str(path),
                         position=result.first_broken)
    return result


def summary(store: str, backup: Path, events: int, checked: VerificationResult
            ) -> BackupSummary:
    return BackupSummary(store=store, backup=str(backup), events=events,
                         verified=checked.intact, head_position=checked.head_position)


def remove_store_files(path: Path) -> None:
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        file.unlink(missing_ok=True)
