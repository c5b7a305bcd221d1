"""Property: the figures the screens, the reports and the console show equal an oracle that
walks every worker and every day, reading only the domain's aggregates and the commands
the test itself recorded (never a read model or a report query).

Random histories (quotas of two years with seat changes from a month, enrolments ending
and restarting, future-dated ends, deaths, corrections that move a worker to another
kecamatan, segment or agent, claims paid, rejected or waiting, the pagu and payments);
the figures are read on days at month and year boundaries (the on-date axis) and, for
moments recorded part way, from the as-of replay (the as-of axis) against what the oracle
said at that moment. The surfaces compared: `stats` (the console's `stats --json`, also
`--as-of`, and `changes --json`; Beranda's cards), Beranda's two charts (`chart_bars`),
the coverage series and counts (the dossier), Peserta's status filter, the quotas' seats
in use (Kuota, Beranda's gauges), the claims summary (Beranda, Klaim, the claims report),
the month's bill by programme, kecamatan and worker and the year's money by month, pagu,
payments and arrears (Tagihan, Beranda), and the data layers of the Paritrana dossier, the
quota recap and the roster. The quotas' need and cost per month are the money oracle's
(`test_money_properties`), reused here.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import eventsourcing.domain
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from berjasa.bootstrap import open_store
from desktop.console.main import main
from desktop.gui.pages.beranda import chart_bars, dashboard_figures, programme_cards
from domain.errors import BerjasaError
from domain.model.common import PROGRAMMES
from domain.model.peserta import Peserta
from domain.money import billing_rules
from domain.segments import segment_of
from domain.services.app import Berjasa
from domain.services.session import Session
from domain.values import WITA
from projections import open_read_models, replay_as_of
from projections.api import MembershipFilter
from reports.api import collect
from reports.common import programmes_text, short_day
from reports.params import ReportParams, StoreFacts
from tests.conftest import PASSWORD, enrol_from
from tests.factories import letters, worker_fields
from tests.integration.test_money_properties import _rate, oracle_bills, oracle_quota
from tests.legacy_events import events_as_version_1
from tests.opening import confirmed

TODAY = date(2026, 8, 20)
FIRST = date(2025, 1, 1)
BUNDLES = ("JKK,JKM", "JHT", "JKK,JKM,JHT")
AREAS = (("Panakkukang", "Pandang"), ("Tallo", "Tallo"), ("Mariso", "Lette"))
OCCUPATIONS = ("Pedagang Pasar", "Nelayan", "Imam Masjid", "Kader Posyandu", "Astronot")
AGENTS = ("", "Perisai Tallo 1", "Perisai Mariso 2")
# Days the figures are read on: year and month boundaries, a leap-less February's end,
# the day before the quotas' year, and today.
DAYS = (date(2024, 12, 31), date(2025, 1, 1), date(2025, 2, 28), date(2025, 3, 1),
        date(2025, 6, 30), date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 31),
        date(2026, 2, 1), date(2026, 7, 31), TODAY, date(2026, 12, 31))
SPANS = ((date(2025, 1, 1), date(2025, 12, 31)), (date(2025, 12, 31), date(2026, 1, 1)),
         (date(2026, 2, 1), date(2026, 2, 28)), (date(2026, 1, 1), date(2026, 12, 31)))


# --- a history, recorded through the services ----------------------------------------------


class Clock:
    """Recording moments under the test's control: one per phase of the history, each a
    minute after the one before, all on today's date (WITA)."""

    def __init__(self) -> None:
        self.moment = datetime(TODAY.year, TODAY.month, TODAY.day, 1, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def tick(self) -> datetime:
        """The moment of the phase that ends now; what follows is recorded later."""
        ended = self.moment
        self.moment += timedelta(minutes=1)
        return ended


@dataclass
class History:
    app: Berjasa
    clock: Clock
    admin: Session
    operator: Session
    supervisor: Session
    niks: list[str] = field(default_factory=list)
    quotas: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    allocations: list[tuple[int, int]] = field(default_factory=list)   # (year, amount)
    payments: list[tuple[int, int, list[str]]] = field(default_factory=list)  # + months


@contextmanager
def history(url: str = "memory:") -> Iterator[History]:
    clock = Clock()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(eventsourcing.domain, "datetime_now_with_tzinfo", clock.now)
        app = open_store(url)
        app.application.calendar = lambda: TODAY
        app.application.clock = clock.now
        try:
            app.users.initialise_store("admin", PASSWORD, "uji-01")
            admin = Session("admin", "admin", "uji-01")
            app.users.add_user(admin, "ani", "operator", PASSWORD)
            app.users.add_user(admin, "budi", "supervisor", PASSWORD)
            made = History(app, clock, admin, Session("ani", "operator", "uji-02"),
                           Session("budi", "supervisor", "uji-03"))
            for serial in range(1, 9):
                register(made, serial)
            # No tariff changes in these histories: the oracle reads the schedule once.
            schedule = app.tariffs.tariff_schedule()
            patch.setattr(app.tariffs, "tariff_schedule", lambda: schedule)
            yield made
        finally:
            app.close()


def register(h: History, serial: int) -> None:
    kecamatan, kelurahan = AREAS[serial % 3]
    # Names told apart as people read them: a death on a lookalike waits for a decision.
    fields = worker_fields(serial, sex="LP"[serial % 2], name=f"Pekerja Uji {letters(serial)}",
                           kecamatan=kecamatan, kelurahan=kelurahan,
                           occupation=OCCUPATIONS[serial % 5], disability=serial % 4 == 0,
                           agent=AGENTS[serial % 3])
    h.niks.append(h.app.workers.register_worker(h.operator, **fields)["nik"])


def _day(first: date, last: date, seed: int) -> date:
    return first + timedelta(days=seed % ((last - first).days + 1))


def open_quota(h: History, a: int, b: int) -> None:
    """A quota of 2025 or 2026; some end with June (a period shorter than the year)."""
    year = 2025 + a % 2
    opened = h.app.quotas.open_quota(h.supervisor, year, BUNDLES[b % 3], 1 + b % 4,
                                     period_end=f"{year}-06-30" if b % 5 == 0 else None)
    h.quotas.append(confirmed(h.app, opened)["quota"])


def enrol(h: History, a: int, b: int) -> None:
    if h.quotas:
        quota = h.app.quotas.quota(h.quotas[a % len(h.quotas)])
        start = _day(quota.period_start, min(quota.period_end, TODAY), a // 7)
        enrol_from(h.app, h.operator, h.niks[b % len(h.niks)], quota.code, start)


def terminate(h: History, a: int, b: int) -> None:
    """Ends an open enrolment, at times on a day still to come (recorded in advance)."""
    worker = h.app.workers.worker_by_nik(h.niks[b % len(h.niks)])
    open_ = [e for e in worker.enrolments if e["end"] is None]
    if open_:
        chosen = open_[a % len(open_)]
        end = chosen["start"] + timedelta(days=a % 200)
        h.app.quotas.terminate(h.operator, worker.nik, chosen["quota"], "error", end=end)


def change_seats(h: History, a: int, b: int) -> None:
    if h.quotas:
        quota = h.app.quotas.quota(h.quotas[a % len(h.quotas)])
        effective = _day(quota.period_start, quota.period_end, b)
        change = h.app.quotas.propose_quota_change(
            h.operator, quota.code, 1 + b % 3 if a % 4 else -1, "APBD-P",
            effective=effective if a % 3 else None)["change"]
        h.app.quotas.decide_quota_change(h.supervisor, change, True)


def death(h: History, a: int, b: int) -> None:
    h.app.workers.record_death(h.operator, h.niks[b % len(h.niks)], _day(FIRST, TODAY, a),
                               "laporan keluarga")


def correct(h: History, a: int, b: int) -> None:
    """Another kecamatan, occupation (segment) and agent: the groups a worker counts in."""
    kecamatan, kelurahan = AREAS[a % 3]
    h.app.workers.correct_worker(h.operator, h.niks[b % len(h.niks)], {
        "kecamatan": kecamatan, "kelurahan": kelurahan,
        "occupation": OCCUPATIONS[a % 5], "agent": AGENTS[b % 3]}, "salah data")


def claim(h: History, a: int, b: int) -> None:
    """A JKK claim on a day one of the worker's enrolments covers, then left waiting,
    submitted, paid or rejected."""
    nik = h.niks[b // 4 % len(h.niks)]
    enrolments = h.app.workers.worker_by_nik(nik).enrolments
    if not enrolments:
        return
    chosen = enrolments[a % len(enrolments)]
    incident = _day(chosen["start"], min(last_day(chosen), TODAY), a // 3)
    code = str(h.app.claims.report_claim(h.operator, nik, "JKK", incident,
                                         place="Pasar")["claim"])
    h.claims.append(code)
    with suppress(BerjasaError):
        if h.app.claims.get_claim(h.operator, code)["state"] == "perlu_verifikasi":
            h.app.claims.verify_claim(h.supervisor, code, b % 5 != 0, "berkas diperiksa")
        step = b % 4
        if step == 0:
            return
        missing = h.app.claims.get_claim(h.operator, code)["missing_documents"]
        h.app.claims.receive_claim_documents(h.operator, code, missing)
        h.app.claims.submit_claim(h.supervisor, code, TODAY.isoformat(), "BPJS-REF")
        if step == 2:
            h.app.claims.pay_claim(h.supervisor, code, 250_000 + 1_000 * (a % 500),
                                   TODAY.isoformat(), "putusan BPJS")
            if a % 2:  # a payment far from the proposal waits for a second person
                with suppress(BerjasaError):
                    h.app.claims.confirm_claim_payment(h.admin, code)
        elif step == 3:
            h.app.claims.reject_claim(h.supervisor, code, "tidak memenuhi syarat",
                                      TODAY.isoformat())


def budget(h: History, a: int, b: int) -> None:
    year = 2025 + a % 2
    if b % 2:
        amount = 1_000_000 * (1 + a % 50)
        h.app.policies.allocate_budget(h.supervisor, year, amount, f"DPA {year}")
        h.allocations.append((year, amount))
    else:
        months = [f"{year}-{1 + a % 12:02d}"]
        if b % 3 == 0 and a % 12 < 11:
            months.append(f"{year}-{2 + a % 12:02d}")
        amount = 20_000 * (1 + b % 40)  # even: shared by two months without a remainder
        paid_on = min(date(year, 12, 20), TODAY)  # never a day still to come
        h.app.policies.record_budget_payment(h.supervisor, year, amount, paid_on,
                                             f"SP2D-{len(h.payments) + 1}", months=months)
        h.payments.append((year, amount, months))


STEPS = (open_quota, enrol, enrol, enrol, enrol, terminate, terminate, change_seats, death,
         correct, claim, claim, budget)


# --- the oracle: every worker, every day, from the aggregates -------------------------------


def last_day(enrolment: dict[str, Any]) -> date:
    """An enrolment covers from its start to its end (termination, death) or, while it
    runs, to its quota's period end (`until`)."""
    end = enrolment["end"]
    return enrolment["until"] if end is None else min(end, enrolment["until"])


def alive(worker: Peserta, day: date) -> bool:
    """Nobody is covered after their death (DOMAIN: a death ends every enrolment)."""
    return worker.died_on is None or day <= worker.died_on


def covers(worker: Peserta, programme: str | None, day: date) -> bool:
    """Whether `worker` was covered on `day` for `programme` (None: for any)."""
    return alive(worker, day) and any(
        e["start"] <= day <= last_day(e) and (programme is None or programme in e["programmes"])
        for e in worker.enrolments)


def covers_some_day(worker: Peserta, programme: str | None, since: date, until: date) -> bool:
    day = since
    while day <= until:
        if covers(worker, programme, day):
            return True
        day += timedelta(days=1)
    return False


def month_ends(year: int) -> list[date]:
    return [date(year + m // 12, m % 12 + 1, 1) - timedelta(days=1) for m in range(1, 13)]


def group_of(worker: Peserta, by: str | None) -> Any:
    if by is None:
        return None
    return segment_of(worker.occupation) if by == "segment" else getattr(worker, by)


def oracle_stats(workers: list[Peserta], day: date) -> dict[str, Any]:
    active = [w for w in workers if covers(w, None, day)]
    return {"active_members": len(active),
            "by_programme": {p: sum(covers(w, p, day) for w in workers) for p in PROGRAMMES},
            "by_kecamatan": dict(Counter(w.kecamatan for w in active)),
            "by_segment": dict(Counter(segment_of(w.occupation) for w in active)),
            "by_sex": dict(Counter(w.sex for w in active)),
            "registered_workers": len(workers)}


def oracle_series(workers: list[Peserta], year: int, by: str | None) -> dict[Any, int]:
    """{(month, programme or ALL, group): workers covered on the month's last day}."""
    found: Counter[Any] = Counter()
    for end in month_ends(year):
        for worker in workers:
            for programme in (*PROGRAMMES, None):
                if covers(worker, programme, end):
                    found[(end.strftime("%Y-%m"), programme or "ALL",
                           group_of(worker, by))] += 1
    return dict(found)


def oracle_counts(workers: list[Peserta], since: date, until: date,
                  by: tuple[str, ...]) -> dict[Any, tuple[int, ...]]:
    """{group values: (workers, JKK, JKM, JHT)} covered on at least one day of the span."""
    found: dict[Any, list[int]] = {}
    for worker in workers:
        if not covers_some_day(worker, None, since, until):
            continue
        slot = found.setdefault(tuple(group_of(worker, b) for b in by), [0, 0, 0, 0])
        slot[0] += 1
        for index, programme in enumerate(PROGRAMMES, start=1):
            slot[index] += covers_some_day(worker, programme, since, until)
    return {k: tuple(v) for k, v in found.items()}


def oracle_used(h: History, workers: list[Peserta]) -> dict[str, tuple[int, int]]:
    """{quota: (seats, used)}: an enrolment holds its seat unless it ended in a month
    before the quota period's last (a seat is freed from the following month, and only
    when the period reaches into it)."""
    found = {}
    for code in h.quotas:
        quota = h.app.quotas.quota(code)
        held = 0
        for worker in workers:
            for enrolment in worker.enrolments:
                if enrolment["quota"] != code:
                    continue
                end = enrolment["end"]
                freed = end is not None and (end.year, end.month) < (quota.period_end.year,
                                                                     quota.period_end.month)
                held += not freed
        found[code] = (quota.seats, held)
    return found


def oracle_claims(h: History, since: date | None = None,
                  until: date | None = None) -> dict[str, Any]:
    """The claims summary, from each claim's aggregate (incident date in the period); a
    claim counts in its worker's kecamatan of now."""
    by_state: Counter[str] = Counter()
    by_month: Counter[str] = Counter()
    by_kecamatan: Counter[str] = Counter()
    by_programme: dict[str, dict[str, int]] = {}
    components: Counter[str] = Counter()
    count = paid = 0
    for code in h.claims:
        claim = h.app.claims.claim(code)
        if (since and claim.incident_date < since) or (until and claim.incident_date > until):
            continue
        count += 1
        by_state[claim.state] += 1
        by_month[claim.incident_date.strftime("%Y-%m")] += 1
        by_kecamatan[h.app.workers.worker_by_nik(claim.nik).kecamatan] += 1
        entry = by_programme.setdefault(claim.programme,
                                        {"count": 0, "paid_count": 0, "amount_paid": 0})
        entry["count"] += 1
        if claim.state == "dibayar":
            entry["paid_count"] += 1
            entry["amount_paid"] += claim.amount_paid
            paid += claim.amount_paid
            known = [b for b in claim.benefits if b["amount"] is not None]
            for line in known:
                components[line["component"]] += int(line["amount"])
            rest = claim.amount_paid - sum(int(b["amount"]) for b in known)
            if rest:
                components["selisih_pembayaran"] += rest
    return {"count": count, "by_state": dict(by_state), "by_month": dict(by_month),
            "by_kecamatan": dict(by_kecamatan), "by_programme": by_programme,
            "amount_paid": paid, "paid_by_component": dict(components)}


def due_day(month: str) -> date:
    first = date.fromisoformat(month + "-01")
    rule = [r for r in billing_rules() if r.effective_from <= first][-1]
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return first.replace(day=min(rule.due_day, last.day))


def oracle_year(h: History, bills: dict[str, dict[str, Any]], year: int,
                on: date) -> dict[str, Any]:
    """A year's money: per month billed (every covered worker's programmes at the
    month's tariff), paid (each payment shared by the months it names), arrears (billed,
    nothing paid, past the due day); the pagu, payments and the quotas' money."""
    paid: Counter[str] = Counter()
    for _year, amount, months in h.payments:
        for month in months:
            paid[month] += amount // len(months)
    months = []
    for number in range(1, 13):
        month = f"{year}-{number:02d}"
        billed = sum(_rate(h.app, p, month) for programmes in bills.get(month, {}).values()
                     for p in programmes)
        months.append({"month": month, "billed": billed, "paid": paid[month],
                       "arrears": billed > 0 and month not in paid and on > due_day(month)})
    allocated = [amount for y, amount in h.allocations if y == year]
    upto = on.strftime("%Y-%m")
    quotas = [c for c in h.quotas if h.app.quotas.quota(c).year == year]
    money = {c: oracle_quota(h.app, c, bills, upto) for c in quotas}
    return {"pagu": sum(allocated) if allocated else None,
            "paid": sum(amount for y, amount, _m in h.payments if y == year),
            "need": sum(m["need"] for m in money.values()),
            "cost": sum(m["cost"] for m in money.values()),
            "committed": sum(m["committed"] for m in money.values()),
            "months": months, "quotas": money}


def oracle_bill(h: History, bills: dict[str, dict[str, Any]], month: str) -> dict[str, Any]:
    billed = bills.get(month, {})
    by_programme: dict[str, dict[str, int]] = {}
    by_kecamatan: dict[str, dict[str, int]] = {}
    for nik, programmes in billed.items():
        amount = 0
        for programme in programmes:
            rate = _rate(h.app, programme, month)
            entry = by_programme.setdefault(programme, {"workers": 0, "amount": 0})
            entry["workers"] += 1
            entry["amount"] += rate
            amount += rate
        area = by_kecamatan.setdefault(h.app.workers.worker_by_nik(nik).kecamatan,
                                       {"workers": 0, "amount": 0})
        area["workers"] += 1
        area["amount"] += amount
    return {"workers": len(billed), "by_programme": by_programme, "by_kecamatan": by_kecamatan,
            "lines": {nik: sorted(p) for nik, p in billed.items()}}


def oracle_covered_on(workers: list[Peserta], day: date) -> dict[str, Any]:
    active = [w for w in workers if covers(w, None, day)]
    return {"day": day.isoformat(), "total": len(active),
            "by_segment": dict(Counter(segment_of(w.occupation) for w in active)),
            "by_kecamatan": dict(Counter(w.kecamatan for w in active)),
            "by_sex": dict(Counter(w.sex for w in active)),
            "by_programme": {p: n for p in PROGRAMMES
                             if (n := sum(covers(w, p, day) for w in workers))},
            "by_disability": {
                "Penyandang disabilitas": sum(1 for w in active if w.disability),
                "Bukan penyandang disabilitas": sum(1 for w in active if not w.disability)}}


def oracle_dossier(h: History, workers: list[Peserta], bills: dict[str, dict[str, Any]],
                   year: int, on: date) -> dict[str, Any]:
    """The dossier's figures for `year`, counted on `on` against the year before's end."""
    protected = [w for w in workers if covers_some_day(w, None, date(year, 1, 1),
                                                       date(year, 12, 31))]
    agents: Counter[tuple[str, str]] = Counter((w.agent, w.kecamatan) for w in protected
                                               if w.agent)
    monthly: dict[str, dict[str, int]] = {}
    for end in month_ends(year):
        if end.strftime("%Y-%m") > on.strftime("%Y-%m"):
            break
        for worker in workers:
            if covers(worker, None, end):
                slot = monthly.setdefault(segment_of(worker.occupation), {})
                slot[end.strftime("%Y-%m")] = slot.get(end.strftime("%Y-%m"), 0) + 1
    everyone: Counter[str] = Counter()
    for months in monthly.values():
        everyone.update(months)
    upto = on.strftime("%Y-%m")
    quotas = sorted(c for c in h.quotas if h.app.quotas.quota(c).year == year)
    claims = oracle_claims(h, date(year, 1, 1), on)
    return {
        "covered": oracle_covered_on(workers, on),
        "covered_before": oracle_covered_on(workers, date(year - 1, 12, 31)),
        "protected": {
            "total": len(protected),
            "by_segment": dict(Counter(segment_of(w.occupation) for w in protected)),
            "by_occupation": dict(Counter(w.occupation for w in protected)),
            "by_kecamatan": dict(Counter(w.kecamatan for w in protected)),
            "agents": sorted(({"agent": a, "kecamatan": k, "workers": n}
                              for (a, k), n in agents.items()),
                             key=lambda g: (-g["workers"], g["agent"], g["kecamatan"]))},
        "monthly": {"Semua": dict(everyone)} if everyone else {"Semua": {}},
        "monthly_by_segment": monthly,
        "quotas": {c: {k: v for k, v in oracle_quota(h.app, c, bills, upto).items()
                       if k != "committed"} for c in quotas},
        "claims": {k: claims[k] for k in ("count", "by_state", "by_programme", "amount_paid",
                                          "paid_by_component")},
        "payments": sorted((a, m) for y, a, m in h.payments if y == year),
        "allocations": sorted(a for y, a in h.allocations if y == year),
    }


def oracle_roster(workers: list[Peserta], day: date) -> list[tuple[str, ...]]:
    """Workers covered on `day`, each with the enrolment covering it: its programmes (all
    covering that day), start and last day."""
    rows = []
    for worker in workers:
        covering = [e for e in worker.enrolments if e["start"] <= day <= last_day(e)]
        if covering and alive(worker, day):
            shown = covering[0]
            programmes = [p for p in PROGRAMMES if any(p in e["programmes"] for e in covering)]
            rows.append((worker.kecamatan, worker.nik, worker.sex, programmes_text(programmes),
                         short_day(last_day(shown).isoformat()),
                         short_day(shown["start"].isoformat())))
    return sorted(rows)


def oracle_statuses(workers: list[Peserta], day: date) -> dict[str, int]:
    """Peserta's status filter on `day`: died by then; never enrolled; covered; else
    stopped."""
    found: Counter[str] = Counter()
    for worker in workers:
        if worker.died_on is not None and worker.died_on <= day:
            found["meninggal"] += 1
        elif not worker.enrolments:
            found["belum_terdaftar"] += 1
        else:
            found["aktif" if covers(worker, None, day) else "berhenti"] += 1
    return {s: found[s] for s in ("aktif", "berhenti", "meninggal", "belum_terdaftar")}


@dataclass
class Said:
    """What the oracle says of a history as it stood at one moment."""

    moment: datetime
    position: int
    stats: dict[date, dict[str, Any]]
    used: dict[str, tuple[int, int]]
    series: dict[tuple[int, str | None], dict[Any, int]]
    counts: dict[tuple[date, date], dict[Any, tuple[int, ...]]]
    claims: dict[str, Any]
    statuses: dict[str, int]
    bundles: dict[str, tuple[int, list[str]]]  # each quota's year and bundle (aggregate)


def oracle(h: History) -> Said:
    workers = [h.app.workers.worker_by_nik(nik) for nik in h.niks]
    return Said(
        moment=h.clock.moment, position=h.app.application.head_position(),
        stats={day: oracle_stats(workers, day) for day in DAYS},
        used=oracle_used(h, workers),
        series={(year, by): oracle_series(workers, year, by) for year in (2025, 2026)
                for by in (None, "kecamatan", "segment")},
        counts={span: oracle_counts(workers, *span, ("kecamatan", "segment"))
                for span in SPANS},
        claims=oracle_claims(h), statuses=oracle_statuses(workers, TODAY),
        bundles={c: (h.app.quotas.quota(c).year, list(h.app.quotas.quota(c).programmes))
                 for c in h.quotas})


# --- what the read models, and so every screen and report, show -----------------------------


def nonzero(mapping: dict[Any, Any]) -> dict[Any, Any]:
    return {k: v for k, v in mapping.items() if v}


def assert_says(models: Any, said: Said) -> None:
    """The read models (live or replayed as of `said.moment`) show what the oracle said."""
    for day, expected in said.stats.items():
        stats = models.stats(day)
        assert {k: stats[k] for k in expected} == expected, day
        assert {q["quota"]: (q["seats"], q["used"]) for q in stats["quotas"]} == said.used
        assert all(q["free"] == q["seats"] - q["used"] for q in stats["quotas"])
        assert {k: stats["claims"][k] for k in ("count", "by_state", "amount_paid")} == {
            k: said.claims[k] for k in ("count", "by_state", "amount_paid")}
    for (year, by), expected in said.series.items():
        shown = {(p["month"], p["programme"], p["key"]): p["active"]
                 for p in models.coverage_series(year, by=by)}
        assert nonzero(shown) == expected, (year, by)
    for (since, until), expected in said.counts.items():
        rows = models.coverage_counts(since, until, ("kecamatan", "segment"))
        assert {(r["kecamatan"], r["segment"]): (r["workers"], r["JKK"], r["JKM"], r["JHT"])
                for r in rows} == expected, (since, until)
    for status, count in said.statuses.items():  # Peserta's filter and its total
        page = models.membership_page(MembershipFilter(status=status), limit=1, on=TODAY)
        assert page.total == count, status
    summary = models.claims_summary()
    assert {k: summary[k] for k in said.claims} == said.claims
    # Beranda's charts: active members at each month-end gone by and today, and today's
    # by kecamatan (the workers of the "Peserta aktif" card).
    today = said.stats[TODAY]
    current = TODAY.strftime("%Y-%m")
    months = {m: n for (m, programme, _key), n in said.series[(TODAY.year, None)].items()
              if programme == "ALL" and m < current}
    if today["active_members"]:
        months[current] = today["active_members"]
    dashboard = dashboard_figures(models, TODAY, 90)
    bars = chart_bars(dashboard, TODAY)
    assert bars["by_month"] == sorted(months.items())
    assert dict(bars["by_kecamatan"]) == today["by_kecamatan"]
    assert sum(n for _k, n in bars["by_kecamatan"]) == today["active_members"]
    seats = {p: sum(s for q, (s, _used) in said.used.items()
                    if said.bundles[q][0] == TODAY.year and p in said.bundles[q][1])
             for p in PROGRAMMES}  # the cards: covered today, of the year's seats
    assert programme_cards(dashboard["stats"], dashboard["quotas"], TODAY.year) == [
        (p, today["by_programme"][p], seats[p]) for p in PROGRAMMES]


def assert_money(h: History, models: Any, bills: dict[str, dict[str, Any]]) -> None:
    """Tagihan (the month's bill by programme and kecamatan), the year's money (Beranda's
    budget card and billing row, Tagihan's chart, the quota recap)."""
    for month in ("2025-01", "2025-06", "2025-12", "2026-01", "2026-02", "2026-08",
                  "2026-12"):
        expected = oracle_bill(h, bills, month)
        bill = models.bill(month)
        summary = bill.summary()
        assert summary["workers"] == expected["workers"], month
        assert summary["by_programme"] == expected["by_programme"], month
        assert {a["kecamatan"]: {"workers": a["workers"], "amount": a["amount"]}
                for a in bill.by_kecamatan()} == expected["by_kecamatan"], month
        assert {line.nik: sorted(line.programmes) for line in bill.lines} == expected["lines"]
    for year, on in ((2025, TODAY), (2026, TODAY), (2026, date(2026, 3, 15))):
        expected = oracle_year(h, bills, year, on)
        money = models.money_year(year, on)
        assert [{k: m[k] for k in ("month", "billed", "paid", "arrears")}
                for m in money["months"]] == expected["months"], year
        assert (money["pagu"], money["paid"]) == (expected["pagu"], expected["paid"]), year
        assert (money["need"], money["cost"], money["committed"]) == (
            expected["need"], expected["cost"], expected["committed"]), year
        used = oracle_used(h, [h.app.workers.worker_by_nik(n) for n in h.niks])
        for bundle in money["bundles"]:
            assert bundle["seats"] == sum(used[q][0] for q in bundle["quotas"])
            assert bundle["used"] == sum(used[q][1] for q in bundle["quotas"])
        recap = collect("quota", models, ReportParams(year=year, on=on), facts())
        (section,) = recap["sections"]
        assert {q["quota"]: {k: q[k] for k in ("seat_months", "need", "member_months", "cost",
                                               "committed")}
                for q in section["quotas"]} == expected["quotas"], year
        assert (section["pagu"], section["paid"], section["need"], section["cost"]) == (
            expected["pagu"], expected["paid"], expected["need"], expected["cost"])


def facts(day: date = TODAY) -> StoreFacts:
    return StoreFacts(as_of=datetime(day.year, day.month, day.day, 12, tzinfo=WITA))


def assert_dossier(h: History, models: Any, bills: dict[str, dict[str, Any]]) -> None:
    workers = [h.app.workers.worker_by_nik(nik) for nik in h.niks]
    for year, on in ((2025, date(2025, 12, 31)), (2026, TODAY)):
        expected = oracle_dossier(h, workers, bills, year, on)
        data = collect("paritrana", models, ReportParams(year=year), facts())
        assert data["on"] == on.isoformat() and data["previous_on"] == f"{year - 1}-12-31"
        assert data["covered"] == expected["covered"], year
        assert data["covered_before"] == expected["covered_before"], year
        assert data["protected"] == expected["protected"], year
        assert {k: nonzero(v) for k, v in data["monthly_by_segment"].items()
                if nonzero(v)} == expected["monthly_by_segment"], year
        assert nonzero(data["monthly"]["Semua"]) == expected["monthly"]["Semua"], year
        assert {q["quota"]: dict(q["money"]) for q in data["quotas"]} == expected["quotas"]
        assert data["claims"] == expected["claims"], year
        assert sorted((p["amount"], list(p.get("months") or []))
                      for p in data["payments"]) == expected["payments"]
        assert sorted(a["amount"] for a in data["allocations"]) == expected["allocations"]


def assert_roster(h: History, models: Any) -> None:
    """The roster on a day lists who was covered that day with the enrolment covering it
    (its programmes, start and last day), whatever day the read models are at."""
    workers = [h.app.workers.worker_by_nik(nik) for nik in h.niks]
    for day in (date(2025, 12, 31), date(2026, 3, 1), TODAY):
        data = collect("roster", models, ReportParams(on=day, full_nik=True), facts())
        shown = sorted((r[0], r[3], r[4], r[6], r[7], r[10]) for r in data["rows"])
        assert shown == oracle_roster(workers, day), day


def run(h: History, steps: list[tuple[int, int, int]]) -> list[Said]:
    open_quota(h, 0, 3)  # 2025's and 2026's JKK+JKM, four seats each, for the whole year
    open_quota(h, 1, 3)
    said = []
    for kind, a, b in steps:
        if kind == len(STEPS):  # a moment the as-of axis is read at
            said.append(oracle(h))
            h.clock.tick()
            continue
        with suppress(BerjasaError):  # a refused command records nothing; go on
            STEPS[kind](h, a, b)
    return said


def assert_everything(h: History, said: list[Said]) -> None:
    """The live read models show what the oracle says now; the as-of replays of the
    moments recorded part way show what it said then."""
    final = oracle(h)
    live = open_read_models(h.app.application)
    try:
        live.catch_up()
        assert_says(live, final)
        bills = oracle_bills(h.app, h.niks)
        assert_money(h, live, bills)
        assert_dossier(h, live, bills)
        assert_roster(h, live)
    finally:
        live.close()
    for then in said[-2:]:
        replayed = replay_as_of(h.app.application, then.moment)
        try:
            assert replayed.position() == then.position
            assert_says(replayed, then)
        finally:
            replayed.close()


OPS = st.lists(st.tuples(st.integers(0, len(STEPS)), st.integers(0, 10_000),
                         st.integers(0, 10_000)), min_size=15, max_size=50)


@settings(max_examples=15)
@given(OPS)
def test_figures_shown_equal_the_day_walking_oracle(steps: list[tuple[int, int, int]]) -> None:
    with history() as h:
        assert_everything(h, run(h, steps))


# --- a hand-made history at the boundaries, and the console --------------------------------


def boundaries(h: History) -> list[Said]:
    """Coverage ending on 31 December and starting again on 1 January, a start on a
    year's last day, a death and a JHT ended with its base, a seat raise from July, a
    death reported after an enrolment that started later, a death before an end recorded
    in advance, one before an end in the quota's last month (whose seat it frees), a
    correction that moves a worker, a paid claim, a payment for two months;
    the oracle read after the first half (moment A) and at the end (moment B)."""
    app, op, sup = h.app, h.operator, h.supervisor
    old, new, jht = (confirmed(app, app.quotas.open_quota(sup, year, bundle, seats))["quota"]
                     for year, bundle, seats in ((2025, "JKK,JKM", 3), (2026, "JKK,JKM", 3),
                                                 (2026, "JHT", 2)))
    h.quotas += [old, new, jht]
    one, two, three, four, five = h.niks[:5]
    enrol_from(app, op, one, old, "2025-03-01")
    app.quotas.terminate(op, one, old, "error", end="2025-12-31")
    enrol_from(app, op, one, new, "2026-01-01")
    enrol_from(app, op, two, old, "2025-12-31")
    enrol_from(app, op, three, new, "2026-02-01")
    app.workers.record_death(op, three, "2026-05-31", "laporan keluarga")
    enrol_from(app, op, four, new, "2026-01-31")
    enrol_from(app, op, four, jht, "2026-03-01")
    app.quotas.terminate(op, four, new, "error", end="2026-06-30")  # its JHT ends too
    change = app.quotas.propose_quota_change(op, new, 1, "APBD-P", effective="2026-07-01")
    app.quotas.decide_quota_change(sup, change["change"], True)
    budget(h, 1, 1)
    six, seven = h.niks[5:7]
    enrol_from(app, op, six, new, "2026-02-01")
    app.workers.record_death(op, six, "2026-01-20", "dilaporkan terlambat")  # before it
    enrol_from(app, op, seven, new, "2026-01-01")
    app.quotas.terminate(op, seven, new, "error", end="2026-09-30")  # recorded in advance
    app.workers.record_death(op, seven, "2026-08-10", "laporan keluarga")
    eight = h.niks[7]  # ended in its quota's last month (seat kept), then an earlier death
    enrol_from(app, op, eight, old, "2025-02-01")
    app.quotas.terminate(op, eight, old, "error", end="2025-12-15")
    app.workers.record_death(op, eight, "2025-05-10", "dilaporkan terlambat")
    said = [oracle(h)]
    h.clock.tick()
    enrol_from(app, op, five, new, "2026-08-01")
    correct(h, 1, 0)  # worker one to Tallo, a fisher, no agent
    claim(h, 101, 2)  # worker one's, paid
    budget(h, 7, 0)   # a payment for August and September 2026
    said.append(oracle(h))
    h.clock.tick()
    return said


def test_a_hand_made_history_at_the_boundaries() -> None:
    with history() as h:
        said = boundaries(h)
        workers = [h.app.workers.worker_by_nik(nik) for nik in h.niks]
        # The figures the history was written for, spelled out:
        assert oracle_stats(workers, date(2025, 12, 31))["active_members"] == 2
        assert oracle_stats(workers, date(2026, 1, 1))["active_members"] == 2
        assert oracle_stats(workers, date(2026, 5, 31))["by_programme"] == {
            "JKK": 4, "JKM": 4, "JHT": 1}
        assert oracle_stats(workers, date(2026, 6, 1))["active_members"] == 3
        # Worker six died before the start of the enrolment recorded for them: never
        # covered, never billed; worker seven's end recorded for September came earlier.
        assert oracle_stats(workers, date(2026, 2, 1))["active_members"] == 4
        bills = oracle_bills(h.app, h.niks)
        assert not any(h.niks[5] in bills.get(f"2026-{m:02d}", {}) for m in range(1, 13))
        assert h.niks[6] in bills["2026-08"] and h.niks[6] not in bills.get("2026-09", {})
        assert said[-1].used[h.quotas[0]] == (3, 2)  # eight's seat freed from June 2025
        assert len(h.claims) == 1 and said[-1].claims["by_state"] == {"dibayar": 1}
        assert_everything(h, said)


def test_the_consoles_stats_and_changes_equal_the_oracle(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`stats --json` (now and `--as-of`) and `changes --json` on a store the console
    opens itself."""
    url = f"sqlite:///{(tmp_path / 'konsol.db').as_posix()}"
    with history(url) as h:
        said = boundaries(h)
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)

    def console(*argv: str) -> dict[str, Any]:
        capsys.readouterr()
        assert main(["--store", url, "--user", "admin", *argv, "--json"]) == 0
        return dict(json.loads(capsys.readouterr().out))

    first, last = said
    for day in (date(2025, 12, 31), date(2026, 1, 1), date(2026, 7, 31), TODAY):
        for then, argv in ((last, ()), (first, ("--as-of", first.moment.isoformat()))):
            shown = console("stats", "--on", day.isoformat(), *argv)
            assert {k: shown[k] for k in then.stats[day]} == then.stats[day], (day, argv)
            assert {q["quota"]: (q["seats"], q["used"]) for q in shown["quotas"]} == then.used
            assert shown["claims"]["by_state"] == then.claims["by_state"]
        changes = console("changes", "--from", first.moment.isoformat(),
                          "--to", last.moment.isoformat(), "--on", day.isoformat())
        before, after = first.stats[day], last.stats[day]
        expected: dict[str, Any] = {}
        for name, old in before.items():
            new = after[name]
            if isinstance(old, dict):
                moved = {k: {"from": old.get(k, 0), "to": new.get(k, 0)}
                         for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)}
                if moved:
                    expected[name] = moved
            elif old != new:
                expected[name] = {"from": old, "to": new}
        used = {q: {"seats": s, "used": u} for q, (s, u) in first.used.items()}
        used_after = {q: {"seats": s, "used": u} for q, (s, u) in last.used.items()}
        if used != used_after:
            expected["quotas"] = {q: {"from": used.get(q), "to": used_after.get(q)}
                                  for q in sorted(set(used) | set(used_after))
                                  if used.get(q) != used_after.get(q)}
        if first.claims["by_state"] != last.claims["by_state"]:
            old_c, new_c = first.claims["by_state"], last.claims["by_state"]
            expected["claims"] = {k: {"from": old_c.get(k, 0), "to": new_c.get(k, 0)}
                                  for k in sorted(set(old_c) | set(new_c))
                                  if old_c.get(k) != new_c.get(k)}
        assert changes["figures"] == expected, day
        assert changes["positions"] == {"from": first.position, "to": last.position}


def test_a_death_recorded_before_the_rule_replays_as_it_was_recorded() -> None:
    """DeathRecorded version 1 (no `ends_all`) ended an enrolment starting after the death
    on its start: history replays so, in the aggregate and in the read models (a report
    issued then regenerates the same); version 2 ends it on the death, covering no day."""
    with history() as h:
        app, op = h.app, h.operator
        quota = confirmed(app, app.quotas.open_quota(h.supervisor, 2026, "JKK,JKM", 5))["quota"]
        old, new = h.niks[:2]
        for nik in (old, new):
            enrol_from(app, op, nik, quota, "2026-02-01")
        with events_as_version_1(app, ("domain.model.peserta:Peserta.DeathRecorded",),
                                 added=("ends_all",)):
            app.workers.record_death(op, old, "2026-01-20", "dilaporkan terlambat")
        app.workers.record_death(op, new, "2026-01-20", "dilaporkan terlambat")
        ends = {nik: app.workers.worker_by_nik(nik).enrolments[0]["end"] for nik in (old, new)}
        assert ends == {old: date(2026, 2, 1), new: date(2026, 1, 20)}
        models = open_read_models(app.application)
        try:
            models.catch_up()
            assert models.stats(date(2026, 2, 1))["active_members"] == 1
            assert [line.nik for line in models.bill("2026-02").lines] == [old]
        finally:
            models.close()
