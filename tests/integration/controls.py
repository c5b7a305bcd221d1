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


def registered(app: Berjasa, operator: Session, serial: int, **fields: Any) -> str:
    return str(app.workers.register_worker(operator, **worker_fields(serial, **fields))["nik"])


def enrolled_on(app: Berjasa, operator: Session, clock: EventClock, quota: str, nik: str,
                day: str) -> None:
    """`nik` enrolled from `day`, recorded that day (no backdating)."""
    clock.set(day)
    app.quotas.enrol(operator, nik, quota, day)


def closed_february(app: Berjasa, operator: Session, supervisor: Session,
                    supervisor2: Session) -> str:
    """February 2026 closed; an approved correction of it (returned)."""
    app.periods.close_period(supervisor, "2026-02", "Februari ditagih, direkonsiliasi, dibayar")
    correction = app.periods.propose_period_correction(operator, "2026-02", "Berkas terlambat")
    app.periods.decide_period_correction(supervisor2, correction["correction"], True, "Sesuai")
    return correction["correction"]
