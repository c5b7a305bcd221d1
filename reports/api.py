"""The entry points the console and the GUI call: `generate(...)` and `render(...)`.

A report is a function of the read models (live, or replayed as of a moment) and its
parameters: `collect` gathers its input figures from projection queries only, the
fingerprint is taken over those figures, and `story` lays them out. Even the as-of moment,
the office's name and the dossier's policy facts come from the read models, so the same
read-model state always gives the same bytes. Safe to call off the GUI thread: it touches
no widgets and keeps no global state besides the registered fonts.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from domain.errors import ValidationError
from domain.values import WITA
from projections.api import ReadModels
from reports import audit, claims, mou, paritrana, paritrana_layout, quota, roster
from reports.audit import AuditExtract
from reports.claims import ClaimsData
from reports.document import PageFrame, render_pdf, write_atomically
from reports.fingerprint import fingerprint
from reports.mou import AgreementsData
from reports.params import ReportInfo, ReportParams, StoredReport, StoreFacts, whole_second
from reports.paritrana import DossierData
from reports.quota import QuotaRecap
from reports.roster import RosterData

REPORTS: dict[str, ModuleType] = {
    "paritrana": paritrana, "roster": roster, "quota": quota, "claims": claims, "mou": mou,
    "audit": audit,
}
REPORT_NAMES = tuple(REPORTS)
# Reports that print personal data (names, NIKs): writing one is an export of personal data.
PERSONAL_DATA = ("roster", "claims", "audit")
# Reports with a signature or legalisation block: dated on the day they are made.
SIGNED = ("paritrana", "roster")
EMPTY_STORE_MOMENT = datetime(2015, 1, 1, tzinfo=UTC)
# What a report's `collect` gives (its module's own shape; the fingerprint covers it).
ReportData = AuditExtract | ClaimsData | AgreementsData | DossierData | QuotaRecap | RosterData


def report_module(name: str) -> ModuleType:
    module = REPORTS.get(str(name or "").strip().lower())
    if module is None:
        raise ValidationError("report.unknown", name=name, allowed=", ".join(REPORT_NAMES))
    return module


def report_key(name: str) -> str:
    """`name` as a key of REPORTS (`" Roster"` → `"roster"`); unknown names are refused."""
    report_module(name)
    return str(name).strip().lower()


def report_title(name: str) -> str:
    return str(report_module(name).TITLE)


# 2: the footer prints the chain link (reports of format 1 are regenerated without it,
# so a report issued before still verifies byte for byte).
# 3: the roster's rows show the enrolment covering its date (`--on`), not the one of the
# read models' day (reports of formats 1-2 are regenerated as they were made).
STORED_FORMAT = 3


def _position_time(read_models: ReadModels) -> datetime | None:
    position_time = getattr(read_models, "position_time", None)
    found = position_time() if callable(position_time) else None
    return found if isinstance(found, datetime) else None


def store_facts(read_models: ReadModels, as_of: datetime | None = None) -> StoreFacts:
    """The as-of moment (given; else a replay's moment; else when the last included event
    was recorded), in whole seconds as printed, and the store's identity, as the read
    models hold them."""
    data_moment = _position_time(read_models)
    moment = as_of or getattr(read_models, "moment", None) or data_moment
    identity = read_models.policy_facts()
    defaults = StoreFacts(as_of=EMPTY_STORE_MOMENT)
    # One way of writing the moment (WITA, whole seconds) whichever way it was given.
    return StoreFacts(as_of=whole_second(moment or EMPTY_STORE_MOMENT).astimezone(WITA),
                      office=identity.get("office") or defaults.office,
                      city=identity.get("city") or defaults.city, data_moment=data_moment)


def _story(module: ModuleType, data: ReportData, facts: StoreFacts) -> list[Any]:
    if module is paritrana:
        # `data` is what `paritrana.collect` gave (a copy): the dossier's own shape.
        return paritrana_layout.story(cast(DossierData, data), facts)
    return list(module.story(data, facts))


def _collected(module: ModuleType, read_models: ReadModels, params: ReportParams,
               facts: StoreFacts, stored_format: int) -> ReportData:
    """What `module.collect` gave (a copy)."""
    data: ReportData = module.collect(read_models, params, facts, stored_format)
    return copy.copy(data)


def _listed_rows(data: ReportData) -> int:
    rows = data.get("rows")
    return len(rows) if isinstance(rows, list) else 0


def collect(name: str, read_models: ReadModels, params: ReportParams,
            facts: StoreFacts | None = None) -> ReportData:
    """The report's input figures as plain values (what the fingerprint covers)."""
    return _collected(report_module(name), read_models, params,
                      facts or store_facts(read_models), STORED_FORMAT)


LinkAt = Callable[[int], str | None]
# How much of the chain link a page prints: enough to match `audit verify` by eye.
SHOWN_LINK = 16


def render(name: str, read_models: ReadModels, params: ReportParams,
           facts: StoreFacts | None = None, link_at: LinkAt | None = None,
           stored_format: int = STORED_FORMAT) -> tuple[bytes, ReportInfo, ReportData]:
    """The PDF bytes of report `name`, what it states about its inputs, and its figures.
    `link_at` gives the integrity chain's link at a position (`BerjasaApplication.chain_link`): its
    start is printed beside the position (the same again when the history regenerates).
    `stored_format`: the layout of that format (a verification regenerates a report in
    the format it was issued in)."""
    module = report_module(name)
    facts, data, position = _consistent(module, read_models, params, facts, stored_format)
    link = ""
    if link_at is not None and position > 0 and stored_format >= 2:  # format 1: no link
        link = link_at(position) or ""
    digest = fingerprint({"report": name, "params": params.as_dict(), "data": data,
                          "as_of": facts.as_of.isoformat(), "position": position,
                          "office": facts.office, "city": facts.city})
    year = data.get("year")
    title = f"{module.TITLE} {year}" if year else str(module.TITLE)
    frame = PageFrame(title=title, city=facts.city, office=facts.office,
                      as_of=facts.local_as_of, position=position, fingerprint=digest,
                      wide=bool(module.WIDE), chain_link=link[:SHOWN_LINK])
    stored = StoredReport(format=stored_format, report=name, params=params.as_dict(),
                          as_of=facts.as_of.isoformat(), position=position, fingerprint=digest,
                          data_moment=(facts.data_moment.isoformat() if facts.data_moment
                                       else None))
    pdf, pages = render_pdf(frame, _story(module, data, facts), cover=bool(module.COVER),
                            stored=stored)
    info = ReportInfo(report=name, file="", pages=pages, position=position,
                      fingerprint=digest, as_of=facts.local_as_of.isoformat(),
                      rows=_listed_rows(data))
    return pdf, info, data


SETTLE_TRIES = 5


def _consistent(module: ModuleType, read_models: ReadModels, params: ReportParams,
                facts: StoreFacts | None, stored_format: int = STORED_FORMAT
                ) -> tuple[StoreFacts, ReportData, int]:
    """The figures and the position they are of. Live read models kept current by a
    background runner may move on while a report collects: the figures are read again
    until the position did not change meanwhile, so the stored position regenerates them."""
    for _ in range(SETTLE_TRIES):
        before = read_models.position()
        found = facts or store_facts(read_models)
        # Every report is told the format it is made in (the audit's words changed with one).
        data = _collected(module, read_models, params, found, stored_format)
        if read_models.position() == before:
            break
    return found, data, before


def generate(name: str, read_models: ReadModels, params: ReportParams, output_path: Path | str,
             facts: StoreFacts | None = None, link_at: LinkAt | None = None) -> ReportInfo:
    """Write report `name` to `output_path` (whole file or nothing) and describe it."""
    path = Path(output_path)
    pdf, info, _data = render(name, read_models, params, facts, link_at)
    try:
        write_atomically(path, pdf)
    except OSError as error:
        raise ValidationError("report.output", path=str(path), detail=str(error)) from None
    return replace(info, file=str(path))
