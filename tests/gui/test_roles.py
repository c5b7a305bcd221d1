"""Roles in the GUI: maker-checker on quotas, the auditor's read-only view and time travel."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from desktop.gui.pages.kuota import KuotaPage
from desktop.gui.pages.peserta import PesertaPage
from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from tests.conftest import PASSWORD
from tests.event_clock import EventClock
from tests.factories import worker_fields
from tests.gui.conftest import make_shell
from tests.gui.helpers import press_enter, sign_in, visible_buttons
from tests.opening import confirmed


def _quota(store: Berjasa) -> str:
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    return str(confirmed(store,
                         store.quotas.open_quota(admin, 2026, ["JKK", "JKM"], 100,
                                                 "APBD 2026"))["quota"])


def test_operator_proposes_and_cannot_approve_supervisor_approves(
        qtbot: QtBot, store: Berjasa) -> None:
    quota = _quota(store)
    operator_shell = make_shell(store)
    page = sign_in(qtbot, operator_shell, "ani").show_section("kuota")
    assert isinstance(page, KuotaPage)
    assert not page.approve_button.isVisibleTo(page)
    assert not page.refuse_button.isVisibleTo(page)
    page.propose_button.click()
    form = page.dialog
    assert form is not None
    form.set_value("delta", 50)
    assert not form.save_button.isEnabled()          # a reason is mandatory
    form.set_value("reason", "tambahan APBD-P 2026")
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: len(page.changes.rows) == 1, timeout=30_000)
    operator_shell.window.close()  # type: ignore[union-attr]

    supervisor_shell = make_shell(store)
    page = sign_in(qtbot, supervisor_shell, "budi").show_section("kuota")
    assert isinstance(page, KuotaPage)
    assert page.approve_button.isVisibleTo(page) and page.approve_button.isEnabled()
    page.approve_button.click()
    assert page.dialog is not None and page.dialog.save_button.text() == "Setujui"
    press_enter(qtbot, page.dialog)
    qtbot.waitUntil(lambda: page.quotas.rows[0]["seats"] == 150, timeout=30_000)
    assert page.changes.rows == []
    assert store.quotas.get_quota(store.users.sign_in("budi", PASSWORD, "x"), quota)["seats"] == 150
    supervisor_shell.window.close()  # type: ignore[union-attr]


def test_the_auditor_sees_no_editing_action_anywhere(qtbot: QtBot, shell: Shell) -> None:
    window = sign_in(qtbot, shell, "dewi")
    assert "Impor" not in window.section_names()
    editing = {"Daftarkan pekerja", "Koreksi data", "Daftarkan ke kuota", "Hentikan",
               "Catat kematian", "Padan Dukcapil", "Nomor KPJ", "Buka kuota baru",
               "Usulkan perubahan kursi", "Setujui", "Tolak", "Laporkan klaim",
               "Catat dokumen diterima", "Ajukan ke BPJS", "Catat pembayaran",
               "Catat penolakan", "Catat MoU/PKS", "Perpanjang", "Verifikasi",
               "Konfirmasi pembayaran", "Ahli waris", "Daftarkan N berikutnya"}
    for key, page in window.pages.items():
        window.show_section(key)
        assert not visible_buttons(page) & editing, key


def test_the_auditor_travels_back_in_time(
    event_clock: EventClock, qtbot: QtBot, shell: Shell, store: Berjasa
) -> None:
    # The recording clock (asked first, so the store's own events carry it too) moves
    # on by an hour between the two workers: no wait for the real one to pass a second.
    operator = store.users.sign_in("ani", PASSWORD, "uji-02")
    store.workers.register_worker(operator, **worker_fields(1, name="Sebelum"))
    before = event_clock.moment + timedelta(minutes=30)  # the moment picker: whole seconds
    event_clock.moment += timedelta(hours=1)
    store.workers.register_worker(operator, **worker_fields(2, name="Sesudah"))
    window = sign_in(qtbot, shell, "dewi")
    peserta = window.pages["peserta"]
    assert isinstance(peserta, PesertaPage)
    window.show_section("peserta")
    assert peserta.model.total == 2
    audit = window.show_section("audit")
    audit.set_moment(before)  # type: ignore[attr-defined]
    with qtbot.waitSignal(shell.source.travelled, timeout=30_000):  # type: ignore[union-attr]
        audit.travel_button.click()  # type: ignore[attr-defined]
    assert window.banner.isVisibleTo(window) and "WAKTU LAMPAU" in window.banner.text()
    window.show_section("peserta")
    assert [r["name"] for r in peserta.model.rows] == ["Sebelum"]
    window.show_section("audit")
    audit.present_button.click()  # type: ignore[attr-defined]
    assert not window.banner.isVisibleTo(window)
    window.show_section("peserta")
    assert peserta.model.total == 2


def test_the_auditor_verifies_the_history(qtbot: QtBot, shell: Shell, store: Berjasa) -> None:
    operator = store.users.sign_in("ani", PASSWORD, "uji-02")
    store.workers.register_worker(operator, **worker_fields(1))
    from domain.model.ids import directory_id

    store.application.take_snapshot(directory_id())
    audit = sign_in(qtbot, shell, "dewi").show_section("audit")
    audit.verify_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: audit.verified is not None, timeout=10_000)  # type: ignore[attr-defined]
    verified = audit.verified  # type: ignore[attr-defined]
    assert verified.intact and verified.chain.checked == store.application.head_position()
    assert verified.snapshots.compared == 1
    assert "Snapshot utuh: 1 snapshot" in audit.note.text()  # type: ignore[attr-defined]
    assert "Riwayat utuh" in audit.note.text()  # type: ignore[attr-defined]
