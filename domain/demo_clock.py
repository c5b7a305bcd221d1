"""The demo's calendar: its history is done in the order of the days it describes, each
step at its own moment (WITA office hours), so that the recorded times of a demo store
are a real past (time travel, the audit trail and `changes` show 2024, 2025, 2026).

`Agenda` runs steps in the order of their moments (the order they were planned in on
the same moment); a step may plan later steps (a claim's documents a week after its
report). `DemoClock` is the moment of the step under way: the application's calendar and
clock follow it and, when the builder is given the seam (`build_demo(stamp_events=...)`),
so do the events' recorded times. It never goes back and never past the moment the build
started, so the recorded times grow with the position in the log.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from domain.values import WITA

OFFICE_OPENS = time(8, 0)
STEP = timedelta(minutes=3)  # a step's moment after the previous one on the same day


class DemoClock:
    """The moment the demo's step under way is done at; never back, never past `end`."""

    def __init__(self, end: datetime) -> None:
        self.end = end.astimezone(UTC)
        self.moment = datetime(2000, 1, 1, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return self.moment.astimezone(WITA).date()

    def move_to(self, moment: datetime) -> None:
        """To `moment` (UTC), or a step after the moment under way when that is later; never
        past `end`."""
        wanted = max(moment, self.moment + STEP)
        self.moment = wanted if wanted <= self.end else max(self.moment, self.end)


def office_moment(day: date, at: time = OFFICE_OPENS) -> datetime:
    """`day` at `at` in Makassar, in UTC."""
    return datetime.combine(day, at, WITA).astimezone(UTC)


@dataclass(order=True)
class _Step:
    moment: datetime
    order: int
    action: Callable[[], Any] = field(compare=False)


class Agenda:
    """Steps by moment; `run` does each at its moment, on `clock`."""

    def __init__(self, clock: DemoClock) -> None:
        self.clock = clock
        self.steps: list[_Step] = []
        self.planned = 0

    def on(self, day: date, action: Callable[[], Any], at: time = OFFICE_OPENS) -> None:
        """Plan `action` on `day` at `at` (WITA); the same moment keeps the planned order."""
        self.planned += 1
        heapq.heappush(self.steps, _Step(office_moment(day, at), self.planned, action))

    def run(self) -> None:
        while self.steps:
            step = heapq.heappop(self.steps)
            self.clock.move_to(step.moment)
            step.action()
