"""Benchmark of the projections: rebuild, as-of replay, membership page.

    python -m bench.bench_projections --events 1000000 [--dir DIR] [--repeat 2] [--every N]
                                      [--no-floor] [--rebuild-only]

Generates a history of at least `--events` events on a SQLite file (real aggregates saved
through `app.application.save` in batches, about nine events per worker: registration, NIK index,
enrolment and seat, decile, Dukcapil, KPJ and its index, some JHT enrolments and
terminations), then prints each figure beside a baseline measured in the same run:

- rebuild throughput (events/s) vs eventsourcing's raw `select_notifications` read of the
  same log (and, for context, read + `mapper.to_domain_event` decode);
- an `--as-of` replay to the middle of the history vs the full rebuild; the as-of questions
  at the start, the middle and the end from read-model checkpoints (issue 21) beside it, what
  making the checkpoints costs (from scratch vs the rebuild; one more, per event) and the
  read models' and checkpoints' size per event;
- a filtered, sorted membership page over 100,000+ workers vs a plain SQLite query on an
  indexed table of the same size;
- the storage floor of a rebuild: the time SQLite alone takes to write the rows the rebuild
  produced (copied from the rebuilt read models into an empty file with the same schema and
  settings, in transactions of 20,000 rows, then the secondary indexes), no event read or
  decoded; no rebuild that writes these rows can be faster than the raw read plus this.

`--rebuild-only` stops after the raw reads, the rebuilds and the floor (the figures of the
Structure issue's target), skipping the as-of and membership figures.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import eventsourcing.domain

from berjasa.bootstrap import open_store
from domain.model.common import Stamp
from domain.model.ids import AggregateIds
from domain.model.indeks import index_entry
from domain.model.kuota import Kuota
from domain.model.peserta import Peserta
from domain.reference import known_occupations
from domain.services.app import Berjasa
from domain.wilayah import all_kecamatan
from projections import checkpoints, money, open_read_models, replay_as_of, replay_through
from projections.api import MembershipFilter
from projections.checkpoints import CHECKPOINT_EVERY
from projections.replay import make_checkpoints, open_checkpoints
from projections.rows import RowCache
from projections.runner import LIVE_BATCH, Runner
from projections.schema import INDEXES, SQLITE_WITHOUT_ROWID, TABLES, create_table_sql
from projections.sqlstore import Database, open_sqlite_file, read_models_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the `tests` helpers

from tests.opening import confirmed

FIRST = ("Ahmad", "Andi", "Muhammad", "Siti", "Nur", "Rahmat", "Daeng", "Sitti", "Fatimah",
         "Abdul", "Hasanuddin", "Rahma", "Irwan", "Sri", "Baso", "Besse", "Syamsul", "Hajrah")
LAST = ("Bakri", "Rahman", "Hidayat", "Tiro", "Baso", "Latif", "Syarif", "Amin", "Said",
        "Makmur", "Kadir", "Halim", "Yusuf", "Nasir", "Ramli", "Saleh", "Hamzah", "Jufri")
STAMP = Stamp("bench", "bench-01", "")
SAVE_BATCH = 400


def log(text: str) -> None:
    print(text, flush=True)


# --- generating the history --------------------------------------------------------------


def nik_for(index: int, kecamatan: int, sex: str) -> tuple[str, date]:
    birth = date(1960, 1, 1) + timedelta(days=(index // 9000) * 577 % 16000)
    day = birth.day + (40 if sex == "P" else 0)
    serial = index % 9000 + 1
    return f"7371{kecamatan:02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}", birth


def new_worker(index: int, rng: random.Random, quotas: list[Kuota], ids: AggregateIds
               ) -> list[Any]:
    """A worker under the store's own ids (`app.application.ids`: keyed for a new store)."""
    region = rng.choice(all_kecamatan())
    sex = rng.choice("LP")
    nik, birth = nik_for(index, int(region.code[-2:]), sex)
    worker = Peserta(
        id=ids.worker(nik), nik=nik, name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {index}",
        sex=sex, birth_date=birth, kecamatan=region.name,
        kelurahan=rng.choice(region.kelurahan), occupation=rng.choice(known_occupations()),
        disability=rng.random() < 0.03, decile=rng.randint(1, 10), decile_as_of=None,
        phone="", agent="", kk="", stamp=STAMP)
    start = date(2026, rng.randint(1, 12), 1)
    worker.enrol(quotas[0].code, quotas[0].programmes, start, quotas[0].period_end, STAMP)
    quotas[0].take_seats([worker.id.hex], STAMP)
    worker.record_decile(rng.randint(1, 10), date(2026, 3, 1), "DTSEN", STAMP)
    worker.record_dukcapil("padan", date(2026, 4, 1), STAMP)
    kpj = f"{index:011d}"
    worker.assign_kpj(kpj, STAMP)
    touched: list[Any] = [worker,
                          index_entry(ids.index("nik", nik), "nik", nik, worker.id, STAMP),
                          index_entry(ids.index("kpj", kpj), "kpj", kpj, worker.id, STAMP)]
    if index % 3 == 0:
        worker.enrol(quotas[1].code, quotas[1].programmes, start, quotas[1].period_end, STAMP)
        quotas[1].take_seats([worker.id.hex], STAMP)
    if index % 10 == 0:
        worker.terminate(quotas[0].code, min(start + timedelta(days=90), date(2026, 12, 31)),
                         "moved", STAMP)
        quotas[0].release_seats([worker.id.hex], STAMP)
    return touched


class RecordedClock:
    """A history that happened over time: each saved batch is recorded `STEP` after the one
    before, from `FIRST` (a real store's times come from the clock; here the generator
    stands in for two years of clerks), so an as-of question reads a past rather than the
    same minute, whose 60 s of slack would scan the whole log."""

    FIRST = datetime(2024, 1, 2, 1, tzinfo=UTC)
    STEP = timedelta(hours=2)

    def __init__(self) -> None:
        self.moment = self.FIRST

    @contextmanager
    def next_batch(self) -> Iterator[None]:
        real = eventsourcing.domain.datetime_now_with_tzinfo
        eventsourcing.domain.datetime_now_with_tzinfo = lambda: self.moment
        try:
            yield
        finally:
            eventsourcing.domain.datetime_now_with_tzinfo = real
            self.moment += self.STEP


def generate(app: Berjasa, events: int, clock: RecordedClock | None = None) -> int:
    """Workers saved in batches; with `clock`, each batch recorded after the one before."""
    batch_time = clock.next_batch if clock is not None else nullcontext
    with batch_time():
        admin = app.users.sign_in("admin", "rahasia-bench-123", "bench-01")
        codes = [confirmed(app, app.quotas.open_quota(admin, 2026, p, 1_000_000))["quota"]
                 for p in ("JKK,JKM", "JHT")]
    quotas = [app.quotas.quota(code) for code in codes]
    rng, index, started = random.Random(2026), 0, time.perf_counter()
    while app.application.head_position() < events:
        batch: list[Any] = []
        with batch_time():
            for _ in range(SAVE_BATCH):
                index += 1
                batch += new_worker(index, rng, quotas, app.application.ids)
            app.application.save(*batch, *quotas)
        if index % 20_000 == 0:
            log(f"  generated {app.application.head_position():,} events ({index:,} workers) in "
                f"{time.perf_counter() - started:.0f} s")
    return index


# --- measuring ---------------------------------------------------------------------------


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def raw_read(app: Berjasa, decode: bool, stop: int | None = None) -> int:
    count, after, page = 0, 0, 5000
    while True:
        notifications = app.application.recorder.select_notifications(after + 1, page, stop=stop)
        if decode:
            for notification in notifications:
                app.application.mapper.to_domain_event(notification)
        count += len(notifications)
        if len(notifications) < page:
            return count
        after = notifications[-1].id


def storage_floor(source: Database, target: Path, chunk: int = 20_000) -> dict[str, float]:
    """Seconds SQLite takes, per table, to write `source`'s rows into an empty `target` (same
    schema and connection settings as the read models) and build the table's indexes;
    reading the rows from `source` is not counted."""
    made = [target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")]
    for leftover in made:
        leftover.unlink(missing_ok=True)
    database, seconds = open_sqlite_file(target), dict.fromkeys(TABLES, 0.0)
    with database.batch() as writer:
        for name in TABLES:
            writer.execute(create_table_sql(name, "sqlite"))
    for name in TABLES:
        for rows in _chunks(source, name, chunk):
            marks = ", ".join("?" for _ in rows[0])
            started = time.perf_counter()
            with database.batch() as writer:
                writer.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)
            seconds[name] += time.perf_counter() - started
    for index, on in INDEXES.items():
        started = time.perf_counter()
        with database.batch() as writer:
            writer.execute(f"CREATE INDEX {index} ON {on}")
        seconds[on.split()[0]] += time.perf_counter() - started
    database.close()
    for leftover in made:
        leftover.unlink(missing_ok=True)
    return seconds


def _chunks(source: Database, name: str, chunk: int) -> Iterator[list[tuple[Any, ...]]]:
    """`name`'s rows in its stored order, `chunk` at a time (by rowid; WITHOUT ROWID tables,
    whose key is their order, by offset)."""
    if name in SQLITE_WITHOUT_ROWID:
        offset = 0
        while rows := source.query(f"SELECT * FROM {name} LIMIT ? OFFSET ?", (chunk, offset)):
            offset += len(rows)
            yield rows
        return
    after = -1
    while rows := source.query(f"SELECT rowid, * FROM {name} WHERE rowid > ? "
                               f"ORDER BY rowid LIMIT ?", (after, chunk)):
        after = rows[-1][0]
        yield [row[1:] for row in rows]


def floor_figures(database: Database, target: Path, head: int, raw_s: float) -> None:
    floors = storage_floor(database, target)
    floor_s, audit_s = sum(floors.values()), floors["rm_audit"]
    log(f"storage floor (rows + indexes): {floor_s:>10.1f} s = {floor_s / raw_s:.1f}x the raw "
        f"read (the audit trail {audit_s:.1f} s); a 50% rebuild has {2 * raw_s:.1f} s for all")
    for label, seconds in (("read + floor", raw_s + floor_s),
                           ("read + floor without audit", raw_s + floor_s - audit_s)):
        log(f"  bound, {label:<26}: {head / seconds:>10,.0f} events/s = "
            f"{raw_s / seconds:.0%} of raw read (no Python work at all)")


def median_ms(work: Callable[[], Any], repeat: int = 25) -> float:
    work()  # warm the caches once
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def plain_table(path: Path, workers: int) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE IF NOT EXISTS plain (id INTEGER PRIMARY KEY, name TEXT, "
                       "kecamatan TEXT)")
    connection.execute("DELETE FROM plain")
    rng, names = random.Random(1), [k.name for k in all_kecamatan()]
    connection.executemany("INSERT INTO plain (name, kecamatan) VALUES (?, ?)", [
        (f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}".lower(), rng.choice(names))
        for i in range(workers)])
    connection.execute("CREATE INDEX IF NOT EXISTS plain_kec ON plain (kecamatan, name)")
    connection.commit()
    return connection


def moment_at(app: Berjasa, position: int) -> datetime:
    application = app.application
    event = application.mapper.to_domain_event(
        application.recorder.select_notifications(position, 1)[0])
    moment: datetime = getattr(event, "timestamp")  # noqa: B009 - protocol type lacks it
    return moment


def file_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal"))
               if p.exists())


def as_of_figures(app: Berjasa, models: Any, store: Path, rebuild_s: float,
                  replay_s: float, every: int) -> None:
    """As of a moment from checkpoints (issue 21), beside the full replay and the rebuild:
    what making them costs, what they weigh, and the as-of questions at the start, the
    middle and the end of the history (cold: the image read and unsealed; warm: the GUI's
    next move within the same checkpoint's span)."""
    head = app.application.head_position()
    opened = open_checkpoints(app.application)
    try:
        opened.clear()  # from scratch, whatever an earlier run left
    finally:
        opened.close()
    read_models = file_bytes(read_models_path(store))
    log(f"read models                   : {read_models / 1e6:>10.1f} MB = "
        f"{read_models / head:,.0f} B per event (live file and WAL; free pages of earlier "
        f"runs' checkpoints included)")
    made_s, made = timed(lambda: make_checkpoints(app.application, every=every))
    opened = open_checkpoints(app.application)
    try:
        sizes = opened.sizes()
        stored = sum(size for _position, _image, size in sizes)
        log(f"checkpoints every {every:,} events: {len(made)} made in {made_s:.1f} s = "
            f"{made_s / rebuild_s:.0%} of a rebuild; {stored / 1e6:.1f} MB stored = "
            f"{stored / head:,.0f} B per event (newest image {sizes[-1][1] / 1e6:.1f} MB = "
            f"{sizes[-1][1] / sizes[-1][0]:,.0f} B per event of the read models at "
            f"{sizes[-1][0]:,}, {sizes[-1][2] / 1e6:.1f} MB sealed)" if sizes else
            "no checkpoint: history "
            f"shorter than {every:,} events")
        if sizes:
            opened.discard(sizes[-1][0])
    finally:
        opened.close()
    spaced = checkpoints.spacing(head, every, checkpoints.CHECKPOINT_KEEP)
    if made:
        one_s, _ = timed(lambda: make_checkpoints(app.application, every=every, limit=1))
        log(f"  one more (the live runner's idle work every {spaced:,} events): {one_s:.1f} s = "
            f"{one_s / spaced * 1e6:,.0f} us per event, beside the rebuild's "
            f"{rebuild_s / head * 1e6:,.0f} us per event")
    for label, position in (("start", max(1, head // 50)), ("middle", head // 2),
                            ("end", head - spaced // 2)):
        as_of_at(app, label, position, replay_s)


def incremental_figures(app: Berjasa, models: Any, rebuild_s: float, tail: int = 10_000
                        ) -> None:
    """What keeping the quotas' counts in the read models costs (issue 21): on the live
    path, the last `tail` events applied in batches of LIVE_BATCH to read models made as of
    just before them (the first batch, which digests every row once, not counted), the
    counts' share of it timed apart; on a rebuild, its last step counting them."""
    head = app.application.head_position()
    start = max(0, head - tail)
    before = replay_through(app.application, start, moment_at(app, max(1, start)))
    database = before.database
    spent = [0.0]
    keep = RowCache._flush_money

    def timed_money(cache: RowCache, writer: Any) -> None:
        started = time.perf_counter()
        keep(cache, writer)
        spent[0] += time.perf_counter() - started

    try:
        runner = Runner(app.application, database)
        first = runner.run_batch(LIVE_BATCH)
        RowCache._flush_money = timed_money  # type: ignore[method-assign,assignment]
        live_s, applied = timed(lambda: runner.catch_up(batch=LIVE_BATCH))
    finally:
        RowCache._flush_money = keep  # type: ignore[method-assign]
        before.close()
    applied = max(1, applied)
    log(f"incremental (live batches of {LIVE_BATCH} over the last {applied + first.applied:,} "
        f"events): {live_s / applied * 1e6:,.0f} us per event, of which the quotas' counts "
        f"{spent[0] / applied * 1e6:,.1f} us ({spent[0] / live_s:.1%}); the rebuild's "
        f"{rebuild_s / head * 1e6:,.0f} us per event")
    with models.database.batch() as writer:
        count_s, _ = timed(lambda: money.recompute_counts(writer))
        rows = int(writer.execute(f"SELECT COUNT(*) FROM {money.MONEY_TABLE}")[0][0])
    log(f"rebuild: counting the quotas' counts at its end {count_s:.2f} s = "
        f"{count_s / rebuild_s:.1%} of the rebuild ({rows:,} rows in {money.MONEY_TABLE})")


def as_of_at(app: Berjasa, label: str, position: int, replay_s: float) -> None:
    moment, day = moment_at(app, position), date(2026, 7, 1)
    page = MembershipFilter(kecamatan="Tallo", status="aktif")
    checkpoints.forget_recent()
    cold_s, replayed = timed(lambda: replay_as_of(app.application, moment))
    stats_s, _ = timed(lambda: replayed.stats(day))
    page_ms = median_ms(lambda: replayed.membership_page(page, "name", on=day), repeat=5)
    replayed.close()
    warm_s, again = timed(lambda: replay_as_of(app.application, moment))
    again.close()
    total = cold_s + stats_s
    log(f"as of the {label:<6} (event {position:,}): stats --as-of {total:.2f} s "
        f"(replayed {cold_s:.2f} s + stats {stats_s:.2f} s; warm {warm_s + stats_s:.2f} s; "
        f"full replay to the middle {replay_s:.1f} s: {replay_s / total:.0f}x) "
        f"[target < 1 s: {'met' if total < 1 else 'NOT met'}]; membership page on it "
        f"{page_ms:.1f} ms [target < 100 ms: {'met' if page_ms < 100 else 'NOT met'}], "
        f"with a warm replay {warm_s * 1000 + page_ms:,.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_projections")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=None, help="where the store file goes")
    parser.add_argument("--repeat", type=int, default=2, help="rebuilds (best one counts)")
    parser.add_argument("--every", type=int, default=CHECKPOINT_EVERY,
                        help="events between two as-of checkpoints")
    parser.add_argument("--no-floor", dest="floor", action="store_false",
                        help="skip the storage floor (minutes at 1M on a loaded machine)")
    parser.add_argument("--rebuild-only", action="store_true",
                        help="stop after the raw reads and the rebuilds (and the floor)")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="berjasa-bench-"))
    store = folder / f"bench-{args.events}.db"
    fresh = not store.exists()
    app = open_store(f"sqlite:///{store.as_posix()}")
    if fresh:
        clock = RecordedClock()
        with clock.next_batch():
            app.users.initialise_store("admin", "rahasia-bench-123", "bench-01")
        log(f"generating >= {args.events:,} events into {store}")
        seconds, _ = timed(lambda: generate(app, args.events, clock))
        log(f"  done in {seconds:.0f} s")
    head = app.application.head_position()
    log(f"history: {head:,} events in {store}; {when()}")

    # The machine is shared: raw reads and rebuilds alternate, and the best of each is kept.
    raw_times, rebuild_times, applied = [], [], 0
    raw_times.append(timed(lambda: raw_read(app, decode=False))[0])
    decode_s, _ = timed(lambda: raw_read(app, decode=True))
    models = open_read_models(app.application)
    for _ in range(args.repeat):
        seconds, applied = timed(models.rebuild)
        rebuild_times.append(seconds)
        raw_times.append(timed(lambda: raw_read(app, decode=False))[0])
    raw_s, rebuild_s = min(raw_times), min(rebuild_times)
    raw_rate, decode_rate, rebuild_rate = head / raw_s, head / decode_s, applied / rebuild_s
    log(f"raw select_notifications read : {raw_rate:>10,.0f} events/s ({raw_s:.1f} s; runs: "
        f"{', '.join(f'{t:.1f}' for t in raw_times)} s)")
    log(f"read + to_domain_event decode : {decode_rate:>10,.0f} events/s ({decode_s:.1f} s)")
    log(f"rebuild (all read models)     : {rebuild_rate:>10,.0f} events/s ({rebuild_s:.1f} s; "
        f"runs: {', '.join(f'{t:.1f}' for t in rebuild_times)} s) = "
        f"{rebuild_rate / raw_rate:.0%} of raw read, {rebuild_rate / decode_rate:.0%} of "
        f"read+decode")

    if args.floor:
        floor_figures(models.database, folder / "floor.sqlite3", head, raw_s)
    if args.rebuild_only:
        log(f"done; {when()}")
        models.close()
        app.close()
        return

    application = app.application
    middle = application.mapper.to_domain_event(
        application.recorder.select_notifications(head // 2, 1)[0])
    moment = getattr(middle, "timestamp")  # noqa: B009 - protocol type lacks the attribute
    replay_s, replayed = timed(lambda: replay_as_of(app.application, moment, checkpoints=False))
    log(f"--as-of replay to the middle  : {replay_s:>10.1f} s to position "
        f"{replayed.position():,} ({replay_s / rebuild_s:.0%} of a full rebuild)")
    replayed.close()
    as_of_figures(app, models, store, rebuild_s, replay_s, args.every)
    incremental_figures(app, models, rebuild_s)

    workers = int(models.database.scalar("SELECT COUNT(*) FROM rm_member"))
    day = date(2026, 7, 1)
    page = MembershipFilter(kecamatan="Tallo", status="aktif")
    cases: dict[str, Callable[[], Any]] = {
        "kecamatan+status, by name": lambda: models.membership_page(page, "name", on=day),
        "kecamatan, by name, page 50": lambda: models.membership_page(
            MembershipFilter(kecamatan="Tallo"), "name", offset=5000, on=day),
        "programme JHT, by age desc": lambda: models.membership_page(
            MembershipFilter(programme="JHT"), "age", descending=True, on=day),
        "typing name 'rahm'": lambda: models.membership_page(
            MembershipFilter(search="rahm"), "name", on=day),
        "typing name 'rahmat hid'": lambda: models.membership_page(
            MembershipFilter(search="rahmat hid"), "name", on=day),
        "NIK prefix '737113'": lambda: models.membership_page(
            MembershipFilter(search="737113"), "nik", on=day),
    }
    plain = plain_table(folder / "plain.sqlite3", workers)

    def plain_page() -> Any:
        count = plain.execute("SELECT COUNT(*) FROM plain WHERE kecamatan = ?", ("Tallo",))
        count.fetchone()
        return plain.execute("SELECT * FROM plain WHERE kecamatan = ? ORDER BY name LIMIT 100",
                             ("Tallo",)).fetchall()

    baseline = median_ms(plain_page)
    log(f"membership over {workers:,} workers (median of 25, page of 100 with total count):")
    log(f"  plain indexed SQLite query   : {baseline:8.2f} ms")
    for name, work in cases.items():
        took = median_ms(work)
        log(f"  {name:<29}: {took:8.2f} ms ({took / baseline:.1f}x plain)")
    log(f"done; {when()}")
    models.close()
    app.close()


def when() -> str:
    """The time and the load: the machine is shared, so figures are read beside them."""
    loads = ", ".join(f"{load:.2f}" for load in os.getloadavg())
    return f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC, load average {loads}"


if __name__ == "__main__":
    main()
