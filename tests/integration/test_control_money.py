"""Money an auditor found walkable (3 December 2026): a death dated before an enrolment's
start billed that start's month (fixed in a3d40cb: a member-month is billed only for a
worker covered on a day of it, and a worker dead before the start never was), checked
here through the bill a clerk reads, and the same one-day coverage through a duplicate
resolved from a day before its enrolment's start (the person billed twice) or JHT
starting after the JKK+JKM it rests on ended; an APBD payment (SP2D) for a month an
earlier payment already paid was recorded again without a word."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from billing.service import show_bill
from domain.model.peserta import Peserta, coverage_end
from domain.services.app import Berjasa
from domain.services.session import Session
from projections import open_read_models
from tests.conftest import PASSWORD
from tests.event_clock import EventClock
from tests.integration.controls import (
    enrolled_on,
    memory_only,
    quota,  # noqa: F401 (the fixture)
    refused,
    registered,
)
from tests.opening import confirmed
from tests.security_helpers import populated_store, run_console

JKK_JKM = 16_800  # the month's JKK (Rp10,000) + JKM (Rp6,800)


# --- a death before the start ---------------------------------------------------------------


def covered_days(worker: Peserta, month: str) -> list[date]:
    """The oracle: the days of `month` an enrolment of `worker` covers, walked one by one,
    none after the worker's death whatever an enrolment's end says."""
    first = date.fromisoformat(f"{month}-01")
    days, day = [], first
    while day.month == first.month:
        alive = worker.died_on is None or day <= worker.died_on
        if alive and any(e["start"] <= day <= coverage_end(e) for e in worker.enrolments):
            days.append(day)
        day += timedelta(days=1)
    return days


def billed_niks(app: Berjasa, month: str) -> set[str]:
    models = open_read_models(app.application)
    try:
        models.catch_up()
        return {line.nik for line in models.bill(month).lines}
    finally:
        models.close()


@memory_only
def test_a_death_dated_before_the_enrolments_start_bills_no_month(
    app: Berjasa, operator: Session, event_clock: EventClock, quota: str,  # noqa: F811
) -> None:
    dead_before = registered(app, operator, 1, name="Daeng Sikki")
    dead_on_start = registered(app, operator, 2, name="Hasnah Tayeb")
    living = registered(app, operator, 3, name="Baharuddin Lolo")
    for nik in (dead_before, dead_on_start, living):
        enrolled_on(app, operator, event_clock, quota, nik, "2026-03-01")
    event_clock.set("2026-03-10")  # the family reports deaths the register had missed
    app.workers.record_death(operator, dead_before, "2026-02-20", "laporan keluarga")
    app.workers.record_death(operator, dead_on_start, "2026-03-01", "laporan keluarga")

    workers = {nik: app.workers.worker_by_nik(nik) for nik in (dead_before, dead_on_start,
                                                                living)}
    for month in ("2026-02", "2026-03", "2026-04"):
        oracle = {nik for nik, w in workers.items() if covered_days(w, month)}
        assert billed_niks(app, month) == oracle
        bill = show_bill(app, operator, month)
        assert (bill["workers"], bill["amount"]) == (len(oracle), len(oracle) * JKK_JKM)
    # March: the worker who died on the start day was covered that day; the one who died
    # in February never was. April: only the living worker.
    assert show_bill(app, operator, "2026-03")["workers"] == 2
    assert billed_niks(app, "2026-03") == {dead_on_start, living}
    assert billed_niks(app, "2026-04") == {living}
    # The worker's record agrees: no day of coverage (a claim looks here).
    assert not any(workers[dead_before].covered_on(p, date(2026, 3, 1)) for p in ("JKK", "JKM"))


@memory_only
def test_a_duplicate_resolved_from_before_its_enrolments_start_is_not_billed(
    app: Berjasa, operator: Session, supervisor: Session, event_clock: EventClock,
    quota: str,  # noqa: F811
) -> None:
    kept = registered(app, operator, 1, name="Ma'ruf Halim")
    duplicate = registered(app, operator, 2, name="MARUF HALIM")  # the same person again
    enrolled_on(app, operator, event_clock, quota, kept, "2026-01-05")
    enrolled_on(app, operator, event_clock, quota, duplicate, "2026-03-01")
    event_clock.set("2026-03-05")
    app.lifecycle.resolve_duplicate(supervisor, duplicate, kept, "NIK dirusak Excel",
                                    "2026-02-15")
    # From 15 February the person is the survivor's: the copy's enrolment from 1 March
    # covers no day (it ended on its start day, billing the person twice for March).
    copy = app.workers.worker_by_nik(duplicate)
    assert [(e["end"], e["end_reason"]) for e in copy.enrolments] == [
        (date(2026, 2, 15), "duplicate")]
    for month in ("2026-02", "2026-03"):
        assert covered_days(copy, month) == []
        assert billed_niks(app, month) == {kept}
        assert show_bill(app, operator, month)["amount"] == JKK_JKM
    # A clerk's own termination still may not end an enrolment before its start.
    third = registered(app, operator, 3, name="Baharuddin Lolo")
    enrolled_on(app, operator, event_clock, quota, third, "2026-03-05")
    refused("enrolment.end_before_start", lambda: app.quotas.terminate(
        operator, third, quota, "error", "2026-03-04"), app)


@memory_only
def test_jht_starting_after_its_base_ended_is_not_billed(
    app: Berjasa, operator: Session, supervisor: Session, event_clock: EventClock,
    quota: str,  # noqa: F811
) -> None:
    jht = str(confirmed(app, app.quotas.open_quota(supervisor, 2026, "JHT", 10))["quota"])
    nik = registered(app, operator, 1)
    enrolled_on(app, operator, event_clock, quota, nik, "2026-01-05")
    enrolled_on(app, operator, event_clock, jht, nik, "2026-03-01")
    event_clock.set("2026-03-05")
    app.quotas.terminate(operator, nik, quota, "error", "2026-02-20")
    # JHT rests on JKK+JKM: ended with its base on 20 February, before its own start, it
    # covers no day (it ended on 1 March: JHT billed for March without its base).
    worker = app.workers.worker_by_nik(nik)
    assert [e["end"] for e in worker.enrolments] == [date(2026, 2, 20)] * 2
    assert covered_days(worker, "2026-03") == []
    assert billed_niks(app, "2026-03") == set()
    assert show_bill(app, operator, "2026-03")["amount"] == 0
    assert show_bill(app, operator, "2026-02")["by_programme"].keys() == {"JKK", "JKM"}


# --- a month paid twice ---------------------------------------------------------------------


@memory_only
def test_a_month_already_paid_is_paid_again_only_with_a_reason(
    app: Berjasa, supervisor: Session, event_clock: EventClock, quota: str,  # noqa: F811
) -> None:
    event_clock.set("2026-03-20")
    app.policies.record_budget_payment(supervisor, 2026, 2 * JKK_JKM, "2026-03-14",
                                       "SP2D/2026/001", months=["2026-01", "2026-02"])
    error = refused("policy.month_paid", lambda: app.policies.record_budget_payment(
        supervisor, 2026, JKK_JKM, "2026-03-20", "SP2D/2026/002",
        months=["2026-02", "2026-03"]), app)
    assert "2026-02" in error.message("id") and "SP2D/2026/001" in error.message("id")
    assert "already paid" in error.message("en")
    # A month no payment names is paid as before.
    app.policies.record_budget_payment(supervisor, 2026, JKK_JKM, "2026-03-20",
                                       "SP2D/2026/002", months=["2026-03"])
    # A top-up says why; the reason stays with the payment's event.
    paid = app.policies.record_budget_payment(
        supervisor, 2026, 1_000, "2026-03-20", "SP2D/2026/003", months=["2026-02"],
        reason="Tagihan BPJS Februari lebih besar Rp1.000 (rekonsiliasi)")
    assert [(p["reference"], p["months"]) for p in paid["payments"]
            if "2026-02" in p["months"]] == [("SP2D/2026/001", ["2026-01", "2026-02"]),
                                             ("SP2D/2026/003", ["2026-02"])]


def test_the_console_refuses_a_month_paid_twice_unless_a_reason_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "uji.db"
    populated_store(path, workers=0).close()
    monkeypatch.setenv("BERJASA_STORE", f"sqlite:///{path.as_posix()}")
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    pay = ("--user", "admin", "policy", "budget", "pay", "--year", "2026", "--amount",
           "16800", "--paid-on", "2026-02-14")
    status, first = run_console(capsys, *pay, "--reference", "SP2D/2026/001",
                                "--month", "2026-01")
    assert (status, first["payments"][0]["months"]) == (0, ["2026-01"])
    status, again = run_console(capsys, *pay, "--reference", "SP2D/2026/002",
                                "--month", "2026-01")
    assert (status, again["error"]) == (1, "policy.month_paid")
    status, topped = run_console(capsys, *pay, "--reference", "SP2D/2026/002",
                                 "--month", "2026-01", "--reason", "SP2D/001 hanya sebagian")
    assert status == 0
    assert [p["reference"] for p in topped["payments"]] == ["SP2D/2026/001", "SP2D/2026/002"]
