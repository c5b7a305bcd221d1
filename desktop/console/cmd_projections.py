"""`stats` and `projections rebuild|status|checkpoints`: figures from the read models.

Every command first catches the live read models up with the log, so it answers with
everything recorded so far. `stats --as-of` answers from a temporary replay instead and
never touches the live read models. Any signed-in user may run these (they read, and a
rebuild only recomputes derived data from the recorded events).
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO, TypedDict

from desktop.console.args import command, group
from desktop.console.context import ConsoleContext
from domain.values import as_optional_date, as_timestamp
from projections import LiveReadModels, coverage_day, open_read_models, replay_as_of
from projections.api import Stats
from projections.checkpoints import CHECKPOINT_EVERY, CHECKPOINT_KEEP, Policy
from projections.live import ModelStatus, ReadModelsStatus
from projections.replay import make_checkpoints, open_checkpoints

BAR_WIDTH = 30


def register(commands: Any) -> None:
    stats = command(commands, "stats", "angka ringkas: peserta aktif, kuota, klaim, MoU",
                    do_stats)
    stats.add_argument("--as-of", dest="as_of",
                       help="seperti yang tercatat pada waktu ini (ISO 8601; tanpa zona = WITA)")
    stats.add_argument("--on", help="tanggal cakupan (default: tanggal --as-of, atau hari ini)")

    projections = group(commands, "projections", "model baca (read model) dari riwayat peristiwa")
    command(projections, "rebuild", "hapus dan bangun ulang semua model baca", do_rebuild)
    command(projections, "status", "posisi tiap model baca dibanding ujung log", do_status)
    made = command(projections, "checkpoints",
                   "buat titik simpan model baca untuk --as-of yang cepat", do_checkpoints)
    made.add_argument("--every", type=int, default=None,
                      help="jarak antar titik simpan, dalam peristiwa (disimpan untuk semua "
                           f"workstation; bawaan {CHECKPOINT_EVERY})")
    made.add_argument("--keep", type=int, default=None,
                      help="paling banyak sekian titik simpan (lewat itu jaraknya "
                           "digandakan); 0 = tanpa batas (disimpan untuk semua workstation; "
                           f"bawaan {CHECKPOINT_KEEP})")


class AsOfStats(Stats):
    """The stats of a replay: the moment asked about printed first."""

    as_of: str


def do_stats(ctx: ConsoleContext) -> Stats | AsOfStats:
    app = ctx.app()
    app.history.authorise_read_models(ctx.session())
    on = as_optional_date(ctx.args.on, "--on")
    if ctx.args.as_of:
        moment = as_timestamp(ctx.args.as_of)
        replayed = replay_as_of(app.application, moment)
        try:
            day = coverage_day(moment, on, replayed.today())
            return AsOfStats({"as_of": moment.isoformat(), **replayed.stats(day)})
        finally:
            replayed.close()
    live = open_read_models(app.application)
    try:
        catch_up_showing_progress(live)
        return live.stats(coverage_day(None, on, live.today()))
    finally:
        live.close()


class Rebuilt(TypedDict):
    rebuilt: int  # events applied
    position: int
    head: int
    seconds: float
    events_per_second: int | None


class CheckpointsMade(TypedDict):
    made: list[int]  # positions of the checkpoints made now
    checkpoints: int
    positions: list[int]
    stored_bytes: int
    seconds: float
    every: int
    keep: int


def do_rebuild(ctx: ConsoleContext) -> Rebuilt:
    app = ctx.app()
    app.history.authorise_read_models(ctx.session())
    live = open_read_models(app.application)
    started = time.perf_counter()
    try:
        applied = live.rebuild(ProgressReport(sys.stderr))
        seconds = time.perf_counter() - started
        return Rebuilt(rebuilt=applied, position=live.position(), head=live.head(),
                       seconds=round(seconds, 2),
                       events_per_second=round(applied / seconds) if seconds > 0 else None)
    finally:
        live.close()


def do_checkpoints(ctx: ConsoleContext) -> CheckpointsMade:
    """The as-of checkpoints missing up to the log's head (`projections.checkpoints`)."""
    app = ctx.app()
    app.history.authorise_read_models(ctx.session())
    started = time.perf_counter()
    # The live read models first: they lend the as-of read models the audit lines the
    # checkpoints leave out, and a checkpoint past where they reach is not used.
    live = open_read_models(app.application)
    try:
        catch_up_showing_progress(live)
    finally:
        live.close()
    store = open_checkpoints(app.application)
    try:
        policy = store.policy()
        chosen = Policy(policy.every if ctx.args.every is None else max(1, ctx.args.every),
                        policy.keep if ctx.args.keep is None else max(0, ctx.args.keep))
        if chosen != policy:  # every workstation's live runner spaces them so from now on
            store.choose(chosen)
    finally:
        store.close()
    made = make_checkpoints(app.application)
    seconds = time.perf_counter() - started
    store = open_checkpoints(app.application)
    try:
        sizes = store.sizes()
    finally:
        store.close()
    return CheckpointsMade(made=made, checkpoints=len(sizes),
                           positions=[position for position, _image, _stored in sizes],
                           stored_bytes=sum(stored for _position, _image, stored in sizes),
                           seconds=round(seconds, 2), every=chosen.every, keep=chosen.keep)


def do_status(ctx: ConsoleContext) -> ReadModelsStatus | dict[str, list[ModelStatus]]:
    app = ctx.app()
    app.history.authorise_read_models(ctx.session())
    live = open_read_models(app.application)
    try:
        catch_up_showing_progress(live)
        status = live.status()
        return status if ctx.as_json else {"models": status["models"]}
    finally:
        live.close()


def catch_up_showing_progress(live: LiveReadModels) -> None:
    """Catch the read models up; far behind the log (a new workstation, a restored backup,
    an upgrade's build) with progress on stderr, as a rebuild shows it."""
    live.add_progress_listener(ProgressReport(sys.stderr, "mengejar log"))
    live.catch_up()


class ProgressReport:
    """A progress bar on a terminal; a line per tenth of the work when not a terminal.
    A report of (-1, -1) (the work ended: `LiveReadModels.add_progress_listener`) is
    ignored."""

    def __init__(self, stream: TextIO, label: str = "membangun ulang") -> None:
        self.stream = stream
        self.label = label
        self.tty = stream.isatty()
        self.reported_tenths = -1

    def __call__(self, done: int, total: int) -> None:
        if done < 0:
            return
        fraction = done / total if total else 1.0
        if self.tty:
            filled = int(BAR_WIDTH * fraction)
            self.stream.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] "
                              f"{fraction:4.0%} {done:,}/{total:,} peristiwa".replace(",", "."))
            if done >= total:
                self.stream.write("\n")
        elif int(fraction * 10) > self.reported_tenths:
            self.reported_tenths = int(fraction * 10)
            self.stream.write(f"{self.label}: {done}/{total} peristiwa ({fraction:.0%})\n")
        self.stream.flush()
