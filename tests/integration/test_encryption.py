"""Encryption at rest: no NIK or name in clear in the store's files; a missing or wrong
key is refused with a clear message and nothing written; key files move a key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from desktop.console.main import main
from domain.errors import StoreError, ValidationError
from infra.keyfiles import export_key, import_key, key_status
from infra.keys import KEYRING_SERVICE, key_entry, new_key
from infra.meta import SQLiteMeta
from tests.conftest import PASSWORD
from tests.factories import worker_fields
from tests.memory_keyring import MemoryKeyring, memory_keyring  # noqa: F401
from tests.security_helpers import populated_store, table_dump

NAME = "Siti Rahmawati 2"


def _files(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))


def _nik(serial: int) -> bytes:
    return str(worker_fields(serial)["nik"]).encode()


def test_no_nik_or_name_in_clear_when_encrypted(
    tmp_path: Path, memory_keyring: MemoryKeyring  # noqa: F811
) -> None:
    db = tmp_path / "berjasa.db"
    app = populated_store(db)
    info = app.application.store_info
    assert info["encrypted"] and info["key_source"] == "keyring"
    live = _files(db)  # while open, recent events are in the -wal file
    app.close()
    for content in (live, _files(db)):
        assert _nik(2) not in content and NAME.encode() not in content
        assert b"Pekerja" not in content and b"Rahmawati" not in content


def test_without_a_keyring_the_store_is_plain_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "berjasa.db"
    app = populated_store(db)
    assert not app.application.store_info["encrypted"]
    assert app.application.store_info["warning"] == "store.unencrypted"
    app.close()
    assert _nik(2) in _files(db)  # the check above would see a NIK in clear


def test_berjasa_key_encrypts_where_no_keyring_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BERJASA_KEY", new_key())
    db = tmp_path / "berjasa.db"
    app = populated_store(db)
    info = app.application.store_info
    assert info["encrypted"] and info["key_source"] == "env"
    app.close()
    assert _nik(2) not in _files(db)


@pytest.mark.parametrize("offered", [None, "wrong"])
def test_missing_or_wrong_key_is_refused_and_nothing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring, offered: str | None,  # noqa: F811
) -> None:
    db = tmp_path / "berjasa.db"
    populated_store(db).close()
    before = table_dump(db)
    memory_keyring.secrets.clear()  # another workstation, or the key was lost
    if offered:
        monkeypatch.setenv("BERJASA_KEY", new_key())
    with pytest.raises(StoreError) as refused:
        open_store(f"sqlite:///{db.as_posix()}")
    assert refused.value.code == ("store.key_wrong" if offered else "store.key_missing")
    monkeypatch.setenv("BERJASA_USER", "admin")
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    status = main(["--store", str(db), "worker", "register", "--json",
                   *_register_args(7)])
    captured = capsys.readouterr()
    assert status == 1 and "Traceback" not in captured.err
    assert json.loads(captured.out)["error"] == refused.value.code
    assert table_dump(db) == before


def _register_args(serial: int) -> list[str]:
    fields = worker_fields(serial)
    return ["--nik", fields["nik"], "--name", fields["name"], "--sex", fields["sex"],
            "--birth-date", fields["birth_date"], "--kecamatan", fields["kecamatan"],
            "--kelurahan", fields["kelurahan"], "--occupation", fields["occupation"]]


def test_key_export_and_import_on_another_workstation(
    tmp_path: Path, memory_keyring: MemoryKeyring  # noqa: F811
) -> None:
    db, key_file = tmp_path / "berjasa.db", tmp_path / "kunci.berjasa-key"
    app = populated_store(db)
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    exported = export_key(app, admin, key_file, "frasa sandi panjang")
    assert exported["exported"] and b"Siti" not in key_file.read_bytes()
    store_id = app.application.store_info["store_id"]
    assert [e["kind"] for e in app.exports.list_exports(admin)] == ["key"]
    app.close()
    memory_keyring.secrets.clear()
    with pytest.raises(ValidationError) as wrong:
        import_key(SQLiteMeta(db), key_file, "frasa sandi salah!!")
    assert wrong.value.code == "key.passphrase_wrong"
    assert import_key(SQLiteMeta(db), key_file, "frasa sandi panjang")["imported"]
    assert (KEYRING_SERVICE, key_entry(store_id)) in memory_keyring.secrets
    reopened = open_store(f"sqlite:///{db.as_posix()}")
    assert key_status(reopened)["encrypted"]
    assert reopened.workers.get_worker(reopened.users.sign_in("admin", PASSWORD, "x"),
                                       worker_fields(2)["nik"])["name"] == NAME
    reopened.close()


def test_key_file_for_another_store_is_refused(
    tmp_path: Path, memory_keyring: MemoryKeyring  # noqa: F811
) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    app = populated_store(first, workers=0)
    export_key(app, app.users.sign_in("admin", PASSWORD, "x"), tmp_path / "a.key", "frasa sandi a1")
    app.close()
    populated_store(second, workers=0).close()
    with pytest.raises(ValidationError) as refused:
        import_key(SQLiteMeta(second), tmp_path / "a.key", "frasa sandi a1")
    assert refused.value.code == "key.other_store"


def test_console_key_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str],
                              memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    db = tmp_path / "berjasa.db"
    populated_store(db, workers=1).close()
    for name, value in (("BERJASA_USER", "admin"), ("BERJASA_PASSWORD", PASSWORD),
                        ("BERJASA_KEY_PASSPHRASE", "frasa sandi panjang")):
        monkeypatch.setenv(name, value)
    url, key_file = str(db), str(tmp_path / "k.json")
    capsys.readouterr()
    assert main(["--store", url, "key", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["encrypted"] is True
    assert main(["--store", url, "key", "export", key_file, "--json"]) == 0
    assert main(["--store", url, "key", "export", key_file, "--json"]) == 1  # no overwrite
    memory_keyring.secrets.clear()
    capsys.readouterr()
    assert main(["--store", url, "key", "import", key_file, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] is True
    assert main(["--store", url, "user", "list", "--json"]) == 0


def test_key_export_force_replaces_only_a_key_file_of_this_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    """`key export` refuses any existing file (`backup.target_exists`, its code of old);
    with `--force` it replaces a key file of this same store, nothing else (issue 23)."""
    db, other_db = tmp_path / "berjasa.db", tmp_path / "lain.db"
    populated_store(db, workers=0).close()
    populated_store(other_db, workers=0).close()
    for name, value in (("BERJASA_USER", "admin"), ("BERJASA_PASSWORD", PASSWORD),
                        ("BERJASA_KEY_PASSPHRASE", "frasa sandi panjang")):
        monkeypatch.setenv(name, value)
    ours, theirs, foreign = tmp_path / "k.json", tmp_path / "lain.json", tmp_path / "x.json"
    foreign.write_text('{"format": "bukan kunci"}\n')
    assert main(["--store", str(db), "key", "export", str(ours), "--json"]) == 0
    assert main(["--store", str(other_db), "key", "export", str(theirs), "--json"]) == 0
    first = ours.read_bytes()
    for target, force in ((ours, ()), (foreign, ("--force",)), (theirs, ("--force",)),
                          (db, ("--force",))):
        before = target.read_bytes()
        capsys.readouterr()
        assert main(["--store", str(db), "key", "export", str(target), *force,
                     "--json"]) == 1
        assert json.loads(capsys.readouterr().out)["error"] == "backup.target_exists"
        assert target.read_bytes() == before
    assert main(["--store", str(db), "key", "export", str(ours), "--force", "--json"]) == 0
    assert ours.read_bytes() != first  # sealed again (a new salt)
    assert ours.stat().st_mode & 0o077 == 0  # the user's only
    memory_keyring.secrets.clear()
    assert main(["--store", str(db), "key", "import", str(ours), "--json"]) == 0
