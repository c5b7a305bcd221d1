"""The PostgreSQL factories whose application recorder keeps the hash chain (see
`infra.factories`): a module of its own, so PostgreSQL's driver is imported only when
`PERSISTENCE_MODULE` names one of these, for a PostgreSQL store.
"""

from __future__ import annotations

from eventsourcing.persistence import ApplicationRecorder
from eventsourcing.postgres import PostgresFactory

from infra.factories import keyed_recorder
from infra.pgrecorders import ChainedPostgresApplicationRecorder
from infra.pgstore import BerjasaPostgresFactory, BerjasaPostgresRecorder


class ChainedPostgresFactory(PostgresFactory):
    application_recorder_class = ChainedPostgresApplicationRecorder

    def application_recorder(self) -> ApplicationRecorder:
        return keyed_recorder(super().application_recorder(), self.env)


class ChainedBerjasaPostgresRecorder(ChainedPostgresApplicationRecorder,
                                     BerjasaPostgresRecorder):
    """The office server's recorder (gap-free positions, offline guard) with the chain."""


class ChainedBerjasaPostgresFactory(BerjasaPostgresFactory):
    application_recorder_class = ChainedBerjasaPostgresRecorder

    def application_recorder(self) -> ApplicationRecorder:
        return keyed_recorder(super().application_recorder(), self.env)
