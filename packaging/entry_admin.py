"""Frozen entry point of `berjasa-admin` (console): the same code as the script."""

from __future__ import annotations

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from desktop.console.main import run

    run()
