"""English for real (issues 14, 20): the English interface shows English.

The audit page, a worker's history and the audit extract word the trail's codes in the
viewer's language; and, by pseudo-localisation, no page of the English window (labels,
buttons, group boxes, tabs, placeholders, choices, table headers and cells, text panes)
shows a common Indonesian word (`tests.indonesian_words`), on the demo's data signed in
as the admin, who sees every page.

Recorded data is not the interface's to translate: names, labels, subjects, reasons and
the documents' own texts stay as the office typed them, so the table columns that show
such data (`DATA_COLUMNS`) are left out of the cell check (their headers are checked), and
so are choice lists of reference data named like them (the official occupation list).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow
from desktop.gui.qt import QDialog, QPushButton, QTableView, QTabWidget, QThreadPool, QWidget
from domain.demo import build_demo
from domain.services.app import Berjasa
from tests.conftest import PASSWORD
from tests.gui.conftest import make_shell
from tests.gui.helpers import sign_in
from tests.gui.pseudoloc import DISPLAY, indonesian_texts
from tests.indonesian_words import indonesian_words_in

# Columns of recorded data (what a user typed or a document says), by their key.
DATA_COLUMNS = frozenset({
    "name", "label", "subject", "description", "reason", "basis", "kelurahan", "kecamatan",
    "occupation", "document", "source", "title", "full_name", "parties", "file_name",
    "reference", "note", "summary_data", "address", "detail",
})


@pytest.fixture
def demo(empty_store: Berjasa) -> Berjasa:
    build_demo(empty_store, 10, admin_password=PASSWORD)
    return empty_store


def settled() -> None:
    QThreadPool.globalInstance().waitForDone()
    from desktop.gui.qt import QApplication

    QApplication.processEvents()


def english_window(qtbot: QtBot, store: Berjasa, language: str = "en") -> MainWindow:
    shell = make_shell(store, language)
    window = sign_in(qtbot, shell, "admin")
    assert shell.source is not None
    shell.source.live.catch_up()
    return window


def pages(window: MainWindow) -> Iterator[tuple[str, object]]:
    for key in list(window.pages):
        page = window.show_section(key)
        page.reload()
        settled()
        yield key, page


def page_states(qtbot: QtBot, page: object) -> Iterator[str]:
    """The page loaded, with its first row selected (the detail pane filled), then each
    of its tabs."""
    if hasattr(page, "loading"):  # the dashboard gathers its figures in the background
        qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    table = getattr(page, "table", None)
    if isinstance(table, QTableView) and table.model() is not None:
        table.selectRow(0)
    settled()
    yield "first row"
    assert isinstance(page, QWidget)
    for tabs in page.findChildren(QTabWidget):
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            settled()
            yield f"tab {index}"
        tabs.setCurrentIndex(0)


def recorded_data(store: Berjasa) -> set[str]:
    """What the office recorded, as text: every text fact and reason of the audit trail
    (names, quota labels, agreement and regulation subjects, sources, document names)."""
    from projections import open_read_models

    models = open_read_models(store.application)
    try:
        models.catch_up()
        rows = models.audit_trail(limit=100_000).rows
    finally:
        models.close()
    data = {str(r["reason"]) for r in rows if r["reason"]}
    for row in rows:
        data |= {v for v in row["params"].values() if isinstance(v, str) and len(v) > 3}
    return data


def test_no_page_of_the_english_window_shows_indonesian(qtbot: QtBot, demo: Berjasa) -> None:
    data = recorded_data(demo)
    window = english_window(qtbot, demo)
    found = []
    for key, page in pages(window):
        for state in page_states(qtbot, page):
            found += [(f"{key} {state}", *f)
                      for f in indonesian_texts(page, DATA_COLUMNS, data)]  # type: ignore[arg-type]
    found += [("window", *f) for f in indonesian_texts(window, DATA_COLUMNS, data)
              if "label" in f[0] or "button" in f[0]]
    assert found == [], "\n".join(repr(item) for item in found)


def test_the_check_finds_indonesian_in_the_indonesian_window(qtbot: QtBot,
                                                              demo: Berjasa) -> None:
    """The same check on the Indonesian window finds the interface's own words (so the
    English window passing it means something)."""
    window = english_window(qtbot, demo, "id")
    page = window.show_section("audit")
    page.reload()
    settled()
    words = {w.lower() for _, _, found in indonesian_texts(page, DATA_COLUMNS,
                                                            recorded_data(demo))
             for w in found}
    assert {"pengguna", "peristiwa", "ringkasan", "alasan"} <= words


def summaries_on_the_audit_page(window: MainWindow) -> list[str]:
    page = window.show_section("audit")
    page.reload()
    settled()
    model = page.model  # type: ignore[attr-defined]
    column = [c.key for c in model.columns].index("summary")
    kinds = [c.key for c in model.columns].index("event_type")
    return [f"{model.data(model.index(row, kinds), DISPLAY)} | "
            f"{model.data(model.index(row, column), DISPLAY)}"
            for row in range(model.rowCount())]


@pytest.mark.parametrize(("language", "registered", "enrolled", "event"), [
    ("en", "Registered worker Hasnah Bakri (NIK ", "Took 1 seat(s) of quota ",
     "Worker: registered"),
    ("id", "Mendaftarkan pekerja Hasnah Bakri (NIK ", "Memakai 1 kursi kuota ",
     "Peserta: didaftarkan"),
])
def test_the_audit_page_and_the_worker_history_speak_the_interface_language(
        qtbot: QtBot, store: Berjasa, language: str, registered: str, enrolled: str,
        event: str) -> None:
    from tests.conftest import enrol_from
    from tests.factories import worker_fields
    from tests.opening import confirmed

    supervisor = store.users.sign_in("budi", PASSWORD, "uji-02")
    operator = store.users.sign_in("ani", PASSWORD, "uji-03")
    quota = confirmed(store, store.quotas.open_quota(supervisor, 2026, "JKK,JKM", 10, basis="DPA"))
    nik = store.workers.register_worker(operator, **worker_fields(1, name="Hasnah Bakri"))["nik"]
    enrol_from(store, operator, nik, quota["quota"], start="2026-02-01")
    window = english_window(qtbot, store, language)
    lines = summaries_on_the_audit_page(window)
    assert any(line.startswith(f"{event} | {registered}") for line in lines), lines
    assert any(enrolled in line for line in lines), lines
    page = window.show_section("peserta")
    page.table.selectRow(0)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Hasnah" in page.detail.toPlainText(),  # type: ignore[attr-defined]
                    timeout=30_000)
    history = page.detail.toPlainText()  # type: ignore[attr-defined]
    assert registered in history and enrolled in history
    assert ("M / " if language == "en" else "L / ") in history  # the sex code, as a letter
    other = "Mendaftarkan" if language == "en" else "Registered worker"
    assert other not in history and all(other not in line for line in lines)


@pytest.mark.parametrize("section", ["peserta", "kuota", "klaim", "mou"])
def test_no_form_of_the_english_window_shows_indonesian(qtbot: QtBot, demo: Berjasa,
                                                        section: str) -> None:
    """Every action form a page's buttons open (on its first row), title included."""
    data = recorded_data(demo)
    window = english_window(qtbot, demo)
    page = window.show_section(section)
    page.reload()
    settled()
    found, opened = [], 0
    for button in page.findChildren(QPushButton):
        page.dialog = None  # type: ignore[attr-defined]
        table = getattr(page, "table", None)
        if isinstance(table, QTableView):
            table.selectRow(0)
        settled()
        if not (button.isVisibleTo(page) and button.isEnabled()):
            continue
        button.click()
        settled()
        dialog = getattr(page, "dialog", None)
        if isinstance(dialog, QDialog) and dialog.isVisible():
            opened += 1
            found += [(button.text(), f"title {dialog.windowTitle()}", words)
                      for words in [indonesian_words_in(dialog.windowTitle())] if words]
            found += [(button.text(), *f) for f in indonesian_texts(dialog, DATA_COLUMNS, data)]
            dialog.reject()
            settled()
    assert opened >= 1  # the check saw forms
    assert found == [], "\n".join(repr(item) for item in found)


def test_the_english_sign_in_dialog_shows_no_indonesian(qtbot: QtBot, demo: Berjasa) -> None:
    shell = make_shell(demo, "en")
    shell.start()
    dialog = shell.dialog
    assert dialog is not None and dialog.isVisible()
    assert indonesian_words_in(dialog.windowTitle()) == []
    texts = indonesian_texts(dialog)
    assert texts == [], texts
