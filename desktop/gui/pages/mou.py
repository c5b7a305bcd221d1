"""MoU/PKS: agreements with BPJS, their derived status and days left; register, renew."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop.gui.context import GuiContext
from desktop.gui.forms import Field, Values
from desktop.gui.models import Column, RowsModel
from desktop.gui.pages.base import PageBase, heading, no_check, shown_day
from desktop.gui.pages.kuota import _table
from desktop.gui.qt import QHBoxLayout, QPushButton, QVBoxLayout
from domain.formatting import format_date
from domain.i18n import current_language
from domain.services.permissions import Action
from projections.api import AgreementRow


def _day(value: Any) -> str:
    """A date in the interface's language (`2 Desember 2026` / `2 December 2026`)."""
    return format_date(date.fromisoformat(str(value)), current_language()) if value else ""


class MouPage(PageBase):
    """Agreements; registering and renewing needs the MANAGE_AGREEMENTS permission."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.model: RowsModel[AgreementRow] = RowsModel([
            Column("number", self.tr("Nomor")), Column("kind", self.tr("Jenis")),
            Column("subject", self.tr("Perihal")),
            Column("valid_from", self.tr("Berlaku mulai"), _day),
            Column("valid_to", self.tr("Berlaku sampai"), _day),
            Column("status", self.tr("Status"), self._status),
            Column("days_left", self.tr("Sisa hari"), align_right=True),
        ])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("MoU/PKS")))
        row = QHBoxLayout()
        self.register_button = QPushButton(self.tr("Catat MoU/PKS"))
        self.renew_button = QPushButton(self.tr("Perpanjang"))
        self.register_button.setObjectName("register-agreement")
        self.renew_button.setObjectName("renew")
        row.addWidget(self.register_button)
        row.addWidget(self.renew_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = _table(self.model, "agreements")
        layout.addWidget(self.table, 1)
        self.register_button.clicked.connect(self.on_register_clicked)
        self.renew_button.clicked.connect(self.on_renew_clicked)
        self.table.selectionModel().currentRowChanged.connect(self.update_actions)
        self.update_actions()

    def _status(self, status: Any) -> str:
        names = {"belum_berlaku": self.tr("Belum berlaku"), "aktif": self.tr("Aktif"),
                 "perlu_diperpanjang": self.tr("Perlu diperpanjang"),
                 "kedaluwarsa": self.tr("Kedaluwarsa"), "diakhiri": self.tr("Diakhiri"),
                 "diganti": self.tr("Diganti")}
        return names.get(str(status), str(status))

    def refresh(self) -> None:
        moment = self.ctx.source.moment
        today = shown_day(moment, self.ctx.app.application.calendar())
        self.model.set_rows(self.ctx.source.current().agreements(
            today, self.ctx.preferences.renewal_window_days))
        self.update_actions()

    def update_actions(self, *_args: Any) -> None:
        allowed = self.may(Action.MANAGE_AGREEMENTS)
        self.register_button.setVisible(allowed)
        self.renew_button.setVisible(allowed)
        self.renew_button.setEnabled(self.table.currentIndex().isValid())

    def on_register_clicked(self) -> None:
        app, session, today = self.ctx.app, self.ctx.session, self.ctx.app.application.calendar()
        fields = [
            Field("number", self.tr("Nomor")),
            Field("kind", self.tr("Jenis"), "choice", choices=[("MoU", "MOU"), ("PKS", "PKS")]),
            Field("subject", self.tr("Perihal")),
            Field("parties", self.tr("Para pihak (pisahkan dengan ;)"),
                  value="Pemerintah Kota Makassar; BPJS Ketenagakerjaan Cabang Makassar"),
            Field("signed_on", self.tr("Tanggal tanda tangan"), "date", today),
            Field("valid_from", self.tr("Berlaku mulai"), "date", today),
            Field("valid_to", self.tr("Berlaku sampai"), "date",
                  today + timedelta(days=365)),
        ]

        def submit(values: Values) -> Any:
            parties = [p.strip() for p in values["parties"].split(";")]
            return app.agreements.register_agreement(
                session, values["number"], values["kind"], values["subject"], parties,
                values["signed_on"], values["valid_from"], values["valid_to"])

        self.open_form(self.tr("Catat MoU/PKS"), fields, no_check, submit)

    def on_renew_clicked(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        app, session = self.ctx.app, self.ctx.session
        current_end = date.fromisoformat(row["valid_to"])
        fields = [
            Field("valid_to", self.tr("Berlaku sampai"), "date",
                  current_end + timedelta(days=365)),
            Field("signed_on", self.tr("Tanggal tanda tangan adendum"), "date",
                  app.application.calendar()),
            Field("reference", self.tr("Nomor adendum")),
            Field("note", self.tr("Catatan"), "note"),
        ]
        self.open_form(self.tr("Perpanjang {n}").format(n=row["number"]), fields, no_check,
                       lambda v: app.agreements.renew_agreement(
                           session, row["number"], v["valid_to"], v["signed_on"],
                           v["reference"], v["note"]))
