"""An import enrols rows with a warning and lists them on the workbook's own sheet; a NIK
with a province code that does not exist is refused (issue 16). Fixed clock (conftest)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from berjasa.bootstrap import open_store
from domain.services.app import Berjasa
from domain.services.session import Session
from importer import run_import
from tests.conftest import PASSWORD, fixed_clock
from tests.factories import make_nik
from tests.opening import confirmed
from tests.unit.importer.helpers import worker_row, write_csv


@pytest.fixture
def app() -> Iterator[Berjasa]:
    application = fixed_clock(open_store("memory:"))
    application.users.initialise_store("admin", PASSWORD, "uji-01")
    yield application
    application.close()


def _rows() -> list[list[object]]:
    clean = worker_row(1)
    unknown_occupation = worker_row(2, Pekerjaan="Astronot")
    synonym = worker_row(3, Pekerjaan="guru ngaji")
    odd_kecamatan = worker_row(4)
    odd_kecamatan[0] = str(odd_kecamatan[0])[:4] + "20" + str(odd_kecamatan[0])[6:]
    from_gowa = worker_row(5)
    from_gowa[0] = "7306" + str(from_gowa[0])[4:]
    no_province = worker_row(6)
    no_province[0] = "99" + str(no_province[0])[2:]
    return [clean, unknown_occupation, synonym, odd_kecamatan, from_gowa, no_province]


def test_rows_with_warnings_are_enrolled_and_listed_on_their_own_sheet(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 100))["quota"])
    source = write_csv(tmp_path / "daftar.csv", _rows())
    result = run_import(app, admin, source, quota, report_path=tmp_path / "r.xlsx")
    assert (result.rows, result.enrolled, result.rejected) == (6, 5, 1)
    assert result.issues[0].code == "nik.province_unknown"
    assert result.warnings_by_code == {"occupation.unknown": 1, "nik.kecamatan_unknown": 1,
                                       "nik.outside_makassar": 1}
    summary = result.as_dict()
    assert (summary["warnings"], summary["warnings_by_code"]) == (3, result.warnings_by_code)
    sheet = load_workbook(tmp_path / "r.xlsx")["Peringatan"]
    lines = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert lines[0] == ["Baris", "NIK", "Kode", "Kolom", "Peringatan"]
    by_code = {line[2]: line for line in lines[1:]}
    assert by_code["occupation.unknown"][:4] == [3, make_nik_of(2), "occupation.unknown",
                                                 "Pekerjaan"]
    assert "Astronot" in by_code["occupation.unknown"][4]
    assert by_code["nik.kecamatan_unknown"][0] == 5 and by_code["nik.kecamatan_unknown"][3] == "NIK"
    assert by_code["nik.outside_makassar"][0] == 6


def make_nik_of(serial: int) -> str:
    from datetime import date

    return make_nik(date(1985, 4, 12), "L", serial)


def test_a_clean_list_leaves_no_workbook(app: Berjasa, admin: Session, tmp_path: Path) -> None:
    quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 100))["quota"])
    source = write_csv(tmp_path / "bersih.csv", [worker_row(1), worker_row(2, Pekerjaan="Ojol")])
    result = run_import(app, admin, source, quota, report_path=tmp_path / "r.xlsx")
    assert (result.enrolled, result.warnings, result.report) == (2, [], None)
