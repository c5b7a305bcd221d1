"""The forms show the bounds of `domain/data/batas-masukan.csv` (issue 22): a text field
takes no more characters than the service accepts, a date no day outside the calendar."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.forms import Field, FormDialog
from desktop.gui.qt import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit
from desktop.gui.shell import Shell
from domain.limits import (
    ADDRESS,
    CONTACT,
    FIELD_KEYS,
    LABEL,
    OCCUPATION,
    REASON,
    calendar_bounds,
    limit,
)
from tests.gui.helpers import sign_in


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


@pytest.mark.parametrize("name", sorted(FIELD_KEYS))
def test_every_free_text_field_takes_what_its_command_accepts(qtbot: QtBot, name: str
                                                              ) -> None:
    """A form field named like a command's free text (`domain.limits.FIELD_KEYS`) gets
    that text's limit from the data file, as a line or as a note."""
    dialog = FormDialog(None, "uji", [Field(name, name)], lambda values: None,
                        lambda values: None)
    qtbot.addWidget(dialog)
    line = dialog.inputs[name]
    assert isinstance(line, QLineEdit) and line.maxLength() == limit(FIELD_KEYS[name])
    line.setText("z" * 2000)
    assert len(dialog.values()[name]) == limit(FIELD_KEYS[name])
    assert Field(name, name, "note").length_limit() == limit(FIELD_KEYS[name])


def test_a_typed_occupation_is_bounded_like_the_registration(qtbot: QtBot) -> None:
    dialog = FormDialog(None, "uji", [Field("occupation", "Pekerjaan", "choice",
                                            choices=[("Nelayan", "Nelayan")], editable=True)],
                        lambda values: None, lambda values: None)
    qtbot.addWidget(dialog)
    combo = dialog.inputs["occupation"]
    assert isinstance(combo, QComboBox) and combo.lineEdit() is not None
    assert combo.lineEdit().maxLength() == limit(OCCUPATION)  # type: ignore[union-attr]


def test_the_letterhead_fields_take_what_record_letterhead_accepts(
        qtbot: QtBot, shell: Shell) -> None:
    from desktop.gui.pages.pengaturan import PengaturanPage

    settings = sign_in(qtbot, shell, "budi").show_section("pengaturan")
    assert isinstance(settings, PengaturanPage)
    panel = settings.letterhead
    assert panel.address.maxLength() == limit(ADDRESS) == 200
    assert {panel.phone.maxLength(), panel.email.maxLength(),
            panel.website.maxLength()} == {limit(CONTACT)}
