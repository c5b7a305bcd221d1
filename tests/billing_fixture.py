"""A BPJS invoice for March 2026 with known discrepancies of every kind, and the store it
is checked against (tests/data/tagihan/ holds it as .csv, .xlsx, .xls and .ods; the .xls
and .ods were made from the .xlsx by LibreOffice: `python -m tests.billing_fixture`)."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from domain.services.app import Berjasa
from domain.services.session import Session
from tests.conftest import enrol_from
from tests.factories import worker_fields
from tests.opening import confirmed

MONTH = "2026-03"
FOLDER = Path(__file__).parent / "data" / "tagihan"
STEM = "tagihan-bpjs-2026-03"
KPJ = "12345678901"
UNKNOWN_NIK = "7371094512880099"
# What the invoice must give, line by line kinds included.
EXPECTED = {"invoice_lines": 11, "matched": 4, "only_in_invoice": 4, "only_ours": 1,
            "amount_mismatches": 3, "invoice_amount": 16_800 * 9 + 20_000,
            "our_amount": 16_800 * 8}
HEADER = ["No", "NIK", "KPJ", "Nama", "Program", "Iuran", "Bulan"]


def nik(serial: int) -> str:
    return str(worker_fields(serial)["nik"])


def lines() -> list[list[Any]]:
    """Workers 1-9: 1-3 and 9 (by KPJ) match; 4 another amount, 5 an amount that is not
    rupiah, 6 an unknown programme; 7 is billed but missing; 8 was terminated in February;
    then an unknown NIK, worker 2 again for February, and worker 3 twice."""
    rows = [
        [nik(1), "", "Pekerja Uji 1", "JKK+JKM", 16800, "2026-03"],
        [nik(2), "", "Pekerja Uji 2", "JKK, JKM", "16.800", "03/2026"],
        [nik(3), "", "Pekerja Uji 3", "JKK+JKM", "Rp16.800", "Maret 2026"],
        [nik(4), "", "Pekerja Uji 4", "JKK+JKM", 20000, "2026-03"],
        [nik(5), "", "Pekerja Uji 5", "JKK+JKM", "enam belas ribu", "2026-03"],
        [nik(6), "", "Pekerja Uji 6", "JKK+JKX", 16800, "2026-03"],
        [nik(8), "", "Pekerja Uji 8", "JKK+JKM", 16800, "2026-03"],
        [UNKNOWN_NIK, "", "Orang Lain", "JKK+JKM", 16800, "2026-03"],
        [nik(2), "", "Pekerja Uji 2", "JKK+JKM", 16800, "2026-02"],
        [nik(3), "", "Pekerja Uji 3", "JKK+JKM", 16800, "2026-03"],
        ["", KPJ, "Pekerja Uji 9", "JKK+JKM", "Rp 16.800,00", "2026-03"],
    ]
    return [[i + 1, *row] for i, row in enumerate(rows)]


def build_store(app: Berjasa, admin: Session, operator: Session, supervisor: Session) -> str:
    quota = confirmed(app, app.quotas.open_quota(supervisor, 2026, "JKK,JKM", 20))["quota"]
    for serial in range(1, 10):
        app.workers.register_worker(operator, **worker_fields(serial))
        enrol_from(app, operator, nik(serial), quota, date(2026, 1, 1))
    app.quotas.terminate(operator, nik(8), quota, "error", end=date(2026, 2, 10))
    app.workers.assign_kpj(operator, nik(9), KPJ)
    return str(quota)


def write_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["TAGIHAN IURAN BPU PEKERJA RENTAN PEMKOT MAKASSAR - MARET 2026"])
        writer.writerow(HEADER)
        writer.writerows(lines())


def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["TAGIHAN IURAN BPU PEKERJA RENTAN PEMKOT MAKASSAR - MARET 2026"])
    sheet.append(HEADER)
    for row in lines():
        sheet.append(row)
        for cell in sheet[sheet.max_row][1:3]:
            cell.number_format = "@"  # NIK/KPJ as text, as BPJS sends them
    workbook.save(path)


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    write_csv(FOLDER / f"{STEM}.csv")
    write_xlsx(FOLDER / f"{STEM}.xlsx")
    for kind in ("xls", "ods"):
        subprocess.run(["soffice", "--headless", "--convert-to", kind, "--outdir",
                        str(FOLDER), str(FOLDER / f"{STEM}.xlsx")], check=True)
    print(f"fixtures in {FOLDER}", file=sys.stderr)


if __name__ == "__main__":
    main()
