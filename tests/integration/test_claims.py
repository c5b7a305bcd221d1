from __future__ import annotations

import pytest

from domain.errors import PermissionDeniedError, RuleViolationError, ValidationError
from domain.services.app import Berjasa
from domain.services.session import Session
from tests.conftest import enrol_from
from tests.event_clock import EventClock
from tests.factories import worker_fields
from tests.opening import confirmed

HEIR = {"heir_name": "Siti Aminah", "heir_nik": "7371095505800002", "heir_relation": "istri"}


@pytest.fixture
def covered(
    app: Berjasa, operator: Session, supervisor: Session, event_clock: EventClock
) -> str:
    """A worker covered by JKK+JKM from 1 February to 30 June 2026, enrolled on the day
    the coverage starts (claims are reported on the test's today)."""
    event_clock.follow(app)
    event_clock.set("2026-02-01")
    quota = confirmed(app, app.quotas.open_quota(supervisor, 2026, "JKK,JKM", 10))["quota"]
    nik = str(app.workers.register_worker(operator, **worker_fields(1))["nik"])
    enrol_from(app, operator, nik, quota, "2026-02-01")
    app.quotas.terminate(operator, nik, quota, "moved", "2026-06-30", domicile="Kabupaten Gowa")
    event_clock.set("2026-11-21")
    return nik


@pytest.mark.parametrize("day", ["2026-02-01", "2026-04-15", "2026-06-30"])
def test_claim_accepted_when_covered_on_the_incident_date(
    app: Berjasa, operator: Session, covered: str, day: str
) -> None:
    claim = app.claims.report_claim(operator, covered, "JKK", day, place="Pasar Terong")
    assert claim["state"] == "dilaporkan" and claim["incident_date"] == day


@pytest.mark.parametrize(
    ("programme", "day"), [("JKK", "2026-01-31"), ("JKK", "2026-07-01"), ("JHT", "2026-03-01")]
)
def test_claim_refused_when_not_covered_that_day(
    app: Berjasa, operator: Session, covered: str, programme: str, day: str
) -> None:
    with pytest.raises(RuleViolationError) as refused:
        app.claims.report_claim(operator, covered, programme, day,
                                **(HEIR if programme == "JKM" else {}))
    assert refused.value.code == "claim.not_covered"
    assert day in refused.value.message()


def test_coverage_is_decided_from_history_not_todays_state(
    app: Berjasa, operator: Session, covered: str
) -> None:
    # The enrolment ended in June, yet a March accident reported in November is covered.
    assert app.workers.get_worker(operator, covered)["enrolments"][0]["end"] == "2026-06-30"
    assert app.claims.report_claim(operator, covered, "JKK", "2026-03-03")["state"] == "dilaporkan"


def test_the_same_incident_cannot_be_reported_twice(
    app: Berjasa, operator: Session, covered: str
) -> None:
    app.claims.report_claim(operator, covered, "JKK", "2026-03-03")
    with pytest.raises(RuleViolationError) as refused:
        app.claims.report_claim(operator, covered, "JKK", "2026-03-03")
    assert refused.value.code == "claim.already_reported"


def test_jkm_claim_needs_a_valid_heir(app: Berjasa, operator: Session, covered: str) -> None:
    with pytest.raises(ValidationError) as missing:
        app.claims.report_claim(operator, covered, "JKM", "2026-05-05")
    assert missing.value.code == "claim.heir_required"
    with pytest.raises(ValidationError) as relation:
        app.claims.report_claim(operator, covered, "JKM", "2026-05-05", **{**HEIR,
                                                                           "heir_relation": "x"})
    assert relation.value.code == "claim.relation_unknown"
    claim = app.claims.report_claim(operator, covered, "JKM", "2026-05-05", **HEIR)
    assert claim["details"]["heir_relation"] == "istri"


def test_full_workflow_to_payment(
    app: Berjasa, operator: Session, supervisor: Session, supervisor2: Session, covered: str
) -> None:
    code = app.claims.report_claim(operator, covered, "JKK", "2026-03-03")["claim"]
    with pytest.raises(RuleViolationError) as incomplete:
        app.claims.submit_claim(supervisor, code)
    assert incomplete.value.code == "claim.documents_missing"
    checklist = list(app.claims.get_claim(operator, code)["documents"])
    claim = app.claims.receive_claim_documents(operator, code, checklist[:2])
    assert claim["state"] == "dilaporkan" and len(claim["missing_documents"]) == 3
    with pytest.raises(RuleViolationError) as refused:
        app.claims.receive_claim_documents(operator, code, ["Surat sakti"])
    assert refused.value.code == "claim.document_unknown"
    assert app.claims.receive_claim_documents(operator, code,
                                              checklist)["state"] == "dokumen_lengkap"
    with pytest.raises(PermissionDeniedError) as refused:
        app.claims.submit_claim(operator, code)
    assert refused.value.code == "permission.denied"
    app.claims.submit_claim(supervisor, code, "2026-03-10", "BPJS/123")
    with pytest.raises(ValidationError) as refused:
        app.claims.pay_claim(supervisor, code, 0)
    assert refused.value.code == "claim.amount"
    # A JKK injury without days off work proposes medical care at cost only: no amount.
    assert app.claims.get_claim(operator, code)["proposed_amount"] is None
    # No figure vouches for any of it: above the threshold (selisih_bayar_ambang, data) a
    # second supervisor confirms it; no reason is asked (there is no proposal to differ from).
    waiting = app.claims.pay_claim(supervisor, code, "12.500.000", "2026-04-01")
    assert (waiting["state"], waiting["amount_paid"]) == ("menunggu_konfirmasi_bayar", 0)
    paid = app.claims.confirm_claim_payment(supervisor2, code)
    assert (paid["state"], paid["amount_paid"]) == ("dibayar", 12_500_000)
    other = app.claims.report_claim(operator, covered, "JKK", "2026-03-04")["claim"]
    app.claims.receive_claim_documents(operator, other, checklist)
    app.claims.submit_claim(supervisor, other, "2026-03-10", "BPJS/124")
    assert app.claims.pay_claim(supervisor, other, "750.000")["state"] == "dibayar"
    with pytest.raises(RuleViolationError) as final:
        app.claims.reject_claim(supervisor, code, "terlambat")
    assert final.value.code == "claim.state"


def test_rejection_needs_a_reason(
    app: Berjasa, operator: Session, supervisor: Session, covered: str
) -> None:
    code = app.claims.report_claim(operator, covered, "JKK", "2026-03-03")["claim"]
    with pytest.raises(ValidationError) as refused:
        app.claims.reject_claim(supervisor, code, " ")
    assert refused.value.code == "reason.required"
    claim = app.claims.reject_claim(supervisor, code, "bukan kecelakaan kerja")
    assert (claim["state"], claim["rejection_reason"]) == ("ditolak", "bukan kecelakaan kerja")


def test_incident_in_the_future_is_refused(app: Berjasa, operator: Session, covered: str) -> None:
    with pytest.raises(ValidationError) as refused:
        app.claims.report_claim(operator, covered, "JKK", "2026-12-01")
    assert refused.value.code == "claim.incident_future"
