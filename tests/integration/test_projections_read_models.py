"""The live read models answer the ReadModels queries from the events, on each store kind."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from datetime import date

import pytest

from domain.services.app import Berjasa
from domain.services.session import Session
from projections import LiveReadModels, open_read_models
from projections.api import MembershipFilter
from projections.audit_texts import audit_summary
from tests.conftest import enrol_from
from tests.event_clock import EventClock
from tests.factories import make_nik, worker_fields
from tests.opening import confirmed


@pytest.fixture
def models(app: Berjasa) -> Iterator[LiveReadModels]:
    read_models = open_read_models(app.application)
    yield read_models
    read_models.close()


def _quota(app: Berjasa, supervisor: Session, programmes: str = "JKK,JKM", seats: int = 10) -> str:
    return str(confirmed(app,
                         app.quotas.open_quota(supervisor, 2026, programmes, seats,
                                               basis="DPA"))["quota"])


def _register(app: Berjasa, operator: Session, serial: int, **overrides: object) -> str:
    return str(app.workers.register_worker(operator, **worker_fields(serial, **overrides))["nik"])


def test_catch_up_reaches_the_log_head(
    app: Berjasa, operator: Session, models: LiveReadModels
) -> None:
    _register(app, operator, 1)
    applied = models.catch_up()
    assert applied == app.application.head_position()
    assert models.position() == models.head() == app.application.head_position()
    assert models.catch_up() == 0


def test_membership_row_follows_enrolment_and_termination(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels
) -> None:
    quota = _quota(app, supervisor)
    nik = _register(app, operator, 1, name="Ahmad Bakri")
    enrol_from(app, operator, nik, quota, start="2026-02-01")
    models.catch_up()
    row = models.membership_row(nik)
    assert row is not None
    assert (row["status"], row["programmes"], row["quota"]) == ("aktif", ["JKK", "JKM"], quota)
    assert (row["start"], row["covered_to"], row["age_band"]) == ("2026-02-01", "2026-12-31",
                                                                  "35-44")
    app.quotas.terminate(operator, nik, quota, "moved", end="2026-06-30", domicile="Gowa")
    models.catch_up()
    row = models.membership_row(nik)
    assert row is not None
    assert (row["status"], row["programmes"], row["covered_to"]) == ("berhenti", [], "2026-06-30")
    assert models.membership_row(nik, on=date(2026, 3, 1))["status"] == "aktif"  # type: ignore[index]


def test_membership_filters_search_and_sort(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels
) -> None:
    quota = _quota(app, supervisor)
    names = {1: "Siti Rahma", 2: "Ahmad Bakri", 3: "Rahmat Hidayat"}
    for serial, name in names.items():
        _register(app, operator, serial, name=name,
                  kecamatan="Tallo" if serial == 3 else "Panakkukang",
                  kelurahan="Tallo" if serial == 3 else "Pandang")
    enrol_from(app, operator, make_nik(date(1985, 4, 12), "L", 2), quota)
    models.catch_up()

    page = models.membership_page(MembershipFilter(search="RAHM"), sort="name")
    assert page.total == 2
    assert [r["name"] for r in page.rows] == ["Rahmat Hidayat", "Siti Rahma"]
    assert models.membership_page(MembershipFilter(kecamatan="Tallo")).total == 1
    assert models.membership_page(MembershipFilter(status="aktif")).total == 1
    assert models.membership_page(MembershipFilter(status="belum_terdaftar")).total == 2
    assert models.membership_page(MembershipFilter(programme="JKM")).total == 1
    assert models.membership_page(MembershipFilter(programme="JHT")).total == 0
    assert models.membership_page(MembershipFilter(quota=quota)).total == 1
    by_nik = models.membership_page(MembershipFilter(search="737109120485000"), sort="nik",
                                    descending=True)
    assert [r["name"] for r in by_nik.rows] == ["Rahmat Hidayat", "Ahmad Bakri", "Siti Rahma"]
    paged = models.membership_page(MembershipFilter(), sort="name", offset=1, limit=1)
    assert (paged.total, [r["name"] for r in paged.rows]) == (3, ["Rahmat Hidayat"])


def test_nik_search_by_any_part_and_whole_only_for_masked_viewers(
    app: Berjasa, operator: Session, models: LiveReadModels
) -> None:
    niks = [_register(app, operator, serial, name=f"Warga {serial}") for serial in (1, 2)]
    models.catch_up()
    middle = niks[0][6:12]                       # the birth date digits, shared by both
    assert models.membership_page(MembershipFilter(search=middle)).total == 2
    assert models.membership_page(MembershipFilter(search=niks[1][-5:])).total == 1
    whole = MembershipFilter(search=niks[0][:15], nik_match="whole")
    assert models.membership_page(whole).total == 0
    exact = MembershipFilter(search=niks[0], nik_match="whole")
    assert [r["nik"] for r in models.membership_page(exact).rows] == [niks[0]]


def test_name_search_treats_wildcards_literally(
    app: Berjasa, operator: Session, models: LiveReadModels
) -> None:
    _register(app, operator, 1, name="Andi Baso")
    models.catch_up()
    assert models.membership_page(MembershipFilter(search="%")).total == 0
    assert models.membership_page(MembershipFilter(search="_")).total == 0
    assert models.membership_page(MembershipFilter(search="di ba")).total == 1


def test_quota_model_counts_seats_changes_and_cost(
    app: Berjasa, operator: Session, supervisor: Session, supervisor2: Session,
    models: LiveReadModels,
) -> None:
    quota = _quota(app, supervisor, seats=3)
    enrol_from(app, operator, _register(app, operator, 1), quota)
    pending = app.quotas.propose_quota_change(operator, quota, 2, "APBD-P")["change"]
    approved = app.quotas.propose_quota_change(supervisor, quota, 5, "tambahan")["change"]
    app.quotas.decide_quota_change(supervisor2, approved, True)
    models.catch_up()
    (row,) = models.quotas()
    assert (row["seats"], row["used"], row["free"]) == (8, 1, 7)
    assert [c["change"] for c in row["pending_changes"]] == [pending]
    assert [c["change"] for c in row["approved_changes"]] == [approved]
    assert row["monthly_cost"] == 8 * 16800
    assert row["yearly_cost"] == 8 * 16800 * 12


def test_claims_model_and_summary(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels,
    event_clock: EventClock,
) -> None:
    event_clock.follow(app)
    event_clock.set("2026-01-01")
    quota = _quota(app, supervisor)
    nik = _register(app, operator, 1, name="Daeng Tiro")
    enrol_from(app, operator, nik, quota, start="2026-01-01")
    event_clock.set("2026-03-05")
    claim = app.claims.report_claim(operator, nik, "JKK", "2026-03-04", place="Pasar Terong",
                                    days_unable="75")
    app.claims.receive_claim_documents(operator, claim["claim"], claim["missing_documents"])
    event_clock.set("2026-04-01")  # each step recorded on its day (never a day to come)
    app.claims.submit_claim(supervisor, claim["claim"], "2026-03-10", "BPJS-1")
    app.claims.pay_claim(supervisor, claim["claim"], 2_500_000, "2026-04-01")
    event_clock.set("2026-11-21")
    models.catch_up()
    (row,) = models.claims()
    assert (row["state"], row["name"], row["amount_paid"]) == ("dibayar", "Daeng Tiro", 2_500_000)
    assert row["missing_documents"] == []
    assert row["proposed_amount"] == 2_500_000 == app.claims.get_claim(operator, row["claim"])[
        "proposed_amount"]
    assert [b["component"] for b in row["benefits"]] == ["perawatan", "stmb"]
    assert (row["days_open"], row["waiting_for"], row["overdue"]) == (None, None, False)
    summary = models.claims_summary()
    assert summary["by_state"] == {"dibayar": 1}
    assert summary["by_programme"]["JKK"] == {"count": 1, "paid_count": 1,
                                              "amount_paid": 2_500_000}
    assert (summary["by_month"], summary["amount_paid"]) == ({"2026-03": 1}, 2_500_000)
    assert summary["paid_by_component"] == {"stmb": 2_500_000}
    assert models.claims(since=date(2026, 4, 1)) == []


def test_open_claims_follow_up_and_search(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels,
    event_clock: EventClock,
) -> None:
    event_clock.follow(app)
    event_clock.set("2026-01-01")
    quota = _quota(app, supervisor)
    tiro, sila = (_register(app, operator, i, name=n) for i, n in ((1, "Daeng Tiro"),
                                                                   (2, "Andi Sila")))
    for nik in (tiro, sila):
        enrol_from(app, operator, nik, quota, start="2026-01-01")
    event_clock.set("2026-11-01")
    old = app.claims.report_claim(operator, tiro, "JKK", "2026-10-30")["claim"]
    event_clock.set("2026-11-10")
    new = app.claims.report_claim(operator, sila, "JKK", "2026-11-09")["claim"]
    event_clock.set("2026-11-21")
    models.catch_up()
    rows = {r["claim"]: r for r in models.claims(on=date(2026, 11, 21))}
    assert (rows[old]["days_open"], rows[old]["waiting_for"], rows[old]["overdue"]) == (
        20, "dokumen", True)
    assert (rows[new]["days_open"], rows[new]["overdue"]) == (11, False)
    assert [r["claim"] for r in models.overdue_claims(date(2026, 11, 21))] == [old]
    assert models.claims_summary()["overdue"] == 1  # the fixed calendar: 21 November
    assert [r["claim"] for r in models.claims(search="tiro")] == [old]
    assert [r["claim"] for r in models.claims(search=sila[-6:])] == [new]
    assert [r["claim"] for r in models.claims(search=new.lower())] == [new]
    assert models.claims(search="Rahman") == []


def test_agreement_status_is_derived_from_the_day(
    app: Berjasa, supervisor: Session, models: LiveReadModels
) -> None:
    app.agreements.register_agreement(supervisor, "MOU/01/2025", "MOU",
                                      "Perlindungan pekerja rentan",
                           ["Pemkot Makassar", "BPJS Ketenagakerjaan"], "2025-01-10",
                           "2025-01-10", "2026-12-31")
    models.catch_up()
    (row,) = models.agreements(date(2026, 11, 21))
    assert (row["status"], row["days_left"]) == ("perlu_diperpanjang", 40)
    assert models.agreements(date(2026, 3, 1))[0]["status"] == "aktif"
    assert models.agreements(date(2027, 1, 1))[0]["status"] == "kedaluwarsa"


def test_coverage_series_counts_active_members_at_month_end(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels
) -> None:
    quota = _quota(app, supervisor)
    first, second = _register(app, operator, 1), _register(app, operator, 2, sex="P")
    enrol_from(app, operator, first, quota, start="2026-01-15")
    enrol_from(app, operator, second, quota, start="2026-03-01")
    app.quotas.terminate(operator, first, quota, "moved", end="2026-05-10", domicile="Gowa")
    models.catch_up()
    totals = {r["month"]: r["active"] for r in models.coverage_series(2026)
              if r["programme"] == "ALL"}
    assert [totals.get(f"2026-{m:02d}", 0) for m in range(1, 13)] == [1, 1, 2, 2, 1, 1, 1, 1,
                                                                       1, 1, 1, 1]
    by_sex = {(r["month"], r["key"]): r["active"] for r in models.coverage_series(2026, by="sex")
              if r["programme"] == "JKK"}
    assert by_sex[("2026-04", "L")] == 1 and by_sex[("2026-06", "P")] == 1


def test_audit_trail_summarises_every_event(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels
) -> None:
    quota = _quota(app, supervisor)
    nik = _register(app, operator, 1, name="Ahmad Bakri")
    enrol_from(app, operator, nik, quota, start="2026-02-01")
    models.catch_up()
    everything = models.audit_trail(limit=1000)
    assert everything.total == app.application.head_position()
    assert [r["position"] for r in everything.rows] == sorted(
        (r["position"] for r in everything.rows), reverse=True)
    mine = models.audit_trail(nik=nik, event_type="Enrolled")
    assert [audit_summary(r) for r in mine.rows] == [
        f"Mendaftarkan Ahmad Bakri ke kuota {quota} (JKK+JKM) mulai 01-02-2026"]
    assert mine.rows[0]["actor"] == "ani"
    assert models.audit_trail(actor="budi").total >= 1
    assert all(r["actor"] == "budi" for r in models.audit_trail(actor="budi").rows)


def test_stats_object(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels
) -> None:
    quota = _quota(app, supervisor)
    enrol_from(app, operator, _register(app, operator, 1), quota)
    _register(app, operator, 2)
    models.catch_up()
    stats = models.stats()
    assert stats["active_members"] == 1
    assert stats["by_programme"] == {"JKK": 1, "JKM": 1, "JHT": 0}
    assert stats["by_kecamatan"] == {"Panakkukang": 1}
    # Enrolled from today (21 Nov 2026): Nov is cost, Nov-Dec committed; 10 seats x 12 months.
    assert stats["quotas"] == [{"quota": quota, "year": 2026, "programmes": ["JKK", "JKM"],
                                "seats": 10, "used": 1, "free": 9, "retroactive": 0,
                                "confirmed": True, "seat_months": 120,
                                "need": 120 * 16_800, "member_months": 1, "cost": 16_800,
                                "committed": 2 * 16_800}]
    assert stats["retroactive_enrolments"] == 0
    assert stats["position"] == app.application.head_position()


def test_rebuild_gives_the_same_rows(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels
) -> None:
    quota = _quota(app, supervisor)
    enrol_from(app, operator, _register(app, operator, 1), quota)
    models.catch_up()
    before = (models.stats(), models.membership_page(MembershipFilter()), models.audit_trail())
    seen: list[tuple[int, int]] = []
    models.rebuild(lambda done, total: seen.append((done, total)))
    after = (models.stats(), models.membership_page(MembershipFilter()), models.audit_trail())
    assert after == before
    assert seen[-1] == (app.application.head_position(), app.application.head_position())


def last_heard(news: queue.Queue[int], position: int) -> int:
    """The last position the listeners were told of, once it reached `position`. The
    runner wakes `wait_for`'s waiters before it tells its listeners (`_publish`): read
    right after `wait_for`, a list the listener appends to may not have it yet (on a
    loaded machine the runner's thread can be held just between the two)."""
    last = news.get(timeout=30)
    while last < position:
        last = news.get(timeout=30)
    return last


def test_background_runner_notifies_listeners_and_wakes_waiters(
    app: Berjasa, operator: Session, models: LiveReadModels
) -> None:
    news: queue.Queue[int] = queue.Queue()
    models.add_listener(news.put)
    models.start(poll_interval=0.05)
    try:
        _register(app, operator, 1)
        assert models.wait_for(app.application.head_position(), timeout=10.0)
        assert models.membership_page(MembershipFilter()).total == 1
        head = app.application.head_position()
        assert last_heard(news, head) == head
        assert models.status()["running"] is True
    finally:
        models.stop()
    assert models.status()["running"] is False


def test_wait_for_without_the_thread_catches_up_itself(
    app: Berjasa, operator: Session, models: LiveReadModels
) -> None:
    _register(app, operator, 1)
    assert models.wait_for(app.application.head_position(), timeout=0.0)
    assert not models.wait_for(app.application.head_position() + 1, timeout=0.0)


def test_status_reports_each_model_against_the_head(
    app: Berjasa, operator: Session, models: LiveReadModels
) -> None:
    _register(app, operator, 1)
    behind = models.status()
    assert all(m["behind"] == behind["head"] for m in behind["models"])
    models.catch_up()
    assert {m["model"] for m in models.status()["models"]} >= {"keanggotaan", "jejak_audit"}
    assert all(m["behind"] == 0 for m in models.status()["models"])


def test_status_filter_knows_gaps_between_enrolments(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels
) -> None:
    first = _quota(app, supervisor)
    second = _quota(app, supervisor, programmes="JKK,JKM,JHT")  # JHT only on JKK+JKM
    nik = _register(app, operator, 1)
    enrol_from(app, operator, nik, first, start="2026-01-01")
    app.quotas.terminate(operator, nik, first, "moved", end="2026-03-31", domicile="Gowa")
    enrol_from(app, operator, nik, second, start="2026-06-01")
    models.catch_up()
    active = MembershipFilter(status="aktif")
    assert [models.membership_page(active, on=date(2026, m, 15)).total for m in (2, 5, 7)] == [
        1, 0, 1]
    assert models.membership_page(MembershipFilter(status="berhenti"),
                                  on=date(2026, 5, 15)).total == 1
    assert models.membership_page(MembershipFilter(programme="JHT")).total == 1


def test_read_models_of_an_older_schema_are_rebuilt(
    app: Berjasa, operator: Session, models: LiveReadModels
) -> None:
    _register(app, operator, 1)
    models.catch_up()
    with models.database.batch() as writer:
        writer.execute("DROP TABLE rm_member")
        writer.execute("CREATE TABLE rm_member (worker_id TEXT PRIMARY KEY)")
        writer.execute("UPDATE rm_meta SET value = 'old' WHERE key = 'schema_version'")
    reopened = LiveReadModels(app.application, models.database)
    assert reopened.position() == 0
    reopened.catch_up()
    assert reopened.membership_page(MembershipFilter()).total == 1


def test_a_prose_audit_trail_of_schema_9_is_rebuilt_as_codes(
    app: Berjasa, operator: Session, models: LiveReadModels
) -> None:
    nik = _register(app, operator, 1, name="Ahmad Bakri")
    models.catch_up()
    with models.database.batch() as writer:  # the shape before issue 14: a summary column
        writer.execute("DROP TABLE rm_audit")
        writer.execute("CREATE TABLE rm_audit (position BIGINT PRIMARY KEY, recorded_at TEXT, "
                       "actor TEXT, workstation TEXT, event_type TEXT, aggregate_type TEXT, "
                       "aggregate_id TEXT, worker_id TEXT, nik TEXT, summary TEXT, reason TEXT)")
        writer.execute("UPDATE rm_meta SET value = '9' WHERE key = 'schema_version'")
    reopened = LiveReadModels(app.application, models.database)
    assert reopened.position() == 0
    reopened.catch_up()
    rows = reopened.audit_trail(nik=nik, event_type="Registered").rows
    assert [(r["code"], r["params"]["name"]) for r in rows] == [("worker.registered",
                                                                  "Ahmad Bakri")]
    assert audit_summary(rows[0], "en").startswith("Registered worker Ahmad Bakri (NIK ")


def test_the_trail_keeps_codes_and_facts_and_the_extract_speaks_the_reports_language(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels
) -> None:
    from reports.api import collect
    from reports.params import ReportParams

    quota = _quota(app, supervisor)
    nik = _register(app, operator, 1, name="Ahmad Bakri")
    enrol_from(app, operator, nik, quota, start="2026-02-01")
    models.catch_up()
    stored = models.database.query("SELECT code, params FROM rm_audit ORDER BY position")
    assert {"worker.registered", "worker.enrolled", "quota.opened"} <= {c for c, _ in stored}
    assert not any(word in params for _, params in stored for word in ("Mendaftarkan",
                                                                      "Membuka", "kursi"))
    enrolled = models.audit_trail(nik=nik, event_type="Enrolled").rows[0]
    assert (enrolled["code"], enrolled["params"]["start"]) == ("worker.enrolled", "2026-02-01")
    assert audit_summary(enrolled, "en") == (
        f"Enrolled Ahmad Bakri in quota {quota} (JKK+JKM) from 01-02-2026")
    for language, words in (("en", "Enrolled Ahmad Bakri"), ("id", "Mendaftarkan Ahmad")):
        extract = collect("audit", models, ReportParams(nik=nik, full_nik=True,
                                                        language=language))
        assert any(words in row[5] for row in extract["rows"]), extract["rows"]
        assert any(row[4] == ("Worker: registered" if language == "en" else
                              "Peserta: didaftarkan") for row in extract["rows"])
    assert ReportParams(language="en").as_dict()["language"] == "en"
    assert "language" not in ReportParams().as_dict()  # documents issued before: unchanged
