"""A second death through a second record of one person, before any supervisor looked at
the pair (an auditor's finding, 3 December 2026): a worker registered again under another
NIK (a digit lost, a typo) with the same name, birth date and kelurahan gets a death and
a death benefit of their own. The first death recorded for such a person key now holds
it: a lookalike's death waits for a supervisor's decision on the pair, through every
route a death is recorded by."""

from __future__ import annotations

from domain.services.app import Berjasa
from domain.services.session import Session
from tests.event_clock import EventClock
from tests.integration.controls import (
    HEIR,
    enrolled_on,
    memory_only,
    quota,  # noqa: F401 (the fixture)
    refused,
    registered,
)


@memory_only
def test_a_lookalikes_death_waits_for_a_decision_on_the_pair(
    app: Berjasa, operator: Session, supervisor: Session, event_clock: EventClock,
    quota: str,  # noqa: F811
) -> None:
    first = registered(app, operator, 1, name="Hasnah Daeng Ngalle")
    again = registered(app, operator, 2, name="HASNAH DG. NGALLE")  # another NIK, same person
    other = registered(app, operator, 3, name="Hasnah Daeng Ngalle")  # decided: someone else
    for nik in (first, again, other):
        enrolled_on(app, operator, event_clock, quota, nik, "2026-01-05")
    event_clock.set("2026-05-10")
    app.claims.report_claim(operator, first, "JKM", "2026-05-05", **HEIR)
    for route in (
        lambda: app.claims.report_claim(operator, again, "JKM", "2026-05-06", **HEIR),
        lambda: app.claims.report_claim(operator, again, "JKK", "2026-05-06", outcome="death",
                                        **HEIR),
        lambda: app.workers.record_death(operator, again, "2026-05-06"),
        lambda: app.quotas.terminate(operator, again, quota, "death", "2026-05-06"),
    ):
        error = refused("worker.lookalike_died", route, app)
        assert first in error.message("id") and first in error.message("en")
    # A supervisor decides each pair: the same person (one death), or different people.
    app.lifecycle.confirm_distinct(supervisor, [first, other], "KK berbeda, dicek ke kelurahan")
    assert app.workers.record_death(operator, other, "2026-05-07")["died_on"] == "2026-05-07"
    app.lifecycle.resolve_duplicate(supervisor, again, first, "NIK salah ketik")
    refused("claim.second_jkm",
            lambda: app.claims.report_claim(operator, again, "JKM", "2026-05-05", **HEIR), app)
