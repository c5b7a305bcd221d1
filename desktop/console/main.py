"""Entry point of `berjasa-admin`: global options, subcommands, exit codes.

Exit status: 0 success, 1 refused input or rule (message on stderr, nothing changed),
2 usage error, 3 `audit verify` found the history broken. With `--json` every command
prints exactly one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from desktop.private_files import keep_new_files_private

EXIT_USAGE = 2
# The module that declares each top-level command. To run a command only its module (and
# what that imports) is loaded, so `--version`, help and a warm `stats` start at once. A
# command missing here still runs (every module is then loaded); a test keeps it complete.
COMMAND_MODULES: dict[str, str] = {
    "init": "cmd_admin", "user": "cmd_admin",
    "worker": "cmd_workers", "enrol": "cmd_workers", "terminate": "cmd_workers",
    "duplicates": "cmd_duplicates",
    "quota": "cmd_quotas",
    "period": "cmd_periods", "worklist": "cmd_periods",
    "claim": "cmd_claims", "benefit": "cmd_claims",
    "mou": "cmd_mou",
    "events": "cmd_history", "tariff": "cmd_history", "changes": "cmd_changes",
    "import": "cmd_import", "import-kpj": "cmd_import", "import-dukcapil": "cmd_import",
    "import-decile": "cmd_import",
    "demo": "cmd_demo",
    "policy": "cmd_policy",
    "report": "cmd_report",
    "stats": "cmd_projections", "projections": "cmd_projections",
    "audit": "cmd_security", "key": "cmd_security", "backup": "cmd_security",
    "restore": "cmd_security",
    "migrate": "cmd_migrate",
    "billing": "cmd_billing",
}
# Every module, in the order `--help` lists their commands.
ALL_MODULES = ("cmd_admin", "cmd_workers", "cmd_duplicates", "cmd_quotas", "cmd_periods",
               "cmd_claims", "cmd_mou", "cmd_history", "cmd_changes", "cmd_import", "cmd_demo",
               "cmd_policy", "cmd_report", "cmd_projections", "cmd_security", "cmd_migrate",
               "cmd_billing")
_GLOBAL_WITH_VALUE = ("--store", "--user", "--lang")
_collector: dict[str, bool] = {}  # "paused": by `pause_collector`, until the command runs


def chosen_command(argv: Sequence[str]) -> str | None:
    """The top-level command named in `argv` (None when there is none: help, --version,
    or a usage error, which the full parser then explains)."""
    words = iter(argv)
    for word in words:
        if word in _GLOBAL_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def command_modules(command: str | None, helping: bool = True) -> tuple[ModuleType, ...]:
    """The modules to load: the command's own; all for help or an unknown command; none
    when no command is named and no help asked (`--version`, or a usage error)."""
    if command is None and not helping:
        return ()
    names = (COMMAND_MODULES[command],) if command in COMMAND_MODULES else ALL_MODULES
    return tuple(importlib.import_module(f"desktop.console.{name}") for name in names)


class _VersionAction(argparse.Action):
    """`--version`, worked out only when asked for (it reads the package metadata)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="tampilkan versi lalu keluar")

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from desktop.version import version_text

        # On stdout, as argparse's own version action prints it (scripts read it there).
        print(version_text())
        parser.exit()


def build_parser(command: str | None = None, helping: bool = True) -> argparse.ArgumentParser:
    """The parser with every command, or only `command`'s module's commands."""
    parser = argparse.ArgumentParser(
        prog="berjasa-admin",
        description="Konsol administrasi Berjasa (Makassar Berjasa, Disnaker Kota Makassar).",
    )
    parser.add_argument(
        "--store",
        help="alamat penyimpanan (default: BERJASA_STORE atau "
        "berkas SQLite di folder data pengguna)",
    )
    parser.add_argument("--user", help="nama pengguna (default: BERJASA_USER)")
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa pesan (default: id)")
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH", required=True)
    for module in command_modules(command, helping):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    helping = any(word in ("-h", "--help") for word in words)
    parser = build_parser(chosen_command(words), helping)
    try:
        args = parser.parse_args(words)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    # Only a command that runs loads the application and its texts.
    from desktop.console.running import execute

    resume_collector()
    status: int = execute(args, words)
    return status


def pause_collector() -> None:
    """Loading a command's modules makes tens of thousands of objects (classes, functions,
    the event dataclasses) that live as long as the process: the cyclic garbage collector,
    run every 700 new objects, would examine them over and over for nothing (a warm `stats`:
    53 collections, 11-13 ms on the 2-core machine under load; 11 collections, ~1 ms, with
    the pause). It is paused while they load (`run`, a fresh process)."""
    if gc.isenabled():
        gc.disable()
        _collector["paused"] = True


def resume_collector() -> None:
    """The collector back on before the command runs (a long import or rebuild makes
    garbage), the objects loaded so far frozen: never examined again, so its first
    collection does not walk all of them."""
    if _collector.pop("paused", False):
        gc.freeze()
        gc.enable()


def run() -> None:
    keep_new_files_private()
    pause_collector()
    sys.exit(main())


if __name__ == "__main__":
    run()
