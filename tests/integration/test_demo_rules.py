"""The demo's history obeys every coverage rule of issue 16: its recorded events are walked
in log order and each enrolment is put through the rules again (no start before its day of
recording unless a supervisor's retroactive one with a reason, JHT only on JKK+JKM and
ending with it, the quota's eligibility rules, no double coverage, nothing effective in a
month after that month was closed)."""

from __future__ import annotations

from datetime import date
from typing import Any

from berjasa.bootstrap import open_store
from domain.demo import DEMO_PASSWORD, build_demo
from domain.eligibility import BASE_PROGRAMMES, check_eligible
from domain.model.kuota import Kuota
from domain.model.periode import month_of
from domain.model.peserta import Peserta, coverage_end
from tests.conftest import TODAY, fixed_clock

SUPERVISION = {"admin", "budi", "citra"}
DATED = {"Enrolled": "start", "EnrolmentTerminated": "end", "DeathRecorded": "died_on"}


def _log(app: Any) -> list[tuple[str, Any]]:
    """(event class name, event) of every recorded event, in log order."""
    found = []
    for notification in app.application.recorder.select_notifications(start=1, limit=1_000_000):
        event = app.application.mapper.to_domain_event(notification)
        found.append((notification.topic.rpartition(".")[2], event))
    return found


def test_the_demo_history_obeys_every_coverage_rule() -> None:
    app = fixed_clock(open_store("memory:"))
    try:
        summary = build_demo(app, 150)
        log = _log(app)
        closed: set[str] = set()
        workers: set[Any] = set()
        retroactive_by_quota: dict[str, int] = {}
        for name, event in log:
            if name == "Closed":
                closed.add(event.month)
                assert event.month < month_of(TODAY)
            if name == "Registered" and type(event).__qualname__.startswith("Peserta"):
                workers.add(event.originator_id)
            if name in DATED and type(event).__qualname__.startswith("Peserta"):
                # nothing effective in a month recorded after that month was closed
                assert month_of(getattr(event, DATED[name])) not in closed, (name, event)
            if name == "Enrolled":
                assert event.start >= event.recorded_on or event.retroactive
                if event.retroactive:
                    assert event.stamp.actor in SUPERVISION and event.stamp.reason.strip()
                    retroactive_by_quota[event.quota] = (
                        retroactive_by_quota.get(event.quota, 0) + 1)
        assert closed == {f"2024-{m:02d}" for m in range(1, 13)} == {
            p["month"] for p in app.periods.list_periods(app.users.sign_in(
                "admin", DEMO_PASSWORD, "uji"))["closed"]}
        assert retroactive_by_quota  # the APBD-P list typed in late is retroactive
        quotas = {code: app.quotas.quota(code) for code in app.application.directory().quotas}
        assert {c: q.retroactive for c, q in quotas.items() if q.retroactive} == (
            retroactive_by_quota)
        jht_members = 0
        for key in workers:
            worker = app.application.repository.get(key)
            assert isinstance(worker, Peserta)
            jht_members += _check_worker(worker, quotas)
        # every JHT enrolment (the demo's 2026 JHT quota) rests on JKK+JKM
        enrolled_jht = sum(1 for name, event in log if name == "Enrolled"
                           and event.quota == summary["quotas"]["2026-JHT"])
        assert jht_members == enrolled_jht > 0
    finally:
        app.close()


def _check_worker(worker: Peserta, quotas: dict[str, Kuota]) -> int:
    """Every enrolment of `worker` against the rules; how many of them are JHT on top."""
    jht = 0
    for enrolment in worker.enrolments:
        quota = quotas[enrolment["quota"]]
        check_eligible(worker.person, quota.eligibility, enrolment["start"])
        for other in worker.enrolments:
            if other is enrolment or not set(other["programmes"]) & set(
                    enrolment["programmes"]):
                continue
            assert not (other["start"] <= coverage_end(enrolment)
                        and enrolment["start"] <= coverage_end(other)), worker.nik
        if "JHT" in enrolment["programmes"] and not set(BASE_PROGRAMMES) <= set(
                enrolment["programmes"]):
            jht += 1
            _check_on_base(worker, enrolment)
    return jht


def _check_on_base(worker: Peserta, enrolment: dict[str, Any]) -> None:
    """JHT is covered only while JKK and JKM are: on its first day and on its last."""
    last: date = coverage_end(enrolment)
    for day in (enrolment["start"], last):
        if day < enrolment["start"]:
            continue  # a JHT enrolment ended before it began covers no day
        for programme in BASE_PROGRAMMES:
            assert worker.covered_on(programme, day), (worker.nik, programme, day)
