"""The console loads only what the command needs: `--version` and usage errors load no
application, a command loads its own module; the table of commands is complete."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

from desktop.console.main import ALL_MODULES, COMMAND_MODULES, chosen_command

HEAVY = ("eventsourcing", "reportlab", "psycopg", "openpyxl", "python_calamine",
         "domain.services.app")


def modules_loaded_by(*argv: str) -> set[str]:
    code = ("import sys\nfrom desktop.console.main import main\n"
            f"main({list(argv)!r})\nprint(' '.join(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return set(done.stdout.split())


def test_version_loads_no_application() -> None:
    loaded = modules_loaded_by("--version")
    assert not [name for name in HEAVY if name in loaded]


def test_a_command_loads_only_its_own_module() -> None:
    loaded = modules_loaded_by("mou", "--help")
    assert "desktop.console.cmd_mou" in loaded
    assert "desktop.console.cmd_report" not in loaded and "reportlab" not in loaded


def test_the_command_table_names_every_command_of_every_module() -> None:
    declared: dict[str, str] = {}
    for name in ALL_MODULES:
        parser = argparse.ArgumentParser()
        commands = parser.add_subparsers()
        importlib.import_module(f"desktop.console.{name}").register(commands)
        declared.update(dict.fromkeys(commands.choices, name))
    assert declared == COMMAND_MODULES


def test_the_command_is_found_after_global_options() -> None:
    assert chosen_command(["--store", "memory:", "--user", "ani", "stats", "--json"]) == "stats"
    assert chosen_command(["--lang", "en", "--version"]) is None
    assert chosen_command([]) is None
