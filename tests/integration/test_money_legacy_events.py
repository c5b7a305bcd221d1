"""Histories stored before quota changes had effective dates and payments had months still
read: a version 1 approval takes effect on the day it was recorded (WITA), a version 1
payment pays no month in particular."""

from __future__ import annotations

from datetime import date

from berjasa.bootstrap import open_store
from domain.values import WITA
from projections import open_read_models
from tests.conftest import PASSWORD, fixed_clock
from tests.legacy_events import events_as_version_1

CHANGES = ("domain.model.kuota:Kuota.ChangeProposed", "domain.model.kuota:Kuota.ChangeApproved")
PAYMENT = ("domain.model.kebijakan:Kebijakan.BudgetPaymentRecorded",)


def test_version_1_changes_and_payments_read_with_their_defaults() -> None:
    app = fixed_clock(open_store("memory:"), date(2025, 6, 10))
    try:
        app.users.initialise_store("admin", PASSWORD, "uji-01")
        admin = app.users.sign_in("admin", PASSWORD, "uji-01")
        app.users.add_user(admin, "ani", "operator", PASSWORD)
        app.users.add_user(admin, "budi", "supervisor", PASSWORD)
        operator, supervisor = (app.users.sign_in(n, PASSWORD, "uji-02") for n in ("ani", "budi"))
        quota = app.quotas.open_quota(supervisor, 2025, "JKK,JKM", 10)["quota"]
        with events_as_version_1(app, CHANGES, added=("effective",)):
            change = app.quotas.propose_quota_change(operator, quota, 5, "APBD-P")["change"]
            app.quotas.decide_quota_change(supervisor, change, True)
        with events_as_version_1(app, PAYMENT, added=("months",)):
            app.policies.record_budget_payment(supervisor, 2025, 1_000_000, "2025-03-01", "SP2D-1")
        recorded = app.application.events.get(app.quotas.quota(quota).id)
        approved_on = list(recorded)[-1].timestamp.astimezone(WITA).date()
        assert app.quotas.quota(quota).changes[change]["effective"] == approved_on
        live = open_read_models(app.application)
        try:
            live.catch_up()
            row = next(q for q in live.quotas() if q["quota"] == quota)
            assert row["approved_changes"][0]["effective"] == approved_on.isoformat()
            assert live.policy_facts()["payments"][0]["months"] == []
        finally:
            live.close()
    finally:
        app.close()
