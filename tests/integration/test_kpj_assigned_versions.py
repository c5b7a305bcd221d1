"""`KpjAssigned` version 2 carries the day BPJS assigned the number; a version 1 event
(stored before, without it) still reads, with no day."""

from __future__ import annotations

from typing import Any

from eventsourcing.persistence import Mapper, StoredEvent

from domain.services.app import Berjasa
from domain.services.session import Session
from tests.factories import worker_fields

KPJ_TOPIC = "domain.model.peserta:Peserta.KpjAssigned"


def test_a_version_1_kpj_event_reads_with_no_day(app: Berjasa, admin: Session) -> None:
    nik = worker_fields(1)["nik"]
    app.register_worker(admin, **worker_fields(1))
    mapper: Mapper[Any] = app.mapper
    current = mapper.to_stored_event

    def version_1(event: Any) -> StoredEvent:
        stored = current(event)
        if stored.topic != KPJ_TOPIC:
            return stored
        state = {k: v for k, v in vars(event).items()
                 if k not in ("originator_id", "originator_version", "assigned_on")}
        data = mapper.transcoder.encode(state)
        if mapper.compressor is not None:
            data = mapper.compressor.compress(data)
        if mapper.cipher is not None:
            data = mapper.cipher.encrypt(data)
        return StoredEvent(stored.originator_id, stored.originator_version, stored.topic, data)

    mapper.to_stored_event = version_1  # type: ignore[method-assign]
    try:
        app.assign_kpj(admin, nik, "12345678901")
    finally:
        del mapper.to_stored_event
    stored = app.recorder.select_events(app.worker_by_nik(nik).id)[-1]
    assert stored.topic == KPJ_TOPIC
    worker = app.get_worker(admin, nik)
    assert (worker["kpj"], worker["kpj_assigned_on"]) == ("12345678901", None)
