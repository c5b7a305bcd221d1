"""The hash chain over stored events: each link hashes one event as stored and the link
before it, so changing, removing, adding or moving any stored event breaks the chain
from that position on.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from uuid import UUID

GENESIS = bytes(32)
CHAIN_TABLE = "berjasa_chain"
_INT = struct.Struct(">q")


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
