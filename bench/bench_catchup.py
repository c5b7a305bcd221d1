"""Benchmark: the first catch-up of read models far behind the log, beside a rebuild.

    python -m bench.bench_catchup --events 1000000 [--dir DIR] [--repeat 2] [--live]

A store whose read models are missing (a new workstation, a restored backup) or far behind
(a big import) catches up through `LiveReadModels.catch_up`, what the first `stats` or the
desktop's start runs. The history is generated once into `--dir` as in
`bench.bench_projections` (about nine events per worker; 1,000,000 events are ~112,800
workers). In one run, on the same store, it prints:

- `projections rebuild` (`LiveReadModels.rebuild`): the baseline;
- the first catch-up: the read-model file deleted, opened again and caught up;
- a catch-up from half-way (the read models hold the first half of the log, as after an
  import that doubled the store);
- with `--live`, the same first catch-up through the live path forced (500-event batches,
  every index in place): what the catch-up cost before it switched to bulk;
- an upgrade (issue 14): the schema version changed, this version's read models built
  beside the old ones (which answer meanwhile) and switched in; the switch alone (the
  copy into the served file, in one transaction) is timed apart.

Target (issue 21): the first catch-up within 1.2x of the rebuild.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.bench_projections import generate, log, timed
from berjasa.bootstrap import open_store
from domain.services.app import Berjasa
from projections import open_read_models
from projections.runner import LIVE_BATCH
from projections.sqlstore import read_models_path


def remove_read_models(store: Path) -> None:
    path = read_models_path(store)
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        path.with_name(name).unlink(missing_ok=True)


def first_catch_up(
    app: Berjasa, store: Path, run: Callable[[Any], int] = lambda models: models.catch_up()
) -> float:
    """Seconds from opening missing read models to their being caught up (`run`)."""
    remove_read_models(store)
    started = time.perf_counter()
    models = open_read_models(app.application)
    try:
        run(models)
        return time.perf_counter() - started
    finally:
        models.close()


def half_way_catch_up(app: Berjasa, store: Path, head: int) -> float:
    remove_read_models(store)
    models = open_read_models(app.application)
    try:
        while models.runner.position() < head // 2:  # the first half, batch by batch
            models.runner.run_batch(20_000)
        seconds, _ = timed(models.catch_up)
        return seconds
    finally:
        models.close()


def upgrade(app: Berjasa) -> tuple[float, float]:
    """Seconds to build this version's read models beside old ones and switch, and of the
    switch alone; the "old" ones are the current ones relabelled with another version."""
    models = open_read_models(app.application)
    models.catch_up()
    with models.database.batch() as writer:
        writer.execute("UPDATE rm_meta SET value = 'bench-old' WHERE key = 'schema_version'")
    models.close()
    models = open_read_models(app.application)
    assert models.upgrading and models._beside is not None
    beside, switched = models._beside, [0.0]
    switch = beside.switch

    def timed_switch(serving: Any) -> None:
        switched[0], _ = timed(lambda: switch(serving))

    beside.switch = timed_switch  # type: ignore[method-assign]
    try:
        seconds, _ = timed(models.catch_up)
        assert not models.upgrading
        return seconds, switched[0]
    finally:
        models.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_catchup")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=None, help="where the store file goes")
    parser.add_argument(
        "--repeat", type=int, default=2, help="rebuilds and first catch-ups, alternating"
    )
    parser.add_argument(
        "--live", action="store_true", help="also the first catch-up through the live path (slow)"
    )
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="berjasa-bench-"))
    store = folder / f"bench-{args.events}.db"
    fresh = not store.exists()
    app = open_store(f"sqlite:///{store.as_posix()}")
    if fresh:
        app.users.initialise_store("admin", "rahasia-bench-123", "bench-01")
        log(f"generating >= {args.events:,} events into {store}")
        seconds, workers = timed(lambda: generate(app, args.events))
        log(f"  {workers:,} workers in {seconds:.0f} s")
    head = app.application.head_position()
    log(f"history: {head:,} events in {store}")

    # The machine is shared: rebuilds and first catch-ups alternate, the best of each counts.
    rebuilds, firsts = [], []
    for _ in range(args.repeat):
        models = open_read_models(app.application)
        rebuilds.append(timed(models.rebuild)[0])
        models.close()
        firsts.append(first_catch_up(app, store))
    rebuild_s, first_s = min(rebuilds), min(firsts)
    size = read_models_path(store).stat().st_size
    log(
        f"projections rebuild           : {rebuild_s:8.1f} s ({head / rebuild_s:,.0f} events/s; "
        f"read models {size / 2**20:,.0f} MiB; runs {', '.join(f'{t:.1f}' for t in rebuilds)})"
    )
    log(
        f"first catch-up (no read models): {first_s:7.1f} s = {first_s / rebuild_s:.2f}x the "
        f"rebuild (target 1.2x; runs {', '.join(f'{t:.1f}' for t in firsts)})"
    )
    half_s = half_way_catch_up(app, store, head)
    log(
        f"catch-up of the second half    : {half_s:7.1f} s = {half_s / rebuild_s:.2f}x the "
        f"rebuild of the whole"
    )
    build_s, switch_s = upgrade(app)
    log(f"upgrade: build beside + switch : {build_s:7.1f} s = {build_s / rebuild_s:.2f}x the "
        f"rebuild; the switch alone {switch_s:.1f} s (old read models answer until then)")
    if args.live:
        live_s = first_catch_up(app, store, lambda models: models.runner.catch_up(batch=LIVE_BATCH))
        log(
            f"first catch-up, live path     : {live_s:8.1f} s = {live_s / rebuild_s:.2f}x the "
            f"rebuild (500-event batches, indexes in place)"
        )
    app.close()


if __name__ == "__main__":
    main()
