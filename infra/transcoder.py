"""eventsourcing's JSON transcoder with a quicker writer for the usual event state.

`JSONTranscoder` builds a C JSON encoder per event and lets it call back into Python for
every value it cannot write itself (a worker's Registered event: its timestamp, birth date,
decile date and stamp): ~9 µs per event, the largest part of storing one. The state of
nearly every event is a dict of strings, ints, bools, None, lists, dicts and values of
registered transcodings; this writer puts those together with the same pieces the C
encoder uses (`encode_basestring`, `int.__repr__`, `","` and `":"` without spaces, the
transcodings' `{"_type_": name, "_data_": ...}`), in about half the time. Anything else
(a float, a tuple, a subclass of a built-in type, a key that is not a string, a cycle) is
written by `JSONTranscoder` itself, so the bytes are always the ones it writes (tests
compare both on every kind of event the application stores). Decoding is inherited.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any
from uuid import UUID

from eventsourcing.persistence import (
    DatetimeAsISO,
    DecimalAsStr,
    JSONTranscoder,
    Transcoding,
    UUIDAsHex,
)

from domain.model.common import DateAsISO, Stamp, StampAsDict

# The types the C encoder writes itself, subclasses included: it never asks a transcoding
# registered for one of them, so neither does this writer.
_NATIVE = (str, int, float, list, tuple, dict, bool, type(None))
_KEYS_KEPT = 10_000
# Values that cannot change once made: the same object is always written the same way.
_IMMUTABLE = (date, datetime, UUID, Decimal, Stamp)


def register_event_transcodings(transcoder: JSONTranscoder) -> None:
    """The application's transcodings: eventsourcing's (as `Application` registers them),
    then a date and a stamp. An import's reader process encodes events with these too."""
    for transcoding in (UUIDAsHex(), DecimalAsStr(), DatetimeAsISO(), DateAsISO(),
                        StampAsDict()):
        transcoder.register(transcoding)


def event_transcoder() -> QuickJSONTranscoder:
    """A transcoder that writes events exactly as the application's store does."""
    transcoder = QuickJSONTranscoder()
    register_event_transcodings(transcoder)
    return transcoder


class _UnwritableError(Exception):
    """A value this writer leaves to JSONTranscoder."""


class QuickJSONTranscoder(JSONTranscoder):
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
