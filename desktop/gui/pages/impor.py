"""Impor: choose a file → preview and mapping → import with progress → result."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from desktop.gui import importing
from desktop.gui.context import GuiContext
from desktop.gui.errors import user_message
from desktop.gui.pages.base import PageBase, heading
from desktop.gui.qt import (
    QComboBox,
    QDesktopServices,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.gui.tasks import start_task
from domain.formatting import format_number

PREVIEW_ROWS = 12
FIELD_NAMES = ("nik", "name", "sex", "birth_date", "kecamatan", "kelurahan", "occupation",
               "decile", "phone", "agent", "disability")


class ImporPage(PageBase):
    """The import wizard. Emits `finished(result)` when an import ended (or was cancelled)."""

    finished = Signal(object)

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.table: Any = None
        self.result: Any = None
        self.cancel_event = threading.Event()
        self.mapping_boxes: dict[str, QComboBox] = {}
        self._build()
        self._connect_signals()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Impor daftar pekerja")))
        self.step_label = QLabel()
        self.step_label.setStyleSheet("color:#52606d;")
        layout.addWidget(self.step_label)
        self.steps = QStackedWidget()
        for build in (self._file_step, self._preview_step, self._run_step, self._result_step):
            self.steps.addWidget(build())
        layout.addWidget(self.steps, 1)
        self.message = QLabel()
        self.message.setObjectName("import-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b3261e;")
        layout.addWidget(self.message)
        nav = QHBoxLayout()
        nav.addStretch(1)
        self.back_button = QPushButton(self.tr("< Kembali"))
        self.next_button = QPushButton(self.tr("Lanjut >"))
        self.back_button.setObjectName("back")
        self.next_button.setObjectName("next")
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        self.go_to(0)

    def _file_step(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setPlaceholderText(self.tr("Berkas CSV atau Excel (.xlsx)"))
        self.browse = QPushButton(self.tr("Pilih berkas…"))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("Berkas"), row)
        self.quota = QComboBox()
        self.quota.setObjectName("quota")
        form.addRow(self.tr("Daftarkan ke kuota"), self.quota)
        hint = QLabel(self.tr(
            "Kolom NIK harus berformat Teks di Excel. Baris yang salah tidak diimpor dan "
            "dicatat di buku kerja penolakan beserta alasannya."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        return page

    def _preview_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.mapping_grid = QGridLayout()
        layout.addLayout(self.mapping_grid)
        self.preview = QTableWidget()
        self.preview.setObjectName("preview")
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.preview, 1)
        return page

    def _run_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Batalkan impor"))
        self.cancel_button.setObjectName("cancel")
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        return page

    def _result_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setStyleSheet("font-size:12pt;")
        self.counts.setWordWrap(True)
        self.open_report = QPushButton(self.tr("Buka buku kerja penolakan"))
        self.open_report.setObjectName("open-report")
        self.again = QPushButton(self.tr("Impor berkas lain"))
        layout.addWidget(self.counts)
        layout.addWidget(self.open_report)
        layout.addWidget(self.again)
        layout.addStretch(1)
        return page

    def _connect_signals(self) -> None:
        self.browse.clicked.connect(self.on_browse_clicked)
        self.next_button.clicked.connect(self.on_next_clicked)
        self.back_button.clicked.connect(self.on_back_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.open_report.clicked.connect(self.on_open_report_clicked)
        self.again.clicked.connect(lambda: self.go_to(0))

    # --- steps ----------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.quota.currentData()
        self.quota.clear()
        quotas = self.ctx.source.live.quotas()
        # Without an earlier choice, offer this year's quota with the most free seats.
        year = self.ctx.app.calendar().year
        open_now = [q for q in quotas if q.get("year") == year] or quotas
        if current is None and open_now:
            current = max(open_now, key=lambda q: int(q["free"]))["quota"]
        for quota in quotas:
            self.quota.addItem(self.tr("{q} — {label} (sisa {free} kursi)").format(
                q=quota["quota"], label=quota["label"], free=format_number(quota["free"])),
                quota["quota"])
        found = self.quota.findData(current)
        if found >= 0:
            self.quota.setCurrentIndex(found)

    def go_to(self, step: int) -> None:
        titles = [self.tr("Langkah 1 dari 4: pilih berkas dan kuota"),
                  self.tr("Langkah 2 dari 4: periksa pratinjau dan pemetaan kolom"),
                  self.tr("Langkah 3 dari 4: mengimpor"),
                  self.tr("Langkah 4 dari 4: hasil")]
        self.steps.setCurrentIndex(step)
        self.step_label.setText(titles[step])
        self.back_button.setEnabled(step == 1)
        self.next_button.setEnabled(step in (0, 1))
        self.next_button.setText(self.tr("Mulai impor") if step == 1 else self.tr("Lanjut >"))
        self.message.setText("")

    def on_browse_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih daftar pekerja"), "",
            self.tr("Daftar pekerja (*.csv *.xlsx)"))
        if chosen:
            self.path.setText(chosen)

    def on_back_clicked(self) -> None:
        self.go_to(0)

    def on_next_clicked(self) -> None:
        if self.steps.currentIndex() == 0:
            self.load_preview()
        else:
            self.start_import()

    def load_preview(self) -> None:
        if self.quota.currentData() is None:
            self.message.setText(self.tr("Belum ada kuota terbuka; minta supervisor membuka "
                                         "kuota lebih dulu."))
            return
        try:
            self.table = importing.read_table(Path(self.path.text().strip()))
        except Exception as error:
            self.message.setText(user_message(error))
            return
        self._fill_mapping()
        self._fill_preview()
        self.go_to(1)
        self.on_mapping_changed()

    def _fill_mapping(self) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.mapping_boxes.clear()
        guessed = dict(self.table.guessed_mapping)
        fields = [f for f in FIELD_NAMES if f in guessed or f in self.table.unmapped_required]
        fields += [f for f in guessed if f not in fields]
        for i, field in enumerate(fields):
            box = QComboBox()
            box.addItem(self.tr("(tidak ada)"), None)
            for column, header in enumerate(self.table.headers):
                box.addItem(str(header), column)
            box.setCurrentIndex(max(0, box.findData(guessed.get(field))))
            box.currentIndexChanged.connect(self.on_mapping_changed)
            self.mapping_boxes[field] = box
            self.mapping_grid.addWidget(QLabel(field), i // 4, (i % 4) * 2)
            self.mapping_grid.addWidget(box, i // 4, (i % 4) * 2 + 1)

    def _fill_preview(self) -> None:
        rows = list(self.table.preview(PREVIEW_ROWS))
        headers = [str(h) for h in self.table.headers]
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, value in enumerate(list(row)[:len(headers)]):
                self.preview.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))

    def mapping(self) -> dict[str, int]:
        return {f: int(b.currentData()) for f, b in self.mapping_boxes.items()
                if b.currentData() is not None}

    def on_mapping_changed(self, *_args: Any) -> None:
        required = set(self.table.unmapped_required) | {
            "nik", "name", "sex", "birth_date", "kecamatan", "kelurahan", "occupation"}
        missing = sorted(f for f in required if f in self.mapping_boxes
                         and self.mapping_boxes[f].currentData() is None)
        self.next_button.setEnabled(not missing)
        self.message.setText(self.tr("Pilih kolom untuk: {f}").format(f=", ".join(missing))
                             if missing else "")

    def start_import(self) -> None:
        path = Path(self.path.text().strip())
        quota, mapping = str(self.quota.currentData()), self.mapping()
        app, session = self.ctx.app, self.ctx.session
        self.cancel_event.clear()
        self.go_to(2)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Membaca dan memeriksa {name}…").format(
            name=path.name))
        report = importing.rejection_report_path(path)

        def work(progress: Any) -> Any:
            return importing.run_import(
                app, session, path, quota, mapping=mapping, progress=progress,
                cancelled=self.cancel_event.is_set, report_path=report)

        start_task(work, self.on_import_finished, self.on_import_failed,
                   self.on_import_progress)

    def on_import_progress(self, done: int, total: int | None) -> None:
        if total is None:   # a workbook whose row count is not known up front
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr("{d} baris diproses").format(
                d=format_number(done)))
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("{d} dari {t} baris diproses").format(
            d=format_number(done), t=format_number(total)))

    def on_cancel_clicked(self) -> None:
        self.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Menghentikan setelah kelompok baris ini…"))

    def on_import_finished(self, result: Any) -> None:
        self.result = result
        self.ctx.after_write()
        counts = result.as_dict() if hasattr(result, "as_dict") else dict(vars(result))
        lines = [
            self.tr("Baris dibaca: {n}").format(n=format_number(counts.get("rows", 0))),
            self.tr("Didaftarkan ke kuota: {n}").format(
                n=format_number(counts.get("enrolled", 0))),
            self.tr("Ditolak: {n}").format(n=format_number(counts.get("rejected", 0))),
            self.tr("Ganda: {n}").format(n=format_number(counts.get("duplicates", 0))),
            self.tr("Melebihi kuota: {n}").format(n=format_number(counts.get("over_quota", 0))),
        ]
        if counts.get("warnings"):  # enrolled, but listed on the workbook's Peringatan sheet
            lines.append(self.tr("Didaftarkan dengan peringatan (lihat lembar Peringatan): "
                                 "{n}").format(n=format_number(counts["warnings"])))
        if counts.get("cancelled"):
            lines.append(self.tr("Impor dihentikan oleh pengguna; baris yang sudah diproses "
                                 "tetap tersimpan."))
        self.counts.setText("<br>".join(lines))
        self.open_report.setEnabled(bool(getattr(result, "report", None)))
        self.go_to(3)
        self.finished.emit(result)

    def on_import_failed(self, error: BaseException) -> None:
        self.go_to(1)
        self.message.setText(user_message(error))

    def on_open_report_clicked(self) -> None:
        report = getattr(self.result, "report", None)
        if report:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(report)))
