"""Ekspor: one export of data out of the application (a CSV, spreadsheet, PDF or key
file), recorded with who, what, how many rows and which filters.

Each export is its own small aggregate, so recording one never contends with other work.
"""

from __future__ import annotations

from eventsourcing.domain import Aggregate, event

from domain.model.common import Stamp

EXPORT_KINDS = ("csv", "xlsx", "pdf", "json", "key")


class Ekspor(Aggregate):
    @event("DataExported")
    def __init__(
        self, kind: str, description: str, rows: int, filters: dict[str, str],
        personal: bool, stamp: Stamp,
    ) -> None:
        self.kind = kind
        self.description = description
        self.rows = rows
        self.filters = filters
        self.personal = personal
