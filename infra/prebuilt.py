"""A new worker's three events, encoded ahead of time by an import's reader process.

Encoding a row's events (building them and writing their JSON) is about a third of what
the saving process does per row. The reader process has time to spare while the saving
process saves, so it encodes them there: everything but each event's timestamp, which
the saving process writes when it plans the row, as it would have made the event then.

A `PrebuiltWorker` holds each event's stored state from just after its leading
`"timestamp"` field; `stored_events` puts the timestamp in front and returns the same
`StoredEvent`s eventsourcing's mapper gives for `bulk.new_enrolled_worker`'s events
(the state is a dict whose first key is the timestamp: `DomainEvent`'s field order,
checked here on every row, which falls back to building the events where it differs).
The reader process encodes them with the import's terms (stamp, quota, start), read
before the file; a batch whose terms differ (the quota changed while the file was read)
builds its own events.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import NamedTuple
from uuid import UUID

from eventsourcing.domain import DomainEvent
from eventsourcing.persistence import Mapper, StoredEvent, Transcoder
from eventsourcing.utils import get_topic

from domain.errors import BerjasaError
from domain.model.bulk import (
    BulkTerms,
    check_new_worker,
    enrolled_event,
    indexed_event,
    registered_event,
)
from domain.model.ids import uuid_of_int
from domain.model.indeks import Indeks
from domain.model.peserta import Peserta
from domain.registration import Registration

# Any fixed moment: its text is cut off again, and the saving process writes the real one.
_PLACEHOLDER = datetime(2000, 1, 1, tzinfo=UTC)
# What `new_enrolled_worker` makes: Registered v1 and Enrolled v2 of the worker, then
# Indexed v1 of the NIK's index.
VERSIONS = (1, 2, 1)
TOPICS = (get_topic(Peserta.Registered), get_topic(Peserta.Enrolled),
          get_topic(Indeks.Indexed))


class PrebuiltWorker(NamedTuple):
    """A new worker's Registered, Enrolled and Indexed events, but for their timestamps
    (a tuple of plain values: it crosses between processes once per row; the ids as
    integers, which pickle in a tenth of a UUID's time)."""

    key_int: int
    index_int: int
    tails: tuple[bytes, bytes, bytes]

    @property
    def key(self) -> UUID:
        return uuid_of_int(self.key_int)


class Prebuilder:
    """Encodes new workers' events with a transcoder that writes what the store's does.

    An Enrolled event's state names no worker (its ids are columns of their own): with
    the import's terms it is the same for every row, and is encoded once."""

    def __init__(self, terms: BulkTerms, transcoder: Transcoder) -> None:
        self.terms = terms
        self.mapper: Mapper[UUID] = Mapper(transcoder=transcoder)
        self.head = _encoded_head(transcoder, _PLACEHOLDER)
        self.enrolled = self._stored(enrolled_event(
            UUID(int=0), terms.quota, list(terms.programmes), terms.start, terms.until,
            terms.stamp, _PLACEHOLDER, terms.retroactive, terms.recorded_on), TOPICS[1])[1]

    def prebuild(self, registration: Registration) -> PrebuiltWorker | None:
        """The worker's encoded events, or None when the saving process must build them
        itself (the start is refused, or an event is not stored as expected)."""
        terms = self.terms
        if self.enrolled is None:
            return None
        try:
            check_new_worker(registration, terms.programmes, terms.start, terms.rules)
        except BerjasaError:
            return None
        key = terms.ids.worker(registration.nik)  # the store's ids, as the saving process's
        registered = self._stored(registered_event(key, registration, terms.stamp,
                                                   _PLACEHOLDER), TOPICS[0])[1]
        indexed_id, indexed = self._stored(indexed_event(key, registration.nik, terms.stamp,
                                                          _PLACEHOLDER, terms.ids), TOPICS[2])
        if registered is None or indexed is None:
            return None
        return PrebuiltWorker(key.int, indexed_id.int, (registered, self.enrolled, indexed))

    def _stored(self, event: DomainEvent, topic: str) -> tuple[UUID, bytes | None]:
        """The event's id and its state after the timestamp; None for a state that does not
        start with the timestamp, or an event of another topic."""
        stored = self.mapper.to_stored_event(event)
        originator_id = stored.originator_id
        key = originator_id if isinstance(originator_id, UUID) else UUID(originator_id)
        if stored.topic != topic or not stored.state.startswith(self.head):
            return key, None
        return key, stored.state[len(self.head):]


def stored_events(prebuilt: PrebuiltWorker, head: bytes) -> tuple[UUID, list[StoredEvent]]:
    """The worker's id and its three stored events, each state starting with `head`:
    the encoded start of a state whose timestamp is the moment the row is saved (see
    `TimestampHeads`); the three are made at one moment, as one row's events."""
    key, (registered, enrolled, indexed) = prebuilt.key, prebuilt.tails
    (first, second, third), (v1, v2, v3) = TOPICS, VERSIONS
    return key, [StoredEvent(key, v1, first, head + registered),
                 StoredEvent(key, v2, second, head + enrolled),
                 StoredEvent(uuid_of_int(prebuilt.index_int), v3, third, head + indexed)]


class TimestampHeads:
    """`{"timestamp":<now>`, as the store's transcoder writes it, at each call.

    The transcoder's text for one moment is cut around that moment's ISO text, and the
    pieces are checked to give its text for another moment: then, at each call, only
    the clock's moment is written into them."""

    def __init__(self, transcoder: Transcoder, clock: Callable[[], datetime]) -> None:
        self.transcoder, self.clock = transcoder, clock
        self.before, self.after = _cut_around(transcoder, _PLACEHOLDER)
        other = datetime(2031, 12, 30, 23, 59, 58, 123456, tzinfo=timezone(timedelta(hours=8)))
        self.templated = self._filled(other) == _encoded_head(transcoder, other)

    def __call__(self) -> bytes:
        moment = self.clock()
        if self.templated:
            return self._filled(moment)
        return _encoded_head(self.transcoder, moment)

    def _filled(self, moment: datetime) -> bytes:
        return self.before + moment.isoformat().encode() + self.after


def _encoded_head(transcoder: Transcoder, moment: datetime) -> bytes:
    return transcoder.encode({"timestamp": moment})[:-1]  # the other fields follow


def _cut_around(transcoder: Transcoder, moment: datetime) -> tuple[bytes, bytes]:
    head, text = _encoded_head(transcoder, moment), moment.isoformat().encode()
    at = head.find(text)
    return (head[:at], head[at + len(text):]) if at >= 0 else (b"\x00", b"")


def event_clock() -> Callable[[], datetime]:
    """The clock eventsourcing stamps a new event with."""
    return DomainEvent.create_timestamp
