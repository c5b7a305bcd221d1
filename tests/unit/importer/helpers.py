"""Small worker lists written the ways offices write them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from tests.factories import make_nik

HEADERS = ["NIK", "Nama", "JK", "Tanggal Lahir", "Kecamatan", "Kelurahan", "Pekerjaan",
           "Desil", "No HP"]


def worker_row(serial: int, sex: str = "L", birth: date = date(1985, 4, 12),
               **overrides: Any) -> list[Any]:
    row: dict[str, Any] = {
        "NIK": make_nik(birth, sex, serial), "Nama": f"Pekerja {serial}", "JK": sex,
        "Tanggal Lahir": birth.strftime("%d-%m-%Y"), "Kecamatan": "Panakkukang",
        "Kelurahan": "Pandang", "Pekerjaan": "Pedagang Pasar", "Desil": 2, "No HP": "",
    }
    row.update(overrides)
    return [row[h] for h in HEADERS]


def write_csv(path: Path, rows: Sequence[Sequence[Any]], *, delimiter: str = ",",
              encoding: str = "utf-8", headers: Sequence[str] = HEADERS,
              above: Sequence[str] = ()) -> Path:
    def line(cells: Sequence[Any]) -> str:
        return delimiter.join(_quoted(c, delimiter) for c in cells)

    text = "".join(f"{a}\r\n" for a in above) + line(headers) + "\r\n"
    text += "".join(line(r) + "\r\n" for r in rows)
    path.write_bytes(text.encode(encoding))
    return path


def _quoted(value: Any, delimiter: str) -> str:
    text = "" if value is None else str(value)
    escaped = text.replace('"', '""')
    return f'"{escaped}"' if delimiter in text or '"' in text else text


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *,
               headers: Sequence[Any] = HEADERS, above: Sequence[Sequence[Any]] = ()) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Daftar"
    for row in [*above, headers, *rows]:
        sheet.append(list(row))
    workbook.save(path)
    return path
