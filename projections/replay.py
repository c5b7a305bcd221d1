"""Point-in-time replay: read models as the system knew them at a recorded moment.

The auditors' "as of": temporary in-memory SQLite read models, never touching the live
ones, made from the newest read-model checkpoint before the moment plus the tail of the
log after it (`projections.checkpoints`), or by replaying the whole log when no checkpoint
serves (`checkpoints=False` forces that: the oracle). The coverage date ("on") is a
separate question asked of whichever read models, live or replayed.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

from eventsourcing.application import Application

from domain.values import WITA, as_timestamp
from projections import checkpoints
from projections.live import open_database_for
from projections.queries import SqlReadModels
from projections.runner import replay_into
from projections.sqlstore import Database, open_sqlite_memory, read_models_path

log = logging.getLogger("berjasa.projections")


class ReplayedReadModels(SqlReadModels):
    """Read models replayed up to `moment`; today defaults to the moment's date in WITA."""

    def __init__(
        self,
        app: Application[Any],
        moment: datetime,
        through: int | None = None,
        checkpoints: bool = True,
    ) -> None:
        self.moment = moment
        database = from_checkpoint(app, moment, through) if checkpoints else None
        if database is None:
            database = open_sqlite_memory()
            replay_into(app, database, moment, through=through)

        def head() -> int:
            return int(app.recorder.max_notification_id() or 0)

        super().__init__(database, head, lambda: moment.astimezone(WITA).date())


def from_checkpoint(
    app: Application[Any], moment: datetime, through: int | None
) -> Database | None:
    """The read models as of `moment` (or `through`) from a checkpoint and its tail."""
    if not _read_models_exist(app):
        return None  # nothing to find, and a replay never creates the read-model file
    try:
        store = open_checkpoints(app)
    except Exception:  # checkpoints are an optimisation: the full replay still answers
        log.exception("read-model checkpoints unavailable")
        return None
    try:
        return checkpoints.replayed(store, app, moment, through)
    finally:
        store.close()


def _read_models_exist(app: Application[Any]) -> bool:
    pool = getattr(getattr(app.recorder, "datastore", None), "pool", None)
    name = getattr(pool, "db_name", None)
    if name is None or getattr(pool, "is_sqlite_memory_mode", True):
        return True  # in memory, or on PostgreSQL: tables, not a file
    return read_models_path(Path(str(name))).exists()


def open_checkpoints(app: Application[Any]) -> checkpoints.CheckpointStore:
    """The as-of checkpoints of `app`'s store (`projections.checkpoints`). Close it."""
    return checkpoints.open_checkpoints(app, open_database_for)


def make_checkpoints(
    app: Application[Any],
    every: int = checkpoints.CHECKPOINT_EVERY,
    limit: int | None = None,
    keep: int = checkpoints.CHECKPOINT_KEEP,
) -> list[int]:
    """Make the as-of checkpoints missing up to the log's head (`checkpoints.extend`);
    returns their positions."""
    store = open_checkpoints(app)
    try:
        return checkpoints.extend(store, app, every, limit, keep)
    finally:
        store.close()


def replay_as_of(
    app: Application[Any], moment: datetime | str, checkpoints: bool = True
) -> ReplayedReadModels:
    """Temporary read models holding exactly the events recorded at or before `moment`
    (naive times are WITA). Close them when done."""
    return ReplayedReadModels(app, as_timestamp(moment), checkpoints=checkpoints)


def replay_through(
    app: Application[Any], position: int, moment: datetime | str, checkpoints: bool = True
) -> ReplayedReadModels:
    """Temporary read models holding exactly the events at positions 1..`position` (what
    live read models at that position held), their day being `moment`'s. Close them."""
    return ReplayedReadModels(app, as_timestamp(moment), through=position, checkpoints=checkpoints)


def coverage_day(moment: datetime | None, on: date | None, today: date) -> date:
    """The coverage date a `stats` question means: `on`, else the as-of moment's date
    in WITA, else today."""
    if on is not None:
        return on
    if moment is not None:
        return as_timestamp(moment).astimezone(WITA).date()
    return today
