"""Money an auditor found walkable (3 December 2026): an APBD payment (SP2D) for a month
an earlier payment already paid was recorded again without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.services.app import Berjasa
from domain.services.session import Session
from tests.conftest import PASSWORD
from tests.event_clock import EventClock
from tests.integration.controls import memory_only, quota_2026, refused
from tests.security_helpers import populated_store, run_console

JKK_JKM = 16_800  # the month's JKK (Rp10,000) + JKM (Rp6,800)


@pytest.fixture
def quota(app: Berjasa, supervisor: Session, event_clock: EventClock) -> str:
    return quota_2026(app, supervisor, event_clock)


# --- a month paid twice ---------------------------------------------------------------------


@memory_only
def test_a_month_already_paid_is_paid_again_only_with_a_reason(
    app: Berjasa, supervisor: Session, event_clock: EventClock, quota: str,
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
