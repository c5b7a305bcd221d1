"""Long work off the GUI thread: a QRunnable on the global pool reporting through signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.gui.qt import QObject, QRunnable, QThreadPool, QWidget, Signal


class TaskSignals(QObject):
    """Emits `progress(done, total)` (total None when unknown), then `finished(result)` or
    `failed(error)`."""

    progress = Signal(int, object)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Runs `work(report_progress)` on the pool; results come back as queued signals."""

    def __init__(self, work: Callable[[Callable[[int, int | None], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except BaseException as error:
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


_running: set[Task] = set()


def start_task(
    work: Callable[[Callable[[int, int | None], None]], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[Any], None],
    on_progress: Callable[[int, int | None], None] | None = None,
) -> Task:
    """Start `work` on the pool; the callbacks run in the GUI thread."""
    task = Task(work)
    task.signals.finished.connect(on_finished)
    task.signals.failed.connect(on_failed)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    # Keep the Python object alive until it reported (the pool does not own it).
    _running.add(task)
    task.signals.finished.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _e: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task


def alive(widget: QWidget) -> bool:
    """Whether `widget` still exists: a task's result may arrive after its page was
    deleted (the window rebuilt for another language, a sign-out)."""
    try:
        widget.objectName()
    except RuntimeError:      # its C++ side was deleted
        return False
    return True
