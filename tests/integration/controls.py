"""What the tests of the controls an auditor found walkable (3 December 2026) share:
a refusal that records nothing, a 2026 quota opened on a clock the test moves, workers
registered and enrolled as clerks do."""

from __future__ import annotations

from typing import Any

import pytest

from domain.errors import BerjasaError
from domain.services.app import Berjasa
from domain.services.session import Session
from tests.event_clock import EventClock
from tests.factories import worker_fields
from tests.opening import confirmed

HEIR = {"heir_name": "Siti Aminah", "heir_nik": "7371095505800002", "heir_relation": "istri"}
memory_only = pytest.mark.parametrize("app", ["memory"], indirect=True)


def refused(code: str, call: Any, app: Berjasa) -> BerjasaError:
    """`call()` is refused with `code` and records nothing."""
    before = app.application.recorder.max_notification_id()
    with pytest.raises(BerjasaError) as error:
        call()
    assert error.value.code == code
    assert app.application.recorder.max_notification_id() == before
    return error.value


def quota_2026(app: Berjasa, supervisor: Session, clock: EventClock) -> str:
    """A JKK+JKM quota for 2026, opened on 20 December 2025; the app's calendar follows
    `clock` from here on."""
    clock.follow(app)
    clock.set("2025-12-20")
    return str(confirmed(app, app.quotas.open_quota(supervisor, 2026, "JKK,JKM", 10))["quota"])


@pytest.fixture
def quota(app: Berjasa, supervisor: Session, event_clock: EventClock) -> str:
    """`quota_2026` as a fixture: import it into a test module (`# noqa: F401`, the
    fixture) whose tests take `quota`."""
    return quota_2026(app, supervisor, event_clock)


def registered(app: Berjasa, operator: Session, serial: int, **fields: Any) -> str:
    return str(app.workers.register_worker(operator, **worker_fields(serial, **fields))["nik"])


def enrolled_on(app: Berjasa, operator: Session, clock: EventClock, quota: str, nik: str,
                day: str) -> None:
    """`nik` enrolled from `day`, recorded that day (no backdating)."""
    clock.set(day)
    app.quotas.enrol(operator, nik, quota, day)


def enrolled_pair(app: Berjasa, operator: Session, clock: EventClock, quota: str, name: str,
                  typed_again: str | None = None) -> tuple[str, str]:
    """Two records of one person (serials 1 and 2, the second's name as typed again,
    default the same), both enrolled from 5 January 2026: (kept, duplicate)."""
    kept = registered(app, operator, 1, name=name)
    duplicate = registered(app, operator, 2, name=typed_again or name)
    for nik in (kept, duplicate):
        enrolled_on(app, operator, clock, quota, nik, "2026-01-05")
    return kept, duplicate


def closed_february(app: Berjasa, operator: Session, supervisor: Session,
                    supervisor2: Session) -> str:
    """February 2026 closed; an approved correction of it (returned)."""
    app.periods.close_period(supervisor, "2026-02", "Februari ditagih, direkonsiliasi, dibayar")
    correction = app.periods.propose_period_correction(operator, "2026-02", "Berkas terlambat")
    app.periods.decide_period_correction(supervisor2, correction["correction"], True, "Sesuai")
    return correction["correction"]
