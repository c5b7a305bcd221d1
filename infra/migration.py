"""Moving an office up: copy a SQLite store's whole history into an empty PostgreSQL store.

The stored events are copied as stored (the same bytes, so the same timestamps, stamps and,
when the store is encrypted, the same ciphertext) under the same positions, page by page
in log order. Nothing is re-decided: the target replays to exactly the source's state.
Afterwards every position is compared byte for byte, and the aggregates that are
snapshotted are snapshotted again in the target so it is as quick to read as the source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypedDict

from eventsourcing.persistence import Notification, StoredEvent

from domain.errors import StoreError
from domain.model.ids import directory_id, quota_id
from domain.services.app import Berjasa
from infra.chain import COPY_INCOMPLETE_ENTRY, EXPECTED_HEAD_ENTRY, Head
from infra.recorders import chained_recorder

PAGE = 500
Progress = Callable[[int, int], object]


class HistoryCopied(TypedDict):
    events: int  # in the target now (a resumed copy's included)
    aggregates: int | None  # None: a resumed copy (the first part's were not counted)
    compared: int  # positions compared byte for byte
    first_position: int
    last_position: int | None
    resumed_after: int | None
    snapshots: int  # taken again in the target


def migrate_history(source: Berjasa, target: Berjasa, progress: Progress | None = None,
                    page: int = PAGE) -> HistoryCopied:
    """Copy, verify and re-snapshot; returns counts. Refuses a non-empty target, unless
    it is this source's unfinished copy: then the copy resumes after its last event.

    The target is marked incomplete (with the source's head it must reach) before the
    first event is copied and unmarked only once every position compared equal, so an
    interrupted copy can never pass for the whole history."""
    total = source.application.recorder.max_notification_id() or 0
    if total == 0:
        raise StoreError("migrate.source_empty", store=source.application.store_label)
    already = target.application.recorder.max_notification_id() or 0
    copy = chained_recorder(target.application.recorder)
    source_meta = chained_recorder(source.application.recorder).chain_meta()
    source_id = str(source_meta.get("store_id") or "copy")
    if already and copy.chain_meta().get(COPY_INCOMPLETE_ENTRY) != source_id:
        raise StoreError("migrate.target_not_empty", store=target.application.store_label,
                         count=already)
    if not already:
        copy.write_meta({COPY_INCOMPLETE_ENTRY: source_id,
                                    EXPECTED_HEAD_ENTRY: source_head(source, total)})
    insert_numbered = getattr(target.application.recorder, "insert_events", None)
    copied, aggregates = already, set[object]()
    for notifications in pages(source, page, after=already):
        assert insert_numbered is not None
        insert_numbered([as_stored(n) for n in notifications],
                        notification_ids=[n.id for n in notifications])
        copied += len(notifications)
        aggregates.update(n.originator_id for n in notifications)
        if progress is not None:
            progress(copied, total)
    align = getattr(target.application.recorder, "align_sequence", None)
    if callable(align):
        align()
    compared = verify_copy(source, target, page)
    copy.write_meta({COPY_INCOMPLETE_ENTRY: None})
    return HistoryCopied(events=copied, aggregates=len(aggregates) if not already else None,
                         compared=compared, first_position=1,
                         last_position=target.application.recorder.max_notification_id(),
                         resumed_after=already or None, snapshots=resnapshot(target))


def source_head(source: Berjasa, position: int) -> str:
    """The source's link at `position` as a head the copy must reach."""
    links = chained_recorder(source.application.recorder).chain_rows(position - 1, 1)
    if not links or links[0][0] != position:
        raise StoreError("migrate.mismatch", position=position, detail="no chain link")
    return Head(position, links[0][1]).encode()


def pages(app: Berjasa, size: int, after: int = 0) -> Any:
    cursor = after + 1
    while True:
        batch = app.application.recorder.select_notifications(cursor, size)
        if not batch:
            return
        yield batch
        cursor = batch[-1].id + 1


def as_stored(notification: Notification) -> StoredEvent:
    return StoredEvent(originator_id=notification.originator_id,
                       originator_version=notification.originator_version,
                       topic=notification.topic, state=notification.state)


def verify_copy(source: Berjasa, target: Berjasa, size: int = PAGE) -> int:
    """Every position of the source in the target, identical; returns how many compared."""
    compared = 0
    for expected in pages(source, size):
        found = target.application.recorder.select_notifications(expected[0].id, len(expected))
        for want, got in zip(expected, pad(found, len(expected)), strict=True):
            difference = differs(want, got)
            if difference:
                raise StoreError("migrate.mismatch", position=want.id, detail=difference)
        compared += len(expected)
    extra = target.application.recorder.max_notification_id() or 0
    if extra != (source.application.recorder.max_notification_id() or 0):
        raise StoreError("migrate.mismatch", position=extra, detail="extra events")
    return compared


def pad(found: Sequence[Notification], length: int) -> list[Notification | None]:
    return [*found, *([None] * (length - len(found)))]


def differs(want: Notification, got: Notification | None) -> str:
    if got is None:
        return "missing"
    if got.id != want.id:
        return f"position {got.id} found instead"
    if (got.originator_id, got.originator_version) != (want.originator_id,
                                                      want.originator_version):
        return "another aggregate or version"
    if got.topic != want.topic or bytes(got.state) != bytes(want.state):
        return "content changed"
    return ""


def resnapshot(app: Berjasa) -> int:
    """Snapshots of the directory and every quota (the aggregates with many events)."""
    if app.application.snapshots is None or not app.application.is_initialised():
        return 0
    ids = [directory_id(), *(quota_id(code) for code in app.application.directory().quotas)]
    for aggregate_id in ids:
        app.application.take_snapshot(aggregate_id)
    return len(ids)
