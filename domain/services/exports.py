"""The export log: every export of personal data is recorded as an event."""

from __future__ import annotations

from typing import Any, TypedDict

from eventsourcing.utils import get_topic

from domain.errors import ValidationError
from domain.limits import LABEL, NOTE, limit
from domain.model.common import Stamp
from domain.model.ekspor import EXPORT_KINDS, Ekspor
from domain.services.authoriser import Reader
from domain.services.context import ContextService
from domain.services.permissions import Action
from domain.services.session import Session
from domain.values import as_text

_PAGE = 1000


def _rows(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError("export.rows", value=str(value))
    text = str(value).strip()
    if not text.isascii() or not text.isdigit() or len(text) > 12:
        raise ValidationError("export.rows", value=str(value))
    return int(text)


def _filters(filters: dict[str, Any] | None) -> dict[str, str]:
    # An export's filters are whatever its caller names (a report's parameters, a bill's
    # month): recorded as text, the empty ones left out.
    return {as_text(str(k), "filter", limit=limit(LABEL)):
            as_text(str(v), "filter", limit=limit(NOTE))
            for k, v in (filters or {}).items() if v not in (None, "")}


class ExportRecord(TypedDict):
    """A recorded export of data (who took what out, when, with which filters)."""

    export: str
    time: str
    actor: str
    workstation: str
    kind: str
    description: str
    rows: int
    filters: dict[str, str]
    personal: bool


class ExportService(ContextService):
    """The export log, and the checks before personal data or a key leaves the store."""

    def record_export(
        self, session: Session, kind: str, description: str, rows: int | str,
        filters: dict[str, Any] | None = None,
    ) -> ExportRecord:
        """Record an export of personal data (call it when the file has been written)."""
        stamp = self.authorise(session, Action.EXPORT_PERSONAL_DATA, "ekspor data")
        return self._log_export(stamp, kind, description, rows, filters, personal=True)

    def record_key_export(self, session: Session, file_name: str) -> ExportRecord:
        """Record that the store's encryption key was exported to a (protected) file."""
        stamp = self.authorise(session, Action.MANAGE_KEYS, "ekspor kunci enkripsi")
        return self._log_export(stamp, "key", f"kunci enkripsi ke {file_name}", 0, None,
                            personal=False)

    def authorise_key_export(self, session: Session) -> None:
        """Writing the store's encryption key to a file: an admin's, checked before the
        file is written (`record_key_export` records it after)."""
        self.authorise(session, Action.MANAGE_KEYS, "ekspor kunci enkripsi")

    def authorise_report(self, session: Session, personal: bool) -> Reader:
        """Writing a report: one listing personal data (`personal`) is an export of it
        (recorded by `record_export` once written)."""
        return self.reader(session, Action.EXPORT_PERSONAL_DATA if personal else Action.READ)

    def authorise_report_check(self, session: Session) -> Reader:
        """Checking a report file against the history it was generated from."""
        return self.reader(session)

    def _log_export(self, stamp: Stamp, kind: str, description: str, rows: int | str,
                filters: dict[str, Any] | None, personal: bool) -> ExportRecord:
        code = str(kind or "").strip().lower()
        if code not in EXPORT_KINDS:
            raise ValidationError("export.kind", value=str(kind), choices=", ".join(EXPORT_KINDS))
        text = as_text(description, "keterangan", limit=limit(NOTE))
        if not text:
            raise ValidationError("export.description")
        export = Ekspor(kind=code, description=text, rows=_rows(rows),
                        filters=_filters(filters), personal=personal, stamp=stamp)
        self.save(export)
        return describe_export(export.id.hex, export.created_on.isoformat(), stamp,
                               vars(export))

    def list_exports(self, session: Session) -> list[ExportRecord]:
        """Every recorded export, oldest first (auditors see who took what out)."""
        self.authorise(session, Action.READ)
        topic = get_topic(Ekspor.DataExported)  # type: ignore[attr-defined]
        found: list[ExportRecord] = []
        start = 1
        while True:
            page = self.application.recorder.select_notifications(start, _PAGE, topics=[topic])
            for notification in page:
                event: Any = self.application.mapper.to_domain_event(notification)
                found.append(describe_export(event.originator_id.hex,
                                             event.timestamp.isoformat(), event.stamp,
                                             vars(event)))
            if len(page) < _PAGE:
                return found
            start = page[-1].id + 1


def describe_export(export_id: str, time: str, stamp: Stamp, data: dict[str, Any]
                    ) -> ExportRecord:
    return {
        "export": export_id, "time": time, "actor": stamp.actor,
        "workstation": stamp.workstation, "kind": data["kind"],
        "description": data["description"], "rows": data["rows"],
        "filters": dict(data["filters"]), "personal": data["personal"],
    }
