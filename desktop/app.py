"""Entry point of `berjasa`, the desktop application."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop.gui.main import run
    from desktop.private_files import keep_new_files_private

    keep_new_files_private()
    return run(sys.argv)
