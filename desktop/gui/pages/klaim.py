"""Klaim: the claim workflow (reported → documents → submitted → paid/rejected)."""

from __future__ import annotations

from typing import Any

from desktop.gui.context import GuiContext
from desktop.gui.forms import Field, Values
from desktop.gui.models import Column, RowsModel
from desktop.gui.pages.base import PageBase, heading, no_check
from desktop.gui.pages.kuota import _money, _table
from desktop.gui.pages.mou import _day
from desktop.gui.qt import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)
from desktop.gui.worker_forms import require_reason
from domain.model.klaim import CLAIM_STATES
from domain.reference import HEIR_RELATIONS
from domain.services.permissions import Action


class KlaimPage(PageBase):
    """Claims with their documents checklist; each step offered to the role that may do it."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.model = RowsModel([
            Column("claim", self.tr("Kode")), Column("name", self.tr("Nama")),
            Column("programme", self.tr("Program")),
            Column("incident_date", self.tr("Tanggal kejadian"), _day),
            Column("state", self.tr("Status"), self._state),
            Column("missing_documents", self.tr("Dokumen kurang"), lambda d: str(len(d or []))),
            Column("amount_paid", self.tr("Dibayar"), lambda v: _money(v) if v else ""),
        ])
        self._build()
        self._connect_signals()
        self.update_actions()

    def _state(self, state: Any) -> str:
        names = {"dilaporkan": self.tr("Dilaporkan"), "dokumen_lengkap": self.tr(
            "Dokumen lengkap"), "diajukan": self.tr("Diajukan ke BPJS"),
            "dibayar": self.tr("Dibayar"), "ditolak": self.tr("Ditolak")}
        return names.get(str(state), str(state))

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Klaim")))
        row = QHBoxLayout()
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("Semua status"), None)
        for state in CLAIM_STATES:
            self.state_filter.addItem(self._state(state), state)
        row.addWidget(self.state_filter)
        self.buttons: dict[str, tuple[QPushButton, Action]] = {}
        for name, text, action in (
            ("report", self.tr("Laporkan klaim"), Action.REPORT_CLAIM),
            ("documents", self.tr("Catat dokumen diterima"), Action.RECORD_CLAIM_DOCUMENTS),
            ("submit", self.tr("Ajukan ke BPJS"), Action.SUBMIT_CLAIM),
            ("pay", self.tr("Catat pembayaran"), Action.RECORD_CLAIM_OUTCOME),
            ("reject", self.tr("Catat penolakan"), Action.RECORD_CLAIM_OUTCOME),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            self.buttons[name] = (button, action)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = _table(self.model, "claims")
        # The name takes the spare width and elides, so the amount column stays in view.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        splitter.addWidget(self.table)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(heading(self.tr("Dokumen")))
        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist")
        side_layout.addWidget(self.checklist)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.state_filter.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self.on_claim_selected)
        handlers = {"report": self.on_report_clicked, "documents": self.on_documents_clicked,
                    "submit": self.on_submit_clicked, "pay": self.on_pay_clicked,
                    "reject": self.on_reject_clicked}
        for name, (button, _action) in self.buttons.items():
            button.clicked.connect(handlers[name])

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.source.current().claims(
            state=self.state_filter.currentData()))
        if self.model.rows:
            self.table.selectRow(0)
        self.on_claim_selected()

    def selected(self) -> dict[str, Any] | None:
        return self.model.row_at(self.table.currentIndex().row())

    def on_claim_selected(self, *_args: Any) -> None:
        self.checklist.clear()
        claim = self.selected()
        if claim is not None:
            for document, received in (claim.get("documents") or {}).items():
                item = QListWidgetItem(("☑ " if received else "☐ ") + document)
                self.checklist.addItem(item)
        self.update_actions()

    def update_actions(self) -> None:
        claim = self.selected()
        state = claim["state"] if claim else None
        allowed_in = {"documents": ("dilaporkan",), "submit": ("dokumen_lengkap",),
                      "pay": ("diajukan",), "reject": ("dilaporkan", "dokumen_lengkap",
                                                       "diajukan")}
        for name, (button, action) in self.buttons.items():
            button.setVisible(self.may(action))
            button.setEnabled(name == "report" or state in allowed_in.get(name, ()))

    def on_report_clicked(self) -> None:
        app, session = self.ctx.app, self.ctx.session
        fields = [
            Field("nik", self.tr("NIK peserta")),
            Field("programme", self.tr("Program"), "choice",
                  choices=[("JKK", "JKK"), ("JKM", "JKM"), ("JHT", "JHT")]),
            Field("incident_date", self.tr("Tanggal kejadian"), "date", app.calendar()),
            Field("place", self.tr("Tempat kejadian")),
            Field("description", self.tr("Uraian"), "note"),
            Field("heir_name", self.tr("Nama ahli waris (JKM)")),
            Field("heir_nik", self.tr("NIK ahli waris (JKM)")),
            Field("heir_relation", self.tr("Hubungan ahli waris"), "choice",
                  choices=[("-", "")] + [(r.replace("_", " "), r) for r in HEIR_RELATIONS]),
        ]

        def submit(values: Values) -> Any:
            details = {k: v for k, v in values.items()
                       if k not in ("nik", "programme", "incident_date") and v}
            return app.report_claim(session, values["nik"], values["programme"],
                                    values["incident_date"], **details)

        self.open_form(self.tr("Laporkan klaim"), fields, no_check, submit)

    def on_documents_clicked(self) -> None:
        claim = self.selected() or {}
        missing = list(claim.get("missing_documents") or [])
        fields = [Field(f"doc{i}", doc, "check") for i, doc in enumerate(missing)]
        app, session = self.ctx.app, self.ctx.session
        self.open_form(self.tr("Dokumen diterima untuk {c}").format(c=claim.get("claim")),
                       fields, no_check,
                       lambda v: app.receive_claim_documents(
                           session, claim["claim"],
                           [missing[int(k[3:])] for k, on in v.items() if on]))

    def on_submit_clicked(self) -> None:
        claim, app, session = self.selected() or {}, self.ctx.app, self.ctx.session
        fields = [Field("submitted_on", self.tr("Tanggal pengajuan"), "date", app.calendar()),
                  Field("reference", self.tr("Nomor referensi BPJS"))]
        self.open_form(self.tr("Ajukan {c} ke BPJS").format(c=claim.get("claim")), fields,
                       no_check, lambda v: app.submit_claim(session, claim["claim"],
                                                            v["submitted_on"], v["reference"]))

    def on_pay_clicked(self) -> None:
        claim, app, session = self.selected() or {}, self.ctx.app, self.ctx.session
        fields = [Field("amount", self.tr("Nilai dibayar (Rp)"), "number", 0, minimum=0),
                  Field("paid_on", self.tr("Tanggal bayar"), "date", app.calendar())]
        self.open_form(self.tr("Pembayaran {c}").format(c=claim.get("claim")), fields,
                       no_check, lambda v: app.pay_claim(session, claim["claim"], v["amount"],
                                                         v["paid_on"]))

    def on_reject_clicked(self) -> None:
        claim, app, session = self.selected() or {}, self.ctx.app, self.ctx.session
        fields = [Field("reason", self.tr("Alasan penolakan"), "note"),
                  Field("rejected_on", self.tr("Tanggal penolakan"), "date", app.calendar())]
        self.open_form(self.tr("Penolakan {c}").format(c=claim.get("claim")), fields,
                       require_reason, lambda v: app.reject_claim(
                           session, claim["claim"], v["reason"], v["rejected_on"]))
