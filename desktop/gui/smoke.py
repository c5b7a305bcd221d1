"""Test hook for the frozen-build smoke test: quit once the first window is on screen.

With `BERJASA_SMOKE_EXIT_AFTER_SHOWN=1`, `berjasa` watches for its first visible top-level
window (the sign-in dialog on an initialised store, else the first-run dialog), writes what
it showed to the file named by `BERJASA_SMOKE_REPORT` (JSON) when that is set, and leaves
the event loop with status 0. Nothing is shown within `BERJASA_SMOKE_TIMEOUT` seconds
(default 60) → status 3. Without the variable this module does nothing at all.

The GUI calls `exit_after_first_window_if_asked()` once, just before `application.exec()`.
Qt is imported lazily (through the GUI's Qt seam), only when the variable is set.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, TypedDict

SMOKE_ENV = "BERJASA_SMOKE_EXIT_AFTER_SHOWN"
REPORT_ENV = "BERJASA_SMOKE_REPORT"
TIMEOUT_ENV = "BERJASA_SMOKE_TIMEOUT"
NOTHING_SHOWN_EXIT = 3
POLL_MS = 20
DEFAULT_TIMEOUT_S = 60.0


def smoke_requested() -> bool:
    return os.environ.get(SMOKE_ENV, "").strip() not in ("", "0")


def exit_after_first_window_if_asked() -> None:
    """Arm the watcher when the smoke test asked for it; a no-op otherwise."""
    if smoke_requested():
        _FirstWindowWatcher(_timeout_seconds()).start()


def _timeout_seconds() -> float:
    try:
        return float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT_S))
    except ValueError:
        return DEFAULT_TIMEOUT_S


def shown_window(widgets: list[Any]) -> Any | None:
    """The first top-level widget that is visible and has a native window (exposed)."""
    for widget in widgets:
        if widget.isVisible() and widget.isWindow() and widget.windowHandle() is not None:
            return widget
    return None


# What the smoke run writes (the frozen build's test reads it): the first window shown,
# or why none was.
ShownWindow = TypedDict("ShownWindow", {"title": str, "class": str, "object": str,
                                        "shown_at": float})


class NothingShown(TypedDict):
    error: str


def describe_window(widget: Any) -> ShownWindow:
    return {
        "title": str(widget.windowTitle()),
        "class": type(widget).__name__,
        "object": str(widget.objectName()),
        "shown_at": time.time(),
    }


def write_report(report: ShownWindow | NothingShown) -> None:
    target = os.environ.get(REPORT_ENV, "").strip()
    if target:
        Path(target).write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")


class _FirstWindowWatcher:
    """Polls the application's top-level widgets from its own event loop; the poll
    starts only once `exec()` runs, so quitting is never lost before the loop starts."""

    def __init__(self, timeout_s: float) -> None:
        from desktop.gui.qt import QTimer

        self.deadline = time.monotonic() + timeout_s
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.on_tick)

    def start(self) -> None:
        # Kept alive by the timer's connection to this bound method (the timer has no
        # parent, so the module keeps a reference too).
        _ARMED.append(self)
        self.timer.start()

    def on_tick(self) -> None:
        from desktop.gui.qt import QApplication

        window = shown_window(list(QApplication.topLevelWidgets()))
        if window is not None:
            self.finish(0, describe_window(window))
        elif time.monotonic() > self.deadline:
            self.finish(NOTHING_SHOWN_EXIT, NothingShown(error="no window shown"))

    def finish(self, code: int, report: ShownWindow | NothingShown) -> None:
        from desktop.gui.qt import QApplication

        self.timer.stop()
        _ARMED.remove(self)
        write_report(report)
        QApplication.exit(code)


_ARMED: list[_FirstWindowWatcher] = []
