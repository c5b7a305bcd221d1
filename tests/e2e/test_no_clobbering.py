"""No clobbering (issue 23): a command that writes a file never overwrites another file;
with `--force` it replaces only a file of the same kind Berjasa wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.outputs import WORKBOOK, check_output
from domain.errors import StoreError
from domain.outputs import WORKBOOK_CREATOR
from reports.verify import stored_parameters
from tests.e2e.test_console import Console, console  # noqa: F401 (the fixture)


def test_report_never_overwrites_another_file(console: Console, tmp_path: Path) -> None:  # noqa: F811
    foreign = tmp_path / "catatan.pdf"
    foreign.write_bytes(b"bukan laporan Berjasa\n")
    store = tmp_path / "konsol.db"
    for target in (foreign, store):
        before = target.read_bytes()
        for force in ((), ("--force",)):
            code, out, err = console("report", "quota", "-o", str(target), *force, "--json")
            assert code == 1 and json.loads(out)["error"] == "output.exists"
            assert str(target) in err
            assert target.read_bytes() == before  # byte-identical, --force or not
    assert not list(tmp_path.glob("*.part"))


def test_force_replaces_a_previous_report(console: Console, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "rekap.pdf"
    console.json("report", "quota", "-o", str(target))
    first = target.read_bytes()
    code, out, _ = console("report", "mou", "-o", str(target), "--json")
    assert code == 1 and json.loads(out)["error"] == "output.exists"
    assert target.read_bytes() == first
    console.json("report", "mou", "-o", str(target), "--force")
    assert stored_parameters(target.read_bytes())["report"] == "mou"  # replaced
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_force_replaces_only_berjasa_workbooks(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "tagihan.xlsx", tmp_path / "milik-kantor.xlsx"
    for path, creator in ((ours, WORKBOOK_CREATOR), (theirs, None)):
        book = Workbook()
        if creator:
            book.properties.creator = creator
        book.save(path)
    assert check_output(ours, WORKBOOK, force=True) == ours
    assert check_output(tmp_path / "baru.xlsx", WORKBOOK, force=False).name == "baru.xlsx"
    for path, force in ((ours, False), (theirs, True), (theirs, False)):
        with pytest.raises(StoreError) as refused:
            check_output(path, WORKBOOK, force=force)
        assert refused.value.code == "output.exists"


def test_checkpoint_force_replaces_only_a_checkpoint(console: Console, tmp_path: Path  # noqa: F811
                                                     ) -> None:
    mark, foreign = tmp_path / "titik.json", tmp_path / "lain.json"
    foreign.write_text('{"bukan": "titik periksa"}\n')
    console.json("audit", "checkpoint", "-o", str(mark))
    for target, force in ((mark, ()), (foreign, ("--force",))):
        before = target.read_bytes()
        code, out, _ = console("audit", "checkpoint", "-o", str(target), *force, "--json")
        assert code == 1 and json.loads(out)["error"] == "backup.target_exists"
        assert target.read_bytes() == before
    replaced = console.json("audit", "checkpoint", "-o", str(mark), "--force")
    assert json.loads(mark.read_text())["position"] == replaced["position"]


def test_import_report_onto_another_file_imports_nothing(console: Console,  # noqa: F811
                                                         tmp_path: Path) -> None:
    console.json("quota", "open", "--year", "2026", "--programmes", "JKK,JKM", "--seats", "50",
                 user="budi")
    console.json("quota", "confirm", "KU-2026-01")
    rows = Path(__file__).parents[1] / "data" / "contoh-daftar-pekerja.csv"
    foreign = tmp_path / "daftar-kantor.xlsx"
    Workbook().save(foreign)  # the office's own workbook (creator openpyxl, not Berjasa)
    before, events = foreign.read_bytes(), console("events")[1]
    code, out, _ = console("import", str(rows), "--quota", "KU-2026-01", "--report",
                           str(foreign), "--force", "--json")
    assert code == 1 and json.loads(out)["error"] == "output.exists"
    assert foreign.read_bytes() == before and console("events")[1] == events
    ours = tmp_path / "ditolak.xlsx"
    console.json("import", str(rows), "--quota", "KU-2026-01", "--report", str(ours))
    assert ours.exists() and check_output(ours, WORKBOOK, force=True) == ours  # Berjasa


def test_backup_force_replaces_only_an_earlier_backup_of_this_store(
        console: Console, tmp_path: Path) -> None:  # noqa: F811
    """`backup` refuses any existing file (`backup.target_exists`, its code of old); with
    `--force` it replaces an earlier backup of the same store, and nothing else: not a
    foreign file, not the live store, not a backup of another store."""
    from berjasa.bootstrap import open_store

    earlier = tmp_path / "cadangan.db"
    first = console.json("backup", str(earlier))
    foreign = tmp_path / "catatan.db"
    foreign.write_bytes(b"bukan cadangan\n")
    other = tmp_path / "lain.db"
    app = open_store(f"sqlite:///{other.as_posix()}")
    app.users.initialise_store("admin", "rahasia-lain-123", "uji-09")
    app.close()
    store = tmp_path / "konsol.db"
    console.json("user", "add", "citra", "--role", "operator")  # newer than the backup
    for target, force in ((earlier, ()), (foreign, ("--force",)), (store, ("--force",)),
                          (other, ("--force",))):
        before = target.read_bytes()
        code, out, _ = console("backup", str(target), *force, "--json")
        assert code == 1 and json.loads(out)["error"] == "backup.target_exists"
        assert target.read_bytes() == before
    replaced = console.json("backup", str(earlier), "--force")
    assert int(str(replaced["head_position"])) > int(str(first["head_position"]))
    assert replaced["sha256"] != first["sha256"]
    from desktop.backup import verified_backup

    assert verified_backup(earlier).head_position == replaced["head_position"]
    assert not list(tmp_path.glob("*.partial*"))
