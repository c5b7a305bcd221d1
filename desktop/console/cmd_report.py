"""`report NAME ... -o FILE.pdf`: the PDF reports (Paritrana dossier and listings)."""

from __future__ import annotations

from typing import Any

from desktop.console.args import command
from desktop.console.context import ConsoleContext
from domain.nik import normalise_nik
from domain.values import as_int, as_optional_date
from domain.wilayah import find_kecamatan
from reports.api import REPORT_NAMES
from reports.params import ReportParams
from reports.service import generate_report


def register(commands: Any) -> None:
    report = command(commands, "report", "buat laporan PDF (paritrana, roster, quota, claims, "
                     "mou, audit)", do_report)
    report.add_argument("name", choices=REPORT_NAMES, metavar="NAMA",
                        help="paritrana | roster | quota | claims | mou | audit")
    report.add_argument("-o", "--output", required=True, help="berkas PDF tujuan")
    report.add_argument("--year", help="tahun (paritrana: wajib; quota, claims: saring)")
    report.add_argument("--as-of", help="sebagaimana tercatat pada waktu ini (ISO 8601; "
                        "tanpa zona = WITA); default: peristiwa terakhir")
    report.add_argument("--on", help="tanggal cakupan/berlaku (default: tanggal as-of)")
    report.add_argument("--kecamatan", help="roster: satu kecamatan (default: seluruh kota)")
    report.add_argument("--nik", help="audit: peristiwa satu pekerja")
    report.add_argument("--since", help="claims, audit: tanggal awal (YYYY-MM-DD)")
    report.add_argument("--until", help="claims, audit: tanggal akhir (YYYY-MM-DD)")


def params_from(args: Any) -> ReportParams:
    return ReportParams(
        year=as_int(args.year, "tahun") if args.year else None,
        on=as_optional_date(args.on, "tanggal cakupan"),
        kecamatan=find_kecamatan(args.kecamatan).name if args.kecamatan else None,
        nik=normalise_nik(args.nik) if args.nik else None,
        since=as_optional_date(args.since, "tanggal awal"),
        until=as_optional_date(args.until, "tanggal akhir"),
    )


def do_report(ctx: ConsoleContext) -> dict[str, Any]:
    a = ctx.args
    info = generate_report(ctx.app(), ctx.session(), a.name, params_from(a), a.output,
                           as_of=a.as_of)
    return info.as_dict()
