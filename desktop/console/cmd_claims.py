"""`claim ...`: the claim workflow."""

from __future__ import annotations

from typing import Any, TypedDict

from desktop.console.args import command, group
from desktop.console.context import ConsoleContext
from domain.services.claims import BenefitFigure, ClaimView, ReportedClaim
from projections import open_read_models
from projections.api import ClaimRow

_DETAILS = ("place", "description", "heir_name", "heir_nik", "heir_relation", "heir_reason",
            "days_unable", "disability_percent")


def register(commands: Any) -> None:
    claims = group(commands, "claim", "klaim manfaat JKK, JKM, JHT")
    report = command(claims, "report", "laporkan klaim", do_report)
    report.add_argument("nik")
    report.add_argument("--programme", required=True, choices=("JKK", "JKM", "JHT"))
    report.add_argument("--incident-date", required=True, help="tanggal kejadian")
    for detail in _DETAILS:
        report.add_argument(f"--{detail.replace('_', '-')}", dest=detail, default="")
    report.add_argument("--outcome", default="", choices=("", "injury", "death"),
                        help="JKK: akibat kecelakaan (death = meninggal karena kerja)")

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
    pay.add_argument("--reason", default="", help="wajib bila nilai berbeda dari usulan")

    confirm = command(claims, "confirm-payment",
                      "konfirmasi pembayaran yang berbeda jauh dari usulan (supervisor kedua)",
                      do_confirm_payment)
    confirm.add_argument("claim")
    confirm.add_argument("--reason", default="")

    verify = command(claims, "verify",
                     "verifikasi klaim dalam kepesertaan yang dicatat sesudah kejadian",
                     do_verify)
    verify.add_argument("claim")
    decision = verify.add_mutually_exclusive_group(required=True)
    decision.add_argument("--confirm", action="store_true")
    decision.add_argument("--reject", action="store_true")
    verify.add_argument("--reason", required=True)

    listing = command(claims, "list", "daftar klaim dengan umur dan langkah berikutnya",
                      do_list)
    listing.add_argument("--search", default="", help="kode klaim, NIK atau nama")
    listing.add_argument("--state", default=None)
    listing.add_argument("--overdue", action="store_true", help="hanya yang terlambat")

    rules = group(commands, "benefit", "aturan manfaat klaim (angka bertanggal)")
    command(rules, "list", "daftar aturan manfaat", do_benefit_list)
    set_rule = command(rules, "set", "catat angka baru beserta tanggal dan dasar hukumnya",
                       do_benefit_set)
    set_rule.add_argument("--programme", required=True, help="JKK, JKM atau * (semua)")
    set_rule.add_argument("--component", required=True)
    set_rule.add_argument("--from", dest="effective_from", required=True)
    set_rule.add_argument("--value", required=True)
    set_rule.add_argument("--basis", required=True, help="dasar hukum")
    set_rule.add_argument("--unconfirmed", action="store_true",
                          help="angka belum dikonfirmasi sumber resmi")

    reject = command(claims, "reject", "catat penolakan klaim", do_reject)
    reject.add_argument("claim")
    reject.add_argument("--reason", required=True)
    reject.add_argument("--on", help="tanggal penolakan")

    show = command(claims, "show", "rincian klaim", do_show)
    show.add_argument("claim")


def do_report(ctx: ConsoleContext) -> ReportedClaim:
    a = ctx.args
    details = {k: getattr(a, k) for k in (*_DETAILS, "outcome") if getattr(a, k)}
    return ctx.app().claims.report_claim(ctx.session(), a.nik, a.programme, a.incident_date,
                                         **details)


def do_documents(ctx: ConsoleContext) -> ClaimView:
    app, session = ctx.app(), ctx.session()
    documents = list(ctx.args.received)
    if ctx.args.all:
        documents = list(app.claims.get_claim(session, ctx.args.claim)["documents"])
    return app.claims.receive_claim_documents(session, ctx.args.claim, documents)


def do_submit(ctx: ConsoleContext) -> ClaimView:
    a = ctx.args
    return ctx.app().claims.submit_claim(ctx.session(), a.claim, a.on, a.reference)


def do_pay(ctx: ConsoleContext) -> ClaimView:
    a = ctx.args
    return ctx.app().claims.pay_claim(ctx.session(), a.claim, a.amount, a.on, a.reason)


def do_confirm_payment(ctx: ConsoleContext) -> ClaimView:
    return ctx.app().claims.confirm_claim_payment(ctx.session(), ctx.args.claim, ctx.args.reason)


def do_verify(ctx: ConsoleContext) -> ClaimView:
    a = ctx.args
    return ctx.app().claims.verify_claim(ctx.session(), a.claim, bool(a.confirm), a.reason)


class ClaimList(TypedDict):
    claims: list[ClaimRow]
    count: int
    overdue: int


class BenefitRules(TypedDict):
    rules: list[BenefitFigure]


def do_list(ctx: ConsoleContext) -> ClaimList:
    app, session = ctx.app(), ctx.session()
    reader = app.claims.authorise_claim_listing(session)
    live = open_read_models(app.application)
    try:
        live.catch_up()
        rows = live.claims(state=ctx.args.state, search=ctx.args.search)
    finally:
        live.close()
    if ctx.args.overdue:
        rows = [r for r in rows if r["overdue"]]
    return ClaimList(claims=reader.shown(rows), count=len(rows),
                     overdue=sum(1 for r in rows if r["overdue"]))


def do_benefit_list(ctx: ConsoleContext) -> BenefitRules:
    return BenefitRules(rules=ctx.app().claims.list_benefit_rules(ctx.session()))


def do_benefit_set(ctx: ConsoleContext) -> BenefitFigure:
    a = ctx.args
    status = "belum_dikonfirmasi" if a.unconfirmed else "terkonfirmasi"
    return ctx.app().claims.set_benefit_rule(ctx.session(), a.programme, a.component,
                                             a.effective_from, a.value, a.basis, status)


def do_reject(ctx: ConsoleContext) -> ClaimView:
    a = ctx.args
    return ctx.app().claims.reject_claim(ctx.session(), a.claim, a.reason, a.on)


def do_show(ctx: ConsoleContext) -> ClaimView:
    return ctx.app().claims.get_claim(ctx.session(), ctx.args.claim)
