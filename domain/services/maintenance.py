"""Repairs of derived data, recorded as events (the SQL itself lives in `infra`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NotRequired, TypedDict

from domain.model.common import Stamp, require_reason
from domain.model.pemeliharaan import Pemeliharaan, Pemulihan, Pencadangan, RantaiIntegritas
from domain.model.pemeliharaan_rules import SnapshotFacts
from domain.services.context import ContextService
from domain.services.permissions import Action
from domain.services.session import Session, this_workstation


class Recorded(TypedDict):
    recorded: str  # the record's aggregate id
    actor: str


class SnapshotsDropped(TypedDict):
    recorded: str | None  # None: nothing to drop, nothing recorded
    snapshots: list[SnapshotFacts]
    actor: NotRequired[str]
    reason: NotRequired[str]


class MaintenanceService(ContextService):
    """Repairs, backups, restores and migrations, recorded or checked."""

    def record_snapshots_dropped(
        self, session: Session, reason: str, snapshots: Sequence[SnapshotFacts]
    ) -> SnapshotsDropped:
        """Authorise and record dropping `snapshots` (dicts with aggregate_id,
        aggregate_type, version, problem). Called *before* the rows are deleted, so no
        drop goes unrecorded; with nothing to drop it only authorises."""
        stamp = self.authorise(session, Action.MANAGE_KEYS, reason)
        require_reason(stamp)
        listed = [SnapshotFacts(aggregate_id=s["aggregate_id"],
                                aggregate_type=s["aggregate_type"], version=s["version"],
                                problem=s["problem"]) for s in snapshots]
        if not listed:
            return {"recorded": None, "snapshots": []}
        record = Pemeliharaan(snapshots=[dict(s) for s in listed], stamp=stamp)
        self.save(record)
        return {"recorded": record.id.hex, "snapshots": listed, "actor": stamp.actor,
                "reason": stamp.reason}

    def record_chain_keyed(self, scheme: str) -> str:
        """Record that the integrity chain is keyed from now on. Called by the composition
        root when a store that has a history is first opened with a chain key; no user
        is signed in yet, so the system records it, from this workstation."""
        record = RantaiIntegritas(scheme=scheme, stamp=Stamp(
            "sistem", this_workstation(), "rantai integritas mulai memakai kunci"))
        self.save(record)
        return record.id.hex

    # --- backups and restores (issue 23) -------------------------------------------------

    def authorise_backup(self, session: Session) -> None:
        """Backups and restores are an admin's: checked before any file is touched."""
        self.authorise(session, Action.MANAGE_KEYS, "cadangan penyimpanan")

    def authorise_migration(self, session: Session) -> None:
        """Copying the history to another store (SQLite to PostgreSQL): an admin's,
        checked before the target is touched."""
        self.authorise(session, Action.MANAGE_USERS, "migrasi ke PostgreSQL")

    def record_backup(self, session: Session, file: str, sha256: str, events: int,
                      head_position: int | None) -> Recorded:
        """Record a backup made (after it was verified): who, which file, its SHA-256."""
        stamp = self.authorise(session, Action.MANAGE_KEYS, "cadangan penyimpanan")
        record = Pencadangan(file=file, sha256=sha256, events=events,
                             head_position=head_position, stamp=stamp)
        self.save(record)
        return {"recorded": record.id.hex, "actor": stamp.actor}

    def record_restore(self, session: Session, file: str, sha256: str, events: int,
                       head_position: int | None) -> Recorded:
        """Record, in the restored store, that it was restored from `file` by an admin of
        the restored history."""
        stamp = self.authorise(session, Action.MANAGE_KEYS, "pemulihan penyimpanan")
        record = Pemulihan(file=file, sha256=sha256, events=events,
                           head_position=head_position, stamp=stamp)
        self.save(record)
        return {"recorded": record.id.hex, "actor": stamp.actor}
