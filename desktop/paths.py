"""Where Berjasa keeps its files on this machine (Windows: %LOCALAPPDATA%\\Disnaker Makassar)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME, APP_AUTHOR = "Berjasa", "Disnaker Makassar"


def data_dir() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=False)


def log_dir() -> Path:
    return user_log_path(APP_NAME, APP_AUTHOR, ensure_exists=False)


def default_store_url() -> str:
    """`BERJASA_STORE` when set, else the SQLite file in the user's data folder."""
    configured = os.environ.get("BERJASA_STORE", "").strip()
    if configured:
        return configured
    return f"sqlite:///{(data_dir() / 'berjasa.sqlite3').as_posix()}"
