"""A second person for every seat (issue 23): a quota's opening waits for another
supervisor's or admin's confirmation before any enrolment; a refusal closes its seats."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import BerjasaError, PermissionDeniedError
from domain.model.kuota import CONFIRMED, Kuota
from domain.services.app import Berjasa
from domain.services.session import Session
from tests.factories import worker_fields
from tests.legacy_events import events_as_version_1

OPENED = "domain.model.kuota:Kuota.Opened"


def _worker(app: Berjasa, session: Session, serial: int) -> str:
    fields = worker_fields(serial)
    app.workers.register_worker(session, **fields)
    return str(fields["nik"])


def test_enrolment_waits_for_a_second_person(
    app: Berjasa, admin: Session, supervisor: Session, supervisor2: Session, operator: Session,
) -> None:
    quota = str(app.quotas.open_quota(supervisor, 2026, "JKK,JKM", 5)["quota"])
    shown = app.quotas.get_quota(operator, quota)
    assert shown["confirmed"] is False and shown["seats"] == 5 and shown["opened_by"] == "budi"
    assert [q["quota"] for q in app.quotas.unconfirmed_quotas(operator)] == [quota]
    nik = _worker(app, operator, 1)
    with pytest.raises(BerjasaError) as refused:
        app.quotas.enrol(operator, nik, quota)
    assert refused.value.code == "quota.unconfirmed"
    assert refused.value.params["approvers"] == "admin, citra"  # never the opener
    with pytest.raises(BerjasaError) as own:
        app.quotas.decide_quota_opening(supervisor, quota, True)
    assert own.value.code == "quota.confirm_own"
    with pytest.raises(PermissionDeniedError) as denied:
        app.quotas.decide_quota_opening(operator, quota, True)
    assert denied.value.code == "permission.denied"
    decided = app.quotas.decide_quota_opening(supervisor2, quota, True)
    assert decided["confirmed"] is True and decided["opening_decided_by"] == "citra"
    assert app.quotas.unconfirmed_quotas(operator) == []
    assert app.quotas.enrol(operator, nik, quota)["free"] == 4
    with pytest.raises(BerjasaError) as again:
        app.quotas.decide_quota_opening(admin, quota, False, "terlambat")
    assert again.value.code == "quota.opening_decided"


def test_a_refused_opening_closes_its_seats(
    app: Berjasa, supervisor: Session, supervisor2: Session, operator: Session,
) -> None:
    quota = str(app.quotas.open_quota(supervisor, 2026, "JKK,JKM", 5)["quota"])
    with pytest.raises(BerjasaError) as no_reason:
        app.quotas.decide_quota_opening(supervisor2, quota, False)
    assert no_reason.value.code == "reason.required"
    refused = app.quotas.decide_quota_opening(supervisor2, quota, False, "tidak ada di DPA")
    assert refused["opening"] == "ditolak" and refused["confirmed"] is False
    assert refused["seats"] == 0 and refused["free"] == 0
    assert app.quotas.unconfirmed_quotas(operator) == []  # decided: no longer waiting
    with pytest.raises(BerjasaError) as enrol:
        app.quotas.enrol(operator, _worker(app, operator, 2), quota)
    assert enrol.value.code == "quota.opening_refused"
    with pytest.raises(BerjasaError) as propose:
        app.quotas.propose_quota_change(operator, quota, 3, "APBD-P")
    assert propose.value.code == "quota.opening_refused"


def test_quotas_opened_before_the_rule_count_as_confirmed(
    app: Berjasa, supervisor: Session, operator: Session,
) -> None:
    with events_as_version_1(app, (OPENED,), added=("confirmed",)):
        quota = str(app.quotas.open_quota(supervisor, 2026, "JKK,JKM", 5)["quota"])
    assert app.quotas.get_quota(operator, quota)["confirmed"] is True  # read through the upcaster
    assert app.quotas.unconfirmed_quotas(operator) == []
    enrolled = app.quotas.enrol(operator, _worker(app, operator, 3), quota, date(2026, 11, 21))
    assert enrolled["free"] == 4


def test_version_3_snapshots_read_as_confirmed() -> None:
    state: dict[str, object] = {}
    Kuota.upcast_v3_v4(state)
    assert state["opening"] == CONFIRMED
