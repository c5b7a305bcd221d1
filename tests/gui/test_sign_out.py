"""Shift changes and shared PCs: sign out from the header or from the lock dialog, sign in
as someone else; the signed-in user and role are always in view; the idle time chosen in
Pengaturan counts at once; the window fits a screen with a taskbar."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.pages.pengaturan import PengaturanPage
from desktop.gui.qt import QDialogButtonBox, QScrollArea
from domain.services.app import Berjasa
from tests.gui.conftest import WORK_AREA, make_shell
from tests.gui.helpers import sign_in, sign_in_on_open_dialog


def test_the_header_names_the_user_and_role(qtbot: QtBot, store: Berjasa) -> None:
    window = sign_in(qtbot, make_shell(store), "budi")
    assert window.header_user.isVisible()
    assert "budi" in window.header_user.text() and "Supervisor" in window.header_user.text()
    assert window.sign_out_button.isVisible()


def test_sign_out_then_sign_in_as_another_role(qtbot: QtBot, store: Berjasa) -> None:
    shell = make_shell(store)
    first = sign_in(qtbot, shell, "ani")
    first.sign_out_button.click()
    assert shell.window is None and shell.session is None and not first.isVisible()
    assert shell.dialog is not None and shell.dialog.values()["username"] == ""
    second = sign_in_on_open_dialog(qtbot, shell, "dewi")
    assert shell.session is not None and shell.session.role == "auditor"
    assert "Auditor" in second.header_user.text() and second is not first


def test_the_lock_dialog_offers_a_way_out_that_signs_out(qtbot: QtBot, store: Berjasa) -> None:
    shell = make_shell(store, idle_minutes=1, idle_unit_ms=100)
    window = sign_in(qtbot, shell, "ani")
    qtbot.waitUntil(lambda: shell.dialog is not None and shell.dialog.isVisible()
                    and not window.central.isVisible(), timeout=30_000)
    locked = shell.dialog
    assert locked is not None and locked.save_button.text() == "Buka kunci"
    leave = locked.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert leave.text() == "Keluar / ganti pengguna"
    leave.click()
    assert shell.session is None and shell.window is None
    assert shell.dialog is not locked and shell.dialog is not None
    assert shell.dialog.save_button.text() == "Masuk"
    assert not shell.idle.timer.isActive()       # nobody to lock while no one is signed in
    sign_in_on_open_dialog(qtbot, shell, "budi")
    assert shell.session is not None and shell.session.username == "budi"


def test_the_idle_time_saved_in_pengaturan_counts_at_once(qtbot: QtBot, store: Berjasa) -> None:
    shell = make_shell(store, idle_minutes=15, idle_unit_ms=1000)
    window = sign_in(qtbot, shell, "admin")
    page = window.show_section("pengaturan")
    assert isinstance(page, PengaturanPage)
    page.idle.setValue(3)
    page.on_save_clicked()
    assert shell.idle.timer.interval() == 3 * 1000 and shell.idle.timer.isActive()


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_window_fits_a_screen_with_a_taskbar(qtbot: QtBot, store: Berjasa,
                                                 language: str) -> None:
    window = sign_in(qtbot, make_shell(store, language=language), "admin")  # every section
    assert (window.width(), window.height()) == WORK_AREA
    hint = window.minimumSizeHint()
    assert hint.width() <= WORK_AREA[0] and hint.height() <= WORK_AREA[1]
    page = window.show_section("beranda")
    scrolls = [area for area in page.findChildren(QScrollArea)
               if area.horizontalScrollBar().isVisible()]
    assert not scrolls
