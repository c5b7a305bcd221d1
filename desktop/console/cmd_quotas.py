"""`quota ...`: opening quotas and changing their seats under maker-checker."""

from __future__ import annotations

from typing import Any, TypedDict

from desktop.console.args import command, group
from desktop.console.context import ConsoleContext
from domain.services.quotas import QuotaChangeDecided, QuotaChangeProposed, QuotaView


def register(commands: Any) -> None:
    quotas = group(commands, "quota", "kuota kursi per tahun anggaran dan program")
    open_ = command(quotas, "open", "buka kuota baru", do_open)
    open_.add_argument("--year", required=True)
    open_.add_argument("--programmes", required=True, help="mis. JKK,JKM atau JHT")
    open_.add_argument("--seats", required=True)
    open_.add_argument("--basis", default="", help="dasar anggaran (mis. DPA/APBD)")
    open_.add_argument("--label", default="", help="nama kuota")
    open_.add_argument("--from", dest="period_start", help="awal periode (default 1 Jan)")
    open_.add_argument("--to", dest="period_end", help="akhir periode (default 31 Des)")
    open_.add_argument("--segments", help='segmen yang dilayani, mis. "Kader Posyandu"')
    open_.add_argument("--deciles", help="desil DTSEN yang dilayani, mis. 1-3")
    open_.add_argument("--priority", help="urutan daftar kerja: decile")
    open_.add_argument("--min-age", dest="min_age", help="usia minimum (default: data aturan)")
    open_.add_argument("--max-age", dest="max_age", help="usia maksimum (default: tidak ada)")

    propose = command(quotas, "propose", "usulkan perubahan jumlah kursi", do_propose)
    propose.add_argument("quota")
    propose.add_argument("--delta", required=True, help="tambahan (+) atau pengurangan (-)")
    propose.add_argument("--reason", required=True)
    propose.add_argument("--effective", help="tanggal berlaku bila disetujui (YYYY-MM-DD; "
                         "default: tanggal persetujuan)")

    for name, approve in (("approve", True), ("refuse", False)):
        decide = command(
            quotas, name, "setujui usulan" if approve else "tolak usulan", _decide(approve)
        )
        decide.add_argument("change")
        decide.add_argument("--reason", default="", required=not approve)
        if approve:
            decide.add_argument("--correction", help="koreksi yang disetujui, untuk perubahan "
                                                     "yang berlaku di bulan yang sudah ditutup")

    # A second person for every seat (issue 23): another supervisor or admin decides.
    confirm = command(quotas, "confirm", "konfirmasi pembukaan kuota (orang kedua)",
                      _decide_opening(True))
    confirm.add_argument("quota")
    confirm.add_argument("--reason", default="")
    refuse_opening = command(quotas, "refuse-opening",
                             "tolak pembukaan kuota: kursi kosongnya ditutup",
                             _decide_opening(False))
    refuse_opening.add_argument("quota")
    refuse_opening.add_argument("--reason", required=True)

    command(quotas, "list", "daftar kuota", do_list)
    show = command(quotas, "show", "rincian kuota", do_show)
    show.add_argument("quota")


def do_open(ctx: ConsoleContext) -> QuotaView:
    a = ctx.args
    return ctx.app().quotas.open_quota(
        ctx.session(),
        a.year,
        a.programmes,
        a.seats,
        basis=a.basis,
        label=a.label,
        period_start=a.period_start,
        period_end=a.period_end,
        segments=a.segments,
        deciles=a.deciles,
        priority=a.priority,
        min_age=a.min_age,
        max_age=a.max_age,
    )


def do_propose(ctx: ConsoleContext) -> QuotaChangeProposed:
    a = ctx.args
    return ctx.app().quotas.propose_quota_change(ctx.session(), a.quota, a.delta, a.reason,
                                                 effective=a.effective)


def _decide(approve: bool) -> Any:
    def handler(ctx: ConsoleContext) -> QuotaChangeDecided:
        a = ctx.args
        return ctx.app().quotas.decide_quota_change(ctx.session(), a.change, approve, a.reason,
                                                    getattr(a, "correction", None))

    return handler


def _decide_opening(confirm: bool) -> Any:
    def handler(ctx: ConsoleContext) -> QuotaView:
        a = ctx.args
        return ctx.app().quotas.decide_quota_opening(ctx.session(), a.quota, confirm, a.reason)

    return handler


class QuotaLine(TypedDict):
    """A quota's columns in the text table."""

    quota: str
    year: int
    programmes: list[str]
    seats: int
    used: int
    free: int
    yearly_cost: int | None
    label: str


class QuotaList(TypedDict):
    quotas: list[QuotaView] | list[QuotaLine]  # whole with --json, else the table's columns


def do_list(ctx: ConsoleContext) -> QuotaList:
    quotas = ctx.app().quotas.list_quotas(ctx.session())
    if ctx.as_json:
        return QuotaList(quotas=quotas)
    return QuotaList(quotas=[
        QuotaLine(quota=r["quota"], year=r["year"], programmes=r["programmes"],
                  seats=r["seats"], used=r["used"], free=r["free"],
                  yearly_cost=r["yearly_cost"], label=r["label"])
        for r in quotas
    ])


def do_show(ctx: ConsoleContext) -> QuotaView:
    return ctx.app().quotas.get_quota(ctx.session(), ctx.args.quota)
