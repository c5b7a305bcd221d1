"""Benchmark of the monthly bill and the reconciliation of BPJS's invoice.

    python -m bench.bench_billing [--workers 100000] [--dir DIR] [--repeat 3]

Fills the read models' tables (rm_member, rm_enrolment, rm_quota, rm_tariff: what the bill
reads) of a SQLite file with `--workers` workers enrolled in a JKK+JKM quota, 45% of them
also in a JHT quota, some from mid-month, some terminated, then prints, each beside a
plain SQL count over the same rows measured in the same run:

- `billing show`'s computation (`SqlReadModels.bill_summary(month)`, target < 2 s), and
  the bill's lines (`SqlReadModels.bill(month)`: what export and reconcile read);
- `billing reconcile` of a 100,000-line invoice (.csv and .xlsx) made from that bill with
  a few discrepancies: reading it with the importer's reader, comparing, writing the
  discrepancy workbook, hashing the file and recording the event (target < 10 s).
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

MONTH = "2026-03"
COUNT_SQL = ("SELECT COUNT(DISTINCT e.worker_id) FROM rm_enrolment e JOIN rm_member m "
             "ON m.worker_id = e.worker_id WHERE e.start_on <= ? AND e.covered_to >= ?")
KECAMATAN = ("Mariso", "Mamajang", "Makassar", "Ujung Pandang", "Wajo", "Bontoala", "Tallo",
             "Ujung Tanah", "Panakkukang", "Tamalate", "Biringkanaya", "Manggala",
             "Rappocini", "Tamalanrea", "Kepulauan Sangkarrang")


def log(text: str) -> None:
    print(text, flush=True)


def timed(action: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The median of `repeat` runs (seconds) and the last result."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def fill(path: Path, workers: int) -> None:
    from projections.schema import TABLES, create_table_sql

    rng = random.Random(17)
    connection = sqlite3.connect(path)
    for name in TABLES:
        connection.execute(create_table_sql(name, "sqlite"))
    connection.executemany(
        "INSERT INTO rm_tariff VALUES (?, '2015-07-01', ?, 'PP 44/2015')",
        [("JKK", 10_000), ("JKM", 6_800), ("JHT", 20_000)])
    for code, programmes, seats in (("KU-2026-01", '["JKK", "JKM"]', workers),
                                    ("KU-2026-02", '["JHT"]', workers)):
        connection.execute(
            "INSERT INTO rm_quota VALUES (?, ?, 2026, ?, 'bench', 'bench', ?, 0, "
            "'2026-01-01', '2026-12-31', '{}', 0, 'dikonfirmasi', 'bench')",
            (code, code, programmes, seats))
    members, enrolments = [], []
    for index in range(workers):
        worker = f"{index:032x}"
        nik = f"7371{index % 15 + 1:02d}{index % 28 + 1:02d}0890{index % 10000:04d}"
        nik = f"{nik[:6]}{(index // 10000) % 100:02d}{nik[8:]}"
        members.append((worker, nik, f"Pekerja {index}", f"pekerja {index}", "L",
                        "1990-08-01", KECAMATAN[index % 15], "Kel", "Pedagang Pasar",
                        "Pekerja Rentan", None, None, "", 0, "padan", None,
                        f"{26_000_000_000 + index}" if index % 3 == 0 else None, None, 1,
                        "KU-2026-01", "2026-01-01", "2026-12-31", "2026-01-01T00:00:00+00:00",
                        "[]", "2026-01-01", "2026-12-31", 0, 1, 1, 0))
        start = "2026-03-20" if index % 50 == 0 else "2026-01-01"
        end = "2026-03-05" if index % 97 == 0 else None
        enrolments.append((worker, 1, "KU-2026-01", 1, 1, 0, start, "2026-12-31", end,
                           end or "2026-12-31", "error" if end else None, 0))
        if rng.random() < 0.45:
            enrolments.append((worker, 2, "KU-2026-02", 0, 0, 1, "2026-01-01", "2026-12-31",
                               None, "2026-12-31", None, 0))
    connection.executemany(f"INSERT INTO rm_member VALUES ({', '.join('?' * 30)})", members)
    connection.executemany(f"INSERT INTO rm_enrolment VALUES ({', '.join('?' * 12)})",
                           enrolments)
    connection.commit()
    connection.close()


def write_invoice(bill: Any, folder: Path) -> tuple[Path, Path]:
    """The bill as BPJS would send it, with every tenth-thousand line changed."""
    header = ["No", "NIK", "KPJ", "Nama", "Program", "Iuran", "Bulan"]
    rows = []
    for index, line in enumerate(bill.lines):
        if index % 10_000 == 1:
            continue  # only ours
        amount = line.amount + (1_000 if index % 10_000 == 2 else 0)
        rows.append([index + 1, line.nik, line.kpj, line.name, "+".join(line.programmes),
                     f"Rp{amount:,}".replace(",", "."), MONTH])
    rows.append([len(rows) + 1, "7371094512880099", "", "Bukan Peserta", "JKK+JKM", 16_800,
                 MONTH])
    text = folder / f"tagihan-bpjs-{MONTH}.csv"
    with text.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Tagihan")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book = folder / f"tagihan-bpjs-{MONTH}.xlsx"
    workbook.save(book)
    return text, book


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_billing")
    parser.add_argument("--workers", type=int, default=100_000)
    parser.add_argument("--dir", default="")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from berjasa.bootstrap import open_store
    from billing.service import reconcile_file
    from projections.queries import SqlReadModels
    from projections.sqlstore import open_sqlite_file

    folder = Path(args.dir or tempfile.mkdtemp(prefix="bench-billing-"))
    path = folder / "readmodels.db"
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    fill(path, args.workers)
    log(f"filled {args.workers:,} workers in {time.perf_counter() - started:.1f} s ({path})")
    database = open_sqlite_file(path)
    models = SqlReadModels(database, lambda: 0, lambda: date(2026, 11, 21))
    plain, counted = timed(lambda: database.scalar(COUNT_SQL, ["2026-03-31", "2026-03-01"]),
                           args.repeat)
    show, summary = timed(lambda: models.bill_summary(MONTH), args.repeat)
    lines, full = timed(lambda: models.bill(MONTH), args.repeat)
    assert full.summary() == summary
    log(f"plain SQL count of the month's workers: {plain:.3f} s ({counted:,} workers)")
    log(f"billing show {MONTH}: {show:.3f} s = {show / plain:.1f}x the count "
        f"({summary['workers']:,} billed, Rp{summary['amount']:,}; target < 2 s)")
    log(f"the bill's lines (export, reconcile): {lines:.3f} s = {lines / plain:.1f}x the count")
    app = open_store("memory:")
    app.users.initialise_store("admin", "bench-password-1", "bench-01")
    session = app.users.sign_in("admin", "bench-password-1", "bench-01")
    for invoice in write_invoice(models.bill(MONTH), folder):
        seconds, outcome = timed(
            lambda file=invoice: reconcile_file(app, session, file, MONTH,  # type: ignore[misc]
                                                folder / f"selisih-{file.suffix[1:]}.xlsx",
                                                models=models), 1)
        counts = outcome[0].counts()
        log(f"billing reconcile {invoice.suffix} ({counts['invoice_lines']:,} lines): "
            f"{seconds:.2f} s = {seconds / plain:.0f}x the count (matched "
            f"{counts['matched']:,}, only in invoice {counts['only_in_invoice']}, only ours "
            f"{counts['only_ours']}, amounts differ {counts['amount_mismatches']}; "
            "target < 10 s)")
    app.close()
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
