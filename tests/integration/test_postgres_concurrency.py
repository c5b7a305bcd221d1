"""Eight workstations enrol into one quota at once on the real PostgreSQL server."""

from __future__ import annotations

import multiprocessing
import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from domain.model.kuota import Kuota
from domain.services.app import Berjasa
from domain.services.session import Session
from tests.conftest import PASSWORD, POSTGRES_URL, fixed_clock
from tests.integration.clerks import enrol_clerk, preregister
from tests.opening import confirmed

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
# 800 enrolments for 500 seats: every clerk still meets the others at the last seats.
CLERKS, PER_CLERK, SEATS = 8, 100, 500
DEADLINE_SECONDS = 400


@pytest.fixture
def office(postgres_schema: dict[str, str]) -> Iterator[tuple[Berjasa, Session]]:
    app = fixed_clock(open_store(POSTGRES_URL, extra_env=postgres_schema))
    app.users.initialise_store("admin", PASSWORD, "server")
    admin = app.users.sign_in("admin", PASSWORD, "server")
    app.users.add_user(admin, "ani", "operator", PASSWORD)
    yield app, admin
    app.close()


def run_clerks(env: dict[str, str], quota: str, niks: list[str]) -> list[dict[str, Any]]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(CLERKS + 1)
    results = context.Queue()
    clerks = [context.Process(target=enrol_clerk, args=(
        POSTGRES_URL, env, n, niks[n * PER_CLERK:(n + 1) * PER_CLERK], quota, barrier,
        results)) for n in range(CLERKS)]
    for clerk in clerks:
        clerk.start()
    try:
        barrier.wait(timeout=DEADLINE_SECONDS)  # every clerk is connected: enrolment starts
    except threading.BrokenBarrierError:
        pytest.fail(f"a clerk could not start: {results.get(timeout=DEADLINE_SECONDS)}")
    outcomes = [results.get(timeout=DEADLINE_SECONDS) for _ in clerks]
    for clerk in clerks:
        clerk.join(timeout=DEADLINE_SECONDS)
    assert [o.get("crashed") for o in outcomes] == [None] * CLERKS
    assert [clerk.exitcode for clerk in clerks] == [0] * CLERKS
    return outcomes


def seat_holders(app: Berjasa, quota: Kuota) -> list[str]:
    return [worker for _, event in app.application.iter_events() if isinstance(event,
                                                                               Kuota.SeatsTaken)
            and event.originator_id == quota.id for worker in event.workers]


def test_eight_clerks_fill_one_quota_exactly(
    office: tuple[Berjasa, Session], postgres_schema: dict[str, str]
) -> None:
    app, admin = office
    quota = confirmed(app, app.quotas.open_quota(admin, 2026, ["JKK", "JKM"], SEATS))["quota"]
    niks = preregister(app, range(1, CLERKS * PER_CLERK + 1))

    outcomes = run_clerks(postgres_schema, quota, niks)

    enrolled = [nik for outcome in outcomes for nik in outcome["enrolled"]]
    refused = sum((Counter(outcome["refused"]) for outcome in outcomes), Counter())
    assert len(enrolled) == SEATS
    assert refused == Counter({"quota.full": CLERKS * PER_CLERK - SEATS})
    assert app.quotas.get_quota(admin, quota)["used"] == SEATS
    holders = seat_holders(app, app.quotas.quota(quota))
    assert len(holders) == len(set(holders)) == SEATS
    for nik in enrolled[:: PER_CLERK // 10]:
        assert [e["quota"] for e in app.workers.get_worker(admin, nik)["enrolments"]] == [quota]
    positions = [position for position, _ in app.application.iter_events()]
    assert positions == list(range(1, len(positions) + 1))

