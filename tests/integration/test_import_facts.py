"""`import-kpj`, `import-dukcapil` and `import-decile`: every rejection reason, running a
file twice, one transaction per batch, who may run them, and the console's output."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from berjasa.bootstrap import open_store
from desktop.console.main import main
from domain.errors import PartlyDoneError, PermissionDeniedError, ValidationError
from domain.services.app import Berjasa
from domain.services.session import Session
from importer.facts import FactImportResult, run_fact_import
from tests.conftest import PASSWORD, TODAY, fixed_clock
from tests.factories import make_nik, worker_fields
from tests.unit.importer.helpers import write_csv, write_xlsx

KPJ_HEADERS = ["NIK", "No KPJ", "Tanggal"]
DUKCAPIL_HEADERS = ["NIK", "Status Padan", "Tanggal Padan"]
DECILE_HEADERS = ["NIK", "No KK", "Desil", "Data Per Tanggal"]
A, B, C = (make_nik(date(1985, 4, 12), "L", n) for n in (1, 2, 3))
UNKNOWN = make_nik(date(1985, 4, 12), "L", 99)


@pytest.fixture
def memory_app() -> Iterator[Berjasa]:
    app = fixed_clock(open_store("memory:"))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    yield app
    app.close()


@pytest.fixture
def clerk(memory_app: Berjasa) -> Session:
    admin = memory_app.users.sign_in("admin", PASSWORD, "uji-01")
    for serial in (1, 2, 3):  # no decile: the DTSEN file brings it
        memory_app.workers.register_worker(admin, **worker_fields(serial, decile=None))
    memory_app.users.add_user(admin, "ani", "operator", PASSWORD)
    return memory_app.users.sign_in("ani", PASSWORD, "uji-02")


def write(tmp_path: Path, name: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]
          ) -> Path:
    if name.endswith(".csv"):
        return write_csv(tmp_path / name, rows, headers=headers)
    return write_xlsx(tmp_path / name, rows, headers=headers)


def imported(app: Berjasa, session: Session, kind: str, path: Path, **kwargs: Any
             ) -> FactImportResult:
    return run_fact_import(app, session, kind, path,
                           report_path=path.with_name(f"{path.stem}-r.xlsx"), **kwargs)


def codes(result: FactImportResult) -> dict[int, str]:
    return {issue.row: issue.code for issue in result.issues}


# --- KPJ -------------------------------------------------------------------------------------


def test_kpj_every_rejection_reason(memory_app: Berjasa, clerk: Session, tmp_path: Path) -> None:
    admin = memory_app.users.sign_in("admin", PASSWORD, "uji-01")
    memory_app.workers.assign_kpj(admin, C, "99999999999")
    rows: list[list[Any]] = [
        [A, "12345678901", "2026-03-01"],                 # 2 applied
        [UNKNOWN, "12345678902", "2026-03-01"],           # 3 no such worker
        ["7371-12", "12345678903", "2026-03-01"],         # 4 NIK malformed
        [B, "1234", "2026-03-01"],                        # 5 KPJ malformed
        [B, "12345678901", "2026-03-01"],                 # 6 KPJ twice in the file
        [A, "12345678904", "2026-03-01"],                 # 7 NIK twice in the file
        [B, "99999999999", "2026-03-01"],                 # 8 KPJ held by another worker
        [B, "12345678905", "kemarin"],                    # 9 date unreadable
        [B, "12345678905", "2027-01-01"],                 # 10 date in the future
        [7371091204850010.0, "12345678906", "2026-03-01"],  # 11 NIK rounded
        [B, 1234567890123450.0, "2026-03-01"],            # 12 KPJ rounded
    ]
    result = imported(memory_app, clerk, "kpj", write(tmp_path, "kpj.xlsx", KPJ_HEADERS, rows))
    assert codes(result) == {
        3: "worker.not_found", 4: "nik.not_digits", 5: "worker.kpj_invalid",
        6: "facts.duplicate_in_file", 7: "facts.duplicate_in_file", 8: "worker.kpj_taken",
        9: "import.date_invalid", 10: "import.date_future", 11: "nik.numeric_cell",
        12: "kpj.numeric_cell"}
    assert (result.rows, result.applied, result.unchanged, result.rejected) == (11, 1, 0, 10)
    worker = memory_app.workers.get_worker(admin, A)
    assert (worker["kpj"], worker["kpj_assigned_on"]) == ("12345678901", "2026-03-01")
    assert memory_app.workers.get_worker(admin, C)["kpj"] == "99999999999"
    sheet = load_workbook(result.report or "")["Ditolak"]
    columns = {line[0]: line[2] for line in sheet.iter_rows(min_row=2, values_only=True)}
    assert columns[5] == "No KPJ" and columns[9] == "Tanggal" and columns[3] == "NIK"
    control = imported(memory_app, clerk, "kpj", write(tmp_path, "kendali.csv", KPJ_HEADERS,
                                                       [[B, "1234567\x0b8905", "2026-03-01"]]))
    assert codes(control) == {2: "import.control_character"}
    assert control.issues[0].column == "No KPJ"


def test_kpj_twice_changes_nothing_the_second_time(
    memory_app: Berjasa, clerk: Session, tmp_path: Path
) -> None:
    path = write(tmp_path, "kpj.csv", KPJ_HEADERS, [[A, "12345678901", "01-03-2026"],
                                                     [B, "12345678902", "01-03-2026"]])
    first = imported(memory_app, clerk, "kpj", path)
    events = len(memory_app.application.recorder.select_notifications(start=1, limit=10_000))
    second = imported(memory_app, clerk, "kpj", path)
    assert (first.applied, first.unchanged) == (2, 0)
    assert (second.rows, second.applied, second.unchanged, second.rejected) == (2, 0, 2, 0)
    assert len(memory_app.application.recorder.select_notifications(start=1,
                                                                    limit=10_000)) == events
    assert second.report is None  # nothing refused: no workbook


def test_a_new_kpj_releases_the_old_number(
    memory_app: Berjasa, clerk: Session, tmp_path: Path
) -> None:
    imported(memory_app, clerk, "kpj", write(tmp_path, "a.csv", KPJ_HEADERS,
                                             [[A, "12345678901", "2026-03-01"]]))
    imported(memory_app, clerk, "kpj", write(tmp_path, "b.csv", KPJ_HEADERS,
                                             [[A, "12345678902", "2026-04-01"]]))
    result = imported(memory_app, clerk, "kpj", write(tmp_path, "c.csv", KPJ_HEADERS,
                                                      [[B, "12345678901", "2026-05-01"]]))
    assert result.applied == 1  # the number A gave up is free for B


# --- Dukcapil --------------------------------------------------------------------------------


def test_dukcapil_every_rejection_reason_and_twice(
    memory_app: Berjasa, clerk: Session, tmp_path: Path
) -> None:
    admin = memory_app.users.sign_in("admin", PASSWORD, "uji-01")
    memory_app.workers.record_dukcapil(admin, C, "padan", "2026-06-01")
    rows = [
        [A, "PADAN", "2026-05-02"],             # 2 applied
        [B, "Tidak Ditemukan", "2026-05-02"],   # 3 applied
        [UNKNOWN, "padan", "2026-05-02"],       # 4 no such worker
        [A, "padan", "2026-05-03"],             # 5 NIK twice
        [C, "tidak_ditemukan", "2026-05-02"],   # 6 older than the recorded check
        [C, "menunggu", "2026-07-01"],          # 7 not a Dukcapil result
        [C, "padan", ""],                       # 8 no date
        ["", "padan", "2026-05-02"],            # 9 no NIK
    ]
    path = write(tmp_path, "dukcapil.xlsx", DUKCAPIL_HEADERS, rows)
    result = imported(memory_app, clerk, "dukcapil", path)
    assert codes(result) == {
        4: "worker.not_found", 5: "facts.duplicate_in_file", 6: "facts.older_than_recorded",
        7: "facts.dukcapil_result", 8: "import.date_invalid", 9: "nik.empty"}
    assert (result.rows, result.applied, result.unchanged, result.rejected) == (8, 2, 0, 6)
    assert memory_app.workers.get_worker(admin, B)["dukcapil"] == "tidak_ditemukan"
    again = imported(memory_app, clerk, "dukcapil", path)
    assert (again.applied, again.unchanged, again.rejected) == (0, 2, 6)


# --- deciles ---------------------------------------------------------------------------------


def test_decile_every_rejection_reason_and_twice(
    memory_app: Berjasa, clerk: Session, tmp_path: Path
) -> None:
    admin = memory_app.users.sign_in("admin", PASSWORD, "uji-01")
    memory_app.workers.record_decile(admin, C, 2, "2026-06-01")
    rows: list[list[Any]] = [
        [A, "", 1, "2026-09-30"],                          # 2 applied
        [B, "7371010101010001", 3, "30-09-2026"],          # 3 applied (by its NIK)
        [C, "", 11, "2026-09-30"],                         # 4 decile out of range
        ["", "7371010101010002", 2, "2026-09-30"],         # 5 KK only: not matched
        ["", "73710101", 2, "2026-09-30"],                 # 6 KK malformed
        ["", 7371010101010020.0, 2, "2026-09-30"],         # 7 KK rounded
        [C, "", 2, "2025-01-01"],                          # 8 older than recorded
        [UNKNOWN, "", 2, "2026-09-30"],                    # 9 no such worker
        [C, "", "dua", "2026-09-30"],                      # 10 decile not a number
    ]
    path = write(tmp_path, "desil.xlsx", DECILE_HEADERS, rows)
    result = imported(memory_app, clerk, "decile", path)
    assert codes(result) == {
        4: "worker.decile_range", 5: "facts.kk_unmatched", 6: "facts.kk_invalid",
        7: "kk.numeric_cell", 8: "facts.older_than_recorded", 9: "worker.not_found",
        10: "worker.decile_range"}
    assert (memory_app.workers.get_worker(admin, B)["decile"],
            memory_app.workers.get_worker(admin, B)["decile_as_of"]) == (3, "2026-09-30")
    again = imported(memory_app, clerk, "decile", path)
    assert (again.rows, again.applied, again.unchanged, again.rejected) == (9, 0, 2, 7)


def test_a_list_without_its_columns_is_refused_naming_them(
    memory_app: Berjasa, clerk: Session, tmp_path: Path
) -> None:
    path = write(tmp_path, "desil.csv", ["NIK", "Nama", "Desil"], [[A, "x", 2]])
    with pytest.raises(ValidationError) as caught:
        imported(memory_app, clerk, "decile", path)
    assert caught.value.code == "import.columns_missing"
    assert "Data per tanggal" in caught.value.message("id")


# --- who, batches, failures ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["kpj", "dukcapil", "decile"])
def test_auditors_may_not_record_facts(
    memory_app: Berjasa, clerk: Session, tmp_path: Path, kind: str
) -> None:
    admin = memory_app.users.sign_in("admin", PASSWORD, "uji-01")
    memory_app.users.add_user(admin, "dewi", "auditor", PASSWORD)
    auditor = memory_app.users.sign_in("dewi", PASSWORD, "uji-03")
    rows = {"kpj": (KPJ_HEADERS, [A, "12345678901", "2026-03-01"]),
            "dukcapil": (DUKCAPIL_HEADERS, [A, "padan", "2026-03-01"]),
            "decile": (DECILE_HEADERS, [A, "", 2, "2026-03-01"])}
    headers, row = rows[kind]
    with pytest.raises(PermissionDeniedError) as caught:
        imported(memory_app, auditor, kind, write(tmp_path, "f.csv", headers, [row]))
    assert caught.value.code == "permission.denied"


def test_each_batch_is_one_transaction_and_a_late_failure_says_what_was_kept(
    memory_app: Berjasa, clerk: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = memory_app.users.sign_in("admin", PASSWORD, "uji-01")
    niks = [make_nik(date(1990, 1, 1), "L", n) for n in range(1, 8)]
    for serial in range(1, 8):
        memory_app.workers.register_worker(admin, **worker_fields(serial, birth=date(1990, 1, 1)))
    rows = [[nik, "padan", "2026-03-01"] for nik in niks]
    path = write(tmp_path, "d.csv", DUKCAPIL_HEADERS, rows)
    real, saves = memory_app.application.save, []

    def third_fails(*objs: Any, **kwargs: Any) -> Any:
        saves.append(len(objs))
        if len(saves) == 3:
            raise OSError("disk full")
        return real(*objs, **kwargs)

    monkeypatch.setattr(memory_app.application, "save", third_fails)
    with pytest.raises(PartlyDoneError) as caught:
        imported(memory_app, clerk, "dukcapil", path, batch_size=3)
    assert caught.value.code == "import.partly_saved"
    assert saves == [3, 3, 1]  # one save per batch of three rows
    assert "2 of 3 batches (6 rows)" in caught.value.message("en")
    monkeypatch.setattr(memory_app.application, "save", real)
    again = imported(memory_app, clerk, "dukcapil", path, batch_size=3)
    assert (again.applied, again.unchanged) == (1, 6)


def test_the_same_file_in_every_format_gives_the_same_counts(
    memory_app: Berjasa, clerk: Session, tmp_path: Path
) -> None:
    rows = [[A, "12345678901", "2026-03-01"], [UNKNOWN, "12345678902", "2026-03-01"]]
    first = imported(memory_app, clerk, "kpj", write(tmp_path, "k.csv", KPJ_HEADERS, rows))
    second = imported(memory_app, clerk, "kpj", write(tmp_path, "k.xlsx", KPJ_HEADERS, rows))
    assert (first.rows, first.applied, first.rejected) == (2, 1, 1)
    assert (second.rows, second.unchanged, second.rejected) == (2, 1, 1)


# --- the console -----------------------------------------------------------------------------


@pytest.mark.parametrize(("command", "headers", "row"), [
    ("import-kpj", KPJ_HEADERS, [A, "12345678901", "2026-03-01"]),
    ("import-dukcapil", DUKCAPIL_HEADERS, [A, "padan", "2026-03-01"]),
    ("import-decile", DECILE_HEADERS, [A, "", 4, "2026-03-01"]),
])
def test_console_prints_exactly_the_summary_fields_and_runs_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    command: str, headers: list[str], row: list[Any],
) -> None:
    store = f"sqlite:///{(tmp_path / 'uji.db').as_posix()}"
    app = open_store(store)
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    app.workers.register_worker(admin, **worker_fields(1, decile=None))
    app.close()
    monkeypatch.setenv("BERJASA_USER", "admin")
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    path = write(tmp_path, "f.csv", headers, [row, [UNKNOWN, *row[1:]]])
    report = tmp_path / "tolak.xlsx"
    outputs = []
    for run in range(2):
        # The second run replaces the first's rejection workbook: only with --force (#23).
        force = ["--force"] if run else []
        status = main(["--store", store, command, str(path), "--report", str(report),
                       *force, "--json"])
        out, _err = capsys.readouterr()
        assert status == 0
        outputs.append(json.loads(out))
    assert list(outputs[0]) == ["rows", "applied", "unchanged", "rejected", "report"]
    assert outputs[0] == {"rows": 2, "applied": 1, "unchanged": 0, "rejected": 1,
                          "report": str(report)}
    assert outputs[1] == {**outputs[0], "applied": 0, "unchanged": 1}
    assert TODAY.year == 2026  # the dates above are in the past of the fixed clock


def test_console_refuses_a_bad_file_with_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = f"sqlite:///{(tmp_path / 'uji.db').as_posix()}"
    app = open_store(store)
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    app.close()
    monkeypatch.setenv("BERJASA_USER", "admin")
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    path = tmp_path / "kpj.xlsx"
    path.write_text("NIK,KPJ,Tanggal\n", encoding="utf-8")
    status = main(["--store", store, "import-kpj", str(path), "--json"])
    out, err = capsys.readouterr()
    assert (status, json.loads(out)["error"]) == (1, "import.not_a_workbook")
    assert "kpj.xlsx" in err
