"""The import's direct construction of a new worker's events stores exactly what the
generic path (new_worker, enrol, claim_key through eventsourcing's machinery) stores."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from domain.model import bulk
from domain.model.ids import AggregateIds, KeyedIds
from domain.services import imports
from domain.services.app import Berjasa
from importer import run_import
from infra.audit import verify_chain
from tests.conftest import PASSWORD, fixed_clock
from tests.opening import confirmed
from tests.unit.importer.helpers import worker_row, write_csv

# Each event's timestamp is the moment it was made: the one field two imports differ in.
TIMESTAMP = re.compile(
    rb'"timestamp":\{"_type_":"datetime_iso","_data_":"\d{4}-\d\d-\d\dT[\d:.]+\+00:00"\}')
BORN_IN_MARCH = date(2026, 3, 1)


def mixed_rows() -> list[list[Any]]:
    """New workers, and every other fate a row can meet in one batch."""
    rows = [worker_row(serial) for serial in range(1, 25)]
    rows[3] = worker_row(4, Kecamatan="Bukan Makassar")          # rejected by the checks
    rows[7] = worker_row(3)                                      # duplicate in the file
    rows[11] = worker_row(31, birth=BORN_IN_MARCH)               # born after the start
    rows.append(worker_row(40))                                  # known, to be enrolled
    rows.append(worker_row(41))                                  # known, already enrolled
    rows.append(worker_row(42))                                  # NIK corrected away
    return rows


SHARED_IDS = KeyedIds(b"\x07" * 32)


def import_into(path: Path, data: Path, *, bulk_events: bool, calls: list[str]
                ) -> tuple[list[tuple[Any, ...]], dict[str, Any]]:
    app: Berjasa = fixed_clock(open_store(f"sqlite:///{path.as_posix()}"))
    app.imports.bulk_events = bulk_events
    # Both stores derive the same (keyed) ids, to compare their events.
    app.application.ids = SHARED_IDS
    try:
        app.users.initialise_store("admin", PASSWORD, "uji-01")
        admin = app.users.sign_in("admin", PASSWORD, "uji-01")
        quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 24))["quota"])
        for serial in (40, 41, 42):
            row = worker_row(serial)
            # The list's own name: a row naming someone else is refused (nik_other_person).
            app.workers.register_worker(admin, nik=row[0], name=row[1], sex="L",
                                        birth_date="1985-04-12", kecamatan="Tallo",
                                        kelurahan="Kalukuang", occupation="Nelayan")
        app.quotas.enrol(admin, worker_row(41)[0], quota)
        app.workers.correct_worker(admin, worker_row(42)[0], {"nik": worker_row(43)[0]},
                                   "salah ketik")
        start = app.application.recorder.max_notification_id() or 0
        calls.clear()
        result = run_import(app, admin, data, quota, start="2026-01-01", batch_size=7,
                            report_path=path.with_suffix(".xlsx"), retroactive=True,
                            reason="Migrasi roster")  # both paths record it retroactive
        assert verify_chain(app).intact
        rows = app.application.recorder.event_rows(start, 10_000)  # type: ignore[attr-defined]
        events = [(r.position, r.originator_id, r.version, r.topic, TIMESTAMP.sub(b"T", r.state))
                  for r in rows]
        assert all(len(TIMESTAMP.findall(r.state)) == 1 for r in rows)
        return events, {**result.as_dict(), "report": None, "calls": set(calls),
                        "codes": sorted(result.rejected_by_code.items())}
    finally:
        app.close()


def test_bulk_events_are_stored_exactly_as_the_generic_path_stores_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = bulk.new_enrolled_worker

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0].nik)
        return real(*args, **kwargs)

    monkeypatch.setattr(imports, "new_enrolled_worker", counted)
    data = write_csv(tmp_path / "daftar.csv", mixed_rows())
    direct, direct_result = import_into(tmp_path / "bulk.db", data, bulk_events=True,
                                        calls=calls)
    generic, generic_result = import_into(tmp_path / "generic.db", data, bulk_events=False,
                                          calls=calls)
    assert direct == generic
    assert direct_result == {**generic_result, "calls": direct_result["calls"]}
    # 24 seats: 20 new workers and the 2 known ones who were not yet in the quota fit;
    # the bulk path built 19 of the new ones and refused the one born after the start.
    # Every new worker's row went through the bulk path (the last batch's twice: its first
    # plan, without look-ups, met the known workers and was dropped); none in the other.
    new = {row[0] for row in mixed_rows()[:24]} - {worker_row(4)[0]}
    assert generic_result["calls"] == set() and direct_result["calls"] >= new
    # 24 seats, one taken by the known worker already enrolled: 21 new workers (one was
    # refused for its birth date) and the two other known workers.
    assert (direct_result["enrolled"], direct_result["duplicates"]) == (23, 2)
    assert dict(direct_result["codes"]) == {"worker.kecamatan_unknown": 1,
                                            "enrolment.before_birth": 1}
    topics = [event[3].rsplit(".", 1)[1] for event in direct]
    assert topics.count("Registered") == 22 and topics.count("Indexed") == 21
    assert topics.count("Enrolled") == 23 and topics.count("Reassigned") == 1


def test_bulk_events_equal_the_generic_events_field_by_field() -> None:
    from domain.model.common import Stamp
    from domain.registration import validate_registration
    from domain.services.workers import claim_key, new_worker
    from tests.factories import worker_fields

    registration = validate_registration(today=date(2026, 11, 21), phone="081234567890",
                                         **worker_fields(7, sex="P", decile=4))
    stamp = Stamp("ani", "uji-02", "Impor daftar.csv")
    programmes = ["JKK", "JKM"]
    ids = KeyedIds(b"a store secret")
    key, events = bulk.new_enrolled_worker(registration, stamp, "KU-2026-01", programmes,
                                           date(2026, 2, 1), date(2026, 12, 31), ids=ids)
    worker = new_worker(registration, stamp, ids.worker(registration.nik))
    worker.enrol("KU-2026-01", programmes, date(2026, 2, 1), date(2026, 12, 31), stamp)
    generic = [*worker.collect_events(), *claim_key(None, worker, stamp, ids).collect_events()]
    assert key == worker.id
    assert [type(e) for e in events] == [type(e) for e in generic]  # type: ignore[comparison-overlap]
    for made, expected in zip(events, generic, strict=True):
        # Made first, each at the moment it was made, in the same time zone.
        assert made.timestamp.tzinfo == expected.timestamp.tzinfo is not None
        assert made.timestamp <= expected.timestamp
        made_fields, expected_fields = dict(vars(made)), dict(vars(expected))
        made_fields.pop("timestamp")
        expected_fields.pop("timestamp")
        assert list(made_fields) == list(expected_fields)  # the stored key order
        assert made_fields == expected_fields


def test_bulk_path_refuses_a_start_before_birth_as_enrol_does() -> None:
    from domain.errors import RuleViolationError
    from domain.model.common import Stamp
    from domain.registration import validate_registration
    from domain.services.workers import new_worker
    from tests.factories import worker_fields

    registration = validate_registration(
        today=date(2026, 11, 21), **worker_fields(8, birth=BORN_IN_MARCH))
    stamp = Stamp("ani", "uji-02")
    with pytest.raises(RuleViolationError) as direct:
        bulk.new_enrolled_worker(registration, stamp, "KU-2026-01", ["JKK"],
                                 date(2026, 1, 1), date(2026, 12, 31), ids=AggregateIds())
    with pytest.raises(RuleViolationError) as generic:
        worker = new_worker(registration, stamp, AggregateIds().worker(registration.nik))
        worker.enrol("KU-2026-01", ["JKK"], date(2026, 1, 1), date(2026, 12, 31), stamp)
    assert (direct.value.code, direct.value.params) == (generic.value.code,
                                                       generic.value.params)
