"""Moving a history into a new store under the new store's own ids (issue 23): a store
created before keyed ids derives its worker and index ids as uuid5 of the NIK (one hash
tests a NIK); copied into a new store, each id is derived again with the new store's
secret (`domain.model.ids`), and every place the history names a worker by its id is
rewritten with it: the aggregate ids of workers and of their NIK/KPJ index entries, the
owners of index entries, quota seat lists, a claim's worker, duplicate decisions, and the
claim index keys built from a worker's id.

Unlike `infra.migration` (a byte-for-byte copy under the source's own identity), every
event is opened with the source's key, its ids replaced, and sealed and chained again by
the target (its own identity and key), under the same position. Nothing else changes:
the same events, fields, timestamps and stamps, in the same order. Snapshots are not
copied (the target takes its own). The copy is proved by figures, not bytes: the caller
compares both stores' read models (`desktop.console.cmd_migrate.compare_stats`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypedDict
from uuid import UUID

from eventsourcing.persistence import Notification, StoredEvent

from domain.errors import StoreError
from domain.model.ids import AggregateIds, index_id
from domain.services.app import Berjasa
from domain.services.claims import CLAIM_KEY, DEATH_CLAIM
from infra.chain import COPY_INCOMPLETE_ENTRY
from infra.migration import PAGE, pages, resnapshot
from infra.recorders import chained_recorder
from infra.sealing import BoundAESCipher, associated_data

Progress = Callable[[int, int], object]


class HistoryRekeyed(TypedDict):
    events: int
    workers: int  # workers whose ids were derived again
    ids_changed: int
    first_position: int
    last_position: int | None
    id_scheme: str  # the target's
    snapshots: int  # taken again in the target
_REGISTERED = "domain.model.peserta:Peserta.Registered"
_INDEXED = "domain.model.indeks:Indeks.Indexed"
# Claim index entries are keyed by the worker's id (itself keyed), under uuid5.
_UUID5_KINDS = frozenset({CLAIM_KEY, DEATH_CLAIM})
_HEX = re.compile(r"[0-9a-f]{32}")
_MAX_GENERATIONS = 1000


def rekey_history(source: Berjasa, target: Berjasa, progress: Progress | None = None,
                  page: int = PAGE) -> HistoryRekeyed:
    """Copy `source`'s history into the empty `target` with `target.application.ids`; returns
    counts.
    The target is marked incomplete until the last event is in."""
    total = source.application.recorder.max_notification_id() or 0
    if total == 0:
        raise StoreError("migrate.source_empty", store=source.application.store_label)
    already = target.application.recorder.max_notification_id() or 0
    if already:
        raise StoreError("migrate.target_not_empty", store=target.application.store_label,
                         count=already)
    copy = chained_recorder(target.application.recorder)
    source_meta = chained_recorder(source.application.recorder).chain_meta()
    source_id = str(source_meta.get("store_id") or "copy")
    copy.write_meta({COPY_INCOMPLETE_ENTRY: source_id})
    ids = _IdMap(source.application.ids, target.application.ids)
    copied = 0
    for notifications in pages(source, page):
        stored = [ids.rekeyed(source, target, n) for n in notifications]
        target.application.recorder.insert_events(stored,
                                                  notification_ids=[n.id for n in notifications])
        copied += len(notifications)
        if progress is not None:
            progress(copied, total)
    align = getattr(target.application.recorder, "align_sequence", None)
    if callable(align):
        align()
    copy.write_meta({COPY_INCOMPLETE_ENTRY: None})
    return HistoryRekeyed(
        events=copied, workers=ids.workers, ids_changed=len(ids.changed), first_position=1,
        last_position=target.application.recorder.max_notification_id(),
        id_scheme=target.application.ids.scheme, snapshots=resnapshot(target))


class _IdMap:
    """Old id → new id, learnt in log order: a worker's id from its registration (the NIK
    and which generation of it), an index entry's from its first event (kind and key)."""

    def __init__(self, old: AggregateIds, new: AggregateIds) -> None:
        self.old, self.new = old, new
        self.changed: dict[UUID, UUID] = {}
        self.hexes: dict[str, str] = {}
        self.workers = 0

    def rekeyed(self, source: Berjasa, target: Berjasa, n: Notification) -> StoredEvent:
        state = source.application.mapper.transcoder.decode(plaintext_of(source, n))
        originator = n.originator_id if isinstance(n.originator_id, UUID) else UUID(
            str(n.originator_id))
        if n.topic == _REGISTERED and n.originator_version == 1:
            self._learn_worker(originator, str(state["nik"]))
        state = self._rewritten(state)
        if n.topic == _INDEXED and n.originator_version == 1:
            self._learn_index(originator, str(state["kind"]), str(state["key"]))
        new_id = self.changed.get(originator, originator)
        return _sealed(target, StoredEvent(new_id, n.originator_version, n.topic,
                                           target.application.mapper.transcoder.encode(state)))

    def _learn_worker(self, old_id: UUID, nik: str) -> None:
        for generation in range(1, _MAX_GENERATIONS):
            if self.old.worker(nik, generation) == old_id:
                self._map(old_id, self.new.worker(nik, generation))
                self.workers += 1
                return
        raise StoreError("migrate.mismatch", position=0,
                         detail=f"worker {old_id.hex}: not an id of its NIK")

    def _learn_index(self, old_id: UUID, kind: str, new_key: str) -> None:
        """`new_key`: the key as rewritten (a claim key names the worker's new id)."""
        if kind in _UUID5_KINDS:
            self._map(old_id, index_id(kind, new_key))
        else:
            self._map(old_id, self.new.index(kind, new_key))

    def _map(self, old_id: UUID, new_id: UUID) -> None:
        if old_id != new_id:
            self.changed[old_id] = new_id
            self.hexes[old_id.hex] = new_id.hex

    def _rewritten(self, value: Any) -> Any:
        """`value` with every id of a worker (a UUID, or 32 hex digits in text) replaced."""
        if isinstance(value, UUID):
            return self.changed.get(value, value)
        if isinstance(value, str):
            return _HEX.sub(lambda m: self.hexes.get(m.group(0), m.group(0)), value) if (
                self.hexes and len(value) >= 32) else value
        if isinstance(value, dict):
            return {key: self._rewritten(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self._rewritten(item) for item in value]
        if isinstance(value, tuple):
            return tuple(self._rewritten(item) for item in value)
        return value


def plaintext_of(app: Berjasa, n: Notification) -> bytes:
    """A stored payload decrypted and decompressed, as the store's mapper opens it."""
    mapper: Any = app.application.mapper
    unseal = getattr(mapper, "unseal", None)
    if unseal is not None:
        return bytes(unseal(n.state, n.originator_id, n.originator_version))
    state = n.state
    if mapper.cipher:
        state = mapper.cipher.decrypt(state)
    if mapper.compressor:
        state = mapper.compressor.decompress(state)
    return bytes(state)


def _sealed(app: Berjasa, stored: StoredEvent) -> StoredEvent:
    """A plaintext payload compressed and encrypted as the store's mapper would, bound to
    its (new) aggregate id and version (`infra.sealing`)."""
    mapper: Any = app.application.mapper
    state = stored.state
    if mapper.compressor:
        state = mapper.compressor.compress(state)
    if isinstance(mapper.cipher, BoundAESCipher):
        state = mapper.cipher.encrypt_bound(state, associated_data(
            stored.originator_id, stored.originator_version))
    elif mapper.cipher:
        state = mapper.cipher.encrypt(state)
    return StoredEvent(stored.originator_id, stored.originator_version, stored.topic, state)
