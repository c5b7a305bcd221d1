"""Checking stored snapshots against the events they are a cache of.

A snapshot is not in the hash chain, yet the application reads an aggregate from its
latest snapshot instead of replaying: an edited (or transplanted) Kuota snapshot changes
the seats the application enforces. Each stored snapshot is therefore decoded and
compared with the state obtained by replaying that aggregate's events up to the
snapshot's version, without snapshots. The events themselves are vouched for by the
chain, so this runs after the chain verified.

Decoding needs the key on an encrypted store. Without it only what is stored in clear is
checked: that every snapshot's version is a version of an event of that aggregate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict
from uuid import UUID

from eventsourcing.domain import Snapshot
from eventsourcing.persistence import StoredEvent
from eventsourcing.utils import get_topic

from domain.model.pemeliharaan_rules import SnapshotFacts
from infra.snapshotrows import snapshot_originators

if TYPE_CHECKING:
    from domain.services.app import Berjasa

ALTERED, NO_EVENT, UNDECODABLE = "altered", "no_event", "undecodable"
# Why the contents were not compared (each has a message `audit.snapshots.<reason>`).
KEY_MISSING, KEY_WRONG, CHAIN_BROKEN, CANCELLED = (
    "key_missing", "key_wrong", "chain_broken", "cancelled")
# progress(done, total) per aggregate; returning False stops the check.
Progress = Callable[[int, int], object]


@dataclass(frozen=True)
class SnapshotProblem:
    aggregate_id: str
    aggregate_type: str
    version: int
    problem: str

    def to_dict(self) -> SnapshotFacts:
        return SnapshotFacts(aggregate_id=self.aggregate_id,
                             aggregate_type=self.aggregate_type, version=self.version,
                             problem=self.problem)


class SnapshotSummary(TypedDict):
    """`SnapshotResult` as plain values (printed by `audit verify --json`)."""

    intact: bool | None
    checked: bool
    reason: str | None
    stored: int
    compared: int
    problems: list[SnapshotFacts]


@dataclass(frozen=True)
class SnapshotResult:
    """`checked`: the contents were compared with a replay; otherwise `reason` says why
    not, and only the versions were checked. `intact` is None when nothing was found
    wrong but the contents were not compared."""

    checked: bool
    stored: int
    compared: int
    problems: tuple[SnapshotProblem, ...] = field(default=())
    reason: str | None = None

    @property
    def intact(self) -> bool | None:
        if self.problems:
            return False
        return True if self.checked else None

    def to_dict(self) -> SnapshotSummary:
        return SnapshotSummary(intact=self.intact, checked=self.checked, reason=self.reason,
                               stored=self.stored, compared=self.compared,
                               problems=[p.to_dict() for p in self.problems])


def verify_snapshots(app: Berjasa, progress: Progress | None = None, *,
                     unchecked_reason: str | None = None) -> SnapshotResult:
    """Every stored snapshot of `app`'s store; contents compared unless a reason is given
    (no key, a broken chain) why they cannot or should not be."""
    if app.application.snapshots is None:
        return SnapshotResult(unchecked_reason is None, 0, 0, reason=unchecked_reason)
    check = _Check(app, decode=unchecked_reason is None)
    originators = snapshot_originators(app.application.snapshots.recorder)
    for done, originator_id in enumerate(originators, start=1):
        check.aggregate(originator_id)
        if progress is not None and progress(done, len(originators)) is False:
            return check.result(CANCELLED)
    return check.result(unchecked_reason)


class _Check:
    def __init__(self, app: Any, *, decode: bool) -> None:
        self.app, self.decode = app, decode
        self.stored = self.compared = 0
        self.problems: list[SnapshotProblem] = []

    def aggregate(self, originator_id: UUID | str) -> None:
        snapshots = list(self.app.application.snapshots.recorder.select_events(originator_id))
        if not snapshots:
            return
        self.stored += len(snapshots)
        wanted = {s.originator_version: s for s in snapshots}
        events = self.app.application.recorder.select_events(originator_id, lte=max(wanted))
        kind = _type_name(events[0].topic) if events else ""
        if self.decode:
            self._replay(events, wanted)
        else:
            for stored in events:
                wanted.pop(stored.originator_version, None)
        for version in sorted(wanted):
            self.problems.append(SnapshotProblem(str(originator_id), kind, version, NO_EVENT))

    def _replay(self, events: Sequence[StoredEvent], wanted: dict[int, StoredEvent]) -> None:
        """Replay once, comparing each snapshot on the way: linear in the events, however
        many snapshots the aggregate has. Found snapshots are removed from `wanted`."""
        aggregate: Any = None
        for stored in events:
            aggregate = self.app.application.mapper.to_domain_event(stored).mutate(aggregate)
            snapshot = wanted.pop(stored.originator_version, None)
            if snapshot is not None:
                self.compared += 1
                problem = self._compare(snapshot, aggregate)
                if problem is not None:
                    self.problems.append(SnapshotProblem(
                        str(aggregate.id), type(aggregate).__name__,
                        stored.originator_version, problem))

    def _compare(self, stored: StoredEvent, aggregate: Any) -> str | None:
        expected_class = getattr(type(aggregate), "Snapshot", Snapshot)
        if stored.topic != get_topic(expected_class):
            return ALTERED  # never resolve a topic the aggregate's own class would not use
        try:
            snapshot = self.app.application.mapper.to_domain_event(stored)
            if snapshot.topic != get_topic(type(aggregate)):
                return ALTERED
            # Through mutate() like the repository, so an old snapshot is upcast first.
            restored = expected_class.take(snapshot.mutate(None)).state
        except Exception:
            # Forged bytes can fail anywhere in decryption, decoding or upcasting; each
            # way means the same thing here: the application cannot use this snapshot.
            return UNDECODABLE
        fresh = expected_class.take(aggregate).state
        return None if self._canonical(restored) == self._canonical(fresh) else ALTERED

    def _canonical(self, state: dict[str, Any]) -> Any:
        """The state as it reads back from storage: tuples become lists and so on, and
        key order does not matter, so equal states compare equal."""
        transcoder = self.app.application.mapper.transcoder
        return transcoder.decode(transcoder.encode(state))

    def result(self, reason: str | None) -> SnapshotResult:
        checked = self.decode and reason is None
        return SnapshotResult(checked, self.stored, self.compared, tuple(self.problems),
                              None if checked else reason)


def _type_name(event_topic: str) -> str:
    """`Kuota` from `domain.model.kuota:Kuota.Opened` (readable without the key)."""
    return event_topic.partition(":")[2].split(".")[0]


def snapshot_message(result: SnapshotResult) -> tuple[str, dict[str, Any]]:
    """The catalogue code (`domain.messages`) and parameters describing `result`."""
    if result.problems:
        first = result.problems[0]
        return f"audit.snapshots.broken.{first.problem}", {
            "count": len(result.problems), "type": first.aggregate_type or "-",
            "id": first.aggregate_id, "version": first.version}
    if result.checked:
        code = "audit.snapshots.intact" if result.stored else "audit.snapshots.none"
        return code, {"compared": result.compared}
    return f"audit.snapshots.{result.reason}", {"stored": result.stored}
