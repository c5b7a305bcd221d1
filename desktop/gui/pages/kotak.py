"""Kotak masuk: the decisions waiting for supervisors, across quotas, bills, claims and
data review, each opened in the section that decides it."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any, TypedDict

from desktop.gui.context import GuiContext
from desktop.gui.errors import user_message
from desktop.gui.forms import Field, Values
from desktop.gui.inbox import Decision, waiting_decisions
from desktop.gui.models import Column, RowsModel
from desktop.gui.pages.base import PageBase, heading
from desktop.gui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    Signal,
)
from desktop.gui.worker_forms import require_reason
from domain.formatting import format_date, format_number, format_rupiah
from domain.i18n import current_language


def kind_label(kind: str) -> str:
    names = {
        "quota_change": QCoreApplication.translate("kotak", "Perubahan kursi kuota"),
        "quota_opening": QCoreApplication.translate("kotak", "Pembukaan kuota"),
        "bill_unreconciled": QCoreApplication.translate("kotak", "Tagihan belum dicocokkan"),
        "claim_verification": QCoreApplication.translate("kotak", "Verifikasi klaim"),
        "claim_payment": QCoreApplication.translate("kotak", "Konfirmasi pembayaran klaim"),
        "duplicate": QCoreApplication.translate("kotak", "Kemungkinan data ganda"),
        "period_correction": QCoreApplication.translate("kotak", "Koreksi bulan yang ditutup"),
    }
    return names.get(kind, kind)


def _rupiah_or_dash(value: Any) -> str:
    return format_rupiah(int(value)) if value is not None else "-"


def summary(decision: Decision) -> str:
    """One line saying what is to be decided, in the interface language."""
    d = decision.details
    if decision.kind == "quota_change":
        text = QCoreApplication.translate("kotak", "{delta:+} kursi mulai {day}, biaya {cost}")
        day = format_date(date.fromisoformat(d["effective"]), current_language())
        return text.format(delta=d["delta"], day=day, cost=_rupiah_or_dash(d["cost"]))
    if decision.kind == "quota_opening":
        return QCoreApplication.translate("kotak", "{seats} kursi belum dikonfirmasi").format(
            seats=format_number(d["seats"]))
    if decision.kind == "bill_unreconciled":
        return QCoreApplication.translate("kotak", "Tagihan {amount}{late}").format(
            amount=format_rupiah(int(d["billed"])),
            late=QCoreApplication.translate("kotak", ", tertunggak") if d["arrears"] else "")
    if decision.kind in ("claim_verification", "claim_payment"):
        return QCoreApplication.translate("kotak", "{name}, {programme}, usulan {amount}").format(
            name=d["name"], programme=d["programme"], amount=_rupiah_or_dash(
                d["proposed_amount"]))
    if decision.kind == "period_correction":
        return QCoreApplication.translate("kotak", "Bulan {month}: {reason}").format(
            month=decision.subject, reason=d["reason"])
    return ", ".join(str(n) for n in d.get("names") or [])


class DecisionRow(TypedDict):
    """A decision as the table shows it: its fields and a one-line summary."""

    kind: str
    reference: str
    section: str
    subject: str
    proposed_by: str
    since: str
    own: bool
    details: dict[str, Any]  # `Decision.details`: what that kind of decision names
    summary: str


def decision_row(decision: Decision) -> DecisionRow:
    d = decision
    return DecisionRow(kind=d.kind, reference=d.reference, section=d.section,
                       subject=d.subject, proposed_by=d.proposed_by, since=d.since, own=d.own,
                       details=dict(d.details), summary=summary(d))


class KotakPage(PageBase):
    """Emits `open_requested(section, reference)` when the user opens an item."""

    open_requested = Signal(str, str)
    counted = Signal(int)

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.decisions: list[Decision] = []
        self.model: RowsModel[DecisionRow] = RowsModel([
            Column("kind", self.tr("Jenis"), kind_label),
            Column("subject", self.tr("Perihal"), ctx.masker.text),
            Column("summary", self.tr("Rincian"), ctx.masker.text),
            Column("proposed_by", self.tr("Diusulkan oleh")),
        ])
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Kotak masuk")))
        self.count = QLabel()
        self.count.setObjectName("count")
        layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setObjectName("decisions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        splitter.addWidget(self.table)
        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        splitter.addWidget(self.detail)
        splitter.setSizes([800, 380])  # the table first: its five columns fit at 1366 px
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Buka untuk diputuskan"))
        self.open_button.setObjectName("open")
        row.addWidget(self.open_button)
        # A correction of a closed month is decided here (it has no section of its own).
        self.approve_button = QPushButton(self.tr("Setujui koreksi"))
        self.refuse_button = QPushButton(self.tr("Tolak koreksi"))
        for name, button in (("approve", self.approve_button), ("refuse", self.refuse_button)):
            button.setObjectName(name)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.approve_button.clicked.connect(lambda: self.on_decide_correction(True))
        self.refuse_button.clicked.connect(lambda: self.on_decide_correction(False))

    def on_source_changed(self, position: int) -> None:
        # The navigation shows the count even while another section is open; while
        # travelling in time only when shown (each move would query the past's decisions
        # in the GUI thread), the present's count is back on the return.
        if self.ctx.source.travelling:
            super().on_source_changed(position)
        else:
            self.reload()

    def refresh(self) -> None:
        """The decisions gathered off the GUI thread: the possible duplicates compare
        every member sharing a birth date and kelurahan with another (1.5 s on 112,800
        workers), at sign-in and on every change any workstation records."""
        today = self.ctx.app.application.calendar()
        corrections = self.ctx.app.periods.list_periods(self.ctx.session)["corrections"]
        source, username = self.ctx.source.background(), self.ctx.session.username
        self.gather_then(lambda: waiting_decisions(source, username, today, corrections),
                         self.show_decisions)

    def show_decisions(self, decisions: list[Decision]) -> None:
        self.decisions = decisions
        self.model.set_rows([decision_row(d) for d in self.decisions])
        self.count.setText(self.tr("{n} keputusan menunggu").format(
            n=format_number(len(self.decisions))))
        if self.decisions:
            self.table.selectRow(0)
        self.on_current_row_changed()
        self.counted.emit(len(self.decisions))

    def show_problem(self, error: BaseException) -> None:
        self.count.setText(user_message(error))

    def selected(self) -> Decision | None:
        row = self.table.currentIndex().row()
        return self.decisions[row] if 0 <= row < len(self.decisions) else None

    def on_current_row_changed(self, *_args: Any) -> None:
        decision = self.selected()
        correcting = decision is not None and decision.kind == "period_correction"
        self.open_button.setVisible(not correcting)
        self.open_button.setEnabled(decision is not None)
        for button in (self.approve_button, self.refuse_button):
            button.setVisible(correcting)
            button.setEnabled(correcting and decision is not None and not decision.own)
        self.detail.setHtml(self._detail_html(decision) if decision else "")

    def _detail_html(self, decision: Decision) -> str:
        masked = self.ctx.masker.text
        facts = [(self.tr("Jenis"), kind_label(decision.kind)),
                 (self.tr("Perihal"), masked(decision.subject)),
                 (self.tr("Rincian"), masked(summary(decision)))]
        d = decision.details
        if decision.kind == "quota_change":
            facts += [(self.tr("Kursi sekarang"), format_number(d["seats"])),
                      (self.tr("Alasan"), d["reason"])]
        if decision.proposed_by:
            facts.append((self.tr("Diusulkan oleh"), decision.proposed_by))
        if decision.own:
            facts.append((self.tr("Catatan"),
                          self.tr("Usulan Anda sendiri: supervisor lain yang memutuskan.")))
        rows = "".join(f"<tr><td style='color:#555;padding-right:8px'>{escape(k)}</td>"
                       f"<td>{escape(str(v))}</td></tr>" for k, v in facts)
        return f"<table>{rows}</table>"

    def on_decide_correction(self, approve: bool) -> None:
        decision = self.selected()
        if decision is None or decision.kind != "period_correction":
            return
        app, session, code = self.ctx.app, self.ctx.session, decision.reference

        def check(values: Values) -> None:
            if not approve:
                require_reason(values)

        form = self.open_form(
            (self.tr("Setujui koreksi {c}") if approve else self.tr("Tolak koreksi {c}")
             ).format(c=code),
            [Field("reason", self.tr("Catatan / alasan"), "note")], check,
            lambda v: app.periods.decide_period_correction(session, code, approve, v["reason"]))
        form.name_buttons(self.tr("Setujui") if approve else self.tr("Tolak"))
        form.accepted.connect(self.reload)

    def on_open_clicked(self) -> None:
        decision = self.selected()
        if decision is not None:
            self.open_requested.emit(decision.section, decision.reference)
