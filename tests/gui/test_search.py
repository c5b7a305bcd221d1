"""Finding people: NIK by any part for those who see NIKs, all 16 digits for auditors."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.gui.pages.peserta import PesertaPage
from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from tests.conftest import PASSWORD
from tests.factories import worker_fields
from tests.gui.helpers import sign_in


def registered(store: Berjasa) -> str:
    operator = store.users.sign_in("ani", PASSWORD, "uji-02")
    fields = worker_fields(3, name="Hasnah Bakri")
    store.workers.register_worker(operator, **fields)
    return str(fields["nik"])


def search(qtbot: QtBot, page: PesertaPage, text: str) -> int:
    page.search.setText(text)
    page.on_search_timer_timeout()
    return page.model.total


def peserta(qtbot: QtBot, shell: Shell, user: str) -> PesertaPage:
    page = sign_in(qtbot, shell, user).show_section("peserta")
    assert isinstance(page, PesertaPage)
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=30_000)
    return page


def test_an_operator_finds_a_nik_by_any_part(qtbot: QtBot, shell: Shell,
                                            store: Berjasa) -> None:
    nik = registered(store)
    page = peserta(qtbot, shell, "ani")
    assert search(qtbot, page, nik[6:12]) == 1
    assert search(qtbot, page, nik[-6:]) == 1
    assert search(qtbot, page, "bakri") == 1


def test_an_auditor_needs_all_sixteen_digits(qtbot: QtBot, shell: Shell,
                                             store: Berjasa) -> None:
    nik = registered(store)
    page = peserta(qtbot, shell, "dewi")
    assert search(qtbot, page, nik[:15]) == 0
    assert search(qtbot, page, nik[-4:]) == 0
    assert search(qtbot, page, nik) == 1
