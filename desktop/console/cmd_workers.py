"""`worker ...`, `enrol` and `terminate`."""

from __future__ import annotations

from typing import Any

from desktop.console.args import command, group
from desktop.console.context import ConsoleContext
from domain.services.quotas import Enrolled, Terminated
from domain.services.workers import RegisteredWorker, WorkerView

_DETAIL_OPTIONS = (
    ("--nik", "nik"),
    ("--name", "name"),
    ("--sex", "sex"),
    ("--birth-date", "birth_date"),
    ("--kecamatan", "kecamatan"),
    ("--kelurahan", "kelurahan"),
    ("--occupation", "occupation"),
    ("--phone", "phone"),
    ("--agent", "agent"),
    ("--kk", "kk"),  # the family card number (a DTSEN decile may be given by KK alone)
)


def register(commands: Any) -> None:
    workers = group(commands, "worker", "data pekerja")
    reg = command(workers, "register", "daftarkan pekerja baru", do_register)
    for flag, dest in _DETAIL_OPTIONS:
        reg.add_argument(
            flag,
            dest=dest,
            required=flag
            in (
                "--nik",
                "--name",
                "--sex",
                "--birth-date",
                "--kecamatan",
                "--kelurahan",
                "--occupation",
            ),
        )
    reg.add_argument("--decile", help="desil DTSEN 1–10")
    reg.add_argument("--decile-as-of", help="tanggal data desil (TTTT-BB-HH)")
    reg.add_argument("--disability", action="store_true", help="penyandang disabilitas")

    show = command(workers, "show", "tampilkan data pekerja", do_show)
    show.add_argument("nik")

    correct = command(workers, "correct", "koreksi data pekerja (alasan wajib)", do_correct)
    correct.add_argument("target_nik", metavar="NIK")
    for flag, dest in _DETAIL_OPTIONS:
        correct.add_argument(flag, dest=dest)
    correct.add_argument("--disability", choices=("ya", "tidak"))
    correct.add_argument("--reason", required=True)

    death = command(workers, "death", "catat kematian pekerja", do_death)
    death.add_argument("nik")
    death.add_argument("--on", required=True, help="tanggal meninggal")
    death.add_argument("--reason", default="")
    death.add_argument("--correction", help="koreksi yang disetujui, bila tanggalnya di bulan "
                                            "yang sudah ditutup")

    heir = command(workers, "heir", "catat ahli waris (urutan Permenaker 5/2021)", do_heir)
    heir.add_argument("nik")
    heir.add_argument("--name", required=True)
    heir.add_argument("--heir-nik", required=True)
    heir.add_argument("--relation", required=True,
                      help="istri, suami, anak, orang_tua, cucu, kakek_nenek, saudara, mertua, "
                           "ditunjuk")

    dukcapil = command(workers, "dukcapil", "catat status padan Dukcapil", do_dukcapil)
    dukcapil.add_argument("nik")
    dukcapil.add_argument(
        "--status", required=True, choices=("padan", "tidak_ditemukan", "menunggu")
    )
    dukcapil.add_argument("--on")

    kpj = command(workers, "kpj", "catat nomor KPJ dari BPJS", do_kpj)
    kpj.add_argument("nik")
    kpj.add_argument("--kpj", required=True)

    decile = command(workers, "decile", "catat desil DTSEN terbaru", do_decile)
    decile.add_argument("nik")
    decile.add_argument("--decile", required=True)
    decile.add_argument("--as-of", required=True)
    decile.add_argument("--source", default="DTSEN")

    enrol = command(commands, "enrol", "daftarkan pekerja ke kuota", do_enrol)
    enrol.add_argument("nik")
    enrol.add_argument("--quota", required=True)
    enrol.add_argument("--from", dest="start", help="tanggal mulai (default: hari ini)")
    enrol.add_argument("--retroactive", action="store_true",
                       help="mulai berlaku surut (supervisor/admin; alasan wajib)")
    enrol.add_argument("--reason", default="", help="alasan (wajib dengan --retroactive)")
    enrol.add_argument("--correction", help="koreksi periode tertutup yang disetujui")

    stop = command(commands, "terminate", "hentikan kepesertaan", do_terminate)
    stop.add_argument("nik")
    stop.add_argument("--quota", required=True)
    stop.add_argument(
        "--reason", required=True, choices=("death", "moved", "formal", "duplicate", "error")
    )
    stop.add_argument("--on", dest="end", help="tanggal berhenti (default: hari ini)")
    stop.add_argument("--note", default="", help="keterangan tambahan")
    stop.add_argument("--employer", default="",
                      help="formal: pemberi kerja kepesertaan baru (atau --kpj)")
    stop.add_argument("--kpj", default="", help="formal: nomor KPJ kepesertaan baru")
    stop.add_argument("--domicile", default="", help="moved: domisili baru")
    stop.add_argument("--survivor", default="",
                      help="duplicate: NIK data yang dipertahankan")
    stop.add_argument("--correction", help="koreksi periode tertutup yang disetujui")


def do_register(ctx: ConsoleContext) -> RegisteredWorker:
    a = ctx.args
    fields = {dest: getattr(a, dest) for _, dest in _DETAIL_OPTIONS}
    # Warnings (`warnings` codes, `warning_messages` sentences) are in the result.
    return ctx.app().workers.register_worker(
        ctx.session(),
        **fields,
        decile=a.decile,
        decile_as_of=a.decile_as_of,
        disability=a.disability,
    )


def do_show(ctx: ConsoleContext) -> WorkerView:
    return ctx.app().workers.get_worker(ctx.session(), ctx.args.nik)


def do_correct(ctx: ConsoleContext) -> WorkerView:
    a = ctx.args
    changes: dict[str, Any] = {
        dest: getattr(a, dest) for _, dest in _DETAIL_OPTIONS if getattr(a, dest) is not None
    }
    if a.disability is not None:
        changes["disability"] = a.disability == "ya"
    return ctx.app().workers.correct_worker(ctx.session(), a.target_nik, changes, a.reason)


def do_death(ctx: ConsoleContext) -> WorkerView:
    a = ctx.args
    return ctx.app().workers.record_death(ctx.session(), a.nik, a.on, a.reason, a.correction)


def do_heir(ctx: ConsoleContext) -> WorkerView:
    a = ctx.args
    return ctx.app().workers.record_heir(ctx.session(), a.nik, a.name, a.heir_nik, a.relation)


def do_dukcapil(ctx: ConsoleContext) -> WorkerView:
    return ctx.app().workers.record_dukcapil(ctx.session(), ctx.args.nik, ctx.args.status,
                                             ctx.args.on)


def do_kpj(ctx: ConsoleContext) -> WorkerView:
    return ctx.app().workers.assign_kpj(ctx.session(), ctx.args.nik, ctx.args.kpj)


def do_decile(ctx: ConsoleContext) -> WorkerView:
    a = ctx.args
    return ctx.app().workers.record_decile(ctx.session(), a.nik, a.decile, a.as_of, a.source)


def do_enrol(ctx: ConsoleContext) -> Enrolled:
    a = ctx.args
    return ctx.app().quotas.enrol(ctx.session(), a.nik, a.quota, a.start, retroactive=a.retroactive,
                                  reason=a.reason, correction=a.correction)


def do_terminate(ctx: ConsoleContext) -> Terminated:
    a = ctx.args
    return ctx.app().quotas.terminate(ctx.session(), a.nik, a.quota, a.reason, a.end, a.note,
                                      employer=a.employer, kpj=a.kpj, domicile=a.domicile,
                                      survivor=a.survivor, correction=a.correction)
