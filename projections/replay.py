"""Point-in-time replay: read models as the system knew them at a recorded moment.

The auditors' "as of": temporary in-memory SQLite read models, never touching the live
ones, made from the newest read-model checkpoint before the moment plus the tail of the
log after it (`projections.checkpoints`), or by replaying the whole log when no checkpoint
serves (`checkpoints=False` forces that: the oracle). The coverage date ("on") is a
separate question asked of whichever read models, live or replayed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from eventsourcing.application import Application

from domain.values import WITA, as_timestamp
from projections import checkpoints
from projections.live import open_database_for
from projections.queries import AuditPart, SqlReadModels
from projections.runner import replay_into
from projections.sqlstore import Database, open_sqlite_memory, read_models_path

log = logging.getLogger("berjasa.projections")


class ReplayedReadModels(SqlReadModels):
    """Read models replayed up to `moment`; today defaults to the moment's date in WITA.

    Made from a checkpoint, they hold the audit lines after those the live read models lend
    (the checkpoint's, and the tail's as far as the live ones reach: `checkpoints.replayed`);
    the earlier ones are the live read models' (`projections.checkpoints`: only ever
    appended), asked for at each audit query while the live ones still reach that far,
    else (rebuilt or upgraded meanwhile) these are replayed whole from the log."""

    def __init__(
        self,
        app: Application[Any],
        moment: datetime,
        through: int | None = None,
        checkpoints: bool = True,
        made: tuple[Database, Trail | None] | None = None,
    ) -> None:
        """`made`: read models already made up to `moment` and the trail lending their
        earlier audit lines (`projections.asof_session`), taken over as they are."""
        self.moment = moment
        self._app, self._through = app, through
        self._trail: Trail | None = None
        found = made or (from_checkpoint(app, moment, through) if checkpoints else None)
        if found is None:
            database = _replayed(app, moment, through)
        else:
            database, self._trail = found

        def head() -> int:
            return int(app.recorder.max_notification_id() or 0)

        super().__init__(database, head, lambda: moment.astimezone(WITA).date())

    def audit_parts(self) -> list[AuditPart]:
        trail = self._trail
        if trail is None:
            return super().audit_parts()
        if checkpoints.trail_reach(trail.database) < trail.since:
            log.warning("live read models no longer reach %s: as-of replayed whole", trail.since)
            self._drop_trail()
            self.database.close()
            self.database = _replayed(self._app, self.moment, self._through)
            return super().audit_parts()
        return [AuditPart(self.database, after=trail.since),
                AuditPart(trail.database, through=trail.since, lent=True)]

    def _drop_trail(self) -> None:
        if self._trail is not None and self._trail.owned:
            self._trail.database.close()
        self._trail = None

    def close(self) -> None:
        self._drop_trail()
        super().close()


@dataclass(frozen=True)
class Trail:
    """The live read models lending the audit lines up to `since` (closed with the as-of
    read models when `owned`)."""

    database: Database
    since: int
    owned: bool


def _replayed(app: Application[Any], moment: datetime, through: int | None) -> Database:
    database = open_sqlite_memory()
    try:
        replay_into(app, database, moment, through=through)
    except BaseException:
        database.close()
        raise
    return database


def from_checkpoint(
    app: Application[Any], moment: datetime, through: int | None
) -> tuple[Database, Trail] | None:
    """The read models as of `moment` (or `through`) from a checkpoint and its tail, and the
    live read models that hold the audit lines before the checkpoint (and the tail's, as far
    as they reach)."""
    if not read_models_exist(app):
        return None  # nothing to find, and a replay never creates the read-model file
    try:
        store = open_checkpoints(app)
    except Exception:  # checkpoints are an optimisation: the full replay still answers
        log.exception("read-model checkpoints unavailable")
        return None
    # The checkpoints live beside the live read models (a `memory:` store's apart).
    lender = checkpoints.memory_trail(app)
    owned = lender is None
    if lender is None:
        lender = store.database
    try:
        reach = checkpoints.trail_reach(lender)
        found = checkpoints.replayed(store, app, moment, through, reach=reach) if reach else None
    except BaseException:
        store.close()
        raise
    if found is None or not owned:
        store.close()
    if found is None:
        return None
    database, since = found
    return database, Trail(lender, since, owned)


def read_models_exist(app: Application[Any]) -> bool:
    """Whether `app`'s read models can hold checkpoints: a replay never creates their file."""
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
    every: int | None = None,
    limit: int | None = None,
    keep: int | None = None,
) -> list[int]:
    """Make the as-of checkpoints missing up to the log's head (`checkpoints.extend`;
    `every` and `keep` None: the office's policy, `checkpoints.Policy`); returns their
    positions."""
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
