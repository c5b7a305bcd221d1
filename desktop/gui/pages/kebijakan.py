"""Kebijakan: the policy facts the Paritrana dossier states, readable by everyone and
recorded by supervisors and admins (regulations, APBD budget and payments, the BPS workforce,
the coverage target, universal coverage as BPJS reports it, the PBPU universe, the head of
office who signs, with rank)."""

from __future__ import annotations

from typing import Any, TypedDict

from desktop.gui.context import GuiContext
from desktop.gui.forms import Field
from desktop.gui.models import Column, RowsModel
from desktop.gui.pages.base import PageBase, no_check
from desktop.gui.qt import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop.gui.worker_forms import require_reason
from domain.formatting import format_rupiah
from domain.model.kebijakan_rules import (
    REGULATION_KINDS,
    BpjsCoverage,
    Regulation,
    Target,
    YearCount,
)
from domain.services.permissions import Action
from domain.services.policies import DEFAULT_HEAD_TITLE, PolicyFacts, describe_policy


def _money(value: Any) -> str:
    return format_rupiah(int(value)) if value not in (None, "") else ""


def _count(value: Any) -> str:
    return f"{int(value):,}".replace(",", ".") if value not in (None, "") else ""


def _percent(value: Any) -> str:
    return f"{float(value):.2f} %".replace(".", ",") if value else ""


def _day(value: Any) -> str:
    text = str(value or "")
    return f"{text[8:10]}-{text[5:7]}-{text[:4]}" if len(text) >= 10 else text


def _table(model: RowsModel[Any], name: str, stretch: int | None = None) -> QTableView:
    """A read-only table; column `stretch` (default the last) takes the spare width and
    elides what does not fit, so no table needs a horizontal scroll bar."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(model.columnCount() - 1 if stretch is None else stretch,
                                QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setWordWrap(False)
    return view


def months_text(months: list[str]) -> str:
    """`YYYY-MM` months, each run of consecutive months of one year as one range:
    ["2024-01", "2024-02", "2024-03", "2024-05"] → `2024-01–03, 2024-05`."""
    runs: list[list[str]] = []
    for month in sorted(months):
        last = runs[-1][-1] if runs else ""
        if last[:4] == month[:4] and int(last[5:]) + 1 == int(month[5:]):
            runs[-1].append(month)
        else:
            runs.append([month])
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]}–{run[-1][5:]}" for run in runs)


class BudgetLine(TypedDict):
    """A row of the budget table: a pagu or a payment of a year."""

    year: int
    what: str
    amount: int
    date: str
    document: str
    months: str  # the months a payment pays (`YYYY-MM`, comma-separated)


class CoverageLine(TypedDict):
    """A row of the coverage table: a year's workforce, target, BPJS coverage and PBPU."""

    year: int
    count: int | None
    source: str
    percent: float | None
    target_source: str
    bpjs: float | None
    pbpu: int | None


def _coverage_line(year: int, workforce: YearCount | None, target: Target | None,
                   bpjs: BpjsCoverage | None, pbpu: YearCount | None) -> CoverageLine:
    return CoverageLine(year=year, count=workforce["count"] if workforce else None,
                        source=workforce["source"] if workforce else "",
                        percent=target["percent"] if target else None,
                        target_source=target["source"] if target else "",
                        bpjs=bpjs["percent"] if bpjs else None,
                        pbpu=pbpu["count"] if pbpu else None)


class KebijakanPanel(PageBase):
    """The policy facts as recorded now (or at the time-travel moment, read-only)."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.facts: PolicyFacts = {"office": "", "city": "", **describe_policy(None)}
        self.regulations: RowsModel[Regulation] = RowsModel([
            Column("kind", self.tr("Jenis")), Column("number", self.tr("Nomor")),
            Column("issued_on", self.tr("Tanggal"), _day), Column("status", self.tr("Status")),
            Column("subject", self.tr("Tentang")),
        ])
        self.budget: RowsModel[BudgetLine] = RowsModel([
            Column("year", self.tr("Tahun")), Column("what", self.tr("Catatan")),
            Column("amount", self.tr("Nilai"), _money, align_right=True),
            Column("date", self.tr("Tanggal"), _day),
            # Before the document, which takes the spare width and elides what is left.
            Column("months", self.tr("Bulan dibayar")), Column("document", self.tr("Dokumen")),
        ])
        self.coverage: RowsModel[CoverageLine] = RowsModel([
            Column("year", self.tr("Tahun")),
            Column("count", self.tr("Pekerja (BPS)"), _count, align_right=True),
            Column("percent", self.tr("Target"), _percent),
            Column("bpjs", self.tr("Cakupan BPJS"), _percent),
            Column("pbpu", self.tr("PBPU"), _count, align_right=True),
            Column("source", self.tr("Sumber")),
            Column("target_source", self.tr("Dasar target")),
        ])
        self._build()
        self.update_actions()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, handler in (
            ("regulation", self.tr("Catat regulasi"), self.on_regulation_clicked),
            ("revoke", self.tr("Cabut regulasi"), self.on_revoke_clicked),
            ("allocation", self.tr("Catat pagu APBD"), self.on_allocation_clicked),
            ("payment", self.tr("Catat realisasi bayar"), self.on_payment_clicked),
            ("workforce", self.tr("Jumlah pekerja (BPS)"), self.on_workforce_clicked),
            ("target", self.tr("Target cakupan"), self.on_target_clicked),
            ("bpjs", self.tr("Cakupan menurut BPJS"), self.on_bpjs_clicked),
            ("pbpu", self.tr("Semesta PBPU"), self.on_pbpu_clicked),
            ("head", self.tr("Kepala dinas"), self.on_head_clicked),
        ):
            button = QPushButton(text)
            button.setObjectName(f"policy-{key}")
            button.clicked.connect(handler)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        grid = QGridLayout()
        self.regulation_view = _table(self.regulations, "regulations")
        grid.addWidget(self._box(self.tr("Regulasi"), self.regulation_view), 0, 0)
        grid.addWidget(self._box(self.tr("Anggaran APBD: pagu dan realisasi"),
                                 _table(self.budget, "budget")), 0, 1)
        coverage = _table(self.coverage, "coverage", stretch=5)
        # Both texts (sources) share the spare width and are elided: no horizontal scroll.
        coverage.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        grid.addWidget(self._box(self.tr("Cakupan semesta: penyebut, target, indikator"),
                                 coverage), 1, 0)
        self.head = QLabel()
        self.head.setObjectName("head-of-office")
        self.head.setWordWrap(True)
        self.head.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._box(self.tr("Penandatangan dossier"), self.head), 1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout.addLayout(grid, 1)

    @staticmethod
    def _box(title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(content)
        return box

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        moment = self.ctx.source.moment
        self.facts = self.ctx.app.policies.policy_facts(self.ctx.session, as_of=moment)
        self.regulations.set_rows(list(self.facts["regulations"]))
        budget = [BudgetLine(year=a["year"], what=self.tr("Pagu"), amount=a["amount"], date="",
                             document=a["document"], months="")
                  for a in self.facts["allocations"]]
        budget += [BudgetLine(year=p["year"], what=self.tr("Realisasi"), amount=p["amount"],
                              date=p["paid_on"], document=p["reference"],
                              months=months_text(p["months"]))
                   for p in self.facts["payments"]]
        # The pagu (no date) first in its year, then the payments.
        self.budget.set_rows(sorted(budget, key=lambda r: (r["year"], r["date"] != "")))
        targets = {t["year"]: t for t in self.facts["targets"]}
        bpjs = {c["year"]: c for c in self.facts["bpjs_coverage"]}
        pbpu = {p["year"]: p for p in self.facts["pbpu"]}
        workforce = {w["year"]: w for w in self.facts["workforce"]}
        years = sorted(set(workforce) | set(targets) | set(bpjs) | set(pbpu))
        self.coverage.set_rows([_coverage_line(y, workforce.get(y), targets.get(y),
                                               bpjs.get(y), pbpu.get(y)) for y in years])
        head = self.facts["head_of_office"]
        self.head.setText(
            self.tr("{name}\n{rank}\nNIP {nip}\n{title}").format(
                name=head["name"], nip=head["nip"], title=head["title"],
                rank=head["rank"] or "-") if head
            else self.tr("Belum dicatat. Dossier Paritrana memerlukan nama dan NIP kepala "
                         "dinas untuk blok tanda tangan."))
        self.update_actions()

    def update_actions(self) -> None:
        allowed = self.may(Action.RECORD_POLICY)
        for key, button in self.buttons.items():
            button.setVisible(allowed)
            if key == "revoke":
                button.setEnabled(self._selected_regulation() is not None)

    def _selected_regulation(self) -> Regulation | None:
        row = self.regulations.row_at(self.regulation_view.currentIndex().row())
        if row is None and self.regulations.rows:
            row = self.regulations.rows[0]
        return row if row and row.get("status") != "dicabut" else None

    # --- recording ------------------------------------------------------------------------

    def _year(self) -> int:
        return int(self.ctx.app.application.calendar().year)

    def on_regulation_clicked(self) -> None:
        app, session = self.ctx.app, self.ctx.session
        fields = [
            Field("kind", self.tr("Jenis"), "choice", "Perwali",
                  choices=[(k, k) for k in REGULATION_KINDS]),
            Field("number", self.tr("Nomor"), placeholder="62 Tahun 2018"),
            Field("issued_on", self.tr("Tanggal ditetapkan"), "date", app.application.calendar()),
            Field("subject", self.tr("Tentang")),
            Field("status", self.tr("Status"), "choice", "berlaku",
                  choices=[(self.tr("Berlaku"), "berlaku"), (self.tr("Rancangan"), "rancangan")]),
        ]
        self.open_form(self.tr("Catat regulasi"), fields, no_check,
                       lambda v: app.policies.record_regulation(
            session, v["kind"], v["number"], v["issued_on"], v["subject"], v["status"]))

    def on_revoke_clicked(self) -> None:
        row, app, session = self._selected_regulation(), self.ctx.app, self.ctx.session
        if row is None:
            return

        self.open_form(
            self.tr("Cabut {kind} {number}").format(kind=row["kind"], number=row["number"]),
            [Field("reason", self.tr("Alasan pencabutan"), "note")], require_reason,
            lambda v: app.policies.revoke_regulation(session, row["kind"], row["number"],
                                                     v["reason"]))

    def on_allocation_clicked(self) -> None:
        app, session = self.ctx.app, self.ctx.session
        fields = [
            Field("year", self.tr("Tahun anggaran"), "year", self._year(), minimum=2015,
                  maximum=2100),
            Field("amount", self.tr("Pagu (rupiah)"), placeholder="16425000000"),
            Field("document", self.tr("Dokumen (DPA/APBD-P)")),
        ]
        self.open_form(self.tr("Catat pagu APBD"), fields, no_check,
                       lambda v: app.policies.allocate_budget(
            session, v["year"], _digits(v["amount"]), v["document"]))

    def on_payment_clicked(self) -> None:
        app, session = self.ctx.app, self.ctx.session
        fields = [
            Field("year", self.tr("Tahun anggaran"), "year", self._year(), minimum=2015,
                  maximum=2100),
            Field("amount", self.tr("Nilai dibayar (rupiah)")),
            Field("paid_on", self.tr("Tanggal bayar"), "date", app.application.calendar()),
            Field("reference", self.tr("Nomor SP2D/bukti bayar")),
            # The months tie the payment to the bills: a month no payment names stays in
            # arrears on the dashboard, and one an earlier SP2D names needs a reason.
            Field("months", self.tr("Bulan yang dibayar (TTTT-BB, pisahkan koma)"),
                  placeholder="2026-01, 2026-02"),
            Field("note", self.tr("Keterangan")),
            Field("reason", self.tr("Alasan, bila bulan itu sudah dibayar SP2D lain"), "note"),
        ]
        self.open_form(self.tr("Catat realisasi bayar"), fields, no_check,
                       lambda v: app.policies.record_budget_payment(
                           session, v["year"], _digits(v["amount"]), v["paid_on"],
                           v["reference"], v["note"], months=v["months"],
                           reason=v["reason"]))

    def on_workforce_clicked(self) -> None:
        app, session = self.ctx.app, self.ctx.session
        fields = [
            Field("year", self.tr("Tahun"), "year", self._year(), minimum=2015, maximum=2100),
            Field("count", self.tr("Jumlah seluruh pekerja"), "number", 0, minimum=0,
                  maximum=100_000_000),
            Field("source", self.tr("Sumber data"), placeholder="BPS Sakernas Agustus"),
        ]
        self.open_form(self.tr("Jumlah pekerja (BPS)"), fields, no_check,
                       lambda v: app.policies.record_workforce(session, v["year"], v["count"],
                                                               v["source"]))

    def on_target_clicked(self) -> None:
        app, session = self.ctx.app, self.ctx.session
        fields = [
            Field("year", self.tr("Tahun"), "year", self._year(), minimum=2015, maximum=2100),
            Field("percent", self.tr("Target cakupan (%)"), placeholder="72,50"),
            Field("source", self.tr("Dasar target")),
        ]
        self.open_form(self.tr("Target cakupan"), fields, no_check,
                       lambda v: app.policies.set_coverage_target(
                           session, v["year"], str(v["percent"]).replace(",", "."),
                           v["source"]))

    def on_head_clicked(self) -> None:
        app, session = self.ctx.app, self.ctx.session
        head = self.facts["head_of_office"]
        fields = [
            Field("name", self.tr("Nama"), value=head["name"] if head else ""),
            Field("nip", self.tr("NIP (18 digit)"), value=head["nip"] if head else ""),
            Field("title", self.tr("Jabatan"),
                  value=head["title"] if head else DEFAULT_HEAD_TITLE),
            Field("rank", self.tr("Pangkat/golongan"), value=head["rank"] if head else "",
                  placeholder="Pembina Utama Muda (IV/c)"),
        ]
        self.open_form(self.tr("Kepala dinas"), fields, no_check,
                       lambda v: app.policies.record_head_of_office(session, v["name"], v["nip"],
                                                                    v["title"], v["rank"]))

    def on_bpjs_clicked(self) -> None:
        app, session = self.ctx.app, self.ctx.session
        fields = [
            Field("year", self.tr("Tahun"), "year", self._year(), minimum=2015, maximum=2100),
            Field("percent", self.tr("Cakupan seluruh pekerja menurut BPJS (%)"),
                  placeholder="63,47"),
            Field("source", self.tr("Sumber data"),
                  placeholder="BPJS Ketenagakerjaan Cabang Makassar"),
        ]
        self.open_form(self.tr("Cakupan menurut BPJS"), fields, no_check,
                       lambda v: app.policies.record_bpjs_coverage(
                           session, v["year"], str(v["percent"]).replace(",", "."),
                           v["source"]))

    def on_pbpu_clicked(self) -> None:
        app, session = self.ctx.app, self.ctx.session
        fields = [
            Field("year", self.tr("Tahun"), "year", self._year(), minimum=2015, maximum=2100),
            Field("count", self.tr("Jumlah pekerja bukan penerima upah"), "number", 0,
                  minimum=0, maximum=100_000_000),
            Field("source", self.tr("Sumber data"), placeholder="BPS Sakernas Agustus"),
        ]
        self.open_form(self.tr("Semesta PBPU"), fields, no_check,
                       lambda v: app.policies.record_pbpu_universe(session, v["year"], v["count"],
                                                                   v["source"]))


def _digits(text: Any) -> str:
    """A rupiah amount as typed ("Rp16.425.000.000") reduced to its digits; anything else
    is passed on as typed, so the service names what is wrong with it."""
    raw = str(text or "").strip()
    plain = raw.removeprefix("Rp").replace(".", "").replace(" ", "")
    return plain if plain.isdigit() else raw
