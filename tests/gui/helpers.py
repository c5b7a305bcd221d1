"""Driving forms and windows the way a clerk does: typing, Tab, Enter."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from desktop.gui.forms import FormDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.qt import QComboBox, QLineEdit, QPushButton, Qt, QWidget
from desktop.gui.shell import Shell
from tests.conftest import PASSWORD


def type_into(qtbot: QtBot, dialog: FormDialog, name: str, text: str) -> None:
    widget = dialog.inputs[name]
    assert isinstance(widget, QLineEdit)
    widget.clear()
    qtbot.keyClicks(widget, text)


def choose(dialog: FormDialog, name: str, value: Any) -> None:
    widget = dialog.inputs[name]
    assert isinstance(widget, QComboBox)
    dialog.set_value(name, value)


def press_enter(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Return)


def sign_in(qtbot: QtBot, shell: Shell, username: str) -> MainWindow:
    shell.start()
    return sign_in_on_open_dialog(qtbot, shell, username)


def sign_in_on_open_dialog(qtbot: QtBot, shell: Shell, username: str) -> MainWindow:
    """Sign in through the sign-in dialog the shell shows now."""
    dialog = shell.dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog, "username", username)
    type_into(qtbot, dialog, "password", PASSWORD)
    with qtbot.waitSignal(shell.window_opened, timeout=30_000):
        press_enter(qtbot, dialog)
    assert shell.window is not None
    inbox_settled(qtbot, shell.window)
    return shell.window


def inbox_settled(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until a supervisor's inbox has shown its latest round (it gathers the
    decisions off the GUI thread: at sign-in and after every change)."""
    inbox = window.pages.get("kotak")
    if inbox is not None:
        qtbot.waitUntil(lambda: not getattr(inbox, "loading", False), timeout=30_000)


def visible_buttons(widget: QWidget) -> set[str]:
    return {b.text() for b in widget.findChildren(QPushButton) if b.isVisibleTo(widget)}
