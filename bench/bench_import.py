"""Benchmark: import a generated 100,000-row .xlsx, .xls, .ods and .csv into a fresh
SQLite store.

    python bench/bench_import.py [--rows 100000] [--batch-size 1000] [--one-process-too]

The .xls and .ods are LibreOffice's conversions of the CSV (`soffice --headless`, the NIK
and phone columns imported as Text; skipped with a note where LibreOffice is missing). An
.xls sheet holds at most 65,536 rows, so the .xls has min(rows, 65,535) data rows.

Prints rows/s end to end (read, check, register, enrol, save) for each file beside
eventsourcing's own batched save() measured in the same run, on the same machine:
- `raw_rows`: one minimal aggregate per row (100,000 aggregates), measured first and
  again after each import, each time into a new file; every import is compared with the
  first and with the mean of the two measured just before and after it;
- `raw_aggregates`: as many minimal aggregates as the import creates (a worker and its
  NIK index per row: 200,000).
Peak memory is the import process's peak resident size (each import runs in its own
process; `resource` on Linux/macOS, tracemalloc's peak where that is missing).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from eventsourcing.application import Application
from eventsourcing.domain import Aggregate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the `tests` helpers

from tests.opening import confirmed

ROOT = Path(__file__).resolve().parents[1]


class Thing(Aggregate):
    """The baseline's minimal aggregate: one created event with one field."""

    def __init__(self, name: str) -> None:
        self.name = name


class Raw(Application[Any]):
    pass

HEADERS = ["No", "NIK", "Nama", "JK", "Tanggal Lahir", "Kecamatan", "Kelurahan", "Pekerjaan",
           "Desil", "No HP"]
FIRST = ["Andi", "Muhammad", "Siti", "Nurhayati", "Ahmad", "Hasnah", "Syamsul", "Wahyuni"]
LAST = ["Baso", "Daeng Ngalle", "Mappaseng", "Sila", "Halim", "Latif", "Rahman", "Tahir"]
JOBS = ["Pedagang Pasar", "Pengemudi Ojek", "Nelayan", "Buruh Harian Lepas", "Pemulung"]


def worker_rows(count: int) -> Any:
    from domain.wilayah import all_kecamatan

    places = [(k.name, kel) for k in all_kecamatan() for kel in k.kelurahan]
    for i in range(count):
        birth = date(1960, 1, 1) + timedelta(days=i % 15000)
        sex = "P" if i % 2 else "L"
        day = birth.day + (40 if sex == "P" else 0)
        nik = f"7371{i % 15 + 1:02d}{day:02d}{birth:%m%y}{i // 15000 + 1:04d}"
        kecamatan, kelurahan = places[i % len(places)]
        name = f"{FIRST[i % 8]} {LAST[(i // 8) % 8]}"
        yield [i + 1, nik, name, sex, birth, kecamatan, kelurahan, JOBS[i % 5], i % 10 + 1,
               f"08{1200000000 + i}"]


def write_files(folder: Path, count: int) -> tuple[Path, Path]:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Daftar")
    sheet.append(["DAFTAR PEKERJA RENTAN (DATA UJI BENCHMARK)"])
    sheet.append([])
    sheet.append(HEADERS)
    for row in worker_rows(count):
        sheet.append(row)
    xlsx = folder / "pekerja.xlsx"
    workbook.save(xlsx)
    csv_path = folder / "pekerja.csv"
    _write_csv(csv_path, count)
    return xlsx, csv_path


XLS_MAX_ROWS = 65_535  # a BIFF8 sheet's 65,536 rows, less the header
# LibreOffice's CSV filter: ';' separated, '"' quoted, UTF-8, from line 1, NIK (column 2)
# and No HP (column 10) as Text; the rest typed as LibreOffice types them (dates, numbers).
LIBREOFFICE_CSV = "CSV:59,34,76,1,2/2/10/2"


def write_office_files(folder: Path, count: int) -> list[Path]:
    """The .ods and .xls of the same list, by LibreOffice; none without it."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice not found: .xls and .ods not measured", file=sys.stderr)
        return []
    made = []
    for kind, filter_name, rows in (("ods", "calc8", count),
                                    ("xls", "MS Excel 97", min(count, XLS_MAX_ROWS))):
        source = folder / f"lo-{kind}" / "pekerja.csv"
        source.parent.mkdir()
        _write_csv(source, rows, iso_dates=True)
        subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation=file://{folder}/lo-profile",
             f"--infilter={LIBREOFFICE_CSV}", "--convert-to", f"{kind}:{filter_name}",
             "--outdir", str(source.parent), str(source)],
            check=True, capture_output=True, timeout=1800)
        made.append(source.with_suffix(f".{kind}"))
    return made


def _write_csv(path: Path, count: int, iso_dates: bool = False) -> None:
    with path.open("w", encoding="utf-8-sig" if not iso_dates else "utf-8",
                   newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        for row in worker_rows(count):
            row[4] = row[4].isoformat() if iso_dates else row[4].strftime("%d-%m-%Y")
            writer.writerow(row)


def peak_memory_mb(children: bool = False) -> float | None:
    """Peak resident size of this process (or of its largest finished child: the import's
    reader process)."""
    try:
        import resource
    except ImportError:
        return None
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def one_import(path: Path, batch_size: int) -> dict[str, Any]:
    """Runs in a child process: a fresh store, an admin, a quota, then the import."""
    import tracemalloc

    from berjasa.bootstrap import open_store
    from importer import run_import

    use_tracemalloc = peak_memory_mb() is None
    if use_tracemalloc:
        tracemalloc.start()
    store = path.parent / f"{path.stem}-{path.suffix[1:]}-{os.getpid()}.db"  # a fresh store
    app = open_store(f"sqlite:///{store.as_posix()}")
    app.users.initialise_store("admin", "benchmark-2026", "bench")
    session = app.users.sign_in("admin", "benchmark-2026", "bench")
    quota = confirmed(app, app.quotas.open_quota(session, 2026, "JKK,JKM", 200_000))["quota"]
    began = time.perf_counter()
    result = run_import(app, session, path, quota, batch_size=batch_size,
                        report_path=path.parent / "ditolak.xlsx")
    seconds = time.perf_counter() - began
    app.close()
    peak = tracemalloc.get_traced_memory()[1] / 2**20 if use_tracemalloc else peak_memory_mb()
    return {"file": path.suffix[1:], "rows": result.rows, "enrolled": result.enrolled,
            "seconds": round(seconds, 2), "rows_per_s": round(result.rows / seconds),
            "peak_mb": round(peak or 0, 1),
            "reader_peak_mb": round(peak_memory_mb(children=True) or 0, 1)}


def raw_save(folder: Path, aggregates: int, batch_size: int) -> dict[str, Any]:
    """eventsourcing's batched save() of minimal aggregates into a fresh SQLite file."""
    db = Path(tempfile.mkdtemp(dir=folder)) / f"raw-{aggregates}.db"  # each a new file
    app = Raw({"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": str(db)})
    began = time.perf_counter()
    for first in range(0, aggregates, batch_size):
        app.application.save(*[Thing(name=f"n{i}") for i in range(first, min(first + batch_size,
                                                                             aggregates))])
    seconds = time.perf_counter() - began
    app.close()
    return {"aggregates": aggregates, "seconds": round(seconds, 2),
            "per_s": round(aggregates / seconds)}


def in_child(path: Path, batch_size: int, one_process: bool = False) -> dict[str, Any]:
    env = {**os.environ, **({"BERJASA_SECOND_PROCESS": "0"} if one_process else {})}
    output = subprocess.run(
        [sys.executable, __file__, "--one", str(path), "--batch-size", str(batch_size)],
        check=True, capture_output=True, text=True, cwd=ROOT, env=env,
    ).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    result["mode"] = "one process" if one_process else "reader process"
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--one-process-too", action="store_true",
                        help="also import each file without the second (reader) process")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_import(args.one, args.batch_size)))
        return
    with tempfile.TemporaryDirectory(prefix="berjasa-bench-") as tmp:
        folder = Path(tmp)
        xlsx, csv_path = write_files(folder, args.rows)
        office = write_office_files(folder, args.rows)
        raw_aggregates = raw_save(folder, 2 * args.rows, args.batch_size)
        modes = [(csv_path, False), (xlsx, False)] + [(path, False) for path in office]
        if args.one_process_too:
            modes += [(path, True) for path in (csv_path, xlsx, *office)]
        # The raw save before and after each import: the machine's speed drifts (a shared
        # virtual machine), so each import is also set beside the two saves around it.
        raws = [raw_save(folder, args.rows, args.batch_size)]
        results = []
        for path, one_process in modes:
            results.append(in_child(path, args.batch_size, one_process))
            raws.append(raw_save(folder, args.rows, args.batch_size))
    report(args.rows, raws, raw_aggregates, results)


def report(rows: int, raws: list[dict[str, Any]], raw_aggregates: dict[str, Any],
           results: list[dict[str, Any]]) -> None:
    first = raws[0]
    print(f"raw save, {rows:,} aggregates:    {first['seconds']:7.2f} s "
          f"({first['per_s']:,}/s); after each import: "
          + ", ".join(f"{r['seconds']:.2f} s" for r in raws[1:]))
    print(f"raw save, {2 * rows:,} aggregates:    {raw_aggregates['seconds']:7.2f} s "
          f"({raw_aggregates['per_s']:,}/s)")
    for r, before, after in zip(results, raws[:-1], raws[1:], strict=True):
        around = (before["seconds"] + after["seconds"]) / 2
        print(f"import {r['file']:>4} ({r['mode']}): {r['rows']:,} rows, "
              f"{r['enrolled']:,} enrolled in "
              f"{r['seconds']:.2f} s = {r['rows_per_s']:,} rows/s; "
              f"{r['seconds'] / first['seconds']:.2f}x the first raw save, "
              f"{r['seconds'] / around:.2f}x the raw saves around it "
              f"({before['seconds']:.2f} s, {after['seconds']:.2f} s), "
              f"{r['seconds'] / raw_aggregates['seconds']:.2f}x raw (aggregates); "
              f"peak {r['peak_mb']} MB (+ reader process {r['reader_peak_mb']} MB)")


if __name__ == "__main__":
    main()
