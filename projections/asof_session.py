"""An as-of session: what the GUI keeps while an auditor travels along the timeline.

`replay_as_of` answers one question from scratch: it loads the newest checkpoint before
the moment and applies the tail after it, seconds on a 1,000,000-event history. A timeline
is moved again and again, mostly a little, so the session keeps what the last move made:

- a move forward (to a moment no earlier than every event the kept read models hold)
  copies them in memory (SQLite's backup API, `sqlstore.copy_in_memory`) and applies only
  the events between the two moments: the pages go on reading the kept copy meanwhile, and
  a cancelled move leaves it whole;
- a move backward (or forward past a checkpoint far ahead) starts from the newest usable
  checkpoint, whose image stays in memory unpacked (`checkpoints`' last image), so moving
  back and forth within its span does not read, unseal and unpack it again;
- a move is cancellable: `cancelled()` is asked between pages of the log and the move
  raises `MoveCancelledError` (a later move superseded it).

Every answer is the full replay's (`replay_as_of(..., checkpoints=False)`, the oracle):
kept read models are only moved forward when they hold exactly the log's events
1..position (a prefix: the audit trail has one line per event, those the live read models
lend aside, so that is a count), since the events of a moment are not always recorded in
the log's order (`replay_into`'s slack) and an event skipped before the kept position could
not be applied in its place later. As with a checkpoint's tail, the audit lines the live
read models hold are lent, not written (`apply_span`'s `lend_through`).

The answers are `ReplayedReadModels`; the session owns them: `release(models)` says the
caller shows them no longer (closed unless kept for the next move), `close()` closes all.
A move that applies no event on the same day hands out the kept read models again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventsourcing.application import Application

from domain.values import WITA, as_timestamp
from projections import checkpoints
from projections.checkpoints import CheckpointStore, Mark, Reached
from projections.events import EventDecoder
from projections.replay import ReplayedReadModels, Trail, open_checkpoints, read_models_exist
from projections.schema import ensure_schema
from projections.sqlstore import Database, copy_in_memory, open_sqlite_memory

log = logging.getLogger("berjasa.projections")

# A checkpoint further ahead of the kept read models than this many events is loaded
# rather than the events applied one by one: at 1M events an image loads (its memory
# reused, its tail read meanwhile) in about the time 3,000-5,000 events of a tail take,
# and the kept ones are copied first (docs/BENCHMARKS.md, "Time travel along the
# timeline"; 20,000 before the image loaded that fast).
FORWARD_LIMIT = 5_000
# How long after a moment an event recorded at or before it may still come in the log
# (`projections.runner.replay_into`'s slack): the scan stops at the first event after it.
SLACK_SECONDS = 60.0


class MoveCancelledError(Exception):
    """The move to `moment` stopped early: a later one superseded it (or the session was
    closed)."""

    def __init__(self, moment: datetime) -> None:
        super().__init__(moment)
        self.moment = moment


@dataclass
class Held:
    """Read models the session keeps: events applied through `position` (the latest
    recorded at `latest`), their own audit lines after `since` (the earlier ones lent by
    the live read models), and whether they are the log's prefix 1..position."""

    database: Database
    position: int
    latest: datetime | None
    since: int
    prefix: bool


class AsOfSession:
    """The time-travel moves of one GUI (or benchmark) on `app`'s store. Thread-safe: moves
    run one at a time (a second waits for the first, which a cancel makes short)."""

    def __init__(self, app: Application[Any], forward_limit: int = FORWARD_LIMIT) -> None:
        self.app, self.forward_limit = app, forward_limit
        self._moving = threading.Lock()
        self._owning = threading.Lock()  # the answers' bookkeeping, never held long
        self._store: CheckpointStore | None = None
        self._opened = False
        self._lender: Database | None = None
        self._kept: tuple[ReplayedReadModels, Held] | None = None
        self._answers: dict[int, ReplayedReadModels] = {}
        self._released: set[int] = set()
        self._closed = False
        self.last_start = ""  # how the last move started: "kept", "checkpoint" or "log"

    # --- moving ---------------------------------------------------------------------------

    def move(self, moment: datetime | str,
             cancelled: Callable[[], bool] | None = None) -> ReplayedReadModels:
        """Read models holding exactly the events recorded at or before `moment` (naive
        times are WITA). Raises `MoveCancelledError` once `cancelled()` says so, or when the
        session was closed meanwhile."""
        at = as_timestamp(moment)
        stop = cancelled or (lambda: False)

        def halted() -> bool:
            return self._closed or stop()

        self._moving.acquire()
        try:
            if halted():
                raise MoveCancelledError(at)
            models = self._unchanged(at) or self._moved(at, halted)
            if self._closed:  # closed meanwhile: these are closed below with the rest
                raise MoveCancelledError(at)
            return models
        finally:
            self._moving.release()
            self._close_if_closed()  # closed while this move held the session

    def _unchanged(self, moment: datetime) -> ReplayedReadModels | None:
        """The kept read models themselves when they already answer for `moment`: no
        event to apply (an hour between two batches of a big history) and the same day,
        the as-of day of their coverage figures. Nothing copied: handed out again."""
        held = self._kept_held()
        if held is None or self._kept is None:
            return None
        models = self._kept[0]
        if (not held.prefix or (held.latest is not None and held.latest > moment)
                or models.today() != moment.astimezone(WITA).date()
                or self._next_applies(held.position, moment)):
            return None
        with self._owning:
            self._released.discard(id(models))  # shown again: not to be closed
        models.moment = moment
        self.last_start = "kept"
        return models

    def _moved(self, moment: datetime, halted: Callable[[], bool]) -> ReplayedReadModels:
        database, reached, since, applied = self._start(moment, halted)
        try:
            if not applied and self._next_applies(reached.position, moment):
                # The tail's audit lines that the live read models hold are lent.
                reached = checkpoints.apply_span(
                    self.app, database, reached, moment=moment, slack_seconds=SLACK_SECONDS,
                    cancelled=halted, lend_through=self._reach())
            if halted():
                raise MoveCancelledError(moment)
            held = self._held(database, reached, max(since, reached.lent))
        except BaseException:
            database.close()
            raise
        trail = (Trail(self._lender, held.since, owned=False)
                 if held.since and self._lender is not None else None)
        models = ReplayedReadModels(self.app, moment, made=(database, trail))
        self._keep(models, held)
        return models

    def _start(self, moment: datetime, halted: Callable[[], bool]
               ) -> tuple[Database, Reached, int, bool]:
        """Read models to apply the tail to (a copy of the kept ones, a checkpoint's or
        empty), where they stand, where their own audit lines start, and whether the tail
        was applied already (a checkpoint's: read ahead while its image loaded)."""
        mark = self._usable_mark(moment)
        kept = self._kept_held()
        if (kept is not None and kept.prefix
                and (kept.latest is None or kept.latest <= moment)
                and (mark is None or mark.position - kept.position <= self.forward_limit)):
            self.last_start = "kept"
            return (copy_in_memory(kept.database), Reached(kept.position, kept.latest),
                    kept.since, False)
        loaded = self._loaded(moment, halted) if mark is not None else None
        if loaded is not None:
            self.last_start = "checkpoint"
            return (*loaded, True)
        self.last_start = "log"
        database = open_sqlite_memory()
        with database.batch() as writer:
            ensure_schema(writer)
        return database, Reached(0, None), 0, False

    def _kept_held(self) -> Held | None:
        """What the kept read models hold, unless they replayed themselves whole since
        (their audit query found the live read models rebuilt): then nothing is kept."""
        if self._kept is None:
            return None
        models, held = self._kept
        return held if models.database is held.database else None

    def _next_applies(self, position: int, moment: datetime) -> bool:
        """Whether a replay to `moment` goes on past `position`: the next event in the
        log is recorded no later than the slack after `moment`. A short move (an hour
        between two batches of a big history) mostly applies nothing, and this reads one
        event where `apply_span` reads and decodes a page of thousands."""
        page = self.app.recorder.select_notifications(position + 1, 1)
        if not page:
            return False
        recorded: datetime = EventDecoder(self.app.mapper)(page[0]).decoded("timestamp")
        return (recorded - moment).total_seconds() <= SLACK_SECONDS

    @staticmethod
    def _held(database: Database, reached: Reached, since: int) -> Held:
        """What the moved copy holds, its own audit lines being those after `since`."""
        own = int(database.scalar("SELECT COUNT(*) FROM rm_audit WHERE position > ?",
                                  (since,)) or 0)
        return Held(database, reached.position, reached.latest, since,
                    prefix=own == reached.position - since)

    # --- checkpoints ----------------------------------------------------------------------

    def _checkpoints(self) -> CheckpointStore | None:
        """The store's checkpoints and the live read models lending the audit lines before
        them (None: none can serve, the log is applied from its start)."""
        if not self._opened:
            self._opened = True
            if read_models_exist(self.app):
                try:
                    self._store = open_checkpoints(self.app)
                except Exception:  # an optimisation: the log still answers
                    log.exception("read-model checkpoints unavailable")
            if self._store is not None:
                self._lender = checkpoints.memory_trail(self.app) or self._store.database
        return self._store

    def _reach(self) -> int:
        return checkpoints.trail_reach(self._lender) if self._lender is not None else 0

    def _usable_mark(self, moment: datetime) -> Mark | None:
        """The newest checkpoint holding no event after `moment` whose earlier audit lines
        the live read models hold."""
        store = self._checkpoints()
        if store is None:
            return None
        reach = self._reach()
        marks = store.marks(through=reach, moment=moment) if reach else []
        return marks[0] if marks else None

    def _loaded(self, moment: datetime, halted: Callable[[], bool]
                ) -> tuple[Database, Reached, int] | None:
        """The newest usable checkpoint (an older one, if it no longer matches the log)
        loaded and its tail to `moment` applied, the tail read ahead while the image loads
        (`checkpoints.moved`). Its image stays in memory unpacked (`checkpoints`' last
        image): moves back and forth within its span load it again without reading,
        unsealing or unpacking, and it is used as loaded (no copy: nothing else reads
        it)."""
        store = self._store
        assert store is not None  # a mark was found in it
        return checkpoints.moved(store, self.app, moment, slack_seconds=SLACK_SECONDS,
                                 reach=self._reach(), cancelled=halted)

    # --- who owns the answers -------------------------------------------------------------

    def _keep(self, models: ReplayedReadModels, held: Held) -> None:
        with self._owning:
            old = self._kept
            self._kept = (models, held)
            self._answers[id(models)] = models
            if old is not None and id(old[0]) in self._released:
                self._close(old[0])

    def release(self, models: object) -> None:
        """The caller no longer shows `models` (an answer of this session): closed, unless
        kept for the next move (then when that moves on)."""
        with self._owning:
            key = id(models)
            if key not in self._answers:
                return
            if self._kept is not None and self._kept[0] is models:
                self._released.add(key)
            else:
                self._close(self._answers[key])

    def _close(self, models: ReplayedReadModels) -> None:
        self._answers.pop(id(models), None)
        self._released.discard(id(models))
        models.close()

    def close(self) -> None:
        """Close every answer, the kept checkpoint and the checkpoint store; a move under
        way stops at its next page and closes them as it ends (never waited for here: the
        GUI thread calls this)."""
        self._closed = True
        self._close_if_closed()

    def _close_if_closed(self) -> None:
        if not self._closed or not self._moving.acquire(blocking=False):
            return  # open, or a move holds the session: it calls this again as it ends
        try:
            with self._owning:
                for models in list(self._answers.values()):
                    self._close(models)
                self._kept = None
                checkpoints.forget_recent()  # the last image kept unpacked: memory back
                if self._store is not None:
                    self._store.close()
                    self._store = None
                self._lender = None
        finally:
            self._moving.release()
