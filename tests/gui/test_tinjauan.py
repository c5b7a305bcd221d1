"""Tinjauan data: possible duplicates resolved by a supervisor, unknown occupations listed."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.pages.tinjauan import TinjauanPage
from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from projections.queries import SqlReadModels
from tests.conftest import PASSWORD
from tests.factories import make_nik
from tests.gui.helpers import choose, sign_in


def _register(store: Berjasa, serial: int, name: str, occupation: str = "Nelayan") -> str:
    operator = store.users.sign_in("ani", PASSWORD, "uji-02")
    nik = make_nik(date(1980, 3, 4), "L", serial, kecamatan="07")
    store.workers.register_worker(operator, nik=nik, name=name, sex="L", birth_date="1980-03-04",
                          kecamatan="Tallo", kelurahan="Rappokalling", occupation=occupation)
    return nik


def _page(qtbot: QtBot, shell: Shell, user: str) -> TinjauanPage:
    window = sign_in(qtbot, shell, user)
    page = window.show_section("tinjauan")
    assert isinstance(page, TinjauanPage)
    qtbot.waitUntil(lambda: not page.loading, timeout=30_000)  # gathered off the GUI thread
    return page


def test_a_supervisor_records_one_record_as_a_duplicate(qtbot: QtBot, store: Berjasa,
                                                       shell: Shell) -> None:
    kept = _register(store, 1, "Ma'ruf Halim")
    duplicate = _register(store, 2, "MARUF HALIM")
    _register(store, 3, "Orang Lain")
    page = _page(qtbot, shell, "budi")
    qtbot.waitUntil(lambda: len(page.groups.rows) == 1, timeout=30_000)
    assert page.groups.rows[0]["niks"] == sorted([kept, duplicate])
    page.groups_table.selectRow(0)
    assert page.duplicate_button.isVisible() and page.duplicate_button.isEnabled()
    page.duplicate_button.click()
    form = page.dialog
    assert form is not None
    choose(form, "nik", duplicate)
    choose(form, "survivor", kept)
    form.set_value("reason", "NIK dirusak Excel, dicek ke KTP")
    form.save_button.click()
    qtbot.waitUntil(lambda: page.groups.rows == [], timeout=30_000)
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    assert store.workers.get_worker(admin, duplicate)["duplicate_of"] == kept


def test_an_operator_sees_the_groups_but_cannot_resolve_them(qtbot: QtBot, store: Berjasa,
                                                            shell: Shell) -> None:
    _register(store, 1, "Ma'ruf Halim")
    _register(store, 2, "Ma'ruf Halim")
    page = _page(qtbot, shell, "ani")
    qtbot.waitUntil(lambda: len(page.groups.rows) == 1, timeout=30_000)
    page.groups_table.selectRow(0)
    assert not page.duplicate_button.isVisible()
    assert not page.distinct_button.isVisible()


def test_an_auditor_sees_the_niks_masked(qtbot: QtBot, store: Berjasa, shell: Shell) -> None:
    nik = _register(store, 1, "Ma'ruf Halim")
    _register(store, 2, "Ma'ruf Halim")
    page = _page(qtbot, shell, "dewi")
    qtbot.waitUntil(lambda: len(page.groups.rows) == 1, timeout=30_000)
    shown = page.groups.data(page.groups.index(0, 0))
    assert nik not in shown and nik[-4:] in shown


def test_workers_with_an_unknown_occupation_are_listed(qtbot: QtBot, store: Berjasa,
                                                      shell: Shell) -> None:
    unknown = _register(store, 1, "Baso", occupation="Astronot")
    _register(store, 2, "Hasan", occupation="guru ngaji")  # a synonym: known
    page = _page(qtbot, shell, "ani")
    qtbot.waitUntil(lambda: len(page.occupations.rows) == 1, timeout=30_000)
    assert page.occupations.rows[0]["nik"] == unknown
    assert "1 pekerja" in page.occupations_count.text()


def test_the_worker_detail_names_the_record_kept(qtbot: QtBot, store: Berjasa,
                                                 shell: Shell) -> None:
    from desktop.gui.pages.peserta import PesertaPage

    kept = _register(store, 1, "Ma'ruf Halim")
    duplicate = _register(store, 2, "Ma'ruf Halim")
    supervisor = store.users.sign_in("budi", PASSWORD, "uji-02")
    store.lifecycle.resolve_duplicate(supervisor, duplicate, kept, "NIK rusak")
    window = sign_in(qtbot, shell, "ani")
    page = window.show_section("peserta")
    assert isinstance(page, PesertaPage)
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=30_000)
    page.show_detail(duplicate)
    assert "Data ganda dari NIK" in page.detail.toPlainText()
    assert kept in page.detail.toPlainText()


def test_the_lists_are_gathered_off_the_gui_thread(
    qtbot: QtBot, store: Berjasa, shell: Shell, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The possible duplicates compare every member sharing a birth date and kelurahan
    (1.5 s on 112,800 workers), on every change while the page is shown: never in the GUI
    thread."""
    _register(store, 1, "Ma'ruf Halim")
    _register(store, 2, "Ma'ruf Halim")
    in_gui_thread: list[bool] = []
    original = SqlReadModels.possible_duplicates

    def recorded(self: SqlReadModels) -> Any:
        in_gui_thread.append(threading.current_thread() is threading.main_thread())
        return original(self)

    monkeypatch.setattr(SqlReadModels, "possible_duplicates", recorded)
    page = _page(qtbot, shell, "budi")
    qtbot.waitUntil(lambda: len(page.groups.rows) == 1, timeout=30_000)
    assert in_gui_thread and not any(in_gui_thread)
