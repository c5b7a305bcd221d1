"""Laporan: choose a report and its parameters, generate it off the GUI thread, open, print."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from desktop.gui import reporting
from desktop.gui.context import GuiContext
from desktop.gui.errors import user_message
from desktop.gui.pages.base import PageBase, heading
from desktop.gui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDesktopServices,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QUrl,
    QVBoxLayout,
)
from desktop.gui.tasks import start_task
from domain.services.permissions import Action
from domain.wilayah import kecamatan_names


class LaporanPage(PageBase):
    """Emits nothing; a generated PDF is shown with the system viewer and can be saved."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.generated: Path | None = None
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Laporan")))
        box = QGroupBox(self.tr("Laporan dan parameternya"))
        form = QFormLayout(box)
        self.report = QComboBox()
        self.report.setObjectName("report")
        form.addRow(self.tr("Laporan"), self.report)
        today = self.ctx.app.calendar()
        self.year = QSpinBox()
        self.year.setRange(2015, 2100)
        self.year.setValue(today.year)
        form.addRow(self.tr("Tahun"), self.year)
        self.on = QDateEdit(QDate(today.year, today.month, today.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd-MM-yyyy")
        form.addRow(self.tr("Keadaan per tanggal"), self.on)
        self.kecamatan = QComboBox()
        self.kecamatan.addItem(self.tr("Seluruh kota"), None)
        for name in kecamatan_names():
            self.kecamatan.addItem(name, name)
        form.addRow(self.tr("Kecamatan"), self.kecamatan)
        layout.addWidget(box)
        row = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("Buat laporan"))
        self.open_button = QPushButton(self.tr("Pratinjau / cetak"))
        self.save_button = QPushButton(self.tr("Simpan sebagai…"))
        for button in (self.generate_button, self.open_button, self.save_button):
            row.addWidget(button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        row.addWidget(self.progress)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.open_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def _connect_signals(self) -> None:
        self.generate_button.clicked.connect(self.on_generate_clicked)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)

    def refresh(self) -> None:
        reports = reporting.catalogue()
        current = self.report.currentData()
        self.report.clear()
        for key, title in reports:
            self.report.addItem(title, key)
        self.report.setCurrentIndex(max(0, self.report.findData(current)))
        self.generate_button.setEnabled(bool(reports))
        if not reports:
            self.message.setText(self.tr("Modul laporan belum terpasang di versi ini."))

    def params(self) -> dict[str, Any]:
        return {"year": self.year.value(), "on": self.on.date().toPython(),
                "kecamatan": self.kecamatan.currentData(),
                "full_nik": self.ctx.app.may(self.ctx.session, Action.VIEW_FULL_NIK)}

    def on_generate_clicked(self) -> None:
        report, params = str(self.report.currentData()), self.params()
        folder = Path(tempfile.mkdtemp(prefix="berjasa-laporan-"))
        target = folder / f"{report}-{params['year']}.pdf"
        read_models = self.ctx.source.current()
        self.generate_button.setEnabled(False)
        self.progress.show()
        self.message.setText(self.tr("Menyusun laporan…"))
        start_task(lambda _p: (reporting.generate(read_models, report, params, target), target)[1],
                   self.on_generated, self.on_failed)

    def on_generated(self, target: Path) -> None:
        self.generated = target
        self.progress.hide()
        self.generate_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.message.setText(self.tr("Laporan siap: {f}").format(f=target.name))

    def on_failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.generate_button.setEnabled(True)
        self.message.setText(user_message(error))

    def on_open_clicked(self) -> None:
        if self.generated is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.generated)))

    def on_save_clicked(self) -> None:
        if self.generated is None:
            return
        chosen, _f = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan"),
                                                 self.generated.name, "PDF (*.pdf)")
        if chosen:
            Path(chosen).write_bytes(self.generated.read_bytes())
            self.message.setText(self.tr("Disimpan ke {f}").format(f=chosen))
