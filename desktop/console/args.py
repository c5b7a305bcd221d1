"""Helpers shared by the command modules for declaring subcommands."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

Handler = Callable[[Any], Any]


def command(
    subparsers: Any, name: str, help_text: str, handler: Handler
) -> argparse.ArgumentParser:
    """A leaf command: it takes `--json` after its name and runs `handler(context)`."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=help_text
    )
    parser.add_argument("--json", action="store_true", help="cetak satu objek JSON")
    parser.set_defaults(handler=handler)
    return parser


def group(subparsers: Any, name: str, help_text: str) -> Any:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    return parser.add_subparsers(dest=f"{name}_command", metavar="PERINTAH", required=True)


class Outcome:
    """A handler's result with its own exit status, for a finding that is neither success
    nor a refusal (e.g. `audit verify` finding a broken history exits 3)."""

    def __init__(self, result: Any, status: int) -> None:
        self.result, self.status = result, status
