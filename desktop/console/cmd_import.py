"""`import FILE --quota Q`: enrol a worker list; `import-kpj`, `import-dukcapil`,
`import-decile FILE`: record BPJS's KPJ numbers, Dukcapil's results, DTSEN deciles. Each
reads .xlsx/.xlsm/.xls/.ods/.csv and writes a rejection workbook."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any, TextIO

from desktop.console.args import command
from desktop.console.context import ConsoleContext
from desktop.outputs import WORKBOOK, check_output
from domain.errors import PartlyDoneError
from domain.i18n import current_language
from domain.messages import render
from domain.services.facts import DECILE, DUKCAPIL, KPJ
from importer import run_import
from importer.facts import FactImportCounts, run_fact_import
from importer.result import ImportCounts
from projections import open_read_models

BAR_WIDTH = 30


def register(commands: Any) -> None:
    parser = command(commands, "import",
                     "impor daftar pekerja (.xlsx/.xls/.ods/.csv) ke sebuah kuota", do_import)
    parser.add_argument("file", help="berkas .xlsx, .xlsm, .xls, .ods atau .csv")
    parser.add_argument("--quota", required=True, help="kode kuota, mis. KU-2026-01")
    parser.add_argument("--from", dest="start", help="tanggal mulai kepesertaan (TTTT-BB-HH)")
    parser.add_argument("--batch-size", type=int, default=1000,
                        help="baris per transaksi (default 1000)")
    parser.add_argument("--retroactive", action="store_true",
                        help="mulai berlaku surut (supervisor/admin; alasan wajib)")
    parser.add_argument("--reason", default="", help="alasan (wajib dengan --retroactive)")
    parser.add_argument("--report", help="lokasi buku kerja penolakan (default: di samping "
                        "berkas, <nama>-ditolak-<waktu>.xlsx)")
    parser.add_argument("--force", action="store_true", help=FORCE_HELP)


    for kind, name, text in FACT_COMMANDS:
        fact = command(commands, name, text, _fact_handler(kind))
        fact.add_argument("file", help="berkas .xlsx, .xlsm, .xls, .ods atau .csv")
        fact.add_argument("--batch-size", type=int, default=1000,
                          help="baris per transaksi (default 1000)")
        fact.add_argument("--report", help="lokasi buku kerja penolakan (default: di samping "
                          "berkas, <nama>-ditolak-<waktu>.xlsx)")
        fact.add_argument("--force", action="store_true", help=FORCE_HELP)


FORCE_HELP = "timpa --report bila itu buku kerja penolakan Berjasa sebelumnya"


def report_path(ctx: ConsoleContext) -> str | None:
    """The rejection workbook asked for, checked before anything is imported: never
    clobbers another file (issue 23). The default name is new each run."""
    a = ctx.args
    return str(check_output(a.report, WORKBOOK, a.force)) if a.report else None


FACT_COMMANDS = (
    (KPJ, "import-kpj", "impor nomor KPJ dari BPJS (kolom NIK, KPJ, tanggal)"),
    (DUKCAPIL, "import-dukcapil",
     "impor hasil padan Dukcapil (kolom NIK, status padan/tidak_ditemukan, tanggal)"),
    (DECILE, "import-decile", "impor desil DTSEN (kolom NIK atau KK, desil, data per tanggal)"),
)


def _fact_handler(kind: str) -> Any:
    def handler(ctx: ConsoleContext) -> FactImportCounts:
        a = ctx.args
        bar = ProgressBar(sys.stderr) if sys.stderr.isatty() and not ctx.as_json else None
        app = ctx.app()
        live = open_read_models(app.application) if kind == DECILE else None
        try:
            if live is not None:  # the workers of a KK are looked up there: up to date
                live.catch_up()
            with interrupt_cancels() as interrupted:
                result = run_fact_import(
                    app, ctx.session(), kind, a.file, batch_size=a.batch_size,
                    progress=bar.update if bar else None, report_path=report_path(ctx),
                    family=live.family_niks if live is not None else None,
                    cancelled=interrupted.is_set)
        finally:
            if live is not None:
                live.close()
        if bar is not None:
            bar.finish()
        check_not_cancelled(result)
        return result.as_dict()

    return handler


def do_import(ctx: ConsoleContext) -> ImportCounts:
    a = ctx.args
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() and not ctx.as_json else None
    with interrupt_cancels() as interrupted:
        result = run_import(
            ctx.app(), ctx.session(), a.file, a.quota, start=a.start,
            batch_size=a.batch_size, progress=bar.update if bar else None,
            report_path=report_path(ctx), retroactive=a.retroactive, reason=a.reason,
            cancelled=interrupted.is_set,
        )
    if bar is not None:
        bar.finish()
    check_not_cancelled(result)
    return result.as_dict()


@contextlib.contextmanager
def interrupt_cancels() -> Iterator[threading.Event]:
    """Ctrl+C (SIGINT; CTRL_C_EVENT on Windows) during an import sets the event the
    importer asks between batches: it stops with whole batches saved, and says how many.
    A second Ctrl+C interrupts at once, as before (the batch under way is rolled back)."""
    interrupted = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield interrupted  # only the main thread may handle signals (a caller's thread)
        return

    def on_interrupt(_signum: int, _frame: Any) -> None:
        interrupted.set()
        signal.signal(signal.SIGINT, previous)
        # os.write: a handler may run while the progress bar writes to sys.stderr.
        text = render("import.stopping", current_language(), {})
        os.write(sys.stderr.fileno(), f"\nberjasa-admin: {text}\n".encode())

    previous = signal.getsignal(signal.SIGINT)
    if previous is None:  # a handler not set from Python: restore the default
        previous = signal.SIG_DFL
    signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield interrupted
    finally:
        signal.signal(signal.SIGINT, previous)


def check_not_cancelled(result: Any) -> None:
    """A cancelled import is no success: exit 1 saying what was kept."""
    if result.cancelled:
        raise PartlyDoneError(
            "import.cancelled", file=str(result.file), saved=result.batches_saved,
            batches="?" if result.batches is None else result.batches, rows=result.rows)


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
