"""The frozen bundle's smoke hook: quit after the first window is shown, only when asked."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.qt import QApplication, QWidget
from desktop.smoke import SMOKE_ENV, exit_after_shown


def test_prints_the_title_and_quits_when_the_variable_is_set(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(SMOKE_ENV, "1")
    widget = QWidget()
    widget.setWindowTitle("Masuk ke Berjasa")
    qtbot.addWidget(widget)
    widget.show()
    application = QApplication.instance()
    assert application is not None
    with qtbot.waitSignal(application.aboutToQuit, timeout=5000, raising=False):
        exit_after_shown(widget)
    qtbot.waitUntil(lambda: "berjasa: shown Masuk ke Berjasa" in capsys.readouterr().out,
                    timeout=5000)


def test_does_nothing_without_the_variable(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(SMOKE_ENV, raising=False)
    widget = QWidget()
    qtbot.addWidget(widget)
    exit_after_shown(widget)
    QApplication.processEvents()
    assert capsys.readouterr().out == ""
