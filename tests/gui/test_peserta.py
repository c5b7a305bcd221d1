"""Peserta: register with live NIK checks, enrol, search as you type."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop.gui.pages.peserta import PesertaPage
from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from tests.conftest import PASSWORD
from tests.factories import make_nik
from tests.gui.conftest import make_shell
from tests.gui.helpers import choose, press_enter, sign_in, type_into
from tests.opening import confirmed


def _open_quota(store: Berjasa, seats: int = 10) -> str:
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    opened = store.quotas.open_quota(admin, 2026, ["JKK", "JKM"], seats, "APBD 2026")
    return str(confirmed(store, opened)["quota"])


def _peserta(qtbot: QtBot, shell: Shell, user: str = "ani") -> PesertaPage:
    window = sign_in(qtbot, shell, user)
    page = window.show_section("peserta")
    assert isinstance(page, PesertaPage)
    return page


def test_a_bad_nik_shows_why_and_a_good_one_registers(qtbot: QtBot, shell: Shell) -> None:
    page = _peserta(qtbot, shell)
    page.buttons["register"][0].click()
    form = page.dialog
    assert form is not None
    # Nothing about the person is guessed before the clerk types it.
    assert all(form.values()[k] in (None, "") for k in ("sex", "birth_date", "kecamatan",
                                                         "kelurahan", "occupation"))
    assert form.save_button.text() == "Daftarkan" and not form.save_button.isEnabled()
    type_into(qtbot, form, "nik", "7371094112850001x")
    assert "selain angka" in form.message.text()
    type_into(qtbot, form, "nik", "737109411285000")
    assert "16 digit" in form.message.text()
    assert not form.save_button.isEnabled()
    nik = make_nik(date(1985, 12, 1), "P", 7)
    type_into(qtbot, form, "nik", nik)
    assert form.values()["sex"] == "P"               # filled from the NIK
    assert form.values()["birth_date"] == date(1985, 12, 1)
    type_into(qtbot, form, "name", "Sitti Aminah")
    choose(form, "kecamatan", "Tallo")
    choose(form, "kelurahan", "Rappokalling")
    assert "Pekerjaan" in form.message.text()          # still required
    form.set_value("occupation", "Nelayan")
    assert form.message.text() == ""
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=30_000)
    assert page.model.rows[0]["name"] == "Sitti Aminah"
    assert page.selected_nik() == nik and "Sitti Aminah" in page.notice.text()


def _register(store: Berjasa, serial: int, name: str) -> str:
    operator = store.users.sign_in("ani", PASSWORD, "uji-02")
    nik = make_nik(date(1980, 3, 4), "L", serial, kecamatan="07")
    store.workers.register_worker(operator, nik=nik, name=name, sex="L", birth_date="1980-03-04",
                                  kecamatan="Tallo", kelurahan="Rappokalling",
                                  occupation="Nelayan")
    return nik


def test_enrol_a_selected_worker_into_a_quota(qtbot: QtBot, shell: Shell,
                                              store: Berjasa) -> None:
    quota = _open_quota(store)
    _register(store, 1, "Daeng Tiro")
    page = _peserta(qtbot, shell)
    page.table.selectRow(0)
    page.buttons["enrol"][0].click()
    form = page.dialog
    assert form is not None
    choose(form, "quota", quota)
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: page.model.rows[0]["status"] == "aktif", timeout=30_000)
    assert page.model.rows[0]["programmes"] == ["JKK", "JKM"]
    assert "Daeng Tiro" in page.detail.toPlainText()


def test_typing_part_of_a_name_finds_the_worker(qtbot: QtBot, shell: Shell,
                                               store: Berjasa) -> None:
    for serial, name in enumerate(("Daeng Tiro", "Hasnah Bakri", "Muh. Arfah"), start=1):
        _register(store, serial, name)
    page = _peserta(qtbot, shell)
    assert page.model.total == 3
    qtbot.keyClicks(page.search, "bakr")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=30_000)
    assert page.model.rows[0]["name"] == "Hasnah Bakri"


def test_a_correction_needs_a_reason(qtbot: QtBot, shell: Shell, store: Berjasa) -> None:
    _register(store, 1, "Daeng Tiro")
    page = _peserta(qtbot, shell)
    page.table.selectRow(0)
    page.buttons["correct"][0].click()
    form = page.dialog
    assert form is not None
    type_into(qtbot, form, "name", "Daeng Tiro Sitaba")
    assert not form.save_button.isEnabled()
    form.set_value("reason", "salah ketik pada formulir")
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: page.model.rows[0]["name"] == "Daeng Tiro Sitaba", timeout=30_000)


def test_a_correction_adds_the_family_card_number(
    qtbot: QtBot, shell: Shell, store: Berjasa
) -> None:
    """Issue 15: a worker registered without a KK gets one by a correction with a reason
    (a DTSEN decile given by KK alone then reaches them)."""
    nik = _register(store, 1, "Daeng Tiro")
    page = _peserta(qtbot, shell)
    page.table.selectRow(0)
    page.buttons["correct"][0].click()
    form = page.dialog
    assert form is not None and form.values()["kk"] == ""
    type_into(qtbot, form, "kk", "1234")
    form.set_value("reason", "KK dari kartu keluarga")
    assert "1234" in form.message.text() and not form.save_button.isEnabled()
    form.set_value("kk", "7371090101200001")
    press_enter(qtbot, form)
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    qtbot.waitUntil(lambda: store.workers.get_worker(admin, nik)["kk"] == "7371090101200001",
                    timeout=30_000)


def test_a_search_typed_just_before_the_window_closes_never_runs(
    qtbot: QtBot, shell: Shell, store: Berjasa
) -> None:
    _register(store, 1, "Hasnah Bakri")
    page = _peserta(qtbot, shell)
    qtbot.keyClicks(page.search, "ha")  # the first key searches; the second waits
    assert page.search_timer.isActive()
    window = shell.window
    assert window is not None
    window.close()
    assert not page.search_timer.isActive() and not window.status_timer.isActive()


def test_a_backdated_start_is_refused_to_an_operator_and_recorded_retroactive_for_a_supervisor(
        qtbot: QtBot, shell: Shell, store: Berjasa) -> None:
    """Issue 16 in the enrol form: an operator sees whom to ask; a supervisor ticks
    "berlaku surut" and gives a reason."""
    quota = _open_quota(store)
    nik = _register(store, 1, "Daeng Tiro")
    page = _peserta(qtbot, shell)
    page.table.selectRow(0)
    page.buttons["enrol"][0].click()
    form = page.dialog
    assert form is not None and "retroactive" not in form.inputs
    form.set_value("start", date(2026, 2, 1))
    choose(form, "quota", quota)
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: "budi" in form.message.text(), timeout=30_000)
    assert "[enrol.retroactive]" in form.message.text()
    form.reject()
    shell.window.close()  # type: ignore[union-attr]

    supervisor_shell = make_shell(store)
    page = _peserta(qtbot, supervisor_shell, "budi")
    page.table.selectRow(0)
    page.buttons["enrol"][0].click()
    form = page.dialog
    assert form is not None
    form.set_value("start", date(2026, 2, 1))
    choose(form, "quota", quota)
    form.set_value("retroactive", True)
    form.set_value("reason", "Daftar kertas Februari")
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: page.model.rows[0]["status"] == "aktif", timeout=30_000)
    enrolment = store.workers.get_worker(store.users.sign_in("admin", PASSWORD, "x"),
                                         nik)["enrolments"][0]
    assert enrolment["retroactive"] is True and enrolment["start"] == "2026-02-01"
