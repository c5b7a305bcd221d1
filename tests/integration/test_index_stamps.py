"""NIK and KPJ index events record who changed the index, from where and why, like every
other event; index events stored before they did (version 1) still load and project."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from domain.errors import RuleViolationError
from domain.model.common import Stamp
from domain.model.indeks import Indeks, index_id
from domain.services.app import Berjasa
from domain.services.session import Session
from importer import run_import
from infra.audit import verify_chain
from projections import open_read_models
from projections.api import MembershipFilter
from projections.audit_texts import audit_summary
from tests.conftest import recorded_on
from tests.factories import worker_fields
from tests.legacy_events import INDEKS_TOPIC, index_events_as_version_1
from tests.opening import confirmed
from tests.unit.importer.helpers import worker_row, write_csv

KPJ, OTHER_KPJ = "12345678901", "12345678902"


def index_events(app: Berjasa, after: int = 0) -> list[tuple[str, Any]]:
    """(qualname, event) of each index event recorded after position `after`."""
    found = []
    for notification in app.application.recorder.select_notifications(after + 1, 100_000):
        if notification.topic.startswith(INDEKS_TOPIC):
            event = app.application.mapper.to_domain_event(notification)
            found.append((type(event).__qualname__, event))
    return found


def head(app: Berjasa) -> int:
    return int(app.application.recorder.max_notification_id() or 0)


def test_each_command_stamps_the_index_events_it_records(
    app: Berjasa, operator: Session, supervisor: Session
) -> None:
    start = head(app)
    nik = app.workers.register_worker(operator, **worker_fields(1))["nik"]
    registered = index_events(app, start)
    assert [(name, e.stamp) for name, e in registered] == [
        ("Indeks.Indexed", Stamp("ani", "uji-02", ""))]

    start = head(app)
    app.workers.assign_kpj(supervisor, nik, KPJ)
    app.workers.assign_kpj(operator, nik, OTHER_KPJ)
    assert [(name, e.key if name == "Indeks.Indexed" else None, e.stamp)
            for name, e in index_events(app, start)] == [
        ("Indeks.Indexed", KPJ, Stamp("budi", "uji-02", "")),
        ("Indeks.Indexed", OTHER_KPJ, Stamp("ani", "uji-02", "")),
        ("Indeks.Released", None, Stamp("ani", "uji-02", "")),
    ]

    start = head(app)
    new_nik = nik[:-4] + "0099"
    app.workers.correct_worker(supervisor, nik, {"nik": new_nik}, reason="salah ketik NIK")
    # The first NIK, released, is taken by the worker who really holds it.
    app.workers.register_worker(operator, **{**worker_fields(1), "name": "Pemilik Asli"})
    fixed = Stamp("budi", "uji-02", "salah ketik NIK")
    assert [(name, e.stamp) for name, e in index_events(app, start)] == [
        ("Indeks.Indexed", fixed), ("Indeks.Released", fixed),
        ("Indeks.Reassigned", Stamp("ani", "uji-02", "")),
    ]
    assert verify_chain(app).intact


def import_stamps(app: Berjasa, session: Session, tmp_path: Path,
                  bulk_events: bool) -> list[tuple[str, Stamp, Stamp]]:
    """(event, the index event's stamp, the stamp of the worker event just before it)."""
    app.imports.bulk_events = bulk_events
    quota = str(confirmed(app, app.quotas.open_quota(session, 2026, "JKK,JKM", 10))["quota"])
    data = write_csv(tmp_path / f"daftar-{bulk_events}.csv",
                     [worker_row(serial + 10 * bulk_events) for serial in range(1, 4)])
    start = head(app)
    with recorded_on(app, "2026-01-01"):
        run_import(app, session, data, quota, start="2026-01-01")
    found = []
    previous: Any = None
    for notification in app.application.recorder.select_notifications(start + 1, 1000):
        event = app.application.mapper.to_domain_event(notification)
        if notification.topic.startswith(INDEKS_TOPIC):
            found.append((type(event).__qualname__, event.stamp, previous.stamp))
        previous = event
    return found


def test_an_import_stamps_its_index_events_on_both_paths(
    app: Berjasa, supervisor: Session, tmp_path: Path
) -> None:
    for bulk_events in (True, False):
        stamps = import_stamps(app, supervisor, tmp_path, bulk_events)
        assert len(stamps) == 3
        for name, stamp, before in stamps:
            assert name == "Indeks.Indexed" and stamp == before
            assert stamp.actor == "budi" and stamp.reason  # the import's own reason


def test_a_history_of_version_1_index_events_loads_projects_and_names_the_actor(
    app: Berjasa, operator: Session, supervisor: Session
) -> None:
    with index_events_as_version_1(app):
        nik = app.workers.register_worker(operator, **worker_fields(2))["nik"]
        app.workers.assign_kpj(supervisor, nik, KPJ)
        new_nik = nik[:-4] + "0098"
        app.workers.correct_worker(supervisor, nik, {"nik": new_nik}, reason="salah ketik NIK")
    stored = [n for n in app.application.recorder.select_notifications(1, 1000)
              if n.topic.startswith(INDEKS_TOPIC)]
    assert len(stored) == 4
    assert all(b'"stamp"' not in n.state and b"class_version" not in n.state for n in stored)
    assert [e.stamp for _, e in index_events(app)] == [None] * 4  # upcast: v2 with no stamp
    # The aggregates load from version 1 events, and change on with version 2 events.
    index = app.application.repository.get(app.application.ids.index("nik", new_nik))
    assert isinstance(index, Indeks) and index.owner is not None
    assert app.workers.get_worker(operator, new_nik)["kpj"] == KPJ
    app.workers.correct_worker(operator, new_nik, {"nik": nik}, reason="kembali ke NIK KTP")
    assert app.workers.get_worker(operator, nik)["nik"] == nik
    assert verify_chain(app).intact

    models = open_read_models(app.application)
    models.runner.batch_size = 1  # each event its own batch: the line before is read back
    try:
        models.catch_up()
        incremental = models.audit_trail(limit=1000).rows
        models.rebuild()
        assert models.audit_trail(limit=1000).rows == incremental
        lines = [(r["event_type"], r["actor"], r["workstation"], r["reason"])
                 for r in models.audit_trail(event_type="Indeks", limit=100).rows]
        assert lines[::-1] == [
            ("Indeks.Indexed", "ani", "uji-02", ""),                  # registration (v1)
            ("Indeks.Indexed", "budi", "uji-02", ""),                 # KPJ (v1)
            ("Indeks.Indexed", "budi", "uji-02", "salah ketik NIK"),  # correction (v1)
            ("Indeks.Released", "budi", "uji-02", "salah ketik NIK"),
            ("Indeks.Reassigned", "ani", "uji-02", "kembali ke NIK KTP"),  # v2
            ("Indeks.Released", "ani", "uji-02", "kembali ke NIK KTP"),
        ]
        member = models.membership_page(MembershipFilter(), limit=10).rows[0]
        assert (member["nik"], member["kpj"]) == (nik, KPJ)
    finally:
        models.close()


def test_a_version_1_index_event_not_after_its_command_keeps_an_unknown_actor(
    app: Berjasa, operator: Session
) -> None:
    """A lone version 1 index event (not saved after a worker's event of the same command)
    is not given the actor of whatever happens to precede it."""
    app.workers.register_worker(operator, **worker_fields(3))
    stray = Indeks(kind="kpj", key=KPJ, owner=index_id("nik", "x"), stamp=None)
    with index_events_as_version_1(app):
        app.application.save(stray)
    models = open_read_models(app.application)
    try:
        models.catch_up()
        last = models.audit_trail(limit=1).rows[0]
        assert (last["event_type"], last["actor"]) == ("Indeks.Indexed", "-")
    finally:
        models.close()


def test_the_audit_trail_by_actor_includes_their_index_events(
    app: Berjasa, operator: Session, supervisor: Session
) -> None:
    nik = app.workers.register_worker(operator, **worker_fields(4))["nik"]
    app.workers.register_worker(supervisor, **worker_fields(5))
    app.workers.assign_kpj(operator, nik, KPJ)
    models = open_read_models(app.application)
    try:
        models.catch_up()
        by_ani = [(r["event_type"], audit_summary(r))
                  for r in models.audit_trail(actor="ani", limit=100).rows]
        assert [t for t, _ in by_ani if t.startswith("Indeks.")] == ["Indeks.Indexed"] * 2
        assert any(KPJ in summary for t, summary in by_ani if t == "Indeks.Indexed")
        by_budi = models.audit_trail(actor="budi", event_type="Indeks", limit=100).rows
        assert [r["nik"] for r in by_budi] == [worker_fields(5)["nik"]]
        assert models.audit_trail(actor="-", event_type="Indeks", limit=100).rows == []
    finally:
        models.close()


def test_a_released_kpj_number_is_reassigned_to_its_next_holder(
    app: Berjasa, operator: Session, supervisor: Session
) -> None:
    first = app.workers.register_worker(operator, **worker_fields(6))["nik"]
    second = app.workers.register_worker(operator, **worker_fields(7))["nik"]
    third = app.workers.register_worker(operator, **worker_fields(8))["nik"]
    app.workers.assign_kpj(operator, first, KPJ)
    app.workers.assign_kpj(operator, first, OTHER_KPJ)  # KPJ released
    start = head(app)
    app.workers.assign_kpj(supervisor, second, KPJ)
    assert [(name, e.stamp) for name, e in index_events(app, start)] == [
        ("Indeks.Reassigned", Stamp("budi", "uji-02", ""))]
    with pytest.raises(RuleViolationError) as taken:
        app.workers.assign_kpj(operator, third, KPJ)
    assert taken.value.code == "worker.kpj_taken"


def test_the_history_names_the_actor_of_version_1_index_events(
    app: Berjasa, operator: Session, supervisor: Session, auditor: Session
) -> None:
    """`history` (the console's `events`) gives a stamp-less index event its command's
    actor by the audit trail's rule, and leaves a lone one unknown."""
    with index_events_as_version_1(app):
        nik = app.workers.register_worker(operator, **worker_fields(4))["nik"]
        app.workers.assign_kpj(supervisor, nik, KPJ)
        new_nik = nik[:-4] + "0097"
        app.workers.correct_worker(supervisor, nik, {"nik": new_nik}, reason="salah ketik NIK")
        app.application.save(Indeks(kind="kpj", key=OTHER_KPJ, owner=index_id("nik", "x"),
                                    stamp=None))
    lines = [(e["type"], e["actor"], e["workstation"], e["reason"])
             for e in app.history.history(auditor) if e["type"].startswith("Indeks.")]
    assert lines == [
        ("Indeks.Indexed", "ani", "uji-02", ""),                  # registration
        ("Indeks.Indexed", "budi", "uji-02", ""),                 # KPJ
        ("Indeks.Indexed", "budi", "uji-02", "salah ketik NIK"),  # correction
        ("Indeks.Released", "budi", "uji-02", "salah ketik NIK"),
        ("Indeks.Indexed", None, None, ""),                       # saved on its own
    ]


def test_a_version_1_reassigned_kpj_names_the_actor_of_its_assignment(
    app: Berjasa, operator: Session, supervisor: Session
) -> None:
    """The property test's saved example: a released KPJ number taken over by another
    worker, recorded without stamps, was left without an actor in the audit trail."""
    with index_events_as_version_1(app):
        first = app.workers.register_worker(operator, **worker_fields(6))["nik"]
        second = app.workers.register_worker(operator, **worker_fields(7))["nik"]
        app.workers.assign_kpj(operator, first, KPJ)
        app.workers.assign_kpj(operator, first, OTHER_KPJ)  # KPJ released
        app.workers.assign_kpj(supervisor, second, KPJ)     # and reassigned
    models = open_read_models(app.application)
    try:
        models.catch_up()
        lines = [(r["event_type"], r["actor"])
                 for r in models.audit_trail(event_type="Indeks", limit=100).rows]
        assert lines[0] == ("Indeks.Reassigned", "budi")
        assert models.audit_trail(actor="-", event_type="Indeks", limit=100).rows == []
    finally:
        models.close()
