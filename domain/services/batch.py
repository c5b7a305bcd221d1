"""The aggregates one command touches across many rows, each loaded and saved once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.errors import RuleViolationError
from domain.model.common import Stamp
from domain.model.ids import AggregateIds
from domain.model.indeks import Indeks, index_entry
from domain.model.peserta import Peserta


@dataclass
class AggregateBatch:
    """The aggregates a command has loaded or made, so it touches each one once and
    saves them together."""

    find_worker: Callable[[str], Peserta]
    find_index: Callable[[str, str], Indeks | None]
    ids: AggregateIds = field(default_factory=AggregateIds)  # the store's, for new entries
    workers: dict[str, Peserta] = field(default_factory=dict)
    indexes: dict[tuple[str, str], Indeks | None] = field(default_factory=dict)
    touched: dict[UUID, Aggregate] = field(default_factory=dict)

    def worker(self, nik: str) -> Peserta:
        if nik not in self.workers:
            self.workers[nik] = self.find_worker(nik)
        return self.workers[nik]

    def index(self, kind: str, key: str) -> Indeks | None:
        if (kind, key) not in self.indexes:
            self.indexes[(kind, key)] = self.find_index(kind, key)
        return self.indexes[(kind, key)]

    def touch(self, *aggregates: Aggregate) -> None:
        for aggregate in aggregates:
            self.touched[aggregate.id] = aggregate
            if isinstance(aggregate, Indeks):
                self.indexes[(aggregate.kind, aggregate.key)] = aggregate



def kpj_changes(batch: AggregateBatch, worker: Peserta, number: str, stamp: Stamp) -> None:
    """Give `worker` the KPJ `number` in its index (refused when another worker holds
    it), releasing the number it had; the caller then records it on the worker."""
    index = batch.index("kpj", number)
    if index is not None and index.owner not in (None, worker.id):
        raise RuleViolationError("worker.kpj_taken", kpj=number)
    # The worker first: a save stores its aggregates' events in this order, and an index
    # event without a stamp (version 1) takes its actor from the worker's event before it.
    batch.touch(worker)
    if index is None:
        batch.touch(index_entry(batch.ids.index("kpj", number), "kpj", number, worker.id,
                                stamp))
    elif index.owner is None:  # a number released by its earlier holder
        index.reassign(worker.id, stamp)
        batch.touch(index)
    if worker.kpj and worker.kpj != number:
        old = batch.index("kpj", worker.kpj)
        if old is not None:
            old.release(stamp)
            batch.touch(old)
