"""`FastBerjasa.save` (the bootstrap's application, `infra.fastsave`) stores events
without eventsourcing's per-event recordings when no subclass listens for them, and still
gives them to one that does."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Recording

from berjasa.bootstrap import open_store
from domain.model.kuota import Kuota
from domain.services.app import Berjasa
from infra.fastsave import FastBerjasa
from tests.conftest import PASSWORD
from tests.opening import confirmed


def a_quota(app: Berjasa) -> UUID:
    session = app.users.sign_in("admin", PASSWORD, "uji-01")
    return UUID(app.quotas.quota(confirmed(app,
                                           app.quotas.open_quota(session, 2026, "JKK,JKM",
                                                                 10))["quota"]).id.hex)


def test_a_save_nobody_listens_to_stores_every_event(app: Berjasa) -> None:
    assert not app.application._listened
    before = app.application.recorder.max_notification_id() or 0
    key = a_quota(app)
    after = app.application.recorder.max_notification_id() or 0
    assert after > before
    found = app.application.find(key, Kuota)
    assert found is not None and found.seats == 10
    events = app.application.recorder.select_notifications(start=before + 1, limit=after - before)
    assert [n.id for n in events] == list(range(before + 1, after + 1))


class Listening(FastBerjasa):
    heard: list[Recording[UUID]]

    def _notify(self, recordings: list[Recording[UUID]]) -> None:
        self.heard = [*getattr(self, "heard", []), *recordings]


def test_a_subclass_that_listens_gets_eventsourcing_recordings(tmp_path: Path) -> None:
    app: Any = open_store(f"sqlite:///{(tmp_path / 's.db').as_posix()}")
    app.application.__class__ = Listening
    try:
        assert app.application._listened
        app.users.initialise_store("admin", PASSWORD, "uji-01")
        key = a_quota(app)
        heard = app.application.heard
        ids = [r.notification.id for r in heard]
        assert ids == list(range(1, len(ids) + 1)) and len(ids) >= 3
        assert key in {r.domain_event.originator_id for r in heard}
    finally:
        app.close()
