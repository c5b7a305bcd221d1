"""GUI fixtures: an in-memory store, the shell with test read models, isolated settings."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from desktop.gui.qt import QRect, QSettings, QThreadPool
from desktop.gui.settings import Preferences
from desktop.gui.shell import Shell, place_at
from domain.services.app import Berjasa
from tests.conftest import PASSWORD, fixed_clock


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))


@pytest.fixture
def empty_store() -> Iterator[Berjasa]:
    store = fixed_clock(open_store("memory:"))
    yield store
    stop_shells()
    store.close()


@pytest.fixture
def store(empty_store: Berjasa) -> Berjasa:
    empty_store.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = empty_store.users.sign_in("admin", PASSWORD, "uji-01")
    for name, role in (("ani", "operator"), ("budi", "supervisor"), ("dewi", "auditor")):
        empty_store.users.add_user(admin, name, role, PASSWORD)
    return empty_store


_opened: list[Shell] = []
# A 1366x768 screen less a Windows taskbar: every page must work at this size.
WORK_AREA = (1366, 728)


def make_shell(store: Berjasa, language: str = "id", idle_minutes: int = 15,
               idle_unit_ms: int = 60_000) -> Shell:
    """A shell on `store` with the real live read models and as-of replay."""
    shell = Shell(store, Preferences(language=language, idle_minutes=idle_minutes),
                  idle_unit_ms=idle_unit_ms, place=place_at(QRect(0, 0, *WORK_AREA)))
    _opened.append(shell)
    return shell


def stop_shells() -> None:
    """Stop every shell's background queries, window and read-model runner, as
    `Shell.shutdown` does before its store closes. A fixture that closes a store calls
    this first: its teardown runs before `_close_shells` (autouse fixtures are set up
    first, so torn down last), and closing a SQLite store closes even the connections in
    use, under a runner's catch-up or a dashboard round still running on a loaded machine."""
    QThreadPool.globalInstance().waitForDone()   # background queries end before closing
    while _opened:
        shell = _opened.pop()
        if shell.window is not None:
            shell.window.close()
        if shell.source is not None:
            shell.source.stop()
            shell.source.live.close()  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _close_shells() -> Iterator[None]:
    """Stop every shell's read-model runner and window after each test."""
    yield
    stop_shells()
    from desktop.gui.language import apply_language

    apply_language("id")
    # The shell collects cycles in the GUI thread only (desktop.gui.collector); tests
    # after this one may not run an event loop, so collect now and switch it back on.
    gc.collect()
    gc.enable()


@pytest.fixture
def shell(store: Berjasa, qtbot: object) -> Shell:
    return make_shell(store)
