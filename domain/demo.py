"""A realistic, deterministic demo history built through the services (same seed, same store).

Seat scaling: with N workers below 100,000 every quota's seats are the real figure times
N / 100,000 (at least 1), so a 200-worker demo keeps the real proportions (2024: 35,000
→ 70 seats; 2025: 35,782 raised to 81,466 → 72 raised to 163; 2026 JHT 45,000 → 90).
The 2025 increase is APBD-P money: it takes effect on 1 July 2025, and the pagu recorded
for 2025 is exactly the quota's need (its seat-months x Rp16.800).
From 100,000 workers on, the seats are the real figures.

The history is done in the order of its days (`domain.demo_clock`): the store is set up
on 1 January 2024, the day the 2024 members are enrolled (from 1 January), the APBD-P
increase is approved in June 2025, the fire's claims are reported the day after it, and
so on up to the day of the build (never after it). Given `stamp_events` (the composition
root's seam, `berjasa.bootstrap.build_demo`), the events are recorded at those moments;
without it they carry the moment they are saved, as every real store's do.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any, TypedDict

from domain.demo_clock import Agenda, DemoClock, office_moment
from domain.errors import StoreError, ValidationError
from domain.reference import known_occupations
from domain.registration import Registration, validate_registration
from domain.services.app import Berjasa
from domain.services.session import Session
from domain.wilayah import all_kecamatan

# Stamps the events created inside with the given clock's moments (see the module's text).
StampEvents = Callable[[Callable[[], datetime]], AbstractContextManager[None]]

DEMO_PASSWORD = "demo-berjasa-2026"
WORKERS_RANGE = (10, 200_000)
REAL_SCALE = 100_000
BATCH = 1000
WORKSTATION = "demo-01"
USERS = (("ani", "operator", "Ani Rasyid"), ("rahmat", "operator", "Rahmat Daeng Sila"),
         ("budi", "supervisor", "Budi Mappaseng"), ("citra", "supervisor", "Citra Andi Baso"),
         ("dewi", "auditor", "Dewi Inspektorat"))
MALE = ("Andi", "Muhammad", "Ahmad", "Syamsul", "Irwan", "Kamaruddin", "Saharuddin", "Jufri",
        "Hasan", "Abdul", "Baso", "Sudirman", "Nasrullah", "Ilham", "Firman", "Haerul")
FEMALE = ("Siti", "Nurhayati", "Hasnah", "Wahyuni", "Fatimah", "Mardiana", "Kartini",
          "Suriani", "Rosmini", "Hadijah", "Nurul", "Sitti", "Asriani", "Jumriah")
FAMILY = ("Daeng Ngalle", "Mappaseng", "Sila", "Halim", "Latif", "Rahman", "Tahir", "Bakri",
          "Said", "Djamaluddin", "Salam", "Ma'ruf", "Karaeng Bontang", "Pawallangi", "Palallo",
          "Daeng Tompo", "Makkawaru", "Hamzah", "Ramli", "Saleh")
DOMICILES = ("Kabupaten Gowa", "Kabupaten Maros", "Kabupaten Takalar", "Kota Parepare")
EMPLOYERS = ("PT Pelabuhan Makassar Jaya", "CV Sinar Terong", "PT Kawasan Industri Makassar")
FIRE = date(2025, 9, 14)  # the market fire the seeds mention (workers died; heirs paid)
SET_UP = date(2024, 1, 1)  # the store, its users, the office's facts and the 2024 quota
# The days of the history's key steps (see `_plan_quotas`).
APBD_P_PROPOSED, APBD_P_APPROVED = date(2025, 6, 10), date(2025, 6, 12)
APBD_P_LIST_TYPED = date(2025, 7, 14)  # the APBD-P paper list, typed in after 1 July
WAITING_LIST = date(2026, 2, 2)
# A claim's steps after its report: documents, submission to BPJS, BPJS's answer.
CLAIM_STEPS = (timedelta(days=7), timedelta(days=14), timedelta(days=30))


def jht_priority_by_decile(max_decile: int = 3) -> Callable[[Registration], bool]:
    """The 2026 JHT priority rule (DTSEN deciles 1–max first); unconfirmed, so a parameter."""
    return lambda r: r.decile is not None and r.decile <= max_decile


class DemoPolicies(TypedDict):
    regulations: int
    payments: int  # budget payments recorded


class DemoBuilt(TypedDict):
    """What `build_demo` recorded (counts; quota codes by year key, agreement numbers)."""

    workers: int
    users: int
    quotas: dict[str, str]  # "2024", "2025", "2026", "2026-JHT" → quota code
    terminated: int
    claims: dict[str, int]  # claim state → claims left in it
    agreements: list[str]
    policies: DemoPolicies
    closed_periods: int
    admin: str
    seed: int


@dataclass
class _Done:
    """What the steps did, as they run (later steps and the summary read it)."""

    quotas: dict[str, str] = field(default_factory=dict)
    enrolled: dict[str, list[Registration]] = field(default_factory=dict)  # by quota code
    change: str = ""  # the APBD-P quota change, proposed then approved
    terminated: int = 0
    claims: dict[str, int] = field(default_factory=dict)
    agreements: list[str] = field(default_factory=list)
    policies: DemoPolicies = field(
        default_factory=lambda: DemoPolicies(regulations=0, payments=0))
    closed: int = 0


@dataclass(frozen=True)
class _Ctx:
    app: Berjasa
    admin: Session
    operator: Session
    supervisor: Session
    second_supervisor: Session  # confirms what `supervisor` opens (issue 23)
    rng: random.Random
    scale: float
    agenda: Agenda
    today: date  # the day of the build: nothing is planned after it
    done: _Done = field(default_factory=_Done)

    def seats(self, real: int) -> int:
        return max(1, round(real * self.scale))

    def on(self, day: date, action: Callable[[], Any], at: time = time(9, 0)) -> None:
        self.agenda.on(day, action, at)


def build_demo(
    app: Berjasa, workers: int, seed: int = 2026, admin_password: str = DEMO_PASSWORD,
    jht_priority: Callable[[Registration], bool] | None = None, *,
    stamp_events: StampEvents | None = None,
) -> DemoBuilt:
    """Users, quotas, workers, enrolments, terminations, claims and MoU/PKS in a fresh store,
    done in the order of the days they describe (see the module's text)."""
    if not WORKERS_RANGE[0] <= workers <= WORKERS_RANGE[1]:
        raise ValidationError("demo.workers_range", value=workers, low=WORKERS_RANGE[0],
                              high=WORKERS_RANGE[1])
    if app.application.is_initialised() or app.application.recorder.max_notification_id():
        raise StoreError("demo.store_not_empty", store=app.application.store_label)
    clock, today = DemoClock(app.application.clock()), app.application.calendar()
    with _following(app, clock, stamp_events):
        clock.move_to(office_moment(SET_UP))
        ctx = _set_up(app, admin_password, seed, workers, Agenda(clock), today)
        people = _people(ctx, workers)
        _plan(ctx, people, jht_priority or jht_priority_by_decile())
        ctx.agenda.run()
    done = ctx.done
    return DemoBuilt(workers=len(people), users=1 + len(USERS), quotas=done.quotas,
                     terminated=done.terminated, claims=done.claims,
                     agreements=done.agreements, policies=done.policies,
                     closed_periods=done.closed, admin="admin", seed=seed)


@contextmanager
def _following(app: Berjasa, clock: DemoClock, stamp_events: StampEvents | None
               ) -> Iterator[None]:
    """The application's calendar and clock (and, given the seam, the events' recorded
    times) follow the demo's clock while the history is built."""
    calendar, real = app.application.calendar, app.application.clock
    app.application.calendar, app.application.clock = clock.today, clock.now
    try:
        with ExitStack() as stack:
            if stamp_events is not None:
                stack.enter_context(stamp_events(clock.now))
            yield
    finally:
        app.application.calendar, app.application.clock = calendar, real


def _set_up(app: Berjasa, password: str, seed: int, workers: int, agenda: Agenda,
            today: date) -> _Ctx:
    app.users.initialise_store("admin", password, WORKSTATION, full_name="Admin Disnaker")
    admin = app.users.sign_in("admin", password, WORKSTATION)
    for name, role, full in USERS:
        app.users.add_user(admin, name, role, password, full_name=full)
    return _Ctx(app, admin, app.users.sign_in("ani", password, WORKSTATION),
                app.users.sign_in("budi", password, WORKSTATION),
                app.users.sign_in("citra", password, WORKSTATION), random.Random(seed),
                min(1.0, workers / REAL_SCALE), agenda, today)


def _plan(ctx: _Ctx, people: list[Registration],
          jht_priority: Callable[[Registration], bool]) -> None:
    _plan_policies(ctx)
    _plan_quotas(ctx, people, jht_priority)
    _plan_agreements(ctx)
    ctx.on(WAITING_LIST, lambda: _register_waiting_list(ctx, people))
    _plan_terminations(ctx, people)
    _plan_claims(ctx, people)
    _plan_closing(ctx)


# Months the office billed, reconciled, paid and then closed (issue 16): BPJS's invoice
# of each reconciled on the 15th of the month after, the month closed on the 20th.
CLOSED_YEAR = 2024
INVOICE_HEADER = "NIK;Nama;Program;Iuran;Bulan"


def _plan_closing(ctx: _Ctx) -> None:
    for month in range(1, 13):
        year, after = CLOSED_YEAR + month // 12, month % 12 + 1
        ctx.on(date(year, after, 15), partial(_reconcile, ctx, month), at=time(10, 0))
        ctx.on(date(year, after, 20), partial(_close, ctx, month), at=time(15, 0))


def _reconcile(ctx: _Ctx, month: int) -> None:
    """BPJS's invoice of a 2024 month, as BPJS would send it (a line per member of the
    2024 quota, JKK+JKM at the month's tariff: the 2024 members were covered all year),
    checked against the bill: every line matches. The invoice's SHA-256 is that of the
    CSV text below, so the demo's record can be checked against the file it describes."""
    key = f"{CLOSED_YEAR}-{month:02d}"
    members = ctx.done.enrolled[ctx.done.quotas["2024"]]
    amount = ctx.app.tariffs.monthly_cost_of(("JKK", "JKM"), date(CLOSED_YEAR, month, 1))
    text = "\n".join([INVOICE_HEADER, *(f"{p.nik};{p.name};JKK+JKM;{amount};{key}"
                                         for p in members)]) + "\n"
    total = amount * len(members)
    ctx.app.billing.record_reconciliation(
        ctx.operator, key, f"tagihan-bpjs-{key}.csv", hashlib.sha256(text.encode()).hexdigest(),
        {"invoice_lines": len(members), "matched": len(members), "only_in_invoice": 0,
         "only_ours": 0, "amount_mismatches": 0, "invoice_amount": total,
         "our_amount": total})


def _close(ctx: _Ctx, month: int) -> None:
    ctx.app.periods.close_period(ctx.supervisor, f"{CLOSED_YEAR}-{month:02d}",
                                 f"Iuran {CLOSED_YEAR} ditagih, direkonsiliasi dan dibayar")
    ctx.done.closed += 1


def _people(ctx: _Ctx, count: int) -> list[Registration]:
    places = [(k, kel) for k in all_kecamatan() for kel in k.kelurahan]
    occupations = known_occupations()
    weights = [12 if o in ("Pedagang Pasar", "Buruh Harian Lepas", "Pengemudi Ojek",
                           "Nelayan") else 3 for o in occupations]
    today, seen = ctx.today, set()
    people: list[Registration] = []
    while len(people) < count:
        i = len(people)
        kecamatan, kelurahan = places[i % len(places)] if i < len(places) else ctx.rng.choice(
            places)
        sex = ctx.rng.choice("LP")
        birth = date(1958, 1, 1) + timedelta(days=ctx.rng.randrange(0, 17000))
        day = birth.day + (40 if sex == "P" else 0)
        nik = f"7371{kecamatan.code}{day:02d}{birth:%m%y}{ctx.rng.randrange(1, 10000):04d}"
        if nik in seen:
            continue
        seen.add(nik)
        first = ctx.rng.choice(MALE if sex == "L" else FEMALE)
        agent = f"Perisai {kecamatan.name} {ctx.rng.randrange(1, 4)}" if ctx.rng.random(
        ) < 0.6 else ""
        people.append(validate_registration(
            nik=nik, name=f"{first} {ctx.rng.choice(FAMILY)}", sex=sex, birth_date=birth,
            kecamatan=kecamatan.name, kelurahan=kelurahan, today=today,
            occupation=ctx.rng.choices(occupations, weights)[0],
            decile=ctx.rng.choices(range(1, 11), [16, 15, 14, 12, 10, 9, 8, 7, 5, 4])[0],
            decile_as_of=date(2025, 6, 30), agent=agent,
            phone=f"08{ctx.rng.randrange(11, 99)}{ctx.rng.randrange(10**7, 10**8)}"
            if ctx.rng.random() < 0.7 else "",
        ))
    return people


def _register_waiting_list(ctx: _Ctx, people: list[Registration]) -> None:
    """Workers registered but never enrolled: the list of who still waits for a seat."""
    for first in range(0, len(people), BATCH):
        ctx.app.imports.register_batch(ctx.operator, people[first:first + BATCH],
                                       reason="Data demo: belum mendapat kuota")


def _enrol(ctx: _Ctx, people: list[Registration], quota: str, start: date,
           late: bool = False) -> int:
    """Enrol `people` from `start`; `late`, it is a supervisor's retroactive enrolment of a
    paper list typed in after the fact (the day under way is after `start`)."""
    who, reason = ((ctx.supervisor, "Input menyusul dari daftar kertas APBD-P") if late
                   else (ctx.operator, "Data demo"))
    enrolled = ctx.done.enrolled.setdefault(quota, [])
    for first in range(0, len(people), BATCH):
        batch = people[first:first + BATCH]
        outcome = ctx.app.imports.enrol_batch(who, batch, quota, start, reason=reason,
                                              retroactive=late)
        enrolled += [batch[position] for position in outcome.enrolled]
    return len(enrolled)


def _open(ctx: _Ctx, key: str, year: int, programmes: str, real: int, label: str,
          priority: str | None = None) -> None:
    code = str(ctx.app.quotas.open_quota(ctx.supervisor, year, programmes, ctx.seats(real),
                                         basis=f"DPA Disnaker APBD {year}", label=label,
                                         priority=priority)["quota"])
    # A second person for every seat: another supervisor confirms the opening.
    ctx.app.quotas.decide_quota_opening(ctx.second_supervisor, code, True, "Sesuai DPA")
    ctx.done.quotas[key] = code


def _plan_quotas(ctx: _Ctx, people: list[Registration],
                 jht_priority: Callable[[Registration], bool]) -> None:
    """Each year's quota opened in the last days of the year before (its DPA passed; the
    first, on the day the store was set up) and its members enrolled on 1 January; the
    2025 increase approved in June, for July."""
    quotas = ctx.done.quotas
    ctx.on(SET_UP, lambda: _open(ctx, "2024", 2024, "JKK,JKM", 35_000, "Pekerja rentan 2024"),
           at=time(8, 45))
    ctx.on(date(2024, 1, 1), lambda: _enrol(ctx, people[:ctx.seats(35_000)], quotas["2024"],
                                            date(2024, 1, 1)))
    ctx.on(date(2024, 12, 27), lambda: _open(ctx, "2025", 2025, "JKK,JKM", 35_782,
                                             "Pekerja rentan 2025"))
    ctx.on(date(2025, 1, 1), lambda: _enrol(ctx, people[:ctx.seats(35_782)], quotas["2025"],
                                            date(2025, 1, 1)))
    ctx.on(APBD_P_PROPOSED, lambda: _propose_apbd_p(ctx))
    ctx.on(APBD_P_APPROVED, lambda: ctx.app.quotas.decide_quota_change(
        ctx.supervisor, ctx.done.change, True, "Disetujui sesuai DPPA APBD-P"))
    ctx.on(APBD_P_LIST_TYPED, lambda: _enrol(
        ctx, people[ctx.seats(35_782):ctx.seats(81_466)], quotas["2025"], date(2025, 7, 1),
        late=True))
    _plan_fire(ctx, people)  # recorded before 2026: the dead are never enrolled again
    ctx.on(date(2025, 12, 29), lambda: _open(ctx, "2026", 2026, "JKK,JKM", 81_466,
                                             "Pekerja rentan 2026"))
    ctx.on(date(2025, 12, 29), lambda: _open(
        ctx, "2026-JHT", 2026, "JHT", 45_000, "JHT pekerja rentan 2026 (prioritas desil 1–3)",
        priority="decile"))
    covered_2026 = people[:ctx.seats(81_466)]
    ctx.on(date(2026, 1, 1), lambda: _enrol(ctx, covered_2026, quotas["2026"],
                                            date(2026, 1, 1)))
    # JHT only on top of JKK+JKM: taken from the 2026 JKK+JKM members, priority first.
    ranked = sorted(covered_2026, key=lambda r: not jht_priority(r))  # stable sort
    ctx.on(date(2026, 1, 1), lambda: _enrol(ctx, ranked[:ctx.seats(45_000)],
                                            quotas["2026-JHT"], date(2026, 1, 1)))


def _propose_apbd_p(ctx: _Ctx) -> None:
    ctx.done.change = ctx.app.quotas.propose_quota_change(
        ctx.operator, ctx.done.quotas["2025"], ctx.seats(81_466) - ctx.seats(35_782),
        "Penambahan 45.684 pekerja rentan melalui APBD-P 2025",
        effective=date(2025, 7, 1))["change"]


def _plan_terminations(ctx: _Ctx, people: list[Registration]) -> None:
    """Coverage ended in 2026, each recorded on its last day."""
    count = max(2, len(people) // 100)
    for i, person in enumerate(people[len(people) // 2:][:count]):
        end = date(2026, 3 + i % 6, 1 + i % 27)
        ctx.on(min(end, ctx.today), partial(_terminate, ctx, i, person, end), at=time(11, 0))


def _terminate(ctx: _Ctx, i: int, person: Registration, end: date) -> None:
    reason = "moved" if i % 2 else "formal"
    note = "Pindah domisili ke luar Makassar" if i % 2 else "Menjadi pekerja penerima upah"
    details = ({"domicile": DOMICILES[i % len(DOMICILES)]} if i % 2
               else {"employer": EMPLOYERS[i % len(EMPLOYERS)]})
    ctx.app.quotas.terminate(ctx.operator, person.nik, ctx.done.quotas["2026"], reason, end=end,
                             note=note, **details)
    ctx.done.terminated += 1


def _plan_claims(ctx: _Ctx, people: list[Registration]) -> None:
    """Accidents and deaths in every state, following the claim rules: the market fire's
    victims died at their workplace, so their claims are JKK deaths (48x declared income),
    paid as proposed; accidents are paid their proposed income replacement. Each is
    reported the day after it happened, and moves on over the following weeks."""
    states = {"dilaporkan": 0, "dokumen_lengkap": 0, "diajukan": 0, "dibayar": 0,
              "ditolak": 0}
    ctx.done.claims = states
    pool = people[:max(10, len(people) // 10)]
    victims = _fire_victims(people)
    states["dibayar"] += len(victims)  # see _plan_fire
    accidents = [p for p in pool if p not in victims][:max(5, len(people) // 400)]
    order = list(states)
    for i, person in enumerate(accidents):
        incident = date(2026, 1, 5) + timedelta(days=(i * 11) % 280)
        target = order[i % len(order)]
        states[target] += 1
        _plan_claim(ctx, incident, target, partial(_report_accident, ctx, person, incident,
                                                   30 + 15 * (i % 9)))


def _report_accident(ctx: _Ctx, person: Registration, incident: date, days: int) -> str:
    return str(ctx.app.claims.report_claim(ctx.operator, person.nik, "JKK", incident,
                                           place=f"Kel. {person.kelurahan}",
                                           description="Kecelakaan kerja saat berjualan",
                                           days_unable=str(days))["claim"])


def _fire_victims(people: list[Registration]) -> list[Registration]:
    return people[:max(3, len(people) // 2000)]


def _plan_fire(ctx: _Ctx, people: list[Registration]) -> None:
    """The 2025 market fire: the traders died at their workplace, so each claim is a JKK
    death, reported and paid as proposed."""
    for i, person in enumerate(_fire_victims(people)):
        _plan_claim(ctx, FIRE, "dibayar", partial(
            _report_death, ctx, person, FIRE, "Pasar (kebakaran)", i))


def _report_death(ctx: _Ctx, person: Registration, day: date, place: str, i: int) -> str:
    """A death at the workplace: the JKK claim records the death itself (once)."""
    heir_birth = date(1975, 3, 1) + timedelta(days=i * 37 % 3000)
    heir_nik = f"7371{person.nik[4:6]}{heir_birth.day + 40:02d}{heir_birth:%m%y}{i % 9000 + 1:04d}"
    return str(ctx.app.claims.report_claim(
        ctx.operator, person.nik, "JKK", day, place=place, outcome="death",
        description="Meninggal dunia dalam musibah kebakaran pasar saat berjualan",
        heir_name=f"{FEMALE[i % len(FEMALE)]} {FAMILY[i % len(FAMILY)]}", heir_nik=heir_nik,
        heir_relation="istri" if person.sex == "L" else "anak")["claim"])


def _plan_claim(ctx: _Ctx, incident: date, state: str, report: Callable[[], str]) -> None:
    """A claim reported the day after `incident`, then taken to `state` by the rules, a
    step every week or two: coverage recorded after the incident is verified by a
    supervisor first, and BPJS pays the proposed amount."""
    reported = incident + timedelta(days=1)

    def reporting() -> None:
        code = report()
        claim = ctx.app.claims.get_claim(ctx.supervisor, code)
        if claim["state"] == "perlu_verifikasi":
            # Not `supervisor`, who typed the late paper list in (retroactively): the
            # second look at backdated coverage is another person's (`claim.own_enrolment`).
            ctx.app.claims.verify_claim(ctx.second_supervisor, code, True, "Data demo: "
                                        "kepesertaan dicocokkan dengan daftar kertas kelurahan")
        proposed = claim["proposed_amount"] or 0  # proposed when reported (None: no rule)
        steps = _claim_steps(ctx, code, list(claim["documents"]), proposed, state)
        for delay, step in zip(CLAIM_STEPS, steps, strict=False):
            ctx.on(min(reported + delay, ctx.today), step, at=time(10, 0))

    ctx.on(min(reported, ctx.today), reporting, at=time(10, 0))


def _claim_steps(ctx: _Ctx, code: str, documents: list[Any], amount: int,
                 state: str) -> list[Callable[[], Any]]:
    app = ctx.app
    steps: list[Callable[[], Any]] = [
        lambda: app.claims.receive_claim_documents(ctx.operator, code, documents),
        lambda: app.claims.submit_claim(ctx.supervisor, code,
                                        bpjs_reference=f"BPJS-MKS-{code[-6:]}"),
        lambda: app.claims.pay_claim(ctx.supervisor, code, amount) if state == "dibayar"
        else app.claims.reject_claim(ctx.supervisor, code, "Kejadian di luar jam dan lokasi kerja"),
    ]
    taken = {"dilaporkan": 0, "dokumen_lengkap": 1, "diajukan": 2}.get(state, 3)
    return steps[:taken]


PARTIES = ["Pemerintah Kota Makassar", "BPJS Ketenagakerjaan Cabang Makassar"]
MOU = "MOU/001/DISNAKER-BPJSTK/I/2024"


def _plan_agreements(ctx: _Ctx) -> None:
    """The MoU and each year's PKS registered when signed (the 2024 PKS, signed first, with
    its MoU), the MoU renewed in December 2025, the 2026 PKS's renewal proposed in
    November 2026."""
    app, who = ctx.app, ctx.supervisor
    ctx.on(date(2024, 1, 10), lambda: _register_mou(ctx))
    ctx.on(date(2025, 12, 15), lambda: app.agreements.renew_agreement(
        who, MOU, "2028-12-31", signed_on="2025-12-15", reference="ADD/01/MOU/XII/2025",
        note="Perpanjangan MoU 3 tahun"))
    for year, keys, end, registered in (
            ("2024", ["2024"], "2024-12-31", date(2024, 1, 10)),
            ("2025", ["2025"], "2025-12-31", date(2025, 1, 6)),
            ("2026", ["2026", "2026-JHT"], "2026-12-31", date(2026, 1, 6))):
        ctx.on(registered, partial(_register_pks, ctx, year, keys, end), at=time(9, 30))
    ctx.on(min(date(2026, 11, 2), ctx.today), lambda: app.agreements.propose_renewal(
        who, "PKS/2026/DISNAKER-BPJSTK", "2027-12-31",
        note="PKS 2026 berakhir 31 Desember: usulan perpanjangan 2027"))


def _register_mou(ctx: _Ctx) -> None:
    ctx.app.agreements.register_agreement(
        ctx.supervisor, MOU, "MOU", "Perlindungan jaminan sosial ketenagakerjaan pekerja "
        "rentan Kota Makassar", PARTIES, "2024-01-10", "2024-01-10", "2025-12-31",
        quotas=[ctx.done.quotas["2024"]])
    ctx.done.agreements.insert(0, MOU)


def _register_pks(ctx: _Ctx, year: str, keys: list[str], end: str) -> None:
    number = f"PKS/{year}/DISNAKER-BPJSTK"
    ctx.app.agreements.register_agreement(
        ctx.supervisor, number, "PKS", f"Pembayaran iuran pekerja rentan tahun {year}",
        PARTIES, f"{year}-01-05", f"{year}-01-01", end,
        programmes=("JKK", "JKM", "JHT") if year == "2026" else ("JKK", "JKM"),
        quotas=[ctx.done.quotas[k] for k in keys], parent=MOU)
    ctx.done.agreements.append(number)


# The Paritrana dossier's inputs. Regulations are the ones the press names; budget and
# workforce figures are the real ones scaled like the seats (JKK+JKM Rp16.800 and JHT
# Rp20.000 per worker per month); the head of office is fictional.
REGULATIONS = (
    ("Perwali", "62 Tahun 2018", "2018-09-03", "Perlindungan jaminan sosial "
     "ketenagakerjaan bagi pekerja rentan", "berlaku"),
    ("SE", "560/107/2023", "2023-02-14", "Kepesertaan pekerja rentan dalam program "
     "BPJS Ketenagakerjaan", "berlaku"),
    ("SE", "278/2025", "2025-05-20", "Perluasan perlindungan pekerja rentan melalui APBD-P "
     "2025", "berlaku"),
    ("Perda", "Ranperda Jamsosnaker 2026", "2026-03-02", "Penyelenggaraan jaminan sosial "
     "ketenagakerjaan di Kota Makassar", "rancangan"),
    # The national legal basis the local rules stand on.
    ("UU", "40 Tahun 2004", "2004-10-19", "Sistem Jaminan Sosial Nasional", "berlaku"),
    ("UU", "24 Tahun 2011", "2011-11-25", "Badan Penyelenggara Jaminan Sosial", "berlaku"),
    ("PP", "44 Tahun 2015", "2015-06-30", "Penyelenggaraan Program Jaminan Kecelakaan Kerja "
     "dan Jaminan Kematian", "berlaku"),
    ("PP", "82 Tahun 2019", "2019-12-03", "Perubahan atas PP 44 Tahun 2015", "berlaku"),
    ("Inpres", "2 Tahun 2021", "2021-03-25", "Optimalisasi Pelaksanaan Program Jaminan "
     "Sosial Ketenagakerjaan", "berlaku"),
)
# Universal coverage of all workers as BPJS Ketenagakerjaan reported it (the seeds' 50,5%
# and 63,47%), and the universe of non-wage earners (PBPU; scaled like the seats).
BPJS_COVERAGE = ((2024, "50,50", "BPJS Ketenagakerjaan Cabang Makassar, laporan 2024"),
                 (2025, "63,47", "BPJS Ketenagakerjaan Cabang Makassar, laporan 2025"))
PBPU = ((2024, 171_300), (2025, 176_900), (2026, 180_400))
# The letterhead's phone is fictional, like the head of office.
LETTERHEAD = ("Jl. Ahmad Yani No. 2, Makassar 90111", "(0411) 000000",
              "disnaker@makassarkota.go.id", "disnaker.makassarkota.go.id")
WORKFORCE = ((2024, 72_900), (2025, 128_350), (2026, 131_200))
TARGETS = ((2025, "60,00", "RPJMD Kota Makassar"), (2026, "72,50", "Target Pemkot 2026"))


def _plan_policies(ctx: _Ctx) -> None:
    """The office's facts, each recorded when it became known: the letterhead, the head of
    office and the regulations in force at the set-up, a regulation on the day it was
    issued, each year's budget when its DPA (or DPPA) passed and its payments on the day
    they were paid, Sakernas figures in November, coverage reports in February."""
    app, who = ctx.app, ctx.supervisor
    app.policies.record_letterhead(who, *LETTERHEAD)
    app.policies.record_head_of_office(who, "Andi Rahman Daeng Tayang, S.Sos., M.Si.",
                                       "197203151998031004", rank="Pembina Utama Muda (IV/c)")
    for regulation in REGULATIONS:
        issued = date.fromisoformat(regulation[2])
        if issued <= SET_UP:
            app.policies.record_regulation(who, *regulation)
        else:
            ctx.on(issued, partial(app.policies.record_regulation, who, *regulation), at=time(13,
                                                                                              0))
    ctx.done.policies = DemoPolicies(regulations=len(REGULATIONS), payments=0)
    _plan_budgets(ctx)
    for year, count in WORKFORCE:
        ctx.on(min(date(year, 11, 16), ctx.today), partial(
            app.policies.record_workforce, who, year, max(1, round(count * ctx.scale)),
            f"BPS Kota Makassar, Sakernas Agustus {year} (pekerja informal)"), at=time(13, 0))
    for year, count in PBPU:
        ctx.on(min(date(year, 11, 16), ctx.today), partial(
            app.policies.record_pbpu_universe, who, year, max(1, round(count * ctx.scale)),
            f"BPS Kota Makassar, Sakernas Agustus {year} (pekerja bukan penerima upah)"),
            at=time(13, 30))
    for year, percent, source in TARGETS:
        ctx.on(date(year - 1, 12, 20),
               partial(app.policies.set_coverage_target, who, year, percent, source), at=time(13,
                                                                                              0))
    for year, percent, source in BPJS_COVERAGE:
        ctx.on(date(year + 1, 2, 10),
               partial(app.policies.record_bpjs_coverage, who, year, percent, source), at=time(13,
                                                                                               0))


def _plan_budgets(ctx: _Ctx) -> None:
    budgets = {
        2024: [(ctx.seats(35_000) * 16_800 * 12, "DPA Disnaker APBD 2024", SET_UP)],
        2025: [(ctx.seats(35_782) * 16_800 * 12, "DPA Disnaker APBD 2025", date(2024, 12, 27)),
               ((ctx.seats(81_466) - ctx.seats(35_782)) * 16_800 * 6,
                "DPPA Disnaker APBD-P 2025", APBD_P_PROPOSED)],
        2026: [(ctx.seats(81_466) * 16_800 * 12 + ctx.seats(45_000) * 20_000 * 12,
                "DPA Disnaker APBD 2026", date(2025, 12, 29))],
    }
    for year, items in budgets.items():
        total = sum(amount for amount, _document, _day in items)
        for amount, document, day in items:
            ctx.on(day, partial(
                ctx.app.policies.allocate_budget, ctx.supervisor, year, amount, document),
            at=time(8, 30))
        for quarter in range(1, 5):
            paid_on = date(year, 3 * quarter, 25)
            if paid_on > ctx.today:
                break
            ctx.on(paid_on, partial(
                _pay, ctx, year, quarter, paid_on, total // 4), at=time(14, 0))


def _pay(ctx: _Ctx, year: int, quarter: int, paid_on: date, amount: int) -> None:
    ctx.app.policies.record_budget_payment(
        ctx.supervisor, year, amount, paid_on, f"SP2D/{year}/DISNAKER/{quarter:03d}",
        f"Iuran BPJS Ketenagakerjaan triwulan {quarter}",
        months=[f"{year}-{3 * quarter - m:02d}" for m in (2, 1, 0)])
    ctx.done.policies["payments"] += 1
