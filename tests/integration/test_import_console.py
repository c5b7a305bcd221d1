"""`berjasa-admin import` and `berjasa-admin demo` as a clerk runs them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from desktop.console.main import main
from domain.demo import DEMO_PASSWORD
from tests.demo_stores import built_once, copied
from tests.unit.importer.helpers import worker_row, write_csv

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "contoh-daftar-pekerja.csv"


def run(capsys: pytest.CaptureFixture[str], store: str, *argv: str) -> tuple[int, Any, str]:
    code = main(["--store", store, *argv])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else None, err


@pytest.fixture(scope="module")
def built_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_once(tmp_path_factory, 60)


@pytest.fixture
def demo_store(built_demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """This test's own copy of the module's demo store (60 workers)."""
    store = copied(built_demo, tmp_path / "demo.db")
    monkeypatch.setenv("BERJASA_USER", "ani")
    monkeypatch.setenv("BERJASA_PASSWORD", DEMO_PASSWORD)
    return store


def test_demo_builds_every_part_of_the_history(demo_store: str) -> None:
    app = open_store(demo_store)
    admin = app.users.sign_in("admin", DEMO_PASSWORD, "uji")
    quotas = {q["quota"]: q for q in app.quotas.list_quotas(admin)}
    assert {q["year"] for q in quotas.values()} == {2024, 2025, 2026}
    raised = quotas["KU-2025-01"]["changes"][0]
    assert (raised["proposed_by"], raised["decided_by"], raised["state"]) == (
        "ani", "budi", "disetujui")
    assert {u["role"] for u in app.users.list_users(admin)} == {
        "admin", "operator", "supervisor", "auditor"}
    assert len(app.agreements.list_agreements(admin)) == 4
    app.close()


def test_demo_registers_every_worker_it_reports(demo_store: str) -> None:
    from projections import open_read_models

    app = open_store(demo_store)
    models = open_read_models(app.application)
    models.catch_up()
    stats = models.stats()
    assert stats["registered_workers"] == 60
    assert 0 < stats["active_members"] < 60  # some still wait for a seat
    models.close()
    app.close()


def test_demo_is_deterministic_and_refuses_a_store_with_data(
    demo_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = f"sqlite:///{(tmp_path / 'lagi.db').as_posix()}"
    assert run(capsys, other, "demo", "--workers", "60", "--json")[0] == 0
    first, second = open_store(demo_store), open_store(other)
    admin = first.users.sign_in("admin", DEMO_PASSWORD, "uji")
    assert first.quotas.list_quotas(admin) == second.quotas.list_quotas(admin)
    code, result, err = run(capsys, demo_store, "demo", "--workers", "60", "--json")
    assert code == 1 and result["error"] == "demo.store_not_empty" and "sudah berisi" in err


def test_import_prints_exactly_the_summary_fields(
    demo_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "tolak.xlsx"
    # a supervisor, backdating on purpose: the same answer whatever day the test runs
    code, result, _err = run(capsys, demo_store, "--user", "budi", "import", str(SAMPLE),
                             "--quota", "KU-2026-01", "--from", "2026-12-01", "--report",
                             str(report), "--retroactive", "--reason", "Migrasi roster",
                             "--json")
    assert code == 0
    assert list(result) == ["rows", "enrolled", "rejected", "duplicates", "over_quota",
                            "report", "warnings", "warnings_by_code"]
    assert result["rows"] == 300 and result["rejected"] == 39
    assert result["rows"] == (result["enrolled"] + result["rejected"] + result["duplicates"]
                              + result["over_quota"])
    assert result["over_quota"] > 0  # the small demo quota fills up: listed, not lost
    assert result["report"] == str(report) and report.exists()


@pytest.mark.parametrize(("name", "content", "code"), [
    ("hilang.csv", None, "import.file_missing"),
    ("daftar.pdf", b"%PDF-1.4", "import.file_type"),
    ("kosong.csv", b"a,b\n1,2\n", "import.no_header"),
])
def test_bad_files_exit_1_naming_the_file(
    demo_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
    content: bytes | None, code: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    status, result, err = run(capsys, demo_store, "import", str(path), "--quota",
                              "KU-2026-01", "--json")
    assert (status, result["error"]) == (1, code)
    assert name in err


def test_unmapped_required_column_exits_1_naming_it(
    demo_store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "tanpa-jk.csv", [worker_row(1)[:2]], headers=["NIK", "Nama"])
    status, result, err = run(capsys, demo_store, "import", str(path), "--quota",
                              "KU-2026-01", "--json")
    assert (status, result["error"]) == (1, "import.columns_missing")
    assert "Jenis kelamin" in err and "tanpa-jk.csv" in err
