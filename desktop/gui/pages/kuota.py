"""Kuota: seats, used, free and cost per quota; maker-checker changes of seats; the
selected quota's priority worklist with "enrol the next N" (issue 16)."""

from __future__ import annotations

from typing import Any

from desktop.gui.context import GuiContext
from desktop.gui.forms import Field, Values
from desktop.gui.models import Column, RowsModel
from desktop.gui.pages.base import PageBase, heading, no_check
from desktop.gui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)
from desktop.gui.worker_forms import require_reason
from domain.formatting import format_number, format_rupiah
from domain.limits import BASIS, LABEL, SEATS_MAX, limit
from domain.model.kuota_rules import PendingChange
from domain.services.permissions import Action
from domain.worklist import Candidate
from projections.api import QuotaRow


def _table(model: RowsModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


WORKLIST_SHOWN = 200  # the worklist's first rows on screen (its total is shown too)


def _money(value: Any) -> str:
    return format_rupiah(int(value)) if value is not None else "-"


def _count(value: Any) -> str:
    return format_number(int(value)) if value is not None else "-"


def opening_label(opening: Any) -> str:
    """The opening's state as shown (issue 23): empty once confirmed."""
    names = {"belum_dikonfirmasi": QCoreApplication.translate("KuotaPage", "belum dikonfirmasi"),
             "ditolak": QCoreApplication.translate("KuotaPage", "pembukaan ditolak")}
    return names.get(str(opening), "")


class KuotaPage(PageBase):
    """Quotas and their pending changes; approve/refuse only for supervisors."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.quotas: RowsModel[QuotaRow] = RowsModel([
            Column("quota", self.tr("Kode")), Column("label", self.tr("Nama")),
            Column("programmes", self.tr("Program"), lambda p: " + ".join(p or [])),
            Column("seats", self.tr("Kursi"), _count, align_right=True),
            Column("used", self.tr("Terpakai"), _count, align_right=True),
            Column("free", self.tr("Sisa"), _count, align_right=True),
            Column("monthly_cost", self.tr("Biaya per bulan"), _money, align_right=True),
            Column("yearly_cost", self.tr("Biaya setahun"), _money, align_right=True),
            Column("basis", self.tr("Dasar anggaran")),
            Column("opening", self.tr("Pembukaan"), opening_label),
        ])
        self.changes: RowsModel[PendingChange] = RowsModel([
            Column("change", self.tr("Usulan")),
            Column("delta", self.tr("Perubahan kursi"), lambda d: f"{int(d):+,}".replace(
                ",", "."), align_right=True),
            Column("reason", self.tr("Alasan")),
            Column("proposed_by", self.tr("Diusulkan oleh")),
        ])
        self.worklist: RowsModel[Candidate] = RowsModel([
            Column("rank", self.tr("Urutan"), align_right=True),
            Column("nik", self.tr("NIK")), Column("name", self.tr("Nama")),
            Column("decile", self.tr("Desil"), lambda d: "-" if d is None else str(d),
                   align_right=True),
            Column("kecamatan", self.tr("Kecamatan")), Column("kelurahan", self.tr("Kelurahan")),
        ])
        self.worklist_niks: list[str] = []
        self.worklist_free = 0
        self._build()
        self._connect_signals()
        self.update_actions()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Kuota")))
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Buka kuota baru"))
        self.propose_button = QPushButton(self.tr("Usulkan perubahan kursi"))
        self.approve_button = QPushButton(self.tr("Setujui"))
        self.refuse_button = QPushButton(self.tr("Tolak"))
        # A second person for every seat (issue 23): another supervisor decides an opening.
        self.confirm_opening_button = QPushButton(self.tr("Setujui pembukaan"))
        self.refuse_opening_button = QPushButton(self.tr("Tolak pembukaan"))
        for name, button in (("open", self.open_button), ("propose", self.propose_button),
                             ("approve", self.approve_button),
                             ("refuse", self.refuse_button),
                             ("confirm_opening", self.confirm_opening_button),
                             ("refuse_opening", self.refuse_opening_button)):
            button.setObjectName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.quota_view = _table(self.quotas, "quotas")
        layout.addWidget(self.quota_view, 3)
        layout.addWidget(QLabel(self.tr("Usulan perubahan yang menunggu keputusan")))
        self.change_view = _table(self.changes, "changes")
        layout.addWidget(self.change_view, 2)
        worklist_bar = QHBoxLayout()
        self.worklist_label = QLabel(self.tr("Daftar kerja: pekerja layak yang belum terdaftar"))
        self.worklist_label.setObjectName("worklist_label")
        self.enrol_next_button = QPushButton(self.tr("Daftarkan N berikutnya"))
        self.enrol_next_button.setObjectName("enrol_next")
        worklist_bar.addWidget(self.worklist_label)
        worklist_bar.addStretch(1)
        worklist_bar.addWidget(self.enrol_next_button)
        layout.addLayout(worklist_bar)
        self.worklist_view = _table(self.worklist, "worklist")
        layout.addWidget(self.worklist_view, 3)

    def _connect_signals(self) -> None:
        self.open_button.clicked.connect(self.on_open_clicked)
        self.propose_button.clicked.connect(self.on_propose_clicked)
        self.enrol_next_button.clicked.connect(self.on_enrol_next_clicked)
        self.approve_button.clicked.connect(lambda: self.on_decide_clicked(True))
        self.refuse_button.clicked.connect(lambda: self.on_decide_clicked(False))
        self.confirm_opening_button.clicked.connect(lambda: self.on_opening_clicked(True))
        self.refuse_opening_button.clicked.connect(lambda: self.on_opening_clicked(False))
        self.quota_view.selectionModel().currentRowChanged.connect(self.on_quota_selected)

    def refresh(self) -> None:
        rows = self.ctx.source.current().quotas()
        selected = self.selected_quota()
        self.quotas.set_rows(rows)
        codes = [r["quota"] for r in rows]
        if rows:
            self.quota_view.selectRow(codes.index(selected) if selected in codes else 0)
        self.on_quota_selected()

    def focus_on(self, change: str) -> None:
        """Select the quota whose pending change is `change`, and the change itself (or the
        quota itself when `change` is its code: an opening to confirm)."""
        self.reload()
        for row, quota in enumerate(self.quotas.rows):
            if str(quota["quota"]) == change:
                self.quota_view.selectRow(row)
                return
            codes = [str(c["change"]) for c in quota.get("pending_changes") or []]
            if change in codes:
                self.quota_view.selectRow(row)
                self.change_view.selectRow(codes.index(change))
                return

    def selected_quota(self) -> str | None:
        row = self.quotas.row_at(self.quota_view.currentIndex().row())
        return str(row["quota"]) if row else None

    def selected_change(self) -> str | None:
        row = self.changes.row_at(self.change_view.currentIndex().row())
        return str(row["change"]) if row else None

    def on_quota_selected(self, *_args: Any) -> None:
        row = self.quotas.row_at(self.quota_view.currentIndex().row())
        self.changes.set_rows(list(row["pending_changes"]) if row else [])
        if self.changes.rows:
            self.change_view.selectRow(0)
        self.refresh_worklist()
        self.update_actions()

    def refresh_worklist(self) -> None:
        """The selected quota's worklist (first WORKLIST_SHOWN rows), from the read models."""
        quota = self.selected_quota()
        if quota is None:
            self.worklist.set_rows([])
            self.worklist_niks, self.worklist_free = [], 0
            return
        ranked = self.ctx.app.quotas.worklist(self.ctx.session, quota,
                                              self.ctx.source.current().candidates())
        self.worklist_niks = [str(c["nik"]) for c in ranked["candidates"]]
        self.worklist_free = int(ranked["free"])
        self.worklist.set_rows(ranked["candidates"][:WORKLIST_SHOWN])
        self.worklist_label.setText(
            self.tr("Daftar kerja {q}: {n} pekerja layak belum terdaftar, {f} kursi sisa"
                    ).format(q=quota, n=_count(ranked["total"]), f=_count(ranked["free"])))

    def update_actions(self) -> None:
        self.open_button.setVisible(self.may(Action.OPEN_QUOTA))
        self.propose_button.setVisible(self.may(Action.PROPOSE_QUOTA_CHANGE))
        deciding = self.may(Action.DECIDE_QUOTA_CHANGE)
        for button in (self.approve_button, self.refuse_button):
            button.setVisible(deciding)
            button.setEnabled(bool(self.changes.rows))
        self.propose_button.setEnabled(self.selected_quota() is not None)
        row = self.quotas.row_at(self.quota_view.currentIndex().row())
        waiting = row is not None and row["opening"] == "belum_dikonfirmasi"
        for button in (self.confirm_opening_button, self.refuse_opening_button):
            button.setVisible(deciding and waiting)
            button.setEnabled(waiting and row is not None
                              and row["opened_by"] != self.ctx.session.username)
        self.enrol_next_button.setVisible(self.may(Action.ENROL))
        self.enrol_next_button.setEnabled(bool(self.worklist.rows) and self.worklist_free > 0
                                          and (row is None or row["confirmed"]))

    def on_enrol_next_clicked(self) -> None:
        """Enrol the worklist's next N in one transaction; the quota's seats are respected
        (those past the last seat are reported, not enrolled)."""
        quota, app, session = self.selected_quota(), self.ctx.app, self.ctx.session
        if quota is None or not self.worklist_niks:
            return
        niks = list(self.worklist_niks)
        fields = [Field("count", self.tr("Jumlah pekerja"), "number", min(len(niks), 100),
                        minimum=1, maximum=len(niks))]
        self.open_form(self.tr("Daftarkan pekerja berikutnya ke kuota {q}").format(q=quota),
                       fields, no_check,
                       lambda v: app.quotas.enrol_workers(session, niks[:int(v["count"])], quota))

    def on_open_clicked(self) -> None:
        app, session = self.ctx.app, self.ctx.session
        year = app.application.calendar().year
        fields = [
            Field("year", self.tr("Tahun anggaran"), "year", year, minimum=2015,
                  maximum=2100),
            Field("programmes", self.tr("Program"), "choice", "JKK+JKM",
                  choices=[("JKK + JKM", "JKK+JKM"), ("JKK + JKM + JHT", "JKK+JKM+JHT")]),
            Field("seats", self.tr("Jumlah kursi"), "number", 1000, minimum=1,
                  maximum=limit(SEATS_MAX)),
            Field("label", self.tr("Nama kuota"), max_length=limit(LABEL)),
            Field("basis", self.tr("Dasar anggaran (APBD/APBD-P)"), max_length=limit(BASIS)),
        ]
        self.open_form(self.tr("Buka kuota baru"), fields, no_check,
                       lambda v: app.quotas.open_quota(
            session, v["year"], v["programmes"].split("+"), v["seats"], v["basis"], v["label"]))

    def on_propose_clicked(self) -> None:
        quota, app, session = self.selected_quota(), self.ctx.app, self.ctx.session
        fields = [Field("delta", self.tr("Tambah (+) atau kurangi (−) kursi"), "number", 0,
                        minimum=-limit(SEATS_MAX), maximum=limit(SEATS_MAX)),
                  Field("reason", self.tr("Alasan"), "note")]
        self.open_form(self.tr("Usulkan perubahan kuota {q}").format(q=quota), fields,
                       require_reason,
                       lambda v: app.quotas.propose_quota_change(session, str(quota), v["delta"],
                                                                 v["reason"]))

    def on_decide_clicked(self, approve: bool) -> None:
        change, app, session = self.selected_change(), self.ctx.app, self.ctx.session
        if change is None:
            return
        title = (self.tr("Setujui usulan {c}") if approve else self.tr("Tolak usulan {c}")
                 ).format(c=change)

        def check(values: Values) -> None:
            if not approve:
                require_reason(values)

        form = self.open_form(title, [Field("reason", self.tr("Catatan / alasan"), "note")],
                              check, lambda v: app.quotas.decide_quota_change(session, change,
                                                                              approve, v["reason"]))
        form.name_buttons(self.tr("Setujui") if approve else self.tr("Tolak"))

    def on_opening_clicked(self, confirm: bool) -> None:
        """Confirm the selected quota's opening (enrolment may start) or refuse it (a
        reason; its free seats close)."""
        quota, app, session = self.selected_quota(), self.ctx.app, self.ctx.session
        if quota is None:
            return
        title = (self.tr("Setujui pembukaan kuota {q}") if confirm
                 else self.tr("Tolak pembukaan kuota {q}")).format(q=quota)

        def check(values: Values) -> None:
            if not confirm:
                require_reason(values)

        form = self.open_form(title, [Field("reason", self.tr("Catatan / alasan"), "note")],
                              check, lambda v: app.quotas.decide_quota_opening(
                                  session, quota, confirm, v["reason"]))
        form.name_buttons(self.tr("Setujui") if confirm else self.tr("Tolak"))
