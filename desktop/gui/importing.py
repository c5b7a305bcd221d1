"""The importer, as the wizard calls it (merged from the importer branch)."""

from __future__ import annotations

import importlib
import importlib.util
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from domain.errors import StoreError

if TYPE_CHECKING:  # the importer loads when the wizard first uses it
    from importer.facts import FactImportResult
    from importer.headers import ColumnSet
    from importer.reading import Table
    from importer.result import ImportResult

WORKERS = "workers"  # the wizard's kind for a worker list; the others are fact kinds


def _importer(name: str = "importer") -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        raise StoreError("gui.module_missing", feature="Impor") from None


def available() -> bool:
    return importlib.util.find_spec("importer") is not None


def read_table(path: Path, kind: str = WORKERS) -> Table:
    table: Table
    if kind == WORKERS:
        table = _importer().read_table(path)
    else:
        facts = _importer("importer.facts")
        table = facts.read_table(path, facts.COLUMNS[kind])
    return table


def column_set(kind: str) -> ColumnSet:
    columns: ColumnSet
    if kind == WORKERS:
        columns = _importer("importer.headers").WORKER_COLUMNS
    else:
        columns = _importer("importer.facts").COLUMNS[kind]
    return columns


def run_import(*args: Any, **kwargs: Any) -> ImportResult:
    result: ImportResult = _importer().run_import(*args, **kwargs)
    return result


def run_fact_import(*args: Any, **kwargs: Any) -> FactImportResult:
    result: FactImportResult = _importer("importer.facts").run_fact_import(*args, **kwargs)
    return result


def count_valid_rows(table: Any, mapping: dict[str, int], today: date) -> int:
    return int(_importer("importer.run").count_valid_rows(table, mapping, today))


def rejection_report_path(source: Path, moment: datetime) -> Path:
    """The rejection workbook sits next to the file the clerk imported; its name carries
    the date and time, so a later import never overwrites it."""
    return Path(_importer("importer.report").default_report_path(source, moment))
