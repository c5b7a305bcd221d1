"""The PostgreSQL application recorder that writes a hash-chain link for every stored event
in the same transaction as the event (see `infra.recorders`).

A module of its own so that PostgreSQL's driver is imported only when a PostgreSQL store is
opened: a console command on a SQLite file starts without it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventsourcing.persistence import StoredEvent
from eventsourcing.postgres import PostgresApplicationRecorder, PostgresDatastore

from domain.errors import StoreError
from infra.chain import CHAIN_TABLE, EventRow, originator_text
from infra.meta import META_TABLE
from infra.recorders import ChainSettings, plan_links


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
        events, meta = Identifier(self.events_table_name), Identifier(META_TABLE)
        self.chain_settings = ChainSettings()
        self.sql_create_statements.append(SQL(
            "CREATE TABLE IF NOT EXISTS {0}.{1} (position bigint PRIMARY KEY, hash bytea NOT NULL)"
        ).format(schema, chain))
        self.sql_create_statements.append(SQL(
            "CREATE TABLE IF NOT EXISTS {0}.{1} (name text PRIMARY KEY, value text NOT NULL)"
        ).format(schema, meta))
        self._select_meta = SQL("SELECT name, value FROM {0}.{1}").format(schema, meta)
        self._meta_exists = SQL("SELECT to_regclass(%s) AS t")
        self._delete_meta = SQL("DELETE FROM {0}.{1} WHERE name = %s").format(schema, meta)

        self._meta_name = f'"{datastore.schema}"."{META_TABLE}"'
        self._upsert_meta = SQL(
            "INSERT INTO {0}.{1} (name, value) VALUES (%s, %s) "
            "ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value").format(schema, meta)
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
        curs.execute(self._select_meta)
        meta = {str(r["name"]): str(r["value"]) for r in curs.fetchall()}
        links, updates = plan_links(
            self.chain_settings, (int(last["position"]), bytes(last["hash"])) if last else None,
            meta, positions, stored_events)
        curs.executemany(self._insert_link, links)
        if updates:
            curs.executemany(self._upsert_meta, list(updates.items()))
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

    def chain_meta(self) -> dict[str, str]:
        with self.datastore.transaction(commit=False) as curs:
            curs.execute(self._meta_exists, (self._meta_name,))
            found = curs.fetchone()
            if not found or found["t"] is None:
                return {}
            curs.execute(self._select_meta)
            return {str(r["name"]): str(r["value"]) for r in curs.fetchall()}

    def write_meta(self, values: dict[str, str | None]) -> None:
        """Set (or, for None, remove) metadata entries in one transaction."""
        with self.datastore.transaction(commit=True) as curs:
            for name, value in values.items():
                if value is None:
                    curs.execute(self._delete_meta, (name,))
                else:
                    curs.execute(self._upsert_meta, (name, value))
