"""The GUI's as-of session (`projections.asof_session`): at every position it is moved to,
forward from what it keeps, backward from a checkpoint it keeps loaded, or after a
cancelled move, its read models equal the full replay of the log up to that moment (the
oracle, `replay_as_of(..., checkpoints=False)`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from domain.services.app import Berjasa
from domain.services.session import Session
from projections import checkpoints, open_read_models, replay_as_of
from projections.asof_session import AsOfSession, MoveCancelledError
from projections.replay import make_checkpoints
from projections.schema import clear_rows
from tests.conftest import PASSWORD, enrol_from
from tests.event_clock import EventClock
from tests.factories import worker_fields
from tests.integration.test_asof_checkpoints import caught_up, dump
from tests.opening import confirmed

EVERY = 10
DAYS = [f"2026-01-{day:02d}" for day in range(5, 13)]  # a few workers recorded each day


def at_ten(day: str, seconds: int = 0) -> datetime:
    """10.00 WITA of `day`, as the event clock records (plus `seconds`)."""
    return datetime.fromisoformat(f"{day}T02:00:00+00:00") + timedelta(seconds=seconds)


@pytest.fixture
def history(tmp_path: Path, event_clock: EventClock) -> Iterator[Berjasa]:
    """Workers registered and enrolled day by day, the live read models caught up (they
    lend the audit lines before each checkpoint) and a checkpoint every 10 events."""
    app = open_store(f"sqlite:///{(tmp_path / 'berjasa.db').as_posix()}")
    event_clock.follow(app)
    event_clock.set("2026-01-02")
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = Session("admin", "admin", "uji-01")
    quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 50))["quota"])
    serial = 0
    for day in DAYS:
        event_clock.set(day)
        for _ in range(2):
            serial += 1
            nik = app.workers.register_worker(admin, **worker_fields(serial,
                                                                     name=f"Warga {serial}"))
            enrol_from(app, admin, str(nik["nik"]), quota, start=day)
    caught_up(app)
    assert make_checkpoints(app.application, every=EVERY)
    yield app
    app.close()


def assert_is_the_replay(app: Berjasa, models: Any, moment: datetime) -> None:
    oracle = replay_as_of(app.application, moment, checkpoints=False)
    try:
        assert models.position() == oracle.position()
        assert dump(models) == dump(oracle)
        assert models.stats() == oracle.stats()
    finally:
        oracle.close()


def registered(models: Any) -> int:
    return int(models.stats()["registered_workers"])


def test_forward_moves_apply_only_the_events_between_and_equal_the_replay(
        history: Berjasa) -> None:
    session = AsOfSession(history.application)
    try:
        for count, day in enumerate(DAYS, start=1):
            models = session.move(at_ten(day))
            assert session.last_start == ("checkpoint" if count == 1 else "kept")
            assert registered(models) == 2 * count
            assert_is_the_replay(history, models, at_ten(day))
            session.release(models)
    finally:
        session.close()


def test_moves_that_apply_no_event_answer_as_the_replay(history: Berjasa) -> None:
    """An hour on (the next event a day later: read alone, nothing applied, the same day:
    the kept read models handed out again), then to half a minute before the next day's
    events (within the slack: the log is scanned; another day: a copy)."""
    session = AsOfSession(history.application)
    try:
        first = session.move(at_ten(DAYS[2]))
        later = session.move(at_ten(DAYS[2], seconds=3600))
        assert later is first and session.last_start == "kept"
        assert_is_the_replay(history, later, at_ten(DAYS[2], seconds=3600))
        session.release(first)  # shown no more, yet kept: handed out again below
        again = session.move(at_ten(DAYS[2], seconds=7200))
        assert again is first
        next_day = session.move(at_ten(DAYS[3], seconds=-30))
        assert next_day is not first and session.last_start == "kept"
        assert next_day.position() == first.position()
        assert next_day.today() == date.fromisoformat(DAYS[3])
        assert_is_the_replay(history, next_day, at_ten(DAYS[3], seconds=-30))
        assert registered(first) == 6  # shown until released: still open
    finally:
        session.close()


def test_a_checkpoint_far_ahead_is_loaded_instead_of_the_events_before_it(
        history: Berjasa) -> None:
    session = AsOfSession(history.application, forward_limit=EVERY)
    try:
        session.move(at_ten(DAYS[0]))
        models = session.move(at_ten(DAYS[-1]))
        assert session.last_start == "checkpoint"
        assert_is_the_replay(history, models, at_ten(DAYS[-1]))
    finally:
        session.close()


def test_backward_moves_reuse_the_loaded_checkpoint(history: Berjasa,
                                                    event_clock: EventClock,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Two more days recorded after the newest checkpoint: moving back from the second to
    the first starts from that checkpoint again, its image not read and unpacked again."""
    admin = Session("admin", "admin", "uji-01")
    for serial, day in ((80, "2026-01-20"), (81, "2026-01-21")):
        event_clock.set(day)
        history.workers.register_worker(admin, **worker_fields(serial, name=f"Warga {serial}"))
    caught_up(history)
    unsealed: list[None] = []
    unseal = checkpoints.Sealer.unseal

    def counted(self: checkpoints.Sealer, sealed: bytes) -> bytes:
        unsealed.append(None)
        return unseal(self, sealed)

    monkeypatch.setattr(checkpoints.Sealer, "unseal", counted)
    checkpoints.forget_recent()
    session = AsOfSession(history.application)
    try:
        late = session.move(at_ten("2026-01-21"))
        assert session.last_start == "checkpoint" and len(unsealed) == 1
        assert_is_the_replay(history, late, at_ten("2026-01-21"))
        back = session.move(at_ten("2026-01-20"))
        assert session.last_start == "checkpoint" and len(unsealed) == 1
        assert registered(back) == registered(late) - 1
        assert_is_the_replay(history, back, at_ten("2026-01-20"))
        further = session.move(at_ten(DAYS[-1], seconds=-1))  # an older checkpoint's span
        assert session.last_start == "checkpoint" and len(unsealed) == 2
        assert_is_the_replay(history, further, at_ten(DAYS[-1], seconds=-1))
        # Before the first checkpoint (the store set up): the log from its start.
        first = session.move(at_ten("2026-01-01"))
        assert session.last_start == "log"
        assert_is_the_replay(history, first, at_ten("2026-01-01"))
        assert_is_the_replay(history, late, at_ten("2026-01-21"))  # kept until released
    finally:
        session.close()


def _cancelled_after(calls: int) -> Callable[[], bool]:
    asked: list[None] = []

    def cancelled() -> bool:
        asked.append(None)
        return len(asked) > calls

    return cancelled


def test_a_cancelled_move_stops_early_and_leaves_the_kept_read_models_whole(
        history: Berjasa) -> None:
    session = AsOfSession(history.application)
    try:
        kept = session.move(at_ten(DAYS[2]))
        with pytest.raises(MoveCancelledError) as before:
            session.move(at_ten(DAYS[-1]), cancelled=lambda: True)  # before it started
        assert before.value.moment == at_ten(DAYS[-1])
        # Asked once as the move starts, then between pages of the log: stopped there.
        with pytest.raises(MoveCancelledError) as between:
            session.move(at_ten(DAYS[-1]), cancelled=_cancelled_after(1))
        assert between.value.moment == at_ten(DAYS[-1])
        assert_is_the_replay(history, kept, at_ten(DAYS[2]))
        moved = session.move(at_ten(DAYS[-1]))
        assert session.last_start == "kept"
        assert_is_the_replay(history, moved, at_ten(DAYS[-1]))
    finally:
        session.close()


def test_kept_read_models_that_skipped_an_event_are_not_moved_forward(
        history: Berjasa, event_clock: EventClock) -> None:
    """Events are not always recorded in the log's order (a save stamped a moment before
    it commits): read models as of a moment between two such events hold the later one
    only, so the earlier one could not be applied in its place by a move forward."""
    admin = Session("admin", "admin", "uji-01")
    event_clock.moment = at_ten("2026-01-20", seconds=30)
    history.workers.register_worker(admin, **worker_fields(90, name="Dicatat Belakangan"))
    event_clock.moment = at_ten("2026-01-20")
    history.workers.register_worker(admin, **worker_fields(91, name="Dicatat Duluan"))
    caught_up(history)
    between = at_ten("2026-01-20", seconds=10)
    session = AsOfSession(history.application)
    try:
        models = session.move(between)
        assert_is_the_replay(history, models, between)
        later = session.move(at_ten("2026-01-21"))
        assert session.last_start != "kept"
        assert_is_the_replay(history, later, at_ten("2026-01-21"))
    finally:
        session.close()


def test_a_walk_forward_writes_no_audit_line_the_live_read_models_lend(
        history: Berjasa) -> None:
    session = AsOfSession(history.application, forward_limit=10**6)
    try:
        for moves, day in enumerate(DAYS, start=1):
            models = session.move(at_ten(day))
            own = models.database.scalar("SELECT COUNT(*) FROM rm_audit")
            assert own <= 1 + moves  # the checkpoint's line and each move's last one
            assert_is_the_replay(history, models, at_ten(day))
    finally:
        session.close()


def test_released_answers_are_closed_and_a_closed_session_moves_no_more(
        history: Berjasa) -> None:
    session = AsOfSession(history.application)
    first = session.move(at_ten(DAYS[0]))
    second = session.move(at_ten(DAYS[1]))
    session.release(first)  # not kept: closed now
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        first.position()
    session.release(second)  # kept for the next move: still open
    assert registered(second) == 4
    third = session.move(at_ten(DAYS[2]))
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        second.position()
    session.close()
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        third.position()
    with pytest.raises(MoveCancelledError) as closed:
        session.move(at_ten(DAYS[3]))
    assert closed.value.moment == at_ten(DAYS[3])


def test_without_checkpoints_the_session_applies_the_log(tmp_path: Path,
                                                         event_clock: EventClock) -> None:
    app = open_store("memory:")
    try:
        event_clock.follow(app)
        event_clock.set("2026-01-02")
        app.users.initialise_store("admin", PASSWORD, "uji-01")
        event_clock.set("2026-01-05")
        app.workers.register_worker(Session("admin", "admin", "uji-01"), **worker_fields(1))
        session = AsOfSession(app.application)
        try:
            for moment in (at_ten("2026-01-02"), at_ten("2026-01-05"),
                           datetime(2026, 1, 1, tzinfo=UTC)):
                models = session.move(moment)
                assert_is_the_replay(app, models, moment)
        finally:
            session.close()
    finally:
        app.close()


def test_kept_read_models_that_replayed_themselves_whole_are_not_moved_forward(
        history: Berjasa) -> None:
    """The live read models emptied (as a rebuild does first) no longer lend the audit
    lines before the checkpoint: the shown read models replay the log whole at their next
    audit query, and the session starts the next move afresh instead of copying the
    database they left."""
    session = AsOfSession(history.application)
    try:
        shown = session.move(at_ten(DAYS[-2]))
        assert session.last_start == "checkpoint"
        live = open_read_models(history.application)
        try:
            with live.database.batch() as writer:
                clear_rows(writer)
        finally:
            live.close()
        assert_is_the_replay(history, shown, at_ten(DAYS[-2]))  # replayed whole
        moved = session.move(at_ten(DAYS[-1]))
        assert session.last_start == "log"  # no checkpoint the emptied ones reach
        assert_is_the_replay(history, moved, at_ten(DAYS[-1]))
    finally:
        session.close()
