"""A hook for the frozen bundle's smoke test: quit once the first window is on screen.

With `BERJASA_SMOKE_EXIT_AFTER_SHOWN=1` in the environment, `exit_after_shown(widget)`
prints `berjasa: shown <window title>` and asks the event loop to quit, so a build script
can start the packaged program and check that it got as far as its first window.
"""

from __future__ import annotations

import os
import sys

from desktop.gui.qt import QApplication, QTimer, QWidget

SMOKE_ENV = "BERJASA_SMOKE_EXIT_AFTER_SHOWN"


def exit_after_shown(widget: QWidget) -> None:
    """If the smoke-test variable is set, quit the application once `widget` is shown."""
    if os.environ.get(SMOKE_ENV, "") != "1":
        return

    def report_and_quit() -> None:
        print(f"berjasa: shown {widget.windowTitle()}", file=sys.stdout, flush=True)
        QApplication.quit()

    # Queued after the show so the window really went through its first paint cycle.
    QTimer.singleShot(0, report_and_quit)
