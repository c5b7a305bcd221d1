"""Where the GUI gets its read models: live ones, or a replay as of a past moment.

`open_live_read_models` is the one place that opens them. `ReadModelSource` is what every
page reads from: `current()` is the live read models, or the time-travel replay while one
is active, so each read-only view shows the state of the moment the auditor picked. While
travelling it keeps an as-of session (`projections.asof_session`): each move of the
timeline starts from what the last one made.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from desktop.gui.qt import QObject, Signal
from domain.services.app import Berjasa
from projections.api import ReadModels
from projections.heap import keep_freed_blocks, release_freed_blocks

POLL_SECONDS = 1.0


@runtime_checkable
class LiveReadModels(ReadModels, Protocol):
    """Read models kept current by a runner, as `projections.open_read_models` returns."""

    def catch_up(self) -> Any: ...

    def start(self, poll_interval: float = ...) -> Any: ...

    def stop(self) -> Any: ...

    def add_listener(self, callback: Callable[[int], None]) -> Any: ...


LiveFactory = Callable[[Berjasa], LiveReadModels]


class AsOfMoves(Protocol):
    """Time travel's moves (`projections.asof_session.AsOfSession`): `move` runs off the
    GUI thread and raises `MoveCancelledError` once `cancelled()` says so."""

    def move(self, moment: datetime, cancelled: Callable[[], bool] | None = ...
             ) -> ReadModels: ...

    def release(self, models: object) -> None: ...

    def close(self) -> None: ...


SessionFactory = Callable[[Berjasa], AsOfMoves]


def open_live_read_models(app: Berjasa) -> LiveReadModels:
    """The projections' live read models for `app` (merged from the projections branch)."""
    from projections import open_read_models

    opened: LiveReadModels = open_read_models(app.application)
    return opened


def open_background_read_models(app: Berjasa) -> ReadModels:
    """Connections of their own to the live read models, without a runner: opening them
    never waits for the runner's batch (seconds each while it catches up far behind)."""
    from projections.live import open_query_read_models

    opened: ReadModels = open_query_read_models(app.application)
    return opened


def open_asof_session(app: Berjasa) -> AsOfMoves:
    """A time-travel session on `app`'s store (closed on the return to the present)."""
    from projections.asof_session import AsOfSession

    return AsOfSession(app.application)


class ReadModelSource(QObject):
    """The read models every page queries.

    Emits `changed(position)` (in the GUI thread) when the live read models moved on or
    time travel started or ended, and `travelled(moment or None)` when the moment changes.
    """

    changed = Signal(int)
    travelled = Signal(object)
    # (position, target) while the read models catch up far behind the log or are rebuilt
    # (a new workstation, a restored backup, an upgrade); (-1, -1) when that ended.
    progressed = Signal(int, int)
    _advanced = Signal(int)   # from the runner's thread; queued into the GUI thread
    _progress = Signal(int, int)

    def __init__(self, app: Berjasa, live: LiveReadModels,
                 sessions: SessionFactory = open_asof_session) -> None:
        super().__init__()
        self.app, self.live, self.sessions = app, live, sessions
        self.moment: datetime | None = None
        self._past: ReadModels | None = None
        self._session: AsOfMoves | None = None
        self._background: ReadModels | None = None
        self._retired: list[ReadModels | None] = []
        self._stopped = False
        self._advanced.connect(self.on_advanced)
        live.add_listener(self._advanced.emit)
        self._progress.connect(self.on_progress)
        add_progress_listener = getattr(live, "add_progress_listener", None)
        if callable(add_progress_listener):  # read models without a runner have none
            add_progress_listener(self._progress.emit)

    def start(self) -> None:
        self.live.start(POLL_SECONDS)

    def stop(self) -> None:
        # The runner's last news may still be queued for the GUI thread; once stopped, it
        # is dropped: the windows listening would query a store that is being closed.
        self._stopped = True
        self.live.stop()
        self._close_background()

    def background(self) -> ReadModels:
        """Read models for slow queries run off the GUI thread (the dashboard's figures).

        On a file or server store these have their own connections, so a long dashboard
        query never holds up the search a clerk types meanwhile; an in-memory store has
        one connection only, so they are the live ones. While travelling: the past."""
        if self._past is not None:
            return self._past
        if self._background is None:
            self._background = self._open_background()
        return self._background

    def _open_background(self) -> ReadModels:
        database = getattr(self.live, "database", None)
        shared = getattr(database, "_reader", None) is getattr(database, "_writer", None)
        if database is None or shared:
            return self.live
        try:
            return open_background_read_models(self.app)
        except Exception:  # fall back to the live ones: slower, never wrong
            return self.live

    def current(self) -> ReadModels:
        return self._past if self._past is not None else self.live

    @property
    def travelling(self) -> bool:
        return self._past is not None

    def catching_up(self) -> tuple[int, int] | None:
        """(position, target) while the live read models catch up far behind, else None."""
        progress: tuple[int, int] | None = getattr(self.live, "progress", None)
        return progress

    def refresh_after_write(self) -> None:
        """Bring the live read models up to our own write before the views re-query;
        never when they are far behind or upgrading (the runner's thread is at it, in
        batches of seconds: the GUI thread would wait for them)."""
        near = getattr(self.live, "catch_up_if_near", None)
        if callable(near):
            near()
        elif self.catching_up() is None:
            self.live.catch_up()
        if not self.travelling:
            self.changed.emit(self.live.position())

    def session(self) -> AsOfMoves:
        """The time-travel session moves are made in (opened at the first move)."""
        if self._session is None:
            keep_freed_blocks()  # each image loaded reuses the last one's memory
            self._session = self.sessions(self.app)
        return self._session

    def travel_to(self, moment: datetime, past: ReadModels) -> None:
        """Every page as of `moment`: `past`, which the session made (it closes the read
        models shown before, once the pages have moved on to these)."""
        shown, self.moment, self._past = self._past, moment, past
        self.travelled.emit(moment)
        self.changed.emit(past.position())
        if shown is not None and shown is not past and self._session is not None:
            self._session.release(shown)

    def return_to_present(self) -> None:
        self.moment, self._past = None, None
        self.travelled.emit(None)
        self.changed.emit(self.live.position())
        self.end_session()

    def end_session(self) -> None:
        """Close the time-travel session and every read models it made (a move under way
        stops at its next page of the log)."""
        session, self._session = self._session, None
        if session is not None:
            session.close()
            release_freed_blocks()  # the images' memory, kept while travelling

    def on_progress(self, position: int, target: int) -> None:
        if self._stopped:
            return
        if position < 0 and getattr(self._background, "upgrading", False):
            # The upgrade's switch is done: the background read models opened before it
            # still look at the old ones. The next slow query opens them afresh; these are
            # closed at the end (a query may be running on them now).
            self._retired.append(self._background)
            self._background = None
        self.progressed.emit(position, target)

    def _close_background(self) -> None:
        for background in [self._background, *self._retired]:
            close = getattr(background, "close", None)
            if background is not self.live and callable(close):
                close()
        self._background, self._retired = None, []

    def on_advanced(self, position: int) -> None:
        if not self._stopped and not self.travelling:
            self.changed.emit(position)
