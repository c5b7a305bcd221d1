"""Every private member of eventsourcing the project relies on, named in one place.

eventsourcing's public API does not offer these hooks: the hash chain is written inside
the recorders' insert transactions, the fast save skips recordings nobody reads, and the
in-memory store's snapshots are listed and deleted. Code elsewhere reads and calls these
members only through the functions below; the classes that override a private method
(`infra.recorders`, `infra.pgrecorders`, `infra.pgstore`, `infra.factories`) are listed in
`PRIVATE_MEMBERS` with the method they override.

`PRIVATE_MEMBERS` also pins the source of each member, and of the public methods the
project re-implements (`Application.save`, `ProcessingEvent.collect_events`), as this
version of eventsourcing has it (`TESTED_VERSION`, pinned with `==` in pyproject.toml).
`tests/unit/infra/test_eventsourcing_compat.py` fails on an upgrade that changes any of
them: then read the new code, adapt the overrides, and record the new fingerprints.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from threading import RLock
from typing import TYPE_CHECKING, Any
from uuid import UUID

import eventsourcing.domain
from eventsourcing.application import Application, ProcessingEvent
from eventsourcing.domain import CanCreateTimestamp
from eventsourcing.persistence import Recording, StoredEvent
from eventsourcing.popo import POPOAggregateRecorder, POPOApplicationRecorder
from eventsourcing.sqlite import (
    SQLiteApplicationRecorder,
    SQLiteConnection,
    SQLiteConnectionPool,
)

TESTED_VERSION = "9.5.6"


if TYPE_CHECKING:  # PostgreSQL's driver is imported only for a PostgreSQL store
    from eventsourcing.postgres import PostgresApplicationRecorder

# The PostgreSQL recorder, named: importing it imports PostgreSQL's driver (psycopg), half a
# second of a console command's start on a SQLite store that never needs it.
_POSTGRES_RECORDER = "eventsourcing.postgres:PostgresApplicationRecorder"


@dataclass(frozen=True)
class Member:
    """A member of an eventsourcing class the project uses beyond its public API; the
    class is given, or named ("module:Class") to be imported only when looked at."""

    where: type | str
    name: str
    used_by: str
    fingerprint: str  # sha256 (first 16 hex digits) of its source; "" for an attribute

    @property
    def owner(self) -> type:
        if isinstance(self.where, type):
            return self.where
        module, _, qualname = self.where.partition(":")
        owner: type = getattr(importlib.import_module(module), qualname)
        return owner

    @property
    def label(self) -> str:
        if isinstance(self.where, str):
            return f"{self.where.replace(':', '.')}.{self.name}"
        return f"{self.where.__module__}.{self.where.__qualname__}.{self.name}"


PRIVATE_MEMBERS: tuple[Member, ...] = (
    # Called by the fast save (infra.fastsave.FastBerjasa.save).
    Member(Application, "_record", "infra.fastsave: a save that is listened to",
           "104c6186b29d5059"),
    Member(Application, "_notify", "infra.fastsave: listeners; whether any exist",
           "6b32f9fc4b4cf455"),
    Member(Application, "_take_snapshots", "infra.fastsave: snapshots after a save",
           "ae98c5b97ed9a8e3"),
    # Re-implemented (public, but their steps are repeated by the fast save).
    Member(Application, "save", "infra.fastsave.FastBerjasa.save", "4e9747d14b8fd046"),
    Member(ProcessingEvent, "collect_events", "infra.fastsave._FastProcessingEvent",
           "7e3a7e6b1abd2bef"),
    # Overridden: the hash chain is written in the same transaction as the events.
    Member(SQLiteApplicationRecorder, "_insert_events",
           "infra.recorders.ChainedSQLiteApplicationRecorder", "413cdf219c7bae63"),
    Member(POPOApplicationRecorder, "_insert_events",
           "infra.recorders.ChainedPOPOApplicationRecorder", "f778911e63d38a89"),
    Member(_POSTGRES_RECORDER, "_fetch_ids_after_insert_events",
           "infra.pgrecorders.ChainedPostgresApplicationRecorder", "9c8efbc1baf72b52"),
    Member(_POSTGRES_RECORDER, "_insert_stored_events",
           "infra.pgstore.BerjasaPostgresRecorder: one insert a batch", "139580714a659085"),
    # Called by the PostgreSQL recorder's batch insert.
    Member(_POSTGRES_RECORDER, "_lock_table", "infra.pgstore", "42bc9c135b4a93c1"),
    Member(_POSTGRES_RECORDER, "_notify_channel", "infra.pgstore", "9e5bab72ecfbcf2e"),
    # Overridden: SQLite's WAL checkpoint interval on each new connection.
    Member(SQLiteConnectionPool, "_create_connection", "infra.factories", "4635cb356e9ae4ec"),
    # Its clock (`datetime_now_with_tzinfo`, a module global it reads at each new event) is
    # replaced while the demo's history is built (`events_stamped_by`).
    Member(CanCreateTimestamp, "create_timestamp", "infra.eventsourcing_compat.events_"
           "stamped_by: the demo's recorded moments", "bf993f324d55b05f"),
    # Attributes read (and, for the in-memory store, rewritten).
    Member(SQLiteConnection, "_sqlite_conn", "infra.factories: a PRAGMA", ""),
    Member(POPOAggregateRecorder, "_database_lock", "infra.recorders, infra.snapshotrows",
           ""),
    Member(POPOAggregateRecorder, "_stored_events", "infra.recorders, infra.snapshotrows",
           ""),
    Member(POPOAggregateRecorder, "_stored_events_index", "infra.snapshotrows", ""),
)


def fingerprint(member: Member) -> str:
    """The current source's fingerprint of a method member ("" for an attribute)."""
    if not member.fingerprint:
        return ""
    source = inspect.getsource(getattr(member.owner, member.name))
    return hashlib.sha256(source.encode()).hexdigest()[:16]


# --- Application -----------------------------------------------------------------------------

def record(app: Application[UUID], processing_event: ProcessingEvent[UUID]
           ) -> list[Recording[UUID]]:
    """eventsourcing's own recording of a save (mapper, recorder, cache)."""
    return app._record(processing_event)


def take_snapshots(app: Application[UUID], processing_event: ProcessingEvent[UUID]) -> None:
    app._take_snapshots(processing_event)


def notify(app: Application[UUID], recordings: list[Recording[UUID]]) -> None:
    app._notify(recordings)


def has_listeners(cls: type[Application[UUID]]) -> bool:
    """Whether `cls` overrides eventsourcing's `_notify` or (deprecated) `notify` hook."""
    return cls._notify is not Application._notify or cls.notify is not Application.notify


# --- the clock new events are stamped with ---------------------------------------------------

_STAMPING = threading.Lock()


@contextmanager
def events_stamped_by(clock: Callable[[], datetime]) -> Iterator[None]:
    """Inside, the events this thread creates are stamped by `clock` instead of the real
    clock; other threads keep the real one. Only the demo's builder is given it (through
    `berjasa.bootstrap.build_demo`), so that the demo's history is recorded at the moments
    it describes; nothing a clerk does reaches it, and a real store's recorded times come
    from the real clock alone."""
    owner, real = threading.get_ident(), eventsourcing.domain.datetime_now_with_tzinfo

    def now() -> datetime:
        return clock() if threading.get_ident() == owner else real()

    with _STAMPING:
        eventsourcing.domain.datetime_now_with_tzinfo = now
        try:
            yield
        finally:
            eventsourcing.domain.datetime_now_with_tzinfo = real


# --- SQLite ----------------------------------------------------------------------------------

def sqlite_connection(connection: SQLiteConnection) -> sqlite3.Connection:
    """The `sqlite3` connection inside eventsourcing's connection wrapper."""
    return connection._sqlite_conn


# --- PostgreSQL ------------------------------------------------------------------------------

def lock_table(recorder: PostgresApplicationRecorder, curs: Any) -> None:
    """eventsourcing's EXCLUSIVE lock on the events table (gap-free positions)."""
    recorder._lock_table(curs)


def notify_channel(recorder: PostgresApplicationRecorder, curs: Any) -> None:
    """eventsourcing's NOTIFY of the events table's channel (other workstations' views)."""
    recorder._notify_channel(curs)


# --- the in-memory store ---------------------------------------------------------------------

def popo_lock(recorder: POPOAggregateRecorder) -> RLock:
    lock: RLock = recorder._database_lock
    return lock


def popo_stored_events(recorder: POPOAggregateRecorder) -> list[StoredEvent]:
    """The in-memory store's events in insertion order (hold `popo_lock`)."""
    return recorder._stored_events


def popo_replace_events(recorder: POPOAggregateRecorder, kept: Sequence[StoredEvent]) -> None:
    """Keep only `kept` in the in-memory store, its index rebuilt (hold `popo_lock`)."""
    recorder._stored_events = list(kept)
    index = recorder._stored_events_index
    index.clear()
    for position, stored in enumerate(kept):
        index[str(stored.originator_id)][stored.originator_version] = position
