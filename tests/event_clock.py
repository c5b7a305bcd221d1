"""Recording times under a test's control: events are stamped by eventsourcing's clock
(`datetime_now_with_tzinfo`), which a fixed-clock test sets here. An application that
`follow`s the clock has its calendar (today, WITA) and clock moved with it, so a test
can record a history day by day as clerks would have."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import eventsourcing.domain
import pytest


class EventClock:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.moment = datetime(2026, 1, 1, 2, tzinfo=UTC)
        self.apps: list[Any] = []
        monkeypatch.setattr(eventsourcing.domain, "datetime_now_with_tzinfo", self.now)

    def now(self) -> datetime:
        return self.moment

    def follow(self, app: Any) -> None:
        """Move `app`'s calendar and clock with this clock from the next `set` on."""
        self.apps.append(app)

    def set(self, day: str) -> None:
        """Events recorded from now on carry 10:00 WITA of `day` (YYYY-MM-DD); followers'
        today is `day`."""
        self.moment = datetime.fromisoformat(f"{day}T02:00:00+00:00")
        today, moment = date.fromisoformat(day), self.moment
        for app in self.apps:
            app.application.calendar = lambda today=today: today
            app.application.clock = lambda moment=moment: moment
