"""Termination reasons with their details, and possible duplicates resolved by a supervisor
(issue 16). Fixed clock (tests.conftest: 21 November 2026), each refusal asserts its code."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from domain.duplicates import SAME_NAME_BIRTH_KELURAHAN, person_name_key
from domain.errors import BerjasaError, NotFoundError, RuleViolationError, ValidationError
from domain.services.app import Berjasa
from domain.services.session import Session
from projections import LiveReadModels, open_read_models
from projections.audit_texts import audit_summary
from tests.conftest import PASSWORD, enrol_from, fixed_clock
from tests.factories import worker_fields
from tests.legacy_events import events_as_version_1
from tests.opening import confirmed

PESERTA_TERMINATED = "domain.model.peserta:Peserta.EnrolmentTerminated"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Berjasa]:
    """One store kind is enough here: nothing below depends on the database."""
    application = fixed_clock(open_store("memory:"))
    application.users.initialise_store("admin", PASSWORD, "uji-01")
    yield application
    application.close()


@pytest.fixture
def models(app: Berjasa) -> Iterator[LiveReadModels]:
    read_models = open_read_models(app.application)
    yield read_models
    read_models.close()


@pytest.fixture
def quota(app: Berjasa, supervisor: Session) -> str:
    return str(confirmed(app,
                         app.quotas.open_quota(supervisor, 2026, "JKK,JKM", 10,
                                               basis="DPA"))["quota"])


def _enrolled(app: Berjasa, operator: Session, quota: str, serial: int, **fields: object) -> str:
    nik = str(app.workers.register_worker(operator, **worker_fields(serial, **fields))["nik"])
    enrol_from(app, operator, nik, quota, "2026-02-01")
    return nik


def _refused(error: type[BerjasaError], code: str, call: object, *args: object,
             **kwargs: object) -> BerjasaError:
    with pytest.raises(error) as refused:
        call(*args, **kwargs)  # type: ignore[operator]
    assert refused.value.code == code
    return refused.value


# --- termination details --------------------------------------------------------------------


def test_formal_records_the_employer_or_the_kpj_of_the_new_membership(
    app: Berjasa, operator: Session, quota: str
) -> None:
    first, second = (_enrolled(app, operator, quota, s) for s in (1, 2))
    head = app.application.head_position()
    _refused(ValidationError, "terminate.formal_details_missing", app.quotas.terminate, operator,
             first, quota, "formal", "2026-06-30")
    _refused(ValidationError, "worker.kpj_invalid", app.quotas.terminate, operator, first, quota,
             "formal", "2026-06-30", kpj="1234")
    assert app.application.head_position() == head  # a refusal writes nothing
    done = app.quotas.terminate(operator, first, quota, "formal", "2026-06-30", employer="PT Uji")
    assert done["details"] == {"employer": "PT Uji"}
    app.quotas.terminate(operator, second, quota, "formal", "2026-06-30", kpj="123 4567 8901",
                         employer=" CV  Terong ")
    ended = app.workers.get_worker(operator, second)["enrolments"][0]
    assert ended["end_details"] == {"employer": "CV Terong", "kpj": "12345678901"}


def test_moved_records_the_new_domicile(app: Berjasa, operator: Session, quota: str) -> None:
    nik = _enrolled(app, operator, quota, 1)
    _refused(ValidationError, "terminate.domicile_missing", app.quotas.terminate, operator, nik,
             quota, "moved", "2026-06-30")
    app.quotas.terminate(operator, nik, quota, "moved", "2026-06-30", domicile="Kabupaten Gowa")
    ended = app.workers.get_worker(operator, nik)["enrolments"][0]
    assert (ended["end_reason"], ended["end_details"]) == ("moved",
                                                           {"domicile": "Kabupaten Gowa"})


def test_a_detail_of_another_reason_is_refused(app: Berjasa, operator: Session,
                                               quota: str) -> None:
    nik = _enrolled(app, operator, quota, 1)
    refused = _refused(ValidationError, "terminate.detail_unexpected", app.quotas.terminate,
                       operator,
                       nik, quota, "moved", "2026-06-30", domicile="Gowa", employer="PT Uji")
    assert refused.params == {"field": "employer", "reason": "moved"}
    _refused(ValidationError, "terminate.detail_unexpected", app.quotas.terminate, operator, nik,
             quota, "error", "2026-06-30", survivor="7371091308931417")


def test_duplicate_names_an_existing_other_record(app: Berjasa, operator: Session,
                                                  quota: str) -> None:
    nik, kept = _enrolled(app, operator, quota, 1), _enrolled(app, operator, quota, 2)
    _refused(ValidationError, "terminate.survivor_missing", app.quotas.terminate, operator, nik,
             quota, "duplicate", "2026-06-30")
    _refused(NotFoundError, "terminate.survivor_not_found", app.quotas.terminate, operator, nik,
             quota, "duplicate", "2026-06-30", survivor=str(worker_fields(99)["nik"]))
    _refused(RuleViolationError, "terminate.survivor_self", app.quotas.terminate, operator, nik,
             quota, "duplicate", "2026-06-30", survivor=nik)
    app.quotas.terminate(operator, nik, quota, "duplicate", "2026-06-30", survivor=kept)
    details = app.workers.get_worker(operator, nik)["enrolments"][0]["end_details"]
    assert details["survivor_nik"] == kept
    assert details["survivor_id"] == app.workers.get_worker(operator, kept)["id"]


def test_the_audit_trail_says_what_the_termination_recorded(
    app: Berjasa, operator: Session, quota: str, models: LiveReadModels
) -> None:
    nik = _enrolled(app, operator, quota, 1)
    app.quotas.terminate(operator, nik, quota, "moved", "2026-06-30", domicile="Kabupaten Maros")
    models.catch_up()
    lines = [r for r in models.audit_trail(nik=nik).rows
             if r["event_type"] == "Peserta.EnrolmentTerminated"]
    assert "domisili baru: Kabupaten Maros" in audit_summary(lines[0])


def test_a_termination_recorded_before_details_existed_still_reads(
    app: Berjasa, operator: Session, quota: str, models: LiveReadModels
) -> None:
    nik = _enrolled(app, operator, quota, 1)
    with events_as_version_1(app, (PESERTA_TERMINATED,), added=("details",)):
        app.quotas.terminate(operator, nik, quota, "moved", "2026-06-30", domicile="Gowa")
    worker_id = app.workers.worker_by_nik(nik).id
    stored = next(e for e in app.application.recorder.select_events(worker_id)
                  if e.topic == PESERTA_TERMINATED)
    assert b"details" not in stored.state and b"class_version" not in stored.state
    ended = app.workers.get_worker(operator, nik)["enrolments"][0]
    assert (ended["end"], ended["end_reason"], ended["end_details"]) == (
        "2026-06-30", "moved", {})
    models.rebuild()
    row = models.membership_row(nik)
    assert row is not None and row["covered_to"] == "2026-06-30"


# --- possible duplicates --------------------------------------------------------------------


def _lookalikes(app: Berjasa, operator: Session, serials: tuple[int, ...],
                name: str = "Ma'ruf Halim") -> list[str]:
    """Records of one person: the same name (written differently), birth date, kelurahan."""
    spellings = itertools.cycle((name, name.upper().replace("'", ""), f" {name.lower()} "))
    return [str(app.workers.register_worker(operator, **worker_fields(s,
                                                                      name=next(spellings)))["nik"])
            for s in serials]


def test_records_of_one_person_under_two_niks_are_listed(
    app: Berjasa, operator: Session, models: LiveReadModels
) -> None:
    niks = _lookalikes(app, operator, (1, 2))
    app.workers.register_worker(operator, **worker_fields(3, name="Orang Lain"))
    app.workers.register_worker(operator, **worker_fields(4, name="Ma'ruf Halim",
                                                          kelurahan="Tamamaung"))
    app.workers.register_worker(operator, **worker_fields(5, name="Ma'ruf Halim",
                                                          birth=date(1985, 4, 13)))
    models.catch_up()
    assert models.possible_duplicates() == [{
        "niks": sorted(niks), "names": ["Ma'ruf Halim", "MARUF HALIM"],
        "birth_date": "1985-04-12", "kecamatan": "Panakkukang", "kelurahan": "Pandang",
        "reason": SAME_NAME_BIRTH_KELURAHAN}]


def test_resolving_a_duplicate_ends_its_enrolments_and_the_group(
    app: Berjasa, operator: Session, supervisor: Session, quota: str, models: LiveReadModels
) -> None:
    kept, duplicate = _lookalikes(app, operator, (1, 2))
    enrol_from(app, operator, duplicate, quota, "2026-02-01")
    used = app.quotas.get_quota(operator, quota)["used"]
    resolved = app.lifecycle.resolve_duplicate(supervisor, duplicate, kept, "NIK dirusak Excel",
                                               "2026-06-30")
    assert resolved == {"nik": duplicate, "survivor": kept, "end": "2026-06-30",
                        "terminated": [quota]}
    worker = app.workers.get_worker(operator, duplicate)
    assert worker["duplicate_of"] == kept
    assert worker["enrolments"][0]["end_reason"] == "duplicate"
    assert worker["enrolments"][0]["end_details"]["survivor_nik"] == kept
    assert app.quotas.get_quota(operator, quota)["used"] == used - 1
    models.catch_up()
    assert models.possible_duplicates() == []
    _refused(RuleViolationError, "worker.duplicate", app.quotas.enrol, operator, duplicate, quota)
    _refused(RuleViolationError, "worker.duplicate", app.lifecycle.resolve_duplicate, supervisor,
             duplicate, kept, "lagi")
    enrol_from(app, operator, kept, quota, "2026-02-01")  # the surviving record is enrolled


def test_a_duplicate_cannot_survive_another(app: Berjasa, operator: Session,
                                            supervisor: Session) -> None:
    kept, duplicate, third = _lookalikes(app, operator, (1, 2, 3))
    app.lifecycle.resolve_duplicate(supervisor, duplicate, kept, "NIK rusak")
    _refused(RuleViolationError, "terminate.survivor_duplicate", app.lifecycle.resolve_duplicate,
             supervisor, third, duplicate, "NIK rusak")
    _refused(RuleViolationError, "terminate.survivor_self", app.lifecycle.resolve_duplicate,
             supervisor, third, third, "NIK rusak")
    _refused(ValidationError, "reason.required", app.lifecycle.resolve_duplicate, supervisor, third,
             kept, " ")


def test_different_people_leave_the_list_until_a_new_lookalike_comes(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels
) -> None:
    first, second = _lookalikes(app, operator, (1, 2))
    _refused(ValidationError, "duplicate.too_few", app.lifecycle.confirm_distinct, supervisor,
             [first, first], "beda orang")
    app.lifecycle.confirm_distinct(supervisor, [first, second],
                                   "KK berbeda, sudah dicek ke kelurahan")
    models.catch_up()
    assert models.possible_duplicates() == []
    third = _lookalikes(app, operator, (3,))[0]
    models.catch_up()
    assert models.possible_duplicates()[0]["niks"] == sorted([first, second, third])
    app.lifecycle.confirm_distinct(supervisor, [first, third], "dicek")
    models.catch_up()
    assert models.possible_duplicates() != []  # second and third are still undecided
    app.lifecycle.confirm_distinct(supervisor, [second, third], "dicek")
    models.catch_up()
    assert models.possible_duplicates() == []


def test_the_list_matches_a_brute_force_comparison_of_every_pair(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels
) -> None:
    rng = random.Random(16)
    names = ("Ma'ruf Halim", "MARUF HALIM", "Siti Aminah", "siti  aminah", "Baso")
    people = {}
    for serial in range(1, 41):
        fields = worker_fields(serial, name=rng.choice(names),
                               kelurahan=rng.choice(("Pandang", "Karuwisi")),
                               birth=date(1985, 4, rng.choice((12, 13))))
        people[str(app.workers.register_worker(operator, **fields)["nik"])] = fields
    niks = sorted(people)
    for a, b in rng.sample(list(combinations(niks, 2)), 25):
        app.lifecycle.confirm_distinct(supervisor, [a, b], "dicek")
    decided = {tuple(sorted(p)) for p in _distinct_pairs(app, operator, niks)}
    models.catch_up()

    def same(a: str, b: str) -> bool:
        fa, fb = people[a], people[b]
        return (person_name_key(fa["name"]) == person_name_key(fb["name"])
                and fa["birth_date"] == fb["birth_date"] and fa["kelurahan"] == fb["kelurahan"])

    expected = []
    for nik in niks:  # a group: everyone who is the same person as `nik`, listed once
        group = sorted(n for n in niks if same(nik, n))
        undecided = any(p not in decided for p in combinations(group, 2))
        if len(group) > 1 and group[0] == nik and undecided:
            expected.append(group)
    assert [g["niks"] for g in models.possible_duplicates()] == expected
    assert expected  # the data makes groups


def _distinct_pairs(app: Berjasa, operator: Session, niks: list[str]) -> Iterator[tuple[str, str]]:
    for nik in niks:
        for event in app.history.history(operator, nik=nik):
            if event["event"] == "DistinctPersonConfirmed":
                yield nik, event["data"]["other_nik"]


def test_an_auditor_sees_the_groups_niks_masked(app: Berjasa, operator: Session,
                                                auditor: Session) -> None:
    from desktop.console.cmd_duplicates import do_list

    niks = _lookalikes(app, operator, (1, 2))

    class Ctx:
        def app(self) -> Berjasa:
            return app

        def session(self) -> Session:
            return auditor

    shown = do_list(Ctx())  # type: ignore[arg-type]
    assert shown["groups"][0]["niks"] == ["*" * 12 + n[-4:] for n in sorted(niks)]


# --- segments in the figures ----------------------------------------------------------------

# Written out by hand (not through domain.segments): the oracle the figures must match.
EXPECTED_SEGMENT = {
    "Ketua RT": "Ketua RT/RW", "ketua rw": "Ketua RT/RW", "Ketua RT/RW": "Ketua RT/RW",
    "Guru Ngaji": "Pekerja Keagamaan", "Marbot Masjid": "Pekerja Keagamaan",
    "Pendeta": "Pekerja Keagamaan", "Honorer": "Pegawai Non ASN",
    "PPPK Paruh Waktu": "Pegawai Non ASN", "Pedagang Pasar": "Pekerja Rentan",
    "Astronot": "Tidak Dikenal", "Wiraswasta": "Tidak Dikenal",
}


def test_active_members_by_segment_match_a_walk_over_the_workers(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels
) -> None:
    quota = str(confirmed(app,
                          app.quotas.open_quota(supervisor, 2026, "JKK,JKM", 50,
                                                basis="DPA"))["quota"])
    occupations = list(EXPECTED_SEGMENT)
    workers = []
    for serial, occupation in enumerate(occupations * 2, start=1):
        nik = str(app.workers.register_worker(operator, **worker_fields(serial,
                                                                occupation=occupation))["nik"])
        if serial % 3:  # some never enrolled, some ended before the day counted
            enrol_from(app, operator, nik, quota, "2026-02-01")
            if serial % 5 == 0:
                app.quotas.terminate(operator, nik, quota, "moved", "2026-04-30", domicile="Gowa")
        workers.append(nik)
    day = date(2026, 6, 1)
    expected: dict[str, int] = {}
    for nik in workers:  # the oracle: each worker's own record, day by day
        worker = app.workers.get_worker(operator, nik)
        covered = any(e["start"] <= day.isoformat() <= e["covered_to"]
                      for e in worker["enrolments"])
        if covered:
            segment = EXPECTED_SEGMENT[worker["occupation"]]
            expected[segment] = expected.get(segment, 0) + 1
    models.catch_up()
    assert models.stats(day)["by_segment"] == expected
    assert expected["Tidak Dikenal"] > 0 and len(expected) >= 4


def test_resolving_a_duplicate_with_jht_on_top_ends_both_enrolments(
    app: Berjasa, operator: Session, supervisor: Session, quota: str
) -> None:
    jht = str(confirmed(app, app.quotas.open_quota(supervisor, 2026, "JHT", 5,
                                                   basis="DPA JHT"))["quota"])
    kept, duplicate = _lookalikes(app, operator, (1, 2))
    enrol_from(app, operator, duplicate, quota, "2026-02-01")
    enrol_from(app, operator, duplicate, jht, "2026-03-01")
    used = (app.quotas.get_quota(operator, quota)["used"], app.quotas.get_quota(operator,
                                                                                jht)["used"])
    resolved = app.lifecycle.resolve_duplicate(supervisor, duplicate, kept, "NIK rusak",
                                               "2026-06-30")
    assert resolved["terminated"] == sorted([quota, jht])
    ended = {e["quota"]: e for e in app.workers.get_worker(operator, duplicate)["enrolments"]}
    assert {q: e["end"] for q, e in ended.items()} == {quota: "2026-06-30", jht: "2026-06-30"}
    assert (app.quotas.get_quota(operator, quota)["used"], app.quotas.get_quota(operator,
                                                                                jht)["used"]) == (
        used[0] - 1, used[1] - 1)
