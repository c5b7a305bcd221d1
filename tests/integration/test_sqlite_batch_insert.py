"""The SQLite recorder's batch insert: positions, their check, the checkpoint setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.errors import StoreError
from infra.audit import verify_chain
from infra.factories import WAL_CHECKPOINT_PAGES
from tests.factories import worker_fields
from tests.opening import confirmed
from tests.security_helpers import populated_store, raw, table_dump


def test_a_batch_gets_consecutive_positions_and_links(tmp_path: Path) -> None:
    app = populated_store(tmp_path / "uji.db", workers=1)
    before = app.application.recorder.max_notification_id() or 0
    admin = app.users.sign_in("admin", "rahasia-uji-123", "uji-01")
    quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 50))["quota"])
    from domain.registration import validate_registration

    people = [validate_registration(today=app.application.calendar(), **worker_fields(n)) for n in
              range(2, 12)]
    outcome = app.imports.enrol_batch(admin, people, quota)
    assert len(outcome.enrolled) == 10
    with raw(tmp_path / "uji.db") as c:
        rows = c.execute("SELECT rowid, originator_version FROM stored_events WHERE rowid > ? "
                         "ORDER BY rowid", (before,)).fetchall()
        links = c.execute("SELECT position FROM berjasa_chain WHERE position > ? "
                          "ORDER BY position", (before,)).fetchall()
    positions = [r[0] for r in rows]
    # The quota's own event, then 3 per worker and the seats: one transaction, no gaps.
    assert positions == list(range(before + 1, before + 1 + len(positions)))
    assert len(positions) >= 31 and [p[0] for p in links] == positions
    assert verify_chain(app).intact
    app.close()


def test_positions_that_are_not_consecutive_are_refused_before_any_link(
    tmp_path: Path
) -> None:
    """At SQLite's largest rowid new rows get random rowids: the batch's positions cannot
    be derived, so the save is refused and nothing is written."""
    path = tmp_path / "uji.db"
    app = populated_store(path, workers=1)
    admin = app.users.sign_in("admin", "rahasia-uji-123", "uji-01")
    with raw(path) as c:
        c.execute("INSERT INTO stored_events (rowid, originator_id, originator_version, topic, "
                  "state) VALUES (9223372036854775807, 'x', 1, 't', x'00')")
    before = table_dump(path)
    with pytest.raises(StoreError) as refused:
        app.workers.register_worker(admin, **worker_fields(2))
    assert refused.value.code == "audit.chain_conflict"
    assert table_dump(path) == before
    app.close()


def test_store_connections_checkpoint_the_log_less_often(tmp_path: Path) -> None:
    app = populated_store(tmp_path / "uji.db", workers=0)
    with app.application.recorder.datastore.transaction(commit=False) as c:  # type: ignore[attr-defined]
        c.execute("PRAGMA wal_autocheckpoint")
        assert c.fetchone()[0] == WAL_CHECKPOINT_PAGES > 1000
        c.execute("PRAGMA journal_mode")
        assert c.fetchone()[0] == "wal"
    app.close()


def test_a_copied_history_keeps_its_positions_gaps_included(tmp_path: Path) -> None:
    """A history copied from another store (a PostgreSQL backup) is stored under the
    positions it had there, linked in the chain; positions out of order are refused."""
    from uuid import uuid4

    from eventsourcing.persistence import StoredEvent

    from berjasa.bootstrap import open_store

    source = populated_store(tmp_path / "sumber.db", workers=1)
    events = [StoredEvent(n.originator_id, n.originator_version, n.topic, n.state)
              for n in source.application.recorder.select_notifications(1, 1000)]
    source.close()
    copy = open_store(f"sqlite:///{(tmp_path / 'salinan.db').as_posix()}")
    gapped = [2 * i + 3 for i in range(len(events))]
    copy.application.recorder.insert_events(events[:4], notification_ids=gapped[:4])
    copy.application.recorder.insert_events(events[4:], notification_ids=gapped[4:])
    stored = copy.application.recorder.select_notifications(1, 1000)
    assert [n.id for n in stored] == gapped
    assert [bytes(n.state) for n in stored] == [bytes(e.state) for e in events]
    assert verify_chain(copy).intact
    stray = StoredEvent(uuid4(), 1, events[0].topic, b"{}")
    for positions in ([gapped[-1]], [gapped[-1] + 5, gapped[-1] + 5]):
        with pytest.raises(StoreError) as refused:
            copy.application.recorder.insert_events([stray] * len(positions),
                                                    notification_ids=positions)
        assert refused.value.code == "audit.chain_conflict"
    assert [n.id for n in copy.application.recorder.select_notifications(1, 1000)] == gapped
    copy.close()
