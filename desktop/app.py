"""Entry point of `berjasa`, the desktop application."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop.gui.main import run

    return run(sys.argv)
