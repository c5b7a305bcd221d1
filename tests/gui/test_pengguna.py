"""Pengaturan → Pengguna: an admin adds a user, changes a role, resets a password and
disables an account; other roles do not get the tab."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.pages.pengaturan import PengaturanPage
from desktop.gui.pages.pengguna import PenggunaPanel
from desktop.gui.shell import Shell
from domain.errors import BerjasaError
from domain.services.app import Berjasa
from tests.conftest import PASSWORD
from tests.gui.helpers import choose, press_enter, sign_in, type_into

NEW_PASSWORD = "kata-sandi-baru-9"


def _users(qtbot: QtBot, shell: Shell) -> PenggunaPanel:
    page = sign_in(qtbot, shell, "admin").show_section("pengaturan")
    assert isinstance(page, PengaturanPage) and page.users is not None
    page.tabs.setCurrentWidget(page.users)
    qtbot.waitUntil(lambda: len(page.users.model.rows) == 4, timeout=30_000)  # type: ignore[union-attr]
    return page.users


def test_the_admin_manages_accounts(qtbot: QtBot, shell: Shell, store: Berjasa) -> None:
    users = _users(qtbot, shell)
    users.buttons["add"].click()
    form = users.dialog
    assert form is not None
    type_into(qtbot, form, "user", "citra")
    type_into(qtbot, form, "full_name", "Citra Lestari")
    type_into(qtbot, form, "password", NEW_PASSWORD)
    type_into(qtbot, form, "repeat", "lain-sekali-123")
    assert not form.save_button.isEnabled() and "tidak sama" in form.message.text()
    type_into(qtbot, form, "repeat", NEW_PASSWORD)
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: len(users.model.rows) == 5, timeout=30_000)
    assert store.users.sign_in("citra", NEW_PASSWORD, "uji").role == "operator"

    users.select_user("citra")
    users.buttons["role"].click()
    form = users.dialog
    choose(form, "role", "supervisor")
    form.set_value("reason", "dipromosikan menjadi verifikator")
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: users.selected() is not None
                    and users.selected()["role"] == "supervisor", timeout=30_000)  # type: ignore[index]

    users.select_user("ani")
    users.buttons["reset"].click()
    form = users.dialog
    type_into(qtbot, form, "password", NEW_PASSWORD)
    type_into(qtbot, form, "repeat", NEW_PASSWORD)
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=30_000)
    assert store.users.sign_in("ani", NEW_PASSWORD, "uji").username == "ani"

    users.select_user("dewi")
    assert users.buttons["active"].text() == "Nonaktifkan"
    users.buttons["active"].click()
    form = users.dialog
    assert not form.save_button.isEnabled()          # disabling needs a reason
    form.set_value("reason", "pindah tugas")
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: users.buttons["active"].text() == "Aktifkan", timeout=30_000)
    with pytest.raises(BerjasaError) as refused:
        store.users.sign_in("dewi", PASSWORD, "uji")
    assert refused.value.code == "user.inactive"


def test_the_last_admin_cannot_be_disabled(qtbot: QtBot, shell: Shell) -> None:
    users = _users(qtbot, shell)
    users.select_user("admin")
    users.buttons["active"].click()
    form = users.dialog
    assert form is not None
    form.set_value("reason", "uji")
    press_enter(qtbot, form)
    assert form.isVisible() and "admin" in form.message.text().lower()


def test_only_admins_get_the_users_tab(qtbot: QtBot, shell: Shell) -> None:
    page = sign_in(qtbot, shell, "budi").show_section("pengaturan")
    assert isinstance(page, PengaturanPage) and page.users is None
