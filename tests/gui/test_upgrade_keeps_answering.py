"""The desktop through an upgrade of the read models (issue 14): the Peserta page answers
from the old read models while the new ones are built, the status bar shows the build's
progress, then the new ones switch in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from berjasa.bootstrap import open_store
from desktop.gui.pages.peserta import PesertaPage
from desktop.gui.qt import QRect
from desktop.gui.settings import Preferences
from desktop.gui.shell import Shell, place_at
from domain.services.app import Berjasa
from projections import schema
from projections.live import LiveReadModels, open_database_for
from tests.conftest import PASSWORD, fixed_clock
from tests.gui.conftest import WORK_AREA, _opened, stop_shells
from tests.gui.helpers import sign_in
from tests.integration.test_projections_upgrade import WORKERS, Gate, _history, _open


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Berjasa]:
    """A SQLite store with a history and read models of this version, caught up."""
    app = fixed_clock(open_store(f"sqlite:///{(tmp_path / 'kantor.db').as_posix()}"))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    _history(app)
    old = LiveReadModels(app.application, open_database_for(app.application))
    old.catch_up()
    old.close()
    yield app
    stop_shells()
    app.close()


def test_the_old_read_models_answer_while_the_new_ones_are_built(
        qtbot: QtBot, office: Berjasa, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "SCHEMA_VERSION", f"{schema.SCHEMA_VERSION}-uji")
    monkeypatch.setitem(schema.TABLES, "rm_member",
                        schema.TABLES["rm_member"] + ", note TEXT NOT NULL DEFAULT ''")
    gate = Gate(after=2)
    shell = Shell(office, Preferences(language="id"),
                  live=lambda app: _open(app, gate.runner_class()),
                  place=place_at(QRect(0, 0, *WORK_AREA)))
    _opened.append(shell)
    try:
        window = sign_in(qtbot, shell, "admin")
        page = window.show_section("peserta")
        assert isinstance(page, PesertaPage)
        assert gate.reached.wait(30)
        qtbot.waitUntil(lambda: not window.sync_progress.isHidden(), timeout=10_000)
        assert window.sync_label.text().startswith("Menyiapkan data tampilan… ")
        assert page.model.total == WORKERS  # the old read models answer, in full
        assert shell.source is not None and shell.source.live.upgrading  # type: ignore[attr-defined]
    finally:
        gate.released.set()
    qtbot.waitUntil(window.sync_progress.isHidden, timeout=30_000)
    assert not shell.source.live.upgrading  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.sync_label.text() == "Data terkini", timeout=10_000)
    assert page.model.total == WORKERS
    shell.source.stop()
