"""Running a parsed `berjasa-admin` command: language, store, sign-in, output, refusals.

Kept apart from `desktop.console.main`, which only parses, so that `--version`, help and
usage errors never load the application.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from desktop.console.args import Outcome
from desktop.console.context import ConsoleContext
from desktop.console.output import print_json
from domain.errors import BerjasaError, ValidationError
from domain.i18n import reset_language, set_language

EXIT_OK, EXIT_REFUSED = 0, 1
log = logging.getLogger("berjasa.console")


def execute(args: argparse.Namespace, words: Sequence[str]) -> int:
    if args.lang:
        set_language(args.lang)
    else:
        reset_language()
    context = ConsoleContext(args)
    try:
        refuse_nul_bytes(words)
        result = args.handler(context)
        if isinstance(result, Outcome):
            context.emit(result.result)
            return int(result.status)
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
