"""Test-only entry points that pause inside a transaction, so a test can kill them there.

    python -m tests.paused save N ARGS...         berjasa-admin ARGS, paused in its Nth save
    python -m tests.paused server-save N ARGS...  the same, in a PostgreSQL store's Nth save
    python -m tests.paused projections N ARGS...  python -m projections ARGS, paused after
                                                  its Nth event
    python -m tests.paused batch N ARGS...        berjasa-admin ARGS, paused after an
                                                  import's Nth committed batch

Paused, the process prints `save-paused N` (events and hash chain written, nothing
committed) or `projections-paused POSITION` (read-model rows written, nothing committed)
and blocks on stdin; a test then kills it. Should it be let go, it exits with 3 without
committing. The pauses are installed here, never in the application's code.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

PAUSED_EXIT = 3


def _block(line: str) -> NoReturn:
    print(line, flush=True)
    sys.stdin.readline()
    os._exit(PAUSED_EXIT)  # the test was supposed to kill us; never commit


def pause_in_save(n: int) -> None:
    """Pause in the Nth save's transaction of the SQLite store, once its events and links
    are written (the hash-chained recorder's insert step, which runs inside it)."""
    from infra.recorders import ChainedSQLiteApplicationRecorder

    insert = ChainedSQLiteApplicationRecorder._insert_events
    saves = [0]

    def paused(self: Any, c: Any, stored_events: Any, **kwargs: Any) -> Any:
        positions = insert(self, c, stored_events, **kwargs)
        saves[0] += 1
        if saves[0] == n:
            _block(f"save-paused {n}")
        return positions

    ChainedSQLiteApplicationRecorder._insert_events = paused  # type: ignore[method-assign]


def pause_in_server_save(n: int) -> None:
    """Pause in the Nth save's transaction of a PostgreSQL store (a migration's target),
    once its events and links are written (the hash-chained recorder's insert step)."""
    from infra.pgrecorders import ChainedPostgresApplicationRecorder

    fetch = ChainedPostgresApplicationRecorder._fetch_ids_after_insert_events
    saves = [0]

    def paused(self: Any, curs: Any, stored_events: Any, **kwargs: Any) -> Any:
        positions = fetch(self, curs, stored_events, **kwargs)
        saves[0] += 1
        if saves[0] == n:
            _block(f"save-paused {n}")
        return positions

    ChainedPostgresApplicationRecorder._fetch_ids_after_insert_events = (  # type: ignore[method-assign]
        paused)


def pause_after_event(n: int) -> None:
    """Pause the projection runner after it applied its Nth event, inside the batch's
    transaction, its rows flushed to the read models (written, not committed)."""
    from projections import runner

    apply_event = runner.apply_event
    applied = [0]

    def paused(context: Any, event: Any) -> None:
        apply_event(context, event)
        applied[0] += 1
        if applied[0] == n:
            context.cache.flush(context.writer)
            _block(f"projections-paused {event.position}")

    runner.apply_event = paused


def pause_after_batch(n: int) -> None:
    """Pause after the Nth import batch was committed (`enrol_batch` returned), printing
    `batch-saved N`; unlike the pauses above, a line on stdin lets the import go on."""
    from domain.services.imports import ImportService

    enrol_batch = ImportService.enrol_batch
    batches = [0]

    def paused(self: Any, *args: Any, **kwargs: Any) -> Any:
        outcome = enrol_batch(self, *args, **kwargs)
        batches[0] += 1
        if batches[0] == n:
            print(f"batch-saved {n}", flush=True)
            sys.stdin.readline()
        return outcome

    ImportService.enrol_batch = paused  # type: ignore[method-assign]


def _console(argv: Sequence[str]) -> int:
    from desktop.console.main import main

    return main(list(argv))


def _projections(argv: Sequence[str]) -> int:
    from projections.__main__ import main

    return main(list(argv))


ENTRY_POINTS: dict[str, tuple[Callable[[int], None], Callable[[Sequence[str]], int]]] = {
    "save": (pause_in_save, _console),
    "server-save": (pause_in_server_save, _console),
    "projections": (pause_after_event, _projections),
    "batch": (pause_after_batch, _console),
}


def main(argv: Sequence[str]) -> int:
    kind, count, *rest = argv
    install, run = ENTRY_POINTS[kind]
    install(int(count))
    return run(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
