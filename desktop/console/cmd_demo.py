"""`demo --workers N [--seed S]`: a realistic, deterministic history in a fresh store."""

from __future__ import annotations

import os
from typing import Any

from desktop.console.args import command
from desktop.console.context import ConsoleContext
from domain.demo import DEMO_PASSWORD, DemoBuilt


def register(commands: Any) -> None:
    parser = command(commands, "demo", "isi penyimpanan BARU dengan data demo yang realistis "
                     f"(admin 'admin', kata sandi BERJASA_PASSWORD atau '{DEMO_PASSWORD}')",
                     do_demo)
    parser.add_argument("--workers", type=int, required=True, help="jumlah pekerja, mis. 200")
    parser.add_argument("--seed", type=int, default=2026, help="benih acak (default 2026)")


class DemoStore(DemoBuilt):
    store: str


def do_demo(ctx: ConsoleContext) -> DemoStore:
    from berjasa.bootstrap import build_demo  # recorded at the moments it describes

    password = os.environ.get("BERJASA_PASSWORD") or DEMO_PASSWORD
    result = build_demo(ctx.app(must_exist=False), ctx.args.workers, seed=ctx.args.seed,
                        admin_password=password)
    return DemoStore(**result, store=ctx.app(must_exist=False).application.store_label)
