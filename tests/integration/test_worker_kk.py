"""Workers carry their family card (KK) number (issue 15): read from a worker list's
optional KK column, recorded at registration (Registered version 2; version 1 events
read as "no KK"), kept in the read models, added later by a correction, and used to
record a DTSEN decile that a row gives by KK alone for every worker of that family."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from desktop.console.main import main
from domain.errors import ValidationError
from domain.services.app import Berjasa
from domain.services.facts import DECILE, WorkerFact
from domain.services.session import Session
from importer import run_import
from importer.facts import FactImportResult, run_fact_import
from projections import open_read_models
from tests.conftest import PASSWORD, fixed_clock
from tests.factories import make_nik, worker_fields
from tests.legacy_events import events_as_version_1
from tests.opening import confirmed
from tests.unit.importer.helpers import HEADERS, worker_row, write_csv, write_xlsx

FAMILY = "7371090101200001"
OTHER_FAMILY = "7371090101200002"
A, B, C = (make_nik(date(1985, 4, 12), "L", n) for n in (1, 2, 3))
DECILE_HEADERS = ["NIK", "No KK", "Desil", "Data Per Tanggal"]
PESERTA_REGISTERED = ("domain.model.peserta:Peserta.Registered",)


@pytest.fixture
def app() -> Iterator[Berjasa]:
    app = fixed_clock(open_store("memory:"))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    yield app
    app.close()


def family_of(app: Berjasa, kk: str) -> list[str]:
    live = open_read_models(app.application)
    try:
        live.catch_up()
        return live.family_niks(kk)
    finally:
        live.close()


def decile_import(app: Berjasa, session: Session, path: Path) -> FactImportResult:
    live = open_read_models(app.application)
    try:
        live.catch_up()
        return run_fact_import(app, session, DECILE, path, family=live.family_niks,
                               report_path=path.with_name(f"{path.stem}-r.xlsx"))
    finally:
        live.close()


# --- registration and the worker list -------------------------------------------------------


def test_a_registered_worker_keeps_its_kk_in_the_aggregate_and_the_read_model(
    app: Berjasa, admin: Session
) -> None:
    shown = app.workers.register_worker(admin, **worker_fields(1, kk="7371 0901 0120 0001"))
    assert shown["kk"] == FAMILY
    assert app.workers.get_worker(admin, A)["kk"] == FAMILY
    assert family_of(app, FAMILY) == [A]


def test_a_malformed_kk_is_refused_at_registration(app: Berjasa, admin: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        app.workers.register_worker(admin, **worker_fields(1, kk="73710901"))
    assert caught.value.code == "worker.kk_invalid"
    assert not app.workers.worker_exists(A)


def test_a_worker_without_a_kk_has_none(app: Berjasa, admin: Session) -> None:
    assert app.workers.register_worker(admin, **worker_fields(1))["kk"] == ""
    assert family_of(app, "") == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_worker_list_reads_an_optional_kk_column(
    app: Berjasa, admin: Session, tmp_path: Path, suffix: str
) -> None:
    quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 10))["quota"])
    headers = [*HEADERS, "Nomor Kartu Keluarga"]
    rows = [[*worker_row(1), FAMILY], [*worker_row(2), FAMILY], [*worker_row(3), ""],
            [*worker_row(4), "12345"]]
    if suffix == ".xlsx":
        rows.append([*worker_row(5), 7371090101200010.0])  # a rounded number cell
        path = write_xlsx(tmp_path / "daftar.xlsx", rows, headers=headers)
    else:
        path = write_csv(tmp_path / "daftar.csv", rows, headers=headers)
    result = run_import(app, admin, path, quota, report_path=tmp_path / "r.xlsx")
    assert result.enrolled == 3
    refused = {issue.row: (issue.code, issue.field) for issue in result.issues}
    assert refused[5] == ("worker.kk_invalid", "kk")
    if suffix == ".xlsx":
        assert refused[6] == ("kk.numeric_cell", "kk")
    assert family_of(app, FAMILY) == [A, B]
    assert app.workers.get_worker(admin, C)["kk"] == ""


def test_a_list_without_a_kk_column_still_imports(
    app: Berjasa, admin: Session, tmp_path: Path
) -> None:
    quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 10))["quota"])
    path = write_csv(tmp_path / "daftar.csv", [worker_row(1)])
    result = run_import(app, admin, path, quota, report_path=tmp_path / "r.xlsx")
    assert result.enrolled == 1 and app.workers.get_worker(admin, A)["kk"] == ""


# --- events are forever --------------------------------------------------------------------


def test_a_version_1_registration_reads_as_a_worker_without_a_kk(
    app: Berjasa, admin: Session
) -> None:
    with events_as_version_1(app, PESERTA_REGISTERED, added=("kk",)):
        app.workers.register_worker(admin, **worker_fields(1))
    stored = app.application.recorder.select_events(app.workers.worker_by_nik(A).id, limit=1)[0]
    assert b'"kk"' not in stored.state and b"class_version" not in stored.state
    # Read back from the stored events, not the saved object.
    app.application.repository.cache = None
    assert app.workers.get_worker(admin, A)["kk"] == ""
    assert family_of(app, "") == []
    corrected = app.workers.correct_worker(admin, A, {"kk": FAMILY}, "KK dari kartu keluarga")
    assert corrected["kk"] == FAMILY and family_of(app, FAMILY) == [A]


def test_a_new_registration_is_stored_as_version_2_with_its_kk(
    app: Berjasa, admin: Session
) -> None:
    app.workers.register_worker(admin, **worker_fields(1, kk=FAMILY))
    stored = app.application.recorder.select_events(app.workers.worker_by_nik(A).id, limit=1)[0]
    state = json.loads(stored.state)
    assert state["class_version"] == 2 and state["kk"] == FAMILY


# --- a correction adds a KK to an existing worker ---------------------------------------------


def test_a_kk_is_added_by_a_correction_with_its_reason(app: Berjasa, admin: Session) -> None:
    app.workers.register_worker(admin, **worker_fields(1))
    with pytest.raises(ValidationError) as caught:
        app.workers.correct_worker(admin, A, {"kk": "1234"}, "salah ketik")
    assert caught.value.code == "worker.kk_invalid"
    app.workers.correct_worker(admin, A, {"kk": FAMILY}, "KK dari kartu keluarga")
    history = list(app.history.history(admin, nik=A))
    assert history[-1]["event"] == "DetailsCorrected"
    assert history[-1]["reason"] == "KK dari kartu keluarga"
    assert family_of(app, FAMILY) == [A]


def test_an_auditor_may_not_correct_a_kk(app: Berjasa, admin: Session) -> None:
    app.workers.register_worker(admin, **worker_fields(1))
    app.users.add_user(admin, "dewi", "auditor", PASSWORD)
    auditor = app.users.sign_in("dewi", PASSWORD, "uji-03")
    with pytest.raises(Exception) as caught:
        app.workers.correct_worker(auditor, A, {"kk": FAMILY}, "coba")
    assert getattr(caught.value, "code", None) == "permission.denied"
    assert app.workers.get_worker(admin, A)["kk"] == ""


# --- DTSEN deciles by KK ------------------------------------------------------------------


@pytest.fixture
def family(app: Berjasa, admin: Session) -> Session:
    """A and B share FAMILY, C is of another family; none has a decile yet."""
    for serial, kk in ((1, FAMILY), (2, FAMILY), (3, OTHER_FAMILY)):
        app.workers.register_worker(admin, **worker_fields(serial, decile=None, kk=kk))
    app.users.add_user(admin, "ani", "operator", PASSWORD)
    return app.users.sign_in("ani", PASSWORD, "uji-02")


def test_a_kk_only_decile_is_recorded_for_every_worker_of_the_family(
    app: Berjasa, admin: Session, family: Session, tmp_path: Path
) -> None:
    rows: list[list[Any]] = [
        ["", FAMILY, 2, "2026-09-30"],                   # 2 applied to A and B
        ["", "7371090101209999", 3, "2026-09-30"],       # 3 no worker with that KK
        ["", FAMILY, 4, "2026-09-30"],                   # 4 the same KK twice in the file
    ]
    path = write_xlsx(tmp_path / "desil.xlsx", rows, headers=DECILE_HEADERS)
    result = decile_import(app, family, path)
    assert {i.row: i.code for i in result.issues} == {
        3: "facts.kk_unmatched", 4: "facts.duplicate_in_file"}
    assert (result.rows, result.applied, result.unchanged, result.rejected) == (3, 1, 0, 2)
    for nik in (A, B):
        assert (app.workers.get_worker(admin, nik)["decile"],
                app.workers.get_worker(admin, nik)["decile_as_of"]) == (2, "2026-09-30")
    assert app.workers.get_worker(admin, C)["decile"] is None
    again = decile_import(app, family, path)
    assert (again.rows, again.applied, again.unchanged, again.rejected) == (3, 0, 1, 2)


def test_a_family_row_applies_where_it_is_newer_and_is_refused_where_none_is(
    app: Berjasa, admin: Session, family: Session, tmp_path: Path
) -> None:
    app.workers.record_decile(admin, A, 5, "2026-10-15")  # newer than the file's, for A only
    path = write_csv(tmp_path / "desil.csv", [["", FAMILY, 2, "2026-09-30"]],
                     headers=DECILE_HEADERS)
    result = decile_import(app, family, path)
    assert (result.applied, result.rejected) == (1, 0)
    assert app.workers.get_worker(admin, A)["decile"] == 5  # its newer decile stands
    assert app.workers.get_worker(admin, B)["decile"] == 2
    app.workers.record_decile(admin, B, 5, "2026-10-15")
    older = decile_import(app, family, path)
    assert [i.code for i in older.issues] == ["facts.older_than_recorded"]
    assert (older.applied, older.unchanged, older.rejected) == (0, 0, 1)


def test_without_a_family_look_up_a_kk_only_row_is_unmatched(
    app: Berjasa, family: Session, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "desil.csv", [["", FAMILY, 2, "2026-09-30"]],
                     headers=DECILE_HEADERS)
    result = run_fact_import(app, family, DECILE, path, report_path=tmp_path / "r.xlsx")
    assert [i.code for i in result.issues] == ["facts.kk_unmatched"]


def test_a_worker_whose_kk_changed_since_the_look_up_is_refused(
    app: Berjasa, admin: Session, family: Session
) -> None:
    app.workers.correct_worker(admin, B, {"kk": OTHER_FAMILY}, "KK baru setelah pindah")
    outcome = app.facts.record_facts(family, DECILE, [
        WorkerFact(A, 2, date(2026, 9, 30), kk=FAMILY),
        WorkerFact(B, 2, date(2026, 9, 30), kk=FAMILY)])  # B's KK as a stale look-up had it
    assert outcome.applied == (0,)
    assert [(p, e.code) for p, e in outcome.refused] == [(1, "facts.kk_changed")]
    assert app.workers.get_worker(admin, B)["decile"] is None


def test_console_worker_correct_kk_then_import_decile_by_kk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = f"sqlite:///{(tmp_path / 'uji.db').as_posix()}"
    app = open_store(store)
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    app.workers.register_worker(admin, **worker_fields(1, decile=None))
    app.close()
    monkeypatch.setenv("BERJASA_USER", "admin")
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    status = main(["--store", store, "worker", "correct", A, "--kk", FAMILY,
                   "--reason", "KK dari kartu keluarga", "--json"])
    out, _err = capsys.readouterr()
    assert status == 0 and json.loads(out)["kk"] == FAMILY
    path = write_csv(tmp_path / "desil.csv", [["", FAMILY, 3, "2026-09-30"]],
                     headers=DECILE_HEADERS)
    status = main(["--store", store, "import-decile", str(path), "--report",
                   str(tmp_path / "r.xlsx"), "--json"])
    out, _err = capsys.readouterr()
    assert status == 0
    assert json.loads(out) == {"rows": 1, "applied": 1, "unchanged": 0, "rejected": 0,
                               "report": None}  # nothing refused: no workbook
    status = main(["--store", store, "worker", "show", A, "--json"])
    out, _err = capsys.readouterr()
    assert (status, json.loads(out)["decile"]) == (0, 3)
