"""Load benchmark: simulated clerks on the shared PostgreSQL server beside one SQLite file.

    python -m bench.bench_load [--seconds 60] [--clerks 8] [--postgres postgresql://...]

Each clerk is its own process (spawn), like a workstation. After a common start signal
each runs a mix for `--seconds`: registering workers (25%), enrolling them (20%),
correcting details (20%, half on 20 "hot" workers every clerk shares, so they collide),
reporting claims (10%) and searching a worker (25%). It prints commands per second,
p50/p95 latency, conflicts retried (refused saves that were run again), and events lost:
every acknowledged command is counted per kind and its events are counted in the log
afterwards (must be 0). The same run against a SQLite file on this workstation is the
baseline. PostgreSQL runs in a fresh schema dropped afterwards.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psycopg
from eventsourcing.persistence import IntegrityError
from psycopg import sql

from berjasa.bootstrap import open_store
from domain.errors import BerjasaError, ConcurrencyError
from domain.services.app import Berjasa
from domain.services.session import Session
from infra.storeurl import parse_store_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the `tests` helpers

from tests.factories import worker_fields
from tests.opening import confirmed

PASSWORD = "rahasia-bench-123"
TODAY = date(2026, 11, 21)
HOT_WORKERS = 20
MIX = (("register", 25), ("enrol", 20), ("correct", 20), ("claim", 10), ("search", 25))
EVENT_OF = {"register": "Peserta.Registered", "enrol": "Peserta.Enrolled",
            "correct": "Peserta.DetailsCorrected", "claim": "Klaim.Reported"}


def clerk_fields(clerk: int, n: int) -> dict[str, Any]:
    birth = date(1961 + clerk, 1, 1) + timedelta(days=n // 9000)
    return worker_fields(n % 9000 + 1, birth=birth, name=f"Warga {clerk}-{n}")


class Clerk:
    """One workstation's clerk: a random mix of commands, each timed."""

    def __init__(self, app: Berjasa, clerk: int, quota: str, hot: list[str]) -> None:
        self.app, self.clerk, self.quota, self.hot = app, clerk, quota, hot
        self.session = Session("ani", "operator", f"pc-{clerk:02d}")
        self.random = random.Random(clerk)
        self.registered: list[str] = []
        self.enrolled: list[str] = []
        self.acked: Counter[str] = Counter()
        self.refused: Counter[str] = Counter()
        self.latencies: list[float] = []
        self.surfaced_conflicts = 0

    def run_one(self) -> None:
        kind = self.random.choices([k for k, _ in MIX], [w for _, w in MIX])[0]
        started = time.perf_counter()
        try:
            done = getattr(self, kind)()
        except ConcurrencyError:
            self.surfaced_conflicts += 1  # the clerk sees "changed elsewhere" and retries
            return
        except BerjasaError as error:
            self.refused[error.code] += 1
            done = ""
        self.latencies.append(time.perf_counter() - started)
        if done:
            self.acked[done] += 1  # the command actually done (enrol may register first)

    def register(self) -> str:
        nik = self.app.workers.register_worker(self.session, **clerk_fields(
            self.clerk, len(self.registered)))["nik"]
        self.registered.append(nik)
        return "register"

    def enrol(self) -> str:
        waiting = self.registered[len(self.enrolled):]
        if not waiting:
            return self.register()
        self.app.quotas.enrol(self.session, waiting[0], self.quota, start="2026-01-01")
        self.enrolled.append(waiting[0])
        return "enrol"

    def correct(self) -> str:
        pool = self.hot if self.random.random() < 0.5 or not self.registered else self.registered
        phone = f"0812{self.random.randrange(10**7, 10**8)}"
        self.app.workers.correct_worker(self.session, self.random.choice(pool), {"phone": phone},
                                        "koreksi nomor telepon")
        return "correct"

    def claim(self) -> str:
        if not self.enrolled:
            return self.enrol()
        day = date(2026, 1, 1) + timedelta(days=self.random.randrange(320))
        self.app.claims.report_claim(self.session, self.random.choice(self.enrolled), "JKK", day,
                                     place="Pasar Terong")
        return "claim"

    def search(self) -> str:
        self.app.workers.get_worker(self.session, self.random.choice(self.hot + self.registered))
        return ""


def count_conflicts(app: Berjasa) -> list[int]:
    """Wrap `save` so refused saves (another workstation was first) are counted."""
    conflicts = [0]
    save = app.application.save

    def counting_save(*objs: Any, **kwargs: Any) -> Any:
        try:
            return save(*objs, **kwargs)
        except IntegrityError:
            conflicts[0] += 1
            raise

    app.application.save = counting_save  # type: ignore[method-assign]
    return conflicts


def clerk_main(url: str, env: dict[str, str], clerk: int, quota: str, hot: list[str],
               seconds: float, barrier: Any, results: Any) -> None:
    app = open_store(url, extra_env=env)
    app.application.calendar = lambda: TODAY
    conflicts = count_conflicts(app)
    worker = Clerk(app, clerk, quota, hot)
    barrier.wait()
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        worker.run_one()
    app.close()
    results.put({"acked": dict(worker.acked), "refused": dict(worker.refused),
                 "latencies": worker.latencies, "conflicts": conflicts[0],
                 "surfaced": worker.surfaced_conflicts})


def prepare(url: str, env: dict[str, str]) -> tuple[str, list[str], Counter[str]]:
    app = open_store(url, extra_env=env)
    app.application.calendar = lambda: TODAY
    app.users.initialise_store("admin", PASSWORD, "server")
    admin = app.users.sign_in("admin", PASSWORD, "server")
    app.users.add_user(admin, "ani", "operator", PASSWORD)
    quota = confirmed(app, app.quotas.open_quota(admin, 2026, ["JKK", "JKM"], 1_000_000))["quota"]
    hot = [app.workers.register_worker(admin, **clerk_fields(30,
                                                             n))["nik"] for n in range(HOT_WORKERS)]
    before = events_by_type(app)
    app.close()
    return quota, hot, before


def events_by_type(app: Berjasa) -> Counter[str]:
    return Counter(type(event).__qualname__ for _, event in app.application.iter_events())


def run_backend(label: str, url: str, env: dict[str, str], clerks: int,
                seconds: float) -> dict[str, Any]:
    quota, hot, before = prepare(url, env)
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(clerks + 1), context.Queue()
    processes = [context.Process(target=clerk_main, args=(
        url, env, n, quota, hot, seconds, barrier, results)) for n in range(clerks)]
    for process in processes:
        process.start()
    barrier.wait()
    started = time.perf_counter()
    outcomes = [results.get(timeout=seconds + 600) for _ in processes]
    elapsed = time.perf_counter() - started
    for process in processes:
        process.join()
    app = open_store(url, extra_env=env)
    after = events_by_type(app)
    app.close()
    return summarise(label, outcomes, elapsed, before, after)


def summarise(label: str, outcomes: list[dict[str, Any]], elapsed: float,
              before: Counter[str], after: Counter[str]) -> dict[str, Any]:
    latencies = sorted(x for o in outcomes for x in o["latencies"])
    acked = sum((Counter(o["acked"]) for o in outcomes), Counter())
    lost = {kind: acked[kind] - (after[event] - before[event])
            for kind, event in EVENT_OF.items() if acked[kind] > after[event] - before[event]}
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {
        "store": label, "commands": len(latencies),
        "commands_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(quantiles[49] * 1000, 1), "p95_ms": round(quantiles[94] * 1000, 1),
        "conflicts_retried": sum(o["conflicts"] for o in outcomes),
        "conflicts_shown_to_clerk": sum(o["surfaced"] for o in outcomes),
        "acknowledged": dict(acked), "events_lost": sum(lost.values()), "lost_by_kind": lost,
        "refused": dict(sum((Counter(o["refused"]) for o in outcomes), Counter())),
    }


def pg_schema(url: str) -> tuple[dict[str, str], Any]:
    address = parse_store_url(url)
    kwargs = {"host": address.host, "port": address.port, "user": address.user,
              "dbname": address.database, "autocommit": True}
    name = f"bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(**kwargs) as conn:  # type: ignore[arg-type]
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))

    def drop() -> None:
        with psycopg.connect(**kwargs) as conn:  # type: ignore[arg-type]
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(name)))

    return {"POSTGRES_SCHEMA": name}, drop


def print_row(row: dict[str, Any], baseline: dict[str, Any] | None) -> None:
    ratio = (f"  ({row['commands_per_second'] / baseline['commands_per_second']:.2f}x SQLite)"
             if baseline and baseline["commands_per_second"] else "")
    print(f"{row['store']:<11} {row['commands']:>7} commands  {row['commands_per_second']:>7} "
          f"cmd/s{ratio}  p50 {row['p50_ms']} ms  p95 {row['p95_ms']} ms  conflicts retried "
          f"{row['conflicts_retried']} (shown {row['conflicts_shown_to_clerk']})  "
          f"events lost {row['events_lost']}")
    print(f"            acknowledged {row['acknowledged']}  refused {row['refused']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clerks", type=int, default=8)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    print(f"{args.clerks} clerks, {args.seconds:g} s each store", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        sqlite_url = f"sqlite:///{(Path(folder) / 'kantor.db').as_posix()}"
        baseline = run_backend("SQLite", sqlite_url, {}, args.clerks, args.seconds)
    print_row(baseline, None)
    env, drop = pg_schema(args.postgres)
    try:
        row = run_backend("PostgreSQL", args.postgres, env, args.clerks, args.seconds)
    finally:
        drop()
    print_row(row, baseline)
    return 1 if baseline["events_lost"] or row["events_lost"] else 0


if __name__ == "__main__":
    sys.exit(main())
