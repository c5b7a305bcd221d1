"""The projection runner: polls the notification log and applies it to every read model.

eventsourcing's own ProjectionRunner needs a subscription, which its SQLite recorder does
not offer, so this runner polls `recorder.select_notifications(after + 1, limit)`. Each
batch is ONE transaction on the read models' database that:

1. takes the runner lock (SQLite `BEGIN IMMEDIATE`, PostgreSQL advisory lock) and reads
   the tracking position inside it — so two processes never apply the same event;
2. decodes the next notifications (`projections.events`: the stored JSON, decoded field by
   field as the handlers read it; decryption, decompression and upcasters still apply);
3. applies them to the cached rows and writes the changed rows, the audit lines and the
   new tracking position, then commits.

A kill at any moment loses only the uncommitted batch; the next run starts after the last
committed position, so each event is applied exactly once. `rebuild()` empties the rows
and the positions in one transaction and catches up from the first event.

Read models far behind the log (a new workstation, a restored backup, a big import, an
upgrade) catch up the way a rebuild works, not through the live path (`catch_up`): more
than `BULK_AFTER_BATCHES` live batches behind, the batches are rebuild-sized (fewer
commits and fsyncs, fewer upserts of the same rows), the WAL is checkpointed rarely and the
cycle collector paused; behind by at least as many events as the read models hold, the
secondary indexes are also dropped and the coverage tables left for one computation at the
end (each costs in proportion to the rows already there, so only then is it cheaper). Every
batch still commits its rows with its position; killed meanwhile, the next start re-creates
the indexes (`ensure_schema`) and the next batch computes the owed coverage.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventsourcing.application import Application

from projections import coverage, digest, money
from projections.digester import Digester, start_digester
from projections.events import EventDecoder, EventView
from projections.handlers import Context, apply_event
from projections.rows import MEMBER, RowCache
from projections.schema import MODELS, clear_rows, create_tables, drop_indexes, ensure_schema
from projections.sqlstore import Database, Writer

log = logging.getLogger("berjasa.projections")
LIVE_BATCH = 500
REBUILD_BATCH = 20_000  # bigger batches: fewer upserts of the same member rows
BULK_AFTER_BATCHES = 2  # further behind than this many live batches: catch up in bulk
Progress = Callable[[int, int], None]


@dataclass
class BatchResult:
    applied: int        # events applied (0: nothing new)
    position: int       # the position the read models include after the batch


class Runner:
    """Applies the application's log to the read models in `database`."""

    def __init__(self, app: Application[Any], database: Database,
                 batch_size: int = LIVE_BATCH, bulk_batch: int = REBUILD_BATCH) -> None:
        self.app = app
        self.batch_size = batch_size
        self.bulk_batch = bulk_batch  # events per transaction when far behind
        self.in_bulk = False  # catching up in bulk (or rebuilding) right now
        # Set from another thread (the application closing): a catch-up stops after the
        # batch it is applying, as after a kill (the next start finishes the rest).
        self.stop_requested = False
        self.database = database
        self._cache = RowCache()
        self._digest = digest.Delta()  # the live path keeps the digest (issue 22)
        self._cache.digest = self._digest
        self._cache_position: int | None = None
        self._decode = EventDecoder(app.mapper)
        self._digester: Digester | None = None  # during a heavy catch-up
        with database.batch() as writer:
            ensure_schema(writer)

    # --- positions ------------------------------------------------------------------------

    def position(self) -> int:
        found = self.database.scalar("SELECT MIN(position) FROM rm_tracking")
        return int(found or 0)

    def positions(self) -> dict[str, int]:
        rows = self.database.query("SELECT model, position FROM rm_tracking")
        found = {str(model): int(position) for model, position in rows}
        return {model: found.get(model, 0) for model in MODELS}

    def head(self) -> int:
        return int(self.app.recorder.max_notification_id() or 0)

    # --- running --------------------------------------------------------------------------

    def catch_up(self, progress: Progress | None = None, batch: int | None = None) -> int:
        """Apply every event recorded so far; returns how many were applied. Far behind,
        in bulk (see the module's docstring); `batch` forces that many events a batch."""
        position, head = self.position(), self.head()
        behind = head - position
        if batch is not None or behind <= BULK_AFTER_BATCHES * self.batch_size:
            return self._catch_up(progress, batch or self.batch_size)
        return self._bulk_catch_up(progress, heavy=behind >= position)

    def _catch_up(self, progress: Progress | None, batch: int) -> int:
        total, head = 0, self.head()
        while not self.stop_requested:
            result = self.run_batch(batch)
            total += result.applied
            if self._digester is not None and result.applied:
                self._digester.committed(result.position)
            if progress is not None and result.applied:
                progress(result.position, max(head, result.position))
            if result.applied == 0:
                return total
        return total

    def _bulk_catch_up(self, progress: Progress | None, heavy: bool) -> int:
        """Catch up in rebuild-sized batches; `heavy`: without the secondary indexes and
        the coverage tables meanwhile, both made once at the end over all the rows."""
        if heavy:
            with self.database.batch() as writer:
                drop_indexes(writer)
                coverage.mark_pending(writer)
            self._cache.defer_coverage = True
            self._cache.digest = None  # computed once at the end too
            # The rows' digest summed meanwhile by a second process (`projections.digester`).
            self._digester = start_digester(self.database.plain_file,
                                            self.head() - self.position())
        self.in_bulk = True
        if progress is not None:
            progress(self.position(), self.head())
        try:
            with cycle_collector_paused(), self.database.bulk_load():
                applied = self._catch_up(progress, max(self.batch_size, self.bulk_batch))
            if heavy and not self.stop_requested:  # stopped: left to the next start
                self._finish_heavy()
        finally:
            self._cache.defer_coverage = self.in_bulk = False
            self._cache.digest = self._digest
            if self._digester is not None:
                self._digester.close()
                self._digester = None
            # The rows cached meanwhile (a member row for every worker: ~550,000 objects at
            # a million events) are let go: kept, every full collection of the process's
            # cycle collector walked them all (a million-event raw read after a rebuild
            # took 17.8 s instead of 6.0); the live path reads again the few it touches.
            self._forget()
        return applied

    def _finish_heavy(self) -> None:
        """A heavy catch-up's last step, in one transaction: the coverage from the member
        rows, the money counts from the enrolments, the indexes, and the digest of every row
        (summed by the digester meanwhile, when there is one; the coverage tables' from the
        counts just written)."""
        digester = self._digester
        if digester is not None:
            digester.request_rest()
        with self.database.batch() as writer:
            written = self._coverage_and_indexes(writer)
            money.recompute_counts(writer)
            position = int(writer.execute("SELECT MIN(position) FROM rm_tracking")[0][0] or 0)
            sums = None
            if digester is not None:
                try:
                    known = {**digester.sums(), **digest.counter_sums(written)}
                except Exception:  # the helper failed: summed here, from every row
                    log.exception("the digest helper process failed")
                else:  # the rest (the money counts: a few rows a quota) summed here
                    sums = {name: known[name] if name in known
                            else digest.table_sum(writer, name)
                            for name in digest.table_columns()}
            if sums is None:
                digest.commit(writer, None, position)  # from every row
            else:
                digest.record(writer, sums, position)

    def _coverage_and_indexes(self, writer: Writer) -> dict[str, coverage.Changes]:
        """The coverage recomputed from the member rows and the secondary indexes built
        once over all rows. On a SQLite file the indexes are built by a thread (SQLite
        builds them without holding Python's lock) while this one tallies the coverage from
        the members read through the reader connection (the rows the last batch committed:
        this transaction changes no member). A rebuild's cache usually holds every member,
        already parsed: then they are tallied from it, on every kind of store."""
        cached = self._cache.rows_of(MEMBER)
        if len(cached) != writer.execute("SELECT COUNT(*) FROM rm_member")[0][0]:
            cached = []

        def tallied(query: coverage.Query) -> coverage.Tally:
            return (coverage.tally_members(cached) if cached
                    else coverage.tally(coverage.member_pages(query)))

        database = self.database
        if database.plain_file is None:
            written = coverage.write_tally(writer, tallied(writer.execute))
            create_tables(writer)
            return written
        with ThreadPoolExecutor(1, thread_name_prefix="berjasa-indexes") as pool:
            indexes = pool.submit(create_tables, writer)
            try:
                counts = tallied(database.query)
            finally:
                indexes.result()  # done, or its error raised
        return coverage.write_tally(writer, counts)

    def run_batch(self, limit: int = LIVE_BATCH) -> BatchResult:
        try:
            with self.database.batch() as writer:
                after = self._tracked_position(writer)
                if self._cache.defer_coverage:
                    # Marked in each batch: a runner of another process that applies a batch
                    # meanwhile recomputes and clears the mark; this rebuild still owes it.
                    coverage.mark_pending(writer)
                    digest.forget(writer)  # the same: computed at the rebuild's end
                elif coverage.is_pending(writer):
                    coverage.recompute(writer)  # a rebuild stopped before its last step
                    money.recompute_counts(writer)
                    digest.forget(writer)
                events = self._next_events(after, limit)
                if not events:
                    return BatchResult(0, after)
                self._apply(writer, events)
                last = events[-1].position
                writer.execute("UPDATE rm_tracking SET position = ?", (last,))
                if self._cache.digest is not None:
                    digest.commit(writer, self._digest, last)
        except BaseException:
            self._forget()
            raise
        self._cache_position = last
        return BatchResult(len(events), last)

    def _next_events(self, after: int, limit: int) -> list[EventView]:
        return self._decode.read(self.app.recorder, after + 1, limit)

    def rebuild(self, progress: Progress | None = None) -> int:
        """Empty every read model and apply the whole log again."""
        with self.database.batch() as writer:
            clear_rows(writer)
        self._forget()
        return self._bulk_catch_up(progress, heavy=True)

    def _tracked_position(self, writer: Writer) -> int:
        found = writer.execute("SELECT MIN(position) FROM rm_tracking")
        position = int(found[0][0] or 0) if found else 0
        if position != self._cache_position:
            # Another process (or a rebuild) wrote the read models: cached rows are stale.
            self._cache.forget()
        return position

    def _apply(self, writer: Writer, events: Sequence[EventView]) -> None:
        context = Context(writer, self._cache)
        for event in events:
            apply_event(context, event)
        self._cache.flush(writer)

    def _forget(self) -> None:
        self._cache.forget()
        self._cache_position = None


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a whole log is applied. The cached rows are
    hundreds of thousands of dicts, and every full collection walks all of them again as
    they grow: that halved the rebuild rate. Rows and decoded events form no reference
    cycles (reference counting frees them), so nothing piles up; one collection follows.
    It is of the youngest generation: every object made while paused is still in it (no
    collection ran to promote any), while a full one would also walk the whole older heap,
    untouched by the pause and left to the automatic collector: after a replay of a few
    dozen events that walk was nearly all its cost (most of a property test's time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            gc.collect(0)


def replay_into(app: Application[Any], database: Database, moment: datetime,
                slack_seconds: float = 60.0, through: int | None = None) -> int:
    """Apply, in log order, the events recorded at or before `moment`; returns the position
    of the last one. Events are timestamped when created and committed a moment later, so
    the scan goes on `slack_seconds` past `moment` (twice the stores' 30-second lock timeout)
    before it stops, skipping events recorded after `moment`. With `through` the events
    at positions up to `through` are applied instead, whatever their time (the log's
    prefix a live read model held: how a report made from live read models is re-made)."""
    with cycle_collector_paused():
        return _replay(app, database, moment, slack_seconds, through)


def _replay(app: Application[Any], database: Database, moment: datetime,
            slack_seconds: float, through: int | None = None) -> int:
    cache = RowCache()
    cache.defer_coverage = True
    with database.batch() as writer:
        ensure_schema(writer)
    position = _replay_pages(app, database, moment, slack_seconds, cache,
                             EventDecoder(app.mapper), through)
    with database.batch() as writer:
        coverage.recompute(writer)
        money.recompute_counts(writer)
    return position


def _replay_pages(app: Application[Any], database: Database, moment: datetime,
                  slack_seconds: float, cache: RowCache, decode: EventDecoder,
                  through: int | None = None) -> int:
    last_included, after = 0, 0
    while True:
        page = app.recorder.select_notifications(after + 1, REBUILD_BATCH)
        if not page:
            break
        with database.batch() as writer:
            context = Context(writer, cache)
            for notification in page:
                if through is not None and notification.id > through:
                    cache.flush(writer)
                    writer.execute("UPDATE rm_tracking SET position = ?", (last_included,))
                    return last_included
                event = decode(notification)
                timestamp: datetime = event.decoded("timestamp")
                if through is not None or timestamp <= moment:
                    apply_event(context, event)
                    last_included = notification.id
                elif (timestamp - moment).total_seconds() > slack_seconds:
                    cache.flush(writer)
                    writer.execute("UPDATE rm_tracking SET position = ?", (last_included,))
                    return last_included
            cache.flush(writer)
            writer.execute("UPDATE rm_tracking SET position = ?", (last_included,))
        after = page[-1].id
    return last_included
