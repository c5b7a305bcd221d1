"""The snapshot table read and trimmed as stored, for verification and repair.

eventsourcing's snapshot store only answers "the snapshots of this aggregate"; checking
them all needs the list of aggregates that have any, which no library API gives. A forger
can add a snapshot for any aggregate (a user, not only a quota), so the list is read from
the table itself rather than derived from the aggregates the application snapshots.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, TypeGuard
from uuid import UUID

from eventsourcing.popo import POPOAggregateRecorder
from eventsourcing.sqlite import SQLiteAggregateRecorder

from infra.eventsourcing_compat import popo_lock, popo_replace_events, popo_stored_events

if TYPE_CHECKING:  # PostgreSQL's driver is imported only for a PostgreSQL store
    from eventsourcing.postgres import PostgresAggregateRecorder


def _is_postgres(recorder: object) -> TypeGuard[PostgresAggregateRecorder]:
    """Whether `recorder` is PostgreSQL's: never, while no PostgreSQL store was opened
    (its module not imported), so a SQLite store never imports the driver."""
    postgres = sys.modules.get("eventsourcing.postgres")
    return postgres is not None and isinstance(recorder, postgres.PostgresAggregateRecorder)


def snapshot_originators(recorder: object) -> list[UUID | str]:
    """Every aggregate id that has at least one stored snapshot, in a stable order."""
    if isinstance(recorder, SQLiteAggregateRecorder):
        ids: list[Any] = _sqlite_ids(recorder)
    elif _is_postgres(recorder):
        ids = _postgres_ids(recorder)
    elif isinstance(recorder, POPOAggregateRecorder):
        with popo_lock(recorder):
            ids = [s.originator_id for s in popo_stored_events(recorder)]
    else:
        msg = f"cannot list the snapshots of {type(recorder).__name__}"
        raise TypeError(msg)
    return sorted({_as_id(i) for i in ids}, key=str)


def delete_snapshot(recorder: object, aggregate_id: UUID | str, version: int) -> None:
    """Remove one snapshot: the aggregate is then read from its events (and the next
    snapshot is taken from those at the next interval)."""
    originator_id = _as_id(aggregate_id)
    if isinstance(recorder, SQLiteAggregateRecorder):
        # Written as eventsourcing's SQLite recorder writes ids: 32 hex digits.
        key = originator_id.hex if isinstance(originator_id, UUID) else originator_id
        with recorder.datastore.transaction(commit=True) as c:
            c.execute(f"DELETE FROM {recorder.events_table_name} WHERE originator_id = ? "
                      "AND originator_version = ?", (key, version))
    elif _is_postgres(recorder):
        from psycopg.sql import SQL, Identifier

        statement = SQL("DELETE FROM {0}.{1} WHERE originator_id = %s AND "
                        "originator_version = %s").format(
            Identifier(recorder.datastore.schema), Identifier(recorder.events_table_name))
        with recorder.datastore.transaction(commit=True) as curs:
            curs.execute(statement, (originator_id, version))
    elif isinstance(recorder, POPOAggregateRecorder):
        _popo_delete(recorder, originator_id, version)
    else:
        msg = f"cannot delete the snapshots of {type(recorder).__name__}"
        raise TypeError(msg)


def _as_id(value: Any) -> UUID | str:
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value))
    except ValueError:
        return str(value)  # not an id the application writes: kept so it is reported


def _sqlite_ids(recorder: SQLiteAggregateRecorder) -> list[Any]:
    table = recorder.events_table_name
    with recorder.datastore.transaction(commit=False) as c:
        c.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
        if c.fetchone() is None:
            return []
        c.execute(f"SELECT DISTINCT originator_id FROM {table}")
        return [row[0] for row in c.fetchall()]


def _postgres_ids(recorder: PostgresAggregateRecorder) -> list[Any]:
    from psycopg.sql import SQL, Identifier

    schema, table = recorder.datastore.schema, recorder.events_table_name
    with recorder.datastore.transaction(commit=False) as curs:
        curs.execute("SELECT to_regclass(%s) AS found",
                     (f'"{schema}"."{table}"',))
        row = curs.fetchone()
        if row is None or row["found"] is None:
            return []
        curs.execute(SQL("SELECT DISTINCT originator_id FROM {0}.{1}").format(
            Identifier(schema), Identifier(table)))
        return [r["originator_id"] for r in curs.fetchall()]


def _popo_delete(recorder: POPOAggregateRecorder, originator_id: UUID | str,
                 version: int) -> None:
    with popo_lock(recorder):
        kept = [s for s in popo_stored_events(recorder)
                if (str(s.originator_id), s.originator_version) != (str(originator_id),
                                                                    version)]
        popo_replace_events(recorder, kept)
