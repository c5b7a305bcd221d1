"""`report NAME ... -o FILE.pdf`: the PDF reports (Paritrana dossier and listings)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.console.args import Outcome, command
from desktop.console.context import ConsoleContext
from desktop.outputs import REPORT, check_output
from domain.i18n import current_language
from domain.nik import normalise_nik
from domain.values import as_int, as_optional_date
from domain.wilayah import find_kecamatan
from reports.api import REPORT_NAMES
from reports.params import ReportParams, ReportSummary
from reports.service import generate_report, verify_report_file

EXIT_NOT_GENUINE = 3  # as `audit verify` exits on a broken history


def register(commands: Any) -> None:
    report = command(commands, "report", "buat laporan PDF (paritrana, roster, quota, claims, "
                     "mou, audit)", do_report)
    report.add_argument("name", choices=(*REPORT_NAMES, "verify"), metavar="NAMA",
                        help="paritrana | roster | quota | claims | mou | audit; "
                        "verify BERKAS.pdf: periksa keaslian laporan")
    report.add_argument("file", nargs="?", help="verify: berkas PDF yang diperiksa")
    report.add_argument("-o", "--output", help="berkas PDF tujuan (wajib kecuali verify)")
    report.add_argument("--force", action="store_true",
                        help="timpa berkas tujuan bila itu laporan Berjasa sebelumnya")
    report.add_argument("--year", help="tahun (paritrana: wajib; quota, claims: saring)")
    report.add_argument("--as-of", help="sebagaimana tercatat pada waktu ini (ISO 8601; "
                        "tanpa zona = WITA); default: peristiwa terakhir")
    report.add_argument("--position", help="dengan --as-of: log sampai posisi peristiwa ini "
                        "(seperti tercetak di kaki halaman)")
    report.add_argument("--on", help="tanggal cakupan/berlaku (default: tanggal as-of)")
    report.add_argument("--kecamatan", help="roster: satu kecamatan (default: seluruh kota)")
    report.add_argument("--nik", help="audit: peristiwa satu pekerja")
    report.add_argument("--since", help="claims, audit: tanggal awal (YYYY-MM-DD)")
    report.add_argument("--until", help="claims, audit: tanggal akhir (YYYY-MM-DD)")
    report.add_argument("--signed-on", help="paritrana, roster: tanggal tanda tangan "
                        "(default: hari ini)")
    _check_files_at_parse_time(report)


def _check_files_at_parse_time(report: argparse.ArgumentParser) -> None:
    """`-o FILE` for a report, one BERKAS.pdf for verify: missing ones are usage errors
    (exit 2), as when -o was a required option."""
    parse = report.parse_known_args

    def checked(args: Any = None, namespace: Any = None) -> Any:
        parsed, extras = parse(args, namespace)
        if parsed.name == "verify" and not parsed.file:
            report.error("verify: BERKAS.pdf wajib diisi")
        if parsed.name != "verify" and (not parsed.output or parsed.file):
            report.error("argumen -o/--output wajib diisi (satu berkas PDF tujuan)")
        return parsed, extras

    setattr(report, "parse_known_args", checked)  # noqa: B010 (an instance's own hook)


def params_from(args: Any) -> ReportParams:
    return ReportParams(
        year=as_int(args.year, "tahun") if args.year else None,
        on=as_optional_date(args.on, "tanggal cakupan"),
        kecamatan=find_kecamatan(args.kecamatan).name if args.kecamatan else None,
        nik=normalise_nik(args.nik) if args.nik else None,
        since=as_optional_date(args.since, "tanggal awal"),
        until=as_optional_date(args.until, "tanggal akhir"),
        signed_on=as_optional_date(getattr(args, "signed_on", None), "tanggal tanda tangan"),
        # The audit extract's summaries in the console's language (BERJASA_LANG).
        language=current_language() if getattr(args, "name", "") == "audit" else "id",
    )


def do_report(ctx: ConsoleContext) -> ReportSummary | Outcome:
    a = ctx.args
    if a.name == "verify":
        return do_verify(ctx)
    position = as_int(a.position, "posisi peristiwa") if a.position else None
    output = check_output(a.output, REPORT, a.force)  # never clobbers (issue 23)
    info = generate_report(ctx.app(), ctx.session(), a.name, params_from(a), output,
                           as_of=a.as_of, position=position)
    return info.as_dict()


def do_verify(ctx: ConsoleContext) -> Outcome:
    """Exit 0 genuine, 3 altered (or the history no longer gives it), 1 not a report."""
    verdict = verify_report_file(ctx.app(), ctx.session(), ctx.args.file)
    return Outcome(verdict.as_dict(), 0 if verdict.genuine else EXIT_NOT_GENUINE)
