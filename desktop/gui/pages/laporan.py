"""Laporan: choose a report and its parameters, generate it off the GUI thread, preview it
inside the application, print it and save it; the Kebijakan tab keeps the policy facts the
Paritrana dossier states (regulations, budget, workforce, target, head of office)."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from desktop.gui.context import GuiContext
from desktop.gui.errors import user_message
from desktop.gui.pages.base import PageBase, heading
from desktop.gui.pages.kebijakan import KebijakanPanel
from desktop.gui.pdfview import render_pages
from desktop.gui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QDateTime,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QImage,
    QLabel,
    QLineEdit,
    QPixmap,
    QPrintDialog,
    QPrinter,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    Qt,
    QTabWidget,
    QTime,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.gui.tasks import start_task
from domain.formatting import format_moment_short
from domain.i18n import current_language
from domain.values import WITA
from domain.wilayah import kecamatan_names

if TYPE_CHECKING:  # reportlab and the reports load when one is made
    from reports.params import ReportSummary

# Which parameters each report reads (see `reports.params.ReportParams`).
USES: dict[str, set[str]] = {
    "paritrana": {"year", "on"},
    "roster": {"on", "kecamatan"},
    "quota": {"year", "on"},
    "claims": {"year", "period"},
    "mou": {"on"},
    "audit": {"nik", "period"},
}


class ChosenParams(TypedDict, total=False):
    """The `ReportParams` fields the page sets (the report's own; unused ones absent)."""

    year: int
    on: date
    kecamatan: str
    nik: str
    since: date
    until: date
    language: str


def _day(edit: QDateEdit) -> date:
    picked = edit.date().toPython()
    assert isinstance(picked, date)
    return picked


@dataclass(frozen=True)
class Generated:
    """A report written to a temporary file, with its pages rendered for the preview."""

    path: Path
    info: ReportSummary
    pages: list[QImage]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class LaporanPage(PageBase):
    """Emits `generated(Generated)` once a report is ready and shown in the preview."""

    generated_signal = Signal(object)
    verified_signal = Signal(object)  # a reports.verify.Verdict, or the error

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.generated: Generated | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="berjasa-laporan-"))
        self._build()
        self._connect_signals()
        self.on_report_changed()

    def release_files(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Laporan")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("laporan-tabs")
        reports = QWidget()
        body = QHBoxLayout(reports)
        body.addWidget(self._build_parameters())
        body.addWidget(self._build_preview(), 1)
        self.tabs.addTab(reports, self.tr("Laporan"))
        self.policy = KebijakanPanel(self.ctx)
        # Its rows of inputs are wider in English than a 1366-pixel window leaves: it
        # scrolls rather than widening the whole window past the screen.
        self.policy_scroller = QScrollArea()
        self.policy_scroller.setObjectName("kebijakan-scroller")
        self.policy_scroller.setWidgetResizable(True)
        self.policy_scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.policy_scroller.setWidget(self.policy)
        self.tabs.addTab(self.policy_scroller, self.tr("Kebijakan (Paritrana)"))
        layout.addWidget(self.tabs, 1)

    def show_policy(self) -> None:
        """The Kebijakan tab: its panel sits in a scroll area, which is the tab's widget."""
        self.tabs.setCurrentWidget(self.policy_scroller)

    def _build_parameters(self) -> QWidget:
        panel = QWidget()
        panel.setFixedWidth(360)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        today = self.ctx.app.application.calendar()
        self.report = QComboBox()
        self.report.setObjectName("report")
        for key, title in self.catalogue():
            self.report.addItem(title, key)
        form.addRow(self.tr("Laporan"), self.report)
        self.year = QSpinBox()
        self.year.setRange(2015, 2100)
        self.year.setValue(today.year)
        form.addRow(self.tr("Tahun"), self.year)
        self.use_on = QCheckBox(self.tr("Cakupan per tanggal"))
        self.on = QDateEdit(_qdate(today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd-MM-yyyy")
        form.addRow(self.use_on, self.on)
        self.use_as_of = QCheckBox(self.tr("Data seperti pada"))
        now = datetime.now(WITA)      # the office's clock, whatever the machine's zone
        self.as_of = QDateTimeEdit(QDateTime(_qdate(now.date()),
                                             QTime(now.hour, now.minute, now.second)))
        self.as_of.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.as_of.setCalendarPopup(True)
        form.addRow(self.use_as_of, self.as_of)
        self.kecamatan = QComboBox()
        self.kecamatan.addItem(self.tr("Seluruh kota"), None)
        for name in kecamatan_names():
            self.kecamatan.addItem(name, name)
        form.addRow(self.tr("Kecamatan"), self.kecamatan)
        self.nik = QLineEdit()
        self.nik.setPlaceholderText(self.tr("semua pekerja"))
        self.nik.setMaxLength(16)
        form.addRow(self.tr("NIK"), self.nik)
        self.use_period = QCheckBox(self.tr("Periode"))
        period = QHBoxLayout()
        self.since = QDateEdit(QDate(today.year, 1, 1))
        self.until = QDateEdit(_qdate(today))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            period.addWidget(edit)
        form.addRow(self.use_period, period)
        column.addLayout(form)
        buttons = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("Buat laporan"))
        self.generate_button.setDefault(True)
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.save_button = QPushButton(self.tr("Simpan…"))
        for button in (self.generate_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        self.verify_button = QPushButton(self.tr("Periksa keaslian laporan…"))
        self.verify_button.setToolTip(self.tr(
            "Pilih berkas PDF laporan Berjasa: laporan dibuat ulang dari riwayat dengan "
            "parameter yang tersimpan di dalamnya lalu dibandingkan."))
        column.addWidget(self.verify_button)
        self.verdict = QLabel()
        self.verdict.setObjectName("report-verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.verdict)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        column.addWidget(self.progress)
        self.message = QLabel()
        self.message.setObjectName("report-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.message)
        column.addStretch(1)
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        return panel

    def _build_preview(self) -> QWidget:
        self.preview = QScrollArea()
        self.preview.setObjectName("report-preview")
        self.preview.setWidgetResizable(True)
        self.preview.setStyleSheet("QScrollArea{background:#7a7f85;}")
        self.pages_widget = QWidget()
        self.pages_widget.setStyleSheet("background:#7a7f85;")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        self.placeholder = QLabel(self.tr("Pratinjau laporan tampil di sini."))
        self.placeholder.setStyleSheet("color:#f0f0f0;")
        self.pages_layout.addWidget(self.placeholder)
        self.preview.setWidget(self.pages_widget)
        self.page_labels: list[QLabel] = []
        return self.preview

    def _connect_signals(self) -> None:
        self.report.currentIndexChanged.connect(self.on_report_changed)
        self.use_on.toggled.connect(self.on_report_changed)
        self.use_as_of.toggled.connect(self.on_report_changed)
        self.use_period.toggled.connect(self.on_report_changed)
        self.generate_button.clicked.connect(self.on_generate_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.verify_button.clicked.connect(self.on_verify_clicked)

    @staticmethod
    def catalogue() -> list[tuple[str, str]]:
        """(key, title in the interface's language): the documents themselves are
        Indonesian (the audit extract's lines follow the interface)."""
        from reports.api import REPORTS

        translate = QCoreApplication.translate
        titles = {
            "paritrana": translate("LaporanPage", "Dossier Paritrana Award"),
            "roster": translate("LaporanPage", "Daftar Peserta Makassar Berjasa"),
            "quota": translate("LaporanPage", "Rekap Kuota"),
            "claims": translate("LaporanPage", "Laporan Klaim"),
            "mou": translate("LaporanPage", "Status MoU/PKS"),
            "audit": translate("LaporanPage", "Ekstrak Jejak Audit"),
        }
        return [(key, titles.get(key, str(module.TITLE))) for key, module in REPORTS.items()]

    # --- parameters -----------------------------------------------------------------------

    def refresh(self) -> None:
        moment = self.ctx.source.moment
        if moment is not None:
            # While travelling, reports show the moment the auditor picked.
            self.set_as_of(moment)
        self.use_as_of.setEnabled(moment is None)
        self.on_report_changed()
        self.policy.refresh()

    def update_actions(self) -> None:
        self.policy.update_actions()

    def set_as_of(self, moment: datetime) -> None:
        local = moment.astimezone(WITA)
        self.use_as_of.setChecked(True)
        self.as_of.setDateTime(QDateTime(_qdate(local.date()),
                                         QTime(local.hour, local.minute, local.second)))

    def on_report_changed(self, *_args: object) -> None:
        uses = USES.get(str(self.report.currentData()), set())
        self.year.setEnabled("year" in uses)
        self.use_on.setEnabled("on" in uses)
        self.on.setEnabled("on" in uses and self.use_on.isChecked())
        self.kecamatan.setEnabled("kecamatan" in uses)
        self.nik.setEnabled("nik" in uses)
        self.use_period.setEnabled("period" in uses)
        for edit in (self.since, self.until):
            edit.setEnabled("period" in uses and self.use_period.isChecked())
        self.as_of.setEnabled(self.use_as_of.isChecked() and self.use_as_of.isEnabled())

    def params(self) -> ChosenParams:
        """The chosen parameters as `ReportParams` fields (unused ones left out)."""
        uses = USES.get(str(self.report.currentData()), set())
        chosen = ChosenParams()
        if "year" in uses:
            chosen["year"] = self.year.value()
        if "on" in uses and self.use_on.isChecked():
            chosen["on"] = _day(self.on)
        if "kecamatan" in uses and self.kecamatan.currentData():
            chosen["kecamatan"] = self.kecamatan.currentData()
        if "nik" in uses and self.nik.text().strip():
            chosen["nik"] = self.nik.text().strip()
        if "period" in uses and self.use_period.isChecked():
            chosen["since"] = _day(self.since)
            chosen["until"] = _day(self.until)
        return chosen

    def as_of_moment(self) -> datetime | None:
        if self.ctx.source.moment is not None:
            return self.ctx.source.moment
        if not self.use_as_of.isChecked():
            return None
        picked = self.as_of.dateTime().toPython()
        assert isinstance(picked, datetime)
        return picked.replace(tzinfo=WITA)

    # --- generating -----------------------------------------------------------------------

    def on_generate_clicked(self) -> None:
        from reports.params import ReportParams
        from reports.service import generate_report

        name, params, moment = str(self.report.currentData()), self.params(), self.as_of_moment()
        if name == "audit":  # its summaries in the interface's language (others: Indonesian)
            params["language"] = current_language()
        app, session = self.ctx.app, self.ctx.session
        live = self.ctx.source.live
        target = self._folder / f"{name}-{datetime.now():%Y%m%d-%H%M%S-%f}.pdf"

        def work(_progress: object) -> Generated:
            info = generate_report(app, session, name, ReportParams(**params), target,
                                   as_of=moment, read_models=None if moment else live)
            return Generated(target, info.as_dict(), render_pages(target))

        self.generate_button.setEnabled(False)
        self.progress.show()
        self.message.setText(self.tr("Menyusun laporan…"))
        start_task(work, self.on_generated, self.on_failed)

    def on_generated(self, generated: Generated) -> None:
        # Only the preview on screen is kept: earlier ones held personal data for nothing.
        if self.generated is not None and self.generated.path != generated.path:
            self.generated.path.unlink(missing_ok=True)
        self.generated = generated
        self.progress.hide()
        self.generate_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.show_pages(generated.pages)
        info = generated.info
        as_of = format_moment_short(datetime.fromisoformat(str(info["as_of"])))
        self.message.setText(self.tr(
            "{pages} halaman · data per {as_of} · posisi {position}\nSidik: {fp}").format(
                pages=info["pages"], as_of=as_of,
                position=info["position"], fp=str(info["fingerprint"])[:16]))
        self.generated_signal.emit(generated)

    def show_pages(self, pages: list[QImage]) -> None:
        for label in self.page_labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.placeholder.hide()
        self.page_labels = []
        for image in pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QFrame.Shape.Box)
            label.setStyleSheet("background:white; border:1px solid #555;")
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)

    def on_failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.generate_button.setEnabled(True)
        self.message.setText(user_message(error))

    # --- authenticity ---------------------------------------------------------------------

    def on_verify_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Periksa keaslian laporan"), "", self.tr("Laporan PDF (*.pdf)"))
        if chosen:
            self.verify_file(Path(chosen))

    def verify_file(self, path: Path) -> None:
        """Regenerate the report in `path` from the history off the GUI thread; the verdict
        shows under the button (`verified_signal` carries it)."""
        from reports.service import verify_report_file

        app, session = self.ctx.app, self.ctx.session

        def work(_progress: object) -> Any:
            return verify_report_file(app, session, path)

        self.verify_button.setEnabled(False)
        self.verdict.setText(self.tr("Memeriksa {f}…").format(f=path.name))
        start_task(work, self.on_verified, self.on_verify_failed)

    def on_verified(self, verdict: Any) -> None:
        self.verify_button.setEnabled(True)
        if verdict.genuine:
            self.verdict.setStyleSheet("color:#1b5e20; font-weight:bold;")
            self.verdict.setText(self.tr(
                "ASLI: {report}, posisi peristiwa #{position}, kode verifikasi {fp}. "
                "Laporan yang dibuat ulang dari riwayat sama persis.").format(
                    report=verdict.report, position=verdict.position, fp=verdict.fingerprint))
        else:
            self.verdict.setStyleSheet("color:#b71c1c; font-weight:bold;")
            self.verdict.setText(self.tr("TIDAK ASLI: {report}. {why}").format(
                report=verdict.report, why="; ".join(verdict.differences)))
        self.verified_signal.emit(verdict)

    def on_verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verdict.setStyleSheet("color:#b71c1c;")
        self.verdict.setText(user_message(error))
        self.verified_signal.emit(error)

    # --- print and save -------------------------------------------------------------------

    def on_print_clicked(self) -> None:
        if self.generated is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak laporan"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        from desktop.gui.pdfview import print_pdf

        assert self.generated is not None
        try:
            printed = print_pdf(self.generated.path, printer)
        except Exception as error:
            self.message.setText(user_message(error))
            return 0
        self.message.setText(self.tr("{n} halaman dikirim ke pencetak.").format(n=printed))
        return printed

    def on_save_clicked(self) -> None:
        if self.generated is None:
            return
        name = f"{self.report.currentData()}-{self.year.value()}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan"), name,
                                                      "PDF (*.pdf)")
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> bool:
        assert self.generated is not None
        try:
            shutil.copyfile(self.generated.path, path)
        except OSError as error:
            self.message.setText(self.tr("Tidak dapat menyimpan ke {f}: {e}").format(
                f=str(path), e=error.strerror or str(error)))
            return False
        self.message.setText(self.tr("Disimpan ke {f}").format(f=str(path)))
        return True
