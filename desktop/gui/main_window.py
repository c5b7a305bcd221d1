"""The main window: navigation bar, the sections, the time-travel banner, the status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.gui.context import GuiContext
from desktop.gui.pages.base import PageBase
from desktop.gui.qt import (
    QCloseEvent,
    QCoreApplication,
    QFont,
    QFontMetrics,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSize,
    QStackedWidget,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from domain.formatting import format_moment_short, format_number
from domain.services.permissions import Action

STATUS_REFRESH_MS = 2000
# The widest a table column grows to fit its contents: wider values are elided (the whole
# value is in the cell's tooltip), so the columns that matter stay on a 1366-pixel screen.
MAX_COLUMN_PX = 240
NAVIGATION_POINT_SIZE = 11.0
NAVIGATION_MIN_PX = 150
NAVIGATION_PADDING_PX = 2 * 14 + 8  # the items' padding both sides, and the frame


def role_label(role: str) -> str:
    """A role's name in the interface language."""
    names = {
        "admin": QCoreApplication.translate("roles", "Admin"),
        "supervisor": QCoreApplication.translate("roles", "Supervisor"),
        "operator": QCoreApplication.translate("roles", "Operator"),
        "auditor": QCoreApplication.translate("roles", "Auditor"),
    }
    return names.get(role, role)


class MainWindow(QMainWindow):
    """Emits `language_chosen(code)` when the user picks another language in Pengaturan,
    `preferences_saved()` when Pengaturan saved (the idle time, say), and
    `sign_out_requested()` when the user signs out."""

    language_chosen = Signal(str)
    sign_out_requested = Signal()
    preferences_saved = Signal()

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main-window")
        self.setWindowTitle(self.tr("Berjasa — Makassar Berjasa"))
        self.pages: dict[str, PageBase] = {}
        self._build()
        self._connect_signals()
        self.on_source_travelled(ctx.source.moment)
        self.update_status()

    def _sections(self) -> list[tuple[str, str, Action | None, Callable[[], PageBase]]]:
        from desktop.gui.pages import (
            audit,
            beranda,
            impor,
            klaim,
            kotak,
            kuota,
            laporan,
            mou,
            pengaturan,
            peserta,
            tagihan,
            tinjauan,
        )

        ctx = self.ctx
        return [
            ("beranda", self.tr("Beranda"), Action.READ, lambda: beranda.BerandaPage(ctx)),
            ("kotak", self.tr("Kotak masuk"), Action.DECIDE_QUOTA_CHANGE,
             lambda: kotak.KotakPage(ctx)),
            ("peserta", self.tr("Peserta"), Action.READ, lambda: peserta.PesertaPage(ctx)),
            ("impor", self.tr("Impor"), Action.IMPORT, lambda: impor.ImporPage(ctx)),
            ("tinjauan", self.tr("Tinjauan data"), Action.READ,
             lambda: tinjauan.TinjauanPage(ctx)),
            ("kuota", self.tr("Kuota"), Action.READ, lambda: kuota.KuotaPage(ctx)),
            ("tagihan", self.tr("Tagihan"), Action.READ, lambda: tagihan.TagihanPage(ctx)),
            ("klaim", self.tr("Klaim"), Action.READ, lambda: klaim.KlaimPage(ctx)),
            ("mou", self.tr("MoU/PKS"), Action.READ, lambda: mou.MouPage(ctx)),
            ("laporan", self.tr("Laporan"), Action.READ, lambda: laporan.LaporanPage(ctx)),
            ("audit", self.tr("Audit"), Action.READ, lambda: audit.AuditPage(ctx)),
            ("pengaturan", self.tr("Pengaturan"), None,
             lambda: pengaturan.PengaturanPage(ctx)),
        ]

    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        self.banner = QLabel()
        self.banner.setObjectName("time-travel-banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet("background:#f9a825; color:#1b1b1b; font-weight:600;"
                                  "padding:6px;")
        outer.addWidget(self.banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "QListWidget{background:#17324d;color:#e8eef5;border:none;"
            f"font-size:{NAVIGATION_POINT_SIZE:g}pt;"
            "outline:0;}"
            "QListWidget::item{padding:10px 14px;}"
            "QListWidget::item:selected{background:#2d5b87;color:white;}")
        self.stack = QStackedWidget()
        for key, title, action, build in self._sections():
            if action is not None and not self.ctx.app.authoriser.may(self.ctx.session, action):
                continue
            page = build()
            page.setObjectName(f"page-{key}")
            self.pages[key] = page
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(page)
        self.nav.setFixedWidth(self._navigation_width())
        body.addWidget(self.nav)
        container = QWidget()
        inner = QVBoxLayout(container)
        inner.setContentsMargins(12, 8, 12, 8)
        inner.addWidget(self.stack)
        body.addWidget(container, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.central = central
        for view in central.findChildren(QTableView):
            view.horizontalHeader().setMaximumSectionSize(MAX_COLUMN_PX)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.user_label, self.store_label, self.sync_label = QLabel(), QLabel(), QLabel()
        for label in (self.user_label, self.store_label, self.sync_label):
            self.statusBar().addPermanentWidget(label)
        # Shown while the read models catch up far behind the log or are rebuilt.
        self.sync_progress = QProgressBar()
        self.sync_progress.setObjectName("sync-progress")
        self.sync_progress.setRange(0, 100)
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.hide()
        self.statusBar().addPermanentWidget(self.sync_progress)
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_REFRESH_MS)
        self.nav.setCurrentRow(0)

    def _header(self) -> QWidget:
        """Who is signed in, always in view (the status bar may be under a taskbar), and
        the way out for a shift change or a shared PC."""
        header = QWidget()
        header.setObjectName("header")
        header.setStyleSheet("#header{background:#0f2438;} #header QLabel{color:#e8eef5;}")
        row = QHBoxLayout(header)
        row.setContentsMargins(12, 4, 8, 4)
        title = QLabel(self.tr("Berjasa — Makassar Berjasa"))
        title.setStyleSheet("font-weight:600;")
        row.addWidget(title)
        row.addStretch(1)
        session = self.ctx.session
        self.header_user = QLabel(self.tr("{name} · {role}").format(
            name=session.full_name or session.username, role=role_label(session.role)))
        self.header_user.setObjectName("signed-in-user")
        row.addWidget(self.header_user)
        self.sign_out_button = QPushButton(self.tr("Keluar / ganti pengguna"))
        self.sign_out_button.setObjectName("sign-out")
        row.addWidget(self.sign_out_button)
        return header

    def _connect_inbox(self) -> None:
        """The inbox's count in the navigation and on the dashboard; opening an item
        shows the section that decides it, with the item selected where it can be."""
        from desktop.gui.pages.kotak import KotakPage

        inbox = self.pages.get("kotak")
        if not isinstance(inbox, KotakPage):
            return
        inbox.counted.connect(self.on_inbox_counted)
        inbox.open_requested.connect(self.on_inbox_open_requested)
        inbox.reload()

    def _navigation_width(self) -> int:
        """Wide enough for the longest section title with an inbox count of three digits
        ("Kotak masuk (999)"), in the navigation's own 11 pt font, at least 150 px."""
        font = QFont(self.nav.font())
        font.setPointSizeF(NAVIGATION_POINT_SIZE)
        metrics = QFontMetrics(font)
        titles = [self.nav.item(row).text() for row in range(self.nav.count())]
        widest = max((metrics.horizontalAdvance(f"{title} (999)") for title in titles),
                     default=0)
        return max(NAVIGATION_MIN_PX, widest + NAVIGATION_PADDING_PX)

    def on_inbox_counted(self, count: int) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == "kotak":
                title = self.tr("Kotak masuk")
                item.setText(f"{title} ({count})" if count else title)
        dashboard = self.pages.get("beranda")
        if dashboard is not None and hasattr(dashboard, "set_inbox_count"):
            dashboard.set_inbox_count(count)

    def on_inbox_open_requested(self, section: str, reference: str) -> None:
        if section not in self.pages:
            return
        page = self.show_section(section)
        focus = getattr(page, "focus_on", None)
        if callable(focus):
            focus(reference)

    def _connect_signals(self) -> None:
        self._connect_inbox()
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.nav.currentRowChanged.connect(self.on_nav_current_row_changed)
        self.ctx.source.travelled.connect(self.on_source_travelled)
        self.ctx.source.changed.connect(self.on_source_changed)
        self.ctx.source.progressed.connect(self.on_source_progressed)
        self.status_timer.timeout.connect(self.update_status)
        self.status_timer.start()
        settings = self.pages.get("pengaturan")
        if settings is not None:
            settings.language_chosen.connect(self.language_chosen)  # type: ignore[attr-defined]
            settings.preferences_saved.connect(  # type: ignore[attr-defined]
                self.preferences_saved)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # A closed window (signed out, rebuilt in another language) stops querying: its
        # own and its pages' timers (a search typed just before) would query read models
        # that may be closed by now.
        for timer in self.findChildren(QTimer):
            timer.stop()
        # Report previews hold personal data: none stays in the temporary folder.
        for page in self.pages.values():
            page.release_files()
        super().closeEvent(event)

    def set_locked(self, locked: bool) -> None:
        """While locked, nothing of the session can be read or used behind the dialog."""
        self.central.setVisible(not locked)

    def section_names(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    def show_section(self, key: str) -> PageBase:
        page = self.pages[key]
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "beranda"

    def on_nav_current_row_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)

    def on_source_travelled(self, moment: datetime | None) -> None:
        if moment is None:
            self.banner.hide()
            return
        self.banner.setText(self.tr(
            "MODE WAKTU LAMPAU — semua tampilan menunjukkan keadaan pada {moment} "
            "(hanya baca). Kembali ke saat ini di bagian Audit.").format(
                moment=format_moment_short(moment)))
        self.banner.show()

    def on_source_changed(self, _position: int) -> None:
        self.update_status()

    def on_source_progressed(self, _position: int, _target: int) -> None:
        self.update_status()

    def update_status(self) -> None:
        session = self.ctx.session
        self.user_label.setText(self.tr("Pengguna: {name} ({role})").format(
            name=session.full_name or session.username, role=role_label(session.role)))
        self.store_label.setText(self.tr("Penyimpanan: {store}").format(
            store=self.ctx.app.application.store_label))
        live = self.ctx.source.live
        behind = self.ctx.app.application.head_position() - live.position()
        self.sync_label.setText(
            self.tr("Data terkini") if behind <= 0
            else self.tr("Memperbarui… ({n} perubahan)").format(n=behind))
        self.show_catch_up(self.ctx.source.catching_up())

    def show_catch_up(self, progress: tuple[int, int] | None) -> None:
        """A progress bar while the read models catch up far behind (a new workstation,
        a restored backup, an upgrade): the figures on screen are incomplete meanwhile."""
        if progress is None:
            self.sync_progress.hide()
            return
        position, target = progress
        percent = 100 * position // target if target > 0 else 0
        self.sync_progress.setValue(percent)
        self.sync_progress.show()
        self.sync_label.setText(self.tr(
            "Menyiapkan data tampilan… {percent}% ({position} dari {target} perubahan)"
        ).format(percent=percent, position=format_number(position),
                 target=format_number(target)))
