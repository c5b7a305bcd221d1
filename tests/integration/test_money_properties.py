"""Property: on random histories (quotas, seat changes with effective dates, enrolments,
terminations, deaths, tariff changes) the read models' need, cost, committed and monthly
bills equal a brute-force oracle that walks every worker and every day, reading only the
aggregates (never the read models)."""

from __future__ import annotations

from contextlib import suppress
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from berjasa.bootstrap import open_store
from domain.errors import BerjasaError
from domain.model.kuota import APPROVED
from domain.model.peserta import coverage_end
from domain.money import billing_rules
from domain.services.app import Berjasa
from projections import open_read_models
from tests.conftest import PASSWORD, enrol_from, fixed_clock
from tests.factories import worker_fields
from tests.opening import confirmed

TODAY = date(2026, 8, 20)
FIRST, LAST = date(2025, 1, 1), date(2026, 12, 31)
BUNDLES = ("JKK,JKM", "JHT", "JKK,JKM,JHT")


def _day(seed: int) -> date:
    return FIRST + timedelta(days=seed % ((LAST - FIRST).days + 1))


def _build(ops: list[tuple[int, int, int]]) -> tuple[Berjasa, list[str], list[str]]:
    app = fixed_clock(open_store("memory:"), TODAY)
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    app.users.add_user(admin, "ani", "operator", PASSWORD)
    app.users.add_user(admin, "budi", "supervisor", PASSWORD)
    operator, supervisor = (app.users.sign_in(n, PASSWORD, "uji-02") for n in ("ani", "budi"))
    niks = [app.workers.register_worker(operator, **worker_fields(i + 1))["nik"] for i in range(6)]
    quotas: list[str] = []
    for kind, a, b in ops:
        with suppress(BerjasaError):
            if kind == 0 or not quotas:
                quotas.append(confirmed(app,
                                        app.quotas.open_quota(supervisor, 2025 + a % 2,
                                                              BUNDLES[b % 3],
                                             1 + b % 4))["quota"])
            elif kind == 1:
                start = _day(a)
                enrol_from(app, operator, niks[b % len(niks)], quotas[a % len(quotas)], start)
            elif kind == 2:
                worker = app.workers.worker_by_nik(niks[b % len(niks)])
                open_ = [e for e in worker.enrolments if e["end"] is None]
                if open_:
                    chosen = open_[a % len(open_)]
                    end = chosen["start"] + timedelta(days=a % 200)
                    app.quotas.terminate(operator, worker.nik, chosen["quota"], "error", end=end)
            elif kind == 3:
                quota = app.quotas.quota(quotas[a % len(quotas)])
                span = (quota.period_end - quota.period_start).days
                effective = quota.period_start + timedelta(days=b % (span + 1))
                change = app.quotas.propose_quota_change(
                    operator, quota.code, 1 + b % 3 if a % 4 else -1, "APBD-P",
                    effective=effective if a % 3 else None)["change"]
                app.quotas.decide_quota_change(supervisor, change, True)
            elif kind == 4:
                app.workers.record_death(operator, niks[b % len(niks)], _day(a), "meninggal")
            else:
                programme = ("JKK", "JKM", "JHT")[b % 3]
                app.tariffs.set_tariff(admin, programme, _day(a), 5_000 + 100 * (a % 50), "PP uji")
    return app, niks, quotas


# --- the oracle -------------------------------------------------------------------------------


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _rate(app: Berjasa, programme: str, month: str) -> int:
    first = date.fromisoformat(month + "-01")
    rates = [r for r in app.tariffs.tariff_schedule().rates
             if r["programme"] == programme and r["effective_from"] <= first]
    return int(max(rates, key=lambda r: r["effective_from"])["monthly_amount"])


def _minimum(month: str, days_in_month: int) -> int:
    first = date.fromisoformat(month + "-01")
    rule = [r for r in billing_rules() if r.effective_from <= first][-1]
    return min(rule.minimum_days, days_in_month)


def _days() -> list[date]:
    return [FIRST + timedelta(days=i) for i in range((LAST - FIRST).days + 1)]


def oracle_bills(app: Berjasa, niks: list[str]) -> dict[str, dict[str, Any]]:
    """Per month: per worker NIK, {programme: paying quota}; walking every day."""
    days = _days()
    month_days: dict[str, int] = {}
    for day in days:
        month_days[_month(day)] = month_days.get(_month(day), 0) + 1
    bills: dict[str, dict[str, Any]] = {}
    for nik in niks:
        worker = app.workers.worker_by_nik(nik)
        covered: dict[tuple[str, str], set[date]] = {}
        touching: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for day in days:
            for enrolment in worker.enrolments:
                if enrolment["start"] <= day <= coverage_end(enrolment):
                    for programme in enrolment["programmes"]:
                        key = (programme, _month(day))
                        covered.setdefault(key, set()).add(day)
                        if enrolment not in touching.setdefault(key, []):
                            touching[key].append(enrolment)
        for (programme, month), found in covered.items():
            if len(found) >= _minimum(month, month_days[month]):
                owner = max(touching[(programme, month)], key=lambda e: (e["start"], e["quota"]))
                bills.setdefault(month, {}).setdefault(nik, {})[programme] = owner["quota"]
    return bills


def oracle_seats(app: Berjasa, code: str) -> dict[str, int]:
    quota = app.quotas.quota(code)
    approved = [c for c in quota.changes.values() if c["state"] == APPROVED]
    opening = quota.seats - sum(int(c["delta"]) for c in approved)
    daily: dict[str, list[int]] = {}
    for day in _days():
        inside = quota.period_start <= day <= quota.period_end
        seats = opening + sum(int(c["delta"]) for c in approved
                              if max(c["effective"], quota.period_start) <= day)
        if quota.period_start.replace(day=1) <= day <= quota.period_end:
            daily.setdefault(_month(day), []).append(seats if inside else 0)
    return {month: sorted(values, reverse=True)[_minimum(month, len(values)) - 1]
            for month, values in daily.items()}


def oracle_quota(app: Berjasa, code: str, bills: dict[str, dict[str, Any]],
                 upto: str) -> dict[str, int]:
    quota = app.quotas.quota(code)
    seats = oracle_seats(app, code)
    need = sum(n * sum(_rate(app, p, m) for p in quota.programmes) for m, n in seats.items())
    member_months = cost = committed = 0
    for month, workers in bills.items():
        for paid_by in workers.values():
            mine = [p for p, q in paid_by.items() if q == code]
            amount = sum(_rate(app, p, month) for p in mine)
            committed += amount
            if month <= upto:
                cost += amount
                member_months += 1 if mine else 0
    return {"seat_months": sum(seats.values()), "need": need, "member_months": member_months,
            "cost": cost, "committed": committed}


OPS = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 10_000), st.integers(0, 10_000)),
               min_size=4, max_size=22)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPS)
def test_need_cost_and_bills_equal_the_day_walking_oracle(ops: list[tuple[int, int, int]]) -> None:
    app, niks, quotas = _build(ops)
    live = open_read_models(app.application)
    try:
        live.catch_up()
        bills = oracle_bills(app, niks)
        upto = _month(TODAY)
        figures = live.quota_money(TODAY)
        for code in quotas:
            found = {k: figures[code][k] for k in ("seat_months", "need", "member_months",
                                                  "cost", "committed")}
            assert found == oracle_quota(app, code, bills, upto), code
        stats = {q["quota"]: q for q in live.stats(TODAY)["quotas"]}
        for code in quotas:
            assert stats[code]["need"] == figures[code]["need"]
            assert stats[code]["cost"] == figures[code]["cost"]
        for month_index in range(24):
            month = f"{2025 + month_index // 12}-{month_index % 12 + 1:02d}"
            summary = live.bill(month).summary()
            assert live.bill_summary(month) == summary, month  # counted by SQL alike
            expected = bills.get(month, {})
            assert summary["workers"] == len(expected), month
            assert summary["amount"] == sum(_rate(app, p, month) for paid in expected.values()
                                            for p in paid), month
            # The quotas' amounts of a month add up to the month's bill.
            assert summary["amount"] == sum(
                m["amount"] for f in figures.values() for m in f["months"] if m["month"] == month)
    finally:
        live.close()
        app.close()
