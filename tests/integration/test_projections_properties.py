"""Property: for any valid command sequence, the incrementally updated read models equal a
full rebuild, stats replayed `--as-of T` equal what stats said at T, and as-of answers made
from read-model checkpoints and a tail equal a full replay (the oracle) at any position."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from berjasa.bootstrap import open_store
from domain.errors import BerjasaError
from domain.services.app import Berjasa
from domain.services.session import Session
from projections import money, open_read_models, replay_as_of, replay_through
from projections.api import MembershipFilter
from projections.queries import COVERAGE_KEYS
from projections.replay import make_checkpoints, open_checkpoints
from projections.schema import TABLES
from tests import coverage_oracle
from tests.conftest import PASSWORD, enrol_from, fixed_clock
from tests.factories import worker_fields
from tests.legacy_events import index_events_as_version_1
from tests.opening import confirmed

COVERAGE_DAY = date(2026, 6, 15)
KECAMATAN = (("Panakkukang", "Pandang"), ("Tallo", "Tallo"), ("Mariso", "Lette"))
NAMES = ("Ahmad Bakri", "Siti Rahma", "Daeng Tiro", "Andi Baso", "Nurhayati")


@dataclass
class World:
    app: Berjasa
    admin: Session
    operator: Session
    supervisor: Session
    niks: list[str] = field(default_factory=list)
    quotas: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    agreements: list[str] = field(default_factory=list)
    released: list[str] = field(default_factory=list)

    def pick(self, items: list[str], seed: int) -> str | None:
        return items[seed % len(items)] if items else None


def register(w: World, seed: int) -> None:
    serial = len(w.niks) + 1
    kecamatan, kelurahan = KECAMATAN[seed % 3]
    fields = worker_fields(serial, sex="LP"[seed % 2], name=f"{NAMES[seed % 5]} {serial}",
                           kecamatan=kecamatan, kelurahan=kelurahan,
                           occupation=("Nelayan", "Pedagang Pasar", "Pengemudi Ojek")[seed % 3])
    w.niks.append(w.app.workers.register_worker(w.operator, **fields)["nik"])


def lookalike(w: World, seed: int) -> None:
    """A worker named as another may be (no serial in the name): possible duplicates."""
    serial = len(w.niks) + 1
    kecamatan, kelurahan = KECAMATAN[seed % 3]
    fields = worker_fields(serial, name=NAMES[seed % 5].upper() if seed % 2 else NAMES[seed % 5],
                           kecamatan=kecamatan, kelurahan=kelurahan,
                           occupation=("Guru Ngaji", "Astronot", "Ketua RT")[seed % 3])
    w.niks.append(w.app.workers.register_worker(w.operator, **fields)["nik"])


def decide_duplicate(w: World, seed: int) -> None:
    """A supervisor's decision: one record a duplicate of another, or different people."""
    first, second = w.pick(w.niks, seed), w.pick(w.niks, seed // 5)
    if first and second and first != second:
        if seed % 2:
            w.app.lifecycle.resolve_duplicate(w.supervisor, first, second, "NIK rusak",
                                              end=date(2026, 1 + seed % 11, 20))
        else:
            w.app.lifecycle.confirm_distinct(w.supervisor, [first, second], "orang berbeda")


def open_quota(w: World, seed: int) -> None:
    programmes = ("JKK,JKM", "JHT", "JKK,JKM,JHT")[seed % 3]
    opened = w.app.quotas.open_quota(w.supervisor, 2026, programmes, 1 + seed % 6)
    w.quotas.append(confirmed(w.app, opened)["quota"])


def enrol(w: World, seed: int) -> None:
    nik, quota = w.pick(w.niks, seed), w.pick(w.quotas, seed // 7)
    if nik and quota:
        enrol_from(w.app, w.operator, nik, quota, start=date(2026, 1 + seed % 12, 1 + seed % 28))


def terminate(w: World, seed: int) -> None:
    nik, quota = w.pick(w.niks, seed), w.pick(w.quotas, seed // 7)
    if nik and quota:
        w.app.quotas.terminate(w.operator, nik, quota, "moved", end=date(2026, 1 + seed % 11, 28),
                               domicile="Kabupaten Gowa")


def reenrol(w: World, seed: int) -> None:
    """Terminate, then enrol again after a gap: a worker's coverage in two pieces."""
    nik, quota = w.pick(w.niks, seed), w.pick(w.quotas, seed // 7)
    if nik and quota:
        end = date(2026, 1 + seed % 6, 10)
        with suppress(BerjasaError):
            w.app.quotas.terminate(w.operator, nik, quota, "moved", end=end, domicile="Maros")
        enrol_from(w.app, w.operator, nik, quota, start=end + timedelta(days=20 + seed % 90))


def death(w: World, seed: int) -> None:
    nik = w.pick(w.niks, seed)
    if nik:
        w.app.workers.record_death(w.operator, nik, date(2026, 1 + seed % 10, 10),
                                   "laporan keluarga")


def correct(w: World, seed: int) -> None:
    nik = w.pick(w.niks, seed)
    if nik:
        kecamatan, kelurahan = KECAMATAN[(seed + 1) % 3]
        w.app.workers.correct_worker(w.operator, nik, {"name": f"Koreksi {seed}",
                                                       "kecamatan": kecamatan,
                                               "kelurahan": kelurahan}, "salah ketik")


def correct_work(w: World, seed: int) -> None:
    """A new occupation (another segment, sometimes) and agent: coverage groups move."""
    nik = w.pick(w.niks, seed)
    if nik:
        w.app.workers.correct_worker(w.operator, nik, {
            "occupation": ("Nelayan", "Imam Masjid", "Pengemudi Ojek",
                           "Kader Posyandu")[seed % 4],
            "agent": ("", "Perisai Tallo 1", "Perisai Mariso 2")[seed % 3]}, "salah data")


def details(w: World, seed: int) -> None:
    nik = w.pick(w.niks, seed)
    if nik:
        w.app.workers.record_decile(w.operator, nik, 1 + seed % 10, "2026-03-01")
        w.app.workers.record_dukcapil(w.operator, nik, ("padan", "tidak_ditemukan")[seed % 2])


def change_seats(w: World, seed: int) -> None:
    quota = w.pick(w.quotas, seed)
    if quota:
        w.changes.append(w.app.quotas.propose_quota_change(w.operator, quota, 1 + seed % 5,
                                                           "APBD-P")["change"])


def decide(w: World, seed: int) -> None:
    change = w.pick(w.changes, seed)
    if change:
        w.app.quotas.decide_quota_change(w.supervisor, change, seed % 3 != 0, "keputusan")


def claim(w: World, seed: int) -> None:
    nik = w.pick(w.niks, seed)
    if nik:
        reported = w.app.claims.report_claim(w.operator, nik, "JKK", date(2026, 1 + seed % 10, 5),
                                             place="Pasar")
        w.claims.append(reported["claim"])


def death_claim(w: World, seed: int) -> None:
    """A JKM, or a JKK for a death at work: the death recorded by the claim (issue 18)."""
    nik = w.pick(w.niks, seed)
    if nik:
        outcome = {"outcome": "death"} if seed % 2 else {}
        reported = w.app.claims.report_claim(
            w.operator, nik, "JKK" if outcome else "JKM", date(2026, 1 + seed % 10, 12),
            heir_name="Ahli Waris", heir_nik="7371095505800002", heir_relation="istri",
            **outcome)
        w.claims.append(reported["claim"])


def claim_verify(w: World, seed: int) -> None:
    """A claim inside coverage recorded after its incident, confirmed or rejected."""
    code = w.pick(w.claims, seed)
    if code:
        w.app.claims.verify_claim(w.supervisor, code, seed % 3 != 0, "daftar kertas diperiksa")


def confirm_payment(w: World, seed: int) -> None:
    code = w.pick(w.claims, seed)
    if code:
        w.app.claims.confirm_claim_payment(w.admin, code)


def claim_progress(w: World, seed: int) -> None:
    code = w.pick(w.claims, seed)
    if code is None:
        return
    step = seed % 4
    if step == 0:
        missing = w.app.claims.get_claim(w.operator, code)["missing_documents"]
        w.app.claims.receive_claim_documents(w.operator, code, missing[: 1 + seed % 3])
    elif step == 1:
        w.app.claims.submit_claim(w.supervisor, code, "2026-11-01", "BPJS-REF")
    elif step == 2:
        # Far from a death claim's proposal: it waits for a second supervisor's confirmation.
        w.app.claims.pay_claim(w.supervisor, code, 1_000_000 + seed, "2026-11-10", "putusan BPJS")
    else:
        w.app.claims.reject_claim(w.supervisor, code, "tidak memenuhi syarat", "2026-11-10")


def agreement(w: World, seed: int) -> None:
    number = f"PKS/{len(w.agreements) + 1}/2026"
    w.app.agreements.register_agreement(w.supervisor, number, "PKS", "Kepesertaan BPU",
                             ["Pemkot Makassar", "BPJS Ketenagakerjaan"], "2026-01-05",
                             "2026-01-05", date(2026, 2 + seed % 11, 28), quotas=w.quotas[:1])
    w.agreements.append(number)


def renew(w: World, seed: int) -> None:
    number = w.pick(w.agreements, seed)
    if number:
        w.app.agreements.renew_agreement(w.supervisor, number, date(2027, 1 + seed % 12, 1),
                                         reference="ADD")


def tariff(w: World, seed: int) -> None:
    w.app.tariffs.set_tariff(w.admin, "JKK", date(2026, 1 + seed % 12, 1), 10000 + seed % 5000,
                             "PP 82/2019")


def correct_nik(w: World, seed: int) -> None:
    """A NIK corrected (its index moved), at times to a NIK released by an earlier
    correction (that index reassigned)."""
    nik = w.pick(w.niks, seed)
    if nik:
        free = [n for n in w.released if n[:-4] == nik[:-4]]
        new = free[seed % len(free)] if free and seed % 2 else f"{nik[:-4]}{9000 + seed % 900}"
        w.app.workers.correct_worker(w.operator, nik, {"nik": new}, "salah ketik NIK")
        w.niks[w.niks.index(nik)] = new
        w.released = [n for n in w.released if n != new] + [nik]


def kpj(w: World, seed: int) -> None:
    nik = w.pick(w.niks, seed)
    if nik:
        w.app.workers.assign_kpj(w.supervisor, nik, f"{seed % 7:011d}")


def retro_enrol(w: World, seed: int) -> None:
    """A supervisor's retroactive enrolment (recorded today, starting months ago)."""
    nik, quota = w.pick(w.niks, seed), w.pick(w.quotas, seed // 7)
    if nik and quota:
        w.app.quotas.enrol(w.supervisor, nik, quota, date(2026, 1 + seed % 10, 1 + seed % 28),
                           retroactive=True, reason="daftar kertas")


def jht_enrol(w: World, seed: int) -> None:
    """JHT added on top of JKK+JKM (refused without it; ends when its base ends)."""
    nik = w.pick(w.niks, seed)
    if nik:
        enrol_from(w.app, w.operator, nik, w.quotas[1], start=date(2026, 1 + seed % 11, 1))


def close_month(w: World, seed: int) -> None:
    w.app.periods.close_period(w.supervisor, f"2026-{1 + seed % 10:02d}", "rekonsiliasi selesai")


def corrected_enrol(w: World, seed: int) -> None:
    """An enrolment starting in a closed month, through an approved correction."""
    nik, quota, month = w.pick(w.niks, seed), w.pick(w.quotas, seed // 7), 1 + seed % 10
    if nik and quota:
        correction = w.app.periods.propose_period_correction(w.operator, f"2026-{month:02d}",
                                                             "tanggal mulai")["correction"]
        w.app.periods.decide_period_correction(w.admin, correction, True, "sesuai berkas")
        w.app.quotas.enrol(w.supervisor, nik, quota, date(2026, month, 1 + seed % 28),
                           retroactive=True, reason="koreksi", correction=correction)


def legacy(w: World, seed: int) -> None:
    """A command as the program before stamped index events recorded it (version 1)."""
    with index_events_as_version_1(w.app):
        (register, correct_nik, kpj)[seed % 3](w, seed // 3)


WEIGHTED = (register, register, open_quota, enrol, enrol, enrol, enrol, terminate, reenrol,
            reenrol, death,
            correct, correct_work, details, change_seats, decide, claim, claim, claim_progress,
            claim_progress, claim_progress, claim_progress, agreement, renew, tariff,
            correct_nik, kpj, legacy, legacy, lookalike, decide_duplicate, retro_enrol,
            retro_enrol, jht_enrol, jht_enrol, close_month, corrected_enrol, death_claim,
            claim_verify, confirm_payment)
COMMANDS: dict[str, Callable[[World, int], None]] = {f.__name__: f for f in WEIGHTED}
STEPS = st.lists(
    st.tuples(st.sampled_from([f.__name__ for f in WEIGHTED] + ["checkpoint"] * 3),
              st.integers(0, 10_000)),
    min_size=10, max_size=50)


def new_world(url: str = "memory:") -> World:
    app = fixed_clock(open_store(url))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = Session("admin", "admin", "uji-01")
    app.users.add_user(admin, "ani", "operator", PASSWORD)
    app.users.add_user(admin, "budi", "supervisor", PASSWORD)
    world = World(app, admin, Session("ani", "operator", "uji-02"),
                  Session("budi", "supervisor", "uji-03"))
    for seed in range(3):
        register(world, seed)
    world.quotas += [confirmed(app, app.quotas.open_quota(world.supervisor, 2026, p, 50))["quota"]
                     for p in ("JKK,JKM", "JHT")]
    for nik in world.niks[:2]:
        enrol_from(app, world.operator, nik, world.quotas[0], start="2026-01-01")
    return world


def table_dump(models: Any) -> dict[str, list[Any]]:
    """Every table; the audit trail through the queries: as-of read models made from a
    checkpoint hold only its tail, the earlier lines being the live read models'."""
    tables: dict[str, list[Any]] = {
        name: models.database.query(f"SELECT * FROM {name} ORDER BY 1, 2")
        for name in TABLES if name not in ("rm_meta", "rm_audit")}
    trail = models.audit_trail(limit=10**6)
    assert trail.total == len(trail.rows)
    tables["rm_audit"] = trail.rows
    return tables


def answers(models: Any) -> dict[str, Any]:
    return {
        "stats": models.stats(COVERAGE_DAY),
        "members": models.membership_page(MembershipFilter(), limit=1000, on=COVERAGE_DAY),
        "quotas": models.quotas(), "claims": models.claims(),
        "agreements": models.agreements(COVERAGE_DAY),
        "coverage": models.coverage_series(2026, by="kecamatan"),
        "audit": models.audit_trail(limit=10_000),
        "duplicates": models.possible_duplicates(),
    }


SPANS = ((date(2026, 1, 1), date(2026, 1, 1)), (date(2026, 6, 15), date(2026, 6, 15)),
         (date(2026, 1, 1), date(2026, 12, 31)), (date(2026, 3, 1), date(2026, 5, 31)),
         (date(2025, 12, 1), date(2027, 1, 31)), (date(2026, 12, 31), date(2026, 12, 31)))
GROUPINGS = ((), ("kecamatan", "segment", "sex"), ("segment", "occupation", "kecamatan", "agent"),
             ("kelurahan",), ("sex", "kecamatan"))


def assert_coverage_as_computed_from_enrolments(
    models: Any, span: tuple[date, date],
) -> None:
    """The incremental coverage tables answer what the query-time join over rm_enrolment
    and rm_member answered (tests.coverage_oracle)."""
    database = models.database
    for year in (2025, 2026):
        for by in (None, *COVERAGE_KEYS):
            assert (models.coverage_series(year, by=by)
                    == coverage_oracle.coverage_series(database, year, by)), (year, by)
    for since, until in (*SPANS, span):
        for by in GROUPINGS:
            assert (models.coverage_counts(since, until, by)
                    == coverage_oracle.coverage_counts(database, since, until, by)), (
                since, until, by)


def assert_money_as_counted_from_enrolments(models: Any) -> None:
    """The quotas' member counts kept in rm_money are those counted from rm_enrolment at
    query time (`money._count_members`, the oracle)."""
    database = models.database
    quotas = {q["quota"]: tuple(q["programmes"]) for q in money.quota_rows(database)}
    kept = money.stored_counts(database)
    assert kept is not None
    assert _nonzero(kept) == _nonzero(money._count_members(database, quotas))


def _nonzero(counts: dict[str, Any]) -> dict[str, Any]:
    found = {quota: tuple({k: v for k, v in part.items() if v}
                          for part in (c.bundle, c.programme, c.members))
             for quota, c in counts.items()}
    return {quota: parts for quota, parts in found.items() if any(parts)}


# Checkpoints this often: a history of a few dozen events has several, so both an empty
# tail (a position on a checkpoint) and long ones are taken.
CHECKPOINT_EVERY = 4


def assert_as_of_equals_full_replay(world: World, positions: list[int],
                                    moments: list[datetime]) -> None:
    """At each position (and recorded moment) the as-of read models made from the newest
    checkpoint and the tail after it hold what replaying the whole log holds."""
    store = open_checkpoints(world.app.application)
    try:
        made = [position for position, _size, _stored in store.sizes()]
    finally:
        store.close()
    head = world.app.application.head_position()
    assert made == list(range(CHECKPOINT_EVERY, head + 1, CHECKPOINT_EVERY))
    now = datetime.now(UTC)
    for position in (*positions, *made[-1:]):
        assert_same(replay_through(world.app.application, position, now),
                    replay_through(world.app.application, position, now, checkpoints=False))
    for moment in moments:
        assert_same(replay_as_of(world.app.application, moment),
                    replay_as_of(world.app.application, moment, checkpoints=False))


def assert_same(from_checkpoint: Any, oracle: Any) -> None:
    try:
        assert_money_as_counted_from_enrolments(from_checkpoint)
        assert from_checkpoint.position() == oracle.position()
        assert table_dump(from_checkpoint) == table_dump(oracle)
        assert answers(from_checkpoint) == answers(oracle)
    finally:
        from_checkpoint.close()
        oracle.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=STEPS, first=st.integers(0, 364), length=st.integers(0, 120),
       picks=st.lists(st.floats(0, 1), min_size=1, max_size=3))
def test_incremental_equals_rebuild_and_as_of_equals_then(
    steps: list[tuple[str, int]], first: int, length: int, picks: list[float],
) -> None:
    since = date(2026, 1, 1) + timedelta(days=first)
    span = (since, since + timedelta(days=length))
    world = new_world()
    models = open_read_models(world.app.application)
    models.runner.batch_size = 7  # many small batches: rows cached across batches
    said_then: list[tuple[datetime, dict[str, Any]]] = []
    try:
        for name, seed in steps:
            if name == "checkpoint":
                models.catch_up()
                make_checkpoints(world.app.application, every=CHECKPOINT_EVERY, keep=0)
                said_then.append((datetime.now(UTC), models.stats(COVERAGE_DAY)))
                assert_coverage_as_computed_from_enrolments(models, span)
                assert_money_as_counted_from_enrolments(models)
                continue
            with suppress(BerjasaError):  # a refused command records nothing; go on
                COMMANDS[name](world, seed)
        models.catch_up()
        assert_coverage_as_computed_from_enrolments(models, span)
        assert_money_as_counted_from_enrolments(models)
        incremental, incremental_answers = table_dump(models), answers(models)
        models.rebuild()
        assert table_dump(models) == incremental
        assert answers(models) == incremental_answers
        # Every index event, stamped or not (version 1), names who made it.
        assert models.audit_trail(actor="-", event_type="Indeks", limit=10_000).rows == []
        for moment, stats in said_then:
            replayed = replay_as_of(world.app.application, moment)
            try:
                assert replayed.stats(COVERAGE_DAY) == stats
            finally:
                replayed.close()
        make_checkpoints(world.app.application, every=CHECKPOINT_EVERY, keep=0)
        head = world.app.application.head_position()
        assert_as_of_equals_full_replay(world, [round(p * head) for p in picks],
                                        [moment for moment, _stats in said_then])
    finally:
        models.close()
        world.app.close()
