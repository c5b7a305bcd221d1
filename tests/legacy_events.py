"""Storing events as an older program stored them, to test that old histories still read."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from eventsourcing.persistence import Mapper, StoredEvent

from domain.services.app import Berjasa

INDEKS_TOPIC = "domain.model.indeks:Indeks."


DIREKTORI_TOPIC = "domain.model.direktori:Direktori."
DIREKTORI_LISTINGS = tuple(f"{DIREKTORI_TOPIC}{name}"
                           for name in ("QuotaListed", "AgreementListed", "UserListed"))


def index_events_as_version_1(app: Berjasa) -> AbstractContextManager[None]:
    """While inside, the index events the application saves are stored in their version 1
    shape — the bytes the program wrote before index events carried a stamp: no `stamp`,
    no `class_version`. Everything else (positions, the hash chain) is stored as usual."""
    return events_as_version_1(app, (INDEKS_TOPIC,))


@contextmanager
def events_as_version_1(app: Berjasa, topics: tuple[str, ...],
                        added: tuple[str, ...] = ("stamp",)) -> Iterator[None]:
    """The same for the events whose topic starts with one of `topics`; `added` are the
    fields version 2 added (dropped here, as version 1 never had them)."""
    mapper: Mapper[Any] = app.application.mapper
    current = mapper.to_stored_event

    def old_shape(event: Any) -> StoredEvent:
        stored = current(event)
        if not stored.topic.startswith(topics):
            return stored
        state = dict(vars(event))
        for name in ("originator_id", "originator_version", *added):
            state.pop(name)
        data = mapper.transcoder.encode(state)
        if mapper.compressor is not None:
            data = mapper.compressor.compress(data)
        if mapper.cipher is not None:
            data = mapper.cipher.encrypt(data)
        return StoredEvent(stored.originator_id, stored.originator_version, stored.topic, data)

    mapper.to_stored_event = old_shape  # type: ignore[method-assign]
    try:
        yield
    finally:
        del mapper.to_stored_event
