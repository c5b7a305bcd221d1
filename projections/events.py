"""Recorded events as the read models see them: their stored JSON, parsed, not rebuilt.

eventsourcing's `mapper.to_domain_event` decodes every value of every event (a Python
object hook per JSON object, UUIDs, dates, stamps) and builds the event object; on a
rebuild that costs about as much as reading the log. The handlers read a few fields of each
event, so `EventDecoder` only parses the JSON (the C parser, no hook) into an `EventView`
whose attributes are the stored values; dates, UUIDs, stamps and the recorded time are read
from their stored text on request (`iso`, `hex`, `stamp_fields`, `recorded_at`), anything
else is decoded with the application's own transcodings (`decoded`).

The mapper's other steps are kept: decryption and decompression (the mapper's own cipher
and compressor), and upcasting — an event stored by an older `class_version` of its class
(the version written in its stored JSON, absent for 1) is decoded in full and passed
through the class's upcasters, as the mapper does. An event of its class's current version
takes the fast path even when that version is above 1; one written by a newer program
(a version this program's class does not have yet) is read as stored.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any
from uuid import UUID

import orjson
from eventsourcing.persistence import (
    Mapper,
    MapperDeserialisationError,
    Notification,
    Transcoding,
)
from eventsourcing.sqlite import SQLiteApplicationRecorder
from eventsourcing.utils import resolve_topic

_UTC_SUFFIX = "+00:00"
_RECORDED_AT_LENGTH = len("2026-01-01T00:00:00.000000+00:00")
# A whole second is stored without its fraction (`datetime.isoformat` leaves it out).
_WHOLE_SECOND_LENGTH = len("2026-01-01T00:00:00+00:00")
_NO_FRACTION = ".000000"


class EventView:
    """One recorded event: its envelope, and its fields as stored in JSON.

    `view.position`, `view.topic`, `view.qualname` ("Peserta.Registered"), `view.aggregate_id`
    (the originator's 32 hex digits), `view.originator_version`; each field of the event is
    an attribute holding its JSON value: text, numbers, booleans and lists of them read as
    the domain event has them. Values of other types are stored as `{"_type_", "_data_"}`
    objects: read them with `iso()` (dates), `hex()` (UUIDs), `stamp_fields()`,
    `recorded_at()`, or `decoded()` (anything, decoded as the mapper would).

    The fields are the instance's own `__dict__` (plain attribute reads, no Python-level
    hook per read: the handlers read ~5 fields of each of a million events)."""

    position: int
    topic: str
    qualname: str
    aggregate_id: str
    originator_version: int

    if TYPE_CHECKING:
        def __getattr__(self, name: str) -> Any: ...  # the event's fields

    @classmethod
    def of(cls, position: int, topic: str, originator: Any, originator_version: int,
           fields: dict[str, Any], names: dict[str, Transcoding]) -> EventView:
        if not _ENVELOPE.isdisjoint(fields):
            raise MapperDeserialisationError(
                f"event {position} ({topic}) has a field named like its envelope: "
                f"{sorted(_ENVELOPE & fields.keys())}")
        view = object.__new__(cls)
        fields["position"] = position
        fields["topic"] = topic
        fields["qualname"] = topic.rpartition(":")[2]
        fields["aggregate_id"] = originator if type(originator) is str else _hex(originator)
        fields["originator_version"] = originator_version
        fields["_names"] = names
        view.__dict__ = fields
        return view

    @property
    def originator_id(self) -> UUID:
        return UUID(self.aggregate_id)

    @property
    def aggregate_type(self) -> str:
        return self.qualname.rpartition(".")[0] or self.qualname

    def decoded(self, name: str) -> Any:
        """A field as the domain event has it (dates, UUIDs, stamps, nested values)."""
        return _decoded(self.__dict__[name], self.__dict__["_names"])

    def has(self, name: str) -> bool:
        return name in self.__dict__ and name not in _ENVELOPE

    def get(self, name: str, default: Any = None) -> Any:
        """A field decoded (see `decoded`), or `default` when the event has no such field."""
        return self.decoded(name) if self.has(name) else default

    def hex(self, name: str) -> str:
        """A UUID field as 32 hex digits (without building the UUID when stored as hex)."""
        raw = self.__dict__[name]
        if type(raw) is dict and raw.get("_type_") == "uuid_hex":
            return str(raw["_data_"])
        return str(self.decoded(name).hex)

    def iso(self, name: str) -> str | None:
        """A date field as ISO `YYYY-MM-DD` text (None when unset), without building a date
        when it is stored as one."""
        raw = self.__dict__.get(name)
        if type(raw) is dict and raw.get("_type_") == "date_iso":
            return str(raw["_data_"])
        value = self.decoded(name) if raw is not None else None
        return None if value is None else str(value.isoformat())

    def iso_required(self, name: str) -> str:
        found = self.iso(name)
        if found is None:
            raise AttributeError(f"{self.qualname} has no date {name!r}")
        return found

    def recorded_at(self) -> str:
        """The event's timestamp as fixed-width UTC text (sorts and compares as text)."""
        raw = self.__dict__.get("timestamp")
        if type(raw) is dict and raw.get("_type_") == "datetime_iso":
            text = raw["_data_"]
            if text.endswith(_UTC_SUFFIX):  # what recorded_at() makes of it, in text:
                if len(text) == _RECORDED_AT_LENGTH:
                    return str(text)
                if len(text) == _WHOLE_SECOND_LENGTH and text[19] == "+":
                    return f"{text[:19]}{_NO_FRACTION}{_UTC_SUFFIX}"
        return recorded_at(self.decoded("timestamp"))

    def stamp_fields(self) -> tuple[str, str, str] | None:
        """(actor, workstation, reason) of the event's stamp, None when it has none."""
        raw = self.__dict__.get("stamp")
        if type(raw) is dict and raw.get("_type_") == "stamp":
            data = raw["_data_"]
            return str(data["actor"]), str(data["workstation"]), str(data.get("reason", ""))
        stamp = self.get("stamp")
        actor = getattr(stamp, "actor", None)
        if actor is None:
            return None
        return str(actor), str(getattr(stamp, "workstation", "")), str(getattr(stamp, "reason", ""))


_ENVELOPE = frozenset({"position", "topic", "qualname", "aggregate_id", "originator_version",
                       "_names"})


def recorded_at(moment: datetime) -> str:
    """A recorded time as fixed-width UTC text (sorts and compares as text)."""
    if moment.utcoffset() != UTC.utcoffset(None):
        moment = moment.astimezone(UTC)
    return moment.isoformat(timespec="microseconds")


def _decoded(value: Any, names: dict[str, Transcoding]) -> Any:
    """What eventsourcing's JSON object hook makes of `value` (innermost objects first).
    Containers of plain values are returned as parsed: the view is their only owner."""
    if type(value) is list:
        if any(type(item) is dict or type(item) is list for item in value):
            return [_decoded(item, names) for item in value]
        return value
    if type(value) is not dict:
        return value
    if len(value) == 2 and "_type_" in value and "_data_" in value:
        return names[value["_type_"]].decode(_decoded(value["_data_"], names))
    if any(type(item) is dict or type(item) is list for item in value.values()):
        return {key: _decoded(item, names) for key, item in value.items()}
    return value


class EventDecoder:
    """Turns stored events into `EventView`s with the application's mapper's settings."""

    def __init__(self, mapper: Mapper[Any]) -> None:
        self.mapper = mapper
        transcoder: Any = mapper.transcoder
        # The JSON transcoder's registered transcodings by name. Another transcoder or a
        # mapper of another class (neither used by Berjasa) is left to do all the decoding.
        names = getattr(transcoder, "names", None)
        self.names: dict[str, Transcoding] | None = names if type(mapper) is Mapper else None
        self._loads = json.JSONDecoder().decode
        self._qualnames: dict[str, str] = {}
        self._versions: dict[str, int] = {}

    def __call__(self, notification: Notification) -> EventView:
        if self.names is None:
            fields = dict(vars(self.mapper.to_domain_event(notification)))
            fields.pop("originator_id", None)
            fields.pop("originator_version", None)
            return EventView.of(notification.id, notification.topic, notification.originator_id,
                                notification.originator_version, fields, {})
        unseal = getattr(self.mapper, "unseal", None)
        plaintext = (unseal(notification.state, notification.originator_id,
                            notification.originator_version) if unseal is not None
                     else self.plaintext(notification.state))
        return self.view(notification.id, notification.topic, notification.originator_id,
                         notification.originator_version, plaintext)

    def many(self, notifications: Sequence[Notification]) -> list[EventView]:
        """The views of a page of events: `[self(n) for n in notifications]`, with the common
        case (a plain JSON store, an event of its class's current version) in one loop of
        local names — at a million events the calls and lookups of `__call__` → `view` →
        `EventView.of` cost about a microsecond per event. Anything else takes `__call__`."""
        if not self._plain():
            return [self(n) for n in notifications]
        return self._views([(n.id, n.originator_id, n.originator_version, n.topic, n.state)
                            for n in notifications])

    def read(self, recorder: Any, start: int, limit: int) -> list[EventView]:
        """The views of the events at positions `start`.. (at most `limit`): what
        `self.many(recorder.select_notifications(start, limit))` gives. From a SQLite
        recorder of a plain store the stored rows are read as they are, with the
        recorder's own connection and table: no `Notification` nor `UUID` object is made
        for them (~2-3 µs an event at a million events)."""
        if not (self._plain() and isinstance(recorder, SQLiteApplicationRecorder)):
            return self.many(recorder.select_notifications(start, limit))
        with recorder.datastore.transaction(commit=False) as cursor:
            cursor.execute(
                "SELECT rowid, originator_id, originator_version, topic, state FROM "
                f"{recorder.events_table_name} WHERE rowid >= ? ORDER BY rowid LIMIT ?",
                (start, limit))
            return self._views([tuple(row) for row in cursor.fetchall()])

    def _plain(self) -> bool:
        """A JSON store the fast loop reads: neither encrypted nor compressed."""
        mapper = self.mapper
        return self.names is not None and mapper.cipher is None and mapper.compressor is None

    def _views(self, rows: Sequence[tuple[Any, ...]]) -> list[EventView]:
        """Views of stored rows (position, originator id, its version, topic, state): the
        originator id a `UUID`, or its stored text."""
        names, loads, new, envelope = self.names, orjson.loads, object.__new__, _ENVELOPE
        assert names is not None
        qualnames, versions = self._qualnames, self._versions
        views: list[EventView] = []
        append = views.append
        for row in rows:
            position, originator, version, topic, state = row
            try:
                fields = loads(state)
            except orjson.JSONDecodeError:
                fields = None
            if type(fields) is not dict or not envelope.isdisjoint(fields):
                append(self(_notification(row)))  # json's leniency, or its error
                continue
            current = versions.get(topic)
            if current is None:
                current = versions[topic] = _class_version(topic)
            stored = fields.pop("class_version", 1)
            if stored != current and not (type(stored) is int and stored > current):
                append(self(_notification(row)))  # an older version: upcast
                continue
            qualname = qualnames.get(topic)
            if qualname is None:
                qualname = qualnames[topic] = topic.rpartition(":")[2]
            fields["position"] = position
            fields["topic"] = topic
            fields["qualname"] = qualname
            fields["aggregate_id"] = (originator.hex if type(originator) is UUID
                                      else _stored_hex(originator))
            fields["originator_version"] = version
            fields["_names"] = names
            view = new(EventView)
            view.__dict__ = fields
            append(view)
        return views

    def plaintext(self, state: bytes) -> bytes:
        """The mapper's first steps: decrypt, then decompress (when the store does)."""
        mapper = self.mapper
        if mapper.cipher is not None:
            state = mapper.cipher.decrypt(state)
        if mapper.compressor is not None:
            state = mapper.compressor.decompress(state)
        return state

    def view(self, position: int, topic: str, originator: Any, originator_version: int,
             plaintext: bytes) -> EventView:
        """The view of one event from its decrypted, decompressed JSON."""
        names = self.names or {}
        try:
            fields = self._parse(plaintext)
            stored = fields.pop("class_version", 1)
            # A newer version than this program's class is read as stored.
            if stored < _class_version(topic):
                fields = self._upcast(topic, stored, fields)
        except (ValueError, UnicodeDecodeError) as error:
            raise MapperDeserialisationError(
                f"Failed to deserialise state of stored event {position} ({topic}): {error}"
            ) from error
        return EventView.of(position, topic, originator, originator_version, fields, names)

    def _parse(self, plaintext: bytes) -> dict[str, Any]:
        """orjson (C, ~3x faster than `json`); what it refuses and Python's parser accepts
        (integers beyond 64 bits, NaN/Infinity) is parsed again by `json`, so every stored
        event reads exactly as the mapper would read it."""
        try:
            fields: dict[str, Any] = orjson.loads(plaintext)
        except orjson.JSONDecodeError:
            fields = self._loads(plaintext.decode("utf8"))
        return fields

    def _upcast(self, topic: str, version: int, stored: dict[str, Any]) -> dict[str, Any]:
        """What `Mapper.to_domain_event` does for an event of an older class version: the
        upcasters get every value decoded, as the transcoder would decode it."""
        fields: dict[str, Any] = _decoded(stored, self.names or {})
        cls = resolve_topic(topic)
        target = int(cls.class_version)
        while version < target:
            getattr(cls, f"upcast_v{version}_v{version + 1}")(fields)
            version += 1
        return fields


def _notification(row: tuple[Any, ...]) -> Notification:
    position, originator, version, topic, state = row
    return Notification(id=position, originator_id=originator if type(originator) is UUID
                        else UUID(originator), originator_version=version, topic=topic,
                        state=state)


def _stored_hex(originator: Any) -> str:
    """An originator id as the mapper's `UUID(...).hex` spells it: stored text already
    spelled so is taken as it is."""
    if type(originator) is str and len(originator) == 32 and originator == originator.lower():
        return originator
    return _hex(originator if type(originator) is not str else UUID(originator))


def _hex(originator_id: Any) -> str:
    hex_digits = getattr(originator_id, "hex", None)
    return str(hex_digits) if hex_digits is not None else str(originator_id)


@cache
def _class_version(topic: str) -> int:
    """The version this program's class of `topic` has (1 when it declares none)."""
    try:
        cls = resolve_topic(topic)
    except Exception:  # a type this program does not know: its fields are read as stored
        return 1
    return int(getattr(cls, "class_version", 1))
