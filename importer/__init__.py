"""Importing lists (.xlsx, .xlsm, .xls, .ods, .csv) from kecamatan offices, Perisai agents,
BPJS, Dukcapil and DTSEN.

Public API (the console and the GUI's import wizard call these):
- `read_table(path) -> Table`: headers, detected header row, `preview(n)`, `guessed_mapping`,
  `unmapped_required`, CSV delimiter and encoding;
- `run_import(app, session, path, quota, ...) -> ImportResult`: a worker list;
- `importer.facts.run_fact_import(app, session, kind, path, ...)`: KPJ numbers, Dukcapil
  results, DTSEN deciles.
"""

from __future__ import annotations

from importer.headers import FIELD_LABELS, FIELDS, OPTIONAL_FIELDS, REQUIRED_FIELDS
from importer.reading import Table, read_table
from importer.result import DUPLICATE, OVER_QUOTA, REJECTED, ImportResult, RowIssue
from importer.run import resolve_mapping, run_import

__all__ = [
    "DUPLICATE", "FIELDS", "FIELD_LABELS", "OPTIONAL_FIELDS", "OVER_QUOTA", "REJECTED",
    "REQUIRED_FIELDS", "ImportResult", "RowIssue", "Table", "read_table", "resolve_mapping",
    "run_import",
]
