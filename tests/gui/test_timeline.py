"""The time-travel timeline and "Bandingkan dua saat" on a hand-made history: a worker
registered on 5 January 2026, an agreement registered on 10 February (a key moment), a
second worker on 15 March; each at 10.00 WITA."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui import inbox
from desktop.gui.compare import CompareDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.pages import audit as audit_module
from desktop.gui.pages import kotak as kotak_module
from desktop.gui.pages.audit import AuditPage
from desktop.gui.pages.peserta import PesertaPage
from desktop.gui.shell import Shell
from desktop.gui.timeline import parse_moment
from domain.errors import ValidationError
from domain.services.app import Berjasa
from domain.values import WITA
from projections.asof_session import AsOfSession
from tests.conftest import PASSWORD
from tests.event_clock import EventClock
from tests.factories import worker_fields
from tests.gui.helpers import inbox_settled, sign_in

AGREEMENT = datetime(2026, 2, 10, 2, tzinfo=UTC)  # 10.00 WITA
SECOND_WORKER = datetime(2026, 3, 15, 2, tzinfo=UTC)


@pytest.fixture
def history(event_clock: EventClock, store: Berjasa) -> Berjasa:
    """`event_clock` first: the store's set-up is recorded before the history."""
    event_clock.follow(store)
    operator = store.users.sign_in("ani", PASSWORD, "uji-02")
    supervisor = store.users.sign_in("budi", PASSWORD, "uji-03")
    event_clock.set("2026-01-05")
    store.workers.register_worker(operator, **worker_fields(1, name="Sebelum"))
    event_clock.set("2026-02-10")
    store.agreements.register_agreement(supervisor, "PKS/01/2026", "PKS", "Iuran pekerja rentan",
                                        ["Pemkot Makassar", "BPJS Ketenagakerjaan"], "2026-02-10",
                                        "2026-01-01", "2026-12-31")
    event_clock.set("2026-03-15")
    store.workers.register_worker(operator, **worker_fields(2, name="Sesudah"))
    return store


def audit_page(qtbot: QtBot, shell: Shell) -> tuple[MainWindow, AuditPage]:
    window = sign_in(qtbot, shell, "dewi")
    page = window.show_section("audit")
    assert isinstance(page, AuditPage)
    return window, page


def names_on_peserta(window: MainWindow) -> list[str]:
    page = window.show_section("peserta")
    assert isinstance(page, PesertaPage)
    return [str(r["name"]) for r in page.model.rows]


def test_typed_moments_are_makassar_time() -> None:
    assert parse_moment("15-01-2025 10.30") == datetime(2025, 1, 15, 2, 30, tzinfo=UTC)
    assert parse_moment("15-01-2025 10:30:05 WITA") == datetime(2025, 1, 15, 2, 30, 5,
                                                                tzinfo=UTC)
    assert parse_moment("15-01-2025") == datetime(2025, 1, 15, tzinfo=WITA)
    assert parse_moment("2025-01-15T10:30") == datetime(2025, 1, 15, 10, 30, tzinfo=WITA)
    for wrong in ("31-02-2025", "kemarin", "15/01"):
        with pytest.raises(ValidationError) as refused:
            parse_moment(wrong)
        assert refused.value.code == "timestamp.invalid"


def test_the_timeline_is_marked_at_the_key_moments(qtbot: QtBot, history: Berjasa,
                                                   shell: Shell) -> None:
    _window, audit = audit_page(qtbot, shell)
    timeline = audit.timeline
    assert [m.moment for m in timeline.marks] == [AGREEMENT]
    assert "PKS/01/2026" in timeline.marks[0].label
    assert timeline.slider.marks == [(timeline.value_of(AGREEMENT), timeline.marks[0].label)]
    assert timeline.slider.value() == timeline.slider.maximum()  # the present
    assert timeline.keys.count() == 2  # the prompt, then the agreement
    with qtbot.waitSignal(shell.source.travelled, timeout=30_000) as travelled:  # type: ignore[union-attr]
        timeline.keys.activated.emit(1)  # picked from the list of key moments
    assert travelled.args == [AGREEMENT]
    assert timeline.slider.value() == timeline.value_of(AGREEMENT)


def test_moving_the_slider_to_a_key_moment_shows_every_page_then(
        qtbot: QtBot, history: Berjasa, shell: Shell) -> None:
    window, audit = audit_page(qtbot, shell)
    assert sorted(names_on_peserta(window)) == ["Sebelum", "Sesudah"]
    window.show_section("audit")
    timeline = audit.timeline
    with qtbot.waitSignal(shell.source.travelled, timeout=30_000) as travelled:  # type: ignore[union-attr]
        timeline.slider.setValue(timeline.value_of(AGREEMENT))
    assert travelled.args == [AGREEMENT]
    assert "10-02-2026 10.00 WITA" in window.banner.text()
    assert audit.moment.text() == "10-02-2026 10.00.00 WITA"
    assert names_on_peserta(window) == ["Sebelum"]
    mou = window.show_section("mou")
    assert "PKS/01/2026" in _texts_of(mou)  # the key event itself is in the past shown
    window.show_section("audit")
    with qtbot.waitSignal(shell.source.travelled, timeout=30_000) as back:  # type: ignore[union-attr]
        timeline.slider.setValue(timeline.slider.maximum())
    assert back.args == [None] and not window.banner.isVisibleTo(window)


def test_a_typed_moment_travels_in_wita(qtbot: QtBot, history: Berjasa,
                                        shell: Shell) -> None:
    window, audit = audit_page(qtbot, shell)
    audit.moment.clear()
    qtbot.keyClicks(audit.moment, "15-03-2026 09.59")  # a minute before the second worker
    with qtbot.waitSignal(shell.source.travelled, timeout=30_000):  # type: ignore[union-attr]
        qtbot.keyClick(audit.moment, "\r")
    assert names_on_peserta(window) == ["Sebelum"]
    window.show_section("audit")
    assert audit.timeline.slider.value() == audit.timeline.value_of(
        datetime(2026, 3, 15, 1, 59, tzinfo=UTC))
    audit.moment.clear()
    qtbot.keyClicks(audit.moment, "15-03-2026 10.00")
    with qtbot.waitSignal(shell.source.travelled, timeout=30_000):  # type: ignore[union-attr]
        audit.travel_button.click()
    assert sorted(names_on_peserta(window)) == ["Sebelum", "Sesudah"]


def test_comparing_two_moments_explains_each_change(qtbot: QtBot, history: Berjasa,
                                                    shell: Shell) -> None:
    _window, audit = audit_page(qtbot, shell)
    audit.compare_button.click()
    dialog = audit.comparison
    assert isinstance(dialog, CompareDialog) and dialog.isVisible()
    dialog.first.setText("01-02-2026 00.00")
    dialog.second.setText("20-03-2026 00.00")
    dialog.compare_button.click()
    qtbot.waitUntil(lambda: dialog.compared is not None, timeout=10_000)
    answer = dialog.compared
    assert answer is not None
    assert answer["figures"]["registered_workers"] == {"from": 1, "to": 2}
    assert answer["events"] == 4  # the agreement and its listing, the worker and its NIK
    explained = answer["explained_by"]
    assert [e["type"] for e in explained] == ["Peserta.Registered"]
    assert explained[0]["figures"] == ["registered_workers"]
    figures = _rows(dialog.figures)
    assert ["Pekerja terdaftar", "", "1", "2", "peristiwa di bawah"] in figures
    events = _rows(dialog.events)
    assert len(events) == 1 and events[0][1] == "15-03-2026 10.00.00 WITA"
    assert events[0][2] == "ani" and events[0][5] == "Pekerja terdaftar"


def test_comparing_backwards_is_refused(qtbot: QtBot, history: Berjasa, shell: Shell,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _window, audit = audit_page(qtbot, shell)
    audit.compare_button.click()
    dialog = audit.comparison
    assert dialog is not None
    shown: list[str] = []
    monkeypatch.setattr("desktop.gui.compare.show_error",
                        lambda _parent, error: shown.append(error.code))
    dialog.first.setText("20-03-2026 00.00")
    dialog.second.setText("01-02-2026 00.00")
    dialog.compare_button.click()
    assert shown == ["changes.order"] and dialog.compared is None


def _rows(table: object) -> list[list[str]]:
    from desktop.gui.qt import QTableWidget

    assert isinstance(table, QTableWidget)
    return [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]


def _texts_of(page: object) -> str:
    from desktop.gui.qt import QAbstractItemView, QWidget

    assert isinstance(page, QWidget)
    texts: list[str] = []
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                texts.append(str(model.index(r, c).data() or ""))
    return " ".join(texts)


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_timeline_and_the_comparison_fit_the_screen(qtbot: QtBot, history: Berjasa,
                                                        language: str) -> None:
    from tests.gui.conftest import WORK_AREA, make_shell

    shell = make_shell(history, language=language)
    window, audit = audit_page(qtbot, shell)
    qtbot.wait_exposed(audit)
    hint = window.minimumSizeHint()
    assert hint.width() <= WORK_AREA[0] and hint.height() <= WORK_AREA[1]
    assert audit.minimumSizeHint().width() <= audit.width()
    if language == "en":
        assert audit.compare_button.text() == "Compare two moments…"
    audit.compare_button.click()
    dialog = audit.comparison
    assert dialog is not None
    qtbot.wait_exposed(dialog)
    assert dialog.width() <= WORK_AREA[0] and dialog.height() <= WORK_AREA[1]
    assert dialog.minimumSizeHint().width() <= dialog.width()


class GatedSession(AsOfSession):
    """The real session, whose moves wait at a gate the test opens (no sleep): a move
    is seen while it loads. Records whether each move was cancelled once let through."""

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.gate = threading.Event()
        self.entered = threading.Semaphore(0)
        self.cancelled_after_gate: list[bool] = []

    def move(self, moment: datetime | str,
             cancelled: Callable[[], bool] | None = None) -> Any:
        self.entered.release()
        assert self.gate.wait(timeout=30), "the test never opened the gate"
        self.cancelled_after_gate.append(bool(cancelled and cancelled()))
        return super().move(moment, cancelled)


@pytest.fixture
def gated(history: Berjasa, qtbot: QtBot) -> tuple[Shell, list[GatedSession]]:
    from desktop.gui.qt import QRect
    from desktop.gui.settings import Preferences
    from desktop.gui.shell import place_at
    from tests.gui.conftest import WORK_AREA, _opened

    sessions: list[GatedSession] = []

    def open_session(app: Berjasa) -> GatedSession:
        sessions.append(GatedSession(app.application))
        return sessions[-1]

    shell = Shell(history, Preferences(language="id"), sessions=open_session,
                  place=place_at(QRect(0, 0, *WORK_AREA)))
    _opened.append(shell)
    return shell, sessions


def test_a_move_shows_that_it_loads_then_every_page_then(
        qtbot: QtBot, gated: tuple[Shell, list[GatedSession]]) -> None:
    shell, sessions = gated
    window, audit = audit_page(qtbot, shell)
    audit.timeline.keys.activated.emit(1)  # the agreement, from the list of key moments
    assert audit.busy.isVisible() and audit.loading_note.isVisible()
    assert audit.loading_note.text() == "Memuat keadaan pada 10-02-2026 10.00.00 WITA…"
    assert not shell.source.travelling  # type: ignore[union-attr]
    with qtbot.waitSignal(shell.source.travelled, timeout=10_000) as travelled:  # type: ignore[union-attr]
        sessions[0].gate.set()
    assert travelled.args == [AGREEMENT]
    assert not audit.busy.isVisible() and not audit.loading_note.isVisible()
    assert names_on_peserta(window) == ["Sebelum"]


def test_a_superseded_move_is_cancelled_and_dropped(
        qtbot: QtBot, gated: tuple[Shell, list[GatedSession]]) -> None:
    shell, sessions = gated
    window, audit = audit_page(qtbot, shell)
    source = shell.source
    assert source is not None
    seen: list[object] = []
    source.travelled.connect(seen.append)
    audit.travel(AGREEMENT)
    assert sessions[0].entered.acquire(timeout=10)  # the first move waits at the gate
    audit.travel(SECOND_WORKER)  # chosen meanwhile: the first is superseded
    assert audit.loading_note.text() == "Memuat keadaan pada 15-03-2026 10.00.00 WITA…"
    with qtbot.waitSignal(source.travelled, timeout=10_000) as travelled:
        sessions[0].gate.set()
    assert travelled.args == [SECOND_WORKER] and seen == [SECOND_WORKER]
    assert sorted(sessions[0].cancelled_after_gate) == [False, True]  # the first, cancelled
    assert sorted(names_on_peserta(window)) == ["Sebelum", "Sesudah"]
    assert len(sessions) == 1  # one session while travelling
    window.show_section("audit")
    with qtbot.waitSignal(source.travelled, timeout=30_000) as back:
        audit.present_button.click()
    assert back.args == [None] and not audit.busy.isVisible()


def test_the_audit_count_is_taken_in_the_moving_thread(
        qtbot: QtBot, history: Berjasa, shell: Shell,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _window, audit = audit_page(qtbot, shell)
    live = shell.source.live  # type: ignore[union-attr]
    gui_thread = threading.current_thread()
    threads: list[bool] = []
    first_page = audit_module.first_audit_page

    def watched(models: Any, *args: Any) -> Any:
        if models is not live:  # the live runner's moves meanwhile are the present's
            threads.append(threading.current_thread() is gui_thread)
        return first_page(models, *args)

    monkeypatch.setattr(audit_module, "first_audit_page", watched)
    with qtbot.waitSignal(shell.source.travelled, timeout=10_000):  # type: ignore[union-attr]
        audit.travel(AGREEMENT)
    assert threads == [False]  # counted once, off the GUI thread; the page used it
    past = shell.source.current()  # type: ignore[union-attr]
    assert audit.model.total == past.audit_trail(limit=0).total > 0
    assert audit.count.text() == f"{audit.model.total} peristiwa"
    assert audit.model.rows[0]["position"] == past.position()
    audit.actor.setText("ani")  # another filter: queried again, as before
    audit.reload()
    assert threads == [False, True] and {r["actor"] for r in audit.model.rows} == {"ani"}


def test_the_inbox_is_not_queried_again_while_travelling(
        qtbot: QtBot, history: Berjasa, shell: Shell,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = sign_in(qtbot, shell, "budi")  # a supervisor: the inbox is his
    audit = window.show_section("audit")
    assert isinstance(audit, AuditPage)
    source = shell.source
    assert source is not None
    queried: list[str] = []
    decisions = inbox.waiting_decisions

    def counted(models: Any, *args: Any) -> Any:
        past = source.travelling and models is source.current()
        queried.append("past" if past else "present")
        return decisions(models, *args)

    monkeypatch.setattr(kotak_module, "waiting_decisions", counted)
    with qtbot.waitSignal(shell.source.travelled, timeout=10_000):  # type: ignore[union-attr]
        audit.travel(AGREEMENT)
    with qtbot.waitSignal(shell.source.travelled, timeout=10_000):  # type: ignore[union-attr]
        audit.travel(SECOND_WORKER)
    assert "past" not in queried  # the inbox is not shown: left until it is
    window.show_section("kotak")
    inbox_settled(qtbot, window)
    assert queried.count("past") == 1  # shown: the past's decisions
    window.show_section("audit")
    queried.clear()
    with qtbot.waitSignal(shell.source.travelled, timeout=30_000):  # type: ignore[union-attr]
        audit.present_button.click()
    # Back: the count in the navigation again (once more if the runner applies the
    # sign-in's events meanwhile), gathered off the GUI thread.
    page = window.pages["kotak"]
    qtbot.waitUntil(lambda: bool(queried) and not getattr(page, "loading", True),
                    timeout=30_000)
    assert set(queried) == {"present"}


def test_a_dashboard_round_on_read_models_closed_meanwhile_is_run_again(
        qtbot: QtBot, history: Berjasa, shell: Shell) -> None:
    """A move closes the read models of the moment before, which the dashboard may be
    reading off the GUI thread: that round fails, the one the move asked for answers."""
    import sqlite3

    from desktop.gui.pages.beranda import BerandaPage

    window = sign_in(qtbot, shell, "dewi")
    dashboard = window.show_section("beranda")
    assert isinstance(dashboard, BerandaPage)
    qtbot.waitUntil(lambda: not dashboard.loading, timeout=10_000)
    dashboard.loading, dashboard.pending = True, True  # a round, and a change meanwhile
    with qtbot.waitSignal(dashboard.updated, timeout=10_000):
        dashboard.round_failed(
            sqlite3.ProgrammingError("Cannot operate on a closed database."))
    assert not dashboard.problem.isVisible() and not dashboard.loading
