"""`billing show|export|reconcile`: the monthly contribution bill and BPJS's invoice.

`show` prints the bill of a month (as recorded now, or `--as-of` a past moment); `export`
writes its list as a workbook (a recorded export of personal data, masked for auditors);
`reconcile` compares BPJS's invoice with it, writes the discrepancy workbook and records
the reconciliation. Discrepancies are findings (exit 0); an unreadable file or another
month's invoice is refused (exit 1) and changes nothing.
"""

from __future__ import annotations

from typing import Any

from billing.service import (
    BillExported,
    ReconcileSummary,
    export_bill,
    reconcile_file,
    reconcile_summary,
    show_bill,
)
from desktop.console.args import command, group
from desktop.console.context import ConsoleContext
from desktop.outputs import WORKBOOK, check_output
from projections.api import BillSummary

FORCE_HELP = "timpa berkas tujuan bila itu buku kerja Berjasa sebelumnya"


def register(commands: Any) -> None:
    billing = group(commands, "billing", "tagihan iuran bulanan dan rekonsiliasi tagihan BPJS")
    show = command(billing, "show", "tagihan satu bulan per program", do_show)
    show.add_argument("--month", required=True, help="bulan (YYYY-MM)")
    show.add_argument("--as-of", help="sebagaimana tercatat pada waktu ini (ISO 8601; "
                      "tanpa zona = WITA)")
    export = command(billing, "export", "daftar tagihan satu bulan ke .xlsx", do_export)
    export.add_argument("--month", required=True, help="bulan (YYYY-MM)")
    export.add_argument("-o", "--output", required=True, help="berkas .xlsx tujuan")
    export.add_argument("--as-of", help="sebagaimana tercatat pada waktu ini (ISO 8601)")
    export.add_argument("--force", action="store_true", help=FORCE_HELP)
    check = command(billing, "reconcile", "cocokkan tagihan BPJS (.xlsx/.xls/.ods/.csv) "
                    "dengan tagihan kita", do_reconcile)
    check.add_argument("file", help="berkas tagihan dari BPJS")
    check.add_argument("--month", required=True, help="bulan tagihan (YYYY-MM)")
    check.add_argument("--report", help="berkas selisih .xlsx (default: di samping berkas)")
    check.add_argument("--force", action="store_true", help=FORCE_HELP)


def do_show(ctx: ConsoleContext) -> BillSummary:
    a = ctx.args
    return show_bill(ctx.app(), ctx.session(), a.month, as_of=a.as_of)


def do_export(ctx: ConsoleContext) -> BillExported:
    a = ctx.args
    output = check_output(a.output, WORKBOOK, a.force)  # never clobbers (issue 23)
    return export_bill(ctx.app(), ctx.session(), a.month, output, as_of=a.as_of)


def do_reconcile(ctx: ConsoleContext) -> ReconcileSummary:
    a = ctx.args
    chosen = check_output(a.report, WORKBOOK, a.force) if a.report else None
    result, report = reconcile_file(ctx.app(), ctx.session(), a.file, a.month, chosen)
    return reconcile_summary(result, report)
