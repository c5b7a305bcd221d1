"""Policy facts for the Paritrana dossier, recorded as events through the services."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from domain.errors import PermissionDeniedError, RuleViolationError, ValidationError
from domain.services.app import Berjasa
from domain.services.session import Session

NIP = "197001012000031001"


def test_regulations_are_recorded_in_date_order(app: Berjasa, supervisor: Session) -> None:
    app.policies.record_regulation(supervisor, "SE", "278/2025", "2025-03-01",
                                   "Perlindungan pekerja")
    app.policies.record_regulation(supervisor, "perwali", "62 Tahun 2018", "2018-09-01",
                                   "Jaminan sosial ketenagakerjaan")
    facts = app.policies.policy_facts(supervisor)
    assert [(r["kind"], r["number"]) for r in facts["regulations"]] == [
        ("Perwali", "62 Tahun 2018"), ("SE", "278/2025")]
    assert facts["office"] and facts["city"]


def test_a_regulation_is_recorded_once(app: Berjasa, supervisor: Session) -> None:
    app.policies.record_regulation(supervisor, "SE", "278/2025", "2025-03-01",
                                   "Perlindungan pekerja")
    with pytest.raises(RuleViolationError) as refused:
        app.policies.record_regulation(supervisor, "SE", "278/2025", "2025-03-02", "lagi")
    assert refused.value.code == "policy.regulation_exists"


def test_revoking_needs_a_reason_and_keeps_the_record(app: Berjasa, supervisor: Session) -> None:
    app.policies.record_regulation(supervisor, "Perda", "1/2026", "2026-01-05", "Rancangan",
                                   "rancangan")
    with pytest.raises(ValidationError) as refused:
        app.policies.revoke_regulation(supervisor, "Perda", "1/2026", "")
    assert refused.value.code == "reason.required"
    app.policies.revoke_regulation(supervisor, "Perda", "1/2026", "diganti Perda 2/2026")
    assert app.policies.policy_facts(supervisor)["regulations"][0]["status"] == "dicabut"


@pytest.mark.parametrize(("kind", "issued", "code"), [
    ("Keppres", "2025-01-01", "policy.choice"),
    ("SE", "31-02-2025", "date.invalid"),
])
def test_regulation_inputs_are_checked(app: Berjasa, supervisor: Session, kind: str,
                                       issued: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        app.policies.record_regulation(supervisor, kind, "1/2025", issued, "Perihal")
    assert refused.value.code == code


def test_budget_payments_are_summed_per_year_and_never_twice(
    app: Berjasa, supervisor: Session,
) -> None:
    app.policies.allocate_budget(supervisor, 2025, "16.423.545.600", "DPA Disnaker 2025")
    app.policies.record_budget_payment(supervisor, 2025, 8_000_000_000, "2025-06-30", "SP2D-001")
    app.policies.record_budget_payment(supervisor, 2025, 7_500_000_000, "2025-12-15", "SP2D-002")
    with pytest.raises(RuleViolationError) as refused:
        app.policies.record_budget_payment(supervisor, 2025, 1, "2025-12-16", "sp2d-002")
    assert refused.value.code == "policy.payment_exists"
    facts = app.policies.policy_facts(supervisor)
    assert sum(p["amount"] for p in facts["payments"]) == 15_500_000_000
    assert facts["allocations"] == [{"year": 2025, "amount": 16_423_545_600,
                                     "document": "DPA Disnaker 2025"}]


def test_workforce_and_target_keep_the_latest_figure_per_year(
    app: Berjasa, supervisor: Session,
) -> None:
    app.policies.record_workforce(supervisor, 2025, 650_000, "BPS Sakernas Februari 2025")
    app.policies.record_workforce(supervisor, 2025, 662_345, "BPS Sakernas Agustus 2025")
    app.policies.set_coverage_target(supervisor, 2026, "72,50")
    facts = app.policies.policy_facts(supervisor)
    assert facts["workforce"] == [{"year": 2025, "count": 662_345,
                                   "source": "BPS Sakernas Agustus 2025"}]
    assert facts["targets"][0]["percent"] == 72.5


@pytest.mark.parametrize("percent", ["0", "100,5", "tujuh puluh"])
def test_target_percent_is_checked(app: Berjasa, supervisor: Session, percent: str) -> None:
    with pytest.raises(ValidationError) as refused:
        app.policies.set_coverage_target(supervisor, 2026, percent)
    assert refused.value.code == "policy.percent"


def test_head_of_office_needs_an_18_digit_nip(app: Berjasa, supervisor: Session) -> None:
    with pytest.raises(ValidationError) as refused:
        app.policies.record_head_of_office(supervisor, "Andi Pattiware", "1970 0101")
    assert refused.value.code == "policy.nip"
    app.policies.record_head_of_office(supervisor, "Andi Pattiware", "19700101 200003 1 001")
    assert app.policies.policy_facts(supervisor)["head_of_office"]["nip"] == NIP


def test_only_supervisors_record_policy_and_everyone_reads(
    app: Berjasa, operator: Session, auditor: Session, supervisor: Session,
) -> None:
    with pytest.raises(PermissionDeniedError) as refused:
        app.policies.record_workforce(operator, 2025, 1000, "BPS")
    assert refused.value.code == "permission.denied"
    app.policies.record_workforce(supervisor, 2025, 1000, "BPS")
    assert app.policies.policy_facts(auditor)["workforce"][0]["count"] == 1000


def test_facts_as_of_a_moment_leave_out_later_events(app: Berjasa, supervisor: Session) -> None:
    app.policies.record_workforce(supervisor, 2025, 1000, "BPS")
    between = datetime.now().astimezone() + timedelta(microseconds=1)
    facts_before = app.policies.policy_facts(supervisor, as_of=between - timedelta(days=1))
    app.policies.record_regulation(supervisor, "SE", "9/2026", "2026-01-01", "Perihal")
    assert facts_before["workforce"] == []
    as_of_between = app.policies.policy_facts(supervisor, as_of=between)
    assert as_of_between["workforce"][0]["count"] == 1000
    assert as_of_between["regulations"] == []
    assert app.policies.policy_facts(supervisor)["regulations"][0]["number"] == "9/2026"
