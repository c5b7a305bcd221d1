"""Tagihan: a month's contribution bill by programme and kecamatan, its export, the
reconciliation of BPJS's invoice (a list the clerk filters), and the year's need against
its pagu, what was realised and what was paid."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, TypedDict

from billing.reconcile import KIND_LABELS, Reconciliation
from billing.service import BillExported, export_bill, reconcile_file
from desktop.gui.chart import BarChart
from desktop.gui.context import GuiContext
from desktop.gui.errors import show_error
from desktop.gui.models import Column, RowsModel
from desktop.gui.pages.base import PageBase, heading, shown_day
from desktop.gui.pages.kuota import _table
from desktop.gui.qt import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)
from domain.formatting import format_month, format_number, format_rupiah
from domain.i18n import current_language
from domain.services.permissions import Action
from projections.api import KecamatanBill, ProgrammeBill, RecordedReconciliation


class FindingRow(TypedDict):
    """A discrepancy as the findings table shows it ("": the side has no such value)."""

    row: int | str
    kind: str
    nik: str
    name: str
    invoice: int | str
    ours: int | str
    reason: str


def _rupiah(value: Any) -> str:
    return format_rupiah(int(value)) if value not in (None, "") else ""


def _number(value: Any) -> str:
    return format_number(int(value)) if value not in (None, "") else ""


class ProgrammeLine(ProgrammeBill):
    """A programme's line of the month's bill (its workers and amount)."""

    programme: str


class TagihanPage(PageBase):
    """The bill of the chosen month; export and reconciliation for the roles allowed."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.result: Reconciliation | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Tagihan iuran")))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Bulan")))
        self.month = QComboBox()
        self.month.setObjectName("billing-month")
        row.addWidget(self.month)
        self.export_button = QPushButton(self.tr("Ekspor daftar tagihan…"))
        self.export_button.setObjectName("billing-export")
        self.import_button = QPushButton(self.tr("Impor tagihan BPJS…"))
        self.import_button.setObjectName("billing-reconcile")
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("billing-summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        top = QHBoxLayout()
        self.programmes: RowsModel[ProgrammeLine] = RowsModel([
            Column("programme", self.tr("Program")),
            Column("workers", self.tr("Pekerja"), _number, align_right=True),
            Column("amount", self.tr("Iuran"), _rupiah, align_right=True)])
        self.areas: RowsModel[KecamatanBill] = RowsModel([
            Column("kecamatan", self.tr("Kecamatan")),
            Column("workers", self.tr("Pekerja"), _number, align_right=True),
            Column("amount", self.tr("Iuran"), _rupiah, align_right=True)])
        top.addWidget(_table(self.programmes, "billing-programmes"), 2)
        top.addWidget(_table(self.areas, "billing-kecamatan"), 3)
        self.chart = BarChart(self.tr("Anggaran tahun ini"))
        top.addWidget(self.chart, 3)
        layout.addLayout(top, 2)

        box = QGroupBox(self.tr("Rekonsiliasi tagihan BPJS"))
        inner = QVBoxLayout(box)
        filters = QHBoxLayout()
        self.outcome = QLabel(self.tr("Belum ada tagihan BPJS yang diimpor untuk bulan ini."))
        self.outcome.setObjectName("billing-outcome")
        self.outcome.setWordWrap(True)
        filters.addWidget(self.outcome, 1)
        self.kind = QComboBox()
        self.kind.setObjectName("billing-filter")
        self.kind.addItem(self.tr("Semua selisih"), "")
        for kind, label in (("matched", self.tr("Cocok")),
                            ("only_in_invoice", self.tr("Hanya di tagihan BPJS")),
                            ("only_ours", self.tr("Hanya di tagihan kita")),
                            ("amount_mismatch", self.tr("Iuran berbeda"))):
            self.kind.addItem(label, kind)
        filters.addWidget(self.kind)
        inner.addLayout(filters)
        self.findings: RowsModel[FindingRow] = RowsModel([
            Column("row", self.tr("Baris")), Column("kind", self.tr("Jenis")),
            Column("nik", self.tr("NIK")), Column("name", self.tr("Nama")),
            Column("invoice", self.tr("Iuran BPJS"), _rupiah, align_right=True),
            Column("ours", self.tr("Iuran kita"), _rupiah, align_right=True),
            Column("reason", self.tr("Alasan"))])
        inner.addWidget(_table(self.findings, "billing-findings"), 1)
        layout.addWidget(box, 3)

        self.month.currentIndexChanged.connect(self.on_month_changed)
        self.kind.currentIndexChanged.connect(self.show_findings)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.update_actions()

    # --- data -----------------------------------------------------------------------------

    def _today(self) -> date:
        moment = self.ctx.source.moment
        return shown_day(moment, self.ctx.app.application.calendar())

    def _fill_months(self, models: Any, today: date) -> None:
        chosen = self.month.currentData() or f"{today:%Y-%m}"
        years = models.money_years() or [today.year]
        self.month.blockSignals(True)
        self.month.clear()
        for year in range(min(years), max(max(years), today.year) + 1):
            for number in range(1, 13):
                self.month.addItem(format_month(date(year, number, 1), current_language()),
                                   f"{year}-{number:02d}")
        index = self.month.findData(chosen)
        self.month.setCurrentIndex(index if index >= 0 else self.month.count() - 1)
        self.month.blockSignals(False)

    def focus_on(self, month: str) -> None:
        """Show the bill of `month` (`YYYY-MM`, from Kotak masuk)."""
        found = self.month.findData(month)
        if found >= 0:
            self.month.setCurrentIndex(found)

    def refresh(self) -> None:
        models, today = self.ctx.source.current(), self._today()
        self._fill_months(models, today)
        month = str(self.month.currentData())
        bill = models.bill(month)
        summary = bill.summary()
        self.programmes.set_rows([ProgrammeLine(programme=p, **v)
                                  for p, v in summary["by_programme"].items()])
        self.areas.set_rows(bill.by_kecamatan())
        self.summary.setText(self.tr("{m}: {w} pekerja ditagihkan, {a}").format(
            m=format_month(date.fromisoformat(month + "-01"), current_language()),
            w=format_number(summary["workers"]), a=format_rupiah(summary["amount"])))
        money = models.money_year(int(month[:4]), today)
        self.chart.title = self.tr("Anggaran {y}").format(y=month[:4])
        self.chart.set_data([
            (self.tr("Kebutuhan"), int(money["need"] or 0)),
            (self.tr("Pagu"), int(money["pagu"] or 0)),
            (self.tr("Terealisasi"), int(money["cost"] or 0)),
            (self.tr("Dibayar"), int(money["paid"]))], self.tr("Belum ada kuota."))
        checked = models.reconciliations(month)
        if self.result is None or self.result.month != month:
            self.result = None
            self.findings.set_rows([])
            self.outcome.setText(self._recorded_text(checked))
        self.update_actions()

    def _recorded_text(self, checked: list[RecordedReconciliation]) -> str:
        if not checked:
            return self.tr("Belum ada tagihan BPJS yang diimpor untuk bulan ini.")
        last = checked[-1]
        return self.tr("Terakhir direkonsiliasi: {f} oleh {u} — {n} baris, {c} cocok, "
                       "{i} hanya di BPJS, {o} hanya di kita, {d} iuran berbeda").format(
            f=last["file_name"], u=last["by"], n=last["invoice_lines"], c=last["matched"],
            i=last["only_in_invoice"], o=last["only_ours"], d=last["amount_mismatches"])

    def on_month_changed(self, *_args: Any) -> None:
        self.reload()

    def show_findings(self, *_args: Any) -> None:
        if self.result is None:
            self.findings.set_rows([])
            return
        wanted = self.kind.currentData()
        masker = self.ctx.masker
        rows: list[FindingRow] = []
        for finding in self.result.findings:
            if (wanted and finding.kind != wanted) or (not wanted and finding.kind == "matched"):
                continue
            line, ours = finding.line, finding.ours
            nik = (line.nik if line else "") or (ours.nik if ours else "")
            rows.append(FindingRow(
                row=line.row if line else "", kind=self.tr(KIND_LABELS[finding.kind]),
                nik=masker.nik(nik) if nik else (line.kpj if line else ""),
                name=(line.name if line else "") or (ours.name if ours else ""),
                invoice=line.amount if line and line.amount is not None else "",
                ours=ours.amount if ours else "", reason=finding.message()))
        self.findings.set_rows(rows)

    # --- actions --------------------------------------------------------------------------

    def update_actions(self) -> None:
        self.export_button.setVisible(self.may(Action.EXPORT_PERSONAL_DATA))
        self.import_button.setVisible(self.may(Action.RECONCILE_INVOICE))

    def on_export_clicked(self) -> None:
        month = str(self.month.currentData())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan daftar tagihan"), f"tagihan-{month}.xlsx",
            self.tr("Buku kerja Excel (*.xlsx)"))
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> BillExported | None:
        try:
            result = export_bill(self.ctx.app, self.ctx.session, str(self.month.currentData()),
                                 path, models=self.ctx.source.current())
        except Exception as error:
            show_error(self, error)
            return None
        self.ctx.after_write()
        self.summary.setText(self.summary.text() + " — " + self.tr("diekspor ke {f}").format(
            f=path.name))
        return result

    def on_import_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih tagihan dari BPJS"), "",
            self.tr("Tagihan BPJS (*.xlsx *.xls *.ods *.csv)"))
        if chosen:
            self.reconcile(Path(chosen))

    def reconcile(self, path: Path) -> Reconciliation | None:
        month = str(self.month.currentData())
        try:
            result, report = reconcile_file(self.ctx.app, self.ctx.session, path, month,
                                            models=self.ctx.source.current())
        except Exception as error:
            show_error(self, error)
            return None
        self.result = result
        counts = result.counts()
        self.outcome.setText(self.tr(
            "{f}: {n} baris, {c} cocok, {i} hanya di BPJS, {o} hanya di kita, {d} iuran "
            "berbeda; BPJS {a}, kita {b}. Selisih: {r}").format(
            f=path.name, n=counts["invoice_lines"], c=counts["matched"],
            i=counts["only_in_invoice"], o=counts["only_ours"], d=counts["amount_mismatches"],
            a=format_rupiah(counts["invoice_amount"]), b=format_rupiah(counts["our_amount"]),
            r=report.name))
        self.show_findings()
        self.ctx.after_write()
        return result
