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
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from eventsourcing.application import Application

from domain.values import today_wita
from projections import checkpoints, schema
from projections.queries import SqlReadModels
from projections.runner import BULK_AFTER_BATCHES, Progress, Runner
from projections.schema import MODELS
from projections.sqlstore import (
    Database,
    open_postgres,
    open_sqlite_file,
    open_sqlite_memory,
    read_models_path,
)
from projections.upgrade import (
    Beside,
    PostgresBeside,
    SqliteBeside,
    needs_upgrade,
    serve_old,
)

if TYPE_CHECKING:  # psycopg may be missing: no PostgreSQL store can exist then
    from eventsourcing.postgres import PostgresAggregateRecorder

T = TypeVar("T")


class ModelStatus(TypedDict):
    model: str
    position: int
    behind: int
    ahead: bool  # ahead of the log: rebuilt at the next catch-up


class ReadModelsStatus(TypedDict):
    """`projections status`: where the read models are against the log."""

    head: int
    position: int
    running: bool
    last_error: str | None
    upgrading: bool
    progress: list[int] | None  # (position, target) of a long catch-up or a rebuild
    models: list[ModelStatus]

log = logging.getLogger("berjasa.projections")
Listener = Callable[[int], None]
ProgressListener = Callable[[int, int], None]  # (position reached, position aimed at)
ERROR_BACKOFF_SECONDS = 2.0


class LiveReadModels(SqlReadModels):
    """ReadModels over the live read models, with the runner that keeps them current. The
    background thread also makes the as-of checkpoints when it is idle
    (`projections.checkpoints`, spaced as the office's policy says; `checkpoint_every = 0`
    turns that off, another number overrides the policy).

    With `beside` (read models of an older version in `database`: `projections.upgrade`),
    the old ones answer the queries, frozen, while the runner builds this version's beside
    them; once caught up they take the old ones' place and the runner keeps them current."""

    # None: the store's `checkpoints.Policy` (`projections checkpoints --every/--keep`).
    checkpoint_every: int | None = None
    checkpoint_keep: int | None = None  # at most this many (0: no bound)

    runner_class: type[Runner] = Runner

    def __init__(self, app: Application[Any], database: Database,
                 beside: Beside | None = None) -> None:
        calendar: Callable[[], date] = getattr(app, "calendar", today_wita)
        self.app = app
        self._beside = beside
        self.runner = self.runner_class(app, database if beside is None else beside.database)
        if beside is not None:
            beside.serve_old(database)
        super().__init__(database, self.runner.head, calendar)
        self._listeners: list[Listener] = []
        self._progress_listeners: list[ProgressListener] = []
        # (position, target) while catching up in bulk or rebuilding; None otherwise.
        self.progress: tuple[int, int] | None = None
        self._condition = threading.Condition()
        self._known_position = self.position()  # of the read models that answer
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_error: str | None = None
        self._next_checkpoint = 0
        # A `memory:` store's as-of read models take their early audit lines from these.
        checkpoints.serve_trail(app, database)

    # --- running --------------------------------------------------------------------------

    def catch_up(self) -> int:
        """Apply every event recorded so far, now, in this thread; returns how many. Read
        models ahead of the log were derived from another history (a store restored
        over them): they are rebuilt from this one, never shown."""
        if self._beside is not None:
            return self._build_beside()
        if self.runner.position() > self.runner.head():
            return self.rebuild()
        try:
            applied = self.runner.catch_up(self._on_progress)
        finally:
            self._end_progress()
        # Another process may have applied events for us (shared PostgreSQL read models).
        self._publish(self.runner.position())
        return applied

    def rebuild(self, progress: Progress | None = None) -> int:
        """Drop every read model's rows and apply the whole log again."""
        def report(done: int, total: int) -> None:
            self._on_progress(done, total)
            if progress is not None:
                progress(done, total)

        try:
            applied = self.runner.rebuild(report)
            if self._beside is not None and not self.runner.stop_requested:
                self._switch()
        finally:
            self._end_progress()
        self._publish(self.runner.position())
        return applied

    def catch_up_if_near(self) -> bool:
        """Catch up in this thread when at most a live batch or two behind (after a write
        of our own) and return True; further behind, or while upgrading, leave it to the
        runner's thread (a bulk catch-up takes seconds a batch) and return False."""
        behind = self.runner.head() - self.runner.position()
        if self._beside is not None or behind > BULK_AFTER_BATCHES * self.runner.batch_size:
            return False
        self.catch_up()
        return True

    def _build_beside(self) -> int:
        """This version's read models built beside the old ones (which answer meanwhile),
        then put in their place; the events recorded during the switch follow."""
        try:
            applied = 0
            if self._beside is not None and not self._beside.switched(self.database):
                applied = self.runner.catch_up(self._on_progress)
                if self.runner.stop_requested:  # closing: the build goes on at next start
                    return applied
            self._switch()
            applied += self.runner.catch_up(self._on_progress)
        finally:
            self._end_progress()
        self._publish(self.runner.position())
        return applied

    def _switch(self) -> None:
        beside = self._beside
        if beside is None:
            return
        if beside.switched(self.database):  # another process was first
            beside.stop_serving_old(self.database)
        else:
            beside.switch(self.database)
        beside.close()
        beside.remove()
        self.runner = self.runner_class(self.app, self.database)
        self._beside = None
        log.info("read models of schema %s in place", schema.SCHEMA_VERSION)

    @property
    def upgrading(self) -> bool:
        """True while this version's read models are built beside the old ones."""
        return self._beside is not None

    def _on_progress(self, position: int, total: int) -> None:
        if self.runner.in_bulk or self._beside is not None:  # worth a progress bar
            self._report_progress((position, total))
        # Published when the read models are whole again: in bulk the coverage tables and
        # the indexes are owed until the end, and a page drawn meanwhile (the dashboard's
        # active members: 0) would not be drawn again, the position no longer moving. The
        # building runner's positions are not the served ones.
        if self._beside is None and not self.runner.in_bulk:
            self._publish(position)

    def _end_progress(self) -> None:
        if self.progress is not None:
            self._report_progress(None)

    def _report_progress(self, progress: tuple[int, int] | None) -> None:
        self.progress = progress
        done, total = progress if progress is not None else (-1, -1)
        for listener in list(self._progress_listeners):
            try:
                listener(done, total)
            except Exception:  # a listener's bug must not stop the runner
                log.exception("read-model progress listener failed")

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
        if every == 0 or self._known_position < self._next_checkpoint:
            return []
        try:
            store = checkpoints.open_checkpoints(self.app, open_database_for)
            try:
                policy = store.policy()  # read once: extend takes both from here
                every = policy.every if every is None else every
                keep = policy.keep if self.checkpoint_keep is None else self.checkpoint_keep
                made = checkpoints.extend(store, self.app, every, limit=1, keep=keep)
            finally:
                store.close()
        except Exception:  # an optimisation only: as-of answers replay without it
            log.exception("read-model checkpoint failed")
            made = []
        if every is None or every <= 0:  # the policy unread (the error above): wait as by default
            every = checkpoints.CHECKPOINT_EVERY
        self._next_checkpoint = 0 if made else (self._known_position // every + 1) * every
        return made

    def stop(self) -> None:
        """Stop the background thread; a catch-up far behind or an upgrade's build stops
        after its current batch (resumed at the next start)."""
        self._stop.set()
        if self._thread is not None:
            self.runner.stop_requested = True
            self._thread.join()
            self._thread = None
            self.runner.stop_requested = False

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- waiting and listening ------------------------------------------------------------

    def add_listener(self, callback: Listener) -> None:
        self._listeners.append(callback)

    def add_progress_listener(self, callback: ProgressListener) -> None:
        """`callback(position, target)` after each batch of a catch-up far behind the log
        or of a rebuild, then `callback(-1, -1)` when it ended (from the runner's thread)."""
        self._progress_listeners.append(callback)

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

    def status(self) -> ReadModelsStatus:
        head, positions = self.head(), self.runner.positions()
        return ReadModelsStatus(
            head=head,
            position=min(positions.values(), default=0),
            running=self.is_running(),
            last_error=self.last_error,
            upgrading=self.upgrading,
            # (position, target) of a catch-up far behind or a rebuild under way, else None.
            progress=list(self.progress) if self.progress is not None else None,
            # Never negative: read models ahead of the log are rebuilt at the next catch-up.
            models=[ModelStatus(model=m, position=positions[m],
                                behind=max(0, head - positions[m]),
                                ahead=positions[m] > head) for m in MODELS],
        )

    def close(self) -> None:
        self.stop()
        if checkpoints.memory_trail(self.app) is self.database:
            checkpoints.serve_trail(self.app, None)
        if self._beside is not None:
            self._beside.close()  # left to be finished at the next start
        super().close()


def open_read_models(app: Application[Any]) -> LiveReadModels:
    """The live read models of `app`'s store, created and schema-checked, not yet caught up.
    Read models of another version are served until this version's, built beside them
    at the first catch-up, replace them (`projections.upgrade`)."""
    database = open_database_for(app)
    try:
        return LiveReadModels(app, database, open_beside_for(app, database))
    except BaseException:
        database.close()
        raise


class QueryReadModels(SqlReadModels):
    """Read models for queries only, on connections of their own and without a runner:
    opening them never waits for a batch of the runner (seconds each when far behind).
    `upgrading`: opened over an older version's read models (through views, see
    `projections.upgrade`) while this version's are built; open them again after the switch."""

    def __init__(self, app: Application[Any], database: Database, upgrading: bool) -> None:
        calendar: Callable[[], date] = getattr(app, "calendar", today_wita)

        def head() -> int:
            return int(app.recorder.max_notification_id() or 0)

        super().__init__(database, head, calendar)
        self.upgrading = upgrading


def open_query_read_models(app: Application[Any]) -> QueryReadModels:
    """More connections to `app`'s live read models, for slow queries off the GUI thread."""
    database = open_database_for(app)
    try:
        upgrading = needs_upgrade(database)
        if upgrading:
            serve_old(database)
        return QueryReadModels(app, database, upgrading)
    except BaseException:
        database.close()
        raise


def by_store(app: Application[Any], sqlite_file: Callable[[Path], T],
             postgres: Callable[[dict[str, Any], str], T], memory: Callable[[], T]) -> T:
    """The one place a store's kind is told apart: `sqlite_file(path)` for a SQLite file,
    `postgres(connection kwargs, schema)` for PostgreSQL, else `memory()`. Recorders are
    recognised by their eventsourcing base class, so subclasses (the hash-chained
    recorders) are placed like their parents."""
    recorder = app.recorder
    path = _sqlite_file(recorder)
    if path is not None:
        return sqlite_file(path)
    found = _postgres(recorder)
    if found is not None:
        kwargs = found.datastore.pool.kwargs
        assert isinstance(kwargs, dict)  # PostgresDatastore builds its pool with a dict
        return postgres(dict(kwargs), found.datastore.schema)
    return memory()


def open_beside_for(app: Application[Any], database: Database) -> Beside | None:
    """Where this version's read models are built beside `database`'s older ones, or None
    when `database` holds this version's (or none)."""
    if not needs_upgrade(database):
        return None
    key = _read_models_key(app)
    return by_store(app, lambda path: SqliteBeside(read_models_path(path), key),
                    lambda kwargs, schema: PostgresBeside(kwargs, schema, key),
                    lambda: None)


def open_database_for(app: Application[Any]) -> Database:
    """Where `app`'s read models live: beside a SQLite store's file, in a PostgreSQL
    store's schema, else in memory."""
    key = _read_models_key(app)
    return by_store(app, lambda path: open_sqlite_file(read_models_path(path), key),
                    lambda kwargs, schema: open_postgres(kwargs, schema, key),
                    open_sqlite_memory)


def _read_models_key(app: Application[Any]) -> bytes | None:
    """Set by the composition root when the store is encrypted (issue 23)."""
    key: bytes | None = getattr(app, "read_models_key", None)
    return key


def _sqlite_file(recorder: object) -> Path | None:
    """The SQLite store's file (None: not a SQLite store, or an in-memory one)."""
    from eventsourcing.sqlite import SQLiteAggregateRecorder

    if not isinstance(recorder, SQLiteAggregateRecorder):
        return None
    pool = recorder.datastore.pool
    return None if pool.is_sqlite_memory_mode else Path(str(pool.db_name))


def _postgres(recorder: object) -> PostgresAggregateRecorder | None:
    try:
        from eventsourcing.postgres import PostgresAggregateRecorder
    except ImportError:  # psycopg missing: no PostgreSQL store can exist either
        return None
    return recorder if isinstance(recorder, PostgresAggregateRecorder) else None
