"""Pengaturan → Kop surat laporan: the city's emblem and the office's address and contacts
every report's letterhead prints (recorded as policy facts by supervisors and admins, shown
to everyone; until an emblem is recorded the reports show a neutral placeholder)."""

from __future__ import annotations

import base64
from pathlib import Path

from desktop.gui.context import GuiContext
from desktop.gui.errors import user_message
from desktop.gui.qt import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QImage,
    QLabel,
    QLineEdit,
    QPixmap,
    QPushButton,
    Qt,
)
from domain.errors import BerjasaError, ValidationError
from domain.limits import field_limit
from domain.model.kebijakan_rules import Emblem
from domain.services.permissions import Action

PREVIEW = 22  # pixels: a thumbnail of the emblem, one form row high


class KopSuratPanel(QGroupBox):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(self.tr("Kop surat laporan"))
        self.ctx = ctx
        self.allowed = ctx.app.authoriser.may(ctx.session, Action.RECORD_POLICY)
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.emblem = QLabel()
        self.emblem.setObjectName("emblem-preview")
        self.emblem.setFixedSize(PREVIEW + 44, PREVIEW + 2)
        self.emblem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emblem.setStyleSheet("border:1px solid #bbb; color:#777;")
        self.choose = QPushButton(self.tr("Pilih lambang…"))
        self.choose.setToolTip(self.tr("Gambar PNG atau JPEG lambang daerah (paling besar "
                                       "256 KB)"))
        row.addWidget(self.emblem)
        row.addWidget(self.choose)
        row.addStretch(1)
        form.addRow(self.tr("Lambang daerah"), row)
        self.address, self.phone = QLineEdit(), QLineEdit()
        self.email, self.website = QLineEdit(), QLineEdit()
        for name in ("address", "phone", "email", "website"):
            edit: QLineEdit = getattr(self, name)
            edit.setObjectName(name)
            bound = field_limit(name)
            if bound is not None:  # as record_letterhead checks them
                edit.setMaxLength(bound)
        form.addRow(self.tr("Alamat kantor"), self.address)
        form.addRow(self.tr("Telepon"), self.phone)
        form.addRow(self.tr("Surel"), self.email)
        form.addRow(self.tr("Laman"), self.website)
        self.save = QPushButton(self.tr("Simpan kop surat"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.save, self.message)
        for widget in (self.choose, self.address, self.phone, self.email, self.website,
                       self.save):
            widget.setEnabled(self.allowed)
        self.choose.clicked.connect(self.on_choose_clicked)
        self.save.clicked.connect(self.on_save_clicked)
        self.load()

    def load(self) -> None:
        facts = self.ctx.app.policies.policy_facts(self.ctx.session)
        self.show_emblem(facts["emblem"])
        contact = facts["letterhead"]
        self.address.setText(contact["address"] if contact else "")
        self.phone.setText(contact["phone"] if contact else "")
        self.email.setText(contact["email"] if contact else "")
        self.website.setText(contact["website"] if contact else "")

    def show_emblem(self, emblem: Emblem | None) -> None:
        image = QImage.fromData(base64.b64decode(emblem["data"])) if emblem else QImage()
        if image.isNull():
            self.emblem.setPixmap(QPixmap())
            self.emblem.setText(self.tr("netral"))
            return
        self.emblem.setPixmap(QPixmap.fromImage(image).scaled(
            PREVIEW, PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def on_choose_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih lambang daerah"), "", self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if chosen:
            self.set_emblem(Path(chosen))

    def set_emblem(self, path: Path) -> bool:
        try:
            image = path.read_bytes()
        except OSError as error:
            self.message.setText(user_message(
                ValidationError("report.input", path=str(path), detail=str(error))))
            return False
        try:
            facts = self.ctx.app.policies.record_emblem(self.ctx.session, image, path.name)
        except BerjasaError as error:
            self.message.setText(user_message(error))
            return False
        self.show_emblem(facts["emblem"])
        self.message.setText(self.tr("Lambang dicatat; laporan berikutnya memakainya."))
        return True

    def on_save_clicked(self) -> None:
        try:
            self.ctx.app.policies.record_letterhead(self.ctx.session, self.address.text(),
                                                    self.phone.text(), self.email.text(),
                                                    self.website.text())
        except BerjasaError as error:
            self.message.setText(user_message(error))
            return
        self.message.setText(self.tr("Kop surat dicatat."))
