"""Pengaturan → Cadangan data: an admin copies the whole store into one file.

The copy runs off the GUI thread with a progress bar; the file is verified (its hash
chain) before the panel says it is done. A SQLite store is copied with SQLite's online
backup (other workstations may keep working); the office's PostgreSQL store becomes one
SQLite file that opens on any workstation (see `desktop.backup`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from desktop.backup import backup_store
from desktop.gui.context import GuiContext
from desktop.gui.errors import user_message
from desktop.gui.qt import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStandardPaths,
    Qt,
    QVBoxLayout,
)
from desktop.gui.tasks import start_task
from desktop.secrets import keyring_store_password
from domain.formatting import format_number
from infra.storeurl import parse_store_url


def can_back_up(store_url: str) -> bool:
    return parse_store_url(store_url).kind in ("sqlite", "postgresql")


class CadanganPanel(QGroupBox):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(self.tr("Cadangan data"))
        self.setObjectName("cadangan")
        self.ctx = ctx
        self.running = False
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Salin seluruh riwayat penyimpanan ke satu berkas, lalu simpan di disk lain atau "
            "flashdisk. Berkas itu dapat dibuka dan diperiksa di workstation mana pun, dan "
            "tetap terenkripsi bila penyimpanannya terenkripsi."))
        note.setWordWrap(True)
        note.setStyleSheet("color:#555;")
        layout.addWidget(note)
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("Buat cadangan…"))
        self.button.setObjectName("backup")
        self.button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.progress = QProgressBar()
        self.progress.setObjectName("backup-progress")
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("backup-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.button)
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.message.setVisible(False)
        self.button.clicked.connect(self.on_backup_clicked)

    def on_backup_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name = str(Path(folder) / f"berjasa-cadangan-{date.today().isoformat()}.db")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan cadangan"), name, self.tr("Penyimpanan Berjasa (*.db)"))
        if chosen:
            self.back_up_to(Path(chosen))

    def back_up_to(self, target: Path) -> None:
        """Start the copy into `target` (which must not exist yet)."""
        if self.running:
            return
        app, session = self.ctx.app, self.ctx.session
        url = app.application.store_label
        password = keyring_store_password(url)
        self.running = True
        self.button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)  # busy until the first report
        self._say(self.tr("Membuat cadangan ke {f}…").format(f=str(target)))
        start_task(lambda report: backup_store(app, session, url, target, password, report),
                   self._finished, self._failed, self._progressed)

    def _progressed(self, done: int, total: int | None) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finished(self, result: Any) -> None:
        self._stopped()
        self._say(self.tr(
            "Cadangan tersimpan di {f}: {n} peristiwa, rantai integritas utuh.").format(
            f=result["backup"], n=format_number(int(result["events"]))))

    def _failed(self, error: Any) -> None:
        self._stopped()
        self._say(user_message(error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def _stopped(self) -> None:
        self.running = False
        self.button.setEnabled(True)
        self.progress.setVisible(False)
