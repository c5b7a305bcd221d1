"""Impor: choose a file and its kind → preview and mapping → import with progress →
result. The kinds: a worker list (enrolled in a quota), BPJS's KPJ numbers, Dukcapil's
matching results and DTSEN deciles (recorded on known workers)."""

from __future__ import annotations

import threading
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.gui import importing
from desktop.gui.context import GuiContext
from desktop.gui.errors import user_message
from desktop.gui.pages.base import PageBase, heading
from desktop.gui.qt import (
    QCheckBox,
    QColor,
    QComboBox,
    QDate,
    QDateEdit,
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
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.gui.tasks import start_task
from domain.errors import ValidationError
from domain.formatting import format_number
from domain.limits import calendar_bounds, field_limit
from domain.services.permissions import Action

if TYPE_CHECKING:  # the importer loads when the wizard first uses it
    from importer.facts import FactImportResult
    from importer.result import ImportResult

PREVIEW_ROWS = 12
FIELD_NAMES = ("nik", "name", "sex", "birth_date", "kecamatan", "kelurahan", "occupation",
               "decile", "phone", "agent", "disability", "kk")
# Columns a number cell spoils: identity numbers keep 15 digits, phones lose their 0.
NUMBER_SENSITIVE = ("nik", "kk", "kpj", "phone")
NUMERIC_MARK = "#fff4ce"


class ImporPage(PageBase):
    """The import wizard. Emits `finished(result)` when an import ended (or was cancelled)."""

    finished = Signal(object)

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.table: Any = None
        self.result: ImportResult | FactImportResult | None = None
        self.cancel_event = threading.Event()
        self.mapping_boxes: dict[str, QComboBox] = {}
        self.valid_rows: int | None = None
        self.columns: Any = None
        self.preview_rows: list[Any] = []
        self.numeric_columns: list[int] = []
        self._build()
        self._connect_signals()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Impor berkas")))
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
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind, label in self._kinds():
            self.kind.addItem(label, kind)
        form.addRow(self.tr("Jenis berkas"), self.kind)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setPlaceholderText(self.tr("Berkas Excel atau LibreOffice (.xlsx, .xls, "
                                             ".ods) atau CSV"))
        self.browse = QPushButton(self.tr("Pilih berkas…"))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("Berkas"), row)
        self.quota = QComboBox()
        self.quota.setObjectName("quota")
        self.quota_label = QLabel(self.tr("Daftarkan ke kuota"))
        form.addRow(self.quota_label, self.quota)
        self._retroactive_rows(form)
        warning = QLabel(self.tr(
            "<b>Sebelum menyimpan berkas:</b> format kolom NIK, KK, KPJ dan No HP sebagai "
            "<b>Teks</b>. Excel dan LibreOffice menyimpan angka hanya sampai 15 digit, "
            "sehingga NIK 16 digit yang diketik di sel angka kehilangan digit terakhirnya "
            "dan nomor HP kehilangan angka 0 di depannya. Baris seperti itu ditolak, tidak "
            "pernah ditebak."))
        warning.setObjectName("numeric-warning")
        warning.setWordWrap(True)
        warning.setStyleSheet("background:#fff4ce; padding:6px; border-radius:4px;")
        outer.addWidget(warning)
        hint = QLabel(self.tr(
            "Baris yang salah tidak diimpor dan dicatat di buku kerja penolakan beserta "
            "alasannya, di samping berkas yang diimpor."))
        hint.setWordWrap(True)
        outer.addWidget(hint)
        outer.addStretch(1)  # the rows keep their height; the space goes below
        return page

    def _retroactive_rows(self, form: QFormLayout) -> None:
        """A supervisor's or admin's backdated import (`import --retroactive --reason`):
        a start before today and the reason recorded with every enrolment."""
        self.retroactive = QCheckBox(self.tr("Pendaftaran mundur (retroaktif)"))
        self.retroactive.setObjectName("retroactive")
        form.addRow("", self.retroactive)
        self.retro_note = QLabel(self.tr(
            "Untuk memindahkan daftar lama (kertas atau aplikasi lain): kepesertaan dimulai "
            "pada tanggal di bawah, sebelum hari ini. Pendaftaran langsung tercatat, tanpa "
            "menunggu keputusan di Kotak masuk, dan ditandai BERLAKU SURUT di Audit beserta "
            "alasannya. Hanya supervisor dan admin."))
        self.retro_note.setObjectName("retroactive-note")
        self.retro_note.setWordWrap(True)
        self.retro_note.setStyleSheet("color:#52606d;")
        form.addRow("", self.retro_note)
        self.retro_start = QDateEdit()
        self.retro_start.setObjectName("retroactive-start")
        self.retro_start.setCalendarPopup(True)
        self.retro_start.setDisplayFormat("dd-MM-yyyy")
        first, last = calendar_bounds()
        self.retro_start.setDateRange(QDate(first.year, first.month, first.day),
                                      QDate(last.year, last.month, last.day))
        self.retro_start_label = QLabel(self.tr("Mulai kepesertaan"))
        form.addRow(self.retro_start_label, self.retro_start)
        self.retro_reason = QLineEdit()
        self.retro_reason.setObjectName("retroactive-reason")
        bound = field_limit("reason")  # the bound the command checks (batas-masukan.csv)
        if bound is not None:
            self.retro_reason.setMaxLength(bound)
            self.retro_reason.setPlaceholderText(self.tr(
                "wajib; paling banyak {n} karakter").format(n=bound))
        self.retro_reason_label = QLabel(self.tr("Alasan *"))
        form.addRow(self.retro_reason_label, self.retro_reason)

    def may_backdate(self) -> bool:
        """The retroactive option is offered to those the domain lets backdate."""
        return self.current_kind() == importing.WORKERS and self.may(
            Action.ENROL_RETROACTIVE)

    def update_retroactive(self, *_args: Any) -> None:
        offered = self.may_backdate()
        self.retroactive.setVisible(offered)
        if not offered:
            self.retroactive.setChecked(False)
        chosen = offered and self.retroactive.isChecked()
        for widget in (self.retro_note, self.retro_start, self.retro_start_label,
                       self.retro_reason, self.retro_reason_label):
            widget.setVisible(chosen)

    def retroactive_choice(self) -> tuple[bool, str | None, str]:
        """(retroactive, start, reason) for `run_import`; refused without a reason, as
        the domain refuses it (`reason.required`)."""
        if not (self.may_backdate() and self.retroactive.isChecked()):
            return False, None, ""
        reason = " ".join(self.retro_reason.text().split())
        if not reason:
            raise ValidationError("reason.required")
        day = self.retro_start.date()
        return True, date(day.year(), day.month(), day.day()).isoformat(), reason

    def _kinds(self) -> list[tuple[str, str]]:
        return [(importing.WORKERS, self.tr("Daftar pekerja (didaftarkan ke kuota)")),
                ("kpj", self.tr("Nomor KPJ dari BPJS (NIK, KPJ, tanggal)")),
                ("dukcapil", self.tr("Hasil padan Dukcapil (NIK, status, tanggal)")),
                ("decile", self.tr("Desil DTSEN (NIK, desil, data per tanggal)"))]

    def field_label(self, field: str) -> str:
        """A column's name as clerks know it (the importer's label, translated here)."""
        labels = {
            "nik": self.tr("Nomor Induk Kependudukan (NIK)"), "name": self.tr("Nama lengkap"),
            "sex": self.tr("Jenis kelamin"), "birth_date": self.tr("Tanggal lahir"),
            "kecamatan": self.tr("Kecamatan"), "kelurahan": self.tr("Kelurahan"),
            "occupation": self.tr("Pekerjaan"), "decile": self.tr("Desil DTSEN"),
            "phone": self.tr("Nomor HP/WA"), "agent": self.tr("Agen Perisai"),
            "disability": self.tr("Penyandang disabilitas"), "kpj": self.tr("Nomor KPJ"),
            "kk": self.tr("Nomor Kartu Keluarga (KK)"), "status": self.tr("Status padan"),
        }
        day = {"kpj": self.tr("Tanggal terbit KPJ"), "dukcapil": self.tr("Tanggal padan"),
               "decile": self.tr("Data per tanggal")}
        if field == "day":
            return day.get(self.current_kind(), str(self.columns.label(field)))
        return labels.get(field) or str(self.columns.label(field))

    def current_kind(self) -> str:
        return str(self.kind.currentData() or importing.WORKERS)

    def _preview_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.mapping_grid = QGridLayout()
        layout.addLayout(self.mapping_grid)
        self.numeric_note = QLabel()
        self.numeric_note.setObjectName("numeric-note")
        self.numeric_note.setWordWrap(True)
        self.numeric_note.setStyleSheet("background:#fff4ce; padding:6px;")
        layout.addWidget(self.numeric_note)
        self.capacity_note = QLabel()
        self.capacity_note.setObjectName("capacity-note")
        self.capacity_note.setWordWrap(True)
        layout.addWidget(self.capacity_note)
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
        self.report_label = QLabel()
        self.report_label.setObjectName("report-path")
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        self.open_report = QPushButton(self.tr("Buka buku kerja penolakan"))
        self.open_report.setObjectName("open-report")
        self.open_folder = QPushButton(self.tr("Buka foldernya"))
        self.open_folder.setObjectName("open-folder")
        buttons.addWidget(self.open_report)
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        self.open_note = QLabel()
        self.open_note.setObjectName("open-note")
        self.open_note.setWordWrap(True)
        self.open_note.setStyleSheet("color:#b3261e;")
        self.open_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.again = QPushButton(self.tr("Impor berkas lain"))
        layout.addWidget(self.counts)
        layout.addWidget(self.report_label)
        layout.addLayout(buttons)
        layout.addWidget(self.open_note)
        layout.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _connect_signals(self) -> None:
        self.browse.clicked.connect(self.on_browse_clicked)
        self.next_button.clicked.connect(self.on_next_clicked)
        self.back_button.clicked.connect(self.on_back_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.open_report.clicked.connect(self.on_open_report_clicked)
        self.open_folder.clicked.connect(self.on_open_folder_clicked)
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.retroactive.toggled.connect(self.update_retroactive)
        self.again.clicked.connect(lambda: self.go_to(0))

    def on_kind_changed(self, *_args: Any) -> None:
        workers = self.current_kind() == importing.WORKERS
        self.quota.setVisible(workers)
        self.quota_label.setVisible(workers)
        self.update_retroactive()

    # --- steps ----------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.quota.currentData()
        self.quota.clear()
        quotas = self.ctx.source.live.quotas()
        # Without an earlier choice, offer this year's quota with the most free seats.
        year = self.ctx.app.application.calendar().year
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
        if not self.retroactive.isChecked():  # today, as the enrol form: never a guess
            today = self.ctx.app.application.calendar()
            self.retro_start.setDate(QDate(today.year, today.month, today.day))
        self.update_retroactive()

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
            self, self.tr("Pilih berkas"), "",
            self.tr("Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)"))
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
        kind = self.current_kind()
        if kind == importing.WORKERS and self.quota.currentData() is None:
            self.message.setText(self.tr("Belum ada kuota terbuka; minta supervisor membuka "
                                         "kuota lebih dulu."))
            return
        try:
            self.retroactive_choice()
        except ValidationError as error:
            self.message.setText(user_message(error))
            self.retro_reason.setFocus()
            return
        try:
            self.table = importing.read_table(Path(self.path.text().strip()), kind)
        except Exception as error:
            self.message.setText(user_message(error))
            return
        self.columns = importing.column_set(kind)
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
        order = FIELD_NAMES if self.current_kind() == importing.WORKERS else self.columns.fields
        fields = [f for f in order if f in guessed or f in self.table.unmapped_required
                  or f in self.columns.required]
        fields += [f for f in guessed if f not in fields]
        for i, field in enumerate(fields):
            box = QComboBox()
            box.setObjectName(f"map-{field}")
            box.addItem(self.tr("(tidak ada)"), None)
            for column, header in enumerate(self.table.headers):
                box.addItem(str(header), column)
            box.setCurrentIndex(max(0, box.findData(guessed.get(field))))
            box.currentIndexChanged.connect(self.on_mapping_changed)
            self.mapping_boxes[field] = box
            label = QLabel(self.field_label(field))
            label.setObjectName(f"label-{field}")
            self.mapping_grid.addWidget(label, i // 3, (i % 3) * 2)
            self.mapping_grid.addWidget(box, i // 3, (i % 3) * 2 + 1)

    def _fill_preview(self) -> None:
        self.preview_rows = list(self.table.preview(PREVIEW_ROWS))
        headers = [str(h) for h in self.table.headers]
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(len(self.preview_rows))
        self.preview.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(self.preview_rows):
            for c, value in enumerate(list(row)[:len(headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(_shown(value)))

    def mark_numeric_columns(self) -> None:
        """Mark the mapped NIK/KK/KPJ/phone columns that hold number cells, and say why."""
        headers = [str(h) for h in self.table.headers]
        numeric = self.table.numeric_columns(self.mapping(), NUMBER_SENSITIVE,
                                             self.preview_rows)
        self.numeric_columns = numeric
        for column, header in enumerate(headers):
            marked = column in numeric
            self.preview.setHorizontalHeaderItem(column, QTableWidgetItem(
                self.tr("⚠ {h} (angka)").format(h=header) if marked else header))
            for r in range(self.preview.rowCount()):
                item = self.preview.item(r, column)
                if item is not None:
                    item.setBackground(QColor(NUMERIC_MARK) if marked else QColor("white"))
        names = ", ".join(headers[c] for c in numeric if c < len(headers))
        self.numeric_note.setVisible(bool(numeric))
        self.numeric_note.setText(self.tr(
            "⚠ Kolom {c} disimpan sebagai angka di berkas ini. NIK, KK atau KPJ dari sel "
            "angka yang mungkin sudah dibulatkan (16 digit berakhiran 0) akan ditolak; nomor "
            "HP hanya diberi 0 di depan bila pasti nomor seluler. Sebaiknya format kolom itu "
            "sebagai Teks dan ketik ulang nomornya dari sumber.").format(c=names))

    def mapping(self) -> dict[str, int]:
        return {f: int(b.currentData()) for f, b in self.mapping_boxes.items()
                if b.currentData() is not None}

    def on_mapping_changed(self, *_args: Any) -> None:
        required = set(self.table.unmapped_required) | set(self.columns.required)
        missing = sorted(f for f in required if f in self.mapping_boxes
                         and self.mapping_boxes[f].currentData() is None)
        if self.columns.either and all(self.mapping_boxes[f].currentData() is None
                                       for f in self.columns.either if f in self.mapping_boxes):
            missing.append(self.columns.either[0])
        self.next_button.setEnabled(not missing)
        self.message.setText(self.tr("Pilih kolom untuk: {f}").format(
            f=", ".join(self.field_label(f) for f in missing)) if missing else "")
        self.mark_numeric_columns()
        self.capacity_note.setText("")
        if not missing and self.current_kind() == importing.WORKERS:
            self.count_valid_rows()

    def count_valid_rows(self) -> None:
        """Count the rows that pass the checks, away from the GUI thread, then say how
        many of them the quota can still take when that is fewer."""
        table, mapping, today = self.table, self.mapping(), self.ctx.app.application.calendar()
        self.valid_rows = None
        self.capacity_note.setText(self.tr("Memeriksa baris berkas…"))
        start_task(lambda _progress: importing.count_valid_rows(table, mapping, today),
                   partial(self.on_valid_rows_counted, table, mapping),
                   lambda _error: self.capacity_note.setText(""))

    def on_valid_rows_counted(self, table: Any, mapping: dict[str, int], count: int) -> None:
        if table is not self.table or mapping != self.mapping():
            return  # the clerk chose another file or mapping meanwhile
        self.valid_rows = count
        quota = self.quota.currentData()
        free = next((int(q["free"]) for q in self.ctx.source.live.quotas()
                     if q["quota"] == quota), None)
        if free is not None and free < count:
            self.capacity_note.setStyleSheet("color:#b3261e; font-weight:bold;")
            self.capacity_note.setText(self.tr(
                "Berkas ini berisi {v} baris yang lolos pemeriksaan, tetapi kuota {q} hanya "
                "dapat menampung {f} pekerja lagi. {f} baris pertama didaftarkan; sisanya "
                "dicatat \"melebihi kuota\" di buku kerja penolakan.").format(
                    v=format_number(count), q=quota, f=format_number(free)))
        else:
            self.capacity_note.setStyleSheet("color:#52606d;")
            self.capacity_note.setText(self.tr(
                "{v} baris lolos pemeriksaan; kuota masih cukup.").format(
                    v=format_number(count)))

    def start_import(self) -> None:
        try:
            retroactive, start, reason = self.retroactive_choice()
        except ValidationError as error:
            self.message.setText(user_message(error))
            return
        path = Path(self.path.text().strip())
        kind, quota, mapping = self.current_kind(), str(self.quota.currentData()), self.mapping()
        app, session = self.ctx.app, self.ctx.session
        self.cancel_event.clear()
        self.go_to(2)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Membaca dan memeriksa {name}…").format(
            name=path.name))
        report = importing.rejection_report_path(path, app.application.clock())

        def work(progress: Any) -> ImportResult | FactImportResult:
            if kind != importing.WORKERS:
                return importing.run_fact_import(
                    app, session, kind, path, mapping=mapping, progress=progress,
                    cancelled=self.cancel_event.is_set, report_path=report,
                    family=self.ctx.source.live.family_niks)
            return importing.run_import(
                app, session, path, quota, mapping=mapping, progress=progress,
                cancelled=self.cancel_event.is_set, report_path=report, start=start,
                retroactive=retroactive, reason=reason)

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

    def on_import_finished(self, result: ImportResult | FactImportResult) -> None:
        from importer.facts import FactImportResult  # loaded: it made `result`

        self.result = result
        self.ctx.after_write()
        lines = [self.tr("Baris dibaca: {n}").format(n=format_number(result.rows))]
        if isinstance(result, FactImportResult):
            lines += [
                self.tr("Dicatat: {n}").format(n=format_number(result.applied)),
                self.tr("Sudah tercatat sebelumnya (tidak diubah): {n}").format(
                    n=format_number(result.unchanged)),
                self.tr("Ditolak: {n}").format(n=format_number(result.rejected)),
            ]
        else:
            lines += [
                self.tr("Didaftarkan ke kuota: {n}").format(n=format_number(result.enrolled)),
                self.tr("Ditolak: {n}").format(n=format_number(result.rejected)),
                self.tr("Ganda: {n}").format(n=format_number(result.duplicates)),
                self.tr("Melebihi kuota: {n}").format(n=format_number(result.over_quota)),
            ]
            if result.warned:  # enrolled, but listed on the workbook's Peringatan sheet
                lines.append(self.tr("Didaftarkan dengan peringatan (lihat lembar "
                                     "Peringatan): {n}").format(n=format_number(result.warned)))
        if result.cancelled:
            batches = result.batches
            lines.append(self.tr(
                "Impor dihentikan oleh pengguna: {s} dari {b} kelompok baris tersimpan utuh. "
                "Impor berkas yang sama lagi untuk menyelesaikannya; baris yang sudah "
                "tersimpan tidak didaftarkan dua kali.").format(
                    s=format_number(result.batches_saved),
                    b="?" if batches is None else format_number(batches)))
        self.counts.setText("<br>".join(lines))
        report = result.report
        self.report_label.setText(
            self.tr("Buku kerja penolakan disimpan di:<br><b>{p}</b>").format(p=report)
            if report else self.tr("Tidak ada baris yang ditolak; tidak ada buku kerja "
                                   "penolakan."))
        self.open_report.setEnabled(bool(report))
        self.open_folder.setEnabled(bool(report))
        self.open_note.setText("")
        self.go_to(3)
        self.finished.emit(result)

    def on_import_failed(self, error: BaseException) -> None:
        self.go_to(1)
        self.message.setText(user_message(error))

    def on_open_report_clicked(self) -> None:
        report = getattr(self.result, "report", None)
        if report and not open_local(Path(report)):
            self.open_note.setText(self.tr(
                "Tidak ada program di komputer ini yang dapat membuka berkas .xlsx (pasang "
                "LibreOffice Calc atau Excel). Buku kerja tersimpan di: {p}").format(p=report))

    def on_open_folder_clicked(self) -> None:
        report = getattr(self.result, "report", None)
        if report and not open_local(Path(report).parent):
            self.open_note.setText(self.tr(
                "Folder tidak dapat dibuka. Buku kerja tersimpan di: {p}").format(p=report))


def open_local(path: Path) -> bool:
    """Open a file or folder with the program the system has for it; False when none."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number cell as the spreadsheet shows it, without ".0"
    return str(value)
