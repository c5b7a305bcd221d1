"""The directory's listing events record who listed a quota, agreement or user, from
where and why, like every other event; those stored before they did (version 1) still
load, replay and show an unknown actor."""

from __future__ import annotations

from datetime import date
from typing import Any

from domain.model.direktori import Direktori
from domain.services.app import Berjasa
from domain.services.session import Session
from infra.audit import verify_chain
from projections import open_read_models
from tests.conftest import PASSWORD
from tests.legacy_events import DIREKTORI_LISTINGS, DIREKTORI_TOPIC, events_as_version_1
from tests.opening import confirmed


def list_one_of_each(app: Berjasa, admin: Session, supervisor: Session) -> None:
    app.users.add_user(admin, "eko", "operator", PASSWORD)
    confirmed(app, app.quotas.open_quota(supervisor, 2026, "JKK,JKM", 100, basis="APBD 2026"))
    app.agreements.register_agreement(
        admin, "PKS/7/2026", "PKS", "Perlindungan pekerja rentan",
        ["Pemkot Makassar", "BPJS Ketenagakerjaan"], date(2026, 1, 5), date(2026, 1, 1),
        date(2026, 12, 31))


def listings(app: Berjasa, auditor: Session) -> list[tuple[Any, ...]]:
    return [(e["event"], e["actor"], e["workstation"])
            for e in app.history.history(auditor) if e["type"].startswith("Direktori.")
            and e["event"] != "Created"]


def test_each_listing_records_the_commands_stamp(
    app: Berjasa, admin: Session, supervisor: Session, auditor: Session
) -> None:
    list_one_of_each(app, admin, supervisor)
    found = listings(app, auditor)
    assert ("UserListed", "admin", "uji-01") in found
    assert ("QuotaListed", "budi", "uji-02") in found
    assert ("AgreementListed", "admin", "uji-01") in found
    models = open_read_models(app.application)
    try:
        models.catch_up()
        lines = {(r["event_type"], r["actor"])
                 for r in models.audit_trail(event_type="Direktori", limit=100).rows}
        assert {("Direktori.QuotaListed", "budi"),
                ("Direktori.AgreementListed", "admin")} <= lines
    finally:
        models.close()


def test_version_1_listings_load_replay_and_name_no_one(
    app: Berjasa, admin: Session, supervisor: Session, auditor: Session
) -> None:
    start = app.application.head_position() + 1
    with events_as_version_1(app, DIREKTORI_LISTINGS):
        list_one_of_each(app, admin, supervisor)
    stored = [n for n in app.application.recorder.select_notifications(start, 1000)
              if n.topic.startswith(DIREKTORI_LISTINGS)]
    assert len(stored) == 3
    assert all(b'"stamp"' not in n.state and b"class_version" not in n.state for n in stored)
    assert all(n.topic.startswith(DIREKTORI_TOPIC) for n in stored)
    directory = app.application.repository.get(stored[0].originator_id)
    assert isinstance(directory, Direktori)
    assert "eko" in directory.users and "PKS/7/2026" in directory.agreements
    assert any(code.startswith("KU-2026-") for code in directory.quotas)
    app.users.add_user(admin, "fitri", "operator", PASSWORD)  # a version 2 event after them
    found = listings(app, auditor)
    assert ("UserListed", None, None) in found and ("UserListed", "admin", "uji-01") in found
    assert verify_chain(app).intact
