"""`berjasa --demo`: a demo store in the user's data folder, built once."""

from __future__ import annotations

import importlib
from pathlib import Path

from desktop.paths import data_dir
from domain.services.app import Berjasa
from domain.store import open_store

DEMO_ADMIN, DEMO_PASSWORD = "admin", "demo-berjasa-2026"
DEMO_WORKERS, DEMO_SEED = 5000, 2026


def demo_store_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / "demo" / "berjasa-demo.sqlite3"


def open_demo_store(folder: Path | None = None, workers: int = DEMO_WORKERS) -> Berjasa:
    """The demo store, built with `domain.demo.build_demo` the first time it is opened."""
    app = open_store(f"sqlite:///{demo_store_path(folder).as_posix()}")
    if not app.is_initialised():
        demo = importlib.import_module("domain.demo")
        demo.build_demo(app, workers=workers, seed=DEMO_SEED, admin_password=DEMO_PASSWORD)
    return app
