"""Benchmark of the GUI's time-travel moves (issue 21): the as-of session against the
cold as-of question of the same moment, in the same run.

    python -m bench.bench_timeline --store PATH/bench-1000000.db [--repeat 2]

`PATH` is a history `bench.bench_projections` generated (recorded over time: a batch of 400
workers every two hours). Its live read models are caught up and its checkpoints made
first, if missing (the first run on a fresh copy takes minutes). The process keeps large
freed blocks as the GUI's does (`projections.heap`). Then, per round, a new
`projections.asof_session.AsOfSession` (what the Audit timeline keeps while travelling)
is moved as an auditor would move the timeline:

1. first move: to the middle of the history (no kept read models: a checkpoint and its
   tail, as `replay_as_of`, plus the copy the session keeps);
2. forward by an hour (no event between: the kept read models handed out again);
3. forward by another hour, to the next batch of workers recorded (a few thousand events);
4. forward by a day (past the next checkpoint: loaded instead of the events before it);
5. backward by an hour (the image of the checkpoint loaded in step 4 is kept unpacked:
                        not read again);
6. backward to the middle (another checkpoint: read and unpacked);
7. forward to the end of the next checkpoint's span (the longest tail: that checkpoint,
   read and unpacked, and up to a spacing of events).

Each move is printed beside the cold `replay_as_of` of the same moment, measured after the
round (the checkpoint's image read, unsealed and unpacked again: what every move cost
before the session), with
the events between the two moments, how the move started and a membership page queried
on its answer (a page re-queried after the move: the GUI's budget is a second for both).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.bench_projections import moment_at
from berjasa.bootstrap import open_store
from domain.services.app import Berjasa
from projections import checkpoints, open_read_models, replay_as_of
from projections.api import MembershipFilter
from projections.asof_session import AsOfSession
from projections.heap import keep_freed_blocks, share_one_arena
from projections.replay import make_checkpoints

DAY = date(2026, 7, 1)
PAGE = MembershipFilter(kecamatan="Tallo", status="aktif")


def log(text: str) -> None:
    print(text, flush=True)


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def prepared(app: Berjasa) -> None:
    """The live read models at the head (they lend the audit lines) and the checkpoints."""
    live = open_read_models(app.application)
    try:
        caught_s, applied = timed(live.catch_up)
        if applied:
            log(f"live read models caught up: {applied:,} events in {caught_s:.0f} s")
    finally:
        live.close()
    made_s, made = timed(lambda: make_checkpoints(app.application))
    if made:
        log(f"checkpoints made at {made[0]:,}..{made[-1]:,} ({len(made)}) in {made_s:.0f} s")


def cold(app: Berjasa, moment: datetime) -> float:
    """`replay_as_of` from nothing kept: the image read again (as each move did before)."""
    checkpoints.forget_recent()
    seconds, models = timed(lambda: replay_as_of(app.application, moment))
    models.close()
    return seconds


def steps(app: Berjasa) -> list[tuple[str, Callable[[datetime], datetime]]]:
    middle = moment_at(app, app.application.head_position() // 2)
    # The batch before the one holding the event just before the second checkpoint after
    # the middle: the longest tail after the first one (at most a spacing).
    second = (app.application.head_position() // 2 // checkpoints.CHECKPOINT_EVERY + 2) * (
        checkpoints.CHECKPOINT_EVERY)
    span_end = moment_at(app, second - 1) - timedelta(hours=1)

    return [
        ("first move, to the middle", lambda _at: middle),
        ("forward by an hour", lambda at: at + timedelta(hours=1)),
        # The history records a batch of 400 workers every two hours, the middle's at the
        # middle moment: an hour on, another hour reaches the next batch.
        ("forward to the next batch", lambda at: at + timedelta(hours=1)),
        ("forward by a day", lambda at: at + timedelta(days=1)),
        ("backward by an hour", lambda at: at - timedelta(hours=1)),
        ("backward to the middle", lambda _at: middle),
        ("forward to a span's end", lambda _at: span_end),
    ]


def round_of_moves(app: Berjasa) -> None:
    """The session's moves first (a cold baseline between two of them would drop the
    image the session keeps unpacked), then the cold `replay_as_of` of each moment."""
    checkpoints.forget_recent()
    session = AsOfSession(app.application)
    at, position, shown = datetime.now(UTC), 0, None
    moves = []
    try:
        for label, where in steps(app):
            at = where(at)
            started = time.perf_counter()
            models = session.move(at)
            seconds = time.perf_counter() - started
            models.membership_page(PAGE, on=DAY)
            page_ms = (time.perf_counter() - started - seconds) * 1e3
            moved = models.position() - position
            position = models.position()
            if shown is not None:
                session.release(shown)
            shown = models
            moves.append((label, at, position, moved, session.last_start, seconds, page_ms))
    finally:
        session.close()
    for label, at, position, moved, start, seconds, page_ms in moves:
        baseline = cold(app, at)
        # Under a millisecond (handed out again): the ratio is a lower bound.
        ratio = (f"{baseline / seconds:5.1f}x" if seconds >= 1e-3
                 else f">{baseline * 1e3:.0f}x")
        log(f"{label:<27} to event {position:>9,} ({moved:>+8,} events, from "
            f"{start:<10}): {seconds * 1e3:5.1f} ms + page {page_ms:3.0f} ms | cold "
            f"replay_as_of {baseline * 1e3:5.0f} ms = {ratio} | load {load()}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_timeline")
    parser.add_argument("--store", type=Path, required=True,
                        help="a history bench.bench_projections generated (a copy: its "
                             "read models and checkpoints are made beside it)")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of moves")
    args = parser.parse_args()
    # As the GUI process travelling: images reuse the last one's memory.
    kept = share_one_arena() and keep_freed_blocks()
    app = open_store(f"sqlite:///{args.store.as_posix()}")
    try:
        log(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load {load()}, "
            f"{app.application.head_position():,} events, freed blocks kept: {kept}")
        prepared(app)
        for round_number in range(1, args.repeat + 1):
            log(f"--- round {round_number} ({datetime.now(UTC):%H:%M:%S} UTC)")
            round_of_moves(app)
    finally:
        app.close()


if __name__ == "__main__":
    main()
