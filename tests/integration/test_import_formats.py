"""The same small list written by openpyxl and by LibreOffice, in every format an office
sends (`tests/data/formats/`, made by its `make_fixtures.py`): the same counts whatever
the format, and no NIK that a spreadsheet rounded is ever enrolled."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from domain.services.app import Berjasa
from importer import ImportResult, read_table, run_import
from tests.conftest import PASSWORD, fixed_clock
from tests.opening import confirmed

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"
TEXT_TYPED = ["daftar.csv", "openpyxl-teks.xlsx", "libreoffice-teks.xlsx",
              "libreoffice-teks.xlsm", "libreoffice-teks.xls", "libreoffice-teks.ods"]
NUMBER_TYPED = ["openpyxl-angka.xlsx", "libreoffice-angka.xlsx", "libreoffice-angka.xlsm",
                "libreoffice-angka.xls", "libreoffice-angka.ods"]
DIGITS_KEPT = 15  # what a spreadsheet's number cell keeps (the rule under test)


def source_niks() -> list[str]:
    """The NIKs as typed, in row order, from the CSV the other files were made from."""
    with (FORMATS / "daftar.csv").open(encoding="utf-8", newline="") as handle:
        return [row[0] for row in list(csv.reader(handle))[1:]]


def nik_cells(name: str) -> list[Any]:
    table = read_table(FORMATS / name)
    return [cells[table.guessed_mapping["nik"]] for _number, cells in table.rows()]


def imported(name: str, tmp_path: Path) -> tuple[ImportResult, Berjasa, Any]:
    app = fixed_clock(open_store("memory:"))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 100))["quota"])
    result = run_import(app, admin, FORMATS / name, quota, report_path=tmp_path / "r.xlsx")
    return result, app, admin


def counts(result: ImportResult) -> tuple[Any, ...]:
    return (result.rows, result.enrolled, result.rejected, result.duplicates,
            result.over_quota, sorted(result.rejected_by_code.items()))


@pytest.fixture(scope="module")
def csv_counts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, ...]:
    result, app, _admin = imported("daftar.csv", tmp_path_factory.mktemp("csv"))
    app.close()
    return counts(result)


@pytest.fixture
def closing() -> Iterator[list[Berjasa]]:
    apps: list[Berjasa] = []
    yield apps
    for app in apps:
        app.close()


@pytest.mark.parametrize("name", TEXT_TYPED)
def test_a_text_typed_list_gives_the_same_counts_in_every_format(
    name: str, tmp_path: Path, csv_counts: tuple[Any, ...], closing: list[Berjasa]
) -> None:
    result, app, _admin = imported(name, tmp_path)
    closing.append(app)
    assert counts(result) == csv_counts
    assert result.enrolled > 0 and result.rejected > 0 and result.duplicates > 0


@pytest.mark.parametrize("name", NUMBER_TYPED)
def test_a_number_typed_list_never_enrols_a_rounded_nik(
    name: str, tmp_path: Path, closing: list[Berjasa]
) -> None:
    typed = source_niks()
    cells = nik_cells(name)
    assert len(cells) == len(typed)
    assert all(isinstance(cell, float | int) for cell in cells)  # the file is number-typed
    result, app, admin = imported(name, tmp_path)
    closing.append(app)
    refused_rows = {issue.row - 1 for issue in result.issues
                    if issue.code == "nik.numeric_cell"}  # row 1 is the header
    for position, (true_nik, cell) in enumerate(zip(typed, cells, strict=True), start=1):
        read = str(int(cell))
        rounded = read != true_nik
        ambiguous = len(read) > DIGITS_KEPT and read.endswith("0")
        if rounded or ambiguous:
            assert position in refused_rows, (name, position, read)
            assert not app.workers.worker_exists(read)
        if rounded:
            assert not app.workers.worker_exists(true_nik)
        else:
            assert position not in refused_rows or ambiguous
    assert result.rejected_by_code.get("nik.numeric_cell", 0) == len(refused_rows)
    assert app.quotas.get_quota(admin, result.quota)["used"] == result.enrolled


def test_libreoffice_xlsx_rounds_and_every_row_is_refused(
    tmp_path: Path, closing: list[Berjasa]
) -> None:
    typed = source_niks()
    rounded = [c for c, t in zip(nik_cells("libreoffice-angka.xlsx"), typed, strict=True)
               if str(int(c)) != t]
    assert rounded  # LibreOffice's .xlsx keeps 15 digits: the fixture shows the problem
    result, app, _admin = imported("libreoffice-angka.xlsx", tmp_path)
    closing.append(app)
    assert result.enrolled == 0
    assert result.rejected_by_code == {"nik.numeric_cell": len(typed)}


def test_exact_numbers_read_as_the_text_list_but_for_niks_ending_in_zero(
    tmp_path: Path, csv_counts: tuple[Any, ...], closing: list[Berjasa]
) -> None:
    """openpyxl writes numbers at full precision: only NIKs ending in 0, which could be a
    rounding, are refused; every other row reads as the text-typed list."""
    result, app, admin = imported("openpyxl-angka.xlsx", tmp_path)
    closing.append(app)
    assert app.workers.get_worker(admin, "7371091204850001")["phone"] == "081234567801"
    ending_in_zero = sum(1 for nik in source_niks() if nik.endswith("0"))
    assert result.rejected_by_code["nik.numeric_cell"] == ending_in_zero
    assert result.rows == csv_counts[0]
    phones = [issue for issue in result.issues if issue.code == "phone.numeric_cell"]
    assert phones == []  # mobile numbers got their 0 back
