"""A write from another workstation on the same store shows without restarting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from berjasa.bootstrap import open_store
from desktop.gui.pages.peserta import PesertaPage
from domain.services.app import Berjasa
from tests.conftest import PASSWORD, fixed_clock
from tests.factories import worker_fields
from tests.gui.conftest import make_shell, stop_shells
from tests.gui.helpers import sign_in


@pytest.fixture
def two_workstations(tmp_path: Path) -> Iterator[tuple[Berjasa, Berjasa]]:
    url = f"sqlite:///{(tmp_path / 'kantor.sqlite3').as_posix()}"
    here = fixed_clock(open_store(url))
    here.users.initialise_store("admin", PASSWORD, "meja-1")
    admin = here.users.sign_in("admin", PASSWORD, "meja-1")
    here.users.add_user(admin, "ani", "operator", PASSWORD)
    here.users.add_user(admin, "budi", "supervisor", PASSWORD)
    there = fixed_clock(open_store(url))
    yield here, there
    stop_shells()
    there.close()
    here.close()


def test_a_worker_registered_elsewhere_appears(qtbot: QtBot,
                                              two_workstations: tuple[Berjasa, Berjasa]) -> None:
    here, there = two_workstations
    shell = make_shell(here)
    page = sign_in(qtbot, shell, "budi").show_section("peserta")
    assert isinstance(page, PesertaPage) and page.model.total == 0
    clerk = there.users.sign_in("ani", PASSWORD, "meja-2")
    there.workers.register_worker(clerk, **worker_fields(1, name="Dari Meja Dua"))
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=10_000)
    assert page.model.rows[0]["name"] == "Dari Meja Dua"
    window = shell.window
    assert window is not None
    qtbot.waitUntil(lambda: window.sync_label.text() == "Data terkini", timeout=10_000)
