"""`berjasa-admin backup` of the office's PostgreSQL store into one SQLite file, and
`restore` of that file into an empty PostgreSQL store: same positions, bytes, figures,
identity and key; the office store is never overwritten."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from tests import pg_test
from tests.conftest import PASSWORD, POSTGRES_URL
from tests.e2e.test_migrate import history, run

pytestmark = pytest.mark.postgres


def on_schema(monkeypatch: pytest.MonkeyPatch, schema: dict[str, str]) -> str:
    for name, value in schema.items():  # the console's store: this schema
        monkeypatch.setenv(name, value)
    return POSTGRES_URL


@pytest.fixture
def schemas() -> Iterator[tuple[dict[str, str], dict[str, str]]]:
    with pg_test.fresh_schema(POSTGRES_URL) as office, \
            pg_test.fresh_schema(POSTGRES_URL) as spare:
        yield office, spare


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str],
           monkeypatch: pytest.MonkeyPatch,
           schemas: tuple[dict[str, str], dict[str, str]]) -> str:
    """An office server holding a demo history (moved up from a SQLite demo store)."""
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    monkeypatch.setenv("BERJASA_NEW_PASSWORD", PASSWORD)
    demo = f"sqlite:///{(tmp_path / 'demo.db').as_posix()}"
    assert run(capsys, demo, "demo", "--workers", "40")[0] == 0
    server = on_schema(monkeypatch, schemas[0])
    code, moved = run(capsys, demo, "migrate", "--to", server)
    assert code == 0, moved
    assert run(capsys, server, "user", "add", "eko", "--role", "operator")[0] == 0
    return server


def test_backup_of_the_server_then_restore_into_an_empty_one(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, schemas: tuple[dict[str, str], dict[str, str]],
) -> None:
    file = tmp_path / "cadangan" / "kantor-2026-11-21.db"
    copy = f"sqlite:///{file.as_posix()}"
    _, office_stats = run(capsys, office, "stats")
    office_history = history(office)

    code, made = run(capsys, office, "backup", str(file))

    assert code == 0, made
    assert (made["events"], made["verified"], made["head_position"]) == (
        len(office_history), True, office_history[-1][0])
    assert history(copy) == office_history  # positions and bytes
    assert run(capsys, copy, "audit", "verify")[1]["intact"] is True
    assert run(capsys, copy, "stats")[1] == office_stats
    server_app, file_app = open_store(office), open_store(copy)
    assert (file_app.application.store_info["store_id"]
            == server_app.application.store_info["store_id"])
    server_app.close()
    file_app.close()

    spare = on_schema(monkeypatch, schemas[1])
    code, back = run(capsys, spare, "restore", str(file))

    assert code == 0, back
    assert (back["events"], back["verified"]) == (len(office_history), True)
    # The restore is then recorded in the restored store (issue 23): one event more.
    restored_history = history(spare)
    assert restored_history[:-1] == office_history
    assert b"Pemulihan" in restored_history[-1][1] and back["recorded_by"] == "admin"
    assert run(capsys, spare, "audit", "verify")[1]["intact"] is True
    restored_stats = run(capsys, spare, "stats")[1]
    assert {**restored_stats, "position": 0} == {**office_stats, "position": 0}
    # The restored server takes new work after the restored history.
    assert run(capsys, spare, "user", "add", "fitri", "--role", "operator")[0] == 0
    positions = [p for p, _ in history(spare)]
    assert len(positions) > len(office_history)
    assert positions == list(range(1, len(positions) + 1))


def test_the_office_store_is_never_overwritten(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "cadangan.db"
    assert run(capsys, office, "backup", str(file))[0] == 0
    before = history(office)
    refused: list[tuple[int, Any]] = [
        run(capsys, office, "restore", str(file)),
        run(capsys, office, "restore", str(file), "--force"),
    ]
    assert [(code, answer["error"]) for code, answer in refused] == [
        (1, "migrate.target_not_empty"), (1, "backup.postgres_force")]
    assert history(office) == before
    again = run(capsys, office, "backup", str(file))
    assert (again[0], again[1]["error"]) == (1, "backup.target_exists")


def test_only_an_admin_takes_the_server_off_in_a_file(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.console.main import main

    file = tmp_path / "cadangan.db"
    capsys.readouterr()
    code = main(["--store", office, "--user", "eko", "backup", str(file), "--json"])
    assert code != 0
    assert "permission" in capsys.readouterr().out
    assert not list(tmp_path.glob("cadangan.db*"))  # nothing half written left behind


def _tables(schema: dict[str, str]) -> list[str]:
    with pg_test.admin_connection(POSTGRES_URL) as conn:
        return [str(row[0]) for row in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
            (schema["POSTGRES_SCHEMA"],))]


@pytest.mark.parametrize(("user", "code"), [("eko", "permission.denied"),
                                            ("siapa", "auth.failed")])
def test_only_an_admin_of_the_backup_restores_it_into_postgresql(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, schemas: tuple[dict[str, str], dict[str, str]],
    user: str, code: str,
) -> None:
    """An operator of the backup's history (eko), or someone it does not know, is refused
    before anything reaches the empty server: not a table is created there (issue 23)."""
    import json

    from desktop.console.main import main

    file = tmp_path / "cadangan.db"
    assert run(capsys, office, "backup", str(file))[0] == 0
    made = file.read_bytes()
    spare = on_schema(monkeypatch, schemas[1])
    assert _tables(schemas[1]) == []
    capsys.readouterr()
    status = main(["--store", spare, "--user", user, "restore", str(file), "--json"])
    answer = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (status, answer["error"]) == (1, code)
    assert _tables(schemas[1]) == []  # nothing restored, nothing created
    assert file.read_bytes() == made  # checked on a copy: the backup itself untouched


def test_the_restore_records_the_file_as_the_backup_made_it(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, schemas: tuple[dict[str, str], dict[str, str]],
) -> None:
    """The admin check reads a copy: the SHA-256 the restore records is the one the backup
    recorded (opening the file itself would switch its journal mode first)."""
    file = tmp_path / "cadangan.db"
    code, made = run(capsys, office, "backup", str(file))
    assert code == 0
    code, back = run(capsys, on_schema(monkeypatch, schemas[1]), "restore", str(file))
    assert code == 0 and back["sha256"] == made["sha256"]
