"""Entry point of `berjasa-admin`: global options, subcommands, exit codes.

Exit status: 0 success, 1 refused input or rule (message on stderr, nothing changed),
2 usage error, 3 `audit verify` found the history broken. With `--json` every command
prints exactly one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from desktop.console import (
    cmd_admin,
    cmd_billing,
    cmd_claims,
    cmd_demo,
    cmd_duplicates,
    cmd_history,
    cmd_import,
    cmd_migrate,
    cmd_mou,
    cmd_periods,
    cmd_policy,
    cmd_projections,
    cmd_quotas,
    cmd_report,
    cmd_security,
    cmd_workers,
)
from desktop.console.args import Outcome
from desktop.console.context import ConsoleContext
from desktop.console.output import print_json
from desktop.private_files import keep_new_files_private
from desktop.version import version_text
from domain.errors import BerjasaError, ValidationError
from domain.i18n import reset_language, set_language

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
COMMAND_MODULES: tuple[ModuleType, ...] = (
    cmd_admin,
    cmd_workers,
    cmd_duplicates,
    cmd_quotas,
    cmd_periods,
    cmd_claims,
    cmd_mou,
    cmd_history,
    cmd_import,
    cmd_demo,
    cmd_policy,
    cmd_report,
    cmd_projections,
    cmd_security,
    cmd_migrate,
    cmd_billing,
)
log = logging.getLogger("berjasa.console")


def build_parser() -> argparse.ArgumentParser:
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
    parser.add_argument("--version", action="version", version=version_text())
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH", required=True)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.lang:
        set_language(args.lang)
    else:
        reset_language()
    context = ConsoleContext(args)
    try:
        refuse_nul_bytes(sys.argv[1:] if argv is None else argv)
        result = args.handler(context)
        if isinstance(result, Outcome):
            context.emit(result.result)
            return result.status
        if result is not None:
            context.emit(result)
        return EXIT_OK
    except BerjasaError as error:
        return refuse(context, error.code, error.message())
    except KeyboardInterrupt:
        return refuse(context, "interrupted", "Dibatalkan oleh pengguna.")
    except BrokenPipeError:
        # The reader stopped early (`events | head`): what it read is all it wanted.
        silence_stdout()
        return EXIT_OK
    except Exception as error:
        log.exception("unexpected error")
        return refuse(context, "unexpected", f"Kesalahan tak terduga: {error}")
    finally:
        context.close()


def refuse_nul_bytes(argv: Sequence[str]) -> None:
    """No file name or value holds a NUL byte (a real command line cannot even carry one;
    a caller in the same process can), so none reaches the file system or a store."""
    for position, word in enumerate(argv, 1):
        if "\x00" in word:
            raise ValidationError("console.nul_byte", position=position,
                                  argument=word.replace("\x00", "\\x00"))


def silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's final flush cannot fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def refuse(context: ConsoleContext, code: str, message: str) -> int:
    print(f"berjasa-admin: {message}", file=sys.stderr)
    if context.as_json:
        print_json({"error": code, "message": message})
    return EXIT_REFUSED


def run() -> None:
    keep_new_files_private()
    sys.exit(main())


if __name__ == "__main__":
    run()
