"""Frozen entry point of `berjasa` (windowed): the same code as the `berjasa` script."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen program that starts child processes must say so before anything else.
    multiprocessing.freeze_support()
    from desktop.app import main

    sys.exit(main())
