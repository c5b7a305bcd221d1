"""The application's life: first run, sign in, main window, idle lock, language switch.

`Shell` owns one store for the process. Dialogs are opened non-modally (`open()`), so the
same flow runs in the real program and under pytest-qt, which drives `shell.dialog`.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.gui.collector import collect_in_gui_thread
from desktop.gui.context import GuiContext
from desktop.gui.dialogs import first_run_dialog, session_of, sign_in_dialog
from desktop.gui.forms import FormDialog
from desktop.gui.idle import IdleWatcher
from desktop.gui.language import apply_language
from desktop.gui.main_window import MainWindow
from desktop.gui.qt import QObject, QRect, QThreadPool, QWidget, Signal
from desktop.gui.readmodels import (
    LiveFactory,
    ReadModelSource,
    SessionFactory,
    open_asof_session,
    open_live_read_models,
)
from desktop.gui.settings import Preferences, save_preferences
from domain.services.app import Berjasa
from domain.services.session import Session
from projections.heap import share_one_arena

Placement = Callable[[QWidget], None]


def place_maximised(window: QWidget) -> None:
    """Maximised: the window manager fits title bar and window into the screen's available
    area (less a Windows taskbar), so the header and status line are never off-screen."""
    window.showMaximized()


def place_at(area: QRect) -> Placement:
    """At a fixed client area (tests and screenshots: 1366x728, a 1366x768 screen less
    a Windows taskbar)."""

    def place(window: QWidget) -> None:
        window.setGeometry(area)
        window.show()

    return place


class Shell(QObject):
    """Emits `window_opened(MainWindow)` each time a main window is (re)built and
    `stopped()` when the user closed the sign-in or first-run dialog."""

    window_opened = Signal(object)
    stopped = Signal()

    def __init__(self, app: Berjasa, preferences: Preferences,
                 live: LiveFactory = open_live_read_models,
                 sessions: SessionFactory = open_asof_session,
                 idle_unit_ms: int = 60_000, place: Placement = place_maximised) -> None:
        super().__init__()
        self.place = place
        collect_in_gui_thread()
        share_one_arena()  # time travel's images reuse the last one's memory (the worker's too)
        self.app, self.preferences = app, preferences
        self.live_factory, self.session_factory = live, sessions
        self.source: ReadModelSource | None = None
        self.window: MainWindow | None = None
        self.dialog: FormDialog | None = None
        self.session: Session | None = None
        self.idle = IdleWatcher(preferences.idle_minutes, idle_unit_ms)
        self.idle.pause()
        self.idle.idle.connect(self.on_idle)
        apply_language(preferences.language)

    def start(self) -> None:
        if self.app.application.is_initialised():
            self.ask_sign_in()
        else:
            self.dialog = first_run_dialog(None, self.app)
            self.dialog.accepted.connect(self.on_first_run_accepted)
            self.dialog.rejected.connect(self.stopped)
            self.dialog.open()

    def on_first_run_accepted(self) -> None:
        assert self.dialog is not None
        self.preferences.last_user = str(self.dialog.result_value)
        self.ask_sign_in()

    def ask_sign_in(self, username: str | None = None) -> None:
        last = self.preferences.last_user if username is None else username
        self.dialog = sign_in_dialog(None, self.app, last)
        self.dialog.accepted.connect(self.on_sign_in_accepted)
        self.dialog.rejected.connect(self.stopped)
        self.dialog.open()

    def on_sign_in_accepted(self) -> None:
        assert self.dialog is not None
        self.sign_in_as(session_of(self.dialog))

    def sign_in_as(self, session: Session) -> MainWindow:
        self.session = session
        self.preferences.last_user = session.username
        save_preferences(self.preferences)
        if self.source is None:
            self.source = ReadModelSource(self.app, self.live_factory(self.app),
                                          self.session_factory)
            self.source.start()
        return self.open_window()

    def open_window(self, section: str = "beranda") -> MainWindow:
        assert self.session is not None and self.source is not None
        ctx = GuiContext(self.app, self.session, self.source, self.preferences)
        old, self.window = self.window, MainWindow(ctx)
        self.window.language_chosen.connect(self.on_language_chosen)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.preferences_saved.connect(self.on_preferences_saved)
        if section in self.window.pages:
            self.window.show_section(section)
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
            self.window.show()
        else:
            self.place(self.window)
        self.idle.set_minutes(self.preferences.idle_minutes)
        self.window_opened.emit(self.window)
        return self.window

    def on_language_chosen(self, language: str) -> None:
        """Rebuild the window in the new language, on the section the user was on."""
        self.preferences.language = language
        save_preferences(self.preferences)
        apply_language(language)
        section = self.window.current_key() if self.window else "pengaturan"
        self.open_window(section)

    def on_preferences_saved(self) -> None:
        """The idle time chosen in Pengaturan counts from now, not from the next sign-in."""
        self.idle.set_minutes(self.preferences.idle_minutes)

    def sign_out(self) -> None:
        """End the session (shift change, shared PC) and ask who signs in next. The read
        models stay open: they belong to the process, not to the user."""
        self.idle.pause()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.done(0)
        self.session = None
        old, self.window = self.window, None
        if old is not None:
            old.close()
            old.deleteLater()
        self.ask_sign_in(username="")

    def on_idle(self) -> None:
        if self.window is None or self.session is None:
            return
        self.idle.pause()
        self.window.set_locked(True)
        self.dialog = sign_in_dialog(self.window, self.app, self.session.username,
                                     locked=True)
        self.dialog.accepted.connect(self.on_unlocked)
        # Leaving the lock dialog signs out: it never returns to the unlocked session.
        self.dialog.rejected.connect(self.sign_out)
        self.dialog.open()

    def on_unlocked(self) -> None:
        assert self.window is not None
        self.window.set_locked(False)
        self.idle.resume()

    def shutdown(self) -> None:
        # Background work (dashboard figures, reports) finishes before its store closes.
        QThreadPool.globalInstance().waitForDone()
        if self.source is not None:
            self.source.stop()
        self.app.close()
