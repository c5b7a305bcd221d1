"""At 1366x728 (a 1366x768 screen less a Windows taskbar) every page's tables show their
first five columns without a horizontal scroll bar, and a cell's whole value is in its
tooltip when it is elided."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.models import RowsModel
from desktop.gui.qt import Qt, QTableView
from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from tests.conftest import PASSWORD
from tests.factories import worker_fields
from tests.gui.helpers import sign_in

FIRST_COLUMNS = 5


def populated(store: Berjasa) -> None:
    supervisor = store.users.sign_in("budi", PASSWORD, "uji-02")
    operator = store.users.sign_in("ani", PASSWORD, "uji-03")
    quota = store.quotas.open_quota(supervisor, 2026, ["JKK", "JKM"], 10,
                                    "DPA Dinas Ketenagakerjaan Kota Makassar Tahun Anggaran 2026")
    for serial in range(1, 4):
        store.workers.register_worker(operator, **worker_fields(
            serial, name=f"Andi Muhammad Syahrul Ramadhan Daeng Mangngassa {serial}"))
    del quota


def first_columns_width(view: QTableView) -> int:
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    return sum(header.sectionSize(c) for c in shown[:FIRST_COLUMNS])


@pytest.mark.parametrize("section", ["peserta", "kuota", "klaim", "mou", "audit", "kotak",
                                     "tagihan", "tinjauan"])
def test_the_first_five_columns_fit(qtbot: QtBot, shell: Shell, store: Berjasa,
                                    section: str) -> None:
    populated(store)
    window = sign_in(qtbot, shell, "admin")
    if section not in window.pages:
        pytest.skip(f"{section} is not shown to admins")
    page = window.show_section(section)
    page.reload()
    qtbot.wait_exposed(page)
    views = [v for v in page.findChildren(QTableView) if v.isVisible()]
    assert views, section
    for view in views:
        assert first_columns_width(view) <= view.viewport().width(), (
            section, view.objectName(), first_columns_width(view), view.viewport().width())


def test_a_cell_tooltip_holds_its_whole_value(qtbot: QtBot, shell: Shell,
                                              store: Berjasa) -> None:
    populated(store)
    page = sign_in(qtbot, shell, "ani").show_section("peserta")
    model = page.model  # type: ignore[attr-defined]
    assert isinstance(model, RowsModel)
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=30_000)
    index = model.index(0, 1)
    display = model.data(index, Qt.ItemDataRole.DisplayRole)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == display and display


def test_every_section_title_fits_the_navigation_with_a_big_inbox_count(
        qtbot: QtBot, shell: Shell, store: Berjasa) -> None:
    """"Kotak masuk (11)" once overflowed the 150 px navigation into a scroll bar."""
    window = sign_in(qtbot, shell, "admin")
    window.on_inbox_counted(999)
    nav = window.nav
    qtbot.wait_exposed(nav)
    for row in range(nav.count()):
        item = nav.item(row)
        needed = nav.fontMetrics().horizontalAdvance(item.text())
        assert needed <= nav.visualItemRect(item).width(), (item.text(), needed)
    assert nav.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
