"""Python's cycle collector, run only in the GUI thread.

CPython collects cycles in whichever thread happens to allocate when a threshold is
crossed. In a worker thread (a report, a query, an import) that collection walks Qt
wrappers while the GUI thread may be deleting their C++ objects, and can crash the
program: seen here after the window was rebuilt in another language, when the next
report, generated on the thread pool, collected and met a freed object in shiboken's
traverse. So automatic collection is switched off and a timer in the GUI thread collects
instead, by generation, when the automatic collector would have.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.gui.qt import QCoreApplication, QObject, QTimer

CHECK_MS = 250
_pauses = 0  # works under way that asked for no collection meanwhile
_pauses_lock = threading.Lock()


@contextmanager
def collection_paused() -> Iterator[None]:
    """No collection in the GUI thread while the block runs (in a worker thread). A
    time-travel move decodes and applies thousands of events: the objects it makes are
    acyclic (reference counting frees them) yet count towards the thresholds, and each
    collection meanwhile walks them holding the interpreter lock the move needs (at 1M
    events a move an hour on took 1.4 s in the GUI against 0.3 s alone)."""
    global _pauses
    with _pauses_lock:
        _pauses += 1
    try:
        yield
    finally:
        with _pauses_lock:
            _pauses -= 1


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_if_due)
        gc.disable()
        self.timer.start(CHECK_MS)

    def collect_if_due(self) -> int:
        """The generation collected (as the automatic collector would choose it), or -1."""
        if _pauses:
            return -1
        young, middle, old = gc.get_count()
        young_limit, middle_limit, old_limit = self.thresholds
        if young <= young_limit:
            return -1
        generation = 2 if old > old_limit else 1 if middle > middle_limit else 0
        gc.collect(generation)
        return generation


_collector: GuiThreadCollector | None = None


def collect_in_gui_thread() -> GuiThreadCollector | None:
    """Install the collector once, owned by the application object (None without one),
    and keep automatic collection off."""
    global _collector
    application = QCoreApplication.instance()
    if _collector is None and application is not None:
        _collector = GuiThreadCollector(application)
    if _collector is not None:
        gc.disable()
    return _collector
