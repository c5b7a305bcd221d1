"""Where Berjasa keeps its files on this machine (Windows: %LOCALAPPDATA%\\Disnaker Makassar)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME, APP_AUTHOR = "Berjasa", "Disnaker Makassar"


def data_dir() -> Path:
    # platformdirs is loaded when a folder is asked for: a console command given --store
    # or BERJASA_STORE never needs it.
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=False)


def log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, APP_AUTHOR, ensure_exists=False)


def default_store_url() -> str:
    """`BERJASA_STORE` when set, else the SQLite file in the user's data folder."""
    configured = os.environ.get("BERJASA_STORE", "").strip()
    if configured:
        return configured
    return f"sqlite:///{(data_dir() / 'berjasa.sqlite3').as_posix()}"
