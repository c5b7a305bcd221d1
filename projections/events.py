"""Recorded events as the read models see them: the stored JSON, decoded on access.

eventsourcing's `mapper.to_domain_event` decodes every value of every event (a Python
object hook per JSON object, UUIDs, dates, stamps) and builds the event object; on a
rebuild that costs as much as reading the log itself. The handlers read a few fields of
each event, so `EventDecoder` only parses the JSON (the C parser, no hook) and an
`EventView` turns a field into its Python value (with the application's own transcodings)
the first time a handler asks for it. The envelope the audit trail needs (recorded time,
stamp) is read straight from the JSON.

The mapper's other steps are kept: decryption and decompression (the mapper's own cipher
and compressor), and upcasting — an event whose class has a newer `class_version` than the
stored one goes through `mapper.to_domain_event`, which runs the upcasters.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from typing import Any

from eventsourcing.persistence import Mapper, Notification, Transcoding
from eventsourcing.utils import resolve_topic

_UTC_SUFFIX = "+00:00"
_RECORDED_AT_LENGTH = len("2026-01-01T00:00:00.000000+00:00")


class EventView:
    """One recorded event: its position, type and aggregate, and its fields by name.

    `view.nik`, `view.birth_date`, ... are the event's attributes as the domain event would
    have them (dates as `date`, stamps as `Stamp`, UUIDs as `UUID`), decoded when read."""

    __slots__ = ("_names", "_state", "aggregate_id", "originator_id", "originator_version",
                 "position", "qualname", "topic")

    def __init__(self, notification: Notification, state: dict[str, Any],
                 names: dict[str, Transcoding]) -> None:
        self.position = notification.id
        self.topic = notification.topic
        self.qualname = notification.topic.rpartition(":")[2]
        self.originator_id = notification.originator_id
        self.originator_version = notification.originator_version
        self.aggregate_id = _hex(notification.originator_id)  # the id as 32 hex digits
        self._state = state
        self._names = names

    def __getattr__(self, name: str) -> Any:
        try:
            value = self._state[name]
        except KeyError:
            raise AttributeError(f"{self.qualname} has no field {name!r}") from None
        if type(value) is dict or type(value) is list:
            return _decoded(value, self._names)
        return value

    def hex(self, name: str) -> str:
        """A UUID field as 32 hex digits (without building the UUID when stored as hex)."""
        raw = self._state[name]
        if type(raw) is dict and raw.get("_type_") == "uuid_hex":
            return str(raw["_data_"])
        return str(getattr(self, name).hex)

    def iso(self, name: str) -> str | None:
        """A date field as ISO `YYYY-MM-DD` text (None when unset), without building a date
        when it is stored as one."""
        raw = self._state.get(name)
        if type(raw) is dict and raw.get("_type_") == "date_iso":
            return str(raw["_data_"])
        value = getattr(self, name) if name in self._state else None
        return None if value is None else str(value.isoformat())

    def iso_required(self, name: str) -> str:
        found = self.iso(name)
        if found is None:
            raise AttributeError(f"{self.qualname} has no date {name!r}")
        return found

    def get(self, name: str, default: Any = None) -> Any:
        return getattr(self, name) if name in self._state else default

    @property
    def aggregate_type(self) -> str:
        return self.qualname.rpartition(".")[0] or self.qualname

    def recorded_at(self) -> str:
        """The event's timestamp as fixed-width UTC text (sorts and compares as text)."""
        raw = self._state.get("timestamp")
        if type(raw) is dict and raw.get("_type_") == "datetime_iso":
            text = raw["_data_"]
            if len(text) == _RECORDED_AT_LENGTH and text.endswith(_UTC_SUFFIX):
                return str(text)  # already what recorded_at() would make of it
        return recorded_at(self.timestamp)

    def stamp_fields(self) -> tuple[str, str, str] | None:
        """(actor, workstation, reason) of the event's stamp, None when it has none."""
        raw = self._state.get("stamp")
        if type(raw) is dict and raw.get("_type_") == "stamp":
            data = raw["_data_"]
            return str(data["actor"]), str(data["workstation"]), str(data.get("reason", ""))
        stamp = self.get("stamp")
        actor = getattr(stamp, "actor", None)
        if actor is None:
            return None
        return str(actor), str(getattr(stamp, "workstation", "")), str(getattr(stamp, "reason", ""))


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
    """Turns notifications into `EventView`s with the application's mapper's settings."""

    def __init__(self, mapper: Mapper[Any]) -> None:
        self.mapper = mapper
        transcoder: Any = mapper.transcoder
        # The JSON transcoder's registered transcodings by name; another transcoder (not
        # used by Berjasa) is handled by decoding every event through the mapper.
        self.names: dict[str, Transcoding] | None = getattr(transcoder, "names", None)
        self._loads = json.JSONDecoder().decode

    def __call__(self, notification: Notification) -> EventView:
        topic, names = notification.topic, self.names
        if names is None or _needs_upcasting(topic):
            return self._through_mapper(notification)
        state = notification.state
        mapper = self.mapper
        if mapper.cipher is not None:
            state = mapper.cipher.decrypt(state)
        if mapper.compressor is not None:
            state = mapper.compressor.decompress(state)
        fields: dict[str, Any] = self._loads(state.decode("utf8"))
        if "class_version" in fields:  # stored by a newer class than the one loaded now
            return self._through_mapper(notification)
        return EventView(notification, fields, names)

    def _through_mapper(self, notification: Notification) -> EventView:
        event = self.mapper.to_domain_event(notification)
        fields = dict(vars(event))
        return EventView(notification, fields, self.names or {})


def _hex(originator_id: Any) -> str:
    hex_digits = getattr(originator_id, "hex", None)
    return str(hex_digits) if hex_digits is not None else str(originator_id)


@cache
def _needs_upcasting(topic: str) -> bool:
    try:
        cls = resolve_topic(topic)
    except Exception:  # a type this program does not know: its fields are read as stored
        return False
    return int(getattr(cls, "class_version", 1)) > 1
