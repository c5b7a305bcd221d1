"""Writes the small worker list of `tests/data/formats/` in every format offices send.

Run from the project root (needs LibreOffice: `apt-get install libreoffice-calc-nogui`):
    python tests/data/formats/make_fixtures.py
It writes `daftar.csv` (the source), `openpyxl-teks.xlsx` (NIK and phone as text),
`openpyxl-angka.xlsx` (NIK and phone as numbers at full precision), and LibreOffice's
conversions of the CSV: `libreoffice-teks.{xlsx,xlsm,xls,ods}` (NIK and phone columns imported
as Text) and `libreoffice-angka.{xlsx,xlsm,xls,ods}` (LibreOffice's default number typing,
which keeps 15 significant digits of each NIK). The files are committed; this script is
how they were made.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADERS = ["NIK", "Nama", "JK", "Tanggal Lahir", "Kecamatan", "Kelurahan", "Pekerjaan",
           "Desil", "No HP"]
ROWS = [
    ["7371091204850001", "Andi Rahman", "L", "1985-04-12", "Panakkukang", "Pandang",
     "Pedagang Pasar", "2", "081234567801"],
    ["7371095206900017", "Sitti Aminah", "P", "1990-06-12", "Panakkukang", "Pandang",
     "Buruh Harian Lepas", "1", "081234567802"],
    ["7371131308931417", "Saharuddin Halim", "L", "1993-08-13", "Rappocini", "Buakana",
     "Pengemudi Ojek", "3", "085298765403"],
    ["7371134711880020", "Nurhayati", "P", "1988-11-07", "Rappocini", "Buakana",
     "Pemulung", "2", ""],
    ["7371050101700003", "Baso Tang", "L", "1970-01-01", "Wajo", "Melayu Baru",
     "Nelayan", "1", "081398765405"],
    ["7371052502950110", "Ilham Saputra", "L", "1995-02-25", "Wajo", "Melayu Baru",
     "Buruh Bangunan", "4", "082187654306"],
    ["7371096303820007", "Hasnah Daeng", "P", "1982-03-23", "Panakkukang", "Karampuang",
     "Pedagang Kaki Lima", "1", ""],
    ["7371091204850001", "Andi Rahman", "L", "1985-04-12", "Panakkukang", "Pandang",
     "Pedagang Pasar", "2", "081234567801"],
    ["7371091505800009", "", "L", "1980-05-15", "Panakkukang", "Pandang",
     "Buruh Harian Lepas", "2", ""],
    ["7371091505800000", "Rusli Nompo", "L", "1980-05-15", "Panakkukang", "Pandang",
     "Buruh Harian Lepas", "2", ""],
]
TEXT_COLUMNS = "1/2/9/2"  # LibreOffice's CSV filter: column 1 (NIK) and 9 (No HP) as Text


def main() -> None:
    source = HERE / "daftar.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows([HEADERS, *ROWS])
    _openpyxl(HERE / "openpyxl-teks.xlsx", numbers=False)
    _openpyxl(HERE / "openpyxl-angka.xlsx", numbers=True)
    for variant, columns in (("teks", TEXT_COLUMNS), ("angka", "")):
        for kind, filter_name in (("xlsx", "Calc MS Excel 2007 XML"),
                                  ("xlsm", "Calc MS Excel 2007 VBA XML"),
                                  ("xls", "MS Excel 97"), ("ods", "calc8")):
            _libreoffice(source, HERE / f"libreoffice-{variant}.{kind}", kind, filter_name,
                         columns)


def _openpyxl(path: Path, numbers: bool) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Daftar"
    sheet.append(HEADERS)
    for row in ROWS:
        cells: list[object] = list(row)
        if numbers:
            cells[0] = int(row[0])
            cells[8] = int(row[8]) if row[8] else None
        cells[7] = int(row[7])
        sheet.append(cells)
    workbook.save(path)


def _libreoffice(source: Path, target: Path, kind: str, filter_name: str,
                 columns: str) -> None:
    options = f"CSV:44,34,76,1,{columns}" if columns else "CSV:44,34,76,1"
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile",
             f"--infilter={options}", "--convert-to", f"{kind}:{filter_name}",
             "--outdir", folder, str(source)],
            check=True, capture_output=True, timeout=180)
        shutil.move(Path(folder) / f"{source.stem}.{kind}", target)


if __name__ == "__main__":
    sys.exit(main())
