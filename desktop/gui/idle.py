"""Locking the session after a configurable time without keyboard or mouse activity."""

from __future__ import annotations

from desktop.gui.qt import QApplication, QEvent, QObject, QTimer, Signal

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel}


class IdleWatcher(QObject):
    """Emits `idle()` once no input arrived for `minutes`; any input restarts the clock."""

    idle = Signal()

    def __init__(self, minutes: int, unit_ms: int = 60_000) -> None:
        super().__init__()
        self.unit_ms = unit_ms     # milliseconds per "minute": tests shorten it
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.set_minutes(minutes)
        self.timer.timeout.connect(self.idle)
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * self.unit_ms)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()
