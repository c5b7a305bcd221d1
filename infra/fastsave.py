"""The import's fast path, and the one switch that turns it off.

The bootstrap constructs `application_class()`: the domain's `BerjasaApplication` with a
quicker save (`FastBerjasa`), unless the operator set `BERJASA_FAST_SAVE=0` (also `off`,
`no`, `false`), which gives the plain `BerjasaApplication`: eventsourcing's own
`Application.save` and
`JSONTranscoder`. Both store the same bytes; only the time differs (a 100,000-row import
needs the fast save to stay above 5,000 rows/s: docs/BENCHMARKS.md, "The fast path
reduced"). The switch is there for diagnosis: when a store misbehaves, an operator can
rule the fast path out without a new build.

What `FastBerjasa` changes, each measured in the saving process of an import:
- `save` collects aggregates' and events' changes without `typing`'s runtime Protocol
  checks (about 15 µs per object on Python 3.11; an import's batch saves 3,000 events),
  and, when no subclass listens for eventsourcing's recordings, stores the events without
  building a `Recording` and a `Notification` per event that nobody reads: together
  25-35% of the CPU time of an import's saving process.
- `FastJSONTranscoder` writes eventsourcing's JSON bytes without a C encoder per event
  that calls back into Python for every date, UUID and stamp: up to 9% of it (measured
  on a loaded machine, within the noise of one run).

The contract is byte equality, checked by tests: `tests/unit/infra/test_fast_json.py`
(every kind of value, every event of a demo history), `tests/integration/
test_fast_save_bytes.py` (an import and a history stored through both paths hold the
same bytes, timestamps aside) and `tests/integration/test_save_without_recordings.py`.
eventsourcing's members used here go through `infra.eventsourcing_compat`, which pins
their source.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any
from uuid import UUID

from eventsourcing.application import ProcessingEvent
from eventsourcing.domain import Aggregate, DomainEvent
from eventsourcing.persistence import JSONTranscoder, Recording, Transcoder, Transcoding

from domain.model.common import Stamp
from domain.services.base import BerjasaApplication
from infra import eventsourcing_compat as es

FAST_SAVE_ENV = "BERJASA_FAST_SAVE"
_OFF = frozenset({"0", "off", "no", "false"})


def application_class(environ: Mapping[str, str] | None = None) -> type[BerjasaApplication]:
    """The application the bootstrap constructs: `FastBerjasa` unless switched off."""
    value = (os.environ if environ is None else environ).get(FAST_SAVE_ENV, "")
    return BerjasaApplication if value.strip().lower() in _OFF else FastBerjasa


class FastBerjasa(BerjasaApplication):
    """`BerjasaApplication` with the fast JSON writer and the fast save (same bytes
    stored)."""

    # eventsourcing names an application after its class unless told: the name chooses
    # the PostgreSQL tables and the environment's prefixes, so it stays the domain's.
    name = BerjasaApplication.name

    def construct_transcoder(self) -> Transcoder:
        """eventsourcing's JSON format, written by `FastJSONTranscoder` (same bytes)."""
        transcoder = self.factory.transcoder()
        if type(transcoder) is JSONTranscoder:
            transcoder = FastJSONTranscoder()
        if isinstance(transcoder, JSONTranscoder):
            self.register_transcodings(transcoder)
        return transcoder

    def save(self, *objs: Any, **kwargs: Any) -> list[Recording[UUID]]:
        """`Application.save`'s steps: recording (or storing, see `_store`), snapshots and
        notification are eventsourcing's own; only the collecting of events is done here,
        and, when nothing overrides eventsourcing's `_notify` or `notify` hooks (nothing
        here does), the events are stored without recordings and `[]` is returned."""
        self.know_snapshot_intervals(objs)
        processing_event = _FastProcessingEvent()
        processing_event.collect_events(*objs, **kwargs)
        if self._listened:
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

    def _store(self, processing_event: ProcessingEvent[UUID]) -> None:
        """`Application._record` without the recordings: eventsourcing's own mapper and
        recorder insert the same stored events in the same transaction, and the saved
        aggregates go into the repository's cache as there."""
        events = self.events
        stored = list(map(events.mapper.to_stored_event, processing_event.events))
        events.recorder.insert_events(
            stored, tracking=processing_event.tracking, **processing_event.saved_kwargs)
        cache = self.repository.cache
        if cache and not self.repository.fastforward:
            for aggregate_id, aggregate in processing_event.aggregates.items():
                cache.put(aggregate_id, aggregate)


class _FastProcessingEvent(ProcessingEvent[UUID]):
    """Recognises aggregates and events by class (a C-level check) before eventsourcing's
    Protocol checks, which still see anything else."""

    def collect_events(self, *objs: Any, **kwargs: Any) -> None:
        for obj in objs:
            if isinstance(obj, Aggregate):
                self.events.extend(obj.collect_events())
                self.aggregates[obj.id] = obj
            elif isinstance(obj, DomainEvent):
                self.events.append(obj)
            else:
                super().collect_events(obj)
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


# --- the JSON writer ---------------------------------------------------------------------
#
# `JSONTranscoder` builds a C JSON encoder per event and lets it call back into Python for
# every value it cannot write itself (a worker's Registered event: its timestamp, birth
# date, decile date and stamp). The state of nearly every event is a dict of strings,
# ints, bools, None, lists, dicts and values of registered transcodings; this writer puts
# those together with the same pieces the C encoder uses (`encode_basestring`,
# `int.__repr__`, `","` and `":"` without spaces, the transcodings' `{"_type_": name,
# "_data_": ...}`). Anything else (a float, a tuple, a subclass of a built-in type, a key
# that is not a string, a cycle) is written by `JSONTranscoder` itself, so the bytes are
# always the ones it writes. Decoding is inherited.

# The types the C encoder writes itself, subclasses included: it never asks a transcoding
# registered for one of them, so neither does this writer.
_NATIVE = (str, int, float, list, tuple, dict, bool, type(None))
_KEYS_KEPT = 10_000
# Values that cannot change once made: the same object is always written the same way.
_IMMUTABLE = (date, datetime, UUID, Decimal, Stamp)


class _UnwritableError(Exception):
    """A value this writer leaves to JSONTranscoder."""


class FastJSONTranscoder(JSONTranscoder):
    """`JSONTranscoder`'s bytes, written without a C encoder per event."""

    def __init__(self) -> None:
        super().__init__()
        self._keys: dict[str, str] = {}
        self._writers: dict[type, Callable[[Any], str]] = {
            str: encode_basestring, int: int.__repr__, bool: _boolean,
            type(None): _null, list: self._list, dict: self._dict,
        }

    def register(self, transcoding: Transcoding) -> None:
        super().register(transcoding)
        if issubclass(transcoding.type, _NATIVE):
            return
        head = '{"_type_":' + encode_basestring(transcoding.name) + ',"_data_":'
        encode, write = transcoding.encode, self._write

        def wrapped(value: Any) -> str:
            return head + write(encode(value)) + "}"

        if transcoding.type not in _IMMUTABLE:
            self._writers[transcoding.type] = wrapped
            return
        # A batch's events share one stamp, start and end date: each written once. The
        # pair is replaced whole, so a thread never reads one value's text for another.
        last: list[tuple[Any, str]] = [(None, "")]

        def remembered(value: Any) -> str:
            seen, text = last[0]
            if seen is not value:
                text = wrapped(value)
                last[0] = (value, text)
            return text

        self._writers[transcoding.type] = remembered

    def encode(self, obj: Any) -> bytes:
        try:
            text = self._write(obj)
        except (_UnwritableError, RecursionError):
            return super().encode(obj)
        return text.encode("utf8")

    def _write(self, value: Any) -> str:
        writer = self._writers.get(type(value))
        if writer is None:
            raise _UnwritableError
        return writer(value)

    def _list(self, values: list[Any]) -> str:
        try:  # the usual list of strings (a batch's thousand seat holders) in one go
            return "[" + ",".join(map(encode_basestring, values)) + "]"
        except TypeError:  # not all strings: each value as itself
            write = self._write
            return "[" + ",".join([write(value) for value in values]) + "]"

    def _dict(self, values: dict[Any, Any]) -> str:
        keys, writers = self._keys, self._writers
        parts = []
        for key, value in values.items():
            written = keys.get(key) if type(key) is str else None
            if written is None:
                if type(key) is not str:
                    raise _UnwritableError
                written = encode_basestring(key) + ":"
                if len(keys) < _KEYS_KEPT:  # field names: a handful per event class
                    keys[key] = written
            writer = writers.get(type(value))  # `_write`, inlined: ~30 values an event
            if writer is None:
                raise _UnwritableError
            parts.append(written + writer(value))
        return "{" + ",".join(parts) + "}"


def _boolean(value: bool) -> str:
    return "true" if value else "false"


def _null(_: None) -> str:
    return "null"
