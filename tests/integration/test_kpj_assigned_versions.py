"""`KpjAssigned` version 2 carries the day BPJS assigned the number; a version 1 event
(stored before, without it) still reads, with no day."""

from __future__ import annotations

from domain.services.app import Berjasa
from domain.services.session import Session
from tests.factories import worker_fields
from tests.legacy_events import events_as_version_1

KPJ_TOPIC = "domain.model.peserta:Peserta.KpjAssigned"


def test_a_version_1_kpj_event_reads_with_no_day(app: Berjasa, admin: Session) -> None:
    nik = worker_fields(1)["nik"]
    app.workers.register_worker(admin, **worker_fields(1))
    with events_as_version_1(app, (KPJ_TOPIC,), added=("assigned_on",)):
        app.workers.assign_kpj(admin, nik, "12345678901")
    stored = app.application.recorder.select_events(app.workers.worker_by_nik(nik).id)[-1]
    assert stored.topic == KPJ_TOPIC
    worker = app.workers.get_worker(admin, nik)
    assert (worker["kpj"], worker["kpj_assigned_on"]) == ("12345678901", None)
