"""eventsourcing infrastructure factories whose application recorder keeps the hash chain.

`PERSISTENCE_MODULE` names one of these classes (see `infra.security.chained_env`); the
PostgreSQL ones are in `infra.pgfactories`, imported (by eventsourcing, from the name)
only when a PostgreSQL store is opened.
"""

from __future__ import annotations

from eventsourcing.persistence import ApplicationRecorder
from eventsourcing.popo import POPOFactory
from eventsourcing.sqlite import SQLiteConnection, SQLiteConnectionPool, SQLiteFactory
from eventsourcing.utils import Environment, EnvType

from infra.eventsourcing_compat import sqlite_connection
from infra.recorders import (
    ChainedPOPOApplicationRecorder,
    ChainedSQLiteApplicationRecorder,
    ChainSettings,
)

# SQLite copies the write-ahead log back into the store (a checkpoint, with two fsyncs)
# once the log holds this many pages; its default is 1,000 (4 MB). A batch of an import
# changes ~2,000 pages, most of them index pages that every batch changes again, so the
# default copied the same pages after every batch; at 8,000 (~32 MB of log) they are
# copied about once per four batches. Commits are as durable as before (the log is synced
# at each commit); a reader looks pages up in the log's index either way.
WAL_CHECKPOINT_PAGES = 8000


class _CheckpointingPool(SQLiteConnectionPool):
    def _create_connection(self) -> SQLiteConnection:
        connection = super()._create_connection()
        if not self.is_sqlite_memory_mode:
            sqlite_connection(connection).execute(
                f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
        return connection


class ChainedSQLiteFactory(SQLiteFactory):
    application_recorder_class = ChainedSQLiteApplicationRecorder

    def __init__(self, env: Environment | EnvType | None) -> None:
        super().__init__(env)
        # eventsourcing builds its pool inside the datastore; nothing is connected yet.
        self.datastore.pool.__class__ = _CheckpointingPool

    def application_recorder(self) -> ApplicationRecorder:
        return keyed_recorder(super().application_recorder(), self.env)


class ChainedPOPOFactory(POPOFactory):
    def application_recorder(self) -> ApplicationRecorder:
        return keyed_recorder(ChainedPOPOApplicationRecorder(), self.env)


def keyed_recorder(recorder: ApplicationRecorder, env: Environment) -> ApplicationRecorder:
    """The recorder with the chain key of the store (`infra.security.chain_env`)."""
    recorder.chain_settings = ChainSettings.from_env(env.get)  # type: ignore[attr-defined]
    return recorder


CHAINED_FACTORIES = {
    "eventsourcing.sqlite": "infra.factories:ChainedSQLiteFactory",
    "eventsourcing.postgres": "infra.pgfactories:ChainedPostgresFactory",
    "eventsourcing.popo": "infra.factories:ChainedPOPOFactory",
    "infra.pgstore:BerjasaPostgresFactory": "infra.pgfactories:ChainedBerjasaPostgresFactory",
}
