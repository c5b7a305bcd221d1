"""Benchmark: what storing the audit trail costs a rebuild, as it is and as a narrow index.

    python -m bench.bench_audit_floor --read-models PATH.readmodels.sqlite3

Issue 14 asks whether the audit trail could be a narrow index (position, time, actor,
workstation, type, aggregate, worker) with the details read from the event. This writes
the audit lines of rebuilt read models (e.g. those of `bench.bench_projections`) into an
empty SQLite file with the read models' settings, 20,000 rows a transaction, then builds
the four indexes the filters use, and prints the seconds and the file's size for three
shapes in one run: as stored today (the baseline), the narrow index in text, and the narrow
index with small integer codes for actor, workstation and type and the recorded time as
integer microseconds. Reading the source rows is not counted: a rebuild makes them.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

CHUNK = 20_000
TODAY = ("position INTEGER PRIMARY KEY, recorded_at TEXT NOT NULL, actor TEXT NOT NULL, "
         "workstation TEXT NOT NULL, event_type TEXT NOT NULL, aggregate_id TEXT NOT NULL, "
         "worker_id TEXT, nik TEXT, code TEXT NOT NULL, params TEXT NOT NULL, "
         "reason TEXT NOT NULL")
NARROW_TEXT = ("position INTEGER PRIMARY KEY, recorded_at TEXT, actor TEXT, workstation TEXT, "
               "event_type TEXT, aggregate_id TEXT, worker_id TEXT")
NARROW_CODED = ("position INTEGER PRIMARY KEY, recorded_at INTEGER, actor INTEGER, "
                "workstation INTEGER, event_type INTEGER, aggregate_id TEXT, worker_id TEXT")
INDEXES = ("recorded_at", "actor, position", "event_type, position", "worker_id, position")


def floor(target: Path, schema: str, rows: Sequence[tuple[Any, ...]]) -> tuple[float, float, int]:
    """Seconds to write `rows`, seconds to index them, and the file's bytes."""
    files = [target, target.with_name(target.name + "-wal"),
             target.with_name(target.name + "-shm")]
    for leftover in files:
        leftover.unlink(missing_ok=True)
    connection = sqlite3.connect(target, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "cache_size=-32768"):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute(f"CREATE TABLE audit ({schema})")
    marks = ", ".join("?" for _ in rows[0])
    started = time.perf_counter()
    for first in range(0, len(rows), CHUNK):
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(f"INSERT INTO audit VALUES ({marks})", rows[first:first + CHUNK])
        connection.execute("COMMIT")
    written = time.perf_counter() - started
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    for number, columns in enumerate(INDEXES):
        connection.execute(f"CREATE INDEX audit_{number} ON audit ({columns})")
    connection.execute("COMMIT")
    indexed = time.perf_counter() - started
    connection.close()
    size = sum(path.stat().st_size for path in files if path.exists())
    for leftover in files:
        leftover.unlink(missing_ok=True)
    return written, indexed, size


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_audit_floor")
    parser.add_argument("--read-models", type=Path, required=True)
    parser.add_argument("--scratch", type=Path, default=None,
                        help="the file written (default: beside the read models)")
    args = parser.parse_args()
    source = sqlite3.connect(args.read_models)
    rows = source.execute(
        "SELECT position, recorded_at, actor, workstation, event_type, aggregate_id, "
        "worker_id, nik, code, params, reason FROM rm_audit ORDER BY position").fetchall()
    source.close()
    scratch = args.scratch or args.read_models.with_name("audit-floor.sqlite3")
    narrow = [row[:7] for row in rows]
    codes: dict[str, int] = {}
    coded = [(position, int(datetime.fromisoformat(at).timestamp() * 1_000_000),
              codes.setdefault(actor, len(codes)), codes.setdefault(station, len(codes)),
              codes.setdefault(kind, len(codes)), aggregate, worker)
             for position, at, actor, station, kind, aggregate, worker in narrow]
    print(f"{len(rows):,} audit lines; load average {os.getloadavg()[0]:.2f}")
    for label, schema, data in (("as stored today (baseline)", TODAY, rows),
                                ("narrow index, text", NARROW_TEXT, narrow),
                                ("narrow index, coded", NARROW_CODED, coded)):
        written, indexed, size = floor(scratch, schema, data)
        print(f"{label:<28}: rows {written:5.2f} s + indexes {indexed:5.2f} s = "
              f"{written + indexed:5.2f} s; {size / 2**20:6.1f} MB")


if __name__ == "__main__":
    main()
