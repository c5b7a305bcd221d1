"""Pemeliharaan: one repair of the store's derived data by an administrator.

Snapshots are a cache of events; one that no longer matches its events (edited in the
database) is dropped, and the aggregate is read from its events again. The drop itself
is recorded — who, from which workstation, why, and which snapshots — because a change
to what the application enforces must be traceable even when it restores the truth.
Each repair is its own small aggregate, like an export record.
"""

from __future__ import annotations

from typing import Any

from eventsourcing.domain import Aggregate, event

from domain.model.common import Stamp


class Pemeliharaan(Aggregate):
    @event("SnapshotsDropped")
    def __init__(self, snapshots: list[dict[str, Any]], stamp: Stamp) -> None:
        self.snapshots = [dict(s) for s in snapshots]


class RantaiIntegritas(Aggregate):
    """The moment a store's integrity chain became keyed (issue 22): the events before it
    keep their plain SHA-256 links, this one and every later one are linked by an HMAC
    under the store's chain key. Recorded so the switch is part of the history itself,
    not only of the metadata beside it."""

    @event("ChainKeyed")
    def __init__(self, scheme: str, stamp: Stamp) -> None:
        self.scheme = scheme


class Pencadangan(Aggregate):
    """One backup of the store by an admin (issue 23): who (the stamp), when (the event's
    time), which file (its name) and its SHA-256, so a backup found later can be matched
    with the moment it was taken; the events copied and the head position verified."""

    @event("BackupMade")
    def __init__(self, file: str, sha256: str, events: int, head_position: int | None,
                 stamp: Stamp) -> None:
        self.file = file
        self.sha256 = sha256


class Pemulihan(Aggregate):
    """One restore of the store from a backup by an admin (issue 23), recorded in the
    restored store right after restoring: who, when, which file and its SHA-256."""

    @event("StoreRestored")
    def __init__(self, file: str, sha256: str, events: int, head_position: int | None,
                 stamp: Stamp) -> None:
        self.file = file
        self.sha256 = sha256
