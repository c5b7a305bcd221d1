"""`period ...` (closing months, corrections of closed months) and `worklist Q`."""

from __future__ import annotations

from typing import Any

from desktop.console.args import command, group
from desktop.console.context import ConsoleContext
from domain.model.periode_rules import ClosedMonth, PeriodCorrection
from domain.services.periods import PeriodsView
from domain.services.quotas import QuotaWorklist
from projections import open_read_models


def register(commands: Any) -> None:
    periods = group(commands, "period", "periode (bulan) yang sudah ditagih dan ditutup")
    close = command(periods, "close", "tutup satu bulan (supervisor/admin)", do_close)
    close.add_argument("--month", required=True, help="TTTT-BB")
    close.add_argument("--reason", required=True)
    command(periods, "list", "bulan yang ditutup dan koreksinya", do_list)

    corrections = group(periods, "correction", "koreksi periode tertutup (maker-checker)")
    propose = command(corrections, "propose", "usulkan koreksi satu bulan tertutup",
                      do_propose)
    propose.add_argument("--month", required=True, help="TTTT-BB")
    propose.add_argument("--reason", required=True)
    for name, approve in (("approve", True), ("refuse", False)):
        decide = command(corrections, name, "setujui koreksi" if approve else "tolak koreksi",
                         _decide(approve))
        decide.add_argument("correction", help="mis. 2026-01/K1")
        decide.add_argument("--reason", default="", required=not approve)

    worklist = command(commands, "worklist",
                       "daftar kerja kuota: pekerja layak yang belum terdaftar, berurutan",
                       do_worklist)
    worklist.add_argument("quota")
    worklist.add_argument("--limit", help="hanya N teratas")


def do_close(ctx: ConsoleContext) -> ClosedMonth:
    return ctx.app().periods.close_period(ctx.session(), ctx.args.month, ctx.args.reason)


def do_list(ctx: ConsoleContext) -> PeriodsView:
    return ctx.app().periods.list_periods(ctx.session())


def do_propose(ctx: ConsoleContext) -> PeriodCorrection:
    return ctx.app().periods.propose_period_correction(ctx.session(), ctx.args.month,
                                                       ctx.args.reason)


def _decide(approve: bool) -> Any:
    def handler(ctx: ConsoleContext) -> PeriodCorrection:
        a = ctx.args
        return ctx.app().periods.decide_period_correction(ctx.session(), a.correction, approve,
                                                          a.reason)

    return handler


def do_worklist(ctx: ConsoleContext) -> QuotaWorklist:
    app = ctx.app()
    session = ctx.session()
    app.quotas.quota(ctx.args.quota)  # an unknown quota is refused before the read models open
    live = open_read_models(app.application)
    try:
        live.catch_up()
        candidates = live.candidates()
    finally:
        live.close()
    return app.quotas.worklist(session, ctx.args.quota, candidates, ctx.args.limit)
