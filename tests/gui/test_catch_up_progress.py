"""While the read models catch up far behind the log, the status bar shows how far."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.gui.pages.peserta import PesertaPage
from domain.services.app import Berjasa
from tests.gui.conftest import make_shell
from tests.gui.helpers import sign_in


def test_the_status_bar_shows_a_catch_ups_progress(qtbot: QtBot, store: Berjasa) -> None:
    shell = make_shell(store)
    window = sign_in(qtbot, shell, "budi")
    assert isinstance(window.show_section("peserta"), PesertaPage)
    assert shell.source is not None
    live = shell.source.live
    assert window.sync_progress.isHidden()
    # What the runner's thread reports after each bulk batch (LiveReadModels' listeners).
    live._report_progress((12_500, 50_000))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.sync_progress.isHidden(), timeout=30_000)
    assert window.sync_progress.value() == 25
    assert window.sync_label.text() == (
        "Menyiapkan data tampilan… 25% (12.500 dari 50.000 perubahan)"
    )
    live._report_progress(None)  # type: ignore[attr-defined]
    qtbot.waitUntil(window.sync_progress.isHidden, timeout=30_000)
    assert window.sync_label.text() == "Data terkini"


def test_news_queued_before_the_source_stopped_reaches_no_window(
    qtbot: QtBot, store: Berjasa,
) -> None:
    """The runner's thread may have queued news (a position, a catch-up's progress) for the
    GUI thread just before the shell stopped its read models; delivered after, it would
    make the windows query a store being closed. Once stopped, the source drops it."""
    shell = make_shell(store)
    sign_in(qtbot, shell, "budi")
    source = shell.source
    assert source is not None
    with qtbot.waitSignal(source.changed, timeout=30_000):
        source._advanced.emit(1)  # the runner's own signal, as its thread emits it
    source.stop()
    with qtbot.assertNotEmitted(source.changed), qtbot.assertNotEmitted(source.progressed):
        source._advanced.emit(2)
        source._progress.emit(5, 10)
