from __future__ import annotations

import pytest

from domain.errors import (
    NotFoundError,
    PermissionDeniedError,
    RuleViolationError,
    ValidationError,
)
from domain.services.app import Berjasa
from domain.services.session import Session
from tests.conftest import enrol_from
from tests.factories import worker_fields
from tests.opening import confirmed


def _quota(
    app: Berjasa, supervisor: Session, seats: int = 3, programmes: str = "JKK,JKM", year: int = 2026
) -> str:
    return str(confirmed(app,
                         app.quotas.open_quota(supervisor, year, programmes, seats,
                                               basis="DPA"))["quota"])


def _workers(app: Berjasa, operator: Session, count: int, first: int = 1) -> list[str]:
    return [app.workers.register_worker(operator,
                                        **worker_fields(first + i))["nik"] for i in range(count)]


def test_quota_codes_are_sequential_per_year(app: Berjasa, supervisor: Session) -> None:
    assert _quota(app, supervisor) == "KU-2026-01"
    assert _quota(app, supervisor, programmes="JHT") == "KU-2026-02"
    assert _quota(app, supervisor, year=2025) == "KU-2025-01"


def test_quota_cost_comes_from_the_tariffs(app: Berjasa, supervisor: Session) -> None:
    quota = app.quotas.get_quota(supervisor, _quota(app, supervisor, seats=81466))
    assert quota["monthly_cost_per_seat"] == 16800
    assert quota["yearly_cost"] == 81466 * 16800 * 12


def test_operators_cannot_open_quotas(app: Berjasa, operator: Session) -> None:
    with pytest.raises(PermissionDeniedError) as refused:
        app.quotas.open_quota(operator, 2026, "JKK,JKM", 10)
    assert refused.value.code == "permission.denied"


@pytest.mark.parametrize(
    ("programmes", "seats", "code"),
    [
        ("JKK,XYZ", 10, "programme.unknown"),
        ("", 10, "programme.none"),
        ("JKK", 0, "quota.seats_positive"),
        ("JKK", -5, "quota.seats_positive"),
    ],
)
def test_quota_inputs_are_checked(
    app: Berjasa, supervisor: Session, programmes: str, seats: int, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        confirmed(app, app.quotas.open_quota(supervisor, 2026, programmes, seats))
    assert refused.value.code == code


def test_maker_checker_on_quota_changes(
    app: Berjasa, operator: Session, supervisor: Session, supervisor2: Session
) -> None:
    quota = _quota(app, supervisor, seats=35782)
    change = app.quotas.propose_quota_change(operator, quota, 45684, "APBD-P 2025")["change"]
    assert app.quotas.get_quota(operator, quota)["seats"] == 35782
    with pytest.raises(PermissionDeniedError) as refused:
        app.quotas.decide_quota_change(operator, change, approve=True)
    assert refused.value.code == "permission.denied"
    decided = app.quotas.decide_quota_change(supervisor, change, approve=True)
    assert decided["seats"] == 81466 and decided["state"] == "disetujui"
    own = app.quotas.propose_quota_change(supervisor, quota, 100, "cadangan")["change"]
    with pytest.raises(RuleViolationError) as refused:
        app.quotas.decide_quota_change(supervisor, own, approve=True)
    assert refused.value.code == "quota.own_proposal"
    app.quotas.decide_quota_change(supervisor2, own, approve=False, reason="anggaran tidak cukup")
    with pytest.raises(RuleViolationError) as again:
        app.quotas.decide_quota_change(supervisor2, own, approve=True)
    assert again.value.code == "quota.change_not_pending"


def test_a_change_needs_a_reason(app: Berjasa, operator: Session, supervisor: Session) -> None:
    quota = _quota(app, supervisor)
    with pytest.raises(ValidationError) as refused:
        app.quotas.propose_quota_change(operator, quota, 5, "")
    assert refused.value.code == "reason.required"


def test_seats_never_fall_below_seats_in_use(
    app: Berjasa, operator: Session, supervisor: Session, supervisor2: Session
) -> None:
    quota = _quota(app, supervisor, seats=3)
    for nik in _workers(app, operator, 2):
        enrol_from(app, operator, nik, quota, "2026-01-01")
    with pytest.raises(RuleViolationError) as refused:
        app.quotas.propose_quota_change(operator, quota, -2, "efisiensi")
    assert refused.value.code == "quota.below_used"
    change = app.quotas.propose_quota_change(operator, quota, -1, "efisiensi")["change"]
    enrol_from(app, operator, _workers(app, operator, 1, first=10)[0], quota, "2026-01-01")
    with pytest.raises(RuleViolationError) as refused:
        app.quotas.decide_quota_change(supervisor2, change, approve=True)
    assert refused.value.code == "quota.below_used"


def test_a_quota_is_never_over_enrolled(
    app: Berjasa, operator: Session, supervisor: Session
) -> None:
    quota = _quota(app, supervisor, seats=2)
    first, second, third = _workers(app, operator, 3)
    enrol_from(app, operator, first, quota, "2026-01-01")
    enrol_from(app, operator, second, quota, "2026-01-01")
    with pytest.raises(RuleViolationError) as refused:
        enrol_from(app, operator, third, quota, "2026-01-01")
    assert refused.value.code == "quota.full"
    assert app.quotas.get_quota(operator, quota)["used"] == 2
    app.quotas.terminate(operator, second, quota, "moved", "2026-03-31", domicile="Kabupaten Gowa")
    enrol_from(app, operator, third, quota, "2026-04-01")
    assert app.quotas.get_quota(operator, quota)["used"] == 2


def test_no_two_active_enrolments_in_one_programme(
    app: Berjasa, operator: Session, supervisor: Session
) -> None:
    jkk_jkm = _quota(app, supervisor)
    other = _quota(app, supervisor, programmes="JKM")
    jht = _quota(app, supervisor, programmes="JHT")
    nik = _workers(app, operator, 1)[0]
    enrol_from(app, operator, nik, jkk_jkm, "2026-01-01")
    with pytest.raises(RuleViolationError) as twice:
        enrol_from(app, operator, nik, jkk_jkm, "2026-02-01")
    assert twice.value.code == "enrolment.already_in_quota"
    with pytest.raises(RuleViolationError) as overlap:
        enrol_from(app, operator, nik, other, "2026-02-01")
    assert overlap.value.code == "eligibility.double_coverage"
    enrol_from(app, operator, nik, jht, "2026-01-01")


def test_next_years_quota_can_follow_this_years(
    app: Berjasa, operator: Session, supervisor: Session
) -> None:
    this_year = _quota(app, supervisor, year=2025)
    next_year = _quota(app, supervisor, year=2026)
    nik = _workers(app, operator, 1)[0]
    enrol_from(app, operator, nik, this_year, "2025-03-01")
    enrol_from(app, operator, nik, next_year, "2026-01-01")
    assert len(app.workers.get_worker(operator, nik)["enrolments"]) == 2


def test_enrolment_start_must_be_inside_the_quota_period(
    app: Berjasa, operator: Session, supervisor: Session
) -> None:
    quota = _quota(app, supervisor, year=2025)
    nik = _workers(app, operator, 1)[0]
    with pytest.raises(RuleViolationError) as refused:
        enrol_from(app, operator, nik, quota, "2026-01-01")
    assert refused.value.code == "quota.period_outside"


def test_termination_reasons_and_dates(
    app: Berjasa, operator: Session, supervisor: Session
) -> None:
    quota = _quota(app, supervisor)
    nik = _workers(app, operator, 1)[0]
    with pytest.raises(RuleViolationError) as refused:
        app.quotas.terminate(operator, nik, quota, "moved", domicile="Kabupaten Gowa")
    assert refused.value.code == "enrolment.not_found"
    enrol_from(app, operator, nik, quota, "2026-03-01")
    with pytest.raises(ValidationError) as refused:
        app.quotas.terminate(operator, nik, quota, "bosan")
    assert refused.value.code == "enrolment.reason_unknown"
    with pytest.raises(RuleViolationError) as early:
        app.quotas.terminate(operator, nik, quota, "formal", "2026-02-01", employer="PT Uji")
    assert early.value.code == "enrolment.end_before_start"
    result = app.quotas.terminate(operator, nik, quota, "formal", "2026-06-30",
                                  note="bekerja di pabrik",
                           employer="PT Pabrik Uji")
    assert result["free"] == 3
    enrolment = app.workers.get_worker(operator, nik)["enrolments"][0]
    assert (enrolment["end"], enrolment["end_reason"]) == ("2026-06-30", "formal")


def test_unknown_quota(app: Berjasa, operator: Session) -> None:
    nik = _workers(app, operator, 1)[0]
    with pytest.raises(NotFoundError) as missing:
        enrol_from(app, operator, nik, "KU-2099-01")
    assert missing.value.code == "quota.not_found"
