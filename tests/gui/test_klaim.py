"""Issue 18 in the GUI: the claims list shows the proposal, age and step, searches by
code, NIK and name; a refusal names its rule in the form; the dashboard counts overdue
claims under "Perlu perhatian"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.gui.pages.klaim import KlaimPage
from desktop.gui.qt import QLabel
from domain.services.app import Berjasa
from tests.conftest import PASSWORD, enrol_from
from tests.event_clock import EventClock
from tests.factories import worker_fields
from tests.gui.conftest import make_shell
from tests.gui.helpers import press_enter, sign_in
from tests.opening import confirmed

HEIR = {"heir_name": "Siti Aminah", "heir_nik": "7371095505800002", "heir_relation": "istri"}


def _claims(store: Berjasa, clock: EventClock) -> tuple[str, str]:
    """Two workers covered from January (recorded then); a JKM claim reported on 1 and a
    JKK claim on 20 November 2026 (the calendar says 21 November)."""
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    operator = store.users.sign_in("ani", PASSWORD, "uji-02")
    clock.follow(store)
    clock.set("2026-01-01")
    quota = confirmed(store, store.quotas.open_quota(admin, 2026, "JKK,JKM", 10))["quota"]
    first = store.workers.register_worker(operator, **worker_fields(1, name="Daeng Tiro"))["nik"]
    second = store.workers.register_worker(operator, **worker_fields(2, name="Andi Sila"))["nik"]
    for nik in (first, second):
        enrol_from(store, operator, nik, quota, "2026-01-01")
    clock.set("2026-11-01")
    old = store.claims.report_claim(operator, first, "JKM", "2026-10-30", **HEIR)["claim"]
    clock.set("2026-11-20")
    new = store.claims.report_claim(operator, second, "JKK", "2026-11-19")["claim"]
    clock.set("2026-11-21")
    return str(old), str(new)


def test_claims_list_proposal_age_search_and_refusal(
    qtbot: QtBot, store: Berjasa, event_clock: EventClock
) -> None:
    old, new = _claims(store, event_clock)
    window = sign_in(qtbot, make_shell(store), "ani")
    page = window.show_section("klaim")
    assert isinstance(page, KlaimPage)
    qtbot.waitUntil(lambda: len(page.model.rows) == 2, timeout=30_000)
    rows = {r["claim"]: r for r in page.model.rows}
    assert (rows[old]["proposed_amount"], rows[old]["days_open"]) == (42_000_000, 20)
    assert rows[old]["waiting_for"] == "dokumen" and rows[old]["overdue"]
    page.table.selectRow(next(i for i, r in enumerate(page.model.rows) if r["claim"] == old))
    assert "Rp42.000.000" in page.summary.text() and "istri" in page.summary.text()
    assert page.benefits.count() == 3
    qtbot.keyClicks(page.search, "sila")
    qtbot.waitUntil(lambda: [r["claim"] for r in page.model.rows] == [new], timeout=30_000)
    page.search.clear()
    qtbot.keyClicks(page.search, old.lower())
    qtbot.waitUntil(lambda: [r["claim"] for r in page.model.rows] == [old], timeout=30_000)

    head = store.application.head_position()
    page.buttons["report"][0].click()
    form = page.dialog
    assert form is not None
    form.set_value("worker", rows[old]["nik"])
    assert rows[old]["name"] in form.values()["who"]        # who it is, before saving
    form.set_value("programme", "JKM")
    form.set_value("incident_date", "2026-10-30")
    for name, value in HEIR.items():
        form.set_value(name, value)
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: "JKM" in form.message.text(), timeout=30_000)
    assert "satu klaim JKM" in form.message.text()
    assert store.application.head_position() == head


def test_dashboard_counts_overdue_claims(
    qtbot: QtBot, store: Berjasa, event_clock: EventClock
) -> None:
    _claims(store, event_clock)
    window = sign_in(qtbot, make_shell(store), "budi")
    page = window.show_section("beranda")

    def alerts() -> str:
        return " ".join(label.text() for label in page.alerts.findChildren(QLabel))

    qtbot.waitUntil(lambda: "terlambat" in alerts(), timeout=10_000)
    assert "1 klaim terlambat ditindaklanjuti" in alerts()
    assert "2 klaim menunggu tindak lanjut" in alerts()


def test_a_clerk_records_an_heir_from_the_workers_page(
    qtbot: QtBot, store: Berjasa, event_clock: EventClock
) -> None:
    _claims(store, event_clock)
    window = sign_in(qtbot, make_shell(store), "ani")
    page = window.show_section("peserta")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=30_000)
    page.table.selectRow(0)
    nik = page.selected_nik()
    page.buttons["heir"][0].click()
    form = page.dialog
    assert form is not None
    form.set_value("name", "Nurhayati")
    form.set_value("heir_nik", "7371094101000001")
    form.set_value("relation", "anak")
    press_enter(qtbot, form)
    admin = store.users.sign_in("admin", PASSWORD, "uji")
    qtbot.waitUntil(lambda: any(h["name"] == "Nurhayati"
                                for h in store.workers.get_worker(admin, str(nik))["heirs"]),
                    timeout=30_000)


def test_the_claim_form_finds_the_worker_by_part_of_the_name(
    qtbot: QtBot, store: Berjasa, event_clock: EventClock
) -> None:
    _claims(store, event_clock)
    page = sign_in(qtbot, make_shell(store), "ani").show_section("klaim")
    page.buttons["report"][0].click()
    form = page.dialog
    assert form is not None and form.save_button.text() == "Laporkan"
    form.set_value("worker", "zz-tidak-ada")
    assert form.values()["who"] == "" and not form.save_button.isEnabled()
    form.set_value("worker", "sila")                    # part of "Andi Sila", only one
    assert "Andi Sila" in form.values()["who"]
    assert str(worker_fields(2)["nik"]) in form.values()["who"]
