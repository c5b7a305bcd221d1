"""The hash chain over stored events: each link hashes one event as stored and the link
before it, so changing, removing, adding or moving any stored event breaks the chain
from that position on.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol
from uuid import UUID

GENESIS = bytes(32)
CHAIN_TABLE = "berjasa_chain"
_INT = struct.Struct(">q")
_TWO = struct.Struct(">qq")


@dataclass(frozen=True)
class EventRow:
    """One stored event exactly as the database holds it."""

    position: int
    originator_id: str
    version: int
    topic: str
    state: bytes


def originator_text(originator_id: UUID | str) -> str:
    """The originator id as hashed: a UUID's 32 hex digits, any other id as given."""
    return originator_id.hex if isinstance(originator_id, UUID) else str(originator_id)


def link_hash(previous: bytes, row: EventRow) -> bytes:
    """SHA-256 over the previous link and every field of the event, length-prefixed so
    no two different events can produce the same input."""
    digest = hashlib.sha256(previous)
    digest.update(_INT.pack(row.position))
    for part in (row.originator_id.encode(), row.topic.encode()):
        digest.update(_INT.pack(len(part)))
        digest.update(part)
    digest.update(_INT.pack(row.version))
    digest.update(_INT.pack(len(row.state)))
    digest.update(row.state)
    return digest.digest()


def chain_links(previous: bytes, rows: list[EventRow]) -> list[tuple[int, bytes]]:
    """The (position, hash) links for new rows following the link `previous`."""
    links = []
    for row in rows:
        previous = link_hash(previous, row)
        links.append((row.position, previous))
    return links


class StoredLike(Protocol):
    """What `new_links` reads of an event about to be stored (eventsourcing's StoredEvent)."""

    @property
    def originator_id(self) -> UUID | str: ...

    @property
    def originator_version(self) -> int: ...

    @property
    def topic(self) -> str: ...

    @property
    def state(self) -> bytes: ...


def new_links(previous: bytes, positions: Sequence[int], stored: Sequence[StoredLike]
              ) -> list[tuple[int, bytes]]:
    """`chain_links` for events as they are being inserted, hashing the same bytes in one
    call per event (~3 µs of Python per event less: an import writes 300,000)."""
    links = []
    topics: dict[str, bytes] = {}
    sha256, two, one = hashlib.sha256, _TWO.pack, _INT.pack
    for position, event in zip(positions, stored, strict=True):
        originator = originator_text(event.originator_id).encode()
        topic = topics.get(event.topic)
        if topic is None:
            encoded = event.topic.encode()
            topic = topics[event.topic] = one(len(encoded)) + encoded
        state = bytes(event.state)
        previous = sha256(b"".join((
            previous, two(position, len(originator)), originator, topic,
            two(event.originator_version, len(state)), state,
        ))).digest()
        links.append((position, previous))
    return links
