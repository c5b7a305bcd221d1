"""The hash chain over stored events: each link hashes one event as stored and the link
before it, so changing, removing, adding or moving any stored event breaks the chain
from that position on.

Two schemes share one input (the previous link, position, aggregate id, version, topic,
stored state): the first links of stores created before issue 22 are plain SHA-256, which
anyone can recompute; from the position recorded as `chain_keyed_from` on, every link is
an HMAC-SHA256 under the store's chain key (`ChainKey`), which a forger without the key
cannot produce. The chain's head (position, link) is anchored outside the chain table,
in the metadata (`chain_head`, with its own HMAC), so removing the newest events together
with their links is seen.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol
from uuid import UUID

GENESIS = bytes(32)
CHAIN_TABLE = "berjasa_chain"
# The application's settings that carry the chain key (hex) and the store id to the
# recorders, as CIPHER_KEY carries the encryption key to eventsourcing's cipher.
CHAIN_KEY_SETTING, CHAIN_STORE_SETTING = "BERJASA_CHAIN_KEY_HEX", "BERJASA_CHAIN_STORE_ID"
# The metadata entries (`berjasa_meta`) the chain keeps outside its own table.
KEYED_FROM_ENTRY, HEAD_ENTRY = "chain_keyed_from", "chain_head"
# Metadata entries of a copy (backup, migration target): the head of the source it must
# reach ("position:link:"), and a marker (the source's store id) while it is unfinished.
EXPECTED_HEAD_ENTRY, COPY_INCOMPLETE_ENTRY = "copy_expected_head", "copy_incomplete"
# Set by the commands that write a copy (migrate, backup): only they open an unfinished one.
COPYING_SETTING = "BERJASA_COPYING"
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


def _link_input(previous: bytes, row: EventRow) -> bytes:
    """The previous link and every field of the event, length-prefixed so no two
    different events can produce the same input."""
    originator, topic = row.originator_id.encode(), row.topic.encode()
    return b"".join((
        previous, _TWO.pack(row.position, len(originator)), originator,
        _INT.pack(len(topic)), topic, _TWO.pack(row.version, len(row.state)), row.state,
    ))


def link_hash(previous: bytes, row: EventRow, key: bytes | None = None) -> bytes:
    """The link of `row` after `previous`: SHA-256 of the input, or its HMAC under `key`."""
    data = _link_input(previous, row)
    return hmac.digest(key, data, "sha256") if key else hashlib.sha256(data).digest()


def chain_links(previous: bytes, rows: list[EventRow], chain: ChainKey | None = None
                ) -> list[tuple[int, bytes]]:
    """The (position, hash) links for new rows following the link `previous`."""
    links = []
    for row in rows:
        previous = link_hash(previous, row, chain.key_at(row.position) if chain else None)
        links.append((row.position, previous))
    return links


@dataclass(frozen=True)
class ChainKey:
    """The secret the links are keyed with, and the first position keyed with it (links
    before it are plain SHA-256: written before the store had a chain key)."""

    key: bytes
    keyed_from: int

    def key_at(self, position: int) -> bytes | None:
        return self.key if position >= self.keyed_from else None


def keyed_from_tag(key: bytes, store_id: str, position: int) -> str:
    """What proves `chain_keyed_from` was written by a key holder: without it a forger
    could move the switch past every event and recompute plain links."""
    return hmac.digest(key, b"berjasa chain keyed from\x00" + store_id.encode() + b"\x00"
                       + _INT.pack(position), "sha256").hex()


def head_tag(key: bytes, position: int, link: bytes) -> str:
    """What proves a recorded head (position, link) was written by a key holder: the
    links of earlier positions are in the table, their head tags never were."""
    return hmac.digest(key, b"berjasa chain head\x00" + _INT.pack(position) + link,
                       "sha256").hex()


@dataclass(frozen=True)
class Head:
    """The newest (position, link) as recorded outside the chain table."""

    position: int
    link: bytes
    tag: str = ""

    def encode(self) -> str:
        return f"{self.position}:{self.link.hex()}:{self.tag}"

    @staticmethod
    def decode(text: str | None) -> Head | None:
        """The recorded head, None when none was recorded; ValueError when malformed."""
        if not text:
            return None
        position, link, tag = text.split(":")
        return Head(int(position), bytes.fromhex(link), tag)


def head_for(position: int, link: bytes, chain: ChainKey | None) -> Head:
    key = chain.key_at(position) if chain else None
    return Head(position, link, head_tag(key, position, link) if key else "")


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


def new_links(previous: bytes, positions: Sequence[int], stored: Sequence[StoredLike],
              chain: ChainKey | None = None) -> list[tuple[int, bytes]]:
    """`chain_links` for events as they are being inserted, hashing the same bytes in one
    call per event (~3 µs of Python per event less: an import writes 300,000)."""
    if chain is not None and positions and positions[-1] >= chain.keyed_from:
        return _new_keyed_links(previous, positions, stored, chain)
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


def _new_keyed_links(previous: bytes, positions: Sequence[int], stored: Sequence[StoredLike],
                     chain: ChainKey) -> list[tuple[int, bytes]]:
    links = []
    for position, event in zip(positions, stored, strict=True):
        row = EventRow(position, originator_text(event.originator_id),
                       event.originator_version, event.topic, bytes(event.state))
        previous = link_hash(previous, row, chain.key_at(position))
        links.append((position, previous))
    return links
