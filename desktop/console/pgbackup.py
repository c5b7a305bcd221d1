"""`backup` and `restore` of a PostgreSQL store: its whole history in one SQLite file.

A backup of the office server is an ordinary Berjasa SQLite store: every event as stored
(the same bytes, so the same ciphertext when encrypted) under the same positions, the
hash chain rebuilt over them, and the server's identity (store id, encryption, key
check), so it opens with the same key and passes `audit verify` on any workstation.
It is compared byte for byte with the server, then its chain is checked.

`restore FILE` brings such a file (or any verified SQLite store) into an EMPTY PostgreSQL
store, a new database or schema, the way `migrate` moves a SQLite store up: an office
store is never overwritten. A backup needs an admin of the server's store (it takes
every worker's data off the server, and their sign-in records who did); a restore, like
a SQLite restore, needs only the database's own credentials and a file whose chain is
intact (signing in to the file would write to it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from desktop.console.cmd_migrate import MigrationProgress, adopt_identity
from desktop.console.context import ConsoleContext, store_password
from domain.errors import StoreError
from domain.migration import migrate_history
from domain.services.permissions import Action
from domain.store import open_store, parse_store_url, persistence_env
from infra.audit import VerificationResult
from infra.meta import PostgresMeta, SQLiteMeta


def backup_postgres(ctx: ConsoleContext, target: Path) -> dict[str, Any]:
    """The server's history into the new SQLite file `target`, verified."""
    from desktop.console.cmd_security import verified_backup

    if target.exists():
        raise StoreError("backup.target_exists", file=str(target))
    source = ctx.app()
    source.authorise(ctx.session(), Action.MANAGE_USERS, "cadangan penyimpanan PostgreSQL")
    address = parse_store_url(ctx.store_url)
    meta = PostgresMeta({**os.environ,
                         **persistence_env(address, store_password(ctx.store_url))})
    identity = {k: v for k, v in meta.read().items() if not k.startswith("_")}
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        SQLiteMeta(target).initialise(identity)
        copy = open_store(f"sqlite:///{target.as_posix()}")
        try:
            copied = migrate_history(source, copy,
                                     progress=MigrationProgress(sys.stderr, "mencadangkan"))
        finally:
            copy.close()
        checked = verified_backup(target)
    except BaseException:
        _remove_store_files(target)  # a partial backup must not be mistaken for one
        raise
    return _summary(source.store_label, target, copied["events"], checked)


def restore_postgres(ctx: ConsoleContext, backup: Path, force: bool) -> dict[str, Any]:
    """The history in the SQLite file `backup` into this empty PostgreSQL store."""
    from desktop.console.cmd_security import verified_backup

    if force:
        raise StoreError("backup.postgres_force", store=parse_store_url(ctx.store_url).label)
    checked = verified_backup(backup)
    source = open_store(f"sqlite:///{backup.as_posix()}")
    try:
        password = store_password(ctx.store_url)
        adopt_identity(backup, parse_store_url(ctx.store_url), password)
        target = open_store(ctx.store_url, password=password)
        try:
            copied = migrate_history(source, target,
                                     progress=MigrationProgress(sys.stderr, "memulihkan"))
            label = target.store_label
        finally:
            target.close()
    finally:
        source.close()
    return _summary(label, backup, copied["events"], checked)


def _summary(store: str, backup: Path, events: int, checked: VerificationResult
             ) -> dict[str, Any]:
    return {"store": store, "backup": str(backup), "events": events,
            "verified": checked.intact, "head_position": checked.head_position}


def _remove_store_files(path: Path) -> None:
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        file.unlink(missing_ok=True)
