"""`events` (the raw history, one JSON object per line) and `tariff ...`."""

from __future__ import annotations

from typing import Any, TypedDict

from desktop.console.args import command, group
from desktop.console.context import ConsoleContext
from desktop.console.output import print_json
from domain.services.tariffs import TariffRate, TariffSet


def register(commands: Any) -> None:
    events = command(
        commands, "events", "riwayat peristiwa mentah, satu objek JSON per baris", do_events
    )
    events.add_argument("--nik", help="hanya peristiwa pekerja ini")
    events.add_argument("--since", help="sejak waktu (ISO 8601; tanpa zona = WITA)")
    events.add_argument("--until", help="sampai waktu (ISO 8601; tanpa zona = WITA)")

    tariffs = group(commands, "tariff", "tarif iuran per program")
    command(tariffs, "list", "daftar tarif", do_tariff_list)
    set_ = command(tariffs, "set", "catat tarif baru beserta tanggal berlakunya", do_tariff_set)
    set_.add_argument("--programme", required=True, choices=("JKK", "JKM", "JHT"))
    set_.add_argument("--from", dest="effective_from", required=True)
    set_.add_argument("--amount", required=True, help="iuran per bulan (rupiah)")
    set_.add_argument("--basis", required=True, help="dasar hukum")
    set_.add_argument("--correction", help="koreksi periode tertutup yang disetujui, bila "
                      "tarif berlaku untuk bulan yang sudah ditutup")


def do_events(ctx: ConsoleContext) -> None:
    a = ctx.args
    # JSON lines are the format whether or not --json is given: auditors pipe them.
    for row in ctx.app().history.history(ctx.session(), nik=a.nik, since=a.since, until=a.until):
        print_json(row)
    return None


class TariffList(TypedDict):
    tariffs: list[TariffRate]


def do_tariff_list(ctx: ConsoleContext) -> TariffList:
    return TariffList(tariffs=ctx.app().tariffs.list_tariffs(ctx.session()))


def do_tariff_set(ctx: ConsoleContext) -> TariffSet:
    a = ctx.args
    return ctx.app().tariffs.set_tariff(ctx.session(), a.programme, a.effective_from, a.amount,
                                        a.basis, a.correction)
