"""`policy ...`: the Paritrana dossier's inputs (regulations, budget, workforce, target)."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from desktop.console.args import command, group
from desktop.console.context import ConsoleContext
from domain.errors import ValidationError
from domain.services.policies import DEFAULT_HEAD_TITLE

if TYPE_CHECKING:
    from domain.model.kebijakan_rules import (
        Allocation,
        BpjsCoverage,
        Emblem,
        HeadOfOffice,
        Letterhead,
        Payment,
        Regulation,
        Target,
        YearCount,
    )
    from domain.services.policies import PolicyView


class EmblemShown(TypedDict):
    media_type: str
    bytes: int  # the image's size
    sha256: str


class PolicyShown(TypedDict):
    """`PolicyView` as printed: the emblem by its type, size and hash, not its bytes."""

    regulations: list[Regulation]
    allocations: list[Allocation]
    payments: list[Payment]
    workforce: list[YearCount]
    targets: list[Target]
    head_of_office: HeadOfOffice | None
    bpjs_coverage: list[BpjsCoverage]
    pbpu: list[YearCount]
    letterhead: Letterhead | None
    emblem: EmblemShown | None


class PolicyFactsShown(PolicyShown):
    """`policy list`: the store's identity too (`PolicyFacts`)."""

    office: str
    city: str


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
    set_head.add_argument("--rank", default="", help="pangkat/golongan, mis. "
                          "\"Pembina Utama Muda (IV/c)\"")

    _register_indicators(policy)

    listing = command(policy, "list", "semua data kebijakan yang tercatat", do_list)
    listing.add_argument("--as-of", help="sebagaimana tercatat pada waktu ini (ISO 8601)")


def _register_indicators(policy: Any) -> None:
    """The dossier's indicators (BPJS-reported coverage, PBPU universe) and letterhead."""
    coverage = group(policy, "coverage", "cakupan universal seluruh pekerja menurut BPJS "
                     "Ketenagakerjaan per tahun (indikator Paritrana)")
    set_coverage = command(coverage, "set", "catat cakupan universal menurut BPJS",
                           do_bpjs_coverage)
    set_coverage.add_argument("--year", required=True)
    set_coverage.add_argument("--percent", required=True, help="mis. 63,47")
    set_coverage.add_argument("--covered", default="", help="jumlah pekerja terlindungi")
    set_coverage.add_argument("--source", required=True,
                              help="mis. BPJS Ketenagakerjaan Cabang Makassar")

    pbpu = group(policy, "pbpu", "semesta pekerja bukan penerima upah (penyebut cakupan "
                 "program APBD) per tahun")
    set_pbpu = command(pbpu, "set", "catat jumlah PBPU satu tahun", do_pbpu)
    set_pbpu.add_argument("--year", required=True)
    set_pbpu.add_argument("--count", required=True, help="jumlah PBPU")
    set_pbpu.add_argument("--source", required=True, help="sumber, mis. BPS Sakernas")

    letterhead = group(policy, "letterhead", "kop surat: alamat dan kontak kantor, lambang")
    set_letterhead = command(letterhead, "set", "catat alamat dan kontak kantor",
                             do_letterhead)
    set_letterhead.add_argument("--address", required=True)
    set_letterhead.add_argument("--phone", required=True)
    set_letterhead.add_argument("--email", default="")
    set_letterhead.add_argument("--website", default="")
    emblem = command(letterhead, "emblem", "catat lambang daerah (PNG/JPEG)", do_emblem)
    emblem.add_argument("file", help="berkas gambar lambang")


def _register_regulations(regulations: Any) -> None:
    add = command(regulations, "add", "catat regulasi", do_regulation_add)
    add.add_argument("--kind", required=True, help="Perda | Perwali | SK | SE | Lainnya "
                     "(daerah); UU | PP | Perpres | Inpres | Permenaker | Permendagri "
                     "(nasional)")
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
    pay.add_argument("--reason", default="",
                     help="alasan membayar lagi bulan yang sudah dibayar (tambahan, koreksi)")


def do_regulation_add(ctx: ConsoleContext) -> PolicyShown:
    a = ctx.args
    return shown(ctx.app().policies.record_regulation(ctx.session(), a.kind, a.number, a.date,
                                                      a.subject,
                                       a.status))


def do_regulation_revoke(ctx: ConsoleContext) -> PolicyShown:
    a = ctx.args
    return shown(ctx.app().policies.revoke_regulation(ctx.session(), a.kind, a.number, a.reason))


def do_allocate(ctx: ConsoleContext) -> PolicyShown:
    a = ctx.args
    return shown(ctx.app().policies.allocate_budget(ctx.session(), a.year, a.amount, a.document))


def do_pay(ctx: ConsoleContext) -> PolicyShown:
    a = ctx.args
    return shown(ctx.app().policies.record_budget_payment(ctx.session(), a.year, a.amount,
                                                          a.paid_on,
                                                 a.reference, a.note, months=a.months,
                                                 reason=a.reason))


def do_workforce(ctx: ConsoleContext) -> PolicyShown:
    a = ctx.args
    return shown(ctx.app().policies.record_workforce(ctx.session(), a.year, a.count, a.source))


def do_target(ctx: ConsoleContext) -> PolicyShown:
    a = ctx.args
    return shown(ctx.app().policies.set_coverage_target(ctx.session(), a.year, a.percent, a.source))


def do_head(ctx: ConsoleContext) -> PolicyShown:
    a = ctx.args
    return shown(ctx.app().policies.record_head_of_office(ctx.session(), a.name, a.nip,
                                                          a.title or DEFAULT_HEAD_TITLE, a.rank))


def do_bpjs_coverage(ctx: ConsoleContext) -> PolicyShown:
    a = ctx.args
    return shown(ctx.app().policies.record_bpjs_coverage(ctx.session(), a.year, a.percent, a.source,
                                                         a.covered or 0))


def do_pbpu(ctx: ConsoleContext) -> PolicyShown:
    a = ctx.args
    return shown(ctx.app().policies.record_pbpu_universe(ctx.session(), a.year, a.count, a.source))


def do_letterhead(ctx: ConsoleContext) -> PolicyShown:
    a = ctx.args
    return shown(ctx.app().policies.record_letterhead(ctx.session(), a.address, a.phone, a.email,
                                                      a.website))


def do_emblem(ctx: ConsoleContext) -> PolicyShown:
    path = Path(ctx.args.file)
    try:
        image = path.read_bytes()
    except OSError as error:
        raise ValidationError("report.input", path=str(path), detail=str(error)) from None
    return shown(ctx.app().policies.record_emblem(ctx.session(), image, path.name))


def shown(facts: PolicyView) -> PolicyShown:
    """Policy facts as printed: the emblem by its type, size and hash, not its bytes (in
    its place: the printed keys keep their order)."""
    return {**facts, "emblem": emblem_shown(facts["emblem"])}


def emblem_shown(emblem: Emblem | None) -> EmblemShown | None:
    if not emblem:
        return None
    return EmblemShown(media_type=emblem["media_type"],
                       bytes=len(base64.b64decode(emblem["data"])), sha256=emblem["sha256"])


def do_list(ctx: ConsoleContext) -> PolicyFactsShown:
    facts = ctx.app().policies.policy_facts(ctx.session(), as_of=ctx.args.as_of)
    return {**facts, "emblem": emblem_shown(facts["emblem"])}
