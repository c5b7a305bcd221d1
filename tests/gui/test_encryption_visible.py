"""The unencrypted store is never silent: the first run asks for a confirmation that says
how to make a key, and Pengaturan says whether the store is encrypted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from berjasa.bootstrap import open_store
from desktop.gui.pages.pengaturan import PengaturanPage
from domain.services.app import Berjasa
from tests.conftest import fixed_clock
from tests.gui.conftest import make_shell, stop_shells
from tests.gui.helpers import press_enter, sign_in, type_into


@pytest.fixture
def keyless_file_store(tmp_path: Path) -> Iterator[Berjasa]:
    # The suite's keyring is the null backend and BERJASA_KEY is unset: no key can be kept.
    store = fixed_clock(open_store(f"sqlite:///{(tmp_path / 'kantor.db').as_posix()}"))
    yield store
    stop_shells()
    store.close()


def test_first_run_on_a_keyless_store_needs_a_confirmation(
    qtbot: QtBot, keyless_file_store: Berjasa
) -> None:
    shell = make_shell(keyless_file_store)
    shell.start()
    setup = shell.dialog
    assert setup is not None and "confirm_unencrypted" in setup.inputs
    type_into(qtbot, setup, "admin", "kepala")
    type_into(qtbot, setup, "password", "kata-sandi-kuat-1")
    type_into(qtbot, setup, "repeat", "kata-sandi-kuat-1")
    assert not setup.save_button.isEnabled()
    assert "TANPA enkripsi" in setup.message.text()
    setup.set_value("confirm_unencrypted", True)
    assert setup.save_button.isEnabled()
    press_enter(qtbot, setup)
    assert keyless_file_store.application.is_initialised()


def test_pengaturan_says_the_store_is_not_encrypted(
    qtbot: QtBot, keyless_file_store: Berjasa
) -> None:
    keyless_file_store.users.initialise_store("admin", "kata-sandi-kuat-1", "uji")
    shell = make_shell(keyless_file_store)
    shell.start()
    dialog = shell.dialog
    assert dialog is not None
    type_into(qtbot, dialog, "username", "admin")
    type_into(qtbot, dialog, "password", "kata-sandi-kuat-1")
    with qtbot.waitSignal(shell.window_opened, timeout=30_000):
        press_enter(qtbot, dialog)
    assert shell.window is not None
    page = shell.window.show_section("pengaturan")
    assert isinstance(page, PengaturanPage)
    label = page.findChild(type(page.message), "encryption")
    assert label is not None and "TIDAK terenkripsi" in label.text()
    assert "key import" in label.text()


def test_a_memory_store_asks_no_confirmation(qtbot: QtBot, empty_store: Berjasa) -> None:
    shell = make_shell(empty_store)
    shell.start()
    assert shell.dialog is not None and "confirm_unencrypted" not in shell.dialog.inputs


def test_signing_in_to_an_encrypted_store_says_so(qtbot: QtBot, store: Berjasa) -> None:
    store.application.store_info = {**(store.application.store_info or {}), "encrypted": True,
                                    "warning": None}
    window = sign_in(qtbot, make_shell(store), "admin")
    page = window.show_section("pengaturan")
    assert isinstance(page, PengaturanPage)
    label = page.findChild(type(page.message), "encryption")
    assert label is not None and label.text().startswith("Terenkripsi")
