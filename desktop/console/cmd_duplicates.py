"""`duplicates`: possible duplicate records, and a supervisor's decision on each group."""

from __future__ import annotations

from typing import Any, TypedDict

from desktop.console.args import command
from desktop.console.context import ConsoleContext
from domain.duplicates import DuplicateGroup
from domain.services.lifecycle import DistinctConfirmed, DuplicateResolved
from projections import open_read_models


def register(commands: Any) -> None:
    listing = command(commands, "duplicates",
                      "data yang mungkin ganda (nama, tanggal lahir dan kelurahan sama, "
                      "NIK berbeda) dan keputusannya", do_list)
    decisions = listing.add_subparsers(dest="duplicates_command", metavar="PERINTAH",
                                       required=False)
    resolve = command(decisions, "resolve",
                      "catat satu data sebagai ganda dari data lain (kepesertaannya berakhir)",
                      do_resolve)
    resolve.add_argument("nik", help="NIK data yang ganda")
    resolve.add_argument("--survivor", required=True, help="NIK data yang dipertahankan")
    resolve.add_argument("--reason", required=True)
    resolve.add_argument("--on", dest="end", help="tanggal berhenti (default: hari ini)")
    resolve.add_argument("--correction", help="koreksi periode tertutup yang disetujui, bila "
                         "tanggal berhenti di bulan yang sudah ditutup")
    distinct = command(decisions, "distinct", "nyatakan data-data ini orang yang berbeda",
                       do_distinct)
    distinct.add_argument("niks", nargs="+", metavar="NIK")
    distinct.add_argument("--reason", required=True)


class DuplicateList(TypedDict):
    groups: list[DuplicateGroup]


def do_list(ctx: ConsoleContext) -> DuplicateList:
    app = ctx.app()
    session = ctx.session()
    reader = app.lifecycle.authorise_duplicate_review(session)
    live = open_read_models(app.application)
    try:
        live.catch_up()
        groups = live.possible_duplicates()
    finally:
        live.close()
    return reader.shown(DuplicateList(groups=groups))


def do_resolve(ctx: ConsoleContext) -> DuplicateResolved:
    a = ctx.args
    return ctx.app().lifecycle.resolve_duplicate(ctx.session(), a.nik, a.survivor, a.reason, a.end,
                                                 a.correction)


def do_distinct(ctx: ConsoleContext) -> DistinctConfirmed:
    return ctx.app().lifecycle.confirm_distinct(ctx.session(), ctx.args.niks, ctx.args.reason)
