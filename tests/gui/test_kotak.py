"""Kotak masuk: a supervisor sees every decision waiting, whatever quota it is under,
with what is being decided, and opens it where it is decided."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.inbox import change_cost, waiting_decisions
from desktop.gui.pages import kotak as kotak_module
from desktop.gui.pages.kotak import KotakPage
from desktop.gui.pages.kuota import KuotaPage
from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from projections import replay_through
from tests.conftest import PASSWORD, TODAY
from tests.gui.helpers import sign_in
from tests.opening import confirmed


def tariff_on(store: Berjasa, programme: str, month: date) -> int:
    """The oracle's price: the latest tariff of `programme` in force on the month's 1st."""
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    rates = [r for r in store.tariffs.list_tariffs(admin) if r["programme"] == programme
             and date.fromisoformat(r["effective_from"]) <= month]
    return int(max(rates, key=lambda r: r["effective_from"])["monthly_amount"])


def two_quotas_with_a_pending_change(store: Berjasa) -> str:
    """An older quota and a newer one; the change is proposed under the NEWER one."""
    supervisor = store.users.sign_in("budi", PASSWORD, "uji-02")
    confirmed(store, store.quotas.open_quota(supervisor, TODAY.year - 1, ["JKK", "JKM"], 5,
                                             "APBD lalu"))
    newer = confirmed(store,
                      store.quotas.open_quota(supervisor, TODAY.year, ["JKK", "JKM"], 10,
                                              "APBD"))["quota"]
    operator = store.users.sign_in("ani", PASSWORD, "uji-03")
    effective = date(TODAY.year, 12, 1)
    change = store.quotas.propose_quota_change(operator, newer, 4, "APBD-P", effective=effective)
    return str(change["change"])


def test_the_inbox_lists_a_change_under_any_quota_with_its_cost(store: Berjasa) -> None:
    change = two_quotas_with_a_pending_change(store)
    read = replay_through(store.application, store.application.head_position(), datetime.now(UTC))
    decisions = waiting_decisions(read, "budi", TODAY)
    read.close()
    [decision] = [d for d in decisions if d.kind == "quota_change"]
    assert decision.reference == change and decision.proposed_by == "ani"
    assert decision.details["delta"] == 4 and decision.details["effective"] == "2026-12-01"
    december = date(TODAY.year, 12, 1)
    oracle = 4 * sum(tariff_on(store, p, december) for p in ("JKK", "JKM"))
    assert decision.details["cost"] == oracle


def test_change_cost_counts_each_month_from_the_effective_one() -> None:
    quota = {"per_seat_by_month": {"2026-01": 100, "2026-06": 200, "2026-07": 300}}
    assert change_cost(quota, 2, date(2026, 6, 15)) == 2 * (200 + 300)
    assert change_cost({"per_seat_by_month": {}}, 2, date(2026, 6, 1)) is None


def test_a_supervisor_opens_the_change_where_it_is_decided(
    qtbot: QtBot, shell: Shell, store: Berjasa
) -> None:
    change = two_quotas_with_a_pending_change(store)
    window = sign_in(qtbot, shell, "budi")
    inbox = window.pages["kotak"]
    assert isinstance(inbox, KotakPage)
    assert any(t == "Kotak masuk (1)" for t in window.section_names())
    window.show_section("kotak")
    assert inbox.model.rowCount() == 1
    assert "+4 kursi mulai 1 Desember 2026" in inbox.detail.toPlainText()
    assert "ani" in inbox.detail.toPlainText()
    inbox.open_button.click()
    page = window.pages["kuota"]
    assert isinstance(page, KuotaPage) and window.current_key() == "kuota"
    assert page.selected_change() == change


def test_operators_and_auditors_have_no_inbox(qtbot: QtBot, shell: Shell) -> None:
    window = sign_in(qtbot, shell, "ani")
    assert "kotak" not in window.pages


def test_the_inbox_lists_openings_waiting_for_a_second_person(store: Berjasa) -> None:
    """Issue 23: a quota opened by one supervisor waits in the inbox for another's
    confirmation; once confirmed it is no longer there."""
    supervisor = store.users.sign_in("budi", PASSWORD, "uji-02")
    quota = str(store.quotas.open_quota(supervisor, TODAY.year, ["JKK", "JKM"], 7, "APBD")["quota"])
    read = replay_through(store.application, store.application.head_position(), datetime.now(UTC))
    [waiting] = [d for d in waiting_decisions(read, "admin", TODAY) if d.kind == "quota_opening"]
    [own] = [d for d in waiting_decisions(read, "budi", TODAY) if d.kind == "quota_opening"]
    read.close()
    assert waiting.reference == quota and waiting.proposed_by == "budi" and not waiting.own
    assert waiting.details["seats"] == 7 and own.own
    confirmed(store, {"quota": quota})
    read = replay_through(store.application, store.application.head_position(), datetime.now(UTC))
    assert [d for d in waiting_decisions(read, "admin", TODAY) if d.kind == "quota_opening"] == []
    read.close()


def test_a_second_person_confirms_an_opening_from_the_inbox(
    qtbot: QtBot, shell: Shell, store: Berjasa
) -> None:
    """Issue 23 in the window: the opener sees "belum dikonfirmasi" without the buttons
    enabled; the admin opens the item from the inbox and finds Setujui/Tolak pembukaan."""
    supervisor = store.users.sign_in("budi", PASSWORD, "uji-02")
    quota = str(store.quotas.open_quota(supervisor, TODAY.year, ["JKK", "JKM"], 7, "APBD")["quota"])
    window = sign_in(qtbot, shell, "admin")
    inbox = window.pages["kotak"]
    assert isinstance(inbox, KotakPage)
    window.show_section("kotak")
    assert inbox.model.rowCount() == 1 and "belum dikonfirmasi" in inbox.detail.toPlainText()
    inbox.open_button.click()
    page = window.pages["kuota"]
    assert isinstance(page, KuotaPage) and page.selected_quota() == quota
    assert page.confirm_opening_button.isVisible() and page.confirm_opening_button.isEnabled()
    assert page.refuse_opening_button.isEnabled()
    assert not page.enrol_next_button.isEnabled()  # no enrolment before the confirmation


def test_a_correction_of_a_closed_month_is_decided_in_the_inbox(
    qtbot: QtBot, shell: Shell, store: Berjasa
) -> None:
    supervisor = store.users.sign_in("budi", PASSWORD, "uji-02")
    store.periods.close_period(supervisor, "2026-02", "Februari dibayar")
    operator = store.users.sign_in("ani", PASSWORD, "uji-03")
    proposal = store.periods.propose_period_correction(operator, "2026-02", "Berkas terlambat")
    window = sign_in(qtbot, shell, "budi")
    inbox = window.pages["kotak"]
    assert isinstance(inbox, KotakPage)
    window.show_section("kotak")
    [row] = [i for i, d in enumerate(inbox.decisions) if d.kind == "period_correction"]
    inbox.table.selectRow(row)
    assert inbox.approve_button.isVisible() and not inbox.open_button.isVisible()
    assert "Berkas terlambat" in inbox.detail.toPlainText()
    inbox.approve_button.click()
    assert inbox.dialog is not None and inbox.dialog.save_button.text() == "Setujui"
    inbox.dialog.set_value("reason", "sesuai berkas")
    inbox.dialog.on_save()
    corrections = store.periods.list_periods(supervisor)["corrections"]
    assert [(c["correction"], c["state"], c["decided_by"]) for c in corrections] == [
        (proposal["correction"], "disetujui", "budi")]
    # The inbox gathers again off the GUI thread once the decision reaches the read models.
    qtbot.waitUntil(lambda: not [d for d in inbox.decisions if d.kind == "period_correction"],
                    timeout=30_000)


def test_the_inbox_gathers_its_decisions_off_the_gui_thread(
    qtbot: QtBot, shell: Shell, store: Berjasa, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At sign-in and on every change any workstation records the inbox compares every
    member for possible duplicates (1.5 s on 112,800 workers): never in the GUI thread,
    which would freeze each clerk's window that long."""
    two_quotas_with_a_pending_change(store)
    in_gui_thread: list[bool] = []
    gather = kotak_module.waiting_decisions

    def recorded(*args: Any) -> Any:
        in_gui_thread.append(threading.current_thread() is threading.main_thread())
        return gather(*args)

    monkeypatch.setattr(kotak_module, "waiting_decisions", recorded)
    window = sign_in(qtbot, shell, "budi")
    assert in_gui_thread and not any(in_gui_thread)
    assert any(t == "Kotak masuk (1)" for t in window.section_names())
