"""eventsourcing infrastructure factories whose application recorder keeps the hash chain.

`PERSISTENCE_MODULE` names one of these classes (see `infra.security.chained_env`).
"""

from __future__ import annotations

from eventsourcing.persistence import ApplicationRecorder
from eventsourcing.popo import POPOFactory
from eventsourcing.postgres import PostgresFactory
from eventsourcing.sqlite import SQLiteFactory

from infra.pgstore import BerjasaPostgresFactory, BerjasaPostgresRecorder
from infra.recorders import (
    ChainedPOPOApplicationRecorder,
    ChainedPostgresApplicationRecorder,
    ChainedSQLiteApplicationRecorder,
)


class ChainedSQLiteFactory(SQLiteFactory):
    application_recorder_class = ChainedSQLiteApplicationRecorder


class ChainedPostgresFactory(PostgresFactory):
    application_recorder_class = ChainedPostgresApplicationRecorder


class ChainedBerjasaPostgresRecorder(ChainedPostgresApplicationRecorder,
                                     BerjasaPostgresRecorder):
    """The office server's recorder (gap-free positions, offline guard) with the chain."""


class ChainedBerjasaPostgresFactory(BerjasaPostgresFactory):
    application_recorder_class = ChainedBerjasaPostgresRecorder


class ChainedPOPOFactory(POPOFactory):
    def application_recorder(self) -> ApplicationRecorder:
        return ChainedPOPOApplicationRecorder()


CHAINED_FACTORIES = {
    "eventsourcing.sqlite": "infra.factories:ChainedSQLiteFactory",
    "eventsourcing.postgres": "infra.factories:ChainedPostgresFactory",
    "eventsourcing.popo": "infra.factories:ChainedPOPOFactory",
    "infra.pgstore:BerjasaPostgresFactory": "infra.factories:ChainedBerjasaPostgresFactory",
}
