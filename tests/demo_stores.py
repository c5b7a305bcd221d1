"""A demo store built once per module and copied as a file for each test: building one
costs seconds, copying it milliseconds, and each test still gets its own store to change."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import pytest

from desktop.console.main import main
from tests.conftest import isolate


def built_once(factory: pytest.TempPathFactory, workers: int, password: str | None = None
               ) -> Path:
    """`berjasa-admin demo --workers N` into a fresh file, isolated as a test is (a
    module-scoped fixture runs before the autouse isolation)."""
    folder = factory.mktemp("demo")
    path = folder / "demo.db"
    with pytest.MonkeyPatch.context() as patch:
        isolate(patch, folder)
        if password is not None:
            patch.setenv("BERJASA_PASSWORD", password)
            patch.setenv("BERJASA_NEW_PASSWORD", password)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["--store", f"sqlite:///{path.as_posix()}", "demo", "--workers",
                         str(workers), "--json"])
        assert code == 0
        assert json.loads(out.getvalue().strip().splitlines()[-1])["workers"] == workers
    # A closed SQLite store is one file: no -wal or -journal beside it to copy too.
    assert sorted(p.name for p in folder.iterdir() if p.name != "xdg-data") == ["demo.db"]
    return path


def copied(store: Path, target: Path) -> str:
    """The URL of this test's own copy of `store`, at `target`."""
    shutil.copy(store, target)
    return f"sqlite:///{target.as_posix()}"
