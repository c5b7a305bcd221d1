"""Read models on PostgreSQL: tables beside the store's, shared by every workstation."""

from __future__ import annotations

import queue
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import psycopg
import pytest

from berjasa.bootstrap import open_store
from domain.services.app import Berjasa
from domain.services.session import Session
from infra.storeurl import parse_store_url
from projections import open_read_models, replay_as_of, replay_through
from projections.api import MembershipFilter
from projections.replay import make_checkpoints
from tests.conftest import PASSWORD, POSTGRES_URL, enrol_from, fixed_clock
from tests.factories import worker_fields
from tests.integration.test_projections_read_models import last_heard
from tests.opening import confirmed

pytestmark = pytest.mark.postgres


def _connect() -> psycopg.Connection[tuple[object, ...]]:
    address = parse_store_url(POSTGRES_URL)
    return psycopg.connect(host=address.host, port=address.port, user=address.user,
                           dbname=address.database, autocommit=True)


@pytest.fixture
def schema() -> Iterator[str]:
    name = f"uji_rm_{uuid.uuid4().hex[:12]}"
    with _connect() as connection:
        connection.execute(f'CREATE SCHEMA "{name}"')
    yield name
    with _connect() as connection:
        connection.execute(f'DROP SCHEMA "{name}" CASCADE')


def _open(schema: str) -> Berjasa:
    return fixed_clock(open_store(POSTGRES_URL, extra_env={"POSTGRES_SCHEMA": schema}))


@pytest.fixture
def pg_app(schema: str) -> Iterator[Berjasa]:
    app = _open(schema)
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    yield app
    app.close()


def _fill(app: Berjasa, workers: int, first: int = 1) -> str:
    admin = Session("admin", "admin", "uji-01")
    quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", workers))["quota"])
    for serial in range(first, first + workers):
        nik = app.workers.register_worker(admin, **worker_fields(serial,
                                                                 name=f"Warga {serial}"))["nik"]
        enrol_from(app, admin, nik, quota, start="2026-03-01")
    return quota


def test_queries_on_postgres(pg_app: Berjasa, schema: str) -> None:
    quota = _fill(pg_app, 5)
    models = open_read_models(pg_app.application)
    try:
        models.catch_up()
        assert models.position() == pg_app.application.head_position()
        page = models.membership_page(MembershipFilter(search="WARGA 3"))
        assert [r["name"] for r in page.rows] == ["Warga 3"]
        assert models.stats()["active_members"] == 5
        assert models.quotas()[0]["quota"] == quota
        assert models.audit_trail(event_type="Enrolled").total == 5
        assert len(models.coverage_series(2026, by="kecamatan")) > 0
    finally:
        models.close()
    with _connect() as connection:
        tables = connection.execute(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = %s "
            "AND table_name LIKE 'rm\\_%%'", (schema,)).fetchone()
    assert tables is not None and tables[0] >= 9


def test_two_workstations_share_read_models_and_apply_each_event_once(
    pg_app: Berjasa, schema: str
) -> None:
    _fill(pg_app, 12)
    other_app = _open(schema)
    here, there = open_read_models(pg_app.application), open_read_models(other_app.application)
    here.runner.batch_size = there.runner.batch_size = 5
    try:
        threads = [threading.Thread(target=m.catch_up) for m in (here, there)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        positions = [r["position"] for r in here.audit_trail(limit=10_000).rows]
        assert sorted(positions) == list(range(1, pg_app.application.head_position() + 1))
        assert there.stats() == here.stats()
    finally:
        here.close()
        there.close()
        other_app.close()


def test_background_runner_sees_another_workstations_write(
    pg_app: Berjasa, schema: str
) -> None:
    models = open_read_models(pg_app.application)
    news: queue.Queue[int] = queue.Queue()
    models.add_listener(news.put)
    models.start(poll_interval=0.05)
    other_app = _open(schema)
    try:
        other_app.workers.register_worker(Session("admin", "admin", "uji-09"), **worker_fields(1))
        head = other_app.application.head_position()
        # A bound on a hang, as in the other runner tests (10-30 s).
        assert models.wait_for(head, timeout=30.0)
        assert models.membership_page(MembershipFilter()).total == 1
        assert last_heard(news, head) == head
    finally:
        models.close()
        other_app.close()


def test_replay_as_of_on_postgres(pg_app: Berjasa) -> None:
    _fill(pg_app, 2)
    moment = datetime.now(UTC)
    _fill(pg_app, 3, first=3)
    replayed = replay_as_of(pg_app.application, moment)
    try:
        assert replayed.stats()["registered_workers"] == 2
    finally:
        replayed.close()


def test_as_of_from_checkpoints_on_postgres(pg_app: Berjasa, schema: str) -> None:
    """Checkpoints live in the store's schema (bytea) and answer as the full replay does."""
    _fill(pg_app, 2)
    moment = datetime.now(UTC)
    _fill(pg_app, 3, first=3)
    head = pg_app.application.head_position()
    live = open_read_models(pg_app.application)
    try:
        live.catch_up()  # they lend the audit lines the checkpoints leave out
    finally:
        live.close()
    assert make_checkpoints(pg_app.application, every=4) == list(range(4, head + 1, 4))
    with _connect() as connection:
        found = connection.execute(
            f'SELECT COUNT(*) FROM "{schema}".rm_asof_checkpoint').fetchone()
    assert found is not None and found[0] == head // 4
    pairs = [(replay_as_of(pg_app.application, moment),
              replay_as_of(pg_app.application, moment, checkpoints=False)),
             (replay_through(pg_app.application, head - 1, moment),
              replay_through(pg_app.application, head - 1, moment, checkpoints=False))]
    try:
        for fast, oracle in pairs:
            assert fast.position() == oracle.position()
            assert fast.stats() == oracle.stats()
            assert (fast.membership_page(MembershipFilter()).rows
                    == oracle.membership_page(MembershipFilter()).rows)
            nik = oracle.membership_page(MembershipFilter()).rows[0]["nik"]
            for query in ({}, {"nik": nik}, {"event_type": "peserta"}, {"offset": 3}):
                assert fast.audit_trail(**query) == oracle.audit_trail(**query), query
            assert fast.audit_options() == oracle.audit_options()
            assert fast.position_time() == oracle.position_time()
        assert pairs[0][0].stats()["registered_workers"] == 2
    finally:
        for pair in pairs:
            for models in pair:
                models.close()


def test_the_timeline_session_moves_on_postgres(pg_app: Berjasa) -> None:
    """The GUI's as-of session on a PostgreSQL store: a move from a checkpoint (its audit
    lines lent by the store's `rm_audit`), one forward from the kept read models, one back;
    each answers as the full replay does."""
    from projections.asof_session import AsOfSession

    _fill(pg_app, 2)
    first = datetime.now(UTC)
    _fill(pg_app, 2, first=3)
    second = datetime.now(UTC)
    _fill(pg_app, 2, first=5)
    live = open_read_models(pg_app.application)
    try:
        live.catch_up()
    finally:
        live.close()
    assert make_checkpoints(pg_app.application, every=4)
    session = AsOfSession(pg_app.application)
    try:
        for moment, start in ((first, "checkpoint"), (second, "kept"),
                              (first, "checkpoint")):
            moved = session.move(moment)
            assert session.last_start == start
            oracle = replay_as_of(pg_app.application, moment, checkpoints=False)
            try:
                assert moved.position() == oracle.position()
                assert moved.stats() == oracle.stats()
                assert moved.audit_trail(limit=10**6) == oracle.audit_trail(limit=10**6)
            finally:
                oracle.close()
    finally:
        session.close()
