"""The importer, as the wizard calls it (merged from the importer branch)."""

from __future__ import annotations

import importlib
import importlib.util
from datetime import date, datetime
from pathlib import Path
from typing import Any

from domain.errors import StoreError

WORKERS = "workers"  # the wizard's kind for a worker list; the others are fact kinds


def _importer(name: str = "importer") -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        raise StoreError("gui.module_missing", feature="Impor") from None


def available() -> bool:
    return importlib.util.find_spec("importer") is not None


def read_table(path: Path, kind: str = WORKERS) -> Any:
    if kind == WORKERS:
        return _importer().read_table(path)
    return _importer("importer.facts").read_table(path, _importer("importer.facts").COLUMNS[kind])


def column_set(kind: str) -> Any:
    if kind == WORKERS:
        return _importer("importer.headers").WORKER_COLUMNS
    return _importer("importer.facts").COLUMNS[kind]


def run_import(*args: Any, **kwargs: Any) -> Any:
    return _importer().run_import(*args, **kwargs)


def run_fact_import(*args: Any, **kwargs: Any) -> Any:
    return _importer("importer.facts").run_fact_import(*args, **kwargs)


def count_valid_rows(table: Any, mapping: dict[str, int], today: date) -> int:
    return int(_importer("importer.run").count_valid_rows(table, mapping, today))


def rejection_report_path(source: Path, moment: datetime) -> Path:
    """The rejection workbook sits next to the file the clerk imported; its name carries
    the date and time, so a later import never overwrites it."""
    return Path(_importer("importer.report").default_report_path(source, moment))
