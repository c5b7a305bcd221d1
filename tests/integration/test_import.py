"""Importing worker lists end to end, on each kind of store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from domain.errors import PartlyDoneError, PermissionDeniedError, ValidationError
from domain.services.app import Berjasa
from domain.services.session import Session
from importer import run_import
from tests.opening import confirmed
from tests.unit.importer.helpers import worker_row, write_csv

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "contoh-daftar-pekerja"
# The sample's rejection kinds, named by the registration rule codes that refuse them.
KIND_OF_CODE = {
    "nik.not_digits": "nik_letters", "nik.serial_zero": "nik_serial_zero",
    "nik.length": "nik_short", "nik.sex_mismatch": "sex_mismatch", "nik.day": "nik_bad_date",
    "nik.month": "nik_bad_date", "nik.date": "nik_bad_date",
    "nik.birth_mismatch": "birth_mismatch", "worker.decile_range": "decile_out_of_range",
    "worker.name_missing": "name_missing", "worker.kecamatan_unknown": "kecamatan_unknown",
    "nik.scientific": "nik_excel_float",
}


def sample(suffix: str) -> Path:
    return SAMPLE.with_name(SAMPLE.name + suffix)


def open_quota(app: Berjasa, session: Session, seats: int = 1000) -> str:
    return str(confirmed(app, app.quotas.open_quota(session, 2026, "JKK,JKM", seats))["quota"])


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_sample_reaches_the_expected_counts(
    app: Berjasa, admin: Session, tmp_path: Path, suffix: str
) -> None:
    expected = json.loads(sample(".expected.json").read_text(encoding="utf-8"))
    quota = open_quota(app, admin)
    result = run_import(app, admin, sample(suffix), quota, report_path=tmp_path / "r.xlsx")
    assert result.rows == expected["rows"]
    assert result.enrolled == expected["valid_unique"]
    assert result.rejected == expected["rejected"]
    assert result.duplicates == expected["duplicates"]
    by_kind: dict[str, int] = {}
    for code, count in result.rejected_by_code.items():
        by_kind[KIND_OF_CODE[code]] = by_kind.get(KIND_OF_CODE[code], 0) + count
    assert by_kind == expected["rejected_by_kind"]
    assert app.quotas.get_quota(admin, quota)["used"] == expected["valid_unique"]


def test_rows_add_up_and_json_has_exactly_the_console_fields(
    app: Berjasa, admin: Session, operator: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin, 250)
    result = run_import(app, operator, sample(".csv"), quota, report_path=tmp_path / "r.xlsx")
    summary = result.as_dict()
    assert list(summary) == ["rows", "enrolled", "rejected", "duplicates", "over_quota",
                             "report", "warnings", "warnings_by_code"]
    assert summary["rows"] == sum(summary[k] for k in ("enrolled", "rejected", "duplicates",
                                                       "over_quota"))
    assert (result.enrolled, result.over_quota) == (250, 2)


def test_importing_the_same_file_twice_enrols_nobody_the_second_time(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin)
    first = run_import(app, admin, sample(".xlsx"), quota, report_path=tmp_path / "1.xlsx")
    second = run_import(app, admin, sample(".csv"), quota, report_path=tmp_path / "2.xlsx")
    assert second.enrolled == 0
    assert second.duplicates == first.duplicates + first.enrolled
    assert app.quotas.get_quota(admin, quota)["used"] == first.enrolled


class PowerCutError(Exception):
    """Raised by the test's hook in the middle of an import."""


def test_killed_import_leaves_whole_batches_and_running_again_completes_it(
    app: Berjasa, admin: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quota = open_quota(app, admin)
    rows = [worker_row(serial) for serial in range(1, 51)]
    path = write_csv(tmp_path / "daftar.csv", rows)
    real_save = app.application.save
    calls = {"n": 0}

    def save_then_cut(*objs: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:  # the third batch's transaction never commits
            raise PowerCutError
        return real_save(*objs, **kwargs)

    monkeypatch.setattr(app.application, "save", save_then_cut)
    with pytest.raises(PartlyDoneError) as caught:
        run_import(app, admin, path, quota, batch_size=20, report_path=tmp_path / "r.xlsx")
    assert caught.value.code == "import.partly_saved"
    assert isinstance(caught.value.__cause__, PowerCutError)
    assert (caught.value.params["saved"], caught.value.params["batches"]) == (2, 3)
    assert caught.value.params["rows"] == 40 and caught.value.params["row"] == 42
    assert "2 of 3 batches" in caught.value.message("en")
    monkeypatch.setattr(app.application, "save", real_save)
    assert app.quotas.get_quota(admin, quota)["used"] == 40
    assert not app.workers.worker_exists(rows[45][0])

    again = run_import(app, admin, path, quota, batch_size=20, report_path=tmp_path / "s.xlsx")
    assert (again.enrolled, again.duplicates) == (10, 40)
    assert app.quotas.get_quota(admin, quota)["used"] == 50


def test_cancelling_stops_between_batches(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin)
    path = write_csv(tmp_path / "daftar.csv", [worker_row(s) for s in range(1, 31)])
    seen: list[tuple[int, int | None]] = []
    result = run_import(app, admin, path, quota, batch_size=10,
                        progress=lambda done, total: seen.append((done, total)),
                        cancelled=lambda: len(seen) == 2)
    assert result.cancelled
    assert seen == [(10, 30), (20, 30)]
    assert app.quotas.get_quota(admin, quota)["used"] == 20
    assert result.report is None


def test_over_quota_rows_are_listed_and_enrolled_after_the_quota_is_raised(
    app: Berjasa, admin: Session, supervisor: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin, 5)
    path = write_csv(tmp_path / "daftar.csv", [worker_row(s) for s in range(1, 9)])
    first = run_import(app, admin, path, quota, batch_size=3, report_path=tmp_path / "a.xlsx")
    assert (first.enrolled, first.over_quota) == (5, 3)
    change = app.quotas.propose_quota_change(admin, quota, 3, "APBD-P")["change"]
    app.quotas.decide_quota_change(supervisor, change, True)
    second = run_import(app, admin, path, quota, report_path=tmp_path / "b.xlsx")
    assert (second.enrolled, second.duplicates, second.over_quota) == (3, 5, 0)


def test_known_worker_is_enrolled_without_registering_again(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin)
    row = worker_row(3)
    # The same person as the list's row (a name written otherwise, another area): a row
    # naming someone else is refused (`import.nik_other_person`, tests/integration/
    # test_control_input.py).
    app.workers.register_worker(admin, nik=row[0], name="PEKERJA  3", sex="L",
                                birth_date="1985-04-12",
                        kecamatan="Tallo", kelurahan="Kalukuang", occupation="Nelayan")
    rows = [worker_row(s) for s in range(1, 6)]
    path = write_csv(tmp_path / "daftar.csv", rows)
    # Two batches: the second assumes new workers after a clean first batch, meets the
    # known one, and must still enrol it rather than fail.
    result = run_import(app, admin, path, quota, batch_size=2, report_path=tmp_path / "r.xlsx")
    assert (result.enrolled, result.registered) == (5, 4)
    worker = app.workers.get_worker(admin, row[0])
    assert worker["name"] == "PEKERJA 3" and worker["enrolments"][0]["quota"] == quota
    assert worker["kelurahan"] == "Kalukuang"  # the recorded details stay


def test_deceased_worker_is_rejected_with_the_domain_reason(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin)
    row = worker_row(4)
    app.workers.register_worker(admin, nik=row[0], name=row[1], sex="L",
                                birth_date="1985-04-12",
                        kecamatan="Tallo", kelurahan="Kalukuang", occupation="Nelayan")
    app.workers.record_death(admin, row[0], "2026-01-02")
    result = run_import(app, admin, write_csv(tmp_path / "d.csv", [row]), quota,
                        report_path=tmp_path / "r.xlsx")
    assert result.rejected_by_code == {"enrol.after_death": 1}


def test_rejection_workbook_lists_each_row_kind_and_reason(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin, 1)
    rows = [worker_row(1), worker_row(1), worker_row(2, Desil=12), worker_row(3),
            worker_row(4, Nama="=HYPERLINK(\"http://x\")")]
    result = run_import(app, admin, write_csv(tmp_path / "daftar.csv", rows), quota)
    assert result.report is not None and result.report.parent == tmp_path
    assert result.report.name.startswith("daftar-ditolak-")
    sheet = load_workbook(result.report)["Ditolak"]
    lines = list(sheet.iter_rows(values_only=True))
    assert lines[0][:5] == ("Baris", "Jenis", "Kolom", "Alasan", "NIK")
    by_row = {line[0]: line for line in lines[1:]}
    assert by_row[3][1:3] == ("duplikat", None)
    assert by_row[4][1:3] == ("ditolak", "Desil") and "1–10" in by_row[4][3]
    assert by_row[5][1] == "melebihi kuota" and by_row[6][1] == "melebihi kuota"
    assert by_row[6][5] == "=HYPERLINK(\"http://x\")"  # as text: see test_import_bad_cells


def test_rejection_workbook_can_be_imported_again_once_fixed(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin)
    rows = [worker_row(1), worker_row(2, Kecamatan="Makasar Timur")]
    first = run_import(app, admin, write_csv(tmp_path / "daftar.csv", rows), quota,
                       report_path=tmp_path / "tolak.xlsx")
    workbook = load_workbook(tmp_path / "tolak.xlsx")
    workbook["Ditolak"]["I2"] = "Panakkukang"  # the clerk fixes the kecamatan in place
    workbook.save(tmp_path / "perbaikan.xlsx")
    second = run_import(app, admin, tmp_path / "perbaikan.xlsx", quota)
    assert (first.enrolled, second.enrolled, second.rows) == (1, 1, 1)


def test_unmapped_required_column_is_refused_naming_it(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin)
    path = write_csv(tmp_path / "d.csv", [worker_row(1)[:6]],
                     headers=["NIK", "Nama", "JK", "Tanggal Lahir", "Kecamatan", "Kelurahan"])
    with pytest.raises(ValidationError) as caught:
        run_import(app, admin, path, quota)
    assert caught.value.code == "import.columns_missing"
    assert "Pekerjaan" in caught.value.message("id") and "d.csv" in caught.value.message("id")


def test_user_mapping_fixes_a_column_the_importer_could_not_guess(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin)
    headers = ["NIK", "Nama", "JK", "Tanggal Lahir", "Kecamatan", "Kelurahan", "Usaha"]
    path = write_csv(tmp_path / "d.csv", [worker_row(1)[:7]], headers=headers)
    result = run_import(app, admin, path, quota, mapping={"occupation": 6})
    assert result.enrolled == 1


def test_auditor_may_not_import(app: Berjasa, admin: Session, auditor: Session,
                                tmp_path: Path) -> None:
    quota = open_quota(app, admin)
    with pytest.raises(PermissionDeniedError) as refused:
        run_import(app, auditor, write_csv(tmp_path / "d.csv", [worker_row(1)]), quota)
    assert refused.value.code == "permission.denied"


def test_nik_corrected_away_from_a_worker_can_be_imported_for_a_new_one(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = open_quota(app, admin)
    old, new = worker_row(5), worker_row(6)
    app.workers.register_worker(admin, nik=old[0], name="Salah Ketik", sex="L",
                                birth_date="1985-04-12", kecamatan="Tallo", kelurahan="Kalukuang",
                                occupation="Nelayan")
    app.workers.correct_worker(admin, old[0], {"nik": new[0]}, "NIK salah ketik")
    result = run_import(app, admin, write_csv(tmp_path / "d.csv", [old]), quota,
                        report_path=tmp_path / "r.xlsx")
    assert (result.enrolled, result.registered) == (1, 1)
    assert app.workers.get_worker(admin, old[0])["name"] == "Pekerja 5"
    assert app.workers.get_worker(admin, new[0])["name"] == "Salah Ketik"
