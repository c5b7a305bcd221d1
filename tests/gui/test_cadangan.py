"""Pengaturan → Cadangan data: an admin backs the store up into a verified file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from berjasa.bootstrap import open_store
from desktop.backup import verified_backup
from desktop.gui.pages.cadangan import CadanganPanel
from desktop.gui.pages.pengaturan import PengaturanPage
from desktop.gui.qt import QFileDialog
from domain.services.app import Berjasa
from tests.conftest import PASSWORD, fixed_clock
from tests.factories import worker_fields
from tests.gui.conftest import make_shell, stop_shells
from tests.gui.helpers import sign_in


@pytest.fixture
def file_store(tmp_path: Path) -> Iterator[Berjasa]:
    store = fixed_clock(open_store(f"sqlite:///{(tmp_path / 'kantor.db').as_posix()}"))
    store.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    store.users.add_user(admin, "ani", "operator", PASSWORD)
    for serial in range(1, 4):
        store.workers.register_worker(admin, **worker_fields(serial))
    yield store
    stop_shells()
    store.close()


def backup_panel(qtbot: QtBot, store: Berjasa, username: str) -> CadanganPanel | None:
    window = sign_in(qtbot, make_shell(store), username)
    page = window.show_section("pengaturan")
    assert isinstance(page, PengaturanPage)
    return page.backup


def test_an_admin_backs_up_the_store_into_a_verified_file(
    qtbot: QtBot, file_store: Berjasa, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = backup_panel(qtbot, file_store, "admin")
    assert panel is not None and panel.isVisible()
    target = tmp_path / "flashdisk" / "cadangan.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(target), "Penyimpanan Berjasa (*.db)"))
    panel.button.click()
    assert not panel.button.isEnabled()  # one copy at a time
    qtbot.waitUntil(lambda: not panel.running, timeout=30_000)
    # The store then records the backup (issue 23).
    head = file_store.application.head_position() - 1
    assert panel.message.text() == (
        f"Cadangan tersimpan di {target}: {head} peristiwa, rantai integritas utuh.")
    assert panel.button.isEnabled() and not panel.progress.isVisible()
    checked = verified_backup(target)
    assert checked.intact and checked.head_position == head
    copy = open_store(f"sqlite:///{target.as_posix()}")
    admin = copy.users.sign_in("admin", PASSWORD, "x")
    assert copy.workers.get_worker(admin,
                                   worker_fields(2)["nik"])["name"] == worker_fields(2)["name"]
    copy.close()

    panel.back_up_to(target)  # the same file again: refused, the copy kept as it was
    qtbot.waitUntil(lambda: not panel.running, timeout=30_000)
    assert "sudah ada" in panel.message.text()
    assert verified_backup(target).head_position == head


def test_only_an_admin_of_a_file_or_server_store_is_offered_a_backup(
    qtbot: QtBot, file_store: Berjasa, store: Berjasa
) -> None:
    assert backup_panel(qtbot, file_store, "ani") is None
    assert backup_panel(qtbot, store, "admin") is None  # an in-memory store has no file
