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
    return [(str(key), str(getattr(spec, "title", spec))) for key, spec in items]


def generate(read_models: Any, report: str, params: dict[str, Any], target: Path) -> Any:
    """Write report `report` with `params` to `target` (a PDF); runs off the GUI thread."""
    try:
        api = importlib.import_module("reports.api")
        params_module = importlib.import_module("reports.params")
    except ImportError:
        raise StoreError("gui.module_missing", feature="Laporan") from None
    return api.generate(read_models, report, params_module.ReportParams(**params), target)
