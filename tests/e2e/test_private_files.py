"""Files the console writes are its user's alone (0600, folders 0700) on POSIX."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD

pytestmark = pytest.mark.skipif(os.name != "posix", reason="modes are POSIX; Windows uses ACLs")


def console(store: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BERJASA_PASSWORD": PASSWORD, "BERJASA_NEW_PASSWORD": PASSWORD,
           "BERJASA_USER": "admin", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run(
        [sys.executable, "-m", "desktop.console.main", "--store",
         f"sqlite:///{store.as_posix()}", *argv],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_store_read_models_backup_and_report_are_private(tmp_path: Path) -> None:
    store = tmp_path / "data" / "berjasa.db"
    for argv in (("init", "--admin", "admin"), ("stats", "--json"),
                 ("backup", str(tmp_path / "cadangan" / "salinan.db")),
                 ("report", "mou", "-o", str(tmp_path / "laporan" / "mou.pdf"))):
        done = console(store, *argv)
        assert done.returncode == 0, (argv, done.stderr)
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    folders = [p for p in tmp_path.rglob("*") if p.is_dir()]
    names = {p.name for p in written}
    assert {"berjasa.db", "salinan.db", "mou.pdf"} <= names, names
    assert any("readmodel" in name for name in names), names
    assert all(mode(p) & 0o077 == 0 for p in written), {p.name: oct(mode(p)) for p in written}
    assert all(mode(p) & 0o077 == 0 for p in folders), {p.name: oct(mode(p)) for p in folders}
