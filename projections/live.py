"""The live read models of one store, kept current by a runner (synchronously or in a thread).

`open_read_models(app)` picks where the read models live (see `projections.sqlstore`) and
returns `LiveReadModels`: the `ReadModels` queries plus the runner's controls. A desktop
calls `start()`; the background thread polls the log every `poll_interval` seconds, so a
write made anywhere on the store (this process, another process, another workstation on
PostgreSQL) shows within a second. Listeners are called from the runner thread after each
committed batch with the new position: a Qt GUI re-emits that as a signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from eventsourcing.application import Application

from domain.values import today_wita
from projections import checkpoints
from projections.queries import SqlReadModels
from projections.runner import Progress, Runner
from projections.schema import MODELS
from projections.sqlstore import (
    Database,
    open_postgres,
    open_sqlite_file,
    open_sqlite_memory,
    read_models_path,
)

log = logging.getLogger("berjasa.projections")
Listener = Callable[[int], None]
ERROR_BACKOFF_SECONDS = 2.0


class LiveReadModels(SqlReadModels):
    """ReadModels over the live read models, with the runner that keeps them current. The
    background thread also makes the as-of checkpoints when it is idle
    (`projections.checkpoints`; `checkpoint_every = 0` turns that off)."""

    checkpoint_every = checkpoints.CHECKPOINT_EVERY

    def __init__(self, app: Application[Any], database: Database) -> None:
        calendar: Callable[[], date] = getattr(app, "calendar", today_wita)
        self.runner = Runner(app, database)
        super().__init__(database, self.runner.head, calendar)
        self._listeners: list[Listener] = []
        self._condition = threading.Condition()
        self._known_position = self.runner.position()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_error: str | None = None
        self._next_checkpoint = 0

    # --- running --------------------------------------------------------------------------

    def catch_up(self) -> int:
        """Apply every event recorded so far, now, in this thread; returns how many. Read
        models ahead of the log were derived from another history (a store restored
        over them): they are rebuilt from this one, never shown."""
        if self.runner.position() > self.runner.head():
            return self.rebuild()
        applied = self.runner.catch_up(self._on_progress)
        # Another process may have applied events for us (shared PostgreSQL read models).
        self._publish(self.runner.position())
        return applied

    def rebuild(self, progress: Progress | None = None) -> int:
        """Drop every read model's rows and apply the whole log again."""
        def report(done: int, total: int) -> None:
            self._on_progress(done, total)
            if progress is not None:
                progress(done, total)

        applied = self.runner.rebuild(report)
        self._publish(self.runner.position())
        return applied

    def _on_progress(self, position: int, _total: int) -> None:
        self._publish(position)

    def _publish(self, position: int) -> None:
        with self._condition:
            if position == self._known_position:
                return
            self._known_position = position
            self._condition.notify_all()
        for listener in list(self._listeners):
            try:
                listener(position)
            except Exception:  # a listener's bug must not stop the runner
                log.exception("read-model listener failed")

    def start(self, poll_interval: float = 0.25) -> None:
        """Keep the read models current from a background thread until `stop()`."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, args=(poll_interval,),
                                        name="berjasa-projections", daemon=True)
        self._thread.start()

    def _loop(self, poll_interval: float) -> None:
        while not self._stop.is_set():
            try:
                if not self.catch_up():
                    self.make_checkpoint()
                self.last_error = None
                wait = poll_interval
            except Exception as error:  # keep serving the last state; retry after a pause
                log.exception("projection runner failed")
                self.last_error = str(error)
                wait = ERROR_BACKOFF_SECONDS
            self._stop.wait(wait)

    def make_checkpoint(self) -> list[int]:
        """The next as-of checkpoint, when one is due (one at a time: new events first);
        the background thread calls this whenever it is idle. Returns what it made."""
        every = self.checkpoint_every
        if every <= 0 or self._known_position < self._next_checkpoint:
            return []
        try:
            store = checkpoints.open_checkpoints(self.runner.app, open_database_for)
            try:
                made = checkpoints.extend(store, self.runner.app, every, limit=1)
            finally:
                store.close()
        except Exception:  # an optimisation only: as-of answers replay without it
            log.exception("read-model checkpoint failed")
            made = []
        self._next_checkpoint = 0 if made else (self._known_position // every + 1) * every
        return made

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- waiting and listening ------------------------------------------------------------

    def add_listener(self, callback: Listener) -> None:
        self._listeners.append(callback)

    def remove_listener(self, callback: Listener) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def wait_for(self, position: int, timeout: float = 5.0) -> bool:
        """True once the read models include `position` (False after `timeout` seconds).
        Without the background thread it catches up in this thread first."""
        if not self.is_running():
            self.catch_up()
        with self._condition:
            return self._condition.wait_for(lambda: self._known_position >= position, timeout)

    def status(self) -> dict[str, Any]:
        head, positions = self.head(), self.runner.positions()
        return {
            "head": head,
            "position": min(positions.values(), default=0),
            "running": self.is_running(),
            "last_error": self.last_error,
            # Never negative: read models ahead of the log are rebuilt at the next catch-up.
            "models": [{"model": m, "position": positions[m],
                        "behind": max(0, head - positions[m]),
                        "ahead": positions[m] > head} for m in MODELS],
        }

    def close(self) -> None:
        self.stop()
        super().close()


def open_read_models(app: Application[Any]) -> LiveReadModels:
    """The live read models of `app`'s store, created and schema-checked, not yet caught up."""
    return LiveReadModels(app, open_database_for(app))


def open_database_for(app: Application[Any]) -> Database:
    """Where `app`'s read models live; recorders are recognised by their eventsourcing base
    class, so subclasses (the hash-chained recorders) are placed like their parents."""
    from eventsourcing.sqlite import SQLiteAggregateRecorder

    recorder: Any = app.recorder
    if isinstance(recorder, SQLiteAggregateRecorder):
        from pathlib import Path

        pool = recorder.datastore.pool
        name = str(pool.db_name)
        if not pool.is_sqlite_memory_mode:
            # Set by the composition root when the store is encrypted (issue 23).
            key: bytes | None = getattr(app, "read_models_key", None)
            return open_sqlite_file(read_models_path(Path(name)), key)
        return open_sqlite_memory()
    if _is_postgres(recorder):
        datastore = recorder.datastore
        return open_postgres(dict(datastore.pool.kwargs), datastore.schema)
    return open_sqlite_memory()


def _is_postgres(recorder: object) -> bool:
    try:
        from eventsourcing.postgres import PostgresAggregateRecorder
    except ImportError:  # psycopg missing: no PostgreSQL store can exist either
        return False
    return isinstance(recorder, PostgresAggregateRecorder)
