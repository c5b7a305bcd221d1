"""The console loads only what the command needs: `--version` and usage errors load no
application, a command loads its own module; the table of commands is complete."""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
from pathlib import Path

from desktop.console.main import ALL_MODULES, COMMAND_MODULES, chosen_command

HEAVY = ("eventsourcing", "reportlab", "psycopg", "openpyxl", "python_calamine",
         "domain.services.app")


# What a warm `stats` on an unencrypted SQLite store has no use for: the PostgreSQL
# driver, the report and spreadsheet writers, Qt, the read models' sealing cipher (no key),
# the platform folders (--store is given) and the terminal prompt (the password is in the
# environment), nor the rebuild's digest helper process (`multiprocessing`, for long
# catch-ups only), nor the network (`socket`: the workstation's name is the platform's).
# Each was a measurable part of the console's start (docs/BENCHMARKS.md).
NOT_FOR_STATS = ("psycopg", "eventsourcing.postgres", "infra.pgstore", "reportlab",
                 "openpyxl", "python_calamine", "PySide6",
                 "cryptography.hazmat.primitives.ciphers.aead", "platformdirs", "getpass",
                 "multiprocessing", "socket")


# The domain's modules that hold no aggregate: what a read model may load. An aggregate
# module costs its event classes (eventsourcing builds each as a dataclass at import), so
# the plain rules the read models use live in `domain/model/*_rules.py`.
PLAIN_MODEL_MODULES = ("domain.model", "domain.model.common", "domain.model.ids")


# What signing in and reading the read models need of the domain: the user's aggregate,
# the users' context (sign-in), the history's (which authorises reading the read models)
# and the services' small base. The other contexts and their aggregates are built and
# loaded by the commands that use them (`domain.services.app`), the snapshotted ones when
# first saved; the directory when a command reads it (whether the store is initialised is
# asked of the stored events).
STATS_DOMAIN = ("domain.model.pengguna", "domain.services.app",
                "domain.services.authoriser", "domain.services.base",
                "domain.services.context", "domain.services.history",
                "domain.services.permissions", "domain.services.session",
                "domain.services.users")


def aggregate_modules(loaded: set[str]) -> list[str]:
    """The aggregate (and service) modules among `loaded`."""
    return sorted(name for name in loaded
                  if name.startswith(("domain.model.", "domain.services."))
                  and name not in PLAIN_MODEL_MODULES and not name.endswith("_rules"))


def modules_loaded_by(*argv: str, env: dict[str, str] | None = None) -> set[str]:
    """The modules loaded by running `berjasa-admin argv`, which must succeed (its own
    output comes first; the last line is its exit status and the modules)."""
    code = ("import sys\nfrom desktop.console.main import main\n"
            f"status = main({list(argv)!r})\n"
            "print(status, ' '.join(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env=env)
    status, *loaded = done.stdout.splitlines()[-1].split()
    assert status == "0", done.stderr
    return set(loaded)


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


def test_a_warm_stats_on_sqlite_loads_none_of_the_heavy_modules(tmp_path: Path) -> None:
    env = {**os.environ, "BERJASA_PASSWORD": "rahasia-konsol-2026", "BERJASA_KEY": "",
           "BERJASA_NEW_PASSWORD": "rahasia-konsol-2026",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    store = ["--store", f"sqlite:///{(tmp_path / 'stats.db').as_posix()}", "--user", "admin"]
    modules_loaded_by(*store, "init", "--admin", "admin", "--json", env=env)
    modules_loaded_by(*store, "stats", "--json", env=env)  # catches the read models up
    loaded = modules_loaded_by(*store, "stats", "--json", env=env)
    assert "projections.live" in loaded  # it did run the command
    assert sorted(name for name in NOT_FOR_STATS if name in loaded) == []
    assert [name for name in aggregate_modules(loaded) if name not in STATS_DOMAIN] == []


def test_the_read_models_load_no_aggregate() -> None:
    # Every read-model module, as a warm `stats`, a report or the GUI's pages load them.
    code = ("import importlib, pkgutil, sys, projections\n"
            "for module in pkgutil.iter_modules(projections.__path__):\n"
            "    if not module.name.startswith('_'):\n"
            "        importlib.import_module(f'projections.{module.name}')\n"
            "print(' '.join(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    loaded = set(done.stdout.split())
    assert {"projections.live", "projections.queries", "domain.benefits"} <= loaded
    assert aggregate_modules(loaded) == []


def test_the_collector_is_paused_while_the_command_loads_and_on_when_it_runs() -> None:
    # A fresh `berjasa-admin` process (`run`): what the command's modules made is frozen,
    # and the command itself runs with the collector on (a long import makes garbage).
    code = ("import gc, sys\n"
            "import desktop.console.main as console\n"
            "import desktop.console.running as running\n"
            "def execute(args, words):\n"
            "    print(gc.isenabled(), gc.get_freeze_count())\n"
            "    return 0\n"
            "running.execute = execute\n"
            "sys.argv = ['berjasa-admin', '--store', 'memory:', 'stats', '--json']\n"
            "console.run()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    enabled, frozen = done.stdout.split()
    assert enabled == "True"
    assert int(frozen) > 10_000  # the parser's and the read models' modules, at least
