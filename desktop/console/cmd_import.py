"""`import FILE --quota Q`: enrol a worker list (.xlsx/.csv), with a rejection workbook."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from desktop.console.args import command
from desktop.console.context import ConsoleContext
from importer import run_import

BAR_WIDTH = 30


def register(commands: Any) -> None:
    parser = command(commands, "import",
                     "impor daftar pekerja (.xlsx/.csv) ke sebuah kuota", do_import)
    parser.add_argument("file", help="berkas .xlsx atau .csv")
    parser.add_argument("--quota", required=True, help="kode kuota, mis. KU-2026-01")
    parser.add_argument("--from", dest="start", help="tanggal mulai kepesertaan (TTTT-BB-HH)")
    parser.add_argument("--batch-size", type=int, default=1000,
                        help="baris per transaksi (default 1000)")
    parser.add_argument("--retroactive", action="store_true",
                        help="mulai berlaku surut (supervisor/admin; alasan wajib)")
    parser.add_argument("--reason", default="", help="alasan (wajib dengan --retroactive)")
    parser.add_argument("--report", help="lokasi buku kerja penolakan (default: di samping "
                        "berkas, <nama>-ditolak-<waktu>.xlsx)")


def do_import(ctx: ConsoleContext) -> dict[str, Any]:
    a = ctx.args
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() and not ctx.as_json else None
    result = run_import(
        ctx.app(), ctx.session(), a.file, a.quota, start=a.start, batch_size=a.batch_size,
        progress=bar.update if bar else None, report_path=a.report,
        retroactive=a.retroactive, reason=a.reason,
    )
    if bar is not None:
        bar.finish()
    return result.as_dict()


class ProgressBar:
    """`[#####-----]  12.000/100.000 baris` redrawn in place on a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def update(self, done: int, total: int | None) -> None:
        if total:
            filled = min(BAR_WIDTH, BAR_WIDTH * done // max(total, 1))
            text = f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {done:,}/{total:,} baris"
        else:
            text = f"{done:,} baris"
        self.stream.write("\r" + text.replace(",", "."))
        self.stream.flush()

    def finish(self) -> None:
        self.stream.write("\n")
        self.stream.flush()
