"""The PostgreSQL store of a shared office: gap-free positions and a clear "offline".

eventsourcing's PostgreSQL recorder numbers events from a sequence. A sequence is not
transactional, so every refused insert (two workstations saving the same aggregate at once)
burns numbers and leaves holes in the log. Holes make auditors ask what was deleted and make
"no event lost" impossible to check. This recorder numbers events MAX + 1 while it holds
the table's EXCLUSIVE lock (taken by eventsourcing before every insert), so positions are
gap-free and committed in order: a projection that polls the log never skips an event.

A lost server (restart, network cut) is retried for a short grace period; after that the
command fails with `StoreError("store.offline")`, which the GUI shows as "offline". The
connection pool reconnects by itself, so the next command works once the server is back.
"""

from __future__ import annotations

import hashlib
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar
from uuid import UUID

from eventsourcing.persistence import (
    IntegrityError,
    InterfaceError,
    OperationalError,
    StoredEvent,
)
from eventsourcing.postgres import (
    PostgresAggregateRecorder,
    PostgresApplicationRecorder,
    PostgresFactory,
)
from psycopg import Cursor
from psycopg.rows import DictRow
from psycopg.sql import SQL, Identifier

from domain.errors import ConcurrencyError, StoreError
from infra.eventsourcing_compat import lock_table, notify_channel

T = TypeVar("T")
# How long a command waits for a lost server to come back before saying "offline".
RECONNECT_GRACE_SECONDS = 8.0
RECONNECT_PAUSE_SECONDS = 0.25
LOST_CONNECTION = (OperationalError, InterfaceError)


def is_lock_timeout(error: Exception) -> bool:
    return "lock timeout" in str(error).lower()


class OfflineGuard:
    """Retries a call while the server is unreachable; then raises `store.offline`."""

    def __init__(self, label: str, grace: float = RECONNECT_GRACE_SECONDS) -> None:
        self.label = label
        self.grace = grace

    def run(self, call: Callable[[], T], on_retry: Callable[[], None] | None = None) -> T:
        deadline = time.monotonic() + self.grace
        while True:
            try:
                return call()
            except LOST_CONNECTION as error:
                if is_lock_timeout(error):
                    raise ConcurrencyError("concurrency.busy") from None
                if time.monotonic() >= deadline:
                    raise StoreError("store.offline", store=self.label,
                                     detail=first_line(error)) from None
                if on_retry is not None:
                    on_retry()
                time.sleep(RECONNECT_PAUSE_SECONDS)  # back off before reconnecting


def first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def unretried(method: Any) -> Any:
    """The method eventsourcing wrapped in its own retry loop (the guard replaces it)."""
    return getattr(method, "__wrapped__", method)


def store_label_of(recorder: PostgresAggregateRecorder) -> str:
    pool_kwargs = recorder.datastore.pool.kwargs
    kwargs: dict[str, Any] = pool_kwargs if isinstance(pool_kwargs, dict) else {}
    user = kwargs.get("user") or ""
    return (f"postgresql://{user + '@' if user else ''}{kwargs.get('host')}:"
            f"{kwargs.get('port')}/{kwargs.get('dbname')}")


@contextmanager
def held_advisory_lock(recorder: PostgresAggregateRecorder, key: int,
                       shared: int | None = None) -> Iterator[None]:
    """A session-level lock on one pooled connection while the block uses the others
    (with `shared`, that key's shared lock first: `aggregate_lock_keys`)."""
    with recorder.datastore.get_connection() as conn:
        conn.execute(SQL("SET lock_timeout = '{0}s'").format(recorder.datastore.lock_timeout))
        if shared is not None:
            conn.execute("SELECT pg_advisory_lock_shared(%s)", (shared,))
        try:
            conn.execute("SELECT pg_advisory_lock(%s)", (key,))
            try:
                yield
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
        finally:
            # The pooled connection (autocommit: a refused lock aborts no transaction)
            # goes back to the pool: it must hold nothing.
            if shared is not None:
                conn.execute("SELECT pg_advisory_unlock_shared(%s)", (shared,))


def aggregate_lock_keys(schema: str, key: UUID) -> tuple[int, int]:
    """(the store's own key, the old key) of the lock on aggregate `key` in the store of
    `schema` (`BerjasaPostgresRecorder.exclusive`).

    The old key, the id's first 64 bits, is the same in every schema of a database (a
    quota's or a user's id derives from its code or name alone): two stores in two
    schemas queued on each other's quotas and sign-ins. The store's key adds the schema,
    so they no longer do. Nothing stops a workstation of an older version from writing
    to the same store meanwhile (no store-format check refuses it; the read models serve
    two versions side by side), and it takes the old key alone, exclusively. So this
    version takes the old key too, shared, before its own key: old against new still
    excludes (exclusive against shared), new against new in one store excludes on the
    store's key, and stores of this version in other schemas share the old key without
    waiting. A collision of keys only ever makes two locks wait for each other."""
    digest = hashlib.sha256(f"berjasa-lock:{schema}:{key.hex}".encode()).digest()
    return (int.from_bytes(digest[:8], "big", signed=True),
            int.from_bytes(key.bytes[:8], "big", signed=True))


def create_tables_one_at_a_time(recorder: PostgresAggregateRecorder) -> None:
    """Create the tables, types and functions while holding a lock on their names.

    Several workstations started at once would otherwise run the same CREATE statements
    side by side, and PostgreSQL refuses the losers ("tuple concurrently updated").
    """
    name = f"{recorder.datastore.schema}.{recorder.events_table_name}"
    with held_advisory_lock(recorder, zlib.crc32(name.encode("utf-8"))):
        PostgresAggregateRecorder.create_table(recorder)


class GuardedSnapshotRecorder(PostgresAggregateRecorder):
    """The snapshot table, with the same offline handling as the events."""

    def create_table(self) -> None:
        create_tables_one_at_a_time(self)

    def insert_events(self, stored_events: Sequence[StoredEvent], **kwargs: Any) -> Any:
        call = unretried(PostgresAggregateRecorder.insert_events)
        return OfflineGuard(store_label_of(self)).run(
            lambda: call(self, stored_events, **kwargs))

    def select_events(self, originator_id: UUID | str, **kwargs: Any) -> Sequence[StoredEvent]:
        call = unretried(PostgresAggregateRecorder.select_events)
        return OfflineGuard(store_label_of(self)).run(lambda: call(self, originator_id, **kwargs))


class BerjasaPostgresRecorder(PostgresApplicationRecorder):
    """Events numbered gap-free under the table lock; offline reported clearly.

    `insert_events(..., notification_ids=[...])` stores events under the given positions
    (used by `migrate` to copy a history with its positions unchanged).
    """

    def __init__(self, datastore: Any, *, events_table_name: str = "stored_events") -> None:
        super().__init__(datastore, events_table_name=events_table_name)
        names = {"schema": Identifier(self.datastore.schema),
                 "table": Identifier(self.events_table_name),
                 "type": Identifier(self.stored_event_type_name)}
        columns = SQL("originator_id, originator_version, topic, state, notification_id")
        self.insert_next_statement = SQL(
            "INSERT INTO {schema}.{table} ({columns}) "
            "SELECT e.originator_id, e.originator_version, e.topic, e.state, "
            "(SELECT COALESCE(MAX(notification_id), 0) FROM {schema}.{table}) + e.ord "
            "FROM unnest(%s::{schema}.{type}[]) WITH ORDINALITY "
            "AS e(originator_id, originator_version, topic, state, ord) "
            "RETURNING notification_id"
        ).format(columns=columns, **names)
        self.insert_numbered_statement = SQL(
            "INSERT INTO {schema}.{table} ({columns}) "
            "SELECT e.originator_id, e.originator_version, e.topic, e.state, n.id "
            "FROM unnest(%s::{schema}.{type}[]) WITH ORDINALITY "
            "AS e(originator_id, originator_version, topic, state, ord) "
            "JOIN unnest(%s::bigint[]) WITH ORDINALITY AS n(id, ord) USING (ord) "
            "RETURNING notification_id"
        ).format(columns=columns, **names)

    def create_table(self) -> None:
        create_tables_one_at_a_time(self)

    # --- writing --------------------------------------------------------------------------

    def _insert_stored_events(
        self, curs: Cursor[DictRow], stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> None:
        lock_table(self, curs)
        notify_channel(self, curs)
        rows = [self.construct_pg_stored_event(e.originator_id, e.originator_version,
                                               e.topic, e.state) for e in stored_events]
        numbered = kwargs.get("notification_ids")
        if numbered:
            curs.execute(self.insert_numbered_statement, (rows, list(numbered)))
        else:
            curs.execute(self.insert_next_statement, (rows,))

    def insert_events(
        self, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        call = unretried(PostgresApplicationRecorder.insert_events)
        interrupted = False

        def note_interruption() -> None:
            nonlocal interrupted
            interrupted = True

        def attempt() -> Sequence[int] | None:
            try:
                return call(self, stored_events, **kwargs)  # type: ignore[no-any-return]
            except IntegrityError:
                # The connection broke while committing: if the commit went through, the
                # events are there, byte for byte, and the command succeeded after all.
                if interrupted and self.already_recorded(stored_events):
                    return None
                raise

        return OfflineGuard(store_label_of(self)).run(attempt, on_retry=note_interruption)

    def already_recorded(self, stored_events: Sequence[StoredEvent]) -> bool:
        for event in stored_events:
            found = self.select_events(event.originator_id, gt=event.originator_version - 1,
                                       lte=event.originator_version)
            if not found or found[0].state != event.state:
                return False
        return True

    def align_sequence(self) -> None:
        """Move the unused serial sequence past the last position (after a copy)."""
        statement = SQL(
            "SELECT setval(pg_get_serial_sequence(%s, 'notification_id'), "
            "COALESCE((SELECT MAX(notification_id) FROM {schema}.{table}), 0) + 1, false)"
        ).format(schema=Identifier(self.datastore.schema),
                 table=Identifier(self.events_table_name))
        qualified = f'"{self.datastore.schema}"."{self.events_table_name}"'
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(statement, (qualified,))

    @contextmanager
    def exclusive(self, key: UUID) -> Iterator[None]:
        """Hold this store's lock on `key` (an aggregate id) until the block ends.

        Clerks enrolling into one quota queue here instead of all reading, colliding and
        retrying, and sign-ins to one account take turns (`UserService.sign_in_turn`);
        stores in other schemas of the database never wait for it, workstations of an
        older version of this store still do (`aggregate_lock_keys`). The lock dies with
        its connection, so a crash never leaves it held.
        """
        own, old = aggregate_lock_keys(self.datastore.schema, key)
        with held_advisory_lock(self, own, shared=old):
            yield

    # --- reading --------------------------------------------------------------------------

    def select_events(self, originator_id: UUID | str, **kwargs: Any) -> Sequence[StoredEvent]:
        call = unretried(PostgresAggregateRecorder.select_events)
        return OfflineGuard(store_label_of(self)).run(lambda: call(self, originator_id, **kwargs))

    def select_notifications(self, start: int | None, limit: int, *args: Any,
                             **kwargs: Any) -> Any:
        call = unretried(PostgresApplicationRecorder.select_notifications)
        return OfflineGuard(store_label_of(self)).run(
            lambda: call(self, start, limit, *args, **kwargs))

    def max_notification_id(self) -> int | None:
        call = unretried(PostgresApplicationRecorder.max_notification_id)
        return OfflineGuard(store_label_of(self)).run(lambda: call(self))  # type: ignore[no-any-return]


class BerjasaPostgresFactory(PostgresFactory):
    """eventsourcing's PostgreSQL persistence with Berjasa's two recorders."""

    application_recorder_class = BerjasaPostgresRecorder
    aggregate_recorder_class = GuardedSnapshotRecorder
