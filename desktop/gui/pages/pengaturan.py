"""Pengaturan: language, idle lock, renewal warning window, coverage target, store."""

from __future__ import annotations

from desktop.gui.context import GuiContext
from desktop.gui.errors import user_message
from desktop.gui.pages.base import PageBase, heading
from desktop.gui.pages.cadangan import CadanganPanel, can_back_up
from desktop.gui.pages.kopsurat import KopSuratPanel
from desktop.gui.pages.pengguna import PenggunaPanel
from desktop.gui.qt import (
    QComboBox,
    QCoreApplication,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLibraryInfo,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.gui.settings import save_preferences
from desktop.secrets import KEYRING_SERVICE, write_secret
from desktop.version import about_lines
from domain.services.permissions import Action
from infra.storeurl import parse_store_url


def about_box(title: str) -> QGroupBox:
    """Version and build, selectable so a clerk can paste them into a support request."""
    box = QGroupBox(title)
    box.setObjectName("about")
    form = QFormLayout(box)
    shown = _about_words()
    for label, value in [*about_lines(), ("Qt", QLibraryInfo.version().toString())]:
        text = QLabel(shown.get(value, value))
        text.setObjectName(f"about-{label.lower()}")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(shown.get(label, label), text)
    return box


def _about_words() -> dict[str, str]:
    """The About rows' Indonesian words (from `desktop.version`) in the interface's
    language; numbers, commits and platform names stay as they are."""
    translate = QCoreApplication.translate
    return {
        "Versi": translate("PengaturanPage", "Versi"),
        "Paket": translate("PengaturanPage", "Paket"),
        "sumber (bukan build resmi)": translate("PengaturanPage", "sumber (bukan build resmi)"),
        "dari kode sumber": translate("PengaturanPage", "dari kode sumber"),
        "terpasang (beku)": translate("PengaturanPage", "terpasang (beku)"),
    }


class PengaturanPage(PageBase):
    """Emits `language_chosen(code)` when a different language is saved."""

    language_chosen = Signal(str)
    preferences_saved = Signal()

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        prefs = self.ctx.preferences
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(heading(self.tr("Pengaturan")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pengaturan-tabs")
        outer.addWidget(self.tabs, 1)
        general_tab = QWidget()
        layout = QVBoxLayout(general_tab)
        # Its groups are taller than a 1366x728 window's page: it scrolls instead of
        # making the whole window taller than the screen.
        scroller = QScrollArea()
        scroller.setObjectName("pengaturan-umum")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(general_tab)
        self.tabs.addTab(scroller, self.tr("Umum"))
        self.users: PenggunaPanel | None = None
        if self.ctx.app.authoriser.may(self.ctx.session, Action.MANAGE_USERS):
            self.users = PenggunaPanel(self.ctx)
            self.tabs.addTab(self.users, self.tr("Akun pengguna"))
        general = QGroupBox(self.tr("Tampilan dan sesi"))
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(prefs.language))
        self.language.setMaximumWidth(260)
        form.addRow(self.tr("Bahasa"), self.language)
        self.idle = self._spin(1, 240, prefs.idle_minutes, self.tr(" menit"))
        form.addRow(self.tr("Kunci sesi setelah tidak aktif"), self.idle)
        self.window_days = self._spin(7, 365, prefs.renewal_window_days, self.tr(" hari"))
        form.addRow(self.tr("Peringatan perpanjangan MoU/PKS"), self.window_days)
        policy_note = QLabel(self.tr("Target cakupan dan jumlah pekerja kota (BPS) dicatat "
                                     "di Laporan → Kebijakan, dengan sumbernya."))
        policy_note.setWordWrap(True)
        policy_note.setStyleSheet("color:#555;")
        form.addRow(policy_note)
        layout.addWidget(general)
        self.letterhead = KopSuratPanel(self.ctx)
        layout.addWidget(self.letterhead)
        store = QGroupBox(self.tr("Penyimpanan data (berlaku saat aplikasi dibuka lagi)"))
        store_form = QFormLayout(store)
        self.store_url = QLineEdit(prefs.store_url)
        self.store_url.setPlaceholderText(self.tr(
            "kosong: berkas SQLite di folder data pengguna; atau postgresql://user@host/db"))
        store_form.addRow(self.tr("Alamat penyimpanan"), self.store_url)
        self.store_password = QLineEdit()
        self.store_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.store_password.setPlaceholderText(self.tr(
            "hanya PostgreSQL; disimpan di keyring Windows"))
        store_form.addRow(self.tr("Kata sandi server"), self.store_password)
        store_form.addRow(self.tr("Penyimpanan saat ini"),
                          QLabel(self.ctx.app.application.store_label))
        store_form.addRow(self.tr("Enkripsi"), self._encryption_label())
        layout.addWidget(store)
        self.backup: CadanganPanel | None = None
        if self.ctx.may(Action.MANAGE_USERS) and can_back_up(self.ctx.app.application.store_label):
            self.backup = CadanganPanel(self.ctx)
            layout.addWidget(self.backup)
        layout.addWidget(about_box(self.tr("Tentang Berjasa")))
        row = QHBoxLayout()
        self.save = QPushButton(self.tr("Simpan pengaturan"))
        self.save.setObjectName("save-settings")
        self.message = QLabel()
        self.message.setWordWrap(True)
        row.addWidget(self.save)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        layout.addStretch(1)

    def _encryption_label(self) -> QLabel:
        """Whether personal data is encrypted at rest, said plainly on every store."""
        from desktop.gui.dialogs import store_is_unencrypted, unencrypted_explanation

        if store_is_unencrypted(self.ctx.app):
            label = QLabel(self.tr("TIDAK terenkripsi.") + " " + unencrypted_explanation())
            label.setStyleSheet("color: #b3261e;")
        elif (self.ctx.app.application.store_info or {}).get("encrypted"):
            label = QLabel(self.tr("Terenkripsi (AES); kuncinya di keyring atau BERJASA_KEY. "
                                   "Simpan salinan kunci: berjasa-admin key export BERKAS."))
        else:
            label = QLabel(self.tr("Tidak terenkripsi (penyimpanan sementara di memori)."))
        label.setObjectName("encryption")
        label.setWordWrap(True)
        return label

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setGroupSeparatorShown(True)
        spin.setMaximumWidth(260)
        return spin

    def _connect_signals(self) -> None:
        self.save.clicked.connect(self.on_save_clicked)

    def on_save_clicked(self) -> None:
        prefs = self.ctx.preferences
        url = self.store_url.text().strip()
        try:
            if url:
                address = parse_store_url(url)
                if address.kind == "postgresql" and self.store_password.text():
                    write_secret(KEYRING_SERVICE, f"store|{address.label}",
                                 self.store_password.text())
        except Exception as error:
            self.message.setText(user_message(error))
            return
        self.store_password.clear()
        language = str(self.language.currentData())
        changed_language = language != prefs.language
        prefs.idle_minutes, prefs.renewal_window_days = self.idle.value(), self.window_days.value()
        prefs.store_url = url
        save_preferences(prefs)
        self.message.setText(self.tr("Pengaturan disimpan."))
        self.preferences_saved.emit()
        if changed_language:
            self.language_chosen.emit(language)
