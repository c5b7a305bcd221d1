"""`berjasa --demo`: a demo store in the user's data folder, built once.

The store is built into a `.partial` file and renamed when complete, so an interrupted
build never leaves a half-built demo that would be opened next time.
"""

from __future__ import annotations

from pathlib import Path

from desktop.paths import data_dir
from domain.demo import DEMO_PASSWORD, build_demo
from domain.services.app import Berjasa
from domain.store import open_store

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
        record_demo_policies(app, workers)
    finally:
        app.close()
    partial.replace(path)
    return path


def record_demo_policies(app: Berjasa, workers: int = DEMO_WORKERS) -> None:
    """The Paritrana inputs the press reported (Perwali 62/2018, the circulars, the 72.50 %
    target), plus budget and workforce figures scaled to the demo's size, marked as demo."""
    monthly = workers * 16_800
    workforce = workers * 14 // 10        # about 63 % covered, as reported for 2025
    supervisor = app.sign_in("budi", DEMO_PASSWORD, "demo")
    for kind, number, day, subject, status in (
        ("Perwali", "62 Tahun 2018", "2018-10-01",
         "Jaminan sosial ketenagakerjaan bagi pekerja rentan", "berlaku"),
        ("SE", "560/107/2023", "2023-03-14", "Kepesertaan BPJS Ketenagakerjaan", "berlaku"),
        ("SE", "278/2025", "2025-06-02", "Perlindungan pekerja rentan", "berlaku"),
        ("Perda", "Rancangan Perda Jamsostek", "2026-02-10",
         "Penyelenggaraan jaminan sosial ketenagakerjaan", "rancangan"),
    ):
        app.record_regulation(supervisor, kind, number, day, subject, status)
    app.allocate_budget(supervisor, 2026, monthly * 12, "DPA Disnaker 2026 (contoh demo)")
    for month in range(1, 11):
        app.record_budget_payment(supervisor, 2026, monthly, f"2026-{month:02d}-15",
                                  f"SP2D/{month:03d}/DISNAKER/2026", "iuran bulanan (demo)")
    app.record_workforce(supervisor, 2026, workforce, "BPS Sakernas (angka contoh demo)")
    app.set_coverage_target(supervisor, 2026, "72.5", "target cakupan semesta 2026")
    app.record_head_of_office(supervisor, "Kepala Dinas (contoh demo)", "197001012000031001")


def open_demo_store(folder: Path | None = None, workers: int = DEMO_WORKERS) -> Berjasa:
    """The demo store, built with `domain.demo.build_demo` the first time it is opened."""
    return open_store(_url(ensure_demo_store(folder, workers)))
