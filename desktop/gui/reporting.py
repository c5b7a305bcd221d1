"""The reports, as the Laporan section calls them (merged from the reports branch)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from domain.errors import StoreError


def catalogue() -> list[tuple[str, str]]:
    """(key, title) of every report `reports.api.REPORTS` lists; empty until merged."""
    try:
        api = importlib.import_module("reports.api")
    except ImportError:
        return []
    found = getattr(api, "REPORTS", {})
    items = found.items() if isinstance(found, dict) else ((k, k) for k in found)
    return [(str(key), str(getattr(spec, "TITLE", spec))) for key, spec in items]


def generate(app: Any, session: Any, read_models: Any, report: str, params: dict[str, Any],
             target: Path) -> Any:
    """Write report `report` with `params` to `target` (a PDF) from the read models the
    window shows (live or as of a moment); runs off the GUI thread. Whole NIKs only for
    roles that may see them, and a personal-data PDF is recorded as an export."""
    try:
        service = importlib.import_module("reports.service")
        params_module = importlib.import_module("reports.params")
    except ImportError:
        raise StoreError("gui.module_missing", feature="Laporan") from None
    chosen = {k: v for k, v in params.items() if k != "full_nik"}
    return service.generate_report(app, session, report, params_module.ReportParams(**chosen),
                                   target, read_models=read_models)
