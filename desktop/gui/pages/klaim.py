"""Klaim: the claim workflow (reported → documents → submitted → paid/rejected), with each
claim's proposed benefits, its age and the step it waits for; searchable by claim code,
NIK and name."""

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
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from desktop.gui.worker_forms import require_reason
from desktop.gui.worker_lookup import describe_worker, find_worker, require_worker
from domain.formatting import format_rupiah as rupiah
from domain.model.klaim import CLAIM_STATES
from domain.reference import HEIR_RELATIONS
from domain.services.permissions import Action
from projections.api import ClaimRow


class KlaimPage(PageBase):
    """Claims with their documents checklist; each step offered to the role that may do it."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.model: RowsModel[ClaimRow] = RowsModel([
            Column("claim", self.tr("Kode")), Column("name", self.tr("Nama")),
            Column("programme", self.tr("Program")),
            Column("incident_date", self.tr("Tanggal kejadian"), _day),
            Column("state", self.tr("Status"), self._state),
            Column("days_open", self.tr("Hari"), self._age),
            Column("waiting_for", self.tr("Menunggu"), self._step),
            Column("proposed_amount", self.tr("Usulan"), lambda v: _money(v) if v else ""),
            Column("amount_paid", self.tr("Dibayar"), lambda v: _money(v) if v else ""),
        ])
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self._build()
        self._connect_signals()
        self.update_actions()

    def _state(self, state: Any) -> str:
        names = {"perlu_verifikasi": self.tr("Perlu verifikasi"),
                 "dilaporkan": self.tr("Dilaporkan"), "dokumen_lengkap": self.tr(
            "Dokumen lengkap"), "diajukan": self.tr("Diajukan ke BPJS"),
            "menunggu_konfirmasi_bayar": self.tr("Menunggu konfirmasi bayar"),
            "dibayar": self.tr("Dibayar"), "ditolak": self.tr("Ditolak")}
        return names.get(str(state), str(state))

    def _step(self, step: Any) -> str:
        names = {"verifikasi_supervisor": self.tr("Verifikasi supervisor"),
                 "dokumen": self.tr("Dokumen"), "pengajuan_bpjs": self.tr("Pengajuan ke BPJS"),
                 "pembayaran_bpjs": self.tr("Pembayaran BPJS"),
                 "konfirmasi_supervisor": self.tr("Konfirmasi supervisor")}
        return names.get(str(step), "") if step else ""

    def _age(self, days: Any) -> str:
        return "" if days is None else str(days)

    def _component(self, code: str) -> str:
        names = {"santunan_sekaligus": self.tr("Santunan sekaligus"),
                 "santunan_berkala": self.tr("Santunan berkala"),
                 "biaya_pemakaman": self.tr("Biaya pemakaman"),
                 "beasiswa": self.tr("Beasiswa (per jenjang per tahun)"),
                 "santunan_kematian": self.tr("Santunan kematian"),
                 "perawatan": self.tr("Perawatan (sesuai biaya)"),
                 "stmb": self.tr("Santunan tidak mampu bekerja"),
                 "cacat_kali_penghasilan": self.tr("Santunan cacat")}
        return names.get(code, code)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Klaim")))
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Cari kode klaim, NIK atau nama…"))
        self.search.setClearButtonEnabled(True)
        row.addWidget(self.search, 2)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("Semua status"), None)
        for state in CLAIM_STATES:
            self.state_filter.addItem(self._state(state), state)
        row.addWidget(self.state_filter, 1)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.buttons: dict[str, tuple[QPushButton, Action]] = {}
        for name, text, action in (
            ("report", self.tr("Laporkan klaim"), Action.REPORT_CLAIM),
            ("verify", self.tr("Verifikasi"), Action.SUBMIT_CLAIM),
            ("documents", self.tr("Catat dokumen diterima"), Action.RECORD_CLAIM_DOCUMENTS),
            ("submit", self.tr("Ajukan ke BPJS"), Action.SUBMIT_CLAIM),
            ("pay", self.tr("Catat pembayaran"), Action.RECORD_CLAIM_OUTCOME),
            ("confirm", self.tr("Konfirmasi pembayaran"), Action.RECORD_CLAIM_OUTCOME),
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
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        splitter.addWidget(self.table)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(heading(self.tr("Manfaat diusulkan")))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        side_layout.addWidget(self.summary)
        self.benefits = QListWidget()
        self.benefits.setObjectName("benefits")
        self.benefits.setWordWrap(True)
        side_layout.addWidget(self.benefits)
        side_layout.addWidget(heading(self.tr("Dokumen")))
        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        side_layout.addWidget(self.checklist)
        splitter.addWidget(side)
        side.setMaximumWidth(320)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.state_filter.currentIndexChanged.connect(self.reload)
        self.search.textEdited.connect(lambda _text: self.search_timer.start())
        self.search_timer.timeout.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self.on_claim_selected)
        handlers = {"report": self.on_report_clicked, "documents": self.on_documents_clicked,
                    "submit": self.on_submit_clicked, "pay": self.on_pay_clicked,
                    "reject": self.on_reject_clicked, "verify": self.on_verify_clicked,
                    "confirm": self.on_confirm_clicked}
        for name, (button, _action) in self.buttons.items():
            button.clicked.connect(handlers[name])

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.source.current().claims(
            state=self.state_filter.currentData(), search=self.search.text()))
        if self.model.rows:
            self.table.selectRow(0)
        self.on_claim_selected()

    def selected(self) -> ClaimRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def focus_on(self, claim: str) -> None:
        """Show the claim `claim` (Kotak masuk): found by its code, selected."""
        self.state_filter.setCurrentIndex(0)
        self.search.setText(claim)
        self.reload()

    def on_claim_selected(self, *_args: Any) -> None:
        self.checklist.clear()
        self.benefits.clear()
        self.summary.clear()
        claim = self.selected()
        if claim is not None:
            for document, received in (claim.get("documents") or {}).items():
                item = QListWidgetItem(("☑ " if received else "☐ ") + document)
                self.checklist.addItem(item)
            self._show_benefits(claim)
        self.update_actions()

    def _show_benefits(self, claim: ClaimRow) -> None:
        """The proposal from the dated rules, each component with its legal basis."""
        for benefit in claim.get("benefits") or []:
            amount = benefit.get("amount")
            shown = rupiah(int(amount)) if amount is not None else self.tr("sesuai ketentuan")
            item = QListWidgetItem(f"{self._component(benefit['component'])}: {shown}")
            item.setToolTip(str(benefit.get("basis", "")))
            self.benefits.addItem(item)
        lines = []
        proposed = claim.get("proposed_amount")
        if proposed is not None:
            lines.append(self.tr("Usulan: {a}").format(a=rupiah(int(proposed))))
        if claim.get("masa_iur_months") is not None:
            lines.append(self.tr("Masa iur: {n} bulan").format(n=claim["masa_iur_months"]))
        heir = claim.get("heir")
        if heir:
            lines.append(self.tr("Ahli waris: {n} ({r})").format(
                n=heir.get("name", ""), r=str(heir.get("relation", "")).replace("_", " ")))
        if claim.get("waiting_for"):
            lines.append(self.tr("Umur {d} hari; menunggu: {s}").format(
                d=claim.get("days_open"), s=self._step(claim["waiting_for"])))
        if claim.get("overdue"):
            lines.append(self.tr("Terlambat ditindaklanjuti"))
        self.summary.setText("\n".join(lines))

    def update_actions(self) -> None:
        claim = self.selected()
        state = claim["state"] if claim else None
        allowed_in = {"verify": ("perlu_verifikasi",), "documents": ("dilaporkan",),
                      "submit": ("dokumen_lengkap",), "pay": ("diajukan",),
                      "confirm": ("menunggu_konfirmasi_bayar",),
                      "reject": ("perlu_verifikasi", "dilaporkan", "dokumen_lengkap",
                                 "diajukan", "menunggu_konfirmasi_bayar")}
        for name, (button, action) in self.buttons.items():
            button.setVisible(self.may(action))
            button.setEnabled(name == "report" or state in allowed_in.get(name, ()))

    def on_report_clicked(self) -> None:
        app, session = self.ctx.app, self.ctx.session
        models, masker = self.ctx.source.live, self.ctx.masker
        fields = [
            Field("worker", self.tr("Peserta (NIK atau nama)"), required=True,
                  placeholder=self.tr("NIK 16 digit atau bagian nama")),
            Field("who", self.tr("Peserta yang dipilih"), extra={"read_only": True}),
            Field("programme", self.tr("Program"), "choice",
                  choices=[("JKK", "JKK"), ("JKM", "JKM"), ("JHT", "JHT")]),
            Field("incident_date", self.tr("Tanggal kejadian"), "date", app.application.calendar()),
            Field("place", self.tr("Tempat kejadian")),
            Field("description", self.tr("Uraian"), "note"),
            Field("outcome", self.tr("Akibat (JKK)"), "choice",
                  choices=[(self.tr("Cedera / sakit"), ""),
                           (self.tr("Meninggal karena kecelakaan kerja"), "death")]),
            Field("days_unable", self.tr("Hari tidak mampu bekerja (JKK)"), "number", 0,
                  minimum=0, maximum=100_000),
            Field("disability_percent", self.tr("Persentase cacat (JKK)"), "number", 0,
                  minimum=0, maximum=100),
            Field("heir_name", self.tr("Nama ahli waris (kematian)")),
            Field("heir_nik", self.tr("NIK ahli waris (kematian)")),
            Field("heir_relation", self.tr("Hubungan ahli waris"), "choice",
                  choices=[("-", "")] + [(r.replace("_", " "), r) for r in HEIR_RELATIONS]),
            Field("heir_reason", self.tr("Alasan bila ahli waris bukan urutan pertama"),
                  "note"),
        ]

        def who(values: Values) -> Values:
            row = find_worker(models, values.get("worker") or "")
            return {"who": describe_worker(row, masker.nik(row["nik"]) if row else "")}

        def check(values: Values) -> None:
            require_worker(models, values)

        def submit(values: Values) -> Any:
            nik = require_worker(models, values)["nik"]
            details = {k: str(v) for k, v in values.items()
                       if k not in ("worker", "who", "programme", "incident_date") and v}
            return app.claims.report_claim(session, nik, values["programme"],
                                           values["incident_date"], **details)

        form = self.open_form(self.tr("Laporkan klaim"), fields, check, submit, derive=who)
        form.name_buttons(self.tr("Laporkan"))

    def on_documents_clicked(self) -> None:
        claim = self.selected()
        if claim is None:  # enabled only with a claim selected (`update_actions`)
            return
        missing = list(claim["missing_documents"])
        fields = [Field(f"doc{i}", doc, "check") for i, doc in enumerate(missing)]
        app, session = self.ctx.app, self.ctx.session
        self.open_form(self.tr("Dokumen diterima untuk {c}").format(c=claim.get("claim")),
                       fields, no_check,
                       lambda v: app.claims.receive_claim_documents(
                           session, claim["claim"],
                           [missing[int(k[3:])] for k, on in v.items() if on]))

    def on_submit_clicked(self) -> None:
        claim, app, session = self.selected(), self.ctx.app, self.ctx.session
        if claim is None:  # enabled only with a claim selected (`update_actions`)
            return
        fields = [Field("submitted_on", self.tr("Tanggal pengajuan"), "date",
                        app.application.calendar()),
                  Field("reference", self.tr("Nomor referensi BPJS"))]
        self.open_form(self.tr("Ajukan {c} ke BPJS").format(c=claim.get("claim")), fields,
                       no_check, lambda v: app.claims.submit_claim(
                           session, claim["claim"], v["submitted_on"], v["reference"]))

    def on_pay_clicked(self) -> None:
        claim, app, session = self.selected(), self.ctx.app, self.ctx.session
        if claim is None:  # enabled only with a claim selected (`update_actions`)
            return
        proposed = claim.get("proposed_amount") or 0
        fields = [Field("amount", self.tr("Nilai dibayar (Rp)"), "number", proposed, minimum=0,
                        maximum=10_000_000_000),
                  Field("paid_on", self.tr("Tanggal bayar"), "date", app.application.calendar()),
                  Field("reason", self.tr("Alasan bila berbeda dari usulan"), "note")]
        self.open_form(self.tr("Pembayaran {c}").format(c=claim.get("claim")), fields,
                       no_check, lambda v: app.claims.pay_claim(
                           session, claim["claim"], v["amount"], v["paid_on"], v["reason"]))

    def on_verify_clicked(self) -> None:
        claim, app, session = self.selected(), self.ctx.app, self.ctx.session
        if claim is None:  # enabled only with a claim selected (`update_actions`)
            return
        fields = [Field("decision", self.tr("Keputusan"), "choice",
                        choices=[(self.tr("Kepesertaan terbukti: lanjutkan"), "confirm"),
                                 (self.tr("Tolak klaim"), "reject")]),
                  Field("reason", self.tr("Alasan"), "note")]
        self.open_form(self.tr("Verifikasi {c}").format(c=claim.get("claim")), fields,
                       require_reason, lambda v: app.claims.verify_claim(
                           session, claim["claim"], v["decision"] == "confirm", v["reason"]))

    def on_confirm_clicked(self) -> None:
        claim, app, session = self.selected(), self.ctx.app, self.ctx.session
        if claim is None:  # enabled only with a claim selected (`update_actions`)
            return
        fields = [Field("reason", self.tr("Catatan"), "note")]
        self.open_form(self.tr("Konfirmasi pembayaran {c}").format(c=claim.get("claim")),
                       fields, no_check,
                       lambda v: app.claims.confirm_claim_payment(session, claim["claim"],
                                                                  v["reason"]))

    def on_reject_clicked(self) -> None:
        claim, app, session = self.selected(), self.ctx.app, self.ctx.session
        if claim is None:  # enabled only with a claim selected (`update_actions`)
            return
        fields = [Field("reason", self.tr("Alasan penolakan"), "note"),
                  Field("rejected_on", self.tr("Tanggal penolakan"), "date",
                        app.application.calendar())]
        self.open_form(self.tr("Penolakan {c}").format(c=claim.get("claim")), fields,
                       require_reason, lambda v: app.claims.reject_claim(
                           session, claim["claim"], v["reason"], v["rejected_on"]))
