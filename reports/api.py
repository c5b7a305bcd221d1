"""The one entry point the console and the GUI call: `generate(...)`.

A report is a function of (read-model state as of a moment, parameters): `collect`
gathers its input figures from projection queries only, the fingerprint is taken over
those figures, and `story` lays them out. Safe to call off the GUI thread: it touches no
widgets and keeps no global state besides the registered fonts.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

from domain.errors import ValidationError
from domain.formatting import format_datetime
from projections.api import ReadModels
from reports import audit, claims, mou, paritrana, paritrana_layout, quota, roster
from reports.document import PageFrame, render_pdf, write_atomically
from reports.fingerprint import fingerprint
from reports.params import ReportInfo, ReportParams, StoreFacts

REPORTS: dict[str, ModuleType] = {
    "paritrana": paritrana, "roster": roster, "quota": quota, "claims": claims, "mou": mou,
    "audit": audit,
}
REPORT_NAMES = tuple(REPORTS)


def report_module(name: str) -> ModuleType:
    module = REPORTS.get(str(name or "").strip().lower())
    if module is None:
        raise ValidationError("report.unknown", name=name, allowed=", ".join(REPORT_NAMES))
    return module


def _story(module: ModuleType, data: dict[str, Any], facts: StoreFacts) -> list[Any]:
    if module is paritrana:
        return paritrana_layout.story(data, facts)
    return list(module.story(data, facts))


def collect(name: str, read_models: ReadModels, params: ReportParams,
            facts: StoreFacts) -> dict[str, Any]:
    """The report's input figures as plain values (what the fingerprint covers)."""
    return dict(report_module(name).collect(read_models, params, facts))


def render(name: str, read_models: ReadModels, params: ReportParams,
           facts: StoreFacts) -> tuple[bytes, ReportInfo]:
    """The PDF bytes of report `name` and what it states about its inputs."""
    module = report_module(name)
    data = module.collect(read_models, params, facts)
    position = read_models.position()
    digest = fingerprint({"report": name, "params": params.as_dict(), "data": data,
                          "as_of": facts.as_of.isoformat(), "position": position})
    title = f"{module.TITLE} {data['year']}" if data.get("year") else str(module.TITLE)
    frame = PageFrame(title=title, city=facts.city, office=facts.office,
                      as_of=facts.local_as_of, position=position, fingerprint=digest,
                      wide=bool(module.WIDE))
    pdf, pages = render_pdf(frame, _story(module, data, facts), cover=bool(module.COVER))
    info = ReportInfo(report=name, file="", pages=pages, position=position,
                      fingerprint=digest, as_of=facts.local_as_of.isoformat())
    return pdf, info


def generate(name: str, read_models: ReadModels, params: ReportParams, output_path: Path | str,
             facts: StoreFacts) -> ReportInfo:
    """Write report `name` to `output_path` (whole file or nothing) and describe it."""
    path = Path(output_path)
    pdf, info = render(name, read_models, params, facts)
    try:
        write_atomically(path, pdf)
    except OSError as error:
        raise ValidationError("report.output", path=str(path), detail=str(error)) from None
    return ReportInfo(**{**info.as_dict(), "file": str(path)})


def describe_as_of(facts: StoreFacts) -> str:
    return format_datetime(facts.local_as_of)
