"""GUI fixtures: an in-memory store, the shell with test read models, isolated settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.gui.qt import QSettings
from desktop.gui.settings import Preferences
from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from domain.store import open_store
from tests.conftest import PASSWORD, fixed_clock
from tests.fakes.readmodels import FakeReadModels, fake_replay


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))


@pytest.fixture
def empty_store() -> Iterator[Berjasa]:
    store = fixed_clock(open_store("memory:"))
    yield store
    store.close()


@pytest.fixture
def store(empty_store: Berjasa) -> Berjasa:
    empty_store.initialise_store("admin", PASSWORD, "uji-01")
    admin = empty_store.sign_in("admin", PASSWORD, "uji-01")
    for name, role in (("ani", "operator"), ("budi", "supervisor"), ("dewi", "auditor")):
        empty_store.add_user(admin, name, role, PASSWORD)
    return empty_store


def make_shell(store: Berjasa, language: str = "id") -> Shell:
    return Shell(store, Preferences(language=language), live=FakeReadModels,
                 replay=fake_replay)


@pytest.fixture
def shell(store: Berjasa, qtbot: object) -> Iterator[Shell]:
    made = make_shell(store)
    yield made
    if made.window is not None:
        made.window.close()
    from desktop.gui.language import apply_language

    apply_language("id")
