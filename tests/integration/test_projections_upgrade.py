"""An upgrade of the read models' schema under a running application (issue 14): the old
read models keep answering while the new ones are built beside them, then the switch.

The "upgrade" is this code with `projections.schema.SCHEMA_VERSION` changed and a column
added to `rm_member` (a NOT NULL one, which the old rows lack), on a SQLite file and on a
PostgreSQL schema. The building runner is paused between two of its batches by a test
subclass (`LiveReadModels.runner_class`), never by a switch in the application's code.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from domain.services.app import Berjasa
from domain.services.session import Session
from infra.keys import new_key
from projections import schema
from projections.live import (
    LiveReadModels,
    open_beside_for,
    open_database_for,
    open_query_read_models,
)
from projections.runner import BatchResult, Runner
from projections.sqlstore import read_models_path
from projections.upgrade import BUILDING_SCHEMA, SHIM_SCHEMA, building_path, stored_version
from tests.conftest import PASSWORD, POSTGRES_URL, enrol_from, fixed_clock
from tests.factories import worker_fields
from tests.integration.test_projections_properties import answers
from tests.opening import confirmed
from tests.pg_test import admin_connection, fresh_schema

OLD_VERSION = schema.SCHEMA_VERSION
NEW_VERSION = f"{OLD_VERSION}-uji"
BATCH = 40
WORKERS = 30


def _history(app: Berjasa, first: int = 1, workers: int = WORKERS) -> None:
    admin = Session("admin", "admin", "uji-01")
    quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", workers))["quota"])
    for serial in range(first, first + workers):
        nik = app.workers.register_worker(admin, **worker_fields(serial,
                                                                 name=f"Warga {serial}"))["nik"]
        enrol_from(app, admin, nik, quota, start="2026-03-01")


@pytest.fixture(params=["sqlite", "postgresql", "postgresql-sealed"])
def store(request: pytest.FixtureRequest, tmp_path: Path,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Berjasa, str]]:
    """A store with a history and read models of the old version, caught up; yields the
    application and its kind ("postgresql-sealed": an encrypted store, whose read models'
    personal columns are sealed, issue 23)."""
    if request.param.endswith("-sealed"):
        monkeypatch.setenv("BERJASA_KEY", new_key())
    if request.param == "sqlite":
        app = fixed_clock(open_store(f"sqlite:///{(tmp_path / 'kantor.db').as_posix()}"))
        yield from _filled(app, request.param)
        return
    with fresh_schema(POSTGRES_URL) as env:
        app = fixed_clock(open_store(POSTGRES_URL, extra_env=env))
        try:
            yield from _filled(app, request.param)
        finally:
            with admin_connection(POSTGRES_URL) as connection:  # what a failure may leave
                for suffix in (BUILDING_SCHEMA, SHIM_SCHEMA):
                    name = env["POSTGRES_SCHEMA"] + suffix
                    connection.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def _filled(app: Berjasa, kind: str) -> Iterator[tuple[Berjasa, str]]:
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    _history(app)
    old = LiveReadModels(app.application, open_database_for(app.application))
    old.catch_up()
    old.close()
    try:
        yield app, kind
    finally:
        app.close()


@pytest.fixture
def upgraded(store: tuple[Berjasa, str],
             monkeypatch: pytest.MonkeyPatch) -> tuple[Berjasa, str]:
    """The store, and this code as the next version: a new version, a new column in
    rm_member."""
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEW_VERSION)
    monkeypatch.setitem(schema.TABLES, "rm_member",
                        schema.TABLES["rm_member"] + ", note TEXT NOT NULL DEFAULT ''")
    return store


class Gate:
    """Holds the building runner after its `after`th batch until `release()`."""

    def __init__(self, after: int) -> None:
        self.after, self.batches = after, 0
        self.reached, self.released = threading.Event(), threading.Event()

    def runner_class(self) -> type[Runner]:
        gate = self

        class PausedRunner(Runner):
            def run_batch(self, limit: int = BATCH) -> BatchResult:
                result = super().run_batch(limit)  # committed: no transaction stays open
                if self.in_bulk and result.applied:
                    gate.batches += 1
                    if gate.batches == gate.after:
                        gate.reached.set()
                        assert gate.released.wait(30)
                return result

        return PausedRunner


    def stopping_runner_class(self) -> type[Runner]:
        """Held like `runner_class`'s, and let go when asked to stop (the application
        closing): the stop arrives while a batch is under way."""
        gate = self

        class StoppingRunner(gate.runner_class()):  # type: ignore[misc]
            @property
            def stop_requested(self) -> bool:
                return bool(self.__dict__.get("_stop_requested", False))

            @stop_requested.setter
            def stop_requested(self, value: bool) -> None:
                self.__dict__["_stop_requested"] = value
                if value:
                    gate.released.set()

        return StoppingRunner


def _open(app: Berjasa, runner_class: type[Runner] = Runner) -> LiveReadModels:
    class Live(LiveReadModels):
        pass

    Live.runner_class = runner_class
    database = open_database_for(app.application)
    models = Live(app.application, database, open_beside_for(app.application, database))
    models.runner.batch_size = models.runner.bulk_batch = BATCH
    return models


def _building_place_exists(app: Berjasa, kind: str) -> bool:
    if kind == "sqlite":
        return building_path(read_models_path(_store_file(app))).exists()
    name = app.application.recorder.datastore.schema + BUILDING_SCHEMA  # type: ignore[attr-defined]
    with admin_connection(POSTGRES_URL) as connection:
        found = connection.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (name,))
        return found.fetchone() is not None


def _version(app: Berjasa, models: LiveReadModels) -> str | None:
    """The version of the read models that answer (PostgreSQL: in the store's schema, the
    reading connection's path may start with the old ones' views), without the mark of
    sealed ones."""
    store_schema = getattr(app.application.recorder.datastore, "schema", None)  # type: ignore[attr-defined]
    found = stored_version(models.database, store_schema)
    if found is not None and models.database.codec is not None:
        assert found.endswith(schema.SEALED_VERSION_SUFFIX)
        return found.removesuffix(schema.SEALED_VERSION_SUFFIX)
    return found


def _store_file(app: Berjasa) -> Path:
    return Path(str(app.application.recorder.datastore.pool.db_name))  # type: ignore[attr-defined]


def _rebuilt_answers(app: Berjasa) -> dict[str, Any]:
    """What read models of the new version built from scratch answer (an oracle)."""
    models = _open(app)
    assert not models.upgrading
    models.rebuild()
    found = answers(models)
    models.close()
    return found


def test_the_old_read_models_answer_until_the_new_ones_switch_in(
        upgraded: tuple[Berjasa, str]) -> None:
    app, kind = upgraded
    gate = Gate(after=3)
    models = _open(app, gate.runner_class())
    before = answers(models)  # the upgraded application answers from its first moment
    assert models.upgrading and before["stats"]["registered_workers"] == WORKERS
    models.start(poll_interval=0.05)
    assert gate.reached.wait(30)

    # Paused in the middle of the build: the old read models still answer, in full.
    head = app.application.head_position()
    assert models.runner.position() == 3 * BATCH  # committed; reported after the pause
    assert models.progress == (2 * BATCH, head)
    assert answers(models) == before
    assert _version(app, models) == OLD_VERSION
    assert models.database.query("SELECT DISTINCT note FROM rm_member") == [("",)]
    assert _building_place_exists(app, kind)
    slow_queries = open_query_read_models(app.application)  # as the dashboard's, off the GUI thread
    assert slow_queries.upgrading and answers(slow_queries) == before
    slow_queries.close()
    _history(app, first=WORKERS + 1, workers=2)  # the office goes on working meanwhile

    gate.released.set()
    assert models.wait_for(app.application.head_position(), timeout=30)
    assert not models.upgrading and models.progress is None
    assert _version(app, models) == NEW_VERSION
    assert answers(models)["stats"]["registered_workers"] == WORKERS + 2
    assert not _building_place_exists(app, kind)
    slow_queries = open_query_read_models(app.application)
    assert not slow_queries.upgrading and answers(slow_queries) == answers(models)
    slow_queries.close()
    models.close()
    assert answers_now(app) == _rebuilt_answers(app)


def answers_now(app: Berjasa) -> dict[str, Any]:
    models = _open(app)
    models.catch_up()
    found = answers(models)
    models.close()
    return found


def test_a_build_stopped_half_way_resumes_at_the_next_start(
        upgraded: tuple[Berjasa, str]) -> None:
    app, kind = upgraded
    models = _open(app)
    before = answers(models)
    for _ in range(2):
        models.runner.run_batch(BATCH)
    models.close()  # as a kill: the building read models keep what they committed

    again = _open(app)
    assert again.upgrading and again.runner.position() == 2 * BATCH
    assert answers(again) == before
    seen: list[tuple[int, int]] = []
    again.add_progress_listener(lambda position, target: seen.append((position, target)))
    again.catch_up()
    assert seen[0] == (3 * BATCH, app.application.head_position())  # resumed from 80, not from 0
    assert seen[-1] == (-1, -1)
    assert not again.upgrading and _version(app, again) == NEW_VERSION
    assert not _building_place_exists(app, kind)
    again.close()
    assert answers_now(app) == _rebuilt_answers(app)


def test_closing_during_the_build_stops_after_the_batch_and_resumes(
        upgraded: tuple[Berjasa, str]) -> None:
    app, kind = upgraded
    gate = Gate(after=2)
    models = _open(app, gate.stopping_runner_class())
    before = answers(models)
    models.start(poll_interval=0.05)
    assert gate.reached.wait(30)
    models.stop()  # returns once the batch under way is committed: not the whole log
    assert models.upgrading and models.runner.position() == 2 * BATCH
    assert _version(app, models) == OLD_VERSION and answers(models) == before
    models.close()

    again = _open(app)
    assert again.upgrading and again.runner.position() == 2 * BATCH
    again.catch_up()
    assert not again.upgrading and _version(app, again) == NEW_VERSION
    assert not _building_place_exists(app, kind)
    again.close()
    # Stopped without its indexes and coverage (made at a bulk catch-up's end): made since.
    assert answers_now(app) == _rebuilt_answers(app)
