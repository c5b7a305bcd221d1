"""Benchmark (issue 14): the import with and without the fast save, interleaved in one run.

    python bench/bench_fastpath_variants.py [--rows 20000] [--rounds 2] [--before CHECKOUT]

Each round imports the same `.csv` and `.xlsx` (bench_import's files) once per variant, each
import in its own process into a fresh SQLite store, variants in a rotated order each round
so that a drift of the shared machine's load falls on all of them; one raw save of `rows`
minimal aggregates per round is the yardstick. Besides the wall time it reports the CPU
time of the saving process and of the reader process (`.xlsx` only), steadier than the
wall time on a loaded machine. Variants:

- `on`: the application as the bootstrap builds it (`infra.fastsave.FastBerjasa`);
- `save-only`: its save, but eventsourcing's `JSONTranscoder`;
- `off`: `BERJASA_FAST_SAVE=0`, the domain's `BerjasaApplication` (eventsourcing's save and
  writer);
- `before` (with `--before CHECKOUT`): the `all` variant of this script in another checkout
  (e.g. `git worktree add /tmp/before 85c1a6a`: the import before the fast path was
  reduced, with events encoded ahead in the reader process).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_import import raw_save, write_files

ROOT = Path(__file__).resolve().parents[1]
VARIANTS = ["on", "save-only", "off"]


def application_class(variant: str) -> type[Any]:
    from domain.services.base import BerjasaApplication
    from infra.fastsave import FastBerjasa

    class SaveOnly(FastBerjasa):
        def construct_transcoder(self) -> Any:
            return BerjasaApplication.construct_transcoder(self)

    return {"on": FastBerjasa, "save-only": SaveOnly, "off": BerjasaApplication}[variant]


def one_import(path: Path, variant: str, batch_size: int) -> dict[str, Any]:
    import berjasa.bootstrap
    from importer import run_import
    from tests.opening import confirmed

    chosen = application_class(variant)
    berjasa.bootstrap.application_class = lambda *_: chosen  # type: ignore[attr-defined]
    store = path.parent / f"{path.stem}-{path.suffix[1:]}-{variant}-{os.getpid()}.db"
    app = berjasa.bootstrap.open_store(f"sqlite:///{store.as_posix()}")
    assert type(app) is chosen
    app.users.initialise_store("admin", "benchmark-2026", "bench")
    session = app.users.sign_in("admin", "benchmark-2026", "bench")
    quota = confirmed(app, app.quotas.open_quota(session, 2026, "JKK,JKM", 200_000))["quota"]
    began = time.perf_counter()
    cpu = time.process_time()
    result = run_import(
        app,
        session,
        path,
        quota,
        batch_size=batch_size,
        report_path=path.parent / f"ditolak-{os.getpid()}.xlsx",
    )
    seconds = time.perf_counter() - began
    cpu_seconds = time.process_time() - cpu
    app.close()
    import resource

    reader_cpu = sum(
        getattr(resource.getrusage(resource.RUSAGE_CHILDREN), f) for f in ("ru_utime", "ru_stime")
    )
    assert result.enrolled == result.rows, result.summary()
    return {
        "file": path.suffix[1:],
        "variant": variant,
        "rows": result.rows,
        "seconds": seconds,
        "cpu": cpu_seconds,
        "reader_cpu": reader_cpu,
    }


def in_child(path: Path, variant: str, batch_size: int, before: Path | None
             ) -> dict[str, Any]:
    """One import in its own process; `before` runs the other checkout's `all` variant."""
    root, script, name = ROOT, Path(__file__), variant
    if variant == "before":
        assert before is not None
        root, script, name = before, before / "bench" / Path(__file__).name, "all"
    output = subprocess.run(
        [sys.executable, str(script), "--one", str(path), "--variant", name,
         "--batch-size", str(batch_size)],
        check=True, capture_output=True, text=True, cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    ).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    result["variant"] = variant
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--variant", help=argparse.SUPPRESS)
    parser.add_argument("--before", type=Path, help="another checkout, measured as `before`")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_import(args.one, args.variant, args.batch_size)))
        return
    variants = args.variants.split(",") + (["before"] if args.before else [])
    results: list[dict[str, Any]] = []
    raws: list[tuple[float, float]] = []  # wall and CPU time of each raw save
    with tempfile.TemporaryDirectory(prefix="berjasa-bench-") as tmp:
        folder = Path(tmp)
        xlsx, csv_path = write_files(folder, args.rows)
        for round_number in range(args.rounds):
            cpu = time.process_time()
            wall = raw_save(folder, args.rows, args.batch_size)["seconds"]
            raws.append((wall, time.process_time() - cpu))
            shift = round_number % len(variants)
            for variant in variants[shift:] + variants[:shift]:
                for path in (csv_path, xlsx):
                    result = in_child(path, variant, args.batch_size, args.before)
                    result["round"] = round_number
                    results.append(result)
                    print(json.dumps(result), file=sys.stderr, flush=True)
    report(args.rows, raws, results, variants)


def report(
    rows: int, raws: list[tuple[float, float]], results: list[dict[str, Any]],
    variants: list[str],
) -> None:
    raw_cpu = statistics.median(cpu for _wall, cpu in raws)
    print(f"raw save of {rows:,} aggregates, one per round (wall, CPU): "
          + ", ".join(f"{wall:.2f} s, {cpu:.2f} s" for wall, cpu in raws))
    for file in ("csv", "xlsx"):
        base = statistics.median(
            r["seconds"] for r in results if r["file"] == file and r["variant"] == variants[0]
        )
        for variant in variants:
            mine = [r for r in results if r["file"] == file and r["variant"] == variant]
            wall = statistics.median(r["seconds"] for r in mine)
            cpu = statistics.median(r["cpu"] for r in mine)
            reader = statistics.median(r.get("reader_cpu", 0) for r in mine)
            print(
                f"{file:>4} {variant:<20} median {wall:6.2f} s = "
                f"{rows / wall:6,.0f} rows/s (runs: "
                + ", ".join(f"{r['seconds']:.2f}" for r in mine)
                + f"); {wall / base:.2f}x {variants[0]}; CPU: saving process {cpu:.2f} s "
                f"({cpu / raw_cpu:.2f}x the raw save's), reader process {reader:.2f} s"
            )


if __name__ == "__main__":
    main()
