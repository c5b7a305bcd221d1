"""Money of a closed month (billed, reconciled, paid) an auditor found movable (3 December
2026): a duplicate's coverage ended inside it (`duplicates resolve --on`), and a
contribution rate reaching back into it (`tariff set --from`); each now needs an approved
correction, through the services and the console alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.services.app import Berjasa
from domain.services.session import Session
from tests.conftest import PASSWORD, enrol_from
from tests.event_clock import EventClock
from tests.factories import worker_fields
from tests.integration.controls import (
    closed_february,
    enrolled_pair,
    memory_only,
    quota,  # noqa: F401 (the fixture)
    refused,
)
from tests.security_helpers import populated_store, run_console


@memory_only
def test_resolving_a_duplicate_inside_a_closed_month_needs_a_correction(
    app: Berjasa, operator: Session, supervisor: Session, supervisor2: Session,
    event_clock: EventClock, quota: str,  # noqa: F811
) -> None:
    kept, duplicate = enrolled_pair(app, operator, event_clock, quota, "Ma'ruf Halim")
    event_clock.set("2026-11-21")
    correction = closed_february(app, operator, supervisor, supervisor2)
    refused("period.closed", lambda: app.lifecycle.resolve_duplicate(
        supervisor, duplicate, kept, "NIK dirusak Excel", "2026-02-15"), app)
    resolved = app.lifecycle.resolve_duplicate(supervisor, duplicate, kept, "NIK dirusak Excel",
                                               "2026-02-15", correction)
    assert resolved["end"] == "2026-02-15"
    used = app.periods.list_periods(operator)["corrections"][0]
    assert (used["state"], used["used_on"]) == ("dipakai", "2026-02-15")


@memory_only
def test_a_tariff_reaching_back_into_a_closed_month_needs_a_correction(
    app: Berjasa, admin: Session, operator: Session, supervisor: Session,
    supervisor2: Session, event_clock: EventClock, quota: str,  # noqa: F811
) -> None:
    event_clock.set("2026-11-21")
    correction = closed_february(app, operator, supervisor, supervisor2)
    # A month costs the rate in force on its first day: from 15 January prices February on.
    for day in ("2026-02-01", "2026-01-15", "2025-07-01"):
        refused("period.closed", lambda d=day: app.tariffs.set_tariff(
            admin, "JKM", d, 7_000, "PP uji 1/2026"), app)
    # From 2 February on prices March on: February keeps its money.
    assert app.tariffs.set_tariff(admin, "JKM", "2026-02-02", 7_000,
                                  "PP uji 1/2026")["monthly"] == 7_000
    # Before February, up to that rate, only February is touched: its correction serves.
    app.tariffs.set_tariff(admin, "JKK", "2026-02-01", 11_000, "PP uji 2/2026", correction)
    assert app.tariffs.monthly_cost_of(["JKK"], "2026-02-01") == 11_000


def test_the_console_refuses_a_closed_month_reached_by_a_duplicate_or_a_tariff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "uji.db"
    app = populated_store(path, workers=0)
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    sessions: dict[str, Session] = {}
    for name, role in (("ani", "operator"), ("budi", "supervisor"), ("citra", "supervisor")):
        app.users.add_user(admin, name, role, PASSWORD)
        sessions[name] = app.users.sign_in(name, PASSWORD, "uji-02")
    code = str(app.quotas.open_quota(admin, 2026, "JKK,JKM", 10)["quota"])
    app.quotas.decide_quota_opening(sessions["budi"], code, True, "Sesuai DPA")
    kept = str(app.workers.register_worker(admin, **worker_fields(1, name="Ma'ruf Halim"))["nik"])
    copy = str(app.workers.register_worker(admin, **worker_fields(2, name="MARUF HALIM"))["nik"])
    for nik in (kept, copy):
        enrol_from(app, sessions["ani"], nik, code, "2026-01-05")
    app.periods.close_period(sessions["budi"], "2026-02", "Februari direkonsiliasi dan dibayar")
    correction = app.periods.propose_period_correction(sessions["ani"], "2026-02", "Berkas")
    app.periods.decide_period_correction(sessions["citra"], correction["correction"], True)
    app.close()
    monkeypatch.setenv("BERJASA_STORE", f"sqlite:///{path.as_posix()}")
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)

    resolve = ("--user", "budi", "duplicates", "resolve", copy, "--survivor", kept,
               "--reason", "NIK rusak", "--on", "2026-02-15")
    assert run_console(capsys, *resolve)[1]["error"] == "period.closed"
    status, done = run_console(capsys, *resolve, "--correction", correction["correction"])
    assert (status, done["end"]) == (0, "2026-02-15")
    status, refused_rate = run_console(capsys, "--user", "admin", "tariff", "set",
                                       "--programme", "JKM", "--from", "2026-02-01",
                                       "--amount", "7000", "--basis", "PP uji 1/2026")
    assert (status, refused_rate["error"]) == (1, "period.closed")
