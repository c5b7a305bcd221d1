"""Benchmark of the read models' digest on the live path (issue 22).

    python -m bench.bench_digest --events 30000 [--dir DIR] [--repeat 2]

Generates a history (the same generator as `bench.bench_projections`) on a SQLite file and
applies it to empty read models the way the live runner does: in batches of the runner's
`LIVE_BATCH` and in batches of 20 events (a command or two per poll). Prints events/s for
each (CPU time, best of `--repeat`), the rebuild time (its last step computes the digest from every
row), and the time the fast check of `audit verify` takes (the digest of every row, no
replay). Run it on the code before and after a change to the runner to see what it costs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from berjasa.bootstrap import open_store
from projections.runner import LIVE_BATCH, Runner
from projections.sqlstore import open_sqlite_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the `tests` helpers

from bench.bench_projections import generate, log


def catch_up_seconds(app: Any, folder: Path, batch: int, run: int, kept: bool) -> float:
    path = folder / f"live-{batch}-{run}-{int(kept)}.sqlite3"
    for leftover in (path, path.with_name(path.name + "-wal")):
        leftover.unlink(missing_ok=True)
    database = open_sqlite_file(path)
    runner = Runner(app.application, database, batch_size=batch)
    if not kept:
        runner._cache.digest = None  # as before the digest: the runner keeps none
    # CPU time of this process (SQLite runs in it): other work on the shared machine moves
    # wall-clock times by ±50%.
    started = time.process_time()
    runner.catch_up(batch=batch)  # the live path, batch by batch (never the bulk one)
    seconds = time.process_time() - started
    database.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_digest")
    parser.add_argument("--events", type=int, default=30_000)
    parser.add_argument("--dir", type=Path, default=None, help="where the store file goes")
    parser.add_argument("--repeat", type=int, default=2, help="runs (best one counts)")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="berjasa-bench-"))
    store = folder / f"digest-{args.events}.db"
    fresh = not store.exists()
    app = open_store(f"sqlite:///{store.as_posix()}")
    if fresh:
        app.users.initialise_store("admin", "rahasia-bench-123", "bench-01")
        generate(app, args.events)
    head = app.application.head_position()
    log(f"history: {head:,} events in {store}")
    for batch in (LIVE_BATCH, 20):
        # With and without the digest, alternating (the machine is shared): best of each.
        times: dict[bool, list[float]] = {True: [], False: []}
        for run in range(args.repeat):
            for kept in (False, True):
                times[kept].append(catch_up_seconds(app, folder, batch, run, kept))
        for kept in (False, True):
            best = min(times[kept])
            log(f"live catch-up, batches of {batch:>4}, digest {'on ' if kept else 'off'}: "
                f"{head / best:>7,.0f} events/CPU-s ({best:.2f} s; runs "
                f"{', '.join(f'{t:.2f}' for t in times[kept])} s)")
        off, on = min(times[False]), min(times[True])
        log(f"  the digest costs {(on - off) / head * 1e6:.1f} µs per event "
            f"({(on - off) / off:+.0%})")
    database = open_sqlite_file(folder / "rebuilt.sqlite3")
    runner = Runner(app.application, database)
    started = time.perf_counter()
    runner.rebuild()
    log(f"rebuild                        : {time.perf_counter() - started:.2f} s")
    try:
        from projections.digest import check_digest
    except ImportError:
        log("no projections.digest: no fast check to time")
    else:
        started = time.perf_counter()
        result = check_digest(database)
        log(f"fast digest check              : {time.perf_counter() - started:.2f} s "
            f"({result.rows:,} rows, intact={result.intact})")
    database.close()
    app.close()


if __name__ == "__main__":
    main()
