"""Read-model checkpoints: "as of" answers without replaying the whole log (issue 21).

A checkpoint is the image of the replayed read models at an exact log position: the
in-memory SQLite database that applying events 1..position makes (`sqlite3` `serialize()`),
compressed (zstandard) and, when the store is encrypted, sealed with the store's own AES-GCM
cipher (`app.mapper.cipher`: the key the bootstrap gives; the seam is `Sealer`). They are
made every `CHECKPOINT_EVERY` events (positions that are multiples of it) by the live
read models' background thread, by `berjasa-admin projections checkpoints`, or by
`extend(app)`. An as-of question loads the newest checkpoint at or before it
(`deserialize()`) and applies only the tail of the log after it, as the live runner does
(coverage kept up to date batch by batch), so the answer is the full replay's: incremental
equals rebuilt, which the property tests check against the full replay at random positions.

Checkpoints are derived data, kept in `rm_asof_checkpoint` beside the read models (the
read-model file of a SQLite store, the store's schema on PostgreSQL, the process for a
`memory:` store), and never trusted blindly: each carries the read models' schema version
and the hash-chain link of the event at its position (or a digest of that event where the
log has no links), inside the sealed image as well as beside it. One that does not match
the log and this program (another schema version, a store restored with another history, a
damaged or foreign image) is deleted and the next older one tried; with none left, the whole
log is replayed as before. Deleting the table is always safe.

The audit trail is left out of the images (it was two thirds of one): its lines are only
ever appended, one per event, keyed by position (`projections.rows`), so the live read
models' lines up to a checkpoint's position are the ones the replay would write. An image
keeps only the line at its own position (the next event's `_command_stamp` reads it, and
`position_time` too); the as-of read models take the earlier lines from the live read models
(`projections.replay`), and a checkpoint past where the live ones reach is not used. The
tail applied after an image lends its lines the same way, as far as the live ones reach
(`apply_span`'s `lend_through`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from weakref import WeakKeyDictionary

from eventsourcing.application import Application

from projections.events import EventDecoder, EventView, recorded_at
from projections.handlers import Context, apply_event, audit_line
from projections.rows import RowCache
from projections.runner import REBUILD_BATCH, cycle_collector_paused
from projections.schema import SCHEMA_VERSION, ensure_schema, version_of
from projections.sqlstore import (
    Database,
    Writer,
    database_image,
    open_sqlite_image,
    open_sqlite_memory,
)

log = logging.getLogger("berjasa.projections")

# Events between two checkpoints: the longest tail an as-of question applies. Chosen by
# measurement (docs/BENCHMARKS.md, "As of a moment").
CHECKPOINT_EVERY = 10_000
# At most this many: past it the spacing doubles (every other one is deleted), so what they
# weigh stays bounded (about KEEP/2 images of the read models) as the history grows. 100: at
# 1,000,000 events still every 10,000, for ~2.4 GB (~4.6x the event log; docs/BENCHMARKS.md,
# "Why checkpoints"); `projections checkpoints --keep`, `LiveReadModels.checkpoint_keep`.
CHECKPOINT_KEEP = 100
TABLE = "rm_asof_checkpoint"
# The office's spacing and bound, when it chose others than these (`projections checkpoints
# --every/--keep`): kept in the store, so that every workstation's live runner makes the same
# checkpoints. Not an `rm_` table: an upgrade of the read models drops those.
POLICY_TABLE = "berjasa_asof_policy"
FORMAT = b"berjasa-asof-checkpoint/1\n"
# Stored with each checkpoint: the read models' schema version and the image format's, so
# either change makes the old ones unused and deleted without loading them.
VERSION = f"{SCHEMA_VERSION}/3"  # /2: zstandard or zlib, tagged; /3: no audit trail
COMPRESSION_LEVEL = 1  # zstd or zlib: the fastest level (zlib 6 is 12% smaller, 2x slower)
# The last image loaded stays in memory (decompressed and checked), so moving the GUI's
# time-travel control within one checkpoint's span does not read it again.
RECENT_IMAGE_LIMIT_BYTES = 512 * 2**20
# Events read at a time when the tail ends at a recorded moment: the page is decoded whole,
# and the events past the moment's slack are not needed.
MOMENT_PAGE = 5_000
# The first page is smaller, then each one twice the last (up to MOMENT_PAGE): a moment
# just after a checkpoint needs a few hundred events, not a whole page read and decoded.
MOMENT_FIRST_PAGE = 1_000
# The tail after a checkpoint read and decoded in a thread of its own while the image
# loads (`ReadAhead`); False: read after it, as before (the benchmarks alternate the two).
READ_AHEAD = True
# Events read ahead at most (a tail is at most a checkpoint spacing, mostly).
READ_AHEAD_LIMIT = 2 * CHECKPOINT_EVERY


@dataclass(frozen=True)
class Mark:
    """What a checkpoint holds: events 1..position, the latest recorded at `recorded_max`
    (UTC text, "" for none), the log's link at `position`."""

    position: int
    recorded_max: str
    link: str


@dataclass(frozen=True)
class Policy:
    """Checkpoints every `every` events, at most `keep` of them (0: no bound)."""

    every: int = CHECKPOINT_EVERY
    keep: int = CHECKPOINT_KEEP


class Sealer:
    """Compresses and, with a cipher (eventsourcing's `Cipher`: AES-GCM in Berjasa),
    encrypts an image; `unseal` undoes both and raises on a tampered or foreign image.
    Zstandard where installed (measured on a 127 MB image: 0.36 s to compress, 0.24 s to
    decompress, 22 MB; zlib level 1: 1.66 s, 1.09 s, 28 MB), else zlib; the first byte
    says which."""

    def __init__(self, cipher: Any = None) -> None:
        self.cipher = cipher

    def seal(self, plain: bytes) -> bytes:
        packed = _compress(plain)
        return bytes(self.cipher.encrypt(packed)) if self.cipher is not None else packed

    def unseal(self, sealed: bytes) -> bytes:
        packed = self.cipher.decrypt(sealed) if self.cipher is not None else sealed
        return _decompress(bytes(packed))


ZSTD, ZLIB = b"S", b"Z"


def _compress(plain: bytes) -> bytes:
    try:
        import zstandard
    except ImportError:  # a build without it: zlib, slower
        return ZLIB + zlib.compress(plain, COMPRESSION_LEVEL)
    # With its checksum: a damaged image fails to decompress instead of loading garbage.
    packer = zstandard.ZstdCompressor(level=COMPRESSION_LEVEL, write_checksum=True)
    return ZSTD + packer.compress(plain)


def _decompress(packed: bytes) -> bytes:
    codec, body = packed[:1], memoryview(packed)[1:]
    if codec == ZLIB:
        return zlib.decompress(body)
    if codec != ZSTD:
        raise ValueError("not a read-model checkpoint")
    import zstandard

    return zstandard.ZstdDecompressor().decompress(body)


def sealer_for(app: Application[Any]) -> Sealer:
    """The store's own cipher when it has one: checkpoints hold personal data."""
    return Sealer(getattr(app.mapper, "cipher", None))


# --- where checkpoints live ---------------------------------------------------------------

_MEMORY: WeakKeyDictionary[Any, Database] = WeakKeyDictionary()
_recent: dict[tuple[str, Mark], memoryview] = {}


def forget_recent() -> None:
    """Drop the image kept from the last load (memory back; a benchmark's cold load)."""
    _recent.clear()


class CheckpointStore:
    """The checkpoints of one store, in `TABLE` of `database`."""

    def __init__(self, database: Database, sealer: Sealer, key: str, owned: bool) -> None:
        self.database, self.sealer, self.key, self._owned = database, sealer, key, owned
        blob = "BYTEA" if database.dialect == "postgresql" else "BLOB"
        with database.batch() as writer:
            writer.execute(
                f"CREATE TABLE IF NOT EXISTS {TABLE} (position BIGINT PRIMARY KEY, "
                "recorded_max TEXT NOT NULL, link TEXT NOT NULL, schema_version TEXT NOT NULL, "
                f"made_at TEXT NOT NULL, size BIGINT NOT NULL, image {blob} NOT NULL)"
            )
            writer.execute(f"CREATE TABLE IF NOT EXISTS {POLICY_TABLE} "
                           "(name TEXT PRIMARY KEY, value BIGINT NOT NULL)")

    def policy(self) -> Policy:
        """The office's spacing and bound (this program's defaults where it chose none)."""
        chosen = dict(self.database.query(f"SELECT name, value FROM {POLICY_TABLE}"))
        default = Policy()
        return Policy(int(chosen.get("every", default.every)),
                      int(chosen.get("keep", default.keep)))

    def choose(self, policy: Policy) -> None:
        """Keep `policy` for every workstation of the store."""
        with self.database.batch() as writer:
            for name, value in (("every", policy.every), ("keep", policy.keep)):
                writer.execute(f"DELETE FROM {POLICY_TABLE} WHERE name = ?", (name,))
                writer.execute(f"INSERT INTO {POLICY_TABLE} (name, value) VALUES (?, ?)",
                               (name, value))

    def marks(self, through: int | None = None, moment: datetime | None = None) -> list[Mark]:
        """This program's checkpoints, newest first; only those holding no event after
        position `through` or recorded after `moment`."""
        where = ["schema_version = ?"]
        params: list[Any] = [VERSION]
        if through is not None:
            where.append("position <= ?")
            params.append(through)
        if moment is not None:
            where.append("recorded_max <= ?")
            params.append(recorded_at(moment))
        rows = self.database.query(
            f"SELECT position, recorded_max, link FROM {TABLE} WHERE {' AND '.join(where)} "
            "ORDER BY position DESC",
            params,
        )
        return [Mark(int(p), str(r), str(k)) for p, r, k in rows]

    def sizes(self) -> list[tuple[int, int, int]]:
        """(position, image bytes, stored bytes) of every checkpoint, oldest first."""
        rows = self.database.query(
            f"SELECT position, size, LENGTH(image) FROM {TABLE} ORDER BY position"
        )
        return [(int(p), int(s), int(n)) for p, s, n in rows]

    def image(self, mark: Mark) -> memoryview | None:
        """The checked image of `mark` (None when damaged or not this mark's)."""
        cached = _recent.get((self.key, mark))
        if cached is not None:
            return cached
        stored = self.database.scalar(
            f"SELECT image FROM {TABLE} WHERE position = ?", (mark.position,)
        )
        if stored is None:
            return None
        _recent.clear()  # freed first: its memory serves the new image (`projections.heap`)
        try:
            plain = self.sealer.unseal(bytes(stored))
        except Exception:  # a wrong key, a tampered or truncated image: never trusted
            return None
        header, image = _split(plain)
        if header != _header(mark):
            return None
        if len(image) <= RECENT_IMAGE_LIMIT_BYTES:
            _recent[(self.key, mark)] = image
        return image

    def save(self, mark: Mark, image: bytes) -> None:
        sealed = self.sealer.seal(_header(mark) + image)
        with self.database.batch() as writer:
            writer.execute(
                f"INSERT INTO {TABLE} (position, recorded_max, link, schema_version, made_at, "
                "size, image) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (position) DO NOTHING",
                (
                    mark.position,
                    mark.recorded_max,
                    mark.link,
                    VERSION,
                    recorded_at(datetime.now(UTC)),
                    len(image),
                    sealed,
                ),
            )

    def discard(self, position: int) -> None:
        with self.database.batch() as writer:
            writer.execute(f"DELETE FROM {TABLE} WHERE position = ?", (position,))

    def thin(self, every: int) -> None:
        """Delete the checkpoints at positions that are not multiples of `every`."""
        found = self.database.query(f"SELECT position FROM {TABLE}")
        extra = [(int(position),) for (position,) in found if int(position) % every]
        if extra:
            with self.database.batch() as writer:
                writer.executemany(f"DELETE FROM {TABLE} WHERE position = ?", extra)

    def clear(self) -> None:
        with self.database.batch() as writer:
            writer.execute(f"DELETE FROM {TABLE}")

    def discard_other_schemas(self) -> None:
        with self.database.batch() as writer:
            writer.execute(f"DELETE FROM {TABLE} WHERE schema_version <> ?", (VERSION,))

    def close(self) -> None:
        if self._owned:
            self.database.close()


def _header(mark: Mark) -> bytes:
    fields = {
        "position": mark.position,
        "recorded_max": mark.recorded_max,
        "link": mark.link,
        "schema": VERSION,
    }
    return FORMAT + json.dumps(fields, sort_keys=True).encode() + b"\n"


def _split(plain: bytes) -> tuple[bytes, memoryview]:
    # A view, not a copy: the image is hundreds of megabytes on a big history.
    end = plain.find(b"\n", len(FORMAT))
    return plain[: end + 1], memoryview(plain)[end + 1 :]


Opener = Callable[[Application[Any]], Database]


def open_checkpoints(app: Application[Any], open_database: Opener) -> CheckpointStore:
    """The checkpoint store beside `app`'s read models (`open_database`: where they live,
    `projections.live.open_database_for`)."""
    sealer = sealer_for(app)
    if _is_memory(app):  # kept as long as the store: in this process
        kept = _MEMORY.get(app.recorder)
        if kept is None:
            kept = _MEMORY[app.recorder] = open_sqlite_memory()
        return CheckpointStore(kept, sealer, f"memory:{id(app.recorder)}", owned=False)
    return CheckpointStore(open_database(app), sealer, _store_key(app), owned=True)


def _is_memory(app: Application[Any]) -> bool:
    pool = getattr(getattr(app.recorder, "datastore", None), "pool", None)
    return pool is None or bool(getattr(pool, "is_sqlite_memory_mode", False))


def _store_key(app: Application[Any]) -> str:
    datastore = getattr(app.recorder, "datastore", None)
    pool = getattr(datastore, "pool", None)
    return f"{getattr(pool, 'db_name', '')}:{getattr(datastore, 'schema', '')}"


# --- the log's side -----------------------------------------------------------------------


def link_at(app: Application[Any], position: int) -> str | None:
    """The hash-chain link of the event at `position` (it covers every event before it), or
    a digest of that event where the log keeps no links; None when there is no such event."""
    chain_rows = getattr(app.recorder, "chain_rows", None)
    if chain_rows is not None:
        found = chain_rows(position - 1, 1)
        if found and found[0][0] == position and found[0][1]:
            return "chain:" + bytes(found[0][1]).hex()
    notifications = app.recorder.select_notifications(position, 1)
    if not notifications or notifications[0].id != position:
        return None
    event = notifications[0]
    digest = hashlib.sha256(
        f"{event.originator_id}|{event.originator_version}|{event.topic}|".encode()
        + bytes(event.state)
    )
    return "event:" + digest.hexdigest()


@dataclass
class Reached:
    """Where applying a part of the log stopped."""

    position: int  # the last event applied (or the start, when none was)
    latest: datetime | None  # the latest recorded time among every event applied so far
    # The audit lines of events 1..lent are left to the live read models (`apply_span`'s
    # `lend_through`); 0: every line applied was written.
    lent: int = 0


def apply_span(
    app: Application[Any],
    database: Database,
    reached: Reached,
    through: int | None = None,
    moment: datetime | None = None,
    slack_seconds: float = 60.0,
    cancelled: Callable[[], bool] | None = None,
    lend_through: int = 0,
    ahead: Sequence[list[EventView]] = (),
) -> Reached:
    """Apply the events after `reached.position` as `projections.runner.replay_into` does
    (up to position `through`, or those recorded at or before `moment` until one recorded
    more than `slack_seconds` after it), but the way the live runner does it: coverage
    and the quotas' counts kept per worker, not recomputed whole. Stops early, between two
    pages, once `cancelled()` says so (the GUI's superseded move).

    A tail is short (at most a checkpoint spacing, mostly), so it is applied as one batch:
    one transaction and one flush of the rows it touched (every REBUILD_BATCH events of a
    longer span), the cycle collector paused (tails were 2-4x a rebuild's time per event).
    With `lend_through`, the audit lines of the events 1..lend_through applied before any
    event is skipped (the log's prefix the live read models hold: `trail_reach`) are not
    written, but for the last one (the next event's `_command_stamp` and `position_time`
    read it); `Reached.lent` says how far. `ahead`: pages of the events right after
    `reached.position` already read and decoded (`ReadAhead`); the log is read after them
    when they do not reach the end."""
    cache, decode = RowCache(), EventDecoder(app.mapper)
    cache.defer_audit_texts = True  # most lines are lent, not written (`_flush_span`)
    position, latest = reached.position, reached.latest
    lent = reached.position if reached.position <= lend_through else 0
    prefix = True  # no event skipped so far: lines can be lent
    pending = 0  # events read since the last flush
    # Recorded times compared as their fixed-width UTC text (`recorded_at`, which sorts as
    # the times do): no datetime made for each event.
    until = recorded_at(moment) if moment is not None else None
    past = recorded_at(moment + timedelta(seconds=slack_seconds)) if moment is not None else ""
    newest = recorded_at(latest) if latest is not None else ""
    with cycle_collector_paused(), database.batch() as writer:
        context = Context(writer, cache)
        for page in _pages(app, decode, reached.position, through, ahead, cancelled):
            if cancelled is not None and cancelled():
                break
            stop = False
            for event in page:
                stamp = event.recorded_at()
                if until is None or stamp <= until:
                    apply_event(context, event)
                    position = event.position
                    if stamp > newest:
                        newest = stamp
                    if prefix and position <= lend_through:
                        lent = position
                elif stamp > past:  # recorded more than `slack_seconds` after the moment
                    stop = True
                    break
                else:
                    prefix = False
            if stop:
                break
            pending += len(page)
            if pending >= REBUILD_BATCH:  # a long span (no checkpoint near): rows bounded
                _flush_span(writer, cache, lent)
                pending = 0
        _flush_span(writer, cache, lent)
        writer.execute("UPDATE rm_tracking SET position = ?", (position,))
    if newest and (latest is None or newest != recorded_at(latest)):
        latest = datetime.fromisoformat(newest)
    return Reached(position, latest, lent)


def _pages(
    app: Application[Any],
    decode: EventDecoder,
    after: int,
    through: int | None,
    ahead: Sequence[list[EventView]] = (),
    cancelled: Callable[[], bool] | None = None,
    growing: bool = True,
) -> Iterator[list[EventView]]:
    """The events after position `after` (through `through`), read and decoded a page at
    a time: `ahead` first, when it follows `after`, then the log after it (no further
    page once `cancelled()` says so). Up to a moment (`through` None) the first page is
    small and each one twice the last (`growing`), up to MOMENT_PAGE."""
    moment_page = MOMENT_FIRST_PAGE
    for page in ahead:
        if not page or page[0].position <= after:
            break  # not what follows `after`: the log is read instead
        after = page[-1].position
        moment_page *= 2 if growing else 1
        yield page
    while through is None or after < through:
        if cancelled is not None and cancelled():
            return
        limit = (min(MOMENT_PAGE, moment_page) if through is None
                 else min(REBUILD_BATCH, through - after))
        moment_page *= 2 if growing else 1
        page = decode.read(app.recorder, after + 1, limit)
        if not page:
            return
        after = page[-1].position
        yield page


class ReadAhead:
    """The tail after a checkpoint read from the log and decoded in a thread of its own
    while the checkpoint's image is read, unsealed, unpacked and loaded (which hold
    Python's interpreter lock for little of their time): `apply_span(..., ahead=
    pages())` then only applies it. Stops once a page reaches past the moment's slack (or
    `through`), when `cancelled()` says so, or after `limit` events (READ_AHEAD_LIMIT).
    Only an optimisation: `apply_span` still decides where the tail ends, and reads on
    from the log what this did not read (on an error here too). Its collector pause ends
    before `apply_span`'s begins: the caller waits for it (`pages`, `drop`) first."""

    def __init__(self, app: Application[Any], after: int, through: int | None = None,
                 moment: datetime | None = None, slack_seconds: float = 60.0,
                 cancelled: Callable[[], bool] | None = None,
                 limit: int | None = None) -> None:
        self.after = after
        self._pages: list[list[EventView]] = []
        self._stopped = threading.Event()
        self._args = (app, through, moment, slack_seconds, cancelled,
                      READ_AHEAD_LIMIT if limit is None else limit)
        self._thread = threading.Thread(target=self._read, name="berjasa-asof-read-ahead",
                                        daemon=True)
        self._thread.start()

    def _read(self) -> None:
        app, through, moment, slack_seconds, cancelled, limit = self._args
        past = (recorded_at(moment + timedelta(seconds=slack_seconds))
                if moment is not None else None)
        read = 0
        try:
            with cycle_collector_paused():
                # Pages that do not grow: it reads at most one past the moment's end.
                for page in _pages(app, EventDecoder(app.mapper), self.after, through,
                                   cancelled=cancelled, growing=False):
                    self._pages.append(page)
                    read += len(page)
                    if (self._stopped.is_set() or read >= limit
                            or (cancelled is not None and cancelled())
                            or (past is not None and page[-1].recorded_at() > past)):
                        return
        except Exception:  # read again by `apply_span`, which reports what is wrong
            log.debug("reading the tail ahead failed", exc_info=True)

    def pages(self) -> list[list[EventView]]:
        """What was read (waits for the thread to end)."""
        self._thread.join()
        return self._pages

    def drop(self) -> None:
        """Not needed after all (another checkpoint loaded, or none): stopped, forgotten."""
        self._stopped.set()
        self._thread.join()
        self._pages = []


def _flush_span(writer: Writer, cache: RowCache, lent: int) -> None:
    """Write what the span changed so far, without the audit lines lent through `lent` but
    the last one."""
    lines = cache.audit
    if lent:
        lines = [line for line in lines[:-1] if line[0] > lent] + lines[-1:]
    cache.audit = [audit_line(line) for line in lines]
    cache.flush(writer)


# --- making and using checkpoints ---------------------------------------------------------


def extend(
    store: CheckpointStore,
    app: Application[Any],
    every: int | None = None,
    limit: int | None = None,
    keep: int | None = None,
) -> list[int]:
    """Make the checkpoints missing at positions that are multiples of `every` up to the
    log's head (at most `limit` of them; `every` doubled as often as needed to keep at most
    `keep` of them, 0: no bound; either None: the store's `policy()`): first those after the
    newest good one, then the gaps below it (a spacing made smaller by an upgrade or by the
    office, a checkpoint discarded); returns their positions."""
    if every is None or keep is None:
        policy = store.policy()
        every = policy.every if every is None else every
        keep = policy.keep if keep is None else keep
    if every <= 0:
        return []
    head = int(app.recorder.max_notification_id() or 0)
    every = spacing(head, every, keep)
    store.thin(every)
    marks = store.marks(head)
    newest = marks[0].position if marks else 0
    have = {mark.position for mark in marks}
    gaps = [position for position in range(every, newest, every) if position not in have]
    ahead = list(range(newest // every * every + every, head + 1, every))
    if not ahead and not gaps:
        return []  # none due: nothing loaded
    store.discard_other_schemas()
    made: list[int] = []
    for run in [ahead, *_runs(gaps, every)]:
        left = None if limit is None else limit - len(made)
        if run and (left is None or left > 0):
            made += _make_run(store, app, run[:left])
    return made


def _runs(positions: list[int], every: int) -> list[list[int]]:
    """`positions` (ascending) cut where one is not `every` after the one before."""
    runs: list[list[int]] = []
    for position in positions:
        if runs and runs[-1][-1] + every == position:
            runs[-1].append(position)
        else:
            runs.append([position])
    return runs


def _make_run(store: CheckpointStore, app: Application[Any], targets: list[int]) -> list[int]:
    """Checkpoints at `targets` (ascending), applying the log from the newest good
    checkpoint before the first of them; stops where the log changed under it."""
    loaded = _newest_good(app, store, targets[0] - 1)
    made: list[int] = []
    if loaded is None:
        database, reached = open_sqlite_memory(), Reached(0, None)
        with database.batch() as writer:
            ensure_schema(writer)
    else:
        database, reached = loaded
    # The audit lines dropped before each image leave zeroed pages: they compress to nothing.
    database.query("PRAGMA secure_delete = ON")
    try:
        for target in targets:
            # The lines before `target` would be dropped from the image: never written.
            reached = apply_span(app, database, reached, through=target, lend_through=target)
            link = link_at(app, target)
            if reached.position != target or link is None:
                break  # the log changed under us
            mark = Mark(target, recorded_at(reached.latest) if reached.latest else "", link)
            _drop_trail(database, target)
            store.save(mark, database_image(database))
            made.append(target)
    finally:
        database.close()
    return made


def _drop_trail(database: Database, position: int) -> None:
    """The audit lines before `position` out of the image: the live read models hold them."""
    with database.batch() as writer:
        writer.execute("DELETE FROM rm_audit WHERE position < ?", (position,))


def spacing(head: int, every: int, keep: int) -> int:
    """`every`, doubled until a history of `head` events holds at most `keep` checkpoints."""
    while keep > 0 and head // every > keep:
        every *= 2
    return every


def _newest_good(
    app: Application[Any],
    store: CheckpointStore,
    through: int | None,
    moment: datetime | None = None,
    marks: list[Mark] | None = None,
) -> tuple[Database, Reached] | None:
    """The newest checkpoint that matches the log (loaded), deleting those that do not
    (`marks`: `store.marks(through, moment)`, when already asked)."""
    for mark in store.marks(through, moment) if marks is None else marks:
        image = store.image(mark) if link_at(app, mark.position) == mark.link else None
        if image is None:
            log.warning(
                "read-model checkpoint at %s does not match the log: discarded", mark.position
            )
            store.discard(mark.position)
            continue
        database = _sound(image, mark.position)
        if database is None:
            log.warning("read-model checkpoint at %s is damaged: discarded", mark.position)
            store.discard(mark.position)
            continue
        latest = datetime.fromisoformat(mark.recorded_max) if mark.recorded_max else None
        return database, Reached(mark.position, latest)
    return None


def _sound(image: bytes | memoryview, position: int) -> Database | None:
    """The image as a database, if it is one that holds events 1..`position`."""
    try:
        database = open_sqlite_image(image)
    except sqlite3.DatabaseError:
        return None
    try:
        if database.scalar("SELECT MIN(position) FROM rm_tracking") == position:
            return database
    except sqlite3.DatabaseError:
        pass
    database.close()
    return None


def replayed(
    store: CheckpointStore,
    app: Application[Any],
    moment: datetime,
    through: int | None = None,
    slack_seconds: float = 60.0,
    reach: int | None = None,
) -> tuple[Database, int] | None:
    """Read models as of `moment` (or through position `through`) from the newest
    checkpoint before it plus its tail, and the position through which their audit lines
    are the live read models' (the checkpoint's, or further: the tail's lines the live ones
    hold are not written); None when no checkpoint can serve. `reach`: where the live audit
    trail reaches (no checkpoint after it is used, no line after it is lent)."""
    found = moved(store, app, moment, through, slack_seconds, reach)
    return None if found is None else (found[0], found[2])


def moved(
    store: CheckpointStore,
    app: Application[Any],
    moment: datetime,
    through: int | None = None,
    slack_seconds: float = 60.0,
    reach: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Database, Reached, int] | None:
    """`replayed`, with where the read models stand (`Reached`) and stopping between two
    pages of the tail once `cancelled()` says so (the caller checks it again: a cancelled
    tail is incomplete). The tail is read and decoded ahead while the image loads
    (`ReadAhead`)."""
    limit = through if reach is None else reach if through is None else min(through, reach)
    at = None if through is not None else moment
    marks = store.marks(limit, at)
    if not marks:
        return None
    ahead = (ReadAhead(app, marks[0].position, through, at, slack_seconds, cancelled)
             if READ_AHEAD else None)
    try:
        loaded = _newest_good(app, store, limit, at, marks)
    except BaseException:
        if ahead is not None:
            ahead.drop()
        raise
    if loaded is None:
        if ahead is not None:
            ahead.drop()
        return None
    database, reached = loaded
    try:
        pages: list[list[EventView]] = []
        if ahead is not None and reached.position == ahead.after:
            pages = ahead.pages()
        elif ahead is not None:  # that checkpoint did not match: an older one was loaded
            ahead.drop()
        tail = apply_span(
            app, database, reached, through, at, slack_seconds, cancelled,
            lend_through=reach or 0, ahead=pages,
        )
    except sqlite3.DatabaseError:  # an image that unpacked but is no sound database
        database.close()
        log.warning("read-model checkpoint at %s is damaged: discarded", reached.position)
        store.discard(reached.position)
        return None
    except BaseException:
        database.close()
        raise
    return database, tail, max(reached.position, tail.lent)


# --- where the audit lines left out of the images are -------------------------------------

_LIVE_MEMORY: WeakKeyDictionary[Any, Database] = WeakKeyDictionary()


def serve_trail(app: Application[Any], database: Database | None) -> None:
    """The live read models of a `memory:` store (`database`, None: closed) lend their audit
    trail to its as-of read models; a store on disk or on a server is opened again."""
    if database is None:
        _LIVE_MEMORY.pop(app.recorder, None)
    elif _is_memory(app):
        _LIVE_MEMORY[app.recorder] = database


def memory_trail(app: Application[Any]) -> Database | None:
    """The live read models of a `memory:` store, while they are open (else None)."""
    return _LIVE_MEMORY.get(app.recorder) if _is_memory(app) else None


def trail_reach(database: Database) -> int:
    """How far the audit trail of the live read models in `database` reaches: its lines
    1..reach are the replay's. 0 when they are of another version (or none, or unreadable)."""
    try:
        found = database.scalar("SELECT value FROM rm_meta WHERE key = 'schema_version'")
        if found is None or str(found) != version_of(database):
            return 0
        return int(database.scalar("SELECT MIN(position) FROM rm_tracking") or 0)
    except Exception:  # no read models there yet: nothing to lend
        return 0
