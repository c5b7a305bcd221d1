"""Starting Berjasa: first-run admin creation and signing in."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from tests.gui.conftest import make_shell
from tests.gui.helpers import press_enter, sign_in, type_into


def test_first_run_creates_the_admin_then_signs_in(qtbot: QtBot, empty_store: Berjasa) -> None:
    shell = make_shell(empty_store)
    shell.start()
    setup = shell.dialog
    assert setup is not None and "Penyiapan" in setup.windowTitle()
    type_into(qtbot, setup, "admin", "kepala")
    type_into(qtbot, setup, "password", "kata-sandi-kuat-1")
    type_into(qtbot, setup, "repeat", "kata-sandi-beda")
    assert not setup.save_button.isEnabled()
    assert "tidak sama" in setup.message.text()
    type_into(qtbot, setup, "repeat", "kata-sandi-kuat-1")
    press_enter(qtbot, setup)
    assert empty_store.application.is_initialised()
    sign = shell.dialog
    assert sign is not None and sign is not setup
    assert sign.values()["username"] == "kepala"
    type_into(qtbot, sign, "password", "kata-sandi-kuat-1")
    with qtbot.waitSignal(shell.window_opened, timeout=30_000):
        press_enter(qtbot, sign)
    assert shell.window is not None and shell.session is not None
    assert shell.session.role == "admin"
    shell.window.close()


def test_a_wrong_password_is_refused_with_a_message(qtbot: QtBot, shell: Shell) -> None:
    shell.start()
    dialog = shell.dialog
    assert dialog is not None
    type_into(qtbot, dialog, "username", "ani")
    type_into(qtbot, dialog, "password", "salah-sekali")
    press_enter(qtbot, dialog)
    assert shell.window is None
    assert dialog.message.text()


def test_sign_in_opens_the_sections_of_the_role(qtbot: QtBot, shell: Shell) -> None:
    window = sign_in(qtbot, shell, "ani")
    assert window.section_names()[:2] == ["Beranda", "Peserta"]
    assert "Impor" in window.section_names()
    assert "ani" in window.user_label.text()


def test_the_refusal_is_shown_whole_below_the_fields(qtbot: QtBot, shell: Shell) -> None:
    """Seen under a real window manager: the three-line refusal was squeezed into the
    dialog's first height, its first line over the password field, its last cut off."""
    shell.start()
    dialog = shell.dialog
    assert dialog is not None
    qtbot.wait_exposed(dialog)
    type_into(qtbot, dialog, "username", "ani")
    type_into(qtbot, dialog, "password", "salah-sekali")
    press_enter(qtbot, dialog)
    message = dialog.message
    assert message.text()
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()))
    password = dialog.inputs["password"]
    assert message.geometry().top() >= password.geometry().bottom()
    assert dialog.buttons.geometry().top() >= message.geometry().bottom()
