"""Every console command with random and hostile arguments, in-process: exit 0, 1 or 2
with a clear message, never a traceback or an "unexpected error", and a refusal leaves
the store exactly as it was."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.console.main import build_parser, main
from tests.conftest import PASSWORD
from tests.security_helpers import populated_store


def command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
                  ) -> Iterator[tuple[tuple[str, ...], list[str]]]:
    """(subcommand path, its option strings) for every leaf command."""
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        options = [o for a in parser._actions for o in a.option_strings if o.startswith("--")]
        yield prefix, options
        return
    for name, child in subparsers[0].choices.items():
        yield from command_paths(child, (*prefix, name))


COMMANDS = sorted(command_paths(build_parser()))
# No path separators: a generated FILE argument must stay inside the test's folder.
SAFE_TEXT = st.text(st.characters(blacklist_characters="/\\", blacklist_categories=("Cs",)),
                    max_size=30)
HOSTILE = st.sampled_from([
    "", "-", "--", "=cmd|' /C calc'!A0", "7.37105E+15", "7371091204850001", "2026-02-30",
    "-1", "0", "99999999999999999999", "JKK", "JKK,JKM", "KU-2026-01", "admin", "auditor",
    "Tallo", "ya", "nan", "\x00", "%s%n", "{}", "' OR 1=1 --", "\u202e", "🙂",
])


def _event_state(db: Path) -> tuple[int, bytes | None]:
    connection = sqlite3.connect(str(db))
    try:
        count = connection.execute("SELECT COUNT(*) FROM stored_events").fetchone()[0]
        head = connection.execute(
            "SELECT hash FROM berjasa_chain ORDER BY position DESC LIMIT 1").fetchone()
        return int(count), bytes(head[0]) if head else None
    finally:
        connection.close()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("fuzz") / "berjasa.db"
    populated_store(db, workers=2).close()
    return db


def _fresh_copy(pristine: Path, folder: Path) -> Path:
    """Each example starts from the same store (a successful command may change a
    password or disable the admin, which would change what later examples test)."""
    folder.mkdir(exist_ok=True)
    for old in folder.glob("berjasa.db*"):
        old.unlink()
    for part in pristine.parent.glob("berjasa.db*"):
        shutil.copyfile(part, folder / part.name)
    return folder / "berjasa.db"


@settings(max_examples=250, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(COMMANDS), st.lists(st.one_of(SAFE_TEXT, HOSTILE), max_size=6),
       st.data())
def test_console_never_crashes_and_refusals_change_nothing(
    pristine: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    command: tuple[tuple[str, ...], list[str]], words: list[str], data: st.DataObject,
) -> None:
    path, options = command
    for name, value in (("BERJASA_USER", "admin"), ("BERJASA_PASSWORD", PASSWORD),
                        ("BERJASA_NEW_PASSWORD", "sandi-baru-789"),
                        ("BERJASA_KEY_PASSPHRASE", "frasa sandi panjang")):
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    store = _fresh_copy(pristine, tmp_path / "store")
    flags = data.draw(st.lists(st.sampled_from(options), max_size=4)) if options else []
    argv = ["--store", str(store), *path, *[w for pair in zip(flags, words, strict=False)
                                            for w in pair], *words[len(flags):]]
    before = _event_state(store)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    message = err.getvalue()
    assert status in (0, 1, 2), (argv, status, message)
    assert "Traceback" not in message and "Kesalahan tak terduga" not in message, (
        argv, message)
    if status != 0:
        assert message.strip(), argv
        assert _event_state(store) == before, argv


@pytest.mark.parametrize("command", [
    ["backup", "cadangan\x00.db"],          # the fuzz test's saved example (a traceback)
    ["restore", "cadangan\x00.db", "--force"],
    ["audit", "checkpoint", "-o", "titik\x00.json"],
    ["worker", "show", "7371\x00"],
])
def test_a_nul_byte_in_any_argument_is_refused_with_its_code(
    pristine: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BERJASA_USER", "admin")
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    monkeypatch.chdir(tmp_path)
    store = _fresh_copy(pristine, tmp_path / "store")
    before = _event_state(store)
    assert main(["--store", str(store), *command, "--json"]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out)["error"] == "console.nul_byte"
    assert "Traceback" not in err and "\\x00" in err
    assert _event_state(store) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]  # no file written
