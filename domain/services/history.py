"""The raw event history, as plain values, for auditors and the console's `events`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypedDict
from uuid import UUID

from domain.model.common import Stamp
from domain.model.indeks_rules import INDEX_COMMAND_EVENTS
from domain.nik import mask_nik
from domain.privacy import mask_niks_in_text, mask_personal, redact_secrets
from domain.services.authoriser import Authoriser, Reader
from domain.services.base import BerjasaApplication
from domain.services.context import ContextService
from domain.services.permissions import Action
from domain.services.session import Session
from domain.values import as_timestamp

if TYPE_CHECKING:
    from domain.services.workers import WorkerService

_ENVELOPE = ("originator_id", "originator_version", "timestamp", "stamp")


def plain(value: Any) -> Any:
    """A JSON-safe copy of an event attribute."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID):
        return value.hex
    if isinstance(value, Stamp):
        return {"actor": value.actor, "workstation": value.workstation, "reason": value.reason}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


class EventRecord(TypedDict):
    """One recorded event as a flat dict (`describe_event`): position, time (ISO), who,
    where, why (None: an index event recorded without a stamp), what."""

    position: int
    time: str
    actor: str | None
    workstation: str | None
    reason: str
    type: str  # Aggregate.Event
    event: str
    aggregate_type: str
    aggregate_id: str
    version: int
    data: dict[str, Any]  # the event's own fields, as plain values


def describe_event(position: int, event: Any) -> EventRecord:
    """One recorded event as a flat dict: position, time, who, where, why, what."""
    stamp = getattr(event, "stamp", None)
    qualname = type(event).__qualname__
    aggregate_type, _, event_type = qualname.rpartition(".")
    return {
        "position": position,
        "time": event.timestamp.isoformat(),
        "actor": stamp.actor if isinstance(stamp, Stamp) else getattr(event, "actor", None),
        "workstation": (
            stamp.workstation if isinstance(stamp, Stamp) else getattr(event, "workstation", None)
        ),
        "reason": stamp.reason if isinstance(stamp, Stamp) else "",
        "type": qualname,
        "event": event_type,
        "aggregate_type": aggregate_type,
        "aggregate_id": event.originator_id.hex,
        "version": event.originator_version,
        "data": {k: plain(v) for k, v in vars(event).items() if k not in _ENVELOPE},
    }


def with_command_stamp(described: EventRecord, previous: EventRecord | None
                       ) -> EventRecord:
    """A stamp-less (version 1) index event with its command's actor, workstation and
    reason: the event recorded just before it in the same save (see
    `INDEX_COMMAND_EVENTS`), about the index's new owner. Else it is left unknown."""
    allowed = INDEX_COMMAND_EVENTS.get(described["type"])
    if (allowed is None or described["actor"] is not None or previous is None
            or previous["position"] != described["position"] - 1
            or previous["type"] not in allowed or previous["actor"] is None):
        return described
    owner = described["data"].get("owner")
    about = (previous["data"].get("owner") if previous["type"].startswith("Indeks.")
             else previous["aggregate_id"])
    if owner is not None and about != owner:
        return described
    return {**described, "actor": previous["actor"],
            "workstation": previous["workstation"], "reason": previous["reason"]}


# Index events whose key is a person's identity number (the NIK, the family card).
_PERSONAL_INDEX_KINDS = frozenset({"nik", "kk"})


def for_viewer(described: EventRecord, full_nik: bool) -> EventRecord:
    """An event as this viewer may see it: secrets never; NIKs, phones and birth dates
    masked unless the viewer may see them whole (index keys included)."""
    shown: EventRecord = redact_secrets(described)
    if full_nik:
        return shown
    data = shown["data"]
    if data.get("kind") in _PERSONAL_INDEX_KINDS and isinstance(data.get("key"), str):
        shown = {**shown, "data": {**data, "key": mask_nik(data["key"])}}
    masked: EventRecord = mask_personal(shown)
    masked["reason"] = mask_niks_in_text(masked["reason"] or "")
    return masked


class HistoryService(ContextService):
    """The recorded events as an auditor reads them, and the check of who may verify them."""

    def __init__(self, application: BerjasaApplication, authoriser: Authoriser,
                 workers: Callable[[], WorkerService]) -> None:
        super().__init__(application, authoriser)
        # The workers' context is asked for only by a worker's history (by NIK): the read
        # models' commands authorised here (`stats`) then load no worker's aggregates.
        self._workers = workers

    @property
    def workers(self) -> WorkerService:
        return self._workers()

    def authorise_verification(self, session: Session) -> None:
        """Verifying the store's integrity (the audit page's check) reads every event and
        the read models: any role that may read them may."""
        self.authorise(session, Action.READ, "verifikasi integritas")

    def authorise_comparison(self, session: Session) -> Reader:
        """Comparing two recorded moments (the GUI's compare dialog, the console's
        `changes`): the read models replayed to both and the events between them."""
        return self.reader(session)

    def authorise_read_models(self, session: Session) -> Reader:
        """The read models' figures, state and checkpoints (the console's `stats`,
        `status`, `checkpoints`), now or as of a recorded moment."""
        return self.reader(session)

    def history(
        self,
        session: Session,
        nik: str | None = None,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
    ) -> Iterator[EventRecord]:
        """Recorded events, optionally of one worker and within a recorded-time window."""
        self.authorise(session, Action.READ)
        full = self.may(session, Action.VIEW_FULL_NIK)
        owner = self.worker_id_for(nik) if nik else None
        low = as_timestamp(since) if since else None
        high = as_timestamp(until) if until else None
        previous: EventRecord | None = None
        for position, event in self.application.iter_events():
            described = with_command_stamp(describe_event(position, event), previous)
            previous = described
            if owner is not None and event.originator_id != owner:
                continue
            if (low and event.timestamp < low) or (high and event.timestamp > high):
                continue
            yield for_viewer(described, full)

    def worker_id_for(self, nik: str) -> UUID:
        return self.workers.worker_by_nik(nik).id
