"""A dialog for one command: fields, a live check as the user types, Save and Cancel.

Every action form (register, correct, enrol, approve ...) is a `FormDialog` with a list of
`Field`s, a `check(values)` that raises BerjasaError with the reason shown under the
fields, and a `submit(values)` that calls the service. Enter saves, Esc cancels, Tab walks
the fields in the order they are listed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from desktop.gui.errors import user_message
from desktop.gui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QIcon,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from domain.errors import BerjasaError
from domain.limits import REASON, calendar_bounds, field_limit, limit

Values = dict[str, Any]

translate = QCoreApplication.translate


def _quotes_typed_value(error: BerjasaError, values: Values) -> bool:
    quoted = error.params.get("value")
    return quoted not in (None, "") and any(
        str(quoted) == str(value) for value in values.values() if value not in (None, ""))


def _missing_text(labels: list[str]) -> str:
    return translate("FormDialog", "Wajib diisi: {fields}.").format(fields=", ".join(labels))


@dataclass
class Field:
    """One input. kind: text | password | choice | date | number | year | check | note."""

    name: str
    label: str
    kind: str = "text"
    value: Any = None
    choices: Sequence[tuple[str, Any]] = ()  # (shown text, value)
    choices_from: Callable[[Values], Sequence[tuple[str, Any]]] | None = None
    editable: bool = False  # a choice that also accepts typed text
    placeholder: str = ""
    minimum: int = 0
    maximum: int = 1_000_000_000
    extra: dict[str, Any] = field(default_factory=dict)
    # The most characters a text or note takes (`domain/data/batas-masukan.csv`): given,
    # else that of the free-text field of this name (`domain.limits.FIELD_KEYS`: the
    # same bound the command checks), else a note's is the limit on reasons, since most
    # notes are recorded as one.
    max_length: int | None = None
    # A choice or date that starts empty instead of guessing a person's facts; the form
    # cannot be saved while a required field is empty (its label carries a `*`).
    blank: bool = False
    required: bool = False

    def length_limit(self) -> int | None:
        if self.max_length is not None:
            return self.max_length
        if self.kind not in ("text", "note"):
            return None
        named = field_limit(self.name)
        if named is not None:
            return named
        return limit(REASON) if self.kind == "note" else None


class FormDialog(QDialog):
    """Emits `accepted` once `submit` succeeded; `result_value` holds what it returned."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fields: Sequence[Field],
        check: Callable[[Values], Any],
        submit: Callable[[Values], Any],
        intro: str = "",
        derive: Callable[[Values], Values] | None = None,
    ) -> None:
        super().__init__(parent)
        self.derive = derive
        self._deriving = False
        self.setWindowTitle(title)
        self.setObjectName("form-" + title)
        self.fields, self.check, self.submit = list(fields), check, submit
        self.inputs: dict[str, QWidget] = {}
        self.result_value: Any = None
        self._touched = False
        self._build(intro)
        self._connect_signals()
        self.on_changed()

    def _build(self, intro: str) -> None:
        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        for spec in self.fields:
            widget = self._input(spec)
            widget.setObjectName(spec.name)
            self.inputs[spec.name] = widget
            form.addRow(f"{spec.label} *" if spec.required else spec.label, widget)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setMinimumWidth(420)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("FormDialog", "Simpan")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("FormDialog", "Batal")
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout.addWidget(self.buttons)

    def name_buttons(self, submit: str, cancel: str | None = None) -> None:
        """Buttons that say what they do ("Masuk", "Setujui"), without the save icon."""
        self.save_button.setText(submit)
        self.save_button.setIcon(QIcon())
        if cancel is not None:
            button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            button.setText(cancel)
            button.setIcon(QIcon())

    def _input(self, spec: Field) -> QWidget:
        if spec.kind == "choice":
            combo = QComboBox()
            combo.setEditable(spec.editable)
            if spec.blank:
                combo.setProperty("blank", True)
            self._fill(combo, spec.choices, spec.value)
            typed = field_limit(spec.name) if spec.editable else None
            line = combo.lineEdit()
            if typed is not None and line is not None:  # a typed occupation: as the command
                line.setMaxLength(typed)
            return combo
        if spec.kind == "date":
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            first, last = calendar_bounds()
            if spec.blank:
                # The day before the first one shows as "—" and reads as no date.
                first = first - timedelta(days=1)
                edit.setSpecialValueText("—")
            edit.setDateRange(QDate(first.year, first.month, first.day),
                              QDate(last.year, last.month, last.day))
            day = spec.value or (first if spec.blank else date.today())
            edit.setDate(QDate(day.year, day.month, day.day))
            return edit
        if spec.kind in ("number", "year"):
            spin = QSpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            # Seats and rupiah read better grouped (1.629); a year grouped reads 2.026.
            spin.setGroupSeparatorShown(spec.kind == "number")
            spin.setValue(int(spec.value or 0))
            return spin
        if spec.kind == "check":
            box = QCheckBox()
            box.setChecked(bool(spec.value))
            return box
        bound = spec.length_limit()
        if spec.kind == "note":
            note = QPlainTextEdit(str(spec.value or ""))
            note.setTabChangesFocus(True)
            note.setFixedHeight(60)
            if bound is not None:
                note.setPlaceholderText(
                    translate("FormDialog", "paling banyak {n} karakter").format(n=bound))
                note.textChanged.connect(lambda: _keep_within(note, bound))
            return note
        line = QLineEdit(str(spec.value or ""))
        line.setPlaceholderText(spec.placeholder)
        if bound is not None:
            line.setMaxLength(bound)
        if spec.kind == "password":
            line.setEchoMode(QLineEdit.EchoMode.Password)
        if spec.extra.get("read_only"):
            line.setReadOnly(True)
        return line

    @staticmethod
    def _fill(combo: QComboBox, choices: Sequence[tuple[str, Any]], value: Any) -> None:
        combo.blockSignals(True)
        combo.clear()
        if combo.property("blank"):
            combo.addItem("" if combo.isEditable() else translate("FormDialog", "— pilih —"),
                          None)
        for text, data in choices:
            combo.addItem(text, data)
        found = combo.findData(value)
        if found >= 0:
            combo.setCurrentIndex(found)
        elif value is not None and combo.isEditable():
            combo.setEditText(str(value))
        combo.blockSignals(False)

    def _connect_signals(self) -> None:
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.on_changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.on_changed)
                widget.editTextChanged.connect(self.on_changed)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(self.on_changed)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(self.on_changed)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self.on_changed)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self.on_changed)
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)

    def values(self) -> Values:
        return {spec.name: self._value(self.inputs[spec.name]) for spec in self.fields}

    @staticmethod
    def _value(widget: QWidget) -> Any:
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            if widget.isEditable() and widget.currentText() != widget.itemText(
                widget.currentIndex()
            ):
                return widget.currentText()
            if not widget.isEditable():
                return data
            return data if data is not None else widget.currentText()
        if isinstance(widget, QDateEdit):
            if widget.specialValueText() and widget.date() == widget.minimumDate():
                return None
            return widget.date().toPython()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def set_value(self, name: str, value: Any) -> None:
        widget = self.inputs[name]
        if isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QComboBox):
            found = widget.findData(value)
            if found < 0:
                found = widget.findText(str(value))
            if found >= 0:
                widget.setCurrentIndex(found)
            elif widget.isEditable():
                widget.setEditText(str(value))
        elif isinstance(widget, QDateEdit) and isinstance(value, date):
            widget.setDate(QDate(value.year, value.month, value.day))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))

    def on_changed(self, *_args: Any) -> None:
        self._touched = self._touched or bool(_args)
        if self._deriving:
            return
        values = self._apply_derived(self.values())
        for spec in self.fields:
            if spec.choices_from is not None:
                combo = self.inputs[spec.name]
                assert isinstance(combo, QComboBox)
                choices = list(spec.choices_from(values))
                if choices != spec.extra.get("shown"):
                    spec.extra["shown"] = choices
                    self._fill(combo, choices, values[spec.name])
                    values = self.values()
        missing = [spec.label for spec in self.fields
                   if spec.required and values.get(spec.name) in (None, "")]
        try:
            self.check(values)
        except BerjasaError as error:
            # A fault in what the clerk typed (the message quotes it) comes first; a fault
            # that only says a field is empty is the list of what is still missing.
            if missing and not _quotes_typed_value(error, values):
                self.show_problem(_missing_text(missing))
            else:
                self.show_problem(error.message())
            return
        self.show_problem(_missing_text(missing) if missing else "")

    def _apply_derived(self, values: Values) -> Values:
        """Fill the fields another field implies (sex and birth date from the NIK)."""
        if self.derive is None:
            return values
        updates = {k: v for k, v in self.derive(values).items() if values.get(k) != v}
        if not updates:
            return values
        self._deriving = True
        try:
            for name, value in updates.items():
                self.set_value(name, value)
        finally:
            self._deriving = False
        return self.values()

    def _say(self, text: str) -> None:
        """Show `text` below the fields, the dialog made taller when it needs more lines: a
        word-wrapped label does not grow its window by itself, and squeezed it overlapped
        the field above it (seen under a real window manager)."""
        self.message.setText(text)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        needed = max(self.heightForWidth(self.width()), self.minimumSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def show_problem(self, text: str) -> None:
        # Before the first keystroke the form is only incomplete, not wrong: stay quiet.
        self._say(text if self._touched else "")
        self.save_button.setEnabled(not text)

    def on_save(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            self.result_value = self.submit(self.values())
        except Exception as error:
            self._say(user_message(error))
            return
        self.accept()


def _keep_within(note: QPlainTextEdit, bound: int) -> None:
    """QPlainTextEdit has no maximum length: text typed or pasted past it is cut off."""
    text = note.toPlainText()
    if len(text) > bound:
        note.setPlainText(text[:bound])
        cursor = note.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        note.setTextCursor(cursor)
