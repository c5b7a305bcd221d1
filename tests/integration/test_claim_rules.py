"""Issue 18: a claim's benefits from the dated rules, deaths that count once, heirs in
legal order, payments against the proposal, retroactive coverage and follow-up.

The calendar is fixed (conftest: 21 November 2026) and so is the time events are
recorded at (`event_clock`): every date rule below is decided on known days."""

from __future__ import annotations

from typing import Any

import pytest

from domain.errors import BerjasaError, PermissionDeniedError
from domain.services.app import Berjasa
from domain.services.session import Session
from tests.conftest import enrol_from, recorded_on
from tests.event_clock import EventClock
from tests.factories import letters, worker_fields
from tests.integration.controls import refused
from tests.opening import confirmed

HEIR = {"heir_name": "Siti Aminah", "heir_nik": "7371095505800002", "heir_relation": "istri"}
memory_only = pytest.mark.parametrize("app", ["memory"], indirect=True)


def quota(app: Berjasa, supervisor: Session, year: int, start: str = "",
          programmes: str = "JKK,JKM") -> str:
    return str(confirmed(app, app.quotas.open_quota(supervisor, year, programmes, 10,
                                                    period_start=start or None))["quota"])


def worker(app: Berjasa, operator: Session, serial: int) -> str:
    """A worker of their own name: several die below, and a lookalike's death (same name as
    people read it, birth date and kelurahan) waits for a supervisor's decision."""
    fields = worker_fields(serial, name=f"Pekerja Uji {letters(serial)}")
    return str(app.workers.register_worker(operator, **fields)["nik"])


def enrolled(app: Berjasa, operator: Session, clock: EventClock, nik: str,
             spans: list[tuple[str, str, str | None]]) -> None:
    """Enrol `nik` into each (quota, start, end-or-None), recorded on the start day."""
    for code, start, end in spans:
        clock.set(start)
        enrol_from(app, operator, nik, code, start)
        if end:
            app.quotas.terminate(operator, nik, code, "moved", end, domicile="Kabupaten Gowa")
    clock.set("2026-11-21")


@pytest.fixture
def years(app: Berjasa, supervisor: Session, event_clock: EventClock) -> dict[str, str]:
    """JKK+JKM quotas: December 2023 only, then the whole of 2024, 2025 and 2026. The
    history is recorded day by day: the app's calendar follows the event clock."""
    event_clock.follow(app)
    event_clock.set("2023-11-01")
    return {"2023-12": quota(app, supervisor, 2023, "2023-12-01"),
            "2024": quota(app, supervisor, 2024), "2025": quota(app, supervisor, 2025),
            "2026": quota(app, supervisor, 2026)}


def components(claim: dict[str, Any]) -> dict[str, int | None]:
    return {b["component"]: b["amount"] for b in claim["benefits"]}


# --- benefits proposed from the rules -------------------------------------------------------


@memory_only
def test_jkm_proposes_42_million_in_three_components(
    app: Berjasa, operator: Session, event_clock: EventClock, years: dict[str, str]
) -> None:
    nik = worker(app, operator, 1)
    enrolled(app, operator, event_clock, nik, [(years["2026"], "2026-01-01", None)])
    claim = app.claims.report_claim(operator, nik, "JKM", "2026-10-10", **HEIR)
    assert components(claim) == {"santunan_sekaligus": 20_000_000,
                                 "santunan_berkala": 12_000_000, "biaya_pemakaman": 10_000_000}
    assert claim["proposed_amount"] == 42_000_000
    assert all("PP 82/2019" in b["basis"] for b in claim["benefits"])
    assert claim["masa_iur_months"] == 10


@memory_only
def test_jkm_scholarship_at_36_months_of_masa_iur_not_at_35(
    app: Berjasa, operator: Session, event_clock: EventClock, years: dict[str, str]
) -> None:
    full, short = worker(app, operator, 1), worker(app, operator, 2)
    since_2024 = [(years[y], f"{y}-01-01", None) for y in ("2024", "2025", "2026")]
    enrolled(app, operator, event_clock, full,
             [(years["2023-12"], "2023-12-01", None), *since_2024])
    enrolled(app, operator, event_clock, short, since_2024)
    # Dec 2023 .. Nov 2026 is 36 months; Jan 2024 .. Nov 2026 is 35.
    with_scholarship = app.claims.report_claim(operator, full, "JKM", "2026-11-10", **HEIR)
    without = app.claims.report_claim(operator, short, "JKM", "2026-11-10",
                                      **{**HEIR, "heir_nik": "7371095505800003"})
    assert (with_scholarship["masa_iur_months"], without["masa_iur_months"]) == (36, 35)
    assert "beasiswa" in components(with_scholarship)
    assert "beasiswa" not in components(without)
    # The scholarship is paid per school year: no lump sum added to the proposal.
    assert components(with_scholarship)["beasiswa"] is None
    assert with_scholarship["proposed_amount"] == without["proposed_amount"] == 42_000_000


@memory_only
def test_a_lapse_longer_than_the_rule_restarts_masa_iur(
    app: Berjasa, operator: Session, event_clock: EventClock, years: dict[str, str]
) -> None:
    kept, lapsed = worker(app, operator, 1), worker(app, operator, 2)
    # Gap of 3 months (Oct-Dec 2025): the rule (3, unconfirmed) keeps the count.
    enrolled(app, operator, event_clock, kept, [
        (years["2024"], "2024-01-01", None), (years["2025"], "2025-01-01", "2025-09-30"),
        (years["2026"], "2026-01-01", None)])
    # Gap of 4 months (Sep-Dec 2025): the count starts again in January 2026.
    enrolled(app, operator, event_clock, lapsed, [
        (years["2024"], "2024-01-01", None), (years["2025"], "2025-01-01", "2025-08-31"),
        (years["2026"], "2026-01-01", None)])
    assert app.claims.report_claim(operator, kept, "JKK",
                                   "2026-11-10")["masa_iur_months"] == 12 + 9 + 11
    assert app.claims.report_claim(operator, lapsed, "JKK", "2026-11-10")["masa_iur_months"] == 11


@memory_only
def test_jkk_death_at_work_proposes_48_times_declared_income(
    app: Berjasa, operator: Session, event_clock: EventClock, years: dict[str, str]
) -> None:
    nik = worker(app, operator, 1)
    enrolled(app, operator, event_clock, nik, [(years["2026"], "2026-01-01", None)])
    claim = app.claims.report_claim(operator, nik, "JKK", "2026-09-14", outcome="death",
                                    place="Pasar Sentral", **HEIR)
    amounts = components(claim)
    assert amounts["santunan_kematian"] == 48 * 1_000_000
    assert amounts["biaya_pemakaman"] == 10_000_000 and amounts["beasiswa"] is None
    assert claim["proposed_amount"] == 48_000_000 + 12_000_000 + 10_000_000
    assert app.workers.get_worker(operator, nik)["died_on"] == "2026-09-14"


@memory_only
def test_jkk_injury_proposes_income_replacement_and_disability(
    app: Berjasa, operator: Session, event_clock: EventClock, years: dict[str, str]
) -> None:
    nik = worker(app, operator, 1)
    enrolled(app, operator, event_clock, nik, [(years["2026"], "2026-01-01", None)])
    # 400 days unable: 360 at 100% and 40 at 50% of Rp1.000.000 a 30-day month.
    claim = app.claims.report_claim(operator, nik, "JKK", "2026-03-03", days_unable="400",
                                    disability_percent="10")
    amounts = components(claim)
    assert amounts["perawatan"] is None  # at cost
    assert amounts["stmb"] == 12_000_000 + 40 * 1_000_000 // 60 == 12_666_666
    assert amounts["cacat_kali_penghasilan"] == 56 * 1_000_000 // 10
    assert claim["proposed_amount"] == amounts["stmb"] + 5_600_000


@memory_only
def test_a_changed_figure_applies_from_its_date_with_its_basis(
    app: Berjasa, admin: Session, operator: Session, event_clock: EventClock,
    years: dict[str, str],
) -> None:
    first, second = worker(app, operator, 1), worker(app, operator, 2)
    enrolled(app, operator, event_clock, first, [(years["2026"], "2026-01-01", None)])
    enrolled(app, operator, event_clock, second, [(years["2026"], "2026-01-01", None)])
    with pytest.raises(PermissionDeniedError) as denied:
        app.claims.set_benefit_rule(operator, "JKM", "biaya_pemakaman", "2026-06-01", 15_000_000,
                                    "x")
    assert denied.value.code == "permission.denied"
    app.claims.set_benefit_rule(admin, "JKM", "biaya_pemakaman", "2026-06-01", 15_000_000,
                                "PP uji 1/2026")
    before = app.claims.report_claim(operator, first, "JKM", "2026-05-31", **HEIR)
    after = app.claims.report_claim(operator, second, "JKM", "2026-06-01",
                                    **{**HEIR, "heir_nik": "7371095505800003"})
    assert before["proposed_amount"] == 42_000_000
    assert components(after)["biaya_pemakaman"] == 15_000_000
    assert {b["basis"] for b in after["benefits"]} >= {"PP uji 1/2026"}


# --- deaths count once ----------------------------------------------------------------------


@memory_only
def test_a_second_jkm_is_refused(
    app: Berjasa, operator: Session, event_clock: EventClock, years: dict[str, str]
) -> None:
    nik = worker(app, operator, 1)
    enrolled(app, operator, event_clock, nik, [(years["2026"], "2026-01-01", None)])
    app.claims.report_claim(operator, nik, "JKM", "2026-05-05", **HEIR)
    for day in ("2026-05-05", "2026-04-01"):
        refused("claim.second_jkm",
                lambda d=day: app.claims.report_claim(operator, nik, "JKM", d, **HEIR), app)
    refused("claim.second_death_claim", lambda: app.claims.report_claim(
        operator, nik, "JKK", "2026-05-05", outcome="death", **HEIR), app)


@memory_only
def test_a_claim_for_an_incident_after_the_death_is_refused(
    app: Berjasa, operator: Session, event_clock: EventClock, years: dict[str, str]
) -> None:
    nik = worker(app, operator, 1)
    enrolled(app, operator, event_clock, nik, [(years["2026"], "2026-01-01", None)])
    app.claims.report_claim(operator, nik, "JKM", "2026-05-05", **HEIR)
    error = refused("claim.after_death",
                    lambda: app.claims.report_claim(operator, nik, "JKK", "2026-05-06"), app)
    assert "2026-05-05" in error.message("en") and "2026-05-05" in error.message("id")
    # An accident on the day of death itself is still covered.
    assert app.claims.report_claim(operator, nik, "JKK", "2026-05-05")["state"] == "dilaporkan"


@memory_only
def test_enrolment_after_death_is_refused_for_every_path_that_records_it(
    app: Berjasa, operator: Session, supervisor: Session, event_clock: EventClock,
    years: dict[str, str],
) -> None:
    by_claim, by_command, by_termination = (worker(app, operator, i) for i in (1, 2, 3))
    for nik in (by_claim, by_command, by_termination):
        enrolled(app, operator, event_clock, nik, [(years["2025"], "2025-01-01", None)])
    app.claims.report_claim(operator, by_claim, "JKM", "2025-06-01", **HEIR)
    app.workers.record_death(operator, by_command, "2025-06-02")
    app.quotas.terminate(operator, by_termination, years["2025"], "death", "2025-06-03")
    for nik, day in ((by_claim, "2025-06-01"), (by_command, "2025-06-02"),
                     (by_termination, "2025-06-03")):
        assert app.workers.get_worker(operator, nik)["died_on"] == day
        refused("enrol.after_death",
                lambda n=nik: enrol_from(app, operator, n, years["2026"], "2026-01-01"), app)
        refused("worker.death_already_recorded",
                lambda n=nik, d=day: app.workers.record_death(operator, n, d), app)


@memory_only
def test_a_death_claim_refers_to_the_recorded_death_and_dates_must_agree(
    app: Berjasa, operator: Session, event_clock: EventClock, years: dict[str, str]
) -> None:
    nik = worker(app, operator, 1)
    enrolled(app, operator, event_clock, nik, [(years["2026"], "2026-01-01", None)])
    app.workers.record_death(operator, nik, "2026-04-04")
    refused("claim.death_date_differs",
            lambda: app.claims.report_claim(operator, nik, "JKM", "2026-04-03", **HEIR), app)
    claim = app.claims.report_claim(operator, nik, "JKM", "2026-04-04", **HEIR)
    assert claim["proposed_amount"] == 42_000_000
    worker_now = app.workers.get_worker(operator, nik)
    assert worker_now["died_on"] == "2026-04-04"
    assert [e["end"] for e in worker_now["enrolments"]] == ["2026-04-04"]


@memory_only
def test_a_rejected_death_claim_lets_a_corrected_one_be_filed(
    app: Berjasa, operator: Session, supervisor: Session, event_clock: EventClock,
    years: dict[str, str],
) -> None:
    nik = worker(app, operator, 1)
    enrolled(app, operator, event_clock, nik, [(years["2026"], "2026-01-01", None)])
    code = app.claims.report_claim(operator, nik, "JKM", "2026-04-04", **HEIR)["claim"]
    app.claims.reject_claim(supervisor, code, "Meninggal di tempat kerja: JKK, bukan JKM")
    claim = app.claims.report_claim(operator, nik, "JKK", "2026-04-04", outcome="death", **HEIR)
    assert claim["proposed_amount"] == 70_000_000


@memory_only
def test_a_death_frees_seats_from_the_following_month_only(
    app: Berjasa, operator: Session, supervisor: Session, event_clock: EventClock,
    years: dict[str, str],
) -> None:
    # Enrolled in 2025 and 2026; dies in March 2026 (the 2025 quota long paid).
    nik = worker(app, operator, 1)
    enrolled(app, operator, event_clock, nik, [(years["2025"], "2025-01-01", None),
                                               (years["2026"], "2026-01-01", None)])
    app.workers.record_death(operator, nik, "2026-03-10")
    assert app.quotas.get_quota(operator, years["2025"])["used"] == 1  # paid months stay counted
    assert app.quotas.get_quota(operator, years["2026"])["used"] == 0  # April on is free
    # A death or termination in a quota's last month frees nothing: no month is left.
    december, past = worker(app, operator, 2), worker(app, operator, 3)
    enrolled(app, operator, event_clock, december, [(years["2025"], "2025-01-01", None)])
    enrolled(app, operator, event_clock, past, [(years["2025"], "2025-01-01", None)])
    assert app.quotas.get_quota(operator, years["2025"])["used"] == 3
    app.workers.record_death(operator, december, "2025-12-10")
    app.quotas.terminate(operator, past, years["2025"], "moved", "2025-12-31",
                         domicile="Kabupaten Maros")
    assert app.quotas.get_quota(operator, years["2025"])["used"] == 3
    # Earlier in the year the seat is freed for the months that follow.
    app.quotas.terminate(operator, nik_2025(app, operator, event_clock, years), years["2025"],
                         "death", "2025-06-30")
    assert app.quotas.get_quota(operator, years["2025"])["used"] == 3


def nik_2025(app: Berjasa, operator: Session, clock: EventClock,
             years: dict[str, str]) -> str:
    nik = worker(app, operator, 4)
    enrolled(app, operator, clock, nik, [(years["2025"], "2025-01-01", None)])
    return nik


# --- heirs ----------------------------------------------------------------------------------


@memory_only
def test_a_later_order_heir_needs_a_reason_when_an_earlier_one_is_recorded(
    app: Berjasa, operator: Session, event_clock: EventClock, years: dict[str, str]
) -> None:
    nik = worker(app, operator, 1)
    enrolled(app, operator, event_clock, nik, [(years["2026"], "2026-01-01", None)])
    app.workers.record_heir(operator, nik, "Siti Aminah", "7371095505800002", "istri")
    parent = {"heir_name": "Daeng Tahir", "heir_nik": "7371090101500001",
              "heir_relation": "orang_tua"}
    error = refused("claim.heir_order",
                    lambda: app.claims.report_claim(operator, nik, "JKM", "2026-05-05",
                                                    **parent), app)
    assert "istri" in error.message("en")
    claim = app.claims.report_claim(operator, nik, "JKM", "2026-05-05", **parent,
                                    heir_reason="Istri telah bercerai (akta cerai 2025)")
    assert claim["heir"]["relation"] == "orang_tua"
    heirs = app.workers.get_worker(operator, nik)["heirs"]
    assert [h["relation"] for h in heirs] == ["istri", "orang_tua"]


# --- payment against the proposal -----------------------------------------------------------


def submitted(app: Berjasa, operator: Session, supervisor: Session, nik: str) -> str:
    code = str(app.claims.report_claim(operator, nik, "JKM", "2026-05-05", **HEIR)["claim"])
    app.claims.receive_claim_documents(operator, code, list(app.claims.get_claim(operator,
                                                                                 code)["documents"]))
    app.claims.submit_claim(supervisor, code, "2026-05-20", "BPJS/1")
    return code


@memory_only
def test_paying_another_amount_needs_a_reason_and_a_big_difference_a_second_supervisor(
    app: Berjasa, operator: Session, supervisor: Session, supervisor2: Session,
    event_clock: EventClock, years: dict[str, str],
) -> None:
    niks = [worker(app, operator, i) for i in (1, 2, 3)]
    for nik in niks:
        enrolled(app, operator, event_clock, nik, [(years["2026"], "2026-01-01", None)])
    exact, near, far = (submitted(app, operator, supervisor, nik) for nik in niks)
    assert app.claims.pay_claim(supervisor, exact, 42_000_000, "2026-06-01")["state"] == "dibayar"
    refused("claim.amount_differs", lambda: app.claims.pay_claim(supervisor, near, 41_500_000), app)
    paid = app.claims.pay_claim(supervisor, near, 41_500_000, "2026-06-01",
                                reason="Potongan biaya pemakaman dibayar pihak lain")
    assert (paid["state"], paid["amount_paid"]) == ("dibayar", 41_500_000)
    waiting = app.claims.pay_claim(supervisor, far, 32_000_000, "2026-06-01",
                                   reason="Tanpa pemakaman")
    assert (waiting["state"], waiting["amount_paid"]) == ("menunggu_konfirmasi_bayar", 0)
    assert waiting["waiting_for"] == "konfirmasi_supervisor"
    refused("claim.own_payment", lambda: app.claims.confirm_claim_payment(supervisor, far), app)
    confirmed = app.claims.confirm_claim_payment(supervisor2, far)
    assert (confirmed["state"], confirmed["amount_paid"]) == ("dibayar", 32_000_000)


# --- coverage recorded after the incident ---------------------------------------------------


@memory_only
def test_a_claim_inside_retroactive_coverage_needs_a_second_persons_verification(
    app: Berjasa, admin: Session, operator: Session, supervisor: Session, supervisor2: Session,
    event_clock: EventClock, years: dict[str, str],
) -> None:
    nik = worker(app, operator, 1)
    event_clock.set("2026-03-01")  # recorded in March, covering from January
    with recorded_on(app, "2026-03-01"):  # a supervisor's retroactive enrolment (issue 16)
        app.quotas.enrol(supervisor2, nik, years["2026"], "2026-01-01", retroactive=True,
                         reason="Daftar kertas kelurahan Januari 2026")
    event_clock.set("2026-11-21")
    early = app.claims.report_claim(supervisor, nik, "JKK", "2026-02-10")
    later = app.claims.report_claim(operator, nik, "JKK", "2026-03-01")
    assert (early["state"], later["state"]) == ("perlu_verifikasi", "dilaporkan")
    assert early["verification"]["enrolment_recorded_on"] == "2026-03-01"
    assert early["waiting_for"] == "verifikasi_supervisor"
    with pytest.raises(PermissionDeniedError) as denied:
        app.claims.verify_claim(operator, early["claim"], True, "ok")
    assert denied.value.code == "permission.denied"
    refused("claim.own_verification",
            lambda: app.claims.verify_claim(supervisor, early["claim"], True, "cek"), app)
    refused("reason.required", lambda: app.claims.verify_claim(supervisor2, early["claim"], True,
                                                               ""),
            app)
    refused("claim.state", lambda: app.claims.submit_claim(supervisor2, early["claim"]), app)
    # supervisor2 recorded the backdated coverage: the second look is someone else's.
    refused("claim.own_enrolment", lambda: app.claims.verify_claim(
        supervisor2, early["claim"], True, "Daftar kertas diperiksa"), app)
    confirmed = app.claims.verify_claim(admin, early["claim"], True,
                                        "Daftar kertas kelurahan Januari 2026 diperiksa")
    assert confirmed["state"] == "dilaporkan"
    other = app.claims.report_claim(operator, nik, "JKK", "2026-02-11")
    rejected = app.claims.verify_claim(supervisor, other["claim"], False, "Tidak ada bukti iuran")
    assert (rejected["state"], rejected["rejection_reason"]) == ("ditolak",
                                                                 "Tidak ada bukti iuran")


# --- follow-up and codes --------------------------------------------------------------------


@memory_only
def test_open_claims_show_age_step_and_overdue(
    app: Berjasa, operator: Session, supervisor: Session, event_clock: EventClock,
    years: dict[str, str],
) -> None:
    nik = worker(app, operator, 1)
    enrolled(app, operator, event_clock, nik, [(years["2026"], "2026-01-01", None)])
    event_clock.set("2026-11-01")
    old = app.claims.report_claim(operator, nik, "JKK", "2026-10-30")["claim"]
    event_clock.set("2026-11-10")
    recent = app.claims.report_claim(operator, nik, "JKK", "2026-11-09")["claim"]
    event_clock.set("2026-11-21")
    first, second = app.claims.get_claim(operator, old), app.claims.get_claim(operator, recent)
    assert (first["days_open"], first["waiting_for"], first["overdue"]) == (20, "dokumen", True)
    assert (second["days_open"], second["overdue"]) == (11, False)  # limit 14 days (data)
    assert (first["claim"], second["claim"]) == ("KL-2026-0001", "KL-2026-0002")


def test_claim_codes_are_sequential_per_year_on_every_store(
    app: Berjasa, operator: Session, event_clock: EventClock, years: dict[str, str]
) -> None:
    niks = [worker(app, operator, i) for i in (1, 2, 3)]
    for nik in niks:
        enrolled(app, operator, event_clock, nik, [(years["2026"], "2026-01-01", None)])
    codes = [app.claims.report_claim(operator, nik, "JKK", "2026-05-05")["claim"] for nik in niks]
    assert codes == ["KL-2026-0001", "KL-2026-0002", "KL-2026-0003"]
    assert app.claims.get_claim(operator, "kl-2026-0002")["nik"] == niks[1]


# --- the demo follows the rules -------------------------------------------------------------


def test_the_demos_claims_follow_the_rules() -> None:
    from berjasa.bootstrap import open_store
    from domain.demo import DEMO_PASSWORD, FIRE, build_demo
    from tests.conftest import fixed_clock

    app = fixed_clock(open_store("memory:"))
    try:
        build_demo(app, 60, seed=11)
        admin = app.users.sign_in("admin", DEMO_PASSWORD, "uji")
        claims = []
        for year in (2025, 2026):  # numbered in the year each was reported (the fire: 2025)
            for code in (f"KL-{year}-{n:04d}" for n in range(1, 100)):
                try:
                    claims.append(app.claims.get_claim(admin, code))
                except BerjasaError as missing:
                    assert missing.code == "claim.not_found"
                    break
        fire = [c for c in claims if c["incident_date"] == FIRE.isoformat()]
        assert all(c["claim"].startswith("KL-2025-") for c in fire)
        assert fire and all(c["programme"] == "JKK" and c["details"]["outcome"] == "death"
                            for c in fire)  # died at their workplace: JKK, not JKM
        for claim in fire:
            assert claim["proposed_amount"] == 70_000_000
            worker = app.workers.get_worker(admin, claim["nik"])
            assert worker["died_on"] == FIRE.isoformat()
            assert all(e["start"] <= FIRE.isoformat() for e in worker["enrolments"])
        paid = [c for c in claims if c["state"] == "dibayar"]
        assert len(paid) > len(fire)
        assert all(c["amount_paid"] == c["proposed_amount"] for c in paid)
    finally:
        app.close()


@memory_only
def test_unconfirmed_deadlines_are_data_a_warning_and_an_optional_claim_period(
    app: Berjasa, admin: Session, operator: Session, event_clock: EventClock,
    years: dict[str, str],
) -> None:
    nik = worker(app, operator, 1)
    enrolled(app, operator, event_clock, nik, [(years["2026"], "2026-01-01", None)])
    late = app.claims.report_claim(operator, nik, "JKK", "2026-11-10")
    assert late["warnings"] == ["claim.reported_late"] and late["state"] == "dilaporkan"
    assert app.claims.report_claim(operator, nik, "JKK", "2026-11-20")["warnings"] == []
    # No claim period by default (unconfirmed); an office that sets one gets it enforced.
    app.claims.set_benefit_rule(admin, "*", "kedaluwarsa_klaim_bulan", "2026-01-01", 3,
                                "Kebijakan uji", "belum_dikonfirmasi")
    refused("claim.expired", lambda: app.claims.report_claim(operator, nik, "JKK", "2026-08-20"),
            app)
    assert app.claims.report_claim(operator, nik, "JKK", "2026-08-21")["state"] == "dilaporkan"


@memory_only
def test_a_death_at_work_asks_for_the_death_and_heir_documents(
    app: Berjasa, operator: Session, event_clock: EventClock, years: dict[str, str]
) -> None:
    nik, other = worker(app, operator, 1), worker(app, operator, 2)
    for person in (nik, other):
        enrolled(app, operator, event_clock, person, [(years["2026"], "2026-01-01", None)])
    death = app.claims.report_claim(operator, nik, "JKK", "2026-09-14", outcome="death", **HEIR)
    injury = app.claims.report_claim(operator, other, "JKK", "2026-09-14")
    assert "Surat keterangan kematian" in death["documents"]
    assert "Surat keterangan ahli waris" in death["documents"]
    assert "Surat keterangan kematian" not in injury["documents"]
