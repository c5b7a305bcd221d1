"""Input an auditor found walkable (3 December 2026): a Dukcapil result or a decile typed
in with a date older than the one recorded (a file refused it; one by one it overwrote a
"not found") or still to come; a budget payment (SP2D) dated in the future; a worker
list's row whose NIK is registered to another person, which enrolled that person in the
row's place; rupiah written with a decimal point, read a hundred times larger."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from domain.services.app import Berjasa
from domain.services.facts import WorkerFact
from domain.services.session import Session
from importer import run_import
from tests.event_clock import EventClock
from tests.factories import worker_fields
from tests.integration.controls import (
    memory_only,
    quota,  # noqa: F401 (the fixture)
    refused,
    registered,
)
from tests.unit.importer.helpers import worker_row, write_csv


@memory_only
def test_an_older_dukcapil_result_typed_in_does_not_overwrite_a_newer_one(
    app: Berjasa, operator: Session, event_clock: EventClock, quota: str,  # noqa: F811
) -> None:
    nik = registered(app, operator, 1)
    event_clock.set("2026-11-21")
    reply = WorkerFact(nik, "tidak_ditemukan", date(2026, 10, 1))
    assert app.facts.record_facts(operator, "dukcapil", [reply]).applied == (0,)
    # Dukcapil's "not found" keeps the worker out of the quota (eligibility.dukcapil);
    # a "match" dated before that reply must not bring them back in.
    refused("facts.older_than_recorded",
            lambda: app.workers.record_dukcapil(operator, nik, "padan", "2026-09-01"), app)
    refused("eligibility.dukcapil", lambda: app.quotas.enrol(operator, nik, quota), app)
    app.workers.record_decile(operator, nik, 2, "2026-10-01")
    refused("facts.older_than_recorded",
            lambda: app.workers.record_decile(operator, nik, 1, "2026-06-30"), app)


@memory_only
def test_a_fact_dated_in_the_future_is_refused_on_every_door(
    app: Berjasa, operator: Session, event_clock: EventClock, quota: str,  # noqa: F811
) -> None:
    nik = registered(app, operator, 1)
    event_clock.set("2026-11-21")
    # A decile "as of" next year would make every real DTSEN update older than it.
    refused("facts.date_future",
            lambda: app.workers.record_decile(operator, nik, 1, "2027-01-01"), app)
    refused("facts.date_future",
            lambda: app.workers.record_dukcapil(operator, nik, "padan", "2026-11-22"), app)
    refused("facts.date_future", lambda: app.workers.register_worker(
        operator, **worker_fields(2, decile=1, decile_as_of="2027-01-01")), app)
    assert app.workers.get_worker(operator, nik)["decile_as_of"] != "2027-01-01"


@memory_only
def test_a_budget_payment_dated_in_the_future_is_refused(
    app: Berjasa, supervisor: Session, event_clock: EventClock, quota: str,  # noqa: F811
) -> None:
    event_clock.set("2026-11-21")
    refused("policy.date_future", lambda: app.policies.record_budget_payment(
        supervisor, 2026, 1_000_000, "2026-12-24", "SP2D/2026/099", months=["2026-12"]), app)
    paid = app.policies.record_budget_payment(supervisor, 2026, 1_000_000, "2026-11-21",
                                              "SP2D/2026/099", months=["2026-11"])
    assert [p["paid_on"] for p in paid["payments"]] == ["2026-11-21"]


@memory_only
def test_a_listed_nik_registered_to_another_person_is_refused_not_enrolled(
    app: Berjasa, operator: Session, event_clock: EventClock, tmp_path: Path,
    quota: str,  # noqa: F811
) -> None:
    nik = registered(app, operator, 1)  # "Pekerja Uji 1", born 12 April 1985
    event_clock.set("2026-11-21")
    typo = write_csv(tmp_path / "daftar-tallo.csv", [worker_row(1, Nama="Andi Baso"),
                                                      worker_row(2)])
    result = run_import(app, operator, typo, quota, report_path=tmp_path / "r1.xlsx")
    assert (result.enrolled, result.rejected) == (1, 1)
    assert result.rejected_by_code == {"import.nik_other_person": 1}
    assert app.workers.get_worker(operator, nik)["enrolments"] == []
    # The same person written as lists write names is the registered worker: enrolled.
    same = write_csv(tmp_path / "daftar-ulang.csv", [worker_row(1, Nama="PEKERJA  uji 1")])
    again = run_import(app, operator, same, quota, report_path=tmp_path / "r2.xlsx")
    assert (again.enrolled, again.rejected) == (1, 0)
    assert [e["quota"] for e in app.workers.get_worker(operator, nik)["enrolments"]] == [quota]


@memory_only
def test_rupiah_with_a_decimal_point_is_refused_never_read_a_hundred_times_larger(
    app: Berjasa, admin: Session, supervisor: Session, event_clock: EventClock,
    quota: str,  # noqa: F811
) -> None:
    event_clock.set("2026-11-21")
    # "90593600.00" read with its dot dropped was Rp9.059.360.000 paid.
    refused("number.invalid", lambda: app.policies.record_budget_payment(
        supervisor, 2026, "90593600.00", "2026-11-20", "SP2D/2026/010"), app)
    refused("number.invalid",
            lambda: app.tariffs.set_tariff(admin, "JKM", "2026-12-01", "6800.00", "PP uji"), app)
    refused("number.invalid", lambda: app.policies.allocate_budget(
        supervisor, 2027, "16423545600.5", "DPA 2027"), app)
    # A dot grouping thousands, as Indonesian figures are written, is read as it is meant.
    paid = app.policies.record_budget_payment(supervisor, 2026, "90.593.600", "2026-11-20",
                                              "SP2D/2026/010")
    assert [p["amount"] for p in paid["payments"]] == [90_593_600]


@memory_only
def test_a_list_whose_niks_were_rounded_by_a_spreadsheet_is_refused_whole(
    app: Berjasa, operator: Session, event_clock: EventClock, tmp_path: Path,
    quota: str,  # noqa: F811
) -> None:
    event_clock.set("2026-11-21")
    # Saved as CSV from a number column: "7371091204850010", ... every one ends in 0.
    rounded = write_csv(tmp_path / "daftar-angka.csv",
                        [worker_row(serial) for serial in range(10, 70, 10)])
    error = refused("import.nik_column_rounded", lambda: run_import(
        app, operator, rounded, quota, report_path=tmp_path / "r.xlsx"), app)
    assert "daftar-angka.csv" in error.message("id") and "6" in error.message("en")
    assert not (tmp_path / "r.xlsx").exists()
    # One NIK in ten ends in 0: a real list's do not all.
    real = write_csv(tmp_path / "daftar.csv", [worker_row(serial) for serial in range(1, 7)])
    assert run_import(app, operator, real, quota, report_path=tmp_path / "r2.xlsx").enrolled == 6
