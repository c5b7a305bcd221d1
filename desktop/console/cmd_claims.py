"""`claim ...`: the claim workflow."""

from __future__ import annotations

from typing import Any

from desktop.console.args import command, group
from desktop.console.context import ConsoleContext

_DETAILS = ("place", "description", "heir_name", "heir_nik", "heir_relation")


def register(commands: Any) -> None:
    claims = group(commands, "claim", "klaim manfaat JKK, JKM, JHT")
    report = command(claims, "report", "laporkan klaim", do_report)
    report.add_argument("nik")
    report.add_argument("--programme", required=True, choices=("JKK", "JKM", "JHT"))
    report.add_argument("--incident-date", required=True, help="tanggal kejadian")
    for detail in _DETAILS:
        report.add_argument(f"--{detail.replace('_', '-')}", dest=detail, default="")

    documents = command(claims, "documents", "catat dokumen yang diterima", do_documents)
    documents.add_argument("claim")
    documents.add_argument("--received", action="append", default=[], metavar="DOKUMEN")
    documents.add_argument("--all", action="store_true", help="semua dokumen daftar periksa")

    submit = command(claims, "submit", "verifikasi dan ajukan ke BPJS", do_submit)
    submit.add_argument("claim")
    submit.add_argument("--on", help="tanggal pengajuan")
    submit.add_argument("--reference", default="", help="nomor referensi BPJS")

    pay = command(claims, "pay", "catat pembayaran klaim oleh BPJS", do_pay)
    pay.add_argument("claim")
    pay.add_argument("--amount", required=True, help="rupiah")
    pay.add_argument("--on", help="tanggal bayar")

    reject = command(claims, "reject", "catat penolakan klaim", do_reject)
    reject.add_argument("claim")
    reject.add_argument("--reason", required=True)
    reject.add_argument("--on", help="tanggal penolakan")

    show = command(claims, "show", "rincian klaim", do_show)
    show.add_argument("claim")


def do_report(ctx: ConsoleContext) -> dict[str, Any]:
    a = ctx.args
    details = {k: getattr(a, k) for k in _DETAILS if getattr(a, k)}
    return ctx.app().report_claim(ctx.session(), a.nik, a.programme, a.incident_date, **details)


def do_documents(ctx: ConsoleContext) -> dict[str, Any]:
    app, session = ctx.app(), ctx.session()
    documents = list(ctx.args.received)
    if ctx.args.all:
        documents = list(app.get_claim(session, ctx.args.claim)["documents"])
    return app.receive_claim_documents(session, ctx.args.claim, documents)


def do_submit(ctx: ConsoleContext) -> dict[str, Any]:
    a = ctx.args
    return ctx.app().submit_claim(ctx.session(), a.claim, a.on, a.reference)


def do_pay(ctx: ConsoleContext) -> dict[str, Any]:
    a = ctx.args
    return ctx.app().pay_claim(ctx.session(), a.claim, a.amount, a.on)


def do_reject(ctx: ConsoleContext) -> dict[str, Any]:
    a = ctx.args
    return ctx.app().reject_claim(ctx.session(), a.claim, a.reason, a.on)


def do_show(ctx: ConsoleContext) -> dict[str, Any]:
    return ctx.app().get_claim(ctx.session(), ctx.args.claim)
