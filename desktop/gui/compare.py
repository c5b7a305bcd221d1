"""Bandingkan dua saat: what changed between two recorded moments, and which events changed
it (`projections.changes.changes_between`, the console's `changes`).

Two moments typed in WITA and, optionally, one coverage date for both; the answer shows
each figure that changed (from → to) and the events recorded between the two moments that
explain the changes. The comparison replays the history, so it runs off the GUI thread.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from desktop.gui.context import GuiContext
from desktop.gui.errors import show_error
from desktop.gui.qt import (
    QAbstractItemView,
    QCheckBox,
    QDate,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from desktop.gui.tasks import start_task
from desktop.gui.timeline import parse_moment
from domain.errors import BerjasaError, ValidationError
from domain.formatting import format_moment_short
from domain.i18n import current_language
from domain.values import WITA
from projections.audit_texts import event_name
from projections.changes import Changes, ExplainingEvent, changes_between, moves


def _count(value: Any) -> str:
    """A figure's value as a cell: a number, a quota's seats and use, or nothing."""
    if value is None:
        return "–"
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(value)


class CompareDialog(QDialog):
    """Two moments in, the changed figures and the events that explain them out.

    `compared` is the last answer (the `changes` JSON object), for tests and export."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None,
                 first: datetime, second: datetime) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.compared: Changes | None = None
        self.setWindowTitle(self.tr("Bandingkan dua saat"))
        self._build(first, second)
        self._connect_signals()
        self.resize(1100, 620)

    def figure_names(self) -> dict[str, str]:
        return {
            "active_members": self.tr("Peserta aktif"),
            "registered_workers": self.tr("Pekerja terdaftar"),
            "by_programme": self.tr("Peserta per program"),
            "by_kecamatan": self.tr("Peserta per kecamatan"),
            "by_segment": self.tr("Peserta per segmen"),
            "by_sex": self.tr("Peserta per jenis kelamin"),
            "quotas": self.tr("Kuota (kursi, terpakai)"),
            "claims": self.tr("Klaim per status"),
        }

    def _build(self, first: datetime, second: datetime) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.first = QLineEdit(format_moment_short(first, seconds=True))
        self.first.setObjectName("compare-from")
        self.second = QLineEdit(format_moment_short(second, seconds=True))
        self.second.setObjectName("compare-to")
        for edit in (self.first, self.second):
            edit.setToolTip(self.tr("Tanggal dan jam WITA, mis. 15-01-2025 10.30"))
            edit.setMinimumWidth(220)
        form.addRow(self.tr("Saat pertama (WITA):"), self.first)
        form.addRow(self.tr("Saat kedua (WITA):"), self.second)
        on_row = QHBoxLayout()
        self.use_on = QCheckBox(self.tr("Satu tanggal cakupan untuk keduanya:"))
        self.on = QDateEdit(QDate.currentDate())
        self.on.setDisplayFormat("dd-MM-yyyy")
        self.on.setCalendarPopup(True)
        self.on.setEnabled(False)
        on_row.addWidget(self.use_on)
        on_row.addWidget(self.on)
        on_row.addStretch(1)
        form.addRow(on_row)
        self.compare_button = QPushButton(self.tr("Bandingkan"))
        self.compare_button.setObjectName("compare-run")
        form.addRow(self.compare_button)
        layout.addLayout(form)
        self.summary = QLabel(self.tr(
            "Tanpa tanggal cakupan, angka tiap saat dihitung pada tanggalnya sendiri."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.figures = self._table("compare-figures", [
            self.tr("Angka"), self.tr("Rincian"), self.tr("Dari"), self.tr("Menjadi"),
            self.tr("Dijelaskan oleh")])
        self.events = self._table("compare-events", [
            "#", self.tr("Waktu (WITA)"), self.tr("Pengguna"), self.tr("Peristiwa"),
            self.tr("Alasan"), self.tr("Angka yang berubah")])
        layout.addWidget(QLabel(self.tr("Angka yang berubah")))
        layout.addWidget(self.figures, 1)
        layout.addWidget(QLabel(self.tr("Peristiwa yang menjelaskannya")))
        layout.addWidget(self.events, 1)
        close = QHBoxLayout()
        close.addStretch(1)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.clicked.connect(self.reject)
        close.addWidget(self.close_button)
        layout.addLayout(close)

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _connect_signals(self) -> None:
        self.use_on.toggled.connect(self.on.setEnabled)
        self.compare_button.clicked.connect(self.on_compare_clicked)
        for edit in (self.first, self.second):
            edit.returnPressed.connect(self.on_compare_clicked)

    # --- comparing ----------------------------------------------------------------------

    def moments(self) -> tuple[datetime, datetime, date | None]:
        """The two moments and the coverage date; raises ValidationError (codes
        timestamp.invalid, changes.order) as the console does."""
        start, end = parse_moment(self.first.text()), parse_moment(self.second.text())
        if end < start:
            raise ValidationError("changes.order", start=self.first.text(),
                                  end=self.second.text())
        picked = self.on.date().toPython() if self.use_on.isChecked() else None
        return start, end, picked if isinstance(picked, date) else None

    def on_compare_clicked(self) -> None:
        try:
            start, end, on = self.moments()
        except ValidationError as error:
            show_error(self, error)
            return
        app = self.ctx.app
        try:
            app.history.authorise_comparison(self.ctx.session)
        except BerjasaError as error:
            show_error(self, error)
            return
        self.compare_button.setEnabled(False)
        self.summary.setText(self.tr("Menyusun keadaan kedua saat…"))
        start_task(lambda _progress: changes_between(app.application, start, end, on),
                   self.on_compared, self.on_failed)

    def on_failed(self, error: BaseException) -> None:
        self.compare_button.setEnabled(True)
        self.summary.setText("")
        show_error(self, error)

    def on_compared(self, answer: Changes) -> None:
        self.compare_button.setEnabled(True)
        self.compared = answer
        positions = answer["positions"]
        self.summary.setText(self.tr(
            "{events} peristiwa tercatat di antara kedua saat (posisi {a} sampai {b}); "
            "{changed} angka berubah.").format(
                events=answer["events"], a=positions["from"], b=positions["to"],
                changed=len(answer["figures"])))
        self._show_figures(answer)
        self._show_events(answer["explained_by"])

    def _show_figures(self, answer: Changes) -> None:
        names, by_time = self.figure_names(), set(answer["by_time"])
        rows: list[list[str]] = []
        for figure, change in answer["figures"].items():
            why = (self.tr("tanggal cakupan") if figure in by_time
                   else self.tr("peristiwa di bawah"))
            for key, moved in moves(change):
                rows.append([names.get(figure, figure), key, _count(moved["from"]),
                             _count(moved["to"]), why])
        _fill(self.figures, rows)

    def _show_events(self, events: list[ExplainingEvent]) -> None:
        names, language, masker = self.figure_names(), current_language(), self.ctx.masker
        _fill(self.events, [[
            str(e["position"]),
            format_moment_short(datetime.fromisoformat(str(e["time"])).astimezone(WITA),
                                seconds=True),
            str(e["actor"] or ""),
            event_name(str(e["type"]), language),
            masker.text(e["reason"]),
            ", ".join(names.get(f, f) for f in e["figures"]),
        ] for e in events])


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    """The rows, each cell's whole text in its tooltip; columns fitted to their contents
    but never wider than a third of the table (the last one stretches)."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    widest = max(120, table.viewport().width() // 3)
    for column in range(table.columnCount()):
        table.setColumnWidth(column, min(table.columnWidth(column), widest))
