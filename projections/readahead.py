"""Reading the log ahead in a second process while this one applies it (rebuilds only).

A rebuild spends about a third of its time in `select_notifications` (SQLite rows to
Python objects, UUIDs) and in decrypting; the machine has two cores. `ReadAhead` starts
one reader process that opens the same store (the application's own environment, so the
same recorder class and key) and sends pages of `(position, aggregate hex, version,
topic, plaintext JSON)` through a bounded queue, in log order. Raw bytes cross the pipe
(unpickling them is ~20x cheaper than unpickling parsed JSON); parsing stays here.

The runner still owns every guarantee: each page is applied in ONE read-model transaction
that re-reads the tracking position inside the lock, and a page is used only if it starts
right after that position; otherwise (another runner wrote, the reader failed or ended)
the runner reads the log itself, as without read-ahead. Killing either process loses only
the uncommitted batch. The reader is a daemon process: it dies with its parent.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
from typing import Any

from eventsourcing.application import Application
from eventsourcing.persistence import InfrastructureFactory, Mapper
from eventsourcing.utils import Environment

log = logging.getLogger("berjasa.projections")
Page = list[tuple[int, str, int, str, bytes]]
QUEUE_PAGES = 3            # pages in flight: bounds the memory to ~3 x 5,000 events
READER_TIMEOUT_SECONDS = 120.0
POLL_SECONDS = 0.5
_END = "end"


def can_read_ahead(app: Application[Any]) -> bool:
    """True for stores a second process can open: SQLite files and PostgreSQL, with
    eventsourcing's own mapper (whose steps `EventDecoder` repeats)."""
    from eventsourcing.sqlite import SQLiteAggregateRecorder

    if type(app.mapper) is not Mapper:
        return False
    recorder: Any = app.recorder
    if isinstance(recorder, SQLiteAggregateRecorder):
        return not recorder.datastore.pool.is_sqlite_memory_mode
    try:
        from eventsourcing.postgres import PostgresAggregateRecorder
    except ImportError:
        return False
    return isinstance(recorder, PostgresAggregateRecorder)


class ReadAhead:
    """Pages of the log after `after`, read by a second process."""

    def __init__(self, app: Application[Any], after: int, page_size: int) -> None:
        context = multiprocessing.get_context("spawn")  # Windows has nothing else
        self._queue: Any = context.Queue(maxsize=QUEUE_PAGES)
        env: Any = app.env  # an eventsourcing Environment: a dict with a name
        self._process = context.Process(
            target=read_pages, args=(env.name, dict(env), after, page_size, self._queue),
            name="berjasa-readahead", daemon=True)
        self._process.start()
        self.after = after  # the position the next page starts after
        self.finished = False

    def next_page(self, after: int) -> Page | None:
        """The next page if it starts right after `after`; None when the caller must read
        the log itself (the read-ahead is then finished for good)."""
        if self.finished:
            return None
        if after != self.after:
            self.close()  # someone else moved the read models on: our pages do not fit
            return None
        item = self._get()
        if item is None:
            self.close()
            return None
        if not isinstance(item, list):  # the end, or the reader's error (already logged)
            if item != _END:
                log.warning("read-ahead process failed: %s", item)
            self.close()
            return None
        if item:
            self.after = item[-1][0]
        return item

    def _get(self) -> Any:
        """The next item from the reader; None if it died or stalled."""
        waited = 0.0
        while waited < READER_TIMEOUT_SECONDS:
            try:
                return self._queue.get(timeout=POLL_SECONDS)
            except queue.Empty:
                waited += POLL_SECONDS
                if not self._process.is_alive() and self._queue.empty():
                    log.warning("read-ahead process ended (exit code %s)",
                                self._process.exitcode)
                    return None
        log.warning("read-ahead process gave nothing for %s s", READER_TIMEOUT_SECONDS)
        return None

    def close(self) -> None:
        self.finished = True
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._queue.close()


def read_pages(name: str, env: dict[str, str], after: int, page_size: int,
               pages: Any) -> None:
    """The reader process: pages of plaintext events, in log order, then `_END`."""
    try:
        factory = InfrastructureFactory.construct(Environment(name, {**env,
                                                                     "CREATE_TABLE": "n"}))
        recorder = factory.application_recorder()
        cipher, compressor = factory.cipher(), factory.compressor()
        while True:
            notifications = recorder.select_notifications(after + 1, page_size)
            page: Page = []
            for n in notifications:
                state = n.state
                if cipher is not None:
                    state = cipher.decrypt(state)
                if compressor is not None:
                    state = compressor.decompress(state)
                page.append((n.id, _hex(n.originator_id), n.originator_version, n.topic, state))
            if page:
                pages.put(page)
                after = page[-1][0]
            if len(notifications) < page_size:
                pages.put(_END)
                return
    except Exception as error:  # reported to the parent, which reads the log itself
        pages.put(f"{type(error).__name__}: {error}")


def _hex(originator_id: Any) -> str:
    hex_digits = getattr(originator_id, "hex", None)
    return str(hex_digits) if hex_digits is not None else str(originator_id)
