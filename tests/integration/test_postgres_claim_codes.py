"""Claim codes on the shared office store: two workstations reporting at the same moment
never share a code, and the codes of a year run on without a gap."""

from __future__ import annotations

import threading

import pytest

from berjasa.bootstrap import open_store
from domain.services.app import Berjasa
from tests.conftest import PASSWORD, POSTGRES_URL, enrol_from, fixed_clock
from tests.event_clock import EventClock
from tests.factories import worker_fields
from tests.opening import confirmed

pytestmark = pytest.mark.postgres
PER_WORKSTATION = 6


def test_two_workstations_number_claims_uniquely_and_in_sequence(
    postgres_schema: dict[str, str], event_clock: EventClock
) -> None:
    office = fixed_clock(open_store(POSTGRES_URL, extra_env=postgres_schema))
    event_clock.follow(office)
    event_clock.set("2026-01-01")  # enrolled when coverage starts: claims go straight on
    stations: list[Berjasa] = []
    try:
        office.users.initialise_store("admin", PASSWORD, "server")
        admin = office.users.sign_in("admin", PASSWORD, "server")
        office.users.add_user(admin, "ani", "operator", PASSWORD)
        quota = confirmed(office, office.quotas.open_quota(admin, 2026, "JKK,JKM", 50))["quota"]
        niks = [office.workers.register_worker(admin, **worker_fields(i))["nik"]
                for i in range(1, 2 * PER_WORKSTATION + 1)]
        for nik in niks:
            enrol_from(office, admin, nik, quota, "2026-01-01")
        event_clock.set("2026-11-21")
        stations = [fixed_clock(open_store(POSTGRES_URL, extra_env=postgres_schema))
                    for _ in range(2)]
        codes: list[str] = []
        start = threading.Barrier(2)

        def clerk(app: Berjasa, mine: list[str]) -> None:
            session = app.users.sign_in("ani", PASSWORD, f"pc-{id(app)}")
            start.wait(timeout=30)
            for nik in mine:
                codes.append(app.claims.report_claim(session, nik, "JKK", "2026-05-05")["claim"])

        threads = [threading.Thread(target=clerk, args=(app, niks[i::2]))
                   for i, app in enumerate(stations)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        expected = [f"KL-2026-{n:04d}" for n in range(1, 2 * PER_WORKSTATION + 1)]
        assert sorted(codes) == expected
        reported = {office.claims.get_claim(admin, code)["nik"] for code in codes}
        assert reported == set(niks)
    finally:
        for app in stations:
            app.close()
        office.close()
