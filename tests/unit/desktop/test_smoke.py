"""The frozen bundle's smoke hook: quit after the first window is shown, only when asked."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop import smoke
from desktop.gui.qt import QApplication, QWidget
from desktop.smoke import SMOKE_ENV, exit_after_shown


def test_prints_the_title_and_quits_when_the_variable_is_set(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(SMOKE_ENV, "1")
    widget = QWidget()
    widget.setWindowTitle("Masuk ke Berjasa")
    qtbot.addWidget(widget)
    widget.show()
    quits: list[bool] = []
    monkeypatch.setattr(smoke.QApplication, "quit", lambda: quits.append(True))
    exit_after_shown(widget)
    qtbot.waitUntil(lambda: quits == [True], timeout=5000)
    assert capsys.readouterr().out == "berjasa: shown Masuk ke Berjasa\n"


def test_does_nothing_without_the_variable(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(SMOKE_ENV, raising=False)
    widget = QWidget()
    qtbot.addWidget(widget)
    exit_after_shown(widget)
    QApplication.processEvents()
    assert capsys.readouterr().out == ""
