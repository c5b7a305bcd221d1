"""Cells that must not reach the store or run in a spreadsheet, and failures part way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from domain.errors import PartlyDoneError, ValidationError
from domain.services.app import Berjasa
from domain.services.session import Session
from importer import run_import
from tests.opening import confirmed
from tests.unit.importer.helpers import worker_row, write_csv, write_xlsx


def open_quota(app: Berjasa, session: Session, seats: int = 100) -> str:
    return str(confirmed(app, app.quotas.open_quota(session, 2026, "JKK,JKM", seats))["quota"])


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_formula_like_cells_go_back_into_the_rejection_workbook_as_text(
    app: Berjasa, admin: Session, tmp_path: Path, start: str
) -> None:
    quota = open_quota(app, admin)
    dangerous = f'{start}HYPERLINK("http://x","klik")'
    rows = [worker_row(1, **{"NIK": "7371-bukan-nik", "Nama": dangerous})]
    path = write_csv(tmp_path / "daftar.csv", rows)
    result = run_import(app, admin, path, quota, report_path=tmp_path / "r.xlsx")
    assert result.rejected == 1
    sheet = load_workbook(tmp_path / "r.xlsx")["Ditolak"]
    cell = sheet.cell(row=2, column=6)  # Baris, Jenis, Kolom, Alasan, then NIK, Nama
    assert (cell.value, cell.data_type) == (dangerous, "s")


def test_a_formula_cell_without_a_value_is_refused_naming_row_and_column(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin)
    path = write_xlsx(tmp_path / "rumus.xlsx", [worker_row(1, **{"NIK": "=A1&B1"}),
                                                 worker_row(2)])
    result = run_import(app, admin, path, quota, report_path=tmp_path / "r.xlsx")
    assert (result.enrolled, result.rejected) == (1, 1)
    issue = result.issues[0]
    assert (issue.row, issue.code, issue.column) == (2, "nik.empty", "NIK")


def test_a_control_character_in_a_later_batch_is_refused_by_row_not_half_way(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin)
    rows = [worker_row(n) for n in range(1, 31)]
    rows[25][1] = "Nama\x00Rusak"
    path = write_csv(tmp_path / "daftar.csv", rows)
    result = run_import(app, admin, path, quota, batch_size=10,
                        report_path=tmp_path / "r.xlsx")
    assert (result.enrolled, result.rejected) == (29, 1)
    issue = result.issues[0]
    assert (issue.row, issue.code, issue.column) == (27, "import.control_character", "Nama")


def test_an_unwritable_report_path_is_refused_before_anything_is_imported(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin)
    path = write_csv(tmp_path / "daftar.csv", [worker_row(1)])
    folder = tmp_path / "laporan.xlsx"
    folder.mkdir()
    with pytest.raises(ValidationError) as caught:
        run_import(app, admin, path, quota, report_path=folder)
    assert caught.value.code == "import.report_unwritable"
    assert app.quotas.get_quota(admin, quota)["used"] == 0


def test_a_failure_after_saved_batches_says_what_was_kept(
    app: Berjasa, admin: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quota = open_quota(app, admin)
    path = write_csv(tmp_path / "daftar.csv", [worker_row(n) for n in range(1, 31)])
    real = app.imports.enrol_batch
    calls = {"n": 0}

    def third_fails(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(app.imports, "enrol_batch", third_fails)
    with pytest.raises(PartlyDoneError) as caught:
        run_import(app, admin, path, quota, batch_size=10, report_path=tmp_path / "r.xlsx")
    error = caught.value
    assert error.code == "import.partly_saved"
    assert "2 dari 3 batch" in error.message("id") and "disk full" in error.message("en")
    assert app.quotas.get_quota(admin, quota)["used"] == 20


def test_a_second_import_in_the_same_second_never_overwrites_the_first_workbook(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin)
    path = write_csv(tmp_path / "daftar.csv", [worker_row(1, **{"Nama": ""})])
    first = run_import(app, admin, path, quota)  # the fixed clock: the same second twice
    second = run_import(app, admin, path, quota)
    assert first.report is not None and second.report is not None
    assert first.report != second.report and first.report.exists()
    assert second.report.name.endswith("-2.xlsx")


FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"


def _lying_text(folder: Path) -> Path:
    return write_csv(folder / "daftar.xlsx", [worker_row(1)])


def _renamed_xls(folder: Path) -> Path:
    target = folder / "daftar.xlsx"
    target.write_bytes((FORMATS / "libreoffice-teks.xls").read_bytes())
    return target


def _password(folder: Path) -> Path:
    target = folder / "kata-sandi.xlsx"
    target.write_bytes((FORMATS / "kata-sandi.xlsx").read_bytes())
    return target


@pytest.mark.parametrize(("make", "code"), [
    (_lying_text, "import.not_a_workbook"),
    (_renamed_xls, "import.content_mismatch"),
    (_password, "import.password_protected"),
])
def test_a_bad_file_records_nothing_and_names_the_file(
    app: Berjasa, admin: Session, tmp_path: Path, make: Any, code: str
) -> None:
    quota = open_quota(app, admin)
    before = app.application.recorder.max_notification_id()
    path = make(tmp_path)
    with pytest.raises(ValidationError) as caught:
        run_import(app, admin, path, quota, report_path=tmp_path / "r.xlsx")
    assert caught.value.code == code and path.name in caught.value.message("id")
    assert app.application.recorder.max_notification_id() == before
    assert not (tmp_path / "r.xlsx").exists()
