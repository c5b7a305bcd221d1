"""`migrate --to postgresql://...`: move this SQLite store's history to the office server.

The target must be an empty PostgreSQL store. The history is copied as stored, under the
same positions, compared byte for byte, and then both stores' `stats` are computed from
their own read models and compared. Only an admin may move the store.

With `--new-ids` the target is a new store with its own identity and key, and the history
is copied under its own ids (`infra.rekey`: keyed by its secret, for a store made before
keyed ids, issue 23): every event opened, its worker ids replaced, sealed and chained
again under the same position; the `stats` comparison proves the copy.
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO, TypedDict

from berjasa.bootstrap import open_store
from desktop.backup import adopt_identity
from desktop.console.args import command
from desktop.console.context import ConsoleContext, store_password
from domain.errors import StoreError
from domain.services.app import Berjasa
from domain.services.permissions import Action
from infra.chain import COPYING_SETTING
from infra.migration import HistoryCopied, migrate_history
from infra.rekey import HistoryRekeyed, rekey_history
from infra.storeurl import parse_store_url
from projections import open_read_models
from projections.api import Stats

BAR_WIDTH = 30


def register(commands: Any) -> None:
    parser = command(commands, "migrate", "pindahkan seluruh riwayat penyimpanan SQLite ini ke "
                     "server PostgreSQL yang masih kosong", do_migrate)
    parser.add_argument("--to", required=True, metavar="postgresql://USER@HOST:PORT/DB",
                        help="penyimpanan tujuan (kata sandi dari BERJASA_STORE_PASSWORD "
                        "atau keyring, tidak pernah di alamat)")
    parser.add_argument("--new-ids", action="store_true",
                        help="penyimpanan tujuan dengan identitas dan kuncinya sendiri; id "
                        "pekerja diturunkan lagi dengan rahasianya (untuk penyimpanan lama "
                        "yang id-nya uuid5 dari NIK)")


class Stores(TypedDict):
    source: str
    target: str


class Compared(TypedDict):
    stats_equal: bool  # True: a difference refuses (migrate.mismatch)
    active_members: int
    seconds: float  # the copy and the comparison


class Migrated(Stores, HistoryCopied, Compared):
    """What `migrate` prints: the stores, the copy's figures, the comparison's."""


class MigratedNewIds(Stores, HistoryRekeyed, Compared):
    """What `migrate --new-ids` prints."""


def do_migrate(ctx: ConsoleContext) -> Migrated | MigratedNewIds:
    source_address, target_address = parse_store_url(ctx.store_url), parse_store_url(ctx.args.to)
    if source_address.kind != "sqlite":
        raise StoreError("migrate.source_kind", store=source_address.label)
    if target_address.kind != "postgresql":
        raise StoreError("migrate.target_kind", store=target_address.label)
    source = ctx.app()
    source.authoriser.authorise(ctx.session(), Action.MANAGE_USERS, "migrasi ke PostgreSQL")
    password = store_password(ctx.args.to)
    assert source_address.path is not None
    if ctx.args.new_ids:
        return migrate_with_new_ids(source, ctx.args.to, password)
    adopt_identity(source_address.path, target_address, password)
    # Only this command opens its own unfinished copy (to resume it).
    target = open_store(ctx.args.to, password=password, extra_env={COPYING_SETTING: "1"})
    try:
        started = time.perf_counter()
        copied = migrate_history(source, target, progress=MigrationProgress(sys.stderr))
        return Migrated(**stores(source, target), **copied,
                        **compared(source, target, started))
    finally:
        target.close()


def migrate_with_new_ids(source: Berjasa, url: str, password: str | None) -> MigratedNewIds:
    """`migrate --new-ids`: the target keeps its own identity (a new store's keyed ids)."""
    target = open_store(url, password=password)
    try:
        started = time.perf_counter()
        copied = rekey_history(source, target, progress=MigrationProgress(sys.stderr))
        return MigratedNewIds(**stores(source, target), **copied,
                              **compared(source, target, started))
    finally:
        target.close()


def stores(source: Berjasa, target: Berjasa) -> Stores:
    return Stores(source=source.application.store_label,
                  target=target.application.store_label)


def compared(source: Berjasa, target: Berjasa, started: float) -> Compared:
    """The figures of both stores compared (refused unless equal), once `target` holds
    the copy begun at `started` (`time.perf_counter`)."""
    stats = compare_stats(source, target)
    return Compared(stats_equal=True, active_members=stats["active_members"],
                    seconds=round(time.perf_counter() - started, 2))


def store_stats(app: Berjasa, rebuild: bool = False) -> Stats:
    models = open_read_models(app.application)
    try:
        if rebuild:
            models.rebuild()
        else:
            models.catch_up()
        return models.stats()
    finally:
        models.close()


def compare_stats(source: Berjasa, target: Berjasa) -> Stats:
    # The target's read models are rebuilt from its copied history, whatever they held.
    before, after = store_stats(source), store_stats(target, rebuild=True)
    different = sorted(key for key in before.keys() | after.keys()
                       if before.get(key) != after.get(key))
    if different:
        raise StoreError("migrate.mismatch", position=after.get("position"),
                         detail=f"stats: {', '.join(different)}")
    return after


class MigrationProgress:
    """A bar on a terminal; a line per tenth of the history otherwise."""

    def __init__(self, stream: TextIO, verb: str = "memindahkan") -> None:
        self.stream, self.tty, self.tenths = stream, stream.isatty(), -1
        self.verb = verb

    def __call__(self, done: int, total: int) -> None:
        fraction = done / total if total else 1.0
        if self.tty:
            filled = int(BAR_WIDTH * fraction)
            self.stream.write(f"\r{self.verb} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] "
                              f"{fraction:4.0%} {done}/{total} peristiwa")
            if done >= total:
                self.stream.write("\n")
        elif int(fraction * 10) > self.tenths:
            self.tenths = int(fraction * 10)
            self.stream.write(f"{self.verb}: {done}/{total} peristiwa ({fraction:.0%})\n")
        self.stream.flush()
