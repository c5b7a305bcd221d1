from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from domain.errors import ValidationError
from importer import read_table
from tests.unit.importer.helpers import HEADERS, worker_row, write_csv, write_xlsx


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiter_is_detected(tmp_path: Path, delimiter: str) -> None:
    path = write_csv(tmp_path / "d.csv", [worker_row(1, Nama="Baso, Daeng")],
                     delimiter=delimiter)
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.preview(1)[0][1] == "Baso, Daeng"
    assert table.unmapped_required == []


@pytest.mark.parametrize(("encoding", "detected"), [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252"),
])
def test_csv_encoding_is_detected(tmp_path: Path, encoding: str, detected: str) -> None:
    path = write_csv(tmp_path / "e.csv", [worker_row(1, Nama="Andi Ma’ruf Daéng")],
                     encoding=encoding, delimiter=";")
    table = read_table(path)
    assert table.encoding == detected
    assert table.headers[0] == "NIK"  # no BOM glued to the first header
    assert table.preview(1)[0][1] == "Andi Ma’ruf Daéng"


def test_csv_title_and_blank_rows_above_the_header(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", [worker_row(1), [""] * 9, worker_row(2)],
                     above=["DAFTAR PEKERJA RENTAN", "", "Kecamatan Panakkukang;;;"],
                     delimiter=";")
    table = read_table(path)
    assert table.header_row == 4
    assert [n for n, _cells in table.rows()] == [5, 7]


def test_xlsx_title_rows_no_column_and_numbering_row(tmp_path: Path) -> None:
    rows = [[1, *worker_row(1)], [2, *worker_row(2)]]
    path = write_xlsx(tmp_path / "t.xlsx", [[f"({i})" for i in range(1, 11)], *rows],
                      headers=["No", *HEADERS],
                      above=[["DAFTAR PEKERJA RENTAN KOTA MAKASSAR"], [None], [None]])
    table = read_table(path)
    assert table.sheet == "Daftar"
    assert table.header_row == 4
    assert table.guessed_mapping["nik"] == 1 and table.headers[0] == "No"
    assert [n for n, _cells in table.rows()] == [6, 7]


def test_xlsx_cells_keep_their_types(tmp_path: Path) -> None:
    row = worker_row(1)
    row[0], row[3], row[8] = int(row[0]), datetime(1985, 4, 12), True
    table = read_table(write_xlsx(tmp_path / "c.xlsx", [row]))
    cells = table.preview(1)[0]
    assert isinstance(cells[0], float) and cells[0] == int(row[0])
    assert isinstance(cells[1], str)
    assert cells[3] == date(1985, 4, 12)
    assert cells[8] is True


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        read_table(tmp_path / "hilang.xlsx")
    assert caught.value.code == "import.file_missing"
    assert "hilang.xlsx" in caught.value.message("id")


def test_other_file_types_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "daftar.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert caught.value.code == "import.file_type"


def test_file_without_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "angka.csv"
    path.write_text("1,2,3\n4,5,6\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert caught.value.code == "import.no_header"


def test_damaged_xlsx_is_refused_not_crashed(tmp_path: Path) -> None:
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(b"PK\x03\x04 bukan zip")
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert caught.value.code == "import.file_unreadable"
    assert "rusak.xlsx" in caught.value.message("id")
