"""A realistic, deterministic demo history built through the services (same seed, same store).

Seat scaling: with N workers below 100,000 every quota's seats are the real figure times
N / 100,000 (at least 1), so a 200-worker demo keeps the real proportions (2024: 35,000
→ 70 seats; 2025: 35,782 raised to 81,466 → 72 raised to 163; 2026 JHT 45,000 → 90).
The 2025 increase is APBD-P money: it takes effect on 1 July 2025, and the pagu recorded
for 2025 is exactly the quota's need (its seat-months x Rp16.800).
From 100,000 workers on, the seats are the real figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from domain.errors import StoreError, ValidationError
from domain.reference import known_occupations
from domain.registration import Registration, validate_registration
from domain.services.app import Berjasa
from domain.services.session import Session
from domain.wilayah import all_kecamatan

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


def jht_priority_by_decile(max_decile: int = 3) -> Callable[[Registration], bool]:
    """The 2026 JHT priority rule (DTSEN deciles 1–max first); unconfirmed, so a parameter."""
    return lambda r: r.decile is not None and r.decile <= max_decile


@dataclass(frozen=True)
class _Ctx:
    app: Berjasa
    admin: Session
    operator: Session
    supervisor: Session
    second_supervisor: Session  # confirms what `supervisor` opens (issue 23)
    rng: random.Random
    scale: float

    def seats(self, real: int) -> int:
        return max(1, round(real * self.scale))


def build_demo(
    app: Berjasa, workers: int, seed: int = 2026, admin_password: str = DEMO_PASSWORD,
    jht_priority: Callable[[Registration], bool] | None = None,
) -> dict[str, Any]:
    """Users, quotas, workers, enrolments, terminations, claims and MoU/PKS in a fresh store."""
    if not WORKERS_RANGE[0] <= workers <= WORKERS_RANGE[1]:
        raise ValidationError("demo.workers_range", value=workers, low=WORKERS_RANGE[0],
                              high=WORKERS_RANGE[1])
    if app.is_initialised() or app.recorder.max_notification_id():
        raise StoreError("demo.store_not_empty", store=app.store_label)
    app.initialise_store("admin", admin_password, WORKSTATION, full_name="Admin Disnaker")
    admin = app.sign_in("admin", admin_password, WORKSTATION)
    for name, role, full in USERS:
        app.add_user(admin, name, role, admin_password, full_name=full)
    ctx = _Ctx(app, admin, app.sign_in("ani", admin_password, WORKSTATION),
               app.sign_in("budi", admin_password, WORKSTATION),
               app.sign_in("citra", admin_password, WORKSTATION), random.Random(seed),
               min(1.0, workers / REAL_SCALE))
    people = _people(ctx, workers)
    quotas = _quotas_and_enrolments(ctx, people, jht_priority or jht_priority_by_decile())
    _register_waiting_list(ctx, people)
    terminated = _terminations(ctx, people, quotas["2026"])
    claims = _claims(ctx, people)
    agreements = _agreements(ctx, quotas)
    policies = _policies(ctx)
    closed = _close_periods(ctx)
    return {"workers": len(people), "users": 1 + len(USERS), "quotas": quotas,
            "terminated": terminated, "claims": claims, "agreements": agreements,
            "policies": policies, "closed_periods": closed, "admin": "admin", "seed": seed}


@contextmanager
def _recorded_on(ctx: _Ctx, day: date) -> Iterator[None]:
    """Record what follows as on `day` (never after today): the demo's history is the
    office's work as it happened, enrolments recorded on the day their coverage starts."""
    app, calendar = ctx.app, ctx.app.calendar
    when = min(day, calendar())
    app.calendar = lambda: when
    try:
        yield
    finally:
        app.calendar = calendar


# Months the office billed, reconciled, paid and then closed (issue 16).
CLOSED_YEAR = 2024


def _close_periods(ctx: _Ctx) -> int:
    closed = 0
    for month in range(1, 13):
        ctx.app.close_period(ctx.supervisor, f"{CLOSED_YEAR}-{month:02d}",
                             f"Iuran {CLOSED_YEAR} ditagih, direkonsiliasi dan dibayar")
        closed += 1
    return closed


def _people(ctx: _Ctx, count: int) -> list[Registration]:
    places = [(k, kel) for k in all_kecamatan() for kel in k.kelurahan]
    occupations = known_occupations()
    weights = [12 if o in ("Pedagang Pasar", "Buruh Harian Lepas", "Pengemudi Ojek",
                           "Nelayan") else 3 for o in occupations]
    today, seen = ctx.app.calendar(), set()
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
        ctx.app.register_batch(ctx.operator, people[first:first + BATCH],
                               reason="Data demo: belum mendapat kuota")


def _enrol(ctx: _Ctx, people: list[Registration], quota: str, start: date,
           recorded: date | None = None) -> int:
    """Enrol `people` from `start`, recorded on `start`; recorded later (`recorded`), it is
    a supervisor's retroactive enrolment of a paper list typed in after the fact."""
    late = recorded is not None and recorded > start
    who, reason = ((ctx.supervisor, "Input menyusul dari daftar kertas APBD-P") if late
                   else (ctx.operator, "Data demo"))
    enrolled = 0
    with _recorded_on(ctx, recorded or start):
        for first in range(0, len(people), BATCH):
            outcome = ctx.app.enrol_batch(who, people[first:first + BATCH], quota, start,
                                          reason=reason, retroactive=late)
            enrolled += len(outcome.enrolled)
    return enrolled


def _open(ctx: _Ctx, year: int, programmes: str, real: int, label: str,
          priority: str | None = None) -> str:
    code = str(ctx.app.open_quota(ctx.supervisor, year, programmes, ctx.seats(real),
                                  basis=f"DPA Disnaker APBD {year}", label=label,
                                  priority=priority)["quota"])
    # A second person for every seat: another supervisor confirms the opening.
    ctx.app.decide_quota_opening(ctx.second_supervisor, code, True, "Sesuai DPA")
    return code


def _quotas_and_enrolments(ctx: _Ctx, people: list[Registration],
                           jht_priority: Callable[[Registration], bool]) -> dict[str, str]:
    q2024 = _open(ctx, 2024, "JKK,JKM", 35_000, "Pekerja rentan 2024")
    _enrol(ctx, people[:ctx.seats(35_000)], q2024, date(2024, 1, 1))
    q2025 = _open(ctx, 2025, "JKK,JKM", 35_782, "Pekerja rentan 2025")
    _enrol(ctx, people[:ctx.seats(35_782)], q2025, date(2025, 1, 1))
    change = ctx.app.propose_quota_change(ctx.operator, q2025, ctx.seats(81_466) - ctx.seats(
        35_782), "Penambahan 45.684 pekerja rentan melalui APBD-P 2025",
        effective=date(2025, 7, 1))["change"]
    ctx.app.decide_quota_change(ctx.supervisor, change, True, "Disetujui sesuai DPPA APBD-P")
    _enrol(ctx, people[ctx.seats(35_782):ctx.seats(81_466)], q2025, date(2025, 7, 1),
           recorded=date(2025, 7, 14))
    _fire(ctx, people)  # recorded before 2026: the dead are never enrolled again
    q2026 = _open(ctx, 2026, "JKK,JKM", 81_466, "Pekerja rentan 2026")
    covered_2026 = people[:ctx.seats(81_466)]
    _enrol(ctx, covered_2026, q2026, date(2026, 1, 1))
    jht = _open(ctx, 2026, "JHT", 45_000, "JHT pekerja rentan 2026 (prioritas desil 1–3)",
                priority="decile")
    # JHT only on top of JKK+JKM: taken from the 2026 JKK+JKM members, priority first.
    ranked = sorted(covered_2026, key=lambda r: not jht_priority(r))  # stable sort
    _enrol(ctx, ranked[:ctx.seats(45_000)], jht, date(2026, 1, 1))
    return {"2024": q2024, "2025": q2025, "2026": q2026, "2026-JHT": jht}


def _terminations(ctx: _Ctx, people: list[Registration], quota: str) -> int:
    count = max(2, len(people) // 100)
    chosen = people[len(people) // 2:][:count]
    for i, person in enumerate(chosen):
        reason = "moved" if i % 2 else "formal"
        note = "Pindah domisili ke luar Makassar" if i % 2 else "Menjadi pekerja penerima upah"
        details = ({"domicile": DOMICILES[i % len(DOMICILES)]} if i % 2
                   else {"employer": EMPLOYERS[i % len(EMPLOYERS)]})
        ctx.app.terminate(ctx.operator, person.nik, quota, reason,
                          end=date(2026, 3 + i % 6, 1 + i % 27), note=note, **details)
    return len(chosen)


def _claims(ctx: _Ctx, people: list[Registration]) -> dict[str, int]:
    """Accidents and deaths in every state, following the claim rules: the market fire's
    victims died at their workplace, so their claims are JKK deaths (48x declared income),
    paid as proposed; accidents are paid their proposed income replacement."""
    app, states = ctx.app, {"dilaporkan": 0, "dokumen_lengkap": 0, "diajukan": 0,
                            "dibayar": 0, "ditolak": 0}
    pool = people[:max(10, len(people) // 10)]
    victims = _fire_victims(people)
    states["dibayar"] += len(victims)  # see _fire
    accidents = [p for p in pool if p not in victims][:max(5, len(people) // 400)]
    order = list(states)
    for i, person in enumerate(accidents):
        incident = date(2026, 1, 5) + timedelta(days=(i * 11) % 280)
        code = app.report_claim(ctx.operator, person.nik, "JKK", incident,
                                place=f"Kel. {person.kelurahan}",
                                description="Kecelakaan kerja saat berjualan",
                                days_unable=str(30 + 15 * (i % 9)))["claim"]
        target = order[i % len(order)]
        _advance(ctx, code, target)
        states[target] += 1
    return states


def _fire_victims(people: list[Registration]) -> list[Registration]:
    return people[:max(3, len(people) // 2000)]


def _fire(ctx: _Ctx, people: list[Registration]) -> None:
    """The 2025 market fire: the traders died at their workplace, so each claim is a JKK
    death, reported and paid as proposed."""
    for i, person in enumerate(_fire_victims(people)):
        code = _report_death(ctx, person, FIRE, "Pasar (kebakaran)", i)
        _advance(ctx, code, "dibayar")


def _report_death(ctx: _Ctx, person: Registration, day: date, place: str, i: int) -> str:
    """A death at the workplace: the JKK claim records the death itself (once)."""
    heir_birth = date(1975, 3, 1) + timedelta(days=i * 37 % 3000)
    heir_nik = f"7371{person.nik[4:6]}{heir_birth.day + 40:02d}{heir_birth:%m%y}{i % 9000 + 1:04d}"
    return str(ctx.app.report_claim(
        ctx.operator, person.nik, "JKK", day, place=place, outcome="death",
        description="Meninggal dunia dalam musibah kebakaran pasar saat berjualan",
        heir_name=f"{FEMALE[i % len(FEMALE)]} {FAMILY[i % len(FAMILY)]}", heir_nik=heir_nik,
        heir_relation="istri" if person.sex == "L" else "anak")["claim"])


def _advance(ctx: _Ctx, code: str, state: str) -> None:
    """Take a claim to `state` by the rules: coverage recorded after the incident (the
    demo enters past years' rosters today) is verified by a supervisor first, and BPJS
    pays the proposed amount."""
    app = ctx.app
    claim = app.get_claim(ctx.supervisor, code)
    if claim["state"] == "perlu_verifikasi":
        app.verify_claim(ctx.supervisor, code, True,
                         "Data demo: kepesertaan dicocokkan dengan daftar kertas kelurahan")
    if state == "dilaporkan":
        return
    app.receive_claim_documents(ctx.operator, code, list(claim["documents"]))
    if state == "dokumen_lengkap":
        return
    app.submit_claim(ctx.supervisor, code, bpjs_reference=f"BPJS-MKS-{code[-6:]}")
    if state == "dibayar":
        app.pay_claim(ctx.supervisor, code, int(claim["proposed_amount"]))
    elif state == "ditolak":
        app.reject_claim(ctx.supervisor, code, "Kejadian di luar jam dan lokasi kerja")


def _agreements(ctx: _Ctx, quotas: dict[str, str]) -> list[str]:
    app, who = ctx.app, ctx.supervisor
    parties = ["Pemerintah Kota Makassar", "BPJS Ketenagakerjaan Cabang Makassar"]
    mou = "MOU/001/DISNAKER-BPJSTK/I/2024"
    app.register_agreement(who, mou, "MOU", "Perlindungan jaminan sosial ketenagakerjaan "
                           "pekerja rentan Kota Makassar", parties, "2024-01-10", "2024-01-10",
                           "2025-12-31", quotas=[quotas["2024"]])
    app.renew_agreement(who, mou, "2028-12-31", signed_on="2025-12-15",
                        reference="ADD/01/MOU/XII/2025", note="Perpanjangan MoU 3 tahun")
    numbers = [mou]
    for year, keys, end in (("2024", ["2024"], "2024-12-31"), ("2025", ["2025"], "2025-12-31"),
                            ("2026", ["2026", "2026-JHT"], "2026-12-31")):
        number = f"PKS/{year}/DISNAKER-BPJSTK"
        app.register_agreement(
            who, number, "PKS", f"Pembayaran iuran pekerja rentan tahun {year}", parties,
            f"{year}-01-05", f"{year}-01-01", end,
            programmes=("JKK", "JKM", "JHT") if year == "2026" else ("JKK", "JKM"),
            quotas=[quotas[k] for k in keys], parent=mou)
        numbers.append(number)
    app.propose_renewal(who, "PKS/2026/DISNAKER-BPJSTK", "2027-12-31",
                        note="PKS 2026 berakhir 31 Desember: usulan perpanjangan 2027")
    return numbers


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


def _policies(ctx: _Ctx) -> dict[str, int]:
    app, who = ctx.app, ctx.supervisor
    for kind, number, issued, subject, status in REGULATIONS:
        app.record_regulation(who, kind, number, issued, subject, status)
    budgets = {
        2024: [(ctx.seats(35_000) * 16_800 * 12, "DPA Disnaker APBD 2024")],
        2025: [(ctx.seats(35_782) * 16_800 * 12, "DPA Disnaker APBD 2025"),
               ((ctx.seats(81_466) - ctx.seats(35_782)) * 16_800 * 6,
                "DPPA Disnaker APBD-P 2025")],
        2026: [(ctx.seats(81_466) * 16_800 * 12 + ctx.seats(45_000) * 20_000 * 12,
                "DPA Disnaker APBD 2026")],
    }
    payments = 0
    today = app.calendar()
    for year, items in budgets.items():
        total = sum(amount for amount, _document in items)
        for amount, document in items:
            app.allocate_budget(who, year, amount, document)
        for quarter in range(1, 5):
            paid_on = date(year, 3 * quarter, 25)
            if paid_on > today:
                break
            app.record_budget_payment(who, year, total // 4, paid_on,
                                      f"SP2D/{year}/DISNAKER/{quarter:03d}",
                                      f"Iuran BPJS Ketenagakerjaan triwulan {quarter}",
                                      months=[f"{year}-{3 * quarter - m:02d}"
                                              for m in (2, 1, 0)])
            payments += 1
    for year, count in WORKFORCE:
        app.record_workforce(who, year, max(1, round(count * ctx.scale)),
                             f"BPS Kota Makassar, Sakernas Agustus {year} (pekerja informal)")
    for year, percent, source in TARGETS:
        app.set_coverage_target(who, year, percent, source)
    for year, percent, source in BPJS_COVERAGE:
        app.record_bpjs_coverage(who, year, percent, source)
    for year, count in PBPU:
        app.record_pbpu_universe(who, year, max(1, round(count * ctx.scale)),
                                 f"BPS Kota Makassar, Sakernas Agustus {year} (pekerja "
                                 "bukan penerima upah)")
    app.record_letterhead(who, *LETTERHEAD)
    app.record_head_of_office(who, "Andi Rahman Daeng Tayang, S.Sos., M.Si.",
                              "197203151998031004",
                              rank="Pembina Utama Muda (IV/c)")
    return {"regulations": len(REGULATIONS), "payments": payments}
