"""Generating a report for a signed-in user on a store: what the console and GUI call.

Chooses the read models (live, caught up; or replayed as of a recorded moment), decides
whether whole NIKs may be printed, writes the PDF, and records the writing of a report
that prints personal data as an export (`PERSONAL_DATA`), when the store can record one.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from domain.errors import ValidationError
from domain.services.app import Berjasa
from domain.services.permissions import Action
from domain.services.session import Session
from domain.values import as_timestamp
from reports.api import PERSONAL_DATA, generate, report_module, report_title, store_facts
from reports.params import ReportInfo, ReportParams


def _projections() -> Any:
    """The read-model package, imported when first needed (it opens databases)."""
    return importlib.import_module("projections")


def generate_report(
    app: Berjasa, session: Session, name: str, params: ReportParams,
    output_path: Path | str, *, as_of: Any = None, read_models: Any | None = None,
) -> ReportInfo:
    """Write report `name` for `session`'s user. `as_of` (a datetime or ISO text) replays
    the history up to that recorded moment; without it the live read models
    (`read_models`, else opened here) are caught up and the as-of moment is the time of
    their last event."""
    app.authorise(session, Action.READ)
    report_module(name)
    checked = ReportParams(**{**params.__dict__,
                              "full_nik": app.may(session, Action.VIEW_FULL_NIK)})
    if as_of is not None and str(as_of).strip():
        moment = as_timestamp(as_of)
        if moment > app.clock():
            raise ValidationError("report.future", as_of=moment.isoformat())
        replayed = _projections().replay_as_of(app, moment)
        try:
            info = generate(name, replayed, checked, output_path, store_facts(replayed, moment))
        finally:
            replayed.close()
    else:
        live = read_models if read_models is not None else _projections().open_read_models(app)
        try:
            live.catch_up()
            info = generate(name, live, checked, output_path)
        finally:
            if read_models is None:
                live.close()
    record_personal_export(app, session, name, checked, info)
    return info


def record_personal_export(app: Berjasa, session: Session, name: str, params: ReportParams,
                           info: ReportInfo) -> dict[str, Any] | None:
    """Record a written report that prints personal data as an export event (who, which
    report, how many rows, which parameters), once the store offers `record_export`."""
    record = getattr(app, "record_export", None)
    if name not in PERSONAL_DATA or not callable(record):
        return None
    filters = {k: v for k, v in params.as_dict().items() if v not in (None, "", False)}
    filters.update({"as_of": info.as_of, "position": info.position,
                    "fingerprint": info.fingerprint, "file": Path(info.file).name})
    result: dict[str, Any] = record(session, "pdf", f"{report_title(name)} ({info.pages} "
                                    "halaman)", info.rows, filters)
    return result
