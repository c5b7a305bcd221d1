"""The frozen-build smoke hook, run in-process on a real QApplication (offscreen)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from desktop.gui import smoke
from desktop.gui.smoke import NOTHING_SHOWN_EXIT, exit_after_first_window_if_asked


@pytest.fixture
def report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "shown.json"
    monkeypatch.setenv("BERJASA_SMOKE_EXIT_AFTER_SHOWN", "1")
    monkeypatch.setenv("BERJASA_SMOKE_REPORT", str(target))
    return target


def test_quits_with_zero_once_a_window_is_shown(qapp: QApplication, report: Path) -> None:
    dialog = QDialog()
    dialog.setWindowTitle("Masuk ke Berjasa")
    dialog.open()
    exit_after_first_window_if_asked()
    assert qapp.exec() == 0
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert shown["title"] == "Masuk ke Berjasa" and shown["class"] == "QDialog"
    dialog.close()


def test_quits_with_an_error_when_nothing_is_shown(
    qapp: QApplication, report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BERJASA_SMOKE_TIMEOUT", "0.2")
    for leftover in qapp.topLevelWidgets():  # windows other tests left open
        leftover.hide()
    exit_after_first_window_if_asked()
    assert qapp.exec() == NOTHING_SHOWN_EXIT
    assert json.loads(report.read_text(encoding="utf-8")) == {"error": "no window shown"}


def test_does_nothing_without_the_variable(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("BERJASA_SMOKE_EXIT_AFTER_SHOWN", raising=False)
    monkeypatch.setenv("BERJASA_SMOKE_REPORT", str(tmp_path / "shown.json"))
    exit_after_first_window_if_asked()
    assert smoke._ARMED == []
    assert not (tmp_path / "shown.json").exists()
