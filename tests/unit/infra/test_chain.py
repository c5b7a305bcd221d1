"""The hash chain and its verification, on the in-memory store."""

from __future__ import annotations

import dataclasses

import pytest
from eventsourcing.popo import POPOAggregateRecorder

from domain.services.app import Berjasa
from domain.services.session import Session
from infra.audit import Checkpoint, verify_chain
from infra.chain import GENESIS, EventRow, link_hash
from infra.eventsourcing_compat import popo_stored_events
from tests.factories import worker_fields

ROW = EventRow(7, "ab" * 16, 3, "domain.model.peserta:Peserta.Created", b"state")


def test_every_field_changes_the_link() -> None:
    base = link_hash(GENESIS, ROW)
    variants = [
        dataclasses.replace(ROW, position=8), dataclasses.replace(ROW, originator_id="cd" * 16),
        dataclasses.replace(ROW, version=4), dataclasses.replace(ROW, topic="x:Y"),
        dataclasses.replace(ROW, state=b"statf"),
    ]
    assert all(link_hash(GENESIS, v) != base for v in variants)
    assert link_hash(b"\x01" * 32, ROW) != base


def test_fields_cannot_be_shifted_into_each_other() -> None:
    shifted = dataclasses.replace(ROW, topic=ROW.topic + "s", state=b"tate")
    assert link_hash(GENESIS, shifted) != link_hash(GENESIS, ROW)


def test_untouched_store_verifies(app: Berjasa, admin: Session) -> None:
    app.workers.register_worker(admin, **worker_fields(1))
    result = verify_chain(app)
    assert result.intact and result.first_broken is None
    assert result.checked == result.head_position == app.application.head_position()


def test_altered_event_in_memory_is_caught(app: Berjasa, admin: Session) -> None:
    if not isinstance(app.application.recorder, POPOAggregateRecorder):
        pytest.skip("the file and server stores: tests/integration/test_tamper_sqlite.py")
    app.workers.register_worker(admin, **worker_fields(1))
    stored = popo_stored_events(app.application.recorder)
    stored[3] = dataclasses.replace(stored[3], state=stored[3].state + b" ")
    result = verify_chain(app)
    assert (result.intact, result.first_broken, result.problem) == (False, 4, "altered")


def test_progress_is_reported_and_can_cancel(app: Berjasa, admin: Session) -> None:
    calls: list[tuple[int, int]] = []
    result = verify_chain(app, progress=lambda done, total: calls.append((done, total)))
    assert result.intact
    assert calls[-1] == (app.application.head_position(), app.application.head_position())
    stopped = verify_chain(app, progress=lambda done, total: False, step=2)
    assert stopped.cancelled and not stopped.intact


def test_checkpoint_matches_until_history_is_rewritten(app: Berjasa, admin: Session) -> None:
    mark = verify_chain(app).checkpoint("uji")
    app.workers.register_worker(admin, **worker_fields(1))
    assert verify_chain(app, checkpoint=mark).intact
    forged = Checkpoint(mark.position, "0" * 64, mark.time, mark.events)
    result = verify_chain(app, checkpoint=forged)
    assert (result.intact, result.problem, result.first_broken) == (
        False, "checkpoint", mark.position)


def test_checkpoint_beyond_the_history_is_refused(app: Berjasa) -> None:
    head = app.application.head_position()
    beyond = Checkpoint(head + 5, "0" * 64, "2026-11-21T02:00:00+00:00", head + 5)
    result = verify_chain(app, checkpoint=beyond)
    assert not result.intact and result.problem == "checkpoint"


def test_links_written_on_insert_are_the_verified_links() -> None:
    """`new_links` (the recorders' insert path) hashes exactly what `link_hash` does."""
    from uuid import UUID

    from eventsourcing.persistence import StoredEvent

    from infra.chain import chain_links, new_links

    stored = [
        StoredEvent(UUID(int=7), 1, "domain.model.peserta:Peserta.Registered", b'{"a":1}'),
        StoredEvent(UUID(int=7), 2, "domain.model.peserta:Peserta.Enrolled", b""),
        StoredEvent("user-ada", 12, "domain.model.peserta:Peserta.Registered", "é".encode()),
        StoredEvent(UUID(int=2**128 - 1), 1, "x:Ä", bytearray(b"\x00" * 300)),  # type: ignore[arg-type]
    ]
    positions = [41, 42, 44, 2**40]
    rows = [EventRow(p, s.originator_id.hex if isinstance(s.originator_id, UUID)
                     else s.originator_id, s.originator_version, s.topic, bytes(s.state))
            for p, s in zip(positions, stored, strict=True)]
    previous = bytes(range(32))
    assert new_links(previous, positions, stored) == chain_links(previous, rows)
    assert new_links(GENESIS, positions[:1], stored[:1]) == [(41, link_hash(GENESIS, rows[0]))]
