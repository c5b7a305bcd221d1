"""Generating a report for a signed-in user on a store: what the console and GUI call.

Chooses the read models (live, caught up; or replayed as of a recorded moment), decides
whether whole NIKs may be printed, writes the PDF, and records the writing of a report
that prints personal data (`reports.api.PERSONAL_DATA`) as an export of personal data:
such a report needs the EXPORT_PERSONAL_DATA permission, checked before anything is
written, and a file whose export could not be recorded is removed.
"""

from __future__ import annotations

import importlib
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from domain.errors import ValidationError
from domain.services.app import Berjasa
from domain.services.session import Session
from domain.values import as_timestamp
from reports.api import (
    PERSONAL_DATA,
    SIGNED,
    generate,
    report_key,
    report_title,
    store_facts,
)
from reports.common import shown_nik
from reports.params import ReportInfo, ReportParams, whole_second
from reports.verify import Verdict, verify_report

if TYPE_CHECKING:  # the read-model package is imported when first needed
    from projections.replay import ReplayedReadModels


def _projections() -> Any:
    """The read-model package, imported when first needed (it opens databases)."""
    return importlib.import_module("projections")


def generate_report(
    app: Berjasa, session: Session, name: str, params: ReportParams,
    output_path: Path | str, *, as_of: Any = None, read_models: Any | None = None,
    position: int | None = None,
) -> ReportInfo:
    """Write report `name` for `session`'s user. `as_of` (a datetime or ISO text, used in
    whole seconds as every page prints it) replays the history up to that recorded moment;
    with `position` too, the log up to that position (what a page printed: "Data per
    <as_of> · posisi peristiwa #<position>" regenerates the same file). Without `as_of`
    the given read models (live ones are caught up first), else the store's live read
    models opened here, are used and the as-of moment is the time of their last event."""
    name = report_key(name)  # an unknown name is refused before anything else
    personal = name in PERSONAL_DATA
    reader = app.exports.authorise_report(session, personal)
    checked = ReportParams(**{**params.__dict__,
                              "full_nik": reader.full_nik,
                              "signed_on": params.signed_on or _signing_day(app, name)})
    if position is not None and not (as_of is not None and str(as_of).strip()):
        raise ValidationError("report.parameter", parameter="--as-of", name=name)
    if as_of is not None and str(as_of).strip():
        moment = whole_second(as_timestamp(as_of))  # as printed: what is printed regenerates
        if moment > app.application.clock():
            raise ValidationError("report.future", as_of=moment.isoformat())
        replayed = _replayed(app, moment, position)
        try:
            info = generate(name, replayed, checked, output_path, store_facts(replayed, moment),
                            app.application.chain_link)
        finally:
            replayed.close()
    else:
        models = (read_models if read_models is not None
                  else _projections().open_read_models(app.application))
        try:
            catch_up = getattr(models, "catch_up", None)
            if callable(catch_up):  # live read models; a replay stays as it is
                catch_up()
            info = generate(name, models, checked, output_path, link_at=app.application.chain_link)
        finally:
            if read_models is None:
                models.close()
    if personal:
        _record_export(app, session, name, checked, info)
    return info


def _signing_day(app: Berjasa, name: str) -> date | None:
    """A report with a signature or legalisation block is dated on the day it is made
    (printed, so it regenerates), never on its data's date."""
    return app.application.calendar() if name in SIGNED else None


def _replayed(app: Berjasa, moment: datetime, position: int | None) -> ReplayedReadModels:
    replayed: ReplayedReadModels
    if position is None:
        replayed = _projections().replay_as_of(app.application, moment)
        return replayed
    if not 0 < int(position) <= app.application.head_position():
        raise ValidationError("report.position", position=position,
                              head=app.application.head_position())
    replayed = _projections().replay_through(app.application, int(position), moment)
    return replayed


def _record_export(app: Berjasa, session: Session, name: str, params: ReportParams,
                   info: ReportInfo) -> None:
    """Who wrote which personal-data PDF, with how many rows and which parameters. If the
    store cannot record it, the file goes too: no unrecorded export is left behind."""
    try:
        app.exports.record_export(session, "pdf", export_description(name, info), info.rows,
                                  export_filters(params, info))
    except BaseException:
        Path(info.file).unlink(missing_ok=True)
        raise


def export_description(name: str, info: ReportInfo) -> str:
    return f"Laporan PDF {report_title(name)} ({info.pages} halaman)"


def export_filters(params: ReportParams, info: ReportInfo) -> dict[str, Any]:
    """The parameters that say what was exported, and what regenerates the same file
    (the export log's open bag of named filters: `record_export` keeps each as text)."""
    chosen = {k: v for k, v in params.as_dict().items() if v not in (None, "", False)}
    if params.nik:
        chosen["nik"] = shown_nik(params.nik, False)
    return {"report": info.report, **chosen, "as_of": info.as_of, "position": info.position,
            "fingerprint": info.fingerprint, "file": Path(info.file).name}


def verify_report_file(app: Berjasa, session: Session, path: Path | str) -> Verdict:
    """Regenerate the report in `path` from the store's history (read right) and compare."""
    app.exports.authorise_report_check(session)
    try:
        document = Path(path).read_bytes()
    except OSError as error:
        raise ValidationError("report.input", path=str(path), detail=str(error)) from None

    def open_replay(moment: datetime, position: int) -> ReplayedReadModels:
        replayed: ReplayedReadModels = _projections().replay_through(app.application,
                                                                     position, moment)
        return replayed

    return verify_report(document, open_replay, app.application.chain_link)
