"""Cost of the security layer, measured in one run against its own baseline.

    python bench/bench_security.py [--workers 100000] [--events 1000000] [--batch 1000]
                                   [--quotas 20] [--quota-events 10000]

1. A registration + enrolment load of N workers (real Peserta, Indeks and Kuota
   aggregates, saved in batches as the importer does) on a SQLite file, four ways:
   plain eventsourcing, + hash chain, + encryption, + both. Ratios are to plain.
2. `audit verify` over M events, against the baseline of only reading them.
3. `audit verify` with snapshots: Q quotas of E events each (a snapshot every 50, so
   Q x E / 50 snapshots), encrypted and chained as shipped. Baselines in the same run:
   the chain alone, and one replay of every snapshotted aggregate from its events (the
   floor for comparing each snapshot with the replayed state).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any
from uuid import uuid4

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eventsourcing.persistence import StoredEvent

from domain.model.common import Stamp
from domain.model.ids import quota_id
from domain.model.kuota import Kuota
from domain.registration import validate_registration
from domain.services.app import Berjasa
from domain.services.workers import claim_key, new_worker
from infra.audit import verify_chain, verify_recorder, verify_store
from infra.fastsave import application_class
from infra.keys import new_key
from tests.opening import confirmed

TODAY = date(2026, 11, 21)
CONFIGS = {
    "plain": ("eventsourcing.sqlite", False),
    "chain": ("infra.factories:ChainedSQLiteFactory", False),
    "encryption": ("eventsourcing.sqlite", True),
    "chain+encryption": ("infra.factories:ChainedSQLiteFactory", True),
}


def rows(workers: int) -> list[dict[str, object]]:
    """Valid registration rows with unique NIKs (birth date, kecamatan code and serial)."""
    made = []
    for serial in range(workers):
        birth = date(1960 + serial % 40, 1 + serial % 12, 1 + serial % 28)
        kecamatan = serial // 9999 % 15 + 1
        nik = (f"7371{kecamatan:02d}{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}"
               f"{serial % 9999 + 1:04d}")
        made.append({
            "nik": nik, "name": f"Pekerja Beban {serial}", "sex": "L",
            "birth_date": birth.isoformat(), "kecamatan": "Tallo", "kelurahan": "Kalukuang",
            "occupation": "Pedagang Pasar",
        })
    return made


def open_app(folder: Path, module: str, encrypted: bool) -> Berjasa:
    env = {"PERSISTENCE_MODULE": module, "SQLITE_DBNAME": str(folder / "bench.db"),
           "SQLITE_LOCK_TIMEOUT": "30"}
    if encrypted:
        env |= {"CIPHER_TOPIC": "eventsourcing.cryptography:AESCipher", "CIPHER_KEY": new_key()}
    return application_class()(env)  # the application as the bootstrap builds it


def load(app: Berjasa, data: list[dict[str, object]], batch: int) -> float:
    app.users.initialise_store("admin", "rahasia-bench", "bench")
    admin = app.users.sign_in("admin", "rahasia-bench", "bench")
    code = confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", len(data) + 10))["quota"]
    stamp = Stamp("admin", "bench", "impor")
    started = time.perf_counter()
    for first in range(0, len(data), batch):
        quota = app.application.repository.get(quota_id(code))
        assert isinstance(quota, Kuota)
        aggregates: list[object] = []
        ids = []
        for row in data[first:first + batch]:
            registration = validate_registration(today=TODAY, **row)  # type: ignore[arg-type]
            worker = new_worker(registration, stamp, app.application.ids.worker(registration.nik))
            index = claim_key(None, worker, stamp, app.application.ids)
            worker.enrol(code, list(quota.programmes), date(2026, 1, 1), quota.period_end,
                         stamp)
            aggregates += [worker, index]
            ids.append(worker.id.hex)
        quota.take_seats(ids, stamp)
        app.application.save(*aggregates, quota)  # type: ignore[arg-type]
    return time.perf_counter() - started


def bench_load(workers: int, batch: int, repeat: int) -> dict[str, float]:
    """The best of `repeat` runs of each configuration, interleaved so that load from
    other processes on the machine falls on every configuration alike."""
    data = rows(workers)
    timings: dict[str, float] = {}
    for round_ in range(1, repeat + 1):
        for name, (module, encrypted) in CONFIGS.items():
            with tempfile.TemporaryDirectory() as folder:
                app = open_app(Path(folder), module, encrypted)
                took = load(app, data, batch)
                events = app.application.recorder.max_notification_id()
                app.close()
            timings[name] = min(took, timings.get(name, took))
            print(f"  run {round_} load {name:<17} {took:8.1f} s  ({events} events)",
                  flush=True)
    return timings


def bench_verify(events: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        app = open_app(Path(folder), "infra.factories:ChainedSQLiteFactory", False)
        recorder = app.application.recorder
        state = b'{"stamp":{"actor":"admin","workstation":"bench","reason":""},' + b"x" * 200
        for first in range(0, events, 10_000):
            recorder.insert_events([
                StoredEvent(uuid4(), 1, "domain.model.indeks:Indeks.Indexed", state)
                for _ in range(min(10_000, events - first))])
        started = time.perf_counter()
        read = 0
        after = 0
        while True:
            page = recorder.event_rows(after, 5000)  # type: ignore[attr-defined]
            read += len(page)
            if len(page) < 5000:
                break
            after = page[-1].position
        reading = time.perf_counter() - started
        started = time.perf_counter()
        result = verify_recorder(recorder)  # type: ignore[arg-type]
        verifying = time.perf_counter() - started
        assert result.intact and result.checked == events == read
        app.close()
    return reading, verifying


def quota_store(folder: Path, quotas: int, per_quota: int) -> Berjasa:
    """Quotas with `per_quota` events each (one seat taken per event, 100 per save, as
    busy enrolment days do), snapshotted by the application every 50 versions."""
    app = open_app(folder, "infra.factories:ChainedSQLiteFactory", True)
    app.application.store_info = {"encrypted": True}
    app.users.initialise_store("admin", "rahasia-bench", "bench")
    admin = app.users.sign_in("admin", "rahasia-bench", "bench")
    stamp = Stamp("admin", "bench", "")
    for _ in range(quotas):
        code = confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM",
                                                    per_quota + 10))["quota"]
        quota: Kuota = app.application.repository.get(quota_id(code))
        assert isinstance(quota, Kuota)
        while quota.version < per_quota:
            for _ in range(min(100, per_quota - quota.version)):
                quota.take_seats([uuid4().hex], stamp)
            app.application.save(quota)
    return app


def bench_snapshots(quotas: int, per_quota: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        app = quota_store(Path(folder), quotas, per_quota)
        assert app.application.snapshots is not None
        started = time.perf_counter()
        chain = verify_chain(app)
        chain_only = time.perf_counter() - started
        started = time.perf_counter()
        for code in app.application.directory().quotas:
            replayed: Any = None
            for event in app.application.events.get(quota_id(code)):
                replayed = event.mutate(replayed)  # type: ignore[attr-defined]
            assert replayed.version == per_quota
        replay = time.perf_counter() - started
        started = time.perf_counter()
        result = verify_store(app)
        full = time.perf_counter() - started
        assert chain.intact and result.intact and result.snapshots.checked
        figures = {"events": float(chain.checked), "snapshots": float(result.snapshots.stored),
                   "chain": chain_only, "replay": replay, "full": full}
        app.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per configuration")
    parser.add_argument("--quotas", type=int, default=20)
    parser.add_argument("--quota-events", type=int, default=10_000)
    parser.add_argument("--only-snapshots", action="store_true",
                        help="run part 3 only")
    args = parser.parse_args()
    if not args.only_snapshots:
        bench_chain(args)
    print(f"audit verify with snapshots: {args.quotas} quotas x {args.quota_events} events, "
          "encrypted:")
    f = bench_snapshots(args.quotas, args.quota_events)
    snapshot_part = f["full"] - f["chain"]
    print(f"  {f['events']:,.0f} events, {f['snapshots']:,.0f} snapshots")
    print(f"  chain only (baseline)       {f['chain']:8.1f} s")
    print(f"  replay of the quotas (floor) {f['replay']:7.1f} s")
    print(f"  full verify (chain+snapshots) {f['full']:6.1f} s  ({f['full'] / f['chain']:.2f} x "
          f"chain only; snapshot part {snapshot_part:.1f} s = "
          f"{snapshot_part / f['replay']:.2f} x the replay floor)")


def bench_chain(args: argparse.Namespace) -> None:
    print(f"Registration + enrolment of {args.workers} workers, batches of {args.batch}:")
    timings = bench_load(args.workers, args.batch, args.repeat)
    for name in CONFIGS:
        print(f"  best {name:<17} {timings[name]:8.1f} s  "
              f"{timings[name] / timings['plain']:6.2f} x plain")
    print(f"audit verify over {args.events} events:")
    reading, verifying = bench_verify(args.events)
    print(f"  read only          {reading:8.1f} s")
    print(f"  verify             {verifying:8.1f} s  ({verifying / reading:.2f} x reading, "
          f"{args.events / verifying:,.0f} events/s)")


if __name__ == "__main__":
    main()
