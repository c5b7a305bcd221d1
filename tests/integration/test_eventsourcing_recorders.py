"""eventsourcing's own recorder test cases, run on the recorders Berjasa's factories build.

The hash-chained application recorders (`infra.recorders`), the office server's recorder
(`infra.pgstore`: gap-free positions, offline guard, one insert a batch) and the snapshot
recorder override eventsourcing's private insert hooks; these are the library's checks of
the contract those hooks serve. Each case gets a fresh SQLite file or PostgreSQL schema,
built through `infra.factories.CHAINED_FACTORIES` exactly as `berjasa.bootstrap` builds
the store.

Left out: the cases' `test_performance` (they only print timings) and the application
recorders' `test_concurrent_no_conflicts` and `test_concurrent_throughput` (100,000 and
more events each: minutes on this machine). Concurrent writers are covered by
`NonInterleavingNotificationIDsBaseCase` here and by tests/integration/test_postgres_*.
"""

from __future__ import annotations

import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any, ClassVar

import pytest
from eventsourcing.persistence import (
    AggregateRecorder,
    ApplicationRecorder,
    InfrastructureFactory,
    ProcessRecorder,
)
from eventsourcing.tests.persistence import (
    AggregateRecorderTestCase,
    ApplicationRecorderTestCase,
    NonInterleavingNotificationIDsBaseCase,
    ProcessRecorderTestCase,
)
from eventsourcing.utils import Environment

from infra.factories import CHAINED_FACTORIES
from infra.storeurl import parse_store_url, persistence_env
from tests import pg_test
from tests.conftest import POSTGRES_URL


class _OnBerjasaStore:
    """A fresh store per test case; `factory` is what the bootstrap would construct."""

    kind: ClassVar[str]
    factory: InfrastructureFactory[Any]

    def setUp(self) -> None:
        self._stack = ExitStack()
        if self.kind == "sqlite":
            folder = Path(self._stack.enter_context(tempfile.TemporaryDirectory()))
            env = persistence_env(parse_store_url(f"sqlite:///{folder.as_posix()}/s.db"))
        else:
            extra = self._stack.enter_context(pg_test.fresh_schema(POSTGRES_URL))
            env = {**persistence_env(parse_store_url(POSTGRES_URL)), **extra}
        env["PERSISTENCE_MODULE"] = CHAINED_FACTORIES[env["PERSISTENCE_MODULE"]]
        self.factory = InfrastructureFactory.construct(Environment("Uji", env))
        self._stack.callback(self.factory.close)
        super().setUp()  # type: ignore[misc]

    def tearDown(self) -> None:
        super().tearDown()  # type: ignore[misc]
        self._stack.close()


class _ApplicationRecorder(_OnBerjasaStore):
    def create_recorder(self) -> ApplicationRecorder:
        recorder = self.factory.application_recorder()
        # The project's hash-chained recorder, not the library's.
        assert type(recorder).__module__.startswith("infra.")
        assert callable(getattr(recorder, "chain_rows", None))
        return recorder


class _AggregateRecorder(_OnBerjasaStore):
    def create_recorder(self) -> AggregateRecorder:
        return self.factory.aggregate_recorder("snapshots")


class _ProcessRecorder(_OnBerjasaStore):
    def create_recorder(self) -> ProcessRecorder:
        return self.factory.process_recorder()


class TestSQLiteApplicationRecorder(_ApplicationRecorder, ApplicationRecorderTestCase):
    kind = "sqlite"
    test_performance = None  # type: ignore[assignment]
    test_concurrent_no_conflicts = None  # type: ignore[assignment]
    test_concurrent_throughput = None  # type: ignore[assignment]


class TestSQLiteNonInterleaving(_ApplicationRecorder, NonInterleavingNotificationIDsBaseCase):
    kind = "sqlite"


class TestSQLiteSnapshotRecorder(_AggregateRecorder, AggregateRecorderTestCase):
    kind = "sqlite"
    test_performance = None  # type: ignore[assignment]


class TestSQLiteProcessRecorder(_ProcessRecorder, ProcessRecorderTestCase):
    kind = "sqlite"
    test_performance = None  # type: ignore[assignment]


@pytest.mark.postgres
class TestPostgresApplicationRecorder(_ApplicationRecorder, ApplicationRecorderTestCase):
    kind = "postgresql"
    test_performance = None  # type: ignore[assignment]
    test_concurrent_no_conflicts = None  # type: ignore[assignment]
    test_concurrent_throughput = None  # type: ignore[assignment]


@pytest.mark.postgres
class TestPostgresNonInterleaving(_ApplicationRecorder, NonInterleavingNotificationIDsBaseCase):
    kind = "postgresql"


@pytest.mark.postgres
class TestPostgresSnapshotRecorder(_AggregateRecorder, AggregateRecorderTestCase):
    kind = "postgresql"
    test_performance = None  # type: ignore[assignment]


@pytest.mark.postgres
class TestPostgresProcessRecorder(_ProcessRecorder, ProcessRecorderTestCase):
    kind = "postgresql"
    test_performance = None  # type: ignore[assignment]
