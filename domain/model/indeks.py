"""Indeks: which aggregate holds a unique natural key (a NIK, a KPJ number) now.

Creating an index twice collides on version 1 in storage, so uniqueness holds even when
two workstations register the same key at the same moment.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID, uuid5

from eventsourcing.domain import Aggregate, event

_INDEX_ROOT = UUID("0d3f3c8e-8d7b-4f63-a7a3-1b1f3f57c0de")


def index_id(kind: str, key: str) -> UUID:
    return uuid5(_INDEX_ROOT, f"{kind}:{key}")


class Indeks(Aggregate):
    @staticmethod
    def create_id(kind: str, key: str, **_: Any) -> UUID:
        return index_id(kind, key)

    @event("Indexed")
    def __init__(self, kind: str, key: str, owner: UUID) -> None:
        self.kind = kind
        self.key = key
        self.owner: UUID | None = owner

    @event("Released")
    def release(self) -> None:
        self.owner = None

    @event("Reassigned")
    def reassign(self, owner: UUID) -> None:
        self.owner = owner
