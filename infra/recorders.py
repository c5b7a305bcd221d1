"""Application recorders that write a hash-chain link for every stored event in the same
transaction as the event, for SQLite, PostgreSQL and the in-memory store.

Each recorder also reads back events and links exactly as stored, for verification.
Writers are serialised by the database (SQLite takes its write lock at the first insert;
eventsourcing locks the PostgreSQL events table in EXCLUSIVE mode before inserting), so
the link read as "previous" is always the last one committed.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any, Protocol

from eventsourcing.persistence import StoredEvent
from eventsourcing.popo import POPOApplicationRecorder
from eventsourcing.postgres import PostgresApplicationRecorder, PostgresDatastore
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteCursor, SQLiteDatastore

from domain.errors import StoreError
from infra.chain import CHAIN_TABLE, GENESIS, EventRow, new_links, originator_text
from infra.eventsourcing_compat import popo_lock, popo_stored_events


class ChainedRecorder(Protocol):
    """What verification needs from a store: events and links in position order."""

    def event_rows(self, after: int, limit: int) -> list[EventRow]: ...

    def chain_rows(self, after: int, limit: int) -> list[tuple[int, bytes]]: ...

    def event_count(self) -> int: ...


def _rows(positions: Sequence[int], stored_events: Sequence[StoredEvent]) -> list[EventRow]:
    return [
        EventRow(position, originator_text(s.originator_id), s.originator_version, s.topic,
                 bytes(s.state))
        for position, s in zip(positions, stored_events, strict=True)
    ]


def _check_follows(last: int, positions: Sequence[int]) -> None:
    """A new event must come after the last link; anything else means the events table
    was changed behind the application's back (e.g. the newest event deleted)."""
    if positions and positions[0] <= last:
        raise StoreError("audit.chain_conflict", position=positions[0])


def _sqlite_row(r: tuple[Any, ...]) -> EventRow:
    """An event row as read from SQLite, whose columns take any type: a value of the wrong
    type (text where a blob belongs, say) was put there by hand and must not verify."""
    position, originator_id, version, topic, state = r
    if not (isinstance(originator_id, str) and isinstance(version, int)
            and isinstance(topic, str) and isinstance(state, bytes)):
        return EventRow(position, "", -1, f"\x00wrong column types: {r!r}", b"")
    return EventRow(position, originator_id, version, topic, state)


class ChainedSQLiteApplicationRecorder(SQLiteApplicationRecorder):
    def __init__(self, datastore: SQLiteDatastore, events_table_name: str = "stored_events"):
        super().__init__(datastore, events_table_name)

    def construct_create_table_statements(self) -> list[str]:
        return [*super().construct_create_table_statements(),
                f"CREATE TABLE IF NOT EXISTS {CHAIN_TABLE} "
                "(position INTEGER PRIMARY KEY, hash BLOB NOT NULL)"]

    def _insert_events(
        self, c: SQLiteCursor, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        # The event inserts come first: they take SQLite's write lock, so the last link
        # read below cannot change before this transaction commits.
        numbered = kwargs.get("notification_ids")
        positions = (self._insert_numbered(c, stored_events, numbered) if numbered
                     else self._insert_all(c, stored_events))
        c.execute(f"SELECT position, hash FROM {CHAIN_TABLE} ORDER BY position DESC LIMIT 1")
        last = c.fetchone()
        _check_follows(last[0] if last else 0, positions)
        c.executemany(f"INSERT INTO {CHAIN_TABLE} (position, hash) VALUES (?, ?)",
                      new_links(bytes(last[1]) if last else GENESIS, positions, stored_events))
        return positions

    def _insert_all(self, c: SQLiteCursor, stored_events: Sequence[StoredEvent]) -> list[int]:
        """eventsourcing's inserts in one `executemany` instead of one `execute` each (an
        import saves 3,000 events a batch). Their rowids, the positions, are consecutive:
        SQLite gives a new row the largest rowid plus one, and this transaction holds the
        write lock from the first insert; the first row is checked to be the first event."""
        if not stored_events:
            return []
        c.executemany(self.insert_events_statement, [
            (originator_text(s.originator_id), s.originator_version, s.topic, s.state)
            for s in stored_events
        ])
        c.execute("SELECT last_insert_rowid()")
        last = int(c.fetchone()[0])
        first = last - len(stored_events) + 1
        c.execute(f"SELECT originator_id, originator_version FROM {self.events_table_name} "
                  "WHERE rowid = ?", (first,))
        found, event = c.fetchone(), stored_events[0]
        if found is None or (found[0], found[1]) != (originator_text(event.originator_id),
                                                     event.originator_version):
            raise StoreError("audit.chain_conflict", position=first)
        return list(range(first, last + 1))

    def _insert_numbered(self, c: SQLiteCursor, stored_events: Sequence[StoredEvent],
                         positions: Sequence[int]) -> list[int]:
        """The events under the given positions (a history copied from another store,
        whose positions may have gaps): ascending, after every stored one."""
        positions = [int(p) for p in positions]
        if len(positions) != len(stored_events) or any(
                a >= b for a, b in pairwise(positions)):
            raise StoreError("audit.chain_conflict", position=positions[0] if positions else 0)
        c.execute(f"SELECT MAX(rowid) FROM {self.events_table_name}")
        _check_follows(int(c.fetchone()[0] or 0), positions)
        c.executemany(
            f"INSERT INTO {self.events_table_name} "
            "(rowid, originator_id, originator_version, topic, state) VALUES (?, ?, ?, ?, ?)",
            [(position, originator_text(s.originator_id), s.originator_version, s.topic,
              s.state) for position, s in zip(positions, stored_events, strict=True)])
        return positions

    def event_rows(self, after: int, limit: int) -> list[EventRow]:
        with self.datastore.transaction(commit=False) as c:
            c.execute(
                "SELECT rowid, originator_id, originator_version, topic, state "
                f"FROM {self.events_table_name} WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (after, limit),
            )
            return [_sqlite_row(tuple(r)) for r in c.fetchall()]

    def chain_rows(self, after: int, limit: int) -> list[tuple[int, bytes]]:
        with self.datastore.transaction(commit=False) as c:
            c.execute(f"SELECT position, hash FROM {CHAIN_TABLE} WHERE position > ? "
                      "ORDER BY position LIMIT ?", (after, limit))
            return [(r[0], bytes(r[1])) for r in c.fetchall()]

    def event_count(self) -> int:
        with self.datastore.transaction(commit=False) as c:
            c.execute(f"SELECT COUNT(*) FROM {self.events_table_name}")
            return int(c.fetchone()[0])


class ChainedPostgresApplicationRecorder(PostgresApplicationRecorder):
    def __init__(self, datastore: PostgresDatastore, *,
                 events_table_name: str = "stored_events"):
        super().__init__(datastore, events_table_name=events_table_name)
        if datastore.enable_db_functions:
            # The database function inserts events without passing through Python.
            msg = "the hash chain needs POSTGRES_ENABLE_DB_FUNCTIONS off"
            raise StoreError("store.unavailable", store=datastore.schema, detail=msg)
        from psycopg.sql import SQL, Identifier

        schema, chain = Identifier(datastore.schema), Identifier(CHAIN_TABLE)
        events = Identifier(self.events_table_name)
        self.sql_create_statements.append(SQL(
            "CREATE TABLE IF NOT EXISTS {0}.{1} (position bigint PRIMARY KEY, hash bytea NOT NULL)"
        ).format(schema, chain))
        self._last_link = SQL(
            "SELECT position, hash FROM {0}.{1} ORDER BY position DESC LIMIT 1").format(
            schema, chain)
        self._insert_link = SQL(
            "INSERT INTO {0}.{1} (position, hash) VALUES (%s, %s)").format(schema, chain)
        self._select_links = SQL(
            "SELECT position, hash FROM {0}.{1} WHERE position > %s ORDER BY position LIMIT %s"
        ).format(schema, chain)
        self._select_rows = SQL(
            "SELECT notification_id, originator_id, originator_version, topic, state "
            "FROM {0}.{1} WHERE notification_id > %s ORDER BY notification_id LIMIT %s"
        ).format(schema, events)
        self._count = SQL("SELECT COUNT(*) AS n FROM {0}.{1}").format(schema, events)

    def _fetch_ids_after_insert_events(
        self, curs: Any, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        # Runs inside the insert transaction, after the EXCLUSIVE table lock was taken.
        positions = super()._fetch_ids_after_insert_events(curs, stored_events, **kwargs) or []
        curs.execute(self._last_link)
        last = curs.fetchone()
        _check_follows(last["position"] if last else 0, positions)
        previous = bytes(last["hash"]) if last else GENESIS
        curs.executemany(self._insert_link, new_links(previous, positions, stored_events))
        return positions

    def event_rows(self, after: int, limit: int) -> list[EventRow]:
        with self.datastore.transaction(commit=False) as curs:
            curs.execute(self._select_rows, (after, limit))
            return [
                EventRow(r["notification_id"], originator_text(r["originator_id"]),
                         r["originator_version"], r["topic"], bytes(r["state"]))
                for r in curs.fetchall()
            ]

    def chain_rows(self, after: int, limit: int) -> list[tuple[int, bytes]]:
        with self.datastore.transaction(commit=False) as curs:
            curs.execute(self._select_links, (after, limit))
            return [(r["position"], bytes(r["hash"])) for r in curs.fetchall()]

    def event_count(self) -> int:
        with self.datastore.transaction(commit=False) as curs:
            curs.execute(self._count)
            row = curs.fetchone()
            return int(row["n"]) if row else 0


class ChainedPOPOApplicationRecorder(POPOApplicationRecorder):
    """The in-memory store (tests) keeps its links in a list beside the events."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[int, bytes]] = []

    def _insert_events(
        self, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        with popo_lock(self):
            positions = super()._insert_events(stored_events, **kwargs) or []
            last = self.links[-1] if self.links else (0, GENESIS)
            self.links += new_links(last[1], positions, stored_events)
            return positions

    def event_rows(self, after: int, limit: int) -> list[EventRow]:
        with popo_lock(self):
            chosen = popo_stored_events(self)[after:after + limit]
            return _rows(range(after + 1, after + 1 + len(chosen)), chosen)

    def chain_rows(self, after: int, limit: int) -> list[tuple[int, bytes]]:
        with popo_lock(self):
            return [link for link in self.links if link[0] > after][:limit]

    def event_count(self) -> int:
        return len(popo_stored_events(self))
