"""The eventsourcing application every service mixin extends, and their shared helpers."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import date, datetime
from typing import Any, TypeVar
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application, ProcessingEvent
from eventsourcing.domain import Aggregate, DomainEvent
from eventsourcing.persistence import (
    IntegrityError,
    JSONTranscoder,
    Recording,
    StoredEvent,
    Transcoder,
)

from domain.errors import ConcurrencyError, NotFoundError, PermissionDeniedError, StoreError
from domain.limits import REASON, check_length
from domain.model.common import Stamp
from domain.model.direktori import Direktori
from domain.model.ids import directory_id, user_id
from domain.model.klaim import PenomoranKlaim
from domain.model.kuota import Kuota
from domain.model.pengguna import Pengguna
from domain.services.permissions import Action, is_allowed
from domain.services.session import Session
from domain.values import now_utc, today_wita
from infra.transcoder import QuickJSONTranscoder, register_event_transcodings

T = TypeVar("T")
A = TypeVar("A", bound=Aggregate)
CONFLICT_ATTEMPTS = 25
MAX_BACKOFF_SECONDS = 0.2


class ServiceBase(Application[UUID]):
    """Persistence, clock, authorisation and conflict handling for the services."""

    name = "Berjasa"
    snapshotting_intervals = {Kuota: 50, Direktori: 50, PenomoranKlaim: 50}  # noqa: RUF012

    def __init__(self, env: dict[str, str] | None = None, *, store_label: str = "") -> None:
        super().__init__(env)
        self.store_label = store_label
        # Set by the composition root: store id, encryption state, warnings (plain values).
        self.store_info: dict[str, Any] = {}
        self.clock: Callable[[], datetime] = now_utc
        self.calendar: Callable[[], date] = today_wita

    def construct_transcoder(self) -> Transcoder:
        """eventsourcing's JSON format, written by `QuickJSONTranscoder` (same bytes)."""
        transcoder = self.factory.transcoder()
        if type(transcoder) is JSONTranscoder:
            transcoder = QuickJSONTranscoder()
        if isinstance(transcoder, JSONTranscoder):
            self.register_transcodings(transcoder)
        return transcoder

    def register_transcodings(self, transcoder: JSONTranscoder) -> None:
        register_event_transcodings(transcoder)

    # --- reading aggregates ---------------------------------------------------------------

    def find(self, aggregate_id: UUID, kind: type[A]) -> A | None:
        try:
            found: object = self.repository.get(aggregate_id)
        except AggregateNotFoundError:
            return None
        return found if isinstance(found, kind) else None

    def require(self, aggregate_id: UUID, kind: type[A], code: str, **params: Any) -> A:
        found = self.find(aggregate_id, kind)
        if found is None:
            raise NotFoundError(code, **params)
        return found

    def directory(self) -> Direktori:
        found = self.find(directory_id(), Direktori)
        if found is None:
            raise StoreError("store.not_initialised", store=self.store_label)
        return found

    def is_initialised(self) -> bool:
        return self.find(directory_id(), Direktori) is not None

    # --- authorisation --------------------------------------------------------------------

    def authorise(self, session: Session, action: Action, reason: str = "") -> Stamp:
        """The stamp events will carry, once the caller's current role allows `action`."""
        user = self.find(user_id(session.username), Pengguna)
        role = user.role if user is not None and user.active else "-"
        if not is_allowed(role, action):
            raise PermissionDeniedError(
                "permission.denied",
                role=role,
                action=action.value,
                action_en=action.name.lower().replace("_", " "),
            )
        text = " ".join(reason.split())
        # Checked before anything is saved: an event keeps its reason for ever, and every
        # report must be able to print it.
        check_length(text, "alasan", REASON)
        return Stamp(session.username, session.workstation, text)

    def shown_to(self, session: Session, result: T) -> T:
        """`result` as `session` may see it: NIK and phone masked unless the role may see
        them in full (Action.VIEW_FULL_NIK)."""
        from domain.privacy import mask_personal

        if self.may(session, Action.VIEW_FULL_NIK):
            return result
        masked: T = mask_personal(result)
        return masked

    def may(self, session: Session, action: Action) -> bool:
        user = self.find(user_id(session.username), Pengguna)
        return user is not None and user.active and is_allowed(user.role, action)

    # --- writing --------------------------------------------------------------------------

    def serialised(self, key: UUID) -> AbstractContextManager[Any]:
        """A lock on one hot aggregate across workstations, where the store offers one.

        Many clerks enrolling into one quota would otherwise all read it, collide and
        retry; on a shared server they queue instead. Elsewhere it is a no-op (conflicts
        are still caught by the aggregate's version either way).
        """
        exclusive = getattr(self.recorder, "exclusive", None)
        return exclusive(key) if callable(exclusive) else nullcontext()

    def save(self, *objs: Any, **kwargs: Any) -> list[Recording[UUID]]:
        """Application.save, collecting aggregates' events without typing's runtime Protocol
        checks (about 15 µs per object on Python 3.11: a third of a 1,000-row import batch).
        Recording, snapshots and notification are eventsourcing's own steps; only when
        nothing overrides eventsourcing's `_notify` or `notify` hooks (nothing here does),
        the events are stored without building a `Recording` and a `Notification` per
        event that no one would read (~5% of a file import), and `[]` is returned.

        `objs` may also hold `StoredEvent`s encoded ahead of time (an import's new
        workers, see `infra.prebuilt`): they are stored in their place among the
        others, through the store's compressor and cipher; they need the quick path."""
        processing_event = _QuickProcessingEvent()
        processing_event.collect_events(*objs, **kwargs)
        if self._listened:
            if processing_event.prestored:
                raise TypeError("events encoded ahead of time need a save without listeners")
            recordings = self._record(processing_event)
        else:
            self._store(processing_event)
            recordings = []
        self._take_snapshots(_of_aggregates(processing_event))
        self._notify(recordings)
        self.notify(processing_event.events)  # eventsourcing's deprecated hook, kept
        return recordings

    @property
    def _listened(self) -> bool:
        """Whether a subclass takes eventsourcing's recordings after a save."""
        cls = type(self)
        return cls._notify is not Application._notify or cls.notify is not Application.notify

    def _store(self, processing_event: _QuickProcessingEvent) -> None:
        """`Application._record` without the recordings: eventsourcing's own mapper and
        recorder insert the same stored events in the same transaction, and the saved
        aggregates go into the repository's cache as there."""
        events = self.events
        to_stored = events.mapper.to_stored_event
        if processing_event.prestored:
            sealed = self._sealed
            stored = [sealed(item) if type(item) is StoredEvent else to_stored(item)
                      for item in processing_event.in_order]
        else:
            stored = list(map(to_stored, processing_event.events))
        events.recorder.insert_events(
            stored, tracking=processing_event.tracking, **processing_event.saved_kwargs)
        cache = self.repository.cache
        if cache and not self.repository.fastforward:
            for aggregate_id, aggregate in processing_event.aggregates.items():
                cache.put(aggregate_id, aggregate)

    def _sealed(self, stored: StoredEvent) -> StoredEvent:
        """An event encoded ahead of time, compressed and encrypted as the mapper would."""
        mapper = self.mapper
        if not (mapper.compressor or mapper.cipher):
            return stored
        state = stored.state
        if mapper.compressor:
            state = mapper.compressor.compress(state)
        if mapper.cipher:
            state = mapper.cipher.encrypt(state)
        return StoredEvent(stored.originator_id, stored.originator_version, stored.topic,
                           state)

    def update_one(
        self, load: Callable[[], A], change: Callable[[A], object], describe: Callable[[A], T]
    ) -> T:
        """Load one aggregate, change it, save it, describe it: retried on conflicts."""

        def attempt() -> T:
            aggregate = load()
            change(aggregate)
            self.save(aggregate)
            return describe(aggregate)

        return self.with_retries(attempt)

    def with_retries(self, attempt: Callable[[], T]) -> T:
        """Run get → check → save again when another writer changed the same aggregates."""
        for retry in range(CONFLICT_ATTEMPTS):
            try:
                return attempt()
            except IntegrityError:
                # Random back-off, so two busy workstations do not keep colliding in step.
                time.sleep(random.uniform(0, min(MAX_BACKOFF_SECONDS, 0.002 * 2**retry)))
        raise ConcurrencyError("concurrency.retry")


class _QuickProcessingEvent(ProcessingEvent[UUID]):
    """Recognises aggregates and events by class (a C-level check) before the Protocol
    checks; takes stored events too, keeping everything in the order given."""

    def __init__(self) -> None:
        super().__init__()
        self.prestored = 0
        self.in_order: list[Any] = []  # domain events and stored events

    def collect_events(self, *objs: Any, **kwargs: Any) -> None:
        in_order = self.in_order
        for obj in objs:
            if isinstance(obj, Aggregate):
                collected = obj.collect_events()
                self.events.extend(collected)
                in_order.extend(collected)
                self.aggregates[obj.id] = obj
            elif isinstance(obj, DomainEvent):
                self.events.append(obj)
                in_order.append(obj)
            elif type(obj) is StoredEvent:
                in_order.append(obj)
                self.prestored += 1
            else:
                before = len(self.events)
                super().collect_events(obj)
                in_order.extend(self.events[before:])
        self.saved_kwargs.update(kwargs)


def _of_aggregates(processing_event: ProcessingEvent[UUID]) -> ProcessingEvent[UUID]:
    """The events of the saved aggregates only: `_take_snapshots` passes over the others
    (events saved as such, e.g. an import's 3,000 a batch) one KeyError at a time."""
    aggregates = processing_event.aggregates
    if len(processing_event.events) <= len(aggregates):
        return processing_event
    kept = ProcessingEvent[UUID](processing_event.tracking)
    kept.aggregates = aggregates
    kept.events = [e for e in processing_event.events if e.originator_id in aggregates]
    return kept
