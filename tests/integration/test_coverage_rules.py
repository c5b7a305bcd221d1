"""Issue 16's coverage rules, on a fixed clock (today 2026-11-21): coverage never starts
before it was recorded, closed periods, JHT only on top of JKK+JKM, eligibility rules per
quota, and the priority worklist. Every refusal asserts its code and that nothing was
written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from domain.eligibility import (
    Person,
    QuotaRules,
    age_on,
    check_domicile,
    days_back_allowed,
    default_rules,
    rule_on,
)
from domain.errors import BerjasaError
from domain.model.kuota import Kuota
from domain.model.peserta import Peserta
from domain.registration import validate_registration
from domain.services.app import Berjasa
from domain.services.session import Session
from importer import run_import
from projections import open_read_models
from projections.audit_texts import audit_summary
from tests.conftest import PASSWORD, TODAY, enrol_from, fixed_clock
from tests.factories import worker_fields
from tests.opening import confirmed
from tests.unit.importer.helpers import worker_row, write_csv


class Office:
    def __init__(self) -> None:
        self.app = fixed_clock(open_store("memory:"))
        self.app.users.initialise_store("admin", PASSWORD, "uji-01")
        self.admin = self.app.users.sign_in("admin", PASSWORD, "uji-01")
        for name, role in (("ani", "operator"), ("budi", "supervisor"),
                           ("citra", "supervisor"), ("dewi", "auditor")):
            self.app.users.add_user(self.admin, name, role, PASSWORD)
        self.operator = Session("ani", "operator", "uji-02")
        self.supervisor = Session("budi", "supervisor", "uji-03")
        self.supervisor2 = Session("citra", "supervisor", "uji-04")
        self.auditor = Session("dewi", "auditor", "uji-05")
        self.serial = 0

    def worker(self, **overrides: Any) -> str:
        self.serial += 1
        fields = worker_fields(self.serial, **overrides)
        return str(self.app.workers.register_worker(self.operator, **fields)["nik"])

    def quota(self, programmes: str = "JKK,JKM", seats: int = 50, year: int = 2026,
              **rules: Any) -> str:
        opened = self.app.quotas.open_quota(self.supervisor, year, programmes, seats, **rules)
        return str(confirmed(self.app, opened)["quota"])


@pytest.fixture
def office() -> Iterator[Office]:
    made = Office()
    yield made
    made.app.close()


def refused(office: Office, code: str, command: Callable[[], object]) -> BerjasaError:
    """`command` is refused with `code` and writes nothing."""
    head = office.app.application.head_position()
    with pytest.raises(BerjasaError) as caught:
        command()
    assert caught.value.code == code, caught.value
    assert office.app.application.head_position() == head
    return caught.value


def read_models(app: Berjasa) -> Any:
    models = open_read_models(app.application)
    models.catch_up()
    return models


# --- coverage never starts before it was recorded -------------------------------------------


def test_the_days_back_rule_is_dated_data_with_a_basis() -> None:
    assert days_back_allowed(TODAY) == 0
    row = rule_on("hari_mundur", TODAY)
    assert row.status == "unconfirmed" and row.basis
    assert rule_on("usia_minimum", TODAY).basis.startswith("UU 13/2003")


def test_an_operator_may_not_backdate_and_is_told_whom_to_ask(office: Office) -> None:
    nik, quota = office.worker(), office.quota()
    for retro in (False, True):
        error = refused(office, "enrol.retroactive", lambda r=retro: office.app.quotas.enrol(
            office.operator, nik, quota, "2026-11-20", retroactive=r, reason="kertas"))
        assert "budi" in error.message("en") and "citra" in error.message("en")
    # today is allowed, and is not retroactive
    assert office.app.quotas.enrol(office.operator, nik, quota, TODAY)["retroactive"] is False


def test_a_supervisor_backdates_only_saying_so_with_a_reason(office: Office) -> None:
    nik, quota = office.worker(), office.quota()
    refused(office, "enrol.retroactive",
            lambda: office.app.quotas.enrol(office.supervisor, nik, quota, "2026-02-01"))
    refused(office, "reason.required", lambda: office.app.quotas.enrol(
        office.supervisor, nik, quota, "2026-02-01", retroactive=True))
    done = office.app.quotas.enrol(office.supervisor, nik, quota, "2026-02-01", retroactive=True,
                                   reason="Daftar kertas Februari")
    assert done["retroactive"] is True and done["recorded_on"] == TODAY.isoformat()
    enrolment = office.app.workers.get_worker(office.supervisor, nik)["enrolments"][0]
    assert enrolment["retroactive"] is True
    assert enrolment["recorded_on"] == "2026-11-21" and enrolment["start"] == "2026-02-01"
    assert office.app.quotas.get_quota(office.supervisor, quota)["retroactive"] == 1


def test_retroactive_enrolments_are_counted_in_stats_and_shown_in_the_audit(
        office: Office) -> None:
    quota = office.quota()
    niks = [office.worker() for _ in range(4)]
    for nik in niks[:3]:
        office.app.quotas.enrol(office.admin, nik, quota, "2026-03-01", retroactive=True,
                                reason="Migrasi roster")
    enrol_from(office.app, office.operator, niks[3], quota, "2026-03-01")  # on its day
    models = read_models(office.app)
    try:
        stats = models.stats(date(2026, 6, 1))
        # oracle: walk every worker's enrolments as the domain records them
        walked = sum(e["retroactive"] for nik in niks
                     for e in office.app.workers.get_worker(office.admin, nik)["enrolments"])
        assert stats["retroactive_enrolments"] == walked == 3
        assert [q["retroactive"] for q in stats["quotas"]] == [3]
        trail = models.audit_trail(event_type="Peserta.Enrolled", limit=100).rows
        flagged = [row for row in trail if "BERLAKU SURUT" in audit_summary(row)]
        assert len(flagged) == 3
        assert {row["reason"] for row in flagged} == {"Migrasi roster"}
    finally:
        models.close()


def test_an_import_backdates_only_for_supervision(office: Office) -> None:
    quota = office.quota()
    rows = [validate_registration(today=TODAY, **worker_fields(500 + i)) for i in range(3)]
    refused(office, "enrol.retroactive", lambda: office.app.imports.enrol_batch(
        office.operator, rows, quota, "2026-01-01", retroactive=True, reason="roster"))
    outcome = office.app.imports.enrol_batch(office.supervisor, rows, quota, "2026-01-01",
                                             retroactive=True, reason="Migrasi roster 2026")
    assert len(outcome.enrolled) == 3
    assert office.app.quotas.get_quota(office.admin, quota)["retroactive"] == 3
    for registration in rows:
        enrolment = office.app.workers.get_worker(office.admin, registration.nik)["enrolments"][0]
        assert enrolment["retroactive"] is True and enrolment["recorded_on"] == "2026-11-21"


def test_version_1_events_upcast_to_not_retroactive() -> None:
    moment = datetime(2026, 3, 1, 20, 30, tzinfo=UTC)  # 2 March in Makassar (UTC+8)
    state: dict[str, Any] = {"timestamp": moment, "start": date(2026, 1, 1)}
    Peserta.Enrolled.upcast_v1_v2(state)
    assert state["retroactive"] is False and state["recorded_on"] == date(2026, 3, 2)
    seats: dict[str, Any] = {}
    Kuota.SeatsTaken.upcast_v1_v2(seats)
    assert seats["retroactive"] is False
    snapshot: dict[str, Any] = {}
    Kuota.upcast_v2_v3(snapshot)
    assert snapshot == {"retroactive": 0, "rules": None}


# --- closed periods ---------------------------------------------------------------------


def test_closing_a_month(office: Office) -> None:
    app = office.app
    refused(office, "period.month_invalid",
            lambda: app.periods.close_period(office.supervisor, "2026-13", "rekonsiliasi"))
    refused(office, "period.not_ended",
            lambda: app.periods.close_period(office.supervisor, "2026-11", "rekonsiliasi"))
    refused(office, "reason.required", lambda: app.periods.close_period(office.supervisor,
                                                                        "2026-02",
                                                                " "))
    refused(office, "permission.denied",
            lambda: app.periods.close_period(office.operator, "2026-02", "rekonsiliasi"))
    closed = app.periods.close_period(office.supervisor, "2026-02", "Februari ditagih dan dibayar")
    assert closed["month"] == "2026-02" and closed["closed_by"] == "budi"
    refused(office, "period.already_closed",
            lambda: app.periods.close_period(office.admin, "2026-02", "lagi"))
    listed = app.periods.list_periods(office.auditor)
    assert [(p["month"], p["closed_by"], p["reason"]) for p in listed["closed"]] == [
        ("2026-02", "budi", "Februari ditagih dan dibayar")]
    assert listed["closed"][0]["closed_at"].startswith("2026-11-21")


def test_a_closed_month_refuses_changes_effective_in_it(office: Office) -> None:
    app = office.app
    quota, nik, other = office.quota(), office.worker(), office.worker()
    enrol_from(app, office.operator, other, quota, "2026-01-15")
    app.periods.close_period(office.supervisor, "2026-02", "rekonsiliasi selesai")
    refused(office, "period.closed", lambda: app.quotas.enrol(
        office.supervisor, nik, quota, "2026-02-10", retroactive=True, reason="kertas"))
    refused(office, "period.closed", lambda: app.quotas.terminate(
        office.operator, other, quota, "moved", "2026-02-15", domicile="Gowa"))
    # the domain's one check, for the other areas' commands (deaths, quota changes)
    refused(office, "period.closed", lambda: app.periods.check_period_open(date(2026, 2, 28)))
    assert app.periods.check_period_open(date(2026, 3, 1)) == []
    # outside the closed month all goes on
    app.quotas.terminate(office.operator, other, quota, "moved", "2026-03-15", domicile="Gowa")


def test_a_correction_is_proposed_by_one_and_approved_by_another(office: Office) -> None:
    app = office.app
    quota, nik = office.quota(), office.worker()
    app.periods.close_period(office.supervisor, "2026-02", "rekonsiliasi selesai")
    refused(office, "period.not_closed", lambda: app.periods.propose_period_correction(
        office.operator, "2026-03", "salah"))
    own = app.periods.propose_period_correction(office.supervisor, "2026-02", "mulai salah")
    refused(office, "period.own_correction", lambda: app.periods.decide_period_correction(
        office.supervisor, own["correction"], True, "ok"))
    refused(office, "permission.denied", lambda: app.periods.decide_period_correction(
        office.operator, own["correction"], True, "ok"))
    proposal = app.periods.propose_period_correction(office.operator, "2026-02",
                                                     "Berkas Februari terlambat")
    refused(office, "period.correction_unusable", lambda: app.quotas.enrol(
        office.supervisor, nik, quota, "2026-02-10", retroactive=True, reason="kertas",
        correction=proposal["correction"]))  # not yet approved
    approved = app.periods.decide_period_correction(office.supervisor2, proposal["correction"],
                                                    True,
                                            "sesuai berkas")
    assert approved["state"] == "disetujui" and approved["decided_by"] == "citra"
    app.quotas.enrol(office.supervisor, nik, quota, "2026-02-10", retroactive=True,
                     reason="Berkas Februari", correction=proposal["correction"])
    listed = {c["correction"]: c for c in app.periods.list_periods(office.admin)["corrections"]}
    assert listed[proposal["correction"]]["state"] == "dipakai"
    assert listed[proposal["correction"]]["used_on"] == "2026-02-10"
    second = office.worker()
    refused(office, "period.correction_unusable", lambda: app.quotas.enrol(  # used once only
        office.supervisor, second, quota, "2026-02-11", retroactive=True, reason="kertas",
        correction=proposal["correction"]))


def test_a_death_in_a_closed_month_needs_an_approved_correction(office: Office) -> None:
    app = office.app
    quota, nik = office.quota(), office.worker()
    enrol_from(app, office.operator, nik, quota, "2026-01-15")
    app.periods.close_period(office.supervisor, "2026-02", "rekonsiliasi selesai")
    refused(office, "period.closed",
            lambda: app.workers.record_death(office.operator, nik, "2026-02-20", "surat kematian"))
    refused(office, "period.closed",   # nor through a JKM claim that would record it
            lambda: app.claims.report_claim(office.operator, nik, "JKM", "2026-02-20",
                                            heir_name="Sitti", heir_nik=worker_fields(90)["nik"],
                                            heir_relation="istri"))
    proposal = app.periods.propose_period_correction(office.operator, "2026-02",
                                                     "Surat kematian datang terlambat")
    app.periods.decide_period_correction(office.supervisor2, proposal["correction"], True, "sesuai")
    shown = app.workers.record_death(office.operator, nik, "2026-02-20", "surat kematian",
                                     correction=proposal["correction"])
    assert shown["died_on"] == "2026-02-20"


def test_a_change_of_seats_effective_in_a_closed_month_needs_a_correction(
    office: Office,
) -> None:
    app = office.app
    quota = office.quota()
    change = app.quotas.propose_quota_change(office.operator, quota, 5, "APBD-P",
                                             effective="2026-02-01")["change"]
    app.periods.close_period(office.supervisor, "2026-02", "rekonsiliasi selesai")
    refused(office, "period.closed",
            lambda: app.quotas.decide_quota_change(office.supervisor, change, True, "setuju"))
    proposal = app.periods.propose_period_correction(office.operator, "2026-02", "APBD-P terlambat")
    app.periods.decide_period_correction(office.supervisor2, proposal["correction"], True, "sesuai")
    approved = app.quotas.decide_quota_change(office.supervisor, change, True, "setuju",
                                              correction=proposal["correction"])
    assert approved["seats"] == 55
    # a refusal changes no money: it needs no correction
    later = app.quotas.propose_quota_change(office.operator, quota, 1, "lagi",
                                            effective="2026-02-01")["change"]
    assert app.quotas.decide_quota_change(office.supervisor, later, False, "tidak")["state"] == \
        "ditolak"


# --- JHT only on top of JKK and JKM -------------------------------------------------------


def test_jht_needs_jkk_and_jkm_on_its_start_and_ends_with_them(office: Office) -> None:
    app = office.app
    base, jht = office.quota("JKK,JKM"), office.quota("JHT")
    nik = office.worker()
    refused(office, "enrol.jht_without_jkk_jkm",
            lambda: enrol_from(app, office.operator, nik, jht, "2026-03-01"))
    enrol_from(app, office.operator, nik, base, "2026-03-01")
    refused(office, "enrol.jht_without_jkk_jkm",  # the day before the base starts
            lambda: enrol_from(app, office.operator, nik, jht, "2026-02-28"))
    enrol_from(app, office.operator, nik, jht, "2026-04-01")
    ended = app.quotas.terminate(office.operator, nik, base, "formal", "2026-08-31",
                                 employer="PT Makassar Jaya")
    assert ended["also_ended"] == [jht]
    enrolments = {e["quota"]: e for e in app.workers.get_worker(office.admin, nik)["enrolments"]}
    assert enrolments[jht]["end"] == "2026-08-31"
    assert enrolments[jht]["end_reason"] == "jkk_jkm_ended"
    assert app.quotas.get_quota(office.admin, jht)["used"] == 0


def test_a_duplicate_resolved_ends_its_jht_with_its_base(office: Office) -> None:
    app = office.app
    base, jht = office.quota("JKK,JKM"), office.quota("JHT")
    kept = office.worker(name="Daeng Kembar")
    duplicate = office.worker(name="Daeng Kembar")
    enrol_from(app, office.operator, duplicate, base, "2026-02-01")
    enrol_from(app, office.operator, duplicate, jht, "2026-02-01")
    resolved = app.lifecycle.resolve_duplicate(office.supervisor, duplicate, kept,
                                               "NIK dirusak Excel",
                                     "2026-06-30")
    assert sorted(resolved["terminated"]) == sorted([base, jht])
    ends = {e["quota"]: (e["end"], e["end_reason"])
            for e in app.workers.get_worker(office.admin, duplicate)["enrolments"]}
    assert ends == {base: ("2026-06-30", "duplicate"), jht: ("2026-06-30", "jkk_jkm_ended")}
    assert [app.quotas.get_quota(office.admin, q)["used"] for q in (base, jht)] == [0, 0]


def test_a_jht_quota_with_jkk_jkm_in_it_needs_no_base(office: Office) -> None:
    full = office.quota("JKK,JKM,JHT")
    assert enrol_from(office.app, office.operator, office.worker(), full, "2026-03-01")


def test_an_import_into_jht_refuses_workers_without_a_base(office: Office) -> None:
    jht = office.quota("JHT")
    rows = [validate_registration(today=TODAY, **worker_fields(700 + i)) for i in range(2)]
    outcome = office.app.imports.enrol_batch(office.operator, rows, jht, TODAY)
    assert [error.code for _, error in outcome.refused] == ["enrol.jht_without_jkk_jkm"] * 2
    assert outcome.enrolled == ()


# --- eligibility rules per quota ----------------------------------------------------------


def test_a_quota_shows_its_rules(office: Office) -> None:
    plain = office.app.quotas.get_quota(office.auditor, office.quota())
    assert plain["rules"] == {"min_age": 18, "max_age": None,
                              "refused_dukcapil": ["tidak_ditemukan"], "segments": [],
                              "deciles": [], "priority": None}
    narrow = office.app.quotas.get_quota(office.admin, office.quota(
        "JHT", segments="kader posyandu", deciles="1-3", priority="decile", max_age="60"))
    assert narrow["rules"]["segments"] == ["Kader Posyandu"]
    assert narrow["rules"]["deciles"] == [1, 2, 3]
    assert narrow["rules"]["priority"] == "decile" and narrow["rules"]["max_age"] == 60
    assert default_rules(date(2026, 1, 1)) == QuotaRules(18, None, ("tidak_ditemukan",))


@pytest.mark.parametrize(("options", "code"), [
    ({"deciles": "0-3"}, "quota.deciles_invalid"), ({"deciles": "tiga"}, "quota.deciles_invalid"),
    ({"segments": "Tukang Sulap"}, "quota.segment_unknown"),
    ({"priority": "umur"}, "quota.priority_unknown"), ({"max_age": "-4"}, "quota.age_invalid"),
])
def test_quota_rule_options_are_checked(office: Office, options: dict[str, str],
                                        code: str) -> None:
    refused(office, code, lambda: office.quota(**options))


def test_age_limits_on_the_start_date(office: Office) -> None:
    quota = office.quota(max_age="60")
    young = office.worker(birth=date(2008, 11, 22))  # 17 on 2026-11-21, 18 the day after
    error = refused(office, "eligibility.age",
                    lambda: office.app.quotas.enrol(office.operator, young, quota, TODAY))
    assert "17" in error.message("en")
    assert office.app.quotas.enrol(office.operator, young, quota, "2026-11-22")
    old = office.worker(birth=date(1960, 1, 1))
    refused(office, "eligibility.age",
            lambda: office.app.quotas.enrol(office.operator, old, quota, TODAY))
    assert age_on(date(1960, 1, 1), TODAY) == 66
    # no maximum by default (the BPU age limit is unconfirmed)
    assert office.app.quotas.enrol(office.operator, old, office.quota(), TODAY)


def test_dukcapil_tidak_ditemukan_is_refused(office: Office) -> None:
    quota, nik = office.quota(), office.worker()
    office.app.workers.record_dukcapil(office.operator, nik, "tidak_ditemukan")
    refused(office, "eligibility.dukcapil",
            lambda: office.app.quotas.enrol(office.operator, nik, quota, TODAY))
    office.app.workers.record_dukcapil(office.operator, nik, "padan")
    assert office.app.quotas.enrol(office.operator, nik, quota, TODAY)


def test_segments_and_deciles_of_a_quota(office: Office) -> None:
    quota = office.quota(segments="Kader Posyandu", deciles="1-3")
    trader = office.worker(decile=1)
    refused(office, "eligibility.segment",
            lambda: office.app.quotas.enrol(office.operator, trader, quota, TODAY))
    rich = office.worker(occupation="Kader Posyandu", decile=7)
    refused(office, "eligibility.decile",
            lambda: office.app.quotas.enrol(office.operator, rich, quota, TODAY))
    unknown = office.worker(occupation="Kader Posyandu", decile=None)
    refused(office, "eligibility.decile",
            lambda: office.app.quotas.enrol(office.operator, unknown, quota, TODAY))
    cadre = office.worker(occupation="Kader Posyandu", decile=3)
    assert office.app.quotas.enrol(office.operator, cadre, quota, TODAY)


def test_domicile_must_be_a_known_makassar_kelurahan() -> None:
    person = Person("7371091204850001", date(1985, 4, 12), "Panakkukang", "Pandang",
                    "Nelayan", 2)
    check_domicile(person)
    moved = Person("7371091204850001", date(1985, 4, 12), "Somba Opu", "Sungguminasa",
                   "Nelayan", 2)
    with pytest.raises(BerjasaError) as caught:
        check_domicile(moved)
    assert caught.value.code == "eligibility.domicile"


def test_no_double_coverage_for_one_programme(office: Office) -> None:
    first, second = office.quota("JKK,JKM"), office.quota("JKM")
    nik = office.worker()
    office.app.quotas.enrol(office.operator, nik, first, TODAY)
    refused(office, "eligibility.double_coverage",
            lambda: office.app.quotas.enrol(office.operator, nik, second, TODAY))


def test_an_import_names_the_rule_that_refused_each_row(office: Office) -> None:
    quota = office.quota(deciles="1-3")
    rows = [validate_registration(today=TODAY, **worker_fields(800, decile=5)),
            validate_registration(today=TODAY, **worker_fields(
                801, birth=date(2010, 1, 1))),
            validate_registration(today=TODAY, **worker_fields(802, decile=2))]
    outcome = office.app.imports.enrol_batch(office.operator, rows, quota, TODAY)
    assert [(p, e.code) for p, e in outcome.refused] == [(0, "eligibility.decile"),
                                                         (1, "eligibility.age")]
    assert outcome.enrolled == (2,)


def test_the_rejection_workbook_names_the_rule_and_its_column(
        office: Office, tmp_path: Path) -> None:
    quota = office.quota(deciles="1-3", segments="Pekerja Rentan")
    rows = [worker_row(900, Desil=6), worker_row(901, birth=date(2010, 5, 1)),
            worker_row(902, Pekerjaan="Kader Posyandu"), worker_row(903)]
    report = tmp_path / "ditolak.xlsx"
    result = run_import(office.app, office.operator, write_csv(tmp_path / "daftar.csv", rows),
                        quota, start=TODAY, report_path=report)
    assert result.enrolled == 1
    found = [(i.row, i.code, i.column) for i in result.issues]
    assert found == [(2, "eligibility.decile", "Desil"),
                     (3, "eligibility.age", "Tanggal Lahir"),
                     (4, "eligibility.segment", "Pekerjaan")]
    from openpyxl import load_workbook

    sheet = load_workbook(report).active
    reasons = [str(r[3]) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert ["[eligibility.decile]" in reasons[0], "[eligibility.age]" in reasons[1],
            "[eligibility.segment]" in reasons[2]] == [True, True, True]


# --- the priority worklist ----------------------------------------------------------------


def _worklist(office: Office, quota: str, session: Session | None = None,
              limit: int | None = None) -> dict[str, Any]:
    models = read_models(office.app)
    try:
        return office.app.quotas.worklist(session or office.auditor, quota, models.candidates(),
                                          limit)
    finally:
        models.close()


def test_the_worklist_ranks_eligible_workers_by_decile_then_registration(
        office: Office) -> None:
    app = office.app
    quota = office.quota("JKK,JKM", priority="decile")
    deciles = [5, None, 1, 3, 1, 10, None, 2]
    niks = [office.worker(decile=d) for d in deciles]
    app.workers.record_dukcapil(office.operator, niks[4], "tidak_ditemukan")  # ineligible
    app.quotas.enrol(office.operator, niks[3], quota, TODAY)  # already enrolled
    got = _worklist(office, quota, office.admin)
    # oracle: every registered worker checked against the rules one by one, then sorted
    eligible = [(d is None, d or 0, i, n) for i, (n, d) in enumerate(zip(niks, deciles,
                                                                          strict=True))
                if i not in (3, 4)]
    assert [c["nik"] for c in got["candidates"]] == [n for *_, n in sorted(eligible)]
    assert got["total"] == 6 and got["quota"] == quota
    assert [c["rank"] for c in got["candidates"]] == list(range(1, 7))
    assert [c["decile"] for c in got["candidates"]] == [1, 2, 5, 10, None, None]
    top = _worklist(office, quota, limit=2)
    assert top["total"] == 6 and len(top["candidates"]) == 2
    assert "*" in top["candidates"][0]["nik"]  # the auditor sees NIKs masked


def test_a_jht_worklist_lists_only_workers_with_jkk_jkm(office: Office) -> None:
    base, jht = office.quota("JKK,JKM"), office.quota("JHT", priority="decile")
    covered, bare = office.worker(decile=4), office.worker(decile=1)
    office.app.quotas.enrol(office.operator, covered, base, TODAY)
    got = _worklist(office, jht, office.admin)
    assert [c["nik"] for c in got["candidates"]] == [covered]
    assert bare not in [c["nik"] for c in got["candidates"]]


def test_enrol_the_next_n_is_one_transaction_that_respects_seats(office: Office) -> None:
    quota = office.quota(seats=2, priority="decile")
    niks = [office.worker(decile=d) for d in (3, 1, 2)]
    ranked = [c["nik"] for c in _worklist(office, quota, office.admin)["candidates"]]
    head = office.app.application.head_position()
    done = office.app.quotas.enrol_workers(office.operator, ranked, quota)
    assert done["enrolled"] == [niks[1], niks[2]]
    assert done["refused"] == [{"nik": niks[0], "code": "quota.full"}]
    assert office.app.quotas.get_quota(office.admin, quota)["used"] == 2
    # one save: the worker events and the seats in consecutive positions of the log
    assert office.app.application.head_position() == head + 3
