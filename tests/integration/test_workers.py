from __future__ import annotations

import pytest

from domain.errors import PermissionDeniedError, RuleViolationError, ValidationError
from domain.services.app import Berjasa
from domain.services.session import Session
from tests.conftest import enrol_from
from tests.factories import make_nik, worker_fields
from tests.opening import confirmed


def test_registration_records_who_where_and_the_details(app: Berjasa, operator: Session) -> None:
    worker = app.workers.register_worker(operator, **worker_fields(1, agent="Perisai Rahmat"))
    assert worker["kecamatan"] == "Panakkukang" and worker["agent"] == "Perisai Rahmat"
    events = list(app.history.history(operator, nik=worker["nik"]))
    assert [e["event"] for e in events] == ["Registered"]
    assert (events[0]["actor"], events[0]["workstation"]) == ("ani", "uji-02")


def test_a_nik_can_be_registered_only_once(app: Berjasa, operator: Session) -> None:
    app.workers.register_worker(operator, **worker_fields(1))
    with pytest.raises(RuleViolationError) as refused:
        app.workers.register_worker(operator, **worker_fields(1, name="Orang Lain"))
    assert refused.value.code == "worker.already_registered"
    assert "Pekerja Uji 1" in refused.value.message()


def test_nik_from_outside_makassar_is_registered_with_a_warning(
    app: Berjasa, operator: Session
) -> None:
    fields = worker_fields(2)
    fields["nik"] = "7306" + fields["nik"][4:]
    worker = app.workers.register_worker(operator, **fields)
    assert worker["warnings"] == ["nik.outside_makassar"]


def test_correction_needs_a_reason_and_is_recorded_with_it(app: Berjasa, operator: Session) -> None:
    nik = app.workers.register_worker(operator, **worker_fields(3))["nik"]
    with pytest.raises(ValidationError) as refused:
        app.workers.correct_worker(operator, nik, {"name": "Nama Baru"}, reason="  ")
    assert refused.value.code == "reason.required"
    app.workers.correct_worker(operator, nik, {"name": "Nama Baru"}, reason="salah ketik")
    last = list(app.history.history(operator, nik=nik))[-1]
    assert last["event"] == "DetailsCorrected"
    assert last["reason"] == "salah ketik" and last["data"]["changes"] == {"name": "Nama Baru"}


def test_correction_is_checked_by_the_registration_rules(app: Berjasa, operator: Session) -> None:
    nik = app.workers.register_worker(operator, **worker_fields(4))["nik"]
    with pytest.raises(ValidationError) as refused:
        app.workers.correct_worker(operator, nik, {"sex": "P"}, reason="data KTP")
    assert refused.value.code == "nik.sex_mismatch"
    with pytest.raises(ValidationError) as unchanged:
        app.workers.correct_worker(operator, nik, {"name": "Pekerja Uji 4"}, reason="sama")
    assert unchanged.value.code == "worker.nothing_to_correct"


def test_nik_correction_moves_the_nik_to_the_new_number(app: Berjasa, operator: Session) -> None:
    fields = worker_fields(5)
    old = app.workers.register_worker(operator, **fields)["nik"]
    new = old[:-4] + "0099"
    app.workers.correct_worker(operator, old, {"nik": new}, reason="salah ketik NIK")
    assert app.workers.get_worker(operator, new)["name"] == "Pekerja Uji 5"
    assert not app.workers.worker_exists(old)
    again = app.workers.register_worker(operator, **fields)
    assert again["nik"] == old


def test_death_ends_coverage_and_frees_the_seat(
    app: Berjasa, operator: Session, supervisor: Session
) -> None:
    quota = confirmed(app, app.quotas.open_quota(supervisor, 2026, "JKK,JKM", 10))["quota"]
    nik = app.workers.register_worker(operator, **worker_fields(6))["nik"]
    enrol_from(app, operator, nik, quota, "2026-01-01")
    worker = app.workers.record_death(operator, nik, "2026-05-10")
    assert worker["died_on"] == "2026-05-10"
    assert worker["enrolments"][0]["end"] == "2026-05-10"
    assert worker["enrolments"][0]["end_reason"] == "death"
    assert app.quotas.get_quota(operator, quota)["used"] == 0
    with pytest.raises(RuleViolationError) as refused:
        enrol_from(app, operator, nik, quota, "2026-06-01")
    assert refused.value.code == "enrol.after_death"
    with pytest.raises(RuleViolationError) as refused:
        app.workers.record_death(operator, nik, "2026-05-11")
    assert refused.value.code == "worker.death_already_recorded"


def test_dukcapil_kpj_and_decile(app: Berjasa, operator: Session) -> None:
    # Registered without a decile: the one below is the first (an older one than a recorded
    # decile's date would be refused, `facts.older_than_recorded`).
    nik = app.workers.register_worker(operator, **worker_fields(7, decile=None))["nik"]
    worker = app.workers.record_dukcapil(operator, nik, "padan", "2026-02-03")
    assert (worker["dukcapil"], worker["dukcapil_checked_on"]) == ("padan", "2026-02-03")
    with pytest.raises(ValidationError) as refused:
        app.workers.record_dukcapil(operator, nik, "mungkin")
    assert refused.value.code == "worker.dukcapil_status"
    assert app.workers.assign_kpj(operator, nik, "12345678901")["kpj"] == "12345678901"
    with pytest.raises(ValidationError) as refused:
        app.workers.assign_kpj(operator, nik, "1234")
    assert refused.value.code == "worker.kpj_invalid"
    other = app.workers.register_worker(operator, **worker_fields(8))["nik"]
    with pytest.raises(RuleViolationError) as taken:
        app.workers.assign_kpj(operator, other, "12345678901")
    assert taken.value.code == "worker.kpj_taken"
    worker = app.workers.record_decile(operator, nik, 3, "2026-07-01", "DTSEN Juli 2026")
    assert (worker["decile"], worker["decile_as_of"]) == (3, "2026-07-01")


def test_auditor_cannot_write_anything(app: Berjasa, auditor: Session) -> None:
    with pytest.raises(PermissionDeniedError) as refused:
        app.workers.register_worker(auditor, **worker_fields(9))
    assert refused.value.code == "permission.denied"
    assert "auditor" in refused.value.message()
    assert app.quotas.get_quota.__name__  # reading stays allowed below
    assert app.quotas.list_quotas(auditor) == []


def test_a_disabled_account_can_do_nothing(app: Berjasa, admin: Session, operator: Session) -> None:
    app.users.set_user_active(admin, "ani", False, "pindah tugas")
    with pytest.raises(PermissionDeniedError) as refused:
        app.workers.register_worker(operator, **worker_fields(10))
    assert refused.value.code == "permission.denied"


def test_make_nik_builds_a_woman_nik() -> None:
    from datetime import date

    assert make_nik(date(1972, 2, 15), "P", 5556, "14") == "7371145502725556"
