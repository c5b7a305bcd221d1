"""`mou ...`: the MoU and PKS with BPJS Ketenagakerjaan."""

from __future__ import annotations

from typing import Any, TypedDict

from desktop.console.args import command, group
from desktop.console.context import ConsoleContext
from domain.services.agreements import AgreementView


def register(commands: Any) -> None:
    mous = group(commands, "mou", "MoU dan PKS dengan BPJS Ketenagakerjaan")
    reg = command(mous, "register", "daftarkan MoU atau PKS", do_register)
    reg.add_argument("--number", required=True)
    reg.add_argument("--kind", default="MOU", choices=("MOU", "PKS"))
    reg.add_argument("--subject", required=True)
    reg.add_argument("--party", action="append", default=[], help="pihak (ulangi per pihak)")
    reg.add_argument("--signed", required=True, help="tanggal tanda tangan")
    reg.add_argument("--from", dest="valid_from", required=True)
    reg.add_argument("--to", dest="valid_to", required=True)
    reg.add_argument("--programmes", default="JKK,JKM")
    reg.add_argument("--quota", action="append", default=[], help="kuota yang dicakup")
    reg.add_argument("--parent", default="", help="nomor MoU induk (untuk PKS)")

    renew = command(mous, "renew", "catat perpanjangan", do_renew)
    renew.add_argument("number")
    renew.add_argument("--to", dest="valid_to", required=True, help="berlaku sampai")
    renew.add_argument("--signed", help="tanggal tanda tangan adendum")
    renew.add_argument("--reference", default="", help="nomor adendum")
    renew.add_argument("--note", default="")

    propose = command(mous, "propose-renewal", "usulkan perpanjangan", do_propose)
    propose.add_argument("number")
    propose.add_argument("--to", dest="proposed_to", required=True)
    propose.add_argument("--note", default="")

    end = command(mous, "terminate", "akhiri perjanjian", do_terminate)
    end.add_argument("number")
    end.add_argument("--on", required=True)
    end.add_argument("--reason", required=True)

    command(mous, "list", "daftar perjanjian dan statusnya", do_list)


def _parties(values: list[str]) -> list[str]:
    return values or ["BPJS Ketenagakerjaan", "Pemerintah Kota Makassar"]


def do_register(ctx: ConsoleContext) -> AgreementView:
    a = ctx.args
    return ctx.app().agreements.register_agreement(
        ctx.session(),
        a.number,
        a.kind,
        a.subject,
        _parties(a.party),
        a.signed,
        a.valid_from,
        a.valid_to,
        programmes=a.programmes,
        quotas=a.quota,
        parent=a.parent,
    )


def do_renew(ctx: ConsoleContext) -> AgreementView:
    a = ctx.args
    return ctx.app().agreements.renew_agreement(
        ctx.session(), a.number, a.valid_to, a.signed, a.reference, a.note
    )


def do_propose(ctx: ConsoleContext) -> AgreementView:
    a = ctx.args
    return ctx.app().agreements.propose_renewal(ctx.session(), a.number, a.proposed_to, a.note)


def do_terminate(ctx: ConsoleContext) -> AgreementView:
    a = ctx.args
    return ctx.app().agreements.terminate_agreement(ctx.session(), a.number, a.on, a.reason)


class AgreementLine(TypedDict):
    """An agreement's columns in the text table."""

    number: str
    kind: str
    valid_from: str
    valid_to: str
    status: str
    days_left: int


class AgreementList(TypedDict):
    mous: list[AgreementView] | list[AgreementLine]  # whole with --json, else the columns


def do_list(ctx: ConsoleContext) -> AgreementList:
    agreements = ctx.app().agreements.list_agreements(ctx.session())
    if ctx.as_json:
        return AgreementList(mous=agreements)
    return AgreementList(mous=[
        AgreementLine(number=r["number"], kind=r["kind"], valid_from=r["valid_from"],
                      valid_to=r["valid_to"], status=r["status"], days_left=r["days_left"])
        for r in agreements
    ])
