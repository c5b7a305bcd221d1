"""Application recorders that write a hash-chain link for every stored event in the same
transaction as the event, for SQLite and the in-memory store (PostgreSQL's, which needs
its driver, is `infra.pgrecorders`, loaded only for a PostgreSQL store).

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
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteCursor, SQLiteDatastore

from domain.errors import StoreError
from infra.chain import (
    CHAIN_KEY_SETTING,
    CHAIN_STORE_SETTING,
    CHAIN_TABLE,
    GENESIS,
    HEAD_ENTRY,
    KEYED_FROM_ENTRY,
    ChainKey,
    EventRow,
    Head,
    head_for,
    keyed_from_tag,
    new_links,
    originator_text,
)
from infra.eventsourcing_compat import popo_lock, popo_stored_events
from infra.meta import META_TABLE


class ChainedRecorder(Protocol):
    """What verification needs from a store: events and links in position order, the
    metadata the chain anchors itself in, and the chain key when it is here."""

    chain_settings: ChainSettings

    def event_rows(self, after: int, limit: int) -> list[EventRow]: ...

    def chain_rows(self, after: int, limit: int) -> list[tuple[int, bytes]]: ...

    def event_count(self) -> int: ...

    def chain_meta(self) -> dict[str, str]: ...

    def write_meta(self, values: dict[str, str | None]) -> None: ...


def chained_recorder(recorder: object) -> ChainedRecorder:
    if not all(hasattr(recorder, m) for m in ("event_rows", "chain_rows", "event_count")):
        raise StoreError("audit.no_chain")
    return recorder  # type: ignore[return-value]


class ChainSettings:
    """The chain key (None where the store has none, or it is not here) and the store id
    the keyed-from switch is bound to."""

    def __init__(self, key: bytes | None = None, store_id: str = "") -> None:
        self.key, self.store_id = key, store_id

    @staticmethod
    def from_env(get: Any) -> ChainSettings:
        key = str(get(CHAIN_KEY_SETTING) or "")
        return ChainSettings(bytes.fromhex(key) if key else None,
                             str(get(CHAIN_STORE_SETTING) or ""))


def parse_keyed_from(text: str | None) -> tuple[int, str] | None:
    """(first keyed position, its tag) as recorded, None when the chain was never keyed."""
    if not text:
        return None
    position, tag = text.split(":")
    return int(position), tag


def plan_links(settings: ChainSettings, last: tuple[int, bytes] | None,
               meta: dict[str, str], positions: Sequence[int],
               stored_events: Sequence[StoredEvent]
               ) -> tuple[list[tuple[int, bytes]], dict[str, str]]:
    """The links of events being inserted and the metadata entries to write with them,
    in the same transaction: the new head and, at the first keyed write, the switch."""
    last_position, previous = last or (0, GENESIS)
    _check_follows(last_position, positions)
    if not positions:
        return [], {}
    try:
        head = Head.decode(meta.get(HEAD_ENTRY))
        keyed = parse_keyed_from(meta.get(KEYED_FROM_ENTRY))
    except ValueError:
        raise StoreError("audit.chain_conflict", position=positions[0]) from None
    if head is not None and head.position != last_position:
        # The newest events and their links were removed (or added) behind the
        # application's back: writing now would reuse their positions and hide it.
        raise StoreError("audit.chain_conflict", position=min(head.position,
                                                               last_position) + 1)
    updates: dict[str, str] = {}
    chain = None
    if settings.key is not None:
        if keyed is None:
            keyed = (positions[0], keyed_from_tag(settings.key, settings.store_id,
                                                  positions[0]))
            updates[KEYED_FROM_ENTRY] = f"{keyed[0]}:{keyed[1]}"
        elif keyed[1] != keyed_from_tag(settings.key, settings.store_id, keyed[0]):
            raise StoreError("audit.chain_conflict", position=keyed[0])
        chain = ChainKey(settings.key, keyed[0])
    elif keyed is not None:
        raise StoreError("store.chain_key_missing", store_id=settings.store_id,
                         env="BERJASA_CHAIN_KEY")
    if head is not None and head != head_for(last_position, previous, chain):
        # The recorded head was rewritten (to hide a cut tail): only a key holder makes it.
        raise StoreError("audit.chain_conflict", position=last_position + 1)
    links = new_links(previous, positions, stored_events, chain)
    updates[HEAD_ENTRY] = head_for(links[-1][0], links[-1][1], chain).encode()
    return links, updates


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
        self.chain_settings = ChainSettings()

    def construct_create_table_statements(self) -> list[str]:
        return [*super().construct_create_table_statements(),
                f"CREATE TABLE IF NOT EXISTS {CHAIN_TABLE} "
                "(position INTEGER PRIMARY KEY, hash BLOB NOT NULL)",
                f"CREATE TABLE IF NOT EXISTS {META_TABLE} "
                "(name TEXT PRIMARY KEY, value TEXT NOT NULL)"]

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
        c.execute(f"SELECT name, value FROM {META_TABLE} WHERE name IN (?, ?)",
                  (HEAD_ENTRY, KEYED_FROM_ENTRY))
        meta = {str(r[0]): str(r[1]) for r in c.fetchall()}
        links, updates = plan_links(self.chain_settings,
                                    (int(last[0]), bytes(last[1])) if last else None, meta,
                                    positions, stored_events)
        c.executemany(f"INSERT INTO {CHAIN_TABLE} (position, hash) VALUES (?, ?)", links)
        c.executemany(f"INSERT INTO {META_TABLE} (name, value) VALUES (?, ?) "
                      "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                      list(updates.items()))
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

    def chain_meta(self) -> dict[str, str]:
        with self.datastore.transaction(commit=False) as c:
            c.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                      (META_TABLE,))
            if c.fetchone() is None:
                return {}
            c.execute(f"SELECT name, value FROM {META_TABLE}")
            return {str(r[0]): str(r[1]) for r in c.fetchall()}

    def write_meta(self, values: dict[str, str | None]) -> None:
        """Set (or, for None, remove) metadata entries in one transaction."""
        with self.datastore.transaction(commit=True) as c:
            c.execute(f"CREATE TABLE IF NOT EXISTS {META_TABLE} "
                      "(name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            for name, value in values.items():
                if value is None:
                    c.execute(f"DELETE FROM {META_TABLE} WHERE name = ?", (name,))
                else:
                    c.execute(f"INSERT INTO {META_TABLE} (name, value) VALUES (?, ?) ON "
                              "CONFLICT(name) DO UPDATE SET value = excluded.value",
                              (name, value))


class ChainedPOPOApplicationRecorder(POPOApplicationRecorder):
    """The in-memory store (tests) keeps its links in a list beside the events."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[int, bytes]] = []
        self.meta: dict[str, str] = {}
        self.chain_settings = ChainSettings()

    def _insert_events(
        self, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        with popo_lock(self):
            positions = super()._insert_events(stored_events, **kwargs) or []
            links, updates = plan_links(self.chain_settings,
                                        self.links[-1] if self.links else None, self.meta,
                                        positions, stored_events)
            self.links += links
            self.meta.update(updates)
            return positions

    def chain_meta(self) -> dict[str, str]:
        with popo_lock(self):
            return dict(self.meta)

    def write_meta(self, values: dict[str, str | None]) -> None:
        with popo_lock(self):
            for name, value in values.items():
                if value is None:
                    self.meta.pop(name, None)
                else:
                    self.meta[name] = value

    def event_rows(self, after: int, limit: int) -> list[EventRow]:
        with popo_lock(self):
            chosen = popo_stored_events(self)[after:after + limit]
            return _rows(range(after + 1, after + 1 + len(chosen)), chosen)

    def chain_rows(self, after: int, limit: int) -> list[tuple[int, bytes]]:
        with popo_lock(self):
            return [link for link in self.links if link[0] > after][:limit]

    def event_count(self) -> int:
        return len(popo_stored_events(self))
