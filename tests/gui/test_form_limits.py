"""The forms show the bounds of `domain/data/batas-masukan.csv` (issue 22): a text field
takes no more characters than the service accepts, a date no day outside the calendar."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop.gui.forms import Field, FormDialog
from desktop.gui.qt import QDateEdit, QLineEdit, QPlainTextEdit
from domain.limits import LABEL, REASON, calendar_bounds, limit


def _form(qtbot: QtBot) -> FormDialog:
    dialog = FormDialog(None, "uji", [
        Field("label", "Nama kuota", max_length=limit(LABEL)),
        Field("reason", "Alasan", "note"),
        Field("day", "Tanggal", "date", date(2026, 1, 1)),
    ], lambda values: None, lambda values: None)
    qtbot.addWidget(dialog)
    return dialog


def test_text_fields_carry_the_data_files_limits(qtbot: QtBot) -> None:
    dialog = _form(qtbot)
    label, reason = dialog.inputs["label"], dialog.inputs["reason"]
    assert isinstance(label, QLineEdit) and isinstance(reason, QPlainTextEdit)
    assert label.maxLength() == limit(LABEL) == 120
    label.setText("k" * 1000)
    assert len(label.text()) == limit(LABEL)
    reason.setPlainText("x" * 1500)  # pasted: cut to what the service accepts
    assert dialog.values()["reason"] == "x" * limit(REASON)
    assert str(limit(REASON)) in reason.placeholderText()


def test_date_fields_stay_inside_the_calendar(qtbot: QtBot) -> None:
    dialog = _form(qtbot)
    day = dialog.inputs["day"]
    assert isinstance(day, QDateEdit)
    first, last = calendar_bounds()
    assert (day.minimumDate().toPython(), day.maximumDate().toPython()) == (first, last)
