"""The application as the bootstrap builds it: the domain's `Berjasa` with the store-level
speed-ups, which depend on how events are encoded and recorded.

- `QuickJSONTranscoder` (`infra.transcoder`): eventsourcing's JSON bytes, written faster.
- A quicker `save`: eventsourcing's own steps without the runtime Protocol checks, and
  without building recordings no one listens to.
- The events an import's reader process encoded ahead of time (`infra.prebuilt`), stored
  in their place when the batch's terms are the ones they were encoded with.

The domain's services run unchanged on the plain `Berjasa` (eventsourcing's own save);
tests compare both paths byte for byte.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from eventsourcing.application import ProcessingEvent
from eventsourcing.domain import Aggregate, DomainEvent
from eventsourcing.persistence import JSONTranscoder, Recording, StoredEvent, Transcoder

from domain.model.bulk import BulkTerms
from domain.services.app import Berjasa
from domain.services.imports import EncodedAhead
from infra import eventsourcing_compat as es
from infra.prebuilt import PrebuiltWorker, TimestampHeads, event_clock, stored_events
from infra.transcoder import QuickJSONTranscoder


class QuickBerjasa(Berjasa):
    """`Berjasa` with the quick transcoder, the quick save and events encoded ahead."""

    # eventsourcing names an application after its class unless told: the name chooses
    # the PostgreSQL tables and the environment's prefixes, so it stays the domain's.
    name = Berjasa.name
    # Set by the composition root when the store is encrypted: the key its read models
    # are encrypted with (`infra.keys.derived_read_models_key`); read by
    # `projections.live.open_database_for`. Never shown, never in `store_info`.
    read_models_key: bytes | None = None

    def construct_transcoder(self) -> Transcoder:
        """eventsourcing's JSON format, written by `QuickJSONTranscoder` (same bytes)."""
        transcoder = self.factory.transcoder()
        if type(transcoder) is JSONTranscoder:
            transcoder = QuickJSONTranscoder()
        if isinstance(transcoder, JSONTranscoder):
            self.register_transcodings(transcoder)
        return transcoder

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
            recordings = es.record(self, processing_event)
        else:
            self._store(processing_event)
            recordings = []
        es.take_snapshots(self, _of_aggregates(processing_event))
        es.notify(self, recordings)
        self.notify(processing_event.events)  # eventsourcing's deprecated hook, kept
        return recordings

    @property
    def _listened(self) -> bool:
        """Whether a subclass takes eventsourcing's recordings after a save."""
        return es.has_listeners(type(self))

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
        seal = getattr(mapper, "seal", None)
        if seal is not None:  # bound to its event (infra.sealing)
            state = seal(state, stored.originator_id, stored.originator_version)
        else:
            if mapper.compressor:
                state = mapper.compressor.compress(state)
            if mapper.cipher:
                state = mapper.cipher.encrypt(state)
        return StoredEvent(stored.originator_id, stored.originator_version, stored.topic,
                           state)

    def encoded_ahead(self, planned: BulkTerms, terms: BulkTerms,
                      workers: Sequence[Any]) -> EncodedAhead | None:
        """The import's events encoded ahead of time, stamped now: only on the quick save
        and transcoder (the bytes they were encoded with) and the batch's own terms."""
        if (self._listened or type(self.mapper.transcoder) is not QuickJSONTranscoder
                or terms != planned):
            return None
        heads = TimestampHeads(self.mapper.transcoder, event_clock())

        def encoded(position: int) -> tuple[UUID, list[StoredEvent]] | None:
            ready: PrebuiltWorker | None = workers[position] if workers else None
            return stored_events(ready, heads()) if ready is not None else None

        return encoded


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
