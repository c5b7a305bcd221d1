"""`policy ...`: the Paritrana dossier's inputs (regulations, budget, workforce, target)."""

from __future__ import annotations

from typing import Any

from desktop.console.args import command, group
from desktop.console.context import ConsoleContext


def register(commands: Any) -> None:
    policy = group(commands, "policy", "kebijakan, anggaran, angkatan kerja dan target "
                   "(bahan dossier Paritrana)")
    _register_regulations(group(policy, "regulation", "regulasi: Perda, Perwali, SK, SE"))
    _register_budget(group(policy, "budget", "anggaran APBD iuran dan realisasinya"))

    workforce = group(policy, "workforce", "jumlah pekerja (penyebut cakupan) per tahun")
    set_workforce = command(workforce, "set", "catat jumlah pekerja satu tahun", do_workforce)
    set_workforce.add_argument("--year", required=True)
    set_workforce.add_argument("--count", required=True, help="jumlah pekerja")
    set_workforce.add_argument("--source", required=True, help="sumber, mis. BPS Sakernas")

    target = group(policy, "target", "target cakupan universal per tahun")
    set_target = command(target, "set", "catat target cakupan (persen)", do_target)
    set_target.add_argument("--year", required=True)
    set_target.add_argument("--percent", required=True, help="mis. 72,50")
    set_target.add_argument("--source", default="", help="dasar target")

    head = group(policy, "head", "kepala dinas yang menandatangani dossier")
    set_head = command(head, "set", "catat nama dan NIP kepala dinas", do_head)
    set_head.add_argument("--name", required=True)
    set_head.add_argument("--nip", required=True, help="NIP 18 digit")
    set_head.add_argument("--title", default="", help="jabatan")

    listing = command(policy, "list", "semua data kebijakan yang tercatat", do_list)
    listing.add_argument("--as-of", help="sebagaimana tercatat pada waktu ini (ISO 8601)")


def _register_regulations(regulations: Any) -> None:
    add = command(regulations, "add", "catat regulasi", do_regulation_add)
    add.add_argument("--kind", required=True, help="Perda | Perwali | SK | SE | Lainnya")
    add.add_argument("--number", required=True)
    add.add_argument("--date", required=True, help="tanggal ditetapkan (YYYY-MM-DD)")
    add.add_argument("--subject", required=True, help="tentang")
    add.add_argument("--status", default="berlaku", help="berlaku | rancangan")
    revoke = command(regulations, "revoke", "catat pencabutan regulasi", do_regulation_revoke)
    revoke.add_argument("--kind", required=True)
    revoke.add_argument("--number", required=True)
    revoke.add_argument("--reason", required=True)


def _register_budget(budget: Any) -> None:
    allocate = command(budget, "allocate", "catat pagu APBD/APBD-P untuk iuran", do_allocate)
    allocate.add_argument("--year", required=True)
    allocate.add_argument("--amount", required=True, help="rupiah")
    allocate.add_argument("--document", required=True, help="mis. DPA Disnaker 2025")
    pay = command(budget, "pay", "catat realisasi pembayaran iuran ke BPJS", do_pay)
    pay.add_argument("--year", required=True, help="tahun anggaran")
    pay.add_argument("--amount", required=True, help="rupiah")
    pay.add_argument("--paid-on", required=True, help="tanggal bayar (YYYY-MM-DD)")
    pay.add_argument("--reference", required=True, help="nomor SP2D / bukti bayar")
    pay.add_argument("--note", default="")
    pay.add_argument("--month", dest="months", action="append", default=[],
                     help="bulan yang dibayar (YYYY-MM; ulangi atau pisahkan dengan koma "
                          "bila satu SP2D membayar beberapa bulan)")


def do_regulation_add(ctx: ConsoleContext) -> dict[str, Any]:
    a = ctx.args
    return ctx.app().record_regulation(ctx.session(), a.kind, a.number, a.date, a.subject,
                                       a.status)


def do_regulation_revoke(ctx: ConsoleContext) -> dict[str, Any]:
    a = ctx.args
    return ctx.app().revoke_regulation(ctx.session(), a.kind, a.number, a.reason)


def do_allocate(ctx: ConsoleContext) -> dict[str, Any]:
    a = ctx.args
    return ctx.app().allocate_budget(ctx.session(), a.year, a.amount, a.document)


def do_pay(ctx: ConsoleContext) -> dict[str, Any]:
    a = ctx.args
    return ctx.app().record_budget_payment(ctx.session(), a.year, a.amount, a.paid_on,
                                           a.reference, a.note, months=a.months)


def do_workforce(ctx: ConsoleContext) -> dict[str, Any]:
    a = ctx.args
    return ctx.app().record_workforce(ctx.session(), a.year, a.count, a.source)


def do_target(ctx: ConsoleContext) -> dict[str, Any]:
    a = ctx.args
    return ctx.app().set_coverage_target(ctx.session(), a.year, a.percent, a.source)


def do_head(ctx: ConsoleContext) -> dict[str, Any]:
    a = ctx.args
    if a.title:
        return ctx.app().record_head_of_office(ctx.session(), a.name, a.nip, a.title)
    return ctx.app().record_head_of_office(ctx.session(), a.name, a.nip)


def do_list(ctx: ConsoleContext) -> dict[str, Any]:
    return ctx.app().policy_facts(ctx.session(), as_of=ctx.args.as_of)
