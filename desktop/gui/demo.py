"""`berjasa --demo`: a demo store in the user's data folder, built once.

The store is built into a `.partial` file and renamed when complete, so an interrupted
build never leaves a half-built demo that would be opened next time.
"""

from __future__ import annotations

from pathlib import Path

from berjasa.bootstrap import build_demo, open_store
from desktop.paths import data_dir
from domain.demo import DEMO_PASSWORD
from domain.services.app import Berjasa

DEMO_ADMIN = "admin"
DEMO_WORKERS, DEMO_SEED = 2000, 2026
__all__ = ["DEMO_ADMIN", "DEMO_PASSWORD", "demo_store_path", "ensure_demo_store",
           "open_demo_store"]


def demo_store_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / "demo" / "berjasa-demo.sqlite3"


def _url(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def ensure_demo_store(folder: Path | None = None, workers: int = DEMO_WORKERS) -> Path:
    """The demo store's path, building it first if it does not exist yet."""
    path = demo_store_path(folder)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    app = open_store(_url(partial))
    try:
        build_demo(app, workers=workers, seed=DEMO_SEED, admin_password=DEMO_PASSWORD)
    finally:
        app.close()
    partial.replace(path)
    return path


def open_demo_store(folder: Path | None = None, workers: int = DEMO_WORKERS) -> Berjasa:
    """The demo store, built with `domain.demo.build_demo` the first time it is opened."""
    return open_store(_url(ensure_demo_store(folder, workers)))
