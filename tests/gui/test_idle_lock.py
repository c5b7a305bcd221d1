"""The session locks after the idle time and unlocks with the user's password only."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from tests.conftest import PASSWORD
from tests.gui.conftest import make_shell
from tests.gui.helpers import press_enter, sign_in, type_into


def _locked(shell: Shell) -> bool:
    return (shell.window is not None and not shell.window.central.isVisible()
            and shell.dialog is not None and shell.dialog.isVisible()
            and "terkunci" in shell.dialog.windowTitle())


def test_idle_time_locks_and_the_password_unlocks(qtbot: QtBot, store: Berjasa) -> None:
    shell = make_shell(store, idle_minutes=1, idle_unit_ms=150)   # "1 minute" = 150 ms
    window = sign_in(qtbot, shell, "ani")
    qtbot.waitUntil(lambda: _locked(shell), timeout=30_000)
    dialog = shell.dialog
    assert dialog is not None and dialog.values()["username"] == "ani"
    assert dialog.inputs["username"].isReadOnly()  # type: ignore[attr-defined]
    type_into(qtbot, dialog, "password", "salah-sekali-123")
    press_enter(qtbot, dialog)
    assert _locked(shell) and dialog.message.text()
    type_into(qtbot, dialog, "password", PASSWORD)
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: window.central.isVisible(), timeout=30_000)
    assert shell.window is window and shell.idle.timer.isActive()
    # Left alone again, it locks again.
    qtbot.waitUntil(lambda: _locked(shell), timeout=30_000)
    assert shell.dialog is not dialog


def test_input_keeps_the_session_open(qtbot: QtBot, store: Berjasa) -> None:
    shell = make_shell(store, idle_minutes=1, idle_unit_ms=60_000)
    window = sign_in(qtbot, shell, "ani")
    assert shell.idle.timer.isActive()
    shell.idle.timer.setInterval(60_000)
    shell.idle.timer.start()
    before = shell.idle.timer.remainingTime()
    qtbot.waitUntil(lambda: shell.idle.timer.remainingTime() < before, timeout=30_000)
    qtbot.keyClick(window, "a")
    assert shell.idle.timer.remainingTime() > shell.idle.timer.interval() - 1000
    assert window.central.isVisible()
