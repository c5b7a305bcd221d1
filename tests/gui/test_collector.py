"""Cycles are collected in the GUI thread only: a collection in a worker thread crashed
the program after the window had been rebuilt (a report generated after switching
language)."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from desktop.gui.collector import GuiThreadCollector, collect_in_gui_thread
from desktop.gui.shell import Shell


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_shell_turns_automatic_collection_off_and_collects_on_its_timer(
    qtbot: QtBot, shell: Shell
) -> None:
    collector = collect_in_gui_thread()
    assert isinstance(collector, GuiThreadCollector) and not gc.isenabled()
    assert collect_in_gui_thread() is collector  # one per application
    gc.collect()
    assert collector.collect_if_due() == -1  # nothing due yet
    cycles = [_Cycle() for _ in range(collector.thresholds[0] + 10)]
    del cycles
    assert gc.get_count()[0] > collector.thresholds[0]
    qtbot.waitUntil(lambda: gc.get_count()[0] < collector.thresholds[0], timeout=30_000)


def test_no_collection_runs_in_a_worker_thread(qtbot: QtBot, shell: Shell) -> None:
    """Work on the thread pool that makes plenty of garbage cycles (as a report does)
    leaves their collection to the GUI thread."""
    import threading

    from desktop.gui.tasks import start_task

    threads: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    def make_garbage(_report: object) -> int:
        for _ in range(20):
            cycles = [_Cycle() for _ in range(1000)]
            del cycles
        return 1

    finished: list[object] = []
    gc.callbacks.append(note)
    try:
        start_task(make_garbage, finished.append, finished.append)
        qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
        qtbot.waitUntil(lambda: bool(threads), timeout=30_000)  # collected after all
    finally:
        gc.callbacks.remove(note)
    assert finished == [1]
    assert set(threads) == {threading.main_thread().name}


def test_no_collection_while_a_move_asks_for_none(qtbot: QtBot, shell: Shell) -> None:
    """A time-travel move makes thousands of acyclic objects: collections meanwhile would
    walk them holding the interpreter lock the move needs; they wait until it ends."""
    from desktop.gui.collector import collection_paused

    collector = collect_in_gui_thread()
    assert isinstance(collector, GuiThreadCollector)
    gc.collect()
    with collection_paused():
        cycles = [_Cycle() for _ in range(collector.thresholds[0] + 10)]
        del cycles
        assert collector.collect_if_due() == -1  # due, yet not while paused
    assert collector.collect_if_due() >= 0
