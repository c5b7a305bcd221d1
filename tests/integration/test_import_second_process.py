"""Rows read and checked by a second process give exactly the in-process import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from berjasa.bootstrap import open_store
from domain.errors import ValidationError
from domain.services.session import Session
from importer import checking, run_import
from importer.reading import read_table
from tests.conftest import PASSWORD, TODAY, fixed_clock
from tests.integration.test_import import sample
from tests.opening import confirmed


def _import(path: Path, report: Path, second_process: bool,
            monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setattr(checking, "SECOND_PROCESS_MIN_ROWS", 0 if second_process else 10**9)
    app = fixed_clock(open_store("memory:"))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = Session("admin", "admin", "uji-01")
    quota = confirmed(app,
                      app.quotas.open_quota(admin, 2026, "JKK,JKM",
                                            120))["quota"]  # some rows over quota
    result = run_import(app, admin, path, quota, batch_size=17, report_path=report)
    rejected = [list(r) for r in load_workbook(report, read_only=True).active.iter_rows(
        values_only=True)]
    outcome = {**result.as_dict(), "report": None,
               "issues": [(i.as_dict(), i.cells, i.nik) for i in result.issues],
               "used": app.quotas.get_quota(admin, quota)["used"], "rejection_workbook": rejected}
    app.close()
    return outcome


def test_second_process_gives_the_same_outcome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = _import(sample(".xlsx"), tmp_path / "here.xlsx", False, monkeypatch)
    there = _import(sample(".xlsx"), tmp_path / "there.xlsx", True, monkeypatch)
    assert here["rejected"] and here["duplicates"] and here["over_quota"]
    assert there == here


def test_a_file_the_second_process_cannot_read_fails_as_it_would_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "daftar.xlsx"
    copy.write_bytes(sample(".xlsx").read_bytes())
    table = read_table(copy)
    copy.unlink()  # gone between finding its header and reading its rows
    refusals = []
    for second_process in (False, True):
        monkeypatch.setattr(checking, "SECOND_PROCESS_MIN_ROWS", 0 if second_process else 10**9)
        assert checking.use_second_process(table) == second_process
        with pytest.raises(ValidationError) as refused:
            list(checking.checked_rows(table, table.guessed_mapping, TODAY))
        refusals.append((refused.value.code, refused.value.params))
    assert refusals[0] == refusals[1]
    assert refusals[0][0] == "import.file_unreadable"


def test_a_csv_and_a_small_spreadsheet_are_read_here(tmp_path: Path) -> None:
    assert not checking.use_second_process(read_table(sample(".csv")))
    assert not checking.use_second_process(read_table(sample(".xlsx")))


def test_a_spreadsheet_without_dimensions_is_sized_by_counting_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)  # writes no <dimension>: the rows are counted
    sheet = workbook.create_sheet("Daftar")
    sheet.append(["No", "NIK", "Nama", "JK", "Tanggal Lahir", "Kecamatan", "Kelurahan"])
    for number in range(1, 41):
        sheet.append([number, f"73710112018{number:05d}", f"Pekerja Nomor {number}", "L",
                      "12-01-1980", "Tallo", "Tallo"])
    path = tmp_path / "tanpa-dimensi.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.total_rows == 40
    monkeypatch.setattr(checking, "SECOND_PROCESS_MIN_ROWS", 20)
    assert checking.use_second_process(table)
    monkeypatch.setattr(checking, "SECOND_PROCESS_MIN_ROWS", 2_000)
    assert not checking.use_second_process(table)
