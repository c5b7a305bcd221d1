"""Claims an auditor found walkable (3 December 2026), through the services the GUI and
the console call: the supervisor who backdated a worker's coverage confirming the claim
that coverage pays; a second death benefit (or the same accident claimed twice) through
another record of the same person, a duplicate; a death dated in the future through a
termination; claim steps (submitted, paid, rejected) dated in the future."""

from __future__ import annotations

from domain.registration import validate_registration
from domain.services.app import Berjasa
from domain.services.session import Session
from tests.event_clock import EventClock
from tests.factories import worker_fields
from tests.integration.controls import (
    HEIR,
    enrolled_on,
    enrolled_pair,
    memory_only,
    quota,  # noqa: F401 (the fixture)
    refused,
    registered,
)

# --- four eyes on backdated coverage --------------------------------------------------------


@memory_only
def test_the_supervisor_who_backdated_coverage_cannot_verify_the_claim_it_pays(
    app: Berjasa, operator: Session, supervisor: Session, supervisor2: Session,
    event_clock: EventClock, quota: str,  # noqa: F811
) -> None:
    typed, imported = registered(app, operator, 1), registered(app, operator, 2)
    event_clock.set("2026-03-01")  # recorded in March, covering from January: after the incident
    app.quotas.enrol(supervisor2, typed, quota, "2026-01-01", retroactive=True,
                     reason="Daftar kertas kelurahan Januari 2026")
    row = validate_registration(today=app.application.calendar(), **worker_fields(2))
    outcome = app.imports.enrol_batch(supervisor2, [row], quota, "2026-01-01",
                                      reason="Daftar kertas Januari", retroactive=True)
    assert outcome.enrolled == (0,)
    event_clock.set("2026-11-21")
    by_hand = app.claims.report_claim(operator, typed, "JKK", "2026-02-10")
    by_import = app.claims.report_claim(operator, imported, "JKK", "2026-02-11")
    assert by_hand["state"] == by_import["state"] == "perlu_verifikasi"
    for claim in (by_hand, by_import):
        error = refused("claim.own_enrolment", lambda c=claim: app.claims.verify_claim(
            supervisor2, c["claim"], True, "Daftar kertas sudah saya periksa"), app)
        assert quota in error.message("id") and quota in error.message("en")
    confirmed_claim = app.claims.verify_claim(supervisor, by_hand["claim"], True,
                                              "Daftar kertas kelurahan diperiksa")
    assert confirmed_claim["state"] == "dilaporkan"
    assert confirmed_claim["verification"]["confirmed_by"] == "budi"
    # Turning a claim down takes no second look: whoever enrolled may reject.
    rejected = app.claims.verify_claim(supervisor2, by_import["claim"], False, "Tanpa bukti")
    assert rejected["state"] == "ditolak"


# --- one death benefit per person, whichever record -----------------------------------------


@memory_only
def test_a_duplicate_record_gives_no_second_death_benefit_after_resolution(
    app: Berjasa, operator: Session, supervisor: Session, event_clock: EventClock,
    quota: str,  # noqa: F811
) -> None:
    kept, duplicate = enrolled_pair(app, operator, event_clock, quota, "Ma'ruf Halim")
    event_clock.set("2026-05-10")
    app.claims.report_claim(operator, kept, "JKK", "2026-04-01", place="Pasar Terong")
    app.claims.report_claim(operator, kept, "JKM", "2026-05-05", **HEIR)
    event_clock.set("2026-06-30")
    app.lifecycle.resolve_duplicate(supervisor, duplicate, kept, "NIK dirusak Excel")
    # The duplicate's coverage ran to 30 June: the same death and accident claimed on it.
    refused("claim.second_jkm",
            lambda: app.claims.report_claim(operator, duplicate, "JKM", "2026-05-05", **HEIR), app)
    refused("claim.second_death_claim", lambda: app.claims.report_claim(
        operator, duplicate, "JKK", "2026-05-05", outcome="death", **HEIR), app)
    refused("claim.already_reported", lambda: app.claims.report_claim(
        operator, duplicate, "JKK", "2026-04-01", place="Pasar Terong"), app)
    refused("claim.after_death",
            lambda: app.claims.report_claim(operator, duplicate, "JKK", "2026-05-20"), app)


@memory_only
def test_a_death_claimed_on_a_duplicate_counts_for_the_survivor(
    app: Berjasa, operator: Session, supervisor: Session, supervisor2: Session,
    event_clock: EventClock, quota: str,  # noqa: F811
) -> None:
    kept, duplicate = enrolled_pair(app, operator, event_clock, quota, "Hasnah Daeng Ngalle",
                                    "Hasnah Dg. Ngalle")
    event_clock.set("2026-05-10")
    first = app.claims.report_claim(operator, duplicate, "JKM", "2026-05-05", **HEIR)
    event_clock.set("2026-06-30")
    # The duplicate's death is recorded, the survivor's not: the person would stay covered
    # (and billed) on the survivor. Merging the records records the death there too.
    app.lifecycle.resolve_duplicate(supervisor, duplicate, kept, "NIK dirusak Excel")
    survivor = app.workers.get_worker(operator, kept)
    assert survivor["died_on"] == "2026-05-05"
    assert [e["end"] for e in survivor["enrolments"]] == ["2026-05-05"]
    refused("claim.second_jkm",
            lambda: app.claims.report_claim(operator, kept, "JKM", "2026-05-05", **HEIR), app)
    # A rejected death claim frees the person's one death claim on every record.
    app.claims.reject_claim(supervisor2, first["claim"], "Meninggal di tempat kerja: JKK")
    again = app.claims.report_claim(operator, kept, "JKK", "2026-05-05", outcome="death",
                                    **HEIR)
    assert again["state"] == "dilaporkan"


@memory_only
def test_a_death_claim_on_a_duplicate_records_the_death_on_its_survivor(
    app: Berjasa, operator: Session, supervisor: Session, event_clock: EventClock,
    quota: str,  # noqa: F811
) -> None:
    kept, duplicate = enrolled_pair(app, operator, event_clock, quota, "Ma'ruf Halim")
    event_clock.set("2026-06-30")
    app.lifecycle.resolve_duplicate(supervisor, duplicate, kept, "NIK dirusak Excel")
    event_clock.set("2026-07-02")
    app.claims.report_claim(operator, duplicate, "JKM", "2026-05-05", **HEIR)
    survivor = app.workers.get_worker(operator, kept)
    assert survivor["died_on"] == "2026-05-05"
    assert [e["end"] for e in survivor["enrolments"]] == ["2026-05-05"]
    refused("claim.second_jkm",
            lambda: app.claims.report_claim(operator, kept, "JKM", "2026-05-05", **HEIR), app)


# --- dates ----------------------------------------------------------------------------------


@memory_only
def test_a_death_in_the_future_is_refused_through_a_termination_too(
    app: Berjasa, operator: Session, event_clock: EventClock, quota: str,  # noqa: F811
) -> None:
    nik = registered(app, operator, 1)
    enrolled_on(app, operator, event_clock, quota, nik, "2026-01-05")
    event_clock.set("2026-11-21")
    refused("claim.incident_future",
            lambda: app.workers.record_death(operator, nik, "2026-12-01"), app)
    refused("claim.incident_future",
            lambda: app.quotas.terminate(operator, nik, quota, "death", "2026-12-01"), app)
    assert app.workers.get_worker(operator, nik)["died_on"] is None


@memory_only
def test_claim_steps_dated_in_the_future_are_refused(
    app: Berjasa, operator: Session, supervisor: Session, event_clock: EventClock,
    quota: str,  # noqa: F811
) -> None:
    nik = registered(app, operator, 1)
    enrolled_on(app, operator, event_clock, quota, nik, "2026-01-05")
    event_clock.set("2026-11-21")
    code = app.claims.report_claim(operator, nik, "JKK", "2026-11-01", days_unable="30")["claim"]
    documents = list(app.claims.get_claim(operator, code)["documents"])
    app.claims.receive_claim_documents(operator, code, documents)
    refused("claim.date_future",
            lambda: app.claims.submit_claim(supervisor, code, "2026-11-22", "BPJS/1"), app)
    app.claims.submit_claim(supervisor, code, "2026-11-21", "BPJS/1")
    proposed = app.claims.get_claim(operator, code)["proposed_amount"]
    assert proposed
    refused("claim.date_future",
            lambda: app.claims.pay_claim(supervisor, code, proposed, "2027-01-10"), app)
    refused("claim.date_future",
            lambda: app.claims.reject_claim(supervisor, code, "Uji", "2026-12-01"), app)
    assert app.claims.pay_claim(supervisor, code, proposed)["paid_on"] == "2026-11-21"
