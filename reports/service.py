"""Generating a report for a signed-in user on a store: what the console and GUI call.

Chooses the read models (live, caught up; or replayed as of a recorded moment), fixes the
as-of moment (given, else the time of the last event the read models include), reads the
policy facts as they stood then, and decides whether whole NIKs may be printed.
"""

from __future__ import annotations

import importlib
from datetime import datetime
from pathlib import Path
from typing import Any

from domain.errors import ValidationError
from domain.services.app import Berjasa
from domain.services.permissions import Action
from domain.services.session import Session
from domain.values import as_timestamp
from projections.api import ReadModels
from reports.api import generate, report_module
from reports.params import ReportInfo, ReportParams, StoreFacts


def _projections() -> Any:
    """The read-model package (`open_read_models`, `replay_as_of`), imported when first
    needed: it is built on a parallel branch and this module must import without it."""
    return importlib.import_module("projections")


def event_time(app: Berjasa, position: int) -> datetime:
    """When the event at `position` was recorded (the store's start if there is none)."""
    for _position, event in app.iter_events(start=max(position, 1), stop=max(position, 1)):
        moment: datetime = event.timestamp
        return moment
    return app.clock()


def store_facts(app: Berjasa, session: Session, moment: datetime) -> StoreFacts:
    facts = app.policy_facts(session, as_of=moment)
    policies = {k: v for k, v in facts.items() if k not in ("office", "city")}
    return StoreFacts(as_of=moment, office=facts["office"], city=facts["city"],
                      policies=policies)


def generate_report(
    app: Berjasa, session: Session, name: str, params: ReportParams,
    output_path: Path | str, *, as_of: datetime | str | None = None,
    read_models: Any | None = None,
) -> ReportInfo:
    """Write report `name` for `session`'s user. `as_of` replays the history up to that
    recorded moment; without it the live read models (`read_models`, else opened here)
    are caught up and the as-of moment is the time of their last event."""
    app.authorise(session, Action.READ)
    report_module(name)
    checked = ReportParams(**{**params.__dict__,
                              "full_nik": app.may(session, Action.VIEW_FULL_NIK)})
    if as_of is not None:
        moment = as_timestamp(as_of)
        if moment > app.clock():
            raise ValidationError("report.future", as_of=moment.isoformat())
        replayed = _projections().replay_as_of(app, moment)
        try:
            return _generate(app, session, name, checked, output_path, replayed, moment)
        finally:
            _close(replayed)
    live = read_models if read_models is not None else _projections().open_read_models(app)
    try:
        live.catch_up()
        moment = event_time(app, live.position())
        return _generate(app, session, name, checked, output_path, live, moment)
    finally:
        if read_models is None:
            _close(live)


def _generate(app: Berjasa, session: Session, name: str, params: ReportParams,
              output_path: Path | str, read_models: ReadModels,
              moment: datetime) -> ReportInfo:
    return generate(name, read_models, params, output_path, store_facts(app, session, moment))


def _close(read_models: Any) -> None:
    close = getattr(read_models, "close", None)
    if callable(close):
        close()
