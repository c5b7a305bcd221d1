"""Indeks: which aggregate holds a unique natural key (a NIK, a KPJ number) now.

Creating an index twice collides on version 1 in storage, so uniqueness holds even when
two workstations register the same key at the same moment.

Version 2 of each event carries the stamp of the command that made it (who, from which
workstation, why), as every other event does. Version 1 events (stored before) had none;
they are read with `stamp = None` and the audit trail finds their actor from the command's
other events (`projections.handlers`). The aggregate's own state (kind, key, owner) is
unchanged, so the aggregate class itself (its snapshots) needs no new version.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.model.common import Stamp, no_stamp
from domain.model.ids import index_id
from domain.model.indeks_rules import INDEX_COMMAND_EVENTS

# The plain rule lives in `indeks_rules` (the read models and the history load it without
# this aggregate's event classes).
__all__ = ["INDEX_COMMAND_EVENTS", "Indeks", "index_entry", "index_id"]


class Indeks(Aggregate):
    class Indexed(Aggregate.Created):
        class_version = 2
        kind: str
        key: str
        owner: UUID
        stamp: Stamp | None
        upcast_v1_v2 = staticmethod(no_stamp)

    class Released(Aggregate.Event):
        class_version = 2
        stamp: Stamp | None
        upcast_v1_v2 = staticmethod(no_stamp)

    class Reassigned(Aggregate.Event):
        class_version = 2
        owner: UUID
        stamp: Stamp | None
        upcast_v1_v2 = staticmethod(no_stamp)

    @staticmethod
    def create_id(kind: str, key: str, **_: Any) -> UUID:
        # The uuid5 id; the services pass the store's own (`BerjasaApplication.ids`) as `id`.
        return index_id(kind, key)

    @event(Indexed)
    def __init__(self, kind: str, key: str, owner: UUID, stamp: Stamp | None,
                 id: UUID | None = None) -> None:
        # `id`: the store's id for the key (`index_entry`); eventsourcing passes it here,
        # never into the event, and `create_id` gives the uuid5 one when it is not given.
        self.kind = kind
        self.key = key
        self.owner: UUID | None = owner

    @event(Released)
    def release(self, stamp: Stamp | None) -> None:
        self.owner = None

    @event(Reassigned)
    def reassign(self, owner: UUID, stamp: Stamp | None) -> None:
        self.owner = owner


def index_entry(aggregate_id: UUID, kind: str, key: str, owner: UUID,
                stamp: Stamp | None) -> Indeks:
    """A new index entry under `aggregate_id` (the store's id for the key: see
    `domain.model.ids`), rather than the uuid5 id `create_id` would give it."""
    return Indeks(kind=kind, key=key, owner=owner, stamp=stamp, id=aggregate_id)
