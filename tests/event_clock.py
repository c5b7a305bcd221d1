"""Recording times under a test's control: events are stamped by eventsourcing's clock
(`datetime_now_with_tzinfo`), which a fixed-clock test sets here."""

from __future__ import annotations

from datetime import UTC, datetime

import eventsourcing.domain
import pytest


class EventClock:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.moment = datetime(2026, 1, 1, 2, tzinfo=UTC)
        monkeypatch.setattr(eventsourcing.domain, "datetime_now_with_tzinfo", self.now)

    def now(self) -> datetime:
        return self.moment

    def set(self, day: str) -> None:
        """Events recorded from now on carry 10:00 WITA of `day` (YYYY-MM-DD)."""
        self.moment = datetime.fromisoformat(f"{day}T02:00:00+00:00")
